import Foundation
import Testing

@testable import DepotCore

@Suite("The catalogue in shards")
struct CatalogueShardTests {
    private func identity(_ path: String) -> FileStamp? { FileStamp(path: path) }

    @Test func aShardIsNamedByTheBarcodesLastTwoCharacters() {
        #expect(ItemShard(of: "5000100000005").name == "05")
        #expect(ItemShard(of: "0012345678905").name == "05")
        #expect(ItemShard(of: "7").name == "07")
        #expect(ItemShard(of: "BIB-12AB").name == "ab")
        #expect(ItemShard(of: "ABC-Ø").name == "__")
        #expect(StoreFile.items(of: "5000100000014").relativePath == "items/14.json")
        #expect(ItemShard(name: "05") == ItemShard(of: "105"))
        #expect(ItemShard(name: "AB") == nil && ItemShard(name: "5") == nil && ItemShard(name: "123") == nil)
        #expect(StoreFile(relativePath: "items/14.json") == .items(of: "14"))
        #expect(StoreFile(relativePath: "items.json") == .catalogue)
    }

    @Test func changingOneItemRewritesOnlyItsShard() throws {
        let folder = Fixtures.temporaryFolder()
        var data = LibraryGenerator(scale: .sample).generate()
        try LibraryStore.create(folder: folder.path, with: data).close()
        let store = try LibraryStore(folder: folder.path)
        data = try store.load()
        let shards = try FileManager.default.contentsOfDirectory(atPath: folder.file("items"))
        #expect(shards.count > 50, "the sample's items spread over many shards")
        let before = Dictionary(uniqueKeysWithValues: shards.map { ($0, identity(folder.file("items/\($0)"))) })

        let position = data.items.count / 2
        data.items[position].title = "En ny titel"
        let file = StoreFile.items(of: data.items[position].id)
        try store.save(data, files: [file])

        for name in shards where "items/\(name)" != file.relativePath {
            #expect(identity(folder.file("items/\(name)")) == before[name], "\(name) was not rewritten")
        }
        #expect(identity(folder.file(file.relativePath)) != before[String(file.relativePath.dropFirst(6))])
        #expect(try folder.read(file.relativePath).contains("En ny titel"))
        #expect(try LibraryStore(folder: folder.path, forWriting: false).load() == data)
    }

    @Test func twoDesksChangingItemsOfOneShardBothKeepTheirChange() throws {
        let folder = Fixtures.temporaryFolder()
        let sample = LibraryGenerator(scale: .sample).generate()
        try LibraryStore.create(folder: folder.path, with: sample).close()
        let first = try LibraryStore(folder: folder.path)
        let second = try LibraryStore(folder: folder.path)
        var mine = try first.load()
        var theirs = try second.load()
        let shard = ItemShard(of: mine.items[0].id)
        let pair = mine.items.indices.filter { ItemShard(of: mine.items[$0].id) == shard }.prefix(2)
        try #require(pair.count == 2)
        mine.items[pair.first!].title = "Fra skranken"
        theirs.items[pair.last!].title = "Fra kontoret"
        try first.save(mine, files: [.items(shard)])
        try second.save(theirs, files: [.items(shard)])
        let loaded = try LibraryStore(folder: folder.path, forWriting: false).load()
        #expect(loaded.items[pair.first!].title == "Fra skranken")
        #expect(loaded.items[pair.last!].title == "Fra kontoret")
        #expect(loaded.items.count == sample.items.count)
    }

    /// Writes `data` as an older Depot did: the whole catalogue in `items.json`.
    private func oldLibrary(_ data: LibraryData) throws -> TemporaryFolder {
        let folder = Fixtures.temporaryFolder()
        try LibraryStore.create(folder: folder.path, with: data).close()
        let version = SchemaCatalogue.standard.currentVersion(of: [Item].contentKey)
        let bytes = try FileEncoder.encode(data.items.array, schemaVersion: version)
        try FileManager.default.removeItem(atPath: folder.file("items"))
        try Data(bytes).write(to: URL(fileURLWithPath: folder.file("items.json")))
        return folder
    }

    @Test func aCatalogueInOneFileIsReadAndSplitWhenOpenedForWriting() throws {
        let data = LibraryGenerator(scale: .sample).generate()
        let folder = try oldLibrary(data)

        // Reading leaves the old layout alone.
        #expect(try LibraryStore(folder: folder.path, forWriting: false).load() == data)
        #expect(FileManager.default.fileExists(atPath: folder.file("items.json")))
        #expect(!FileManager.default.fileExists(atPath: folder.file("items")))

        let store = try LibraryStore(folder: folder.path)
        let shardCount = Set(data.items.map { ItemShard(of: $0.id) }).count
        #expect(store.notices.contains(.splitCatalogue(items: data.items.count, shards: shardCount)))
        #expect(!FileManager.default.fileExists(atPath: folder.file("items.json")))
        let backups = try FileManager.default.contentsOfDirectory(atPath: folder.file("backups"))
        #expect(backups.contains { $0.hasPrefix("items.json.") }, "the old file is kept in backups/")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.file("items")).count == shardCount)
        #expect(try store.load() == data)
        #expect(try LibraryStore(folder: folder.path).notices.isEmpty, "split once")
    }

    @Test func aSplitInterruptedBeforeTheOldFileMovedKeepsTheShards() throws {
        var data = Fixtures.library()
        let folder = try oldLibrary(data)
        // The shards are newer than the old file: an item changed after the split.
        data.items[0].title = "Efter delingen"
        let fresh = Fixtures.temporaryFolder("fresh")
        try LibraryStore.create(folder: fresh.path, with: data).close()
        try FileManager.default.copyItem(atPath: fresh.file("items"), toPath: folder.file("items"))

        #expect(try LibraryStore(folder: folder.path, forWriting: false).load() == data)
        let store = try LibraryStore(folder: folder.path)
        #expect(!FileManager.default.fileExists(atPath: folder.file("items.json")))
        #expect(try store.load() == data)
    }

    @Test func theFolderOfASplitThatDiedIsTidiedAway() throws {
        let folder = Fixtures.temporaryFolder()
        try LibraryStore.create(folder: folder.path, with: Fixtures.library()).close()
        // 2147483646 is above any pid the kernel hands out, so its writer has ended.
        try FileManager.default.createDirectory(
            atPath: folder.file(".items.tmp-2147483646-abc"), withIntermediateDirectories: false)
        try folder.write(".items.tmp-2147483646-abc/01.json", "half a shard")
        let store = try LibraryStore(folder: folder.path)
        guard case .removedLeftovers(let names, let bytes)? = store.notices.first else {
            Issue.record("no notice of the removed folder")
            return
        }
        #expect(names == [".items.tmp-2147483646-abc"] && bytes == 12)
        #expect(!FileManager.default.fileExists(atPath: folder.file(".items.tmp-2147483646-abc")))
        #expect(try store.load() == Fixtures.library())
    }

    @Test func anItemInAnotherShardsFileIsRefusedByNameAndNothingIsWritten() throws {
        let folder = Fixtures.temporaryFolder()
        try LibraryStore.create(folder: folder.path, with: Fixtures.library()).close()
        // A person moved item 5000000000002's line into items/01.json.
        let one = try folder.read("items/01.json")
        let two = try folder.read("items/02.json")
        let line = two.split(separator: "\n")[3]
        try folder.write("items/01.json", one.replacingOccurrences(of: "}\n  ]", with: "},\n\(line)\n  ]"))
        try folder.write("items/02.json", two.replacingOccurrences(of: "\(line)\n", with: ""))
        let damaged = try folder.read("items/01.json")
        #expect {
            try LibraryStore(folder: folder.path).load()
        } throws: { error in
            let text = "\(error)"
            return text.contains("items/01.json") && text.contains("5000000000002")
                && text.contains("belongs in items/02.json")
        }
        #expect(try folder.read("items/01.json") == damaged)
    }

    /// Files are sorted without building their paths; the order must still be the paths' order, which is the order
    /// of the change log's lines and of a journaled change's entries.
    @Test func filesSortAsTheirPathsDo() {
        let seasons = [Season(startYear: 2024), Season(startYear: 2026), Season(startYear: 2031)]
        let shards = ["00", "09", "10", "99", "a0", "_z"].compactMap(ItemShard.init(name:))
        let files: [StoreFile] =
            StoreFile.fixed + [.catalogue] + shards.map(StoreFile.items) + seasons.map(StoreFile.deposits)
            + seasons.map(StoreFile.plan)
        let shuffled = files.shuffled()
        #expect(shuffled.sorted().map(\.relativePath) == files.map(\.relativePath).sorted())
    }

    /// The changes in one shard, found from the catalogue's chunks that a change did not share, are those a walk
    /// over the whole shard finds.
    @Test func theChangesInAShardAreThoseOfTheWholeShard() throws {
        let before = LibraryGenerator(scale: .sample).generate()
        var after = before
        let shard = ItemShard(of: before.items[40].barcode)
        let inShard = before.items.positions(in: shard)
        try #require(inShard.count >= 3)
        after.items[inShard[0]].title = "Ny titel"
        after.items[inShard[2]].status = .lost
        // An item moved into the shard by a new barcode, and one moved out of it.
        let other = try #require(before.items.indices.first { ItemShard(of: before.items[$0].barcode) != shard })
        after.items[other].barcode = Item.ID("99999" + shard.name)
        after.items[inShard[1]].barcode = Item.ID(before.items[inShard[1]].barcode.rawValue + "x")
        let file = StoreFile.items(shard)
        let found = before.changes(in: file, to: after)
        let walked = RecordDiff.changes(file, before.items.inShard(shard), after.items.inShard(shard))
        #expect(found.map(\.recordID) == walked.map(\.recordID))
        #expect(found.map(\.after) == walked.map(\.after))
        #expect(found.count == 4)
    }
}
