import Testing

@testable import DepotCore

/// The catalogue in chunks must behave exactly as one array of items does, across chunk boundaries too.
@Suite("The item catalogue behaves as an array of items")
struct ItemCatalogueTests {
    private func items(_ count: Int, from start: Int = 0) -> [Item] {
        (start..<(start + count)).map { number in
            Item(
                barcode: Item.ID(String(format: "%013d", number)), title: "Bog \(number)", ageBand: .preschool,
                price: Money(kroner: number % 300))
        }
    }

    @Test func appendsInsertsRemovesAndReplacesAsAnArrayDoes() {
        var array = items(2_500)
        var catalogue = ItemCatalogue(array)
        #expect(catalogue.array == array)
        #expect(catalogue.count == 2_500)
        #expect(catalogue[1_023].id == array[1_023].id && catalogue[1_024].id == array[1_024].id)

        catalogue.append(contentsOf: items(700, from: 5_000))
        array.append(contentsOf: items(700, from: 5_000))
        #expect(catalogue.array == array)

        catalogue.insert(items(1, from: 9_000)[0], at: 1_024)
        array.insert(items(1, from: 9_000)[0], at: 1_024)
        #expect(catalogue.array == array)

        catalogue.remove(at: 3)
        array.remove(at: 3)
        catalogue.removeLast(1_100)
        array.removeLast(1_100)
        #expect(catalogue.array == array)

        catalogue.removeAll { $0.price.minorUnits % 7 == 0 }
        array.removeAll { $0.price.minorUnits % 7 == 0 }
        #expect(catalogue.array == array)
        #expect(Array(catalogue.indices) == Array(array.indices))

        catalogue.replaceSubrange(10..<20, with: items(3, from: 20_000))
        array.replaceSubrange(10..<20, with: items(3, from: 20_000))
        #expect(catalogue.array == array)
        #expect(catalogue == ItemCatalogue(array))

        catalogue.removeAll()
        #expect(catalogue.isEmpty && catalogue.array.isEmpty)
    }

    @Test func aChangedCopyLeavesTheOriginalAsItWas() {
        let original = ItemCatalogue(items(3_000))
        var copy = original
        copy[2_100].title = "Ændret"
        copy.sort { $0.id > $1.id }
        #expect(original.array == items(3_000))
        #expect(original[2_100].title == "Bog 2100")
        #expect(copy.first?.id == original.last?.id)
        #expect(copy != original)
    }

    @Test func equalCataloguesHashAlikeAndChunksWalkInOrder() {
        let one = ItemCatalogue(items(2_049))
        var other = ItemCatalogue(items(2_048))
        other.append(items(1, from: 2_048)[0])
        #expect(one == other)
        #expect(one.hashValue == other.hashValue)
        var walked: [Item.ID] = []
        var starts: [Int] = []
        one.forEachChunk { chunk, first in
            starts.append(first)
            walked.append(contentsOf: chunk.map(\.id))
        }
        #expect(walked == one.map(\.id))
        #expect(starts == [0, 1_024, 2_048])
    }

    /// The shard of every item is kept alongside it; after every kind of change, asking for a shard must give what
    /// reading each item's barcode gives.
    @Test func shardLookUpsFollowEveryChange() {
        var catalogue = ItemCatalogue(items(2_600))
        func expectShardsRead() {
            for shard in [ItemShard(name: "00")!, ItemShard(name: "47")!, ItemShard(name: "x1")!] {
                let read = catalogue.array.filter { ItemShard(of: $0.barcode) == shard }
                #expect(catalogue.inShard(shard) == read, "shard \(shard)")
                #expect(catalogue.positions(in: shard).map { catalogue[$0] } == read, "positions in \(shard)")
            }
            let some = catalogue.inShards { $0.name.hasSuffix("7") }
            #expect(some == catalogue.array.filter { ItemShard(of: $0.barcode).name.hasSuffix("7") })
        }
        expectShardsRead()
        catalogue[1_500].barcode = Item.ID("99999999999x1")
        catalogue[3].barcode = Item.ID("4447")
        expectShardsRead()
        catalogue.sort { $0.title > $1.title }
        expectShardsRead()
        catalogue.swapAt(0, 2_000)
        catalogue.removeAll { $0.price.minorUnits % 500 == 0 }
        expectShardsRead()
        catalogue.insert(contentsOf: items(40, from: 70_000), at: 17)
        catalogue.removeLast(1_030)
        catalogue.append(contentsOf: items(10, from: 90_000))
        expectShardsRead()
        #expect(catalogue.inShards { _ in false }.isEmpty)
    }
}
