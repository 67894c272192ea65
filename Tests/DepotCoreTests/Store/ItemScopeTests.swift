import Foundation
import Testing

@testable import DepotCore

@Suite("Changing a few items read with their shards alone")
struct ItemScopeTests {
    /// The sample written to a fresh folder.
    private func sample(_ name: String = #function) throws -> (TemporaryFolder, LibraryData) {
        let folder = Fixtures.temporaryFolder(name)
        let data = LibraryGenerator(scale: .sample).generate()
        try LibraryStore.create(folder: folder.path, with: data).close()
        return (folder, data)
    }

    /// Every file of the library but its backups and change log, by path, as bytes.
    private func contents(of folder: TemporaryFolder) throws -> [String: Data] {
        let root = URL(fileURLWithPath: folder.path)
        var files: [String: Data] = [:]
        let walker = FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil)!
        for case let url as URL in walker where url.pathExtension == "json" {
            let path = String(url.path.dropFirst(root.path.count + 1))
            if path.hasPrefix("backups/") || path.hasPrefix(".") { continue }
            files[path] = try Data(contentsOf: url)
        }
        return files
    }

    private func renamed(_ item: Item, _ title: String) -> Item {
        var copy = item
        copy.title = title
        return copy
    }

    @Test func theShardsNamedAreReadWithTheSettingsAndStaffAndNothingElse() throws {
        let (folder, whole) = try sample()
        let shard = ItemShard(of: whole.items[5].id)
        // Damaged files the change does not need are not read.
        try folder.write(StoreFile.crates.relativePath, "{ damaged")
        let other = whole.items.map { ItemShard(of: $0.id) }.first { $0 != shard }!
        try folder.write(StoreFile.items(other).relativePath, "{ damaged")
        let store = try LibraryStore(folder: folder.path, forWriting: false)
        let part = try store.load(.items(in: [shard]))
        #expect(part.items.array == whole.items.filter { ItemShard(of: $0.id) == shard })
        #expect(part.settings == whole.settings && part.staff == whole.staff)
        #expect(part.deposits.isEmpty && part.crates.isEmpty && part.partners.isEmpty && part.plans.isEmpty)
        #expect(throws: StoreError.self) { try store.load() }
    }

    @Test func aChangedItemRewritesItsShardAndNothingElse() throws {
        let (folder, whole) = try sample()
        let item = whole.items[7]
        let file = StoreFile.items(of: item.id)
        let before = try contents(of: folder)
        let store = try LibraryStore(folder: folder.path)
        var part = try store.load(.items(in: [ItemShard(of: item.id)]))
        part.items[part.items.position(of: item.id)!] = renamed(item, "Ny titel")
        try store.save(part, files: [file])
        let after = try contents(of: folder)
        #expect(Set(after.keys) == Set(before.keys))
        #expect(after.keys.filter { after[$0] != before[$0] } == [file.relativePath])
        let reread = try LibraryStore(folder: folder.path, forWriting: false).load()
        var expected = whole
        expected.items[expected.items.position(of: item.id)!] = renamed(item, "Ny titel")
        #expect(reread == expected)
    }

    @Test func aFileThatWasNotReadIsNeverWritten() throws {
        let (folder, whole) = try sample()
        let item = whole.items[2]
        let before = try contents(of: folder)
        let store = try LibraryStore(folder: folder.path)
        var part = try store.load(.items(in: [ItemShard(of: item.id)]))
        part.items[part.items.position(of: item.id)!] = renamed(item, "Ny titel")
        // Saving the crates or every file of this part would write a library without crates or deposits.
        #expect(throws: StoreError.self) { try store.save(part, files: [.crates]) }
        #expect(throws: StoreError.self) { try store.saveAll(part) }
        let unread = whole.items.map { StoreFile.items(of: $0.id) }.first { $0 != StoreFile.items(of: item.id) }!
        #expect(throws: StoreError.self) { try store.save(part, files: [StoreFile.items(of: item.id), unread]) }
        #expect(try contents(of: folder) == before)
    }

    @Test func anotherDesksChangesAreKeptInTheShardAndElsewhere() throws {
        let (folder, whole) = try sample()
        let shard = ItemShard(of: whole.items[0].id)
        let inShard = whole.items.filter { ItemShard(of: $0.id) == shard }
        try #require(inShard.count >= 2)
        let ours = inShard[0]
        let theirs = inShard[1]
        let store = try LibraryStore(folder: folder.path)
        var part = try store.load(.items(in: [shard]))
        // Meanwhile another desk renames another item of the same shard and withdraws a deposit's season file.
        let other = try LibraryStore(folder: folder.path)
        var data = try other.load()
        data.items[data.items.position(of: theirs.id)!] = renamed(theirs, "Deres titel")
        data.partners[0].name += " (ny)"
        try other.save(data, files: [StoreFile.items(of: theirs.id), .partners])
        part.items[part.items.position(of: ours.id)!] = renamed(ours, "Vores titel")
        let commit = try store.commit(part, files: [StoreFile.items(of: ours.id)])
        #expect(commit.reloaded == [StoreFile.items(of: ours.id)], "only the part's files are compared")
        let reread = try LibraryStore(folder: folder.path, forWriting: false).load()
        #expect(reread.items[reread.items.position(of: ours.id)!].title == "Vores titel")
        #expect(reread.items[reread.items.position(of: theirs.id)!].title == "Deres titel")
        #expect(reread.partners[0].name == whole.partners[0].name + " (ny)")
        #expect(reread.deposits == whole.deposits && reread.crates == whole.crates)
    }

    @Test func theSameItemChangedAtTwoDesksIsAConflictAndNothingIsWritten() throws {
        let (folder, whole) = try sample()
        let item = whole.items[4]
        let store = try LibraryStore(folder: folder.path)
        var part = try store.load(.items(in: [ItemShard(of: item.id)]))
        let other = try LibraryStore(folder: folder.path)
        var data = try other.load()
        data.items[data.items.position(of: item.id)!] = renamed(item, "Deres titel")
        try other.save(data, files: [StoreFile.items(of: item.id)])
        let before = try contents(of: folder)
        part.items[part.items.position(of: item.id)!] = renamed(item, "Vores titel")
        #expect(throws: StoreError.self) { try store.save(part, files: [StoreFile.items(of: item.id)]) }
        #expect(try contents(of: folder) == before)
    }

    @Test func aNewItemInAShardNoFileHoldsYetIsSavedBesideAnotherDesksNewOne() throws {
        let (folder, whole) = try sample()
        // Barcodes ending in letters: a shard the sample has no file for.
        let ours = Item(
            barcode: "NYBOGXQ1", title: "Vores nye bog", author: nil, ageBand: whole.items[0].ageBand, theme: nil,
            price: whole.items[0].price)
        let theirs = Item(
            barcode: "NYBOGXQ2", title: "Deres nye bog", author: nil, ageBand: whole.items[0].ageBand, theme: nil,
            price: whole.items[0].price)
        let shard = ItemShard(of: ours.id)
        #expect(ItemShard(of: theirs.id) != shard)
        let sameShard = Item(
            barcode: Item.ID("NYBOGY\(shard.name.uppercased())"), title: "Deres anden bog", author: nil,
            ageBand: whole.items[0].ageBand, theme: nil, price: whole.items[0].price)
        #expect(ItemShard(of: sameShard.id) == shard)
        #expect(!(try AtomicFile.exists("\(folder.path)/\(StoreFile.items(shard).relativePath)")))
        let store = try LibraryStore(folder: folder.path)
        var part = try store.load(.items(in: [shard]))
        #expect(part.items.isEmpty)
        // Another desk adds an item to that shard first, making its file.
        let other = try LibraryStore(folder: folder.path)
        var data = try other.load()
        data.items.append(sameShard)
        data.items.append(theirs)
        data.items = ItemCatalogue(data.items.sorted { $0.id < $1.id })
        try other.save(data, files: [StoreFile.items(of: sameShard.id), StoreFile.items(of: theirs.id)])
        part.items.append(ours)
        try store.save(part, files: [StoreFile.items(of: ours.id)])
        let reread = try LibraryStore(folder: folder.path, forWriting: false).load()
        #expect(Set(reread.items.map(\.id)) == Set(whole.items.map(\.id) + [ours.id, theirs.id, sameShard.id]))
    }

    @Test func aWholeReadMakesTheStoreTheBaseOfAnyChangeAgain() throws {
        let (folder, whole) = try sample()
        let store = try LibraryStore(folder: folder.path)
        _ = try store.load(.items(in: [ItemShard(of: whole.items[0].id)]))
        var data = try store.load()
        data.partners[0].name += " (ny)"
        try store.save(data, files: [.partners])
        #expect(try LibraryStore(folder: folder.path, forWriting: false).load().partners[0].name.hasSuffix("(ny)"))
    }

    @Test func theShardsOfAnImportAreThoseOfItsBarcodesWithOrWithoutLeadingZeros() throws {
        let table = try CSVTable.read(
            Array("barcode,title\n0012345678905,A\n77,B\n5,C\n ab12 ,D\n".utf8), separator: nil)
        let shards = try #require(try ItemImport.shards(of: table))
        #expect(shards == Set(["0012345678905", "12345678905", "77", "05", "AB12"].map { ItemShard(of: Item.ID($0)) }))
        #expect(shards.count == 3)
        #expect(try ItemImport.shards(of: table, limit: 3) == nil, "a long file is planned against the whole catalogue")
    }
}
