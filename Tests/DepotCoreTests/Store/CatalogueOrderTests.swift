import Testing

@testable import DepotCore

@Suite("The catalogue's barcode order")
struct CatalogueOrderTests {
    private func item(_ barcode: String, _ title: String = "") -> Item {
        Item(barcode: Item.ID(barcode), title: title, ageBand: .preschool, price: Money(kroner: 100))
    }

    @Test func sortingByKeyGivesTheOrderOfComparingBarcodes() {
        var random = SystemRandomNumberGenerator()
        // Digits of every length (with leading zeros and beyond 18 digits), letters, mixes and duplicates.
        let pieces = [
            "0", "00", "7", "10", "9", "5701234567890", "123456789012345678", "1234567890123456789", "A",
            "b", "P2", "P10", "K-3", "æ", "", "0042", "42",
        ]
        var items: [Item] = []
        for number in 0..<2_000 {
            let barcode = (0..<Int.random(in: 1...3, using: &random)).map { _ in pieces.randomElement(using: &random)! }
                .joined()
            items.append(item(barcode.isEmpty ? "1" : barcode, "\(number)"))
        }
        let expected = items.enumerated().sorted { a, b in
            if a.element.id < b.element.id { return true }
            if b.element.id < a.element.id { return false }
            return a.offset < b.offset
        }.map(\.element)
        let sorted = ItemCatalogue.sortedByBarcode(items)
        #expect(sorted.map(\.barcode) == expected.map(\.barcode))
        #expect(sorted.map(\.title) == expected.map(\.title), "items with equal barcodes keep their order")
    }

    @Test func digitsCompareAsNumbers() {
        #expect(ItemCatalogue.numericKey("5701234567890") == 5_701_234_567_890)
        #expect(ItemCatalogue.numericKey("0042") == 42)
        #expect(ItemCatalogue.numericKey("12a") == nil)
        #expect(ItemCatalogue.numericKey("1234567890123456789") == nil, "19 digits are compared as text")
        #expect(ItemCatalogue.numericKey("") == nil)
        let sorted = ItemCatalogue.sortedByBarcode(["10", "9", "P10", "P2", "0042", "100"].map { item($0) })
        #expect(sorted.map(\.barcode.rawValue) == ["9", "10", "0042", "100", "P2", "P10"])
    }

    /// The shards' files as a load reads them: each run in barcode order, the runs in shard order.
    private func shardRuns(_ items: [Item]) -> [(shard: ItemShard, items: [Item])] {
        Dictionary(grouping: items) { ItemShard(of: $0.barcode) }.sorted { $0.key < $1.key }
            .map { ($0.key, ItemCatalogue.sortedByBarcode($0.value)) }
    }

    @Test func mergingTheShardsGivesTheOrderOfSortingThemAll() {
        var random = SystemRandomNumberGenerator()
        var items: [Item] = []
        for number in 0..<3_000 {
            // Thirteen digits as a library's, a few short ones, some with leading zeros, and some barcodes twice.
            let value = UInt64.random(in: 0..<(number % 7 == 0 ? 500 : 9_999_999_999_999), using: &random)
            let zeros = number % 11 == 0 ? "00" : ""
            items.append(item(zeros + String(value), "\(number)"))
            if number % 97 == 0 { items.append(item(zeros + String(value), "again \(number)")) }
        }
        let runs = shardRuns(items)
        var taken = runs
        let merged = ItemCatalogue.merging(&taken)
        #expect(taken.isEmpty, "the items are moved out of the runs")
        let sorted = ItemCatalogue.inBarcodeOrder(runs.flatMap(\.items))
        #expect(merged.map(\.barcode) == sorted.map(\.barcode))
        #expect(merged.map(\.title) == sorted.map(\.title), "items with equal barcodes keep their order")
        for (position, item) in merged.enumerated() {
            #expect(merged.positions(in: ItemShard(of: item.barcode)).contains(position), "each item's shard is kept")
        }
    }

    @Test func aBarcodeNotOfDigitsOrARunOutOfOrderIsSortedAsBefore() {
        var lettered = shardRuns(["5000100000417", "P10", "5000100000306", "P2", "42"].map { item($0) })
        #expect(
            ItemCatalogue.merging(&lettered).map(\.barcode.rawValue) == [
                "42", "5000100000306", "5000100000417", "P2", "P10",
            ])
        var outOfOrder: [(shard: ItemShard, items: [Item])] = [
            (ItemShard(of: "17"), ["517", "117"].map { item($0) }), (ItemShard(of: "05"), ["205"].map { item($0) }),
        ]
        #expect(ItemCatalogue.merging(&outOfOrder).map(\.barcode.rawValue) == ["117", "205", "517"])
        #expect(lettered.isEmpty && outOfOrder.isEmpty)
    }

    @Test(arguments: [0, 1, 1_023, 1_024, 1_025, 2_048, 2_049])
    func aMergedCatalogueIsTheSameWhereverItsChunksEnd(count: Int) {
        let items = (0..<count).map { item(String(5_000_100_000_000 + $0 * 37)) }
        var runs = shardRuns(items)
        var merged = ItemCatalogue.merging(&runs)
        let expected = ItemCatalogue(items)
        #expect(merged == expected)
        #expect(Array(merged) == items)
        // It changes as any catalogue does: an item added at the end and one changed in the middle.
        merged.append(item("9999999999999"))
        #expect(merged.count == count + 1 && merged.last?.barcode == "9999999999999")
        if count > 0 {
            merged[count / 2].title = "Ny titel"
            #expect(merged[count / 2].title == "Ny titel")
            #expect(merged.positions(in: ItemShard(of: items[count / 2].barcode)).contains(count / 2))
        }
    }
}
