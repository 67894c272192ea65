import Foundation
import Testing

@testable import DepotCore

#if canImport(Glibc)
    import Glibc
#endif

@Suite("A change to several files is all or nothing")
struct ChangeJournalTests {
    struct SimulatedKill: Error {}

    /// A library and a change to its partners, crates and deposits, as a return would make.
    private func libraryAndChange() throws -> (TemporaryFolder, LibraryData, LibraryData) {
        let folder = Fixtures.temporaryFolder()
        let before = Fixtures.library()
        try LibraryStore.create(folder: folder.path, with: before).close()
        var after = before
        after.partners[0].childCount = 42
        after.crates[0].theme = "Efter"
        after.deposits[1].returnedOn = Fixtures.day("2026-11-25")
        return (folder, before, after)
    }

    private let files: Set<StoreFile> = [.partners, .crates, .deposits(Season(startYear: 2026))]

    @Test func killedAfterTheFirstRenameReadersSeeTheWholeChangeAndTheNextWriterFinishesIt() throws {
        let (folder, _, after) = try libraryAndChange()
        let store = try LibraryStore(folder: folder.path)
        _ = try store.load()
        var renames = 0
        store.beforeRename = { _ in
            renames += 1
            if renames == 2 { throw SimulatedKill() }
        }
        #expect(throws: SimulatedKill.self) { try store.save(after, files: files) }
        store.close()
        #expect(FileManager.default.fileExists(atPath: folder.file(ChangeJournal.fileName)))

        // One file is renamed, two are not: a reader reads the new versions all the same.
        #expect(try LibraryStore(folder: folder.path, forWriting: false).load() == after)
        #expect(try LibraryStore(folder: folder.path, forWriting: false).leftoverTemporaryFiles().isEmpty)

        let writer = try LibraryStore(folder: folder.path)
        #expect(writer.notices.first == .finishedInterruptedChange(files: ["deposits/2026-27.json", "partners.json"]))
        writer.close()
        #expect(!FileManager.default.fileExists(atPath: folder.file(ChangeJournal.fileName)))
        let names =
            try FileManager.default.contentsOfDirectory(atPath: folder.path)
            + FileManager.default.contentsOfDirectory(atPath: folder.file("deposits"))
        #expect(!names.contains { $0.contains(AtomicFile.temporaryMarker) })
        #expect(try LibraryStore(folder: folder.path, forWriting: false).load() == after)
    }

    @Test func aFailureBeforeTheJournalChangesNoFile() throws {
        let (folder, before, after) = try libraryAndChange()
        let store = try LibraryStore(folder: folder.path)
        _ = try store.load()
        // The deposits' file cannot be staged: its target is not a regular file.
        let depositsFile = folder.file("deposits/2026-27.json")
        try FileManager.default.moveItem(atPath: depositsFile, toPath: depositsFile + ".real")
        mkfifo(depositsFile, 0o600)
        #expect(throws: StoreError.self) { try store.save(after, files: files) }
        unlink(depositsFile)
        try FileManager.default.moveItem(atPath: depositsFile + ".real", toPath: depositsFile)
        store.close()
        #expect(!FileManager.default.fileExists(atPath: folder.file(ChangeJournal.fileName)))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).allSatisfy { !$0.contains(".tmp-") })
        #expect(try LibraryStore(folder: folder.path, forWriting: false).load() == before)
    }

    @Test func aCompletedChangeLeavesNoJournalAndBacksUpEveryFile() throws {
        let (folder, _, after) = try libraryAndChange()
        let store = try LibraryStore(folder: folder.path)
        _ = try store.load()
        try store.save(after, files: files)
        #expect(!FileManager.default.fileExists(atPath: folder.file(ChangeJournal.fileName)))
        let backups = try FileManager.default.contentsOfDirectory(atPath: folder.file("backups"))
        for name in ["partners.json.", "crates.json.", "deposits_2026-27.json."] {
            #expect(backups.contains { $0.hasPrefix(name) })
        }
        // The store knows its own files: a second change saves without "changed on disk".
        var again = after
        again.partners[0].childCount = 43
        try store.save(again, files: files)
    }

    @Test func aJournalNamingFilesOutsideTheLibraryIsRefusedAndRenamesNothing() throws {
        let (folder, before, _) = try libraryAndChange()
        try folder.write("outside.txt", "mine")
        let hostile = ChangeJournal(entries: [
            .init(file: "../outside.txt", temporary: ".partners.json.tmp-1-a", backup: nil)
        ])
        try hostile.write(in: folder.path)
        try folder.write(".partners.json.tmp-1-a", "{}")
        #expect(throws: StoreError.self) { try LibraryStore(folder: folder.path) }
        #expect(try folder.read("outside.txt") == "mine")
        #expect(throws: StoreError.self) { try LibraryStore(folder: folder.path, forWriting: false).load() }
        unlink(folder.file(ChangeJournal.fileName))
        unlink(folder.file(".partners.json.tmp-1-a"))
        #expect(try LibraryStore(folder: folder.path, forWriting: false).load() == before)
    }

    @Test func onlyTheLibrarysOwnNamesAreAccepted() {
        let good = ChangeJournal.Entry(
            file: "deposits/2026-27.json", temporary: "deposits/.2026-27.json.tmp-4711-ab",
            backup: "backups/deposits_2026-27.json.20261201T101500.123")
        #expect(good.isDepotsOwn)
        var bad = good
        bad.temporary = "deposits/../../etc/.2026-27.json.tmp-1"
        #expect(!bad.isDepotsOwn)
        bad = good
        bad.backup = "backups/../../passwd"
        #expect(!bad.isDepotsOwn)
        bad = good
        bad.file = "/etc/passwd"
        #expect(!bad.isDepotsOwn)
        bad = good
        bad.file = "notes.json"
        #expect(!bad.isDepotsOwn)

        let shard = ChangeJournal.Entry(
            file: "items/05.json", temporary: "items/.05.json.tmp-4711-ab",
            backup: "backups/items_05.json.20261201T101500.123")
        #expect(shard.isDepotsOwn)
        bad = shard
        bad.file = "items/5.json"
        #expect(!bad.isDepotsOwn)
        bad = shard
        bad.file = "items/../library.json"
        #expect(!bad.isDepotsOwn)
    }
}
