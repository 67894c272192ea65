import Testing

@testable import DepotCore

@Suite("The barcode table")
struct BarcodeTableTests {
    /// Barcodes a number could be mistaken for: leading zeros, 18 and 19 digits, the largest 18-digit number,
    /// digits of other scripts, letters and the empty text.
    private static let pieces = [
        "0", "00", "7", "07", "007", "10", "5701234567890", "999999999999999999", "1000000000000000000",
        "123456789012345678", "1234567890123456789", "A", "P2", "٣", "", "42", "0042",
    ]

    private func randomBarcode(_ random: inout some RandomNumberGenerator) -> Item.ID {
        let count = Int.random(in: 1...3, using: &random)
        return Item.ID((0..<count).map { _ in Self.pieces.randomElement(using: &random)! }.joined())
    }

    /// Digits read eight at a time give what reading them one by one gives, whatever the length and wherever a
    /// byte that is no digit stands (the bytes just below "0" and above "9" too).
    @Test func digitsReadEightAtATimeAsOneByOne() {
        func oneByOne(_ text: String) -> UInt64? {
            guard (1...18).contains(text.utf8.count), text.utf8.allSatisfy({ (0x30...0x39).contains($0) }) else {
                return nil
            }
            return UInt64(text)
        }
        var random = SystemRandomNumberGenerator()
        let others: [Character] = ["/", ":", "A", "a", " ", "\u{0}", "٣", "é", "\u{7F}", "\u{FF}"]
        for _ in 0..<20_000 {
            var text = String(
                (0..<Int.random(in: 0...20, using: &random)).map { _ in
                    Character(String(Int.random(in: 0...9, using: &random)))
                })
            if Bool.random(using: &random), !text.isEmpty {
                let at = text.index(text.startIndex, offsetBy: Int.random(in: 0..<text.count, using: &random))
                text.replaceSubrange(at...at, with: String(others.randomElement(using: &random)!))
            }
            #expect(ItemCatalogue.numericKey(text) == oneByOne(text), "\(text.debugDescription)")
            let spells = oneByOne(text).map { String($0) == text } ?? false
            #expect(
                BarcodeTable<Int>.number(Item.ID(text)) == (spells ? oneByOne(text) : nil), "\(text.debugDescription)")
        }
        #expect(ItemCatalogue.numericKey("999999999999999999") == 999_999_999_999_999_999)
        #expect(ItemCatalogue.numericKey("000000000000000007") == 7)
        #expect(ItemCatalogue.numericKey("5701234567890") == 5_701_234_567_890)
    }

    @Test func removingAndSettingAgainAnswersAsADictionaryDoes() {
        var random = SystemRandomNumberGenerator()
        var table = BarcodeTable<Int>()
        var expected: [Item.ID: Int] = [:]
        // Few distinct barcodes, many steps: slots are removed and taken again over and over, through growth.
        let barcodes = (0..<300).map { number in
            number % 3 == 0 ? randomBarcode(&random) : Item.ID(String(5_000_100_000_000 + number))
        }
        for step in 0..<20_000 {
            let barcode = barcodes.randomElement(using: &random)!
            switch Int.random(in: 0..<5, using: &random) {
            case 0:
                #expect(table.removeValue(forKey: barcode) == expected.removeValue(forKey: barcode))
            case 1:
                table[barcode] = nil
                expected[barcode] = nil
            case 2:
                table.remove(barcode)
                expected[barcode] = nil
            case 3:
                #expect(table.insert(barcode, step) == (expected[barcode] == nil))
                if expected[barcode] == nil { expected[barcode] = step }
            default:
                table[barcode] = step
                expected[barcode] = step
            }
            #expect(table.count == expected.count)
        }
        for barcode in barcodes {
            #expect(table[barcode] == expected[barcode], "\(barcode)")
            #expect(table.contains(barcode) == (expected[barcode] != nil), "\(barcode)")
        }
        var same = BarcodeTable<Int>()
        for (barcode, value) in expected { same[barcode] = value }
        #expect(table == same, "removed barcodes do not count when comparing")
    }

    @Test func answersAsADictionaryDoesThroughGrowth() {
        var random = SystemRandomNumberGenerator()
        var table = BarcodeTable<Int>()
        var expected: [Item.ID: Int] = [:]
        for step in 0..<5_000 {
            let barcode =
                Bool.random(using: &random)
                ? randomBarcode(&random) : Item.ID(String(UInt64.random(in: 1...9_999_999, using: &random)))
            if Bool.random(using: &random) {
                let old = table.updateValue(step, forKey: barcode)
                #expect(old == expected.updateValue(step, forKey: barcode))
            } else {
                let inserted = expected[barcode] == nil
                if inserted { expected[barcode] = step }
                let added = table.insert(barcode, step)
                #expect(added == inserted)
            }
        }
        #expect(table.count == expected.count)
        for (barcode, value) in expected {
            #expect(table[barcode] == value, "\(barcode)")
            #expect(table.contains(barcode))
        }
        for _ in 0..<2_000 {
            let barcode = randomBarcode(&random)
            #expect(table[barcode] == expected[barcode], "\(barcode)")
            #expect(table.contains(barcode) == (expected[barcode] != nil))
        }
    }

    @Test func aLeadingZeroOrANineteenthDigitIsAnotherBarcode() {
        var set = BarcodeSet()
        let added = [set.insert("7"), set.contains("07"), set.insert("07"), set.insert("7")]
        #expect(added == [true, false, true, false])
        set.insert("123456789012345678")
        #expect(!set.contains("1234567890123456789"))
        #expect(!set.contains(""))
        #expect(set.count == 3)
    }

    @Test func tablesWithTheSameEntriesAreEqualWhateverTheirOrder() {
        let barcodes = (1...300).map { Item.ID(String($0 * 7919)) } + ["B-1", "0012"]
        var forward = BarcodeTable<Int>()
        for (value, barcode) in barcodes.enumerated() { forward.updateValue(value, forKey: barcode) }
        var backward = BarcodeTable<Int>(minimumCapacity: 1_000)
        for (value, barcode) in barcodes.enumerated().reversed() { backward.updateValue(value, forKey: barcode) }
        #expect(forward == backward)
        backward.updateValue(-1, forKey: "7919")
        #expect(forward != backward)
    }
}
