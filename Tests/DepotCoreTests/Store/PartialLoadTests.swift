import Foundation
import Testing

@testable import DepotCore

@Suite("Reading a library without its catalogue")
struct PartialLoadTests {
    /// The sample written to a fresh folder, with its store for reading.
    private func sample(_ name: String = #function) throws -> (TemporaryFolder, LibraryData) {
        let folder = Fixtures.temporaryFolder(name)
        let data = LibraryGenerator(scale: .sample).generate()
        try LibraryStore.create(folder: folder.path, with: data).close()
        return (folder, data)
    }

    @Test func everythingButTheItemsIsRead() throws {
        let (folder, whole) = try sample()
        let store = try LibraryStore(folder: folder.path, forWriting: false)
        let part = try store.load(.withoutCatalogue)
        #expect(part.items.isEmpty)
        #expect(part.partners == whole.partners && part.crates == whole.crates && part.staff == whole.staff)
        #expect(part.deposits == whole.deposits && part.events == whole.events && part.plans == whole.plans)
        #expect(store.current == nil, "a part of the library is never the base of a change")
        _ = try store.load()
        #expect(store.current?.items.count == whole.items.count)
    }

    @Test func theItemsAskedForAreReadFromTheirShardsOnly() throws {
        let (folder, whole) = try sample()
        let wanted = [whole.items[3].id, whole.items[whole.items.count - 2].id]
        // A damaged shard the items are not in does not matter: it is not read.
        let shards = Set(wanted.map { StoreFile.items(of: $0) })
        let other = whole.items.map { StoreFile.items(of: $0.id) }.first { !shards.contains($0) }!
        try folder.write(other.relativePath, "{ damaged")
        let store = try LibraryStore(folder: folder.path, forWriting: false)
        var data = try store.load(.withoutCatalogue)
        try store.loadItems(wanted + ["9999999999999"], into: &data)
        #expect(data.items.map(\.id) == wanted.sorted())
        #expect(data.items.map(\.title) == wanted.sorted().map { id in whole.items.first { $0.id == id }!.title })
        // Asked again, nothing more is read or doubled.
        try store.loadItems(wanted, into: &data)
        #expect(data.items.count == 2)
        // A damaged shard that holds a wanted item is named.
        let barcode = whole.items.first { StoreFile.items(of: $0.id) == other }!.id
        #expect(throws: StoreError.self) { try store.loadItems([barcode], into: &data) }
        #expect(throws: StoreError.self) { try store.load() }
    }

    @Test func referencesToItemsAreCheckedOnlyWhenTheCatalogueIsRead() throws {
        let (folder, whole) = try sample()
        // An item that a crate holds is taken out of its shard by hand.
        let crate = whole.crates.first { !$0.itemBarcodes.isEmpty }!
        let barcode = crate.itemBarcodes[0]
        let shard = StoreFile.items(of: barcode).relativePath
        let lines = try folder.read(shard).split(separator: "\n", omittingEmptySubsequences: false)
        try folder.write(shard, lines.filter { !$0.contains("\"\(barcode)\"") }.joined(separator: "\n"))
        let store = try LibraryStore(folder: folder.path, forWriting: false)
        do {
            _ = try store.load()
            Issue.record("a crate's book missing from the catalogue was not found")
        } catch StoreError.invalidRecords(let problems) {
            #expect(problems.contains { $0.message.contains("item \(barcode) is not in the catalogue") })
        }
        let part = try store.load(.withoutCatalogue)
        #expect(part.crates.count == whole.crates.count)
        // What does not concern the catalogue is still checked: a deposit of a partner that does not exist.
        var broken = part
        broken.deposits[0].partnerID = "P999"
        #expect(LibraryCheck.problems(in: broken, catalogue: false).contains { $0.message.contains("P999") })
    }

    @Test func completingAPartReadsTheSameLibraryAsAWholeLoad() throws {
        let (folder, whole) = try sample()
        let store = try LibraryStore(folder: folder.path)
        var part = try store.load(.withoutCatalogue)
        try store.loadItems([whole.items[5].id], into: &part)
        let completed = try store.load(completing: part)
        #expect(completed == (try LibraryStore(folder: folder.path, forWriting: false).load()))
        #expect(store.current == completed, "the completed library is the base of the next change")
        // And a change saved on it is written as on a whole load.
        var changed = completed
        changed.items[0].title = "Ny titel"
        try store.save(changed, files: [StoreFile.items(of: changed.items[0].id)])
        #expect(try LibraryStore(folder: folder.path, forWriting: false).load().items[0].title == "Ny titel")
    }

    @Test func aFileChangedMeanwhileIsReadAgain() throws {
        let (folder, _) = try sample()
        let store = try LibraryStore(folder: folder.path)
        let part = try store.load(.withoutCatalogue)
        // Another desk saves a partner between the first frame and the rest of the library.
        let other = try LibraryStore(folder: folder.path)
        var theirs = try other.load()
        theirs.partners[0].name = "Børnehaven Solsikken"
        try other.save(theirs, files: [.partners])
        let completed = try store.load(completing: part)
        #expect(completed.partners[0].name == "Børnehaven Solsikken")
        #expect(completed == theirs)
    }

    @Test func theCatalogueReadLaterIsCheckedInFull() throws {
        let (folder, whole) = try sample()
        let store = try LibraryStore(folder: folder.path, forWriting: false)
        let part = try store.load(.withoutCatalogue)
        // A crate's book leaves the catalogue after the first frame: the completed library is not taken.
        let barcode = whole.crates.first { !$0.itemBarcodes.isEmpty }!.itemBarcodes[0]
        var shard = whole.items.inShard(ItemShard(of: barcode))
        shard.removeAll { $0.id == barcode }
        let version = SchemaCatalogue.standard.currentVersion(of: [Item].contentKey)
        try folder.write(
            StoreFile.items(of: barcode).relativePath,
            String(decoding: try FileEncoder.encode(shard, schemaVersion: version), as: UTF8.self))
        do {
            _ = try store.load(completing: part)
            Issue.record("a crate's book missing from the catalogue was not found")
        } catch StoreError.invalidRecords(let problems) {
            #expect(problems.contains { $0.message.contains("item \(barcode) is not in the catalogue") })
        }
        // A damaged shard is named.
        try folder.write(StoreFile.items(of: barcode).relativePath, "{ damaged")
        let again = try store.load(.withoutCatalogue)
        #expect {
            _ = try store.load(completing: again)
        } throws: { error in
            (error as? StoreError)?.description.contains(StoreFile.items(of: barcode).relativePath) == true
        }
    }
}
