import Testing

@testable import DepotCore

@Suite("A catalogue's barcodes, as the check asks them")
struct CatalogueBarcodesTests {
    /// Barcodes a number could be mistaken for, and numbers just outside a range: leading zeros, 18 and 19 digits,
    /// letters, digits of other scripts, the empty text.
    private static let others: [Item.ID] = [
        "0", "00", "007", "0005000100000005", "999999999999999999", "1000000000000000000", "A", "P2", "٣", "",
        "5000099999999", "5000100000000", "18446744073709551615",
    ]

    /// Inserting and asking give what a `Set` gives, for a catalogue whose numbers lie close together (kept as
    /// bits) and one whose numbers lie far apart (kept in a table), with barcodes outside the range asked and
    /// added afterwards.
    @Test(arguments: [10, 1_000_000_000])
    func answersAsASetDoes(spacing: UInt64) {
        var random = SystemRandomNumberGenerator()
        let catalogue = (0..<3_000).map { _ in
            Item.ID(String(5_000_100_000_000 + UInt64.random(in: 0..<3_000, using: &random) * spacing))
        }
        let numbers = catalogue.compactMap { BarcodeSet.number($0) }
        let range = numbers.min()!...numbers.max()!
        var barcodes = CatalogueBarcodes(count: catalogue.count, numbers: range)
        var expected = Set<Item.ID>()
        for barcode in catalogue + Self.others + catalogue.prefix(100) {
            #expect(barcodes.insert(barcode) == expected.insert(barcode).inserted, "\(barcode)")
            #expect(barcodes.count == expected.count)
        }
        // Every number of a close range and just outside it; around each number of a wide one.
        let around =
            range.count < 100_000
            ? Array((range.lowerBound - 70)...(range.upperBound + 70)) : numbers.flatMap { ($0 - 2)...($0 + 2) }
        let asked = catalogue + Self.others + around.map { Item.ID(String($0)) }
        for barcode in asked {
            #expect(barcodes.contains(barcode) == expected.contains(barcode), "\(barcode)")
        }
    }

    /// The check finds a deposit's book that is not in the catalogue, with the catalogue's barcodes kept as bits.
    @Test func theCheckFindsABookNotInACatalogueKeptAsBits() throws {
        var data = Fixtures.library()
        #expect(LibraryCheck.problems(in: data).isEmpty)
        let deposit = try #require(data.deposits.indices.first { !data.deposits[$0].itemBarcodes.isEmpty })
        let lent = data.deposits[deposit].itemBarcodes[0]
        // The first number after a lent book's that the catalogue lacks.
        var number = try #require(BarcodeSet.number(lent))
        while data.items.contains(where: { $0.id == Item.ID(String(number)) }) { number += 1 }
        let missing = Item.ID(String(number))
        data.deposits[deposit].itemBarcodes.append(missing)
        let problems = LibraryCheck.problems(in: data).map(\.description)
        #expect(problems.count == 1)
        #expect(problems.first?.contains(missing.rawValue) == true)
    }

    /// Books packed twice are found as a table of every book's crate finds them, whatever crate and place the first
    /// one is in: in another crate, twice in one crate, in three crates, beside books not in the catalogue.
    @Test func booksPackedTwiceAreFoundAsATableOfEveryBooksCrateFindsThem() {
        var random = SystemRandomNumberGenerator()
        let library = LibraryGenerator(scale: .sample).generate()
        for _ in 0..<40 {
            var data = library
            for _ in 0..<Int.random(in: 0...4, using: &random) {
                let from = Int.random(in: data.crates.indices, using: &random)
                let to = Int.random(in: data.crates.indices, using: &random)
                guard let book = data.crates[from].itemBarcodes.randomElement(using: &random) else { continue }
                let place = Int.random(in: 0...data.crates[to].itemBarcodes.count, using: &random)
                data.crates[to].itemBarcodes.insert(Bool.random(using: &random) ? book : "5000199999999", at: place)
            }
            // The check's sentences about crates, against the crate of every book kept in a dictionary.
            let catalogue = Set(data.items.map(\.id))
            var crateOf: [Item.ID: Crate.ID] = [:]
            var expected: [String] = []
            for crate in data.crates {
                for barcode in crate.itemBarcodes {
                    if !catalogue.contains(barcode) {
                        expected.append("\(crate.id) \(barcode) not in the catalogue")
                    } else if let other = crateOf.updateValue(crate.id, forKey: barcode), other != crate.id {
                        expected.append("\(crate.id) \(barcode) also in \(other)")
                    }
                }
            }
            let found = LibraryCheck.problems(in: data).filter { $0.file == "crates.json" }.map { problem in
                let text = problem.description
                let barcode = text.split(separator: " ").first { $0.count == 13 && $0.allSatisfy(\.isNumber) } ?? ""
                return text.contains("not in the catalogue")
                    ? "\(problem.recordID ?? "") \(barcode) not in the catalogue"
                    : "\(problem.recordID ?? "") \(barcode) also in \(text.split(separator: " ").last ?? "")"
            }
            #expect(found == expected)
        }
    }
}
