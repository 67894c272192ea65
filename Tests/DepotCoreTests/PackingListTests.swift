import Testing

@testable import DepotCore

@Suite("Packing list")
struct PackingListTests {
    @Test func listsEveryItemOfTheCrateWithinEightyColumns() {
        let data = LibraryGenerator(scale: .sample).generate()
        let crate = data.crates[0]
        let text = PackingList.text(for: crate, data: data, today: Fixtures.today, language: .danish)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines[1].hasPrefix("Pakkeliste for kasse \(crate.id)"))
        #expect(text.contains("Antal:     \(crate.itemBarcodes.count)"))
        for barcode in crate.itemBarcodes { #expect(text.contains(barcode.rawValue)) }
        #expect(lines.allSatisfy { $0.count <= 80 })
    }

    @Test func speaksEnglishToo() {
        let data = LibraryGenerator(scale: .sample).generate()
        let text = PackingList.text(for: data.crates[0], data: data, today: Fixtures.today, language: .english)
        #expect(text.contains("Packing list for crate"))
        #expect(text.contains("23 November 2026"))
    }
}
