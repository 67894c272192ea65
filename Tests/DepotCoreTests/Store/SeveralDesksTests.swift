import Foundation
import Testing

@testable import DepotCore

#if canImport(Glibc)
    import Glibc
#endif

/// Several desks on one library: each store stands for one desk (a screen or a command) with its own view of the
/// files; they interleave their changes as two processes would.
@Suite struct SeveralDesksTests {
    private func library() throws -> (TemporaryFolder, LibraryStore, LibraryStore) {
        let folder = Fixtures.temporaryFolder()
        var data = Fixtures.library()
        // A second crate at home, for two desks to pack into.
        data.crates.append(Crate(id: "K003", theme: "Årstider", ageBand: .preschool, itemBarcodes: []))
        try LibraryStore.create(folder: folder.path, with: data).close()
        let first = try LibraryStore(folder: folder.path)
        let second = try LibraryStore(folder: folder.path)
        _ = try first.load()
        _ = try second.load()
        return (folder, first, second)
    }

    @Test func changesToDifferentRecordsOfOneFileAreBothKept() throws {
        let (folder, first, second) = try library()
        var mine = try #require(first.current)
        mine.partners[0].childCount = 31
        try first.save(mine, files: [.partners])

        var theirs = try #require(second.current)
        theirs.partners[1].childCount = 42
        let commit = try second.commit(theirs, files: [.partners])
        #expect(commit.reloaded == [.partners])

        let onDisk = try LibraryStore(folder: folder.path).load()
        #expect(onDisk.partners[0].childCount == 31)
        #expect(onDisk.partners[1].childCount == 42)
        #expect(commit.data.partners == onDisk.partners)
    }

    @Test func theSameRecordChangedOnBothSidesIsAConflictWithBothVersionsAndNothingIsWritten() throws {
        let (folder, first, second) = try library()
        var mine = try #require(first.current)
        mine.partners[0].childCount = 31
        try first.save(mine, files: [.partners])
        let afterFirst = try folder.read("partners.json")

        var theirs = try #require(second.current)
        theirs.partners[0].childCount = 42
        theirs.partners[1].childCount = 7
        do {
            try second.save(theirs, files: [.partners])
            Issue.record("a conflict was expected")
        } catch StoreError.conflicts(let conflicts) {
            #expect(conflicts.count == 1)
            let conflict = try #require(conflicts.first)
            #expect(conflict.file == .partners)
            #expect(conflict.recordID == "P001")
            #expect(conflict.fields.map(\.name) == ["childCount"])
            #expect(conflict.fields.first?.ours == "42")
            #expect(conflict.fields.first?.theirs == "31")
            #expect(conflict.description.contains("P001"))
        }
        #expect(try folder.read("partners.json") == afterFirst)
        // The store now holds the library on disk, for the person to choose from.
        #expect(second.current?.partners[0].childCount == 31)
        #expect(second.current?.partners[1].childCount != 7)
    }

    @Test func aDeskOperationIsReplayedOnTheFresherLibrary() throws {
        let (folder, first, second) = try library()
        // The first desk packs book 6 into K002.
        var mine = try #require(first.current)
        let packed = try Desk.pack(item: "5000000000006", into: "K002", in: &mine)
        _ = try first.commit(mine, files: packed.touched)

        // The second desk, which has not seen that, packs the same book into K003: replayed on the library as it
        // now is, the desk's rule refuses it, and nothing is written.
        var theirs = try #require(second.current)
        let change = try Desk.pack(item: "5000000000006", into: "K003", in: &theirs)
        let before = try folder.read("crates.json")
        #expect(throws: DeskError.self) {
            _ = try second.commit(theirs, files: change.touched) { data in
                try Desk.pack(item: "5000000000006", into: "K003", in: &data).touched
            }
        }
        #expect(try folder.read("crates.json") == before)
    }

    @Test func aReplayThatStillAppliesKeepsBothDesksWork() throws {
        let (folder, first, second) = try library()
        var mine = try #require(first.current)
        let packed = try Desk.pack(item: "5000000000006", into: "K002", in: &mine)
        _ = try first.commit(mine, files: packed.touched)

        var theirs = try #require(second.current)
        theirs.crates[0].notes = "Hjørnet er slidt"
        let commit = try second.commit(theirs, files: [.crates]) { data in
            data.crates[0].notes = "Hjørnet er slidt"
            return [.crates]
        }
        #expect(commit.reloaded == [.crates])
        let crates = try LibraryStore(folder: folder.path).load().crates
        #expect(crates[0].notes == "Hjørnet er slidt")
        #expect(crates[1].itemBarcodes.contains("5000000000006"))
    }

    @Test func anotherDesksChangeIsSeenByRefreshRecordByRecord() throws {
        let (folder, first, second) = try library()
        defer { withExtendedLifetime(folder) {} }
        #expect(try second.refresh() == nil)
        var mine = try #require(first.current)
        mine.crates[1].notes = "Pakket igen"
        try first.save(mine, files: [.crates])

        let refresh = try #require(try second.refresh())
        #expect(refresh.files == [.crates])
        #expect(refresh.changes.map(\.recordID) == ["K002"])
        #expect(refresh.data.crates[1].notes == "Pakket igen")
        #expect(second.current == refresh.data)
        #expect(try second.refresh() == nil)
    }

    @Test func aNewSeasonFileAnotherDeskBeganIsPickedUp() throws {
        let (folder, first, second) = try library()
        var mine = try #require(first.current)
        var deposit = mine.deposits[1]
        deposit.id = "D2027-0001"
        deposit.createdOn = Day(year: 2027, month: 9, day: 1)!
        deposit.returnedOn = Day(year: 2027, month: 9, day: 20)
        mine.deposits.append(deposit)
        let season = mine.season(of: deposit)
        try first.save(mine, files: [.deposits(season)])
        #expect(FileManager.default.fileExists(atPath: folder.file(StoreFile.deposits(season).relativePath)))

        let refresh = try #require(try second.refresh())
        #expect(refresh.files == [.deposits(season)])
        #expect(refresh.data.deposits.contains { $0.id == "D2027-0001" })
    }

    @Test func aFileReplacedBetweenTheCheckAndTheRenameIsStillMerged() throws {
        let (folder, first, _) = try library()
        var mine = try #require(first.current)
        mine.staff[0].role = "koordinator"
        // Another program rewrites staff.json (as an editor does: a new file renamed over it) after this store has
        // staged its version and before the rename.
        var replaced = false
        first.beforeRename = { _ in
            guard !replaced else { return }
            replaced = true
            let edited = try folder.read("staff.json").replacingOccurrences(of: "Peter Holm", with: "Peter Holm Berg")
            try folder.write("staff.json.new", edited)
            rename(folder.file("staff.json.new"), folder.file("staff.json"))
        }
        try first.save(mine, files: [.staff])
        let staff = try LibraryStore(folder: folder.path).load().staff
        #expect(staff.contains { $0.name == "Peter Holm Berg" })
        #expect(staff[0].role == "koordinator")
    }

    @Test func eachCommitIsLoggedWithWhoAndWhatRecords() throws {
        let (folder, first, _) = try library()
        first.author = "S01"
        var mine = try #require(first.current)
        mine.crates[1].notes = "Ny elastik"
        _ = try first.commit(mine, files: [.crates], summary: "Kasse K002 rettet")
        let entries = ChangeLog.entries(folder: folder.path)
        let entry = try #require(entries.last)
        #expect(entry.by == "S01")
        #expect(entry.summary == "Kasse K002 rettet")
        #expect(entry.records.map(\.id) == ["K002"])
        #expect(entry.records.first?.before?.contains("Ny kasse") == true)
        #expect(entry.records.first?.after?.contains("Ny elastik") == true)
        #expect(ChangeLog.history(of: "K002", in: .crates, folder: folder.path).count == 1)
        #expect(ChangeLog.history(of: "K001", in: .crates, folder: folder.path).isEmpty)
    }

    @Test func aWriterWaitsForTheLockInsteadOfFailing() throws {
        let (folder, first, _) = try library()
        let fd = open(folder.file(".depot.lock"), O_RDWR)
        #expect(fd >= 0)
        #expect(flock(fd, LOCK_EX) == 0)
        let released = Thread {
            usleep(1_200_000)
            flock(fd, LOCK_UN)
            close(fd)
        }
        released.start()
        var told: [String] = []
        first.onWait = { told.append($0) }
        var mine = try #require(first.current)
        mine.crates[1].notes = "Efter ventetid"
        let started = Date()
        try first.save(mine, files: [.crates])
        #expect(Date().timeIntervalSince(started) >= 1.0)
        #expect(told.count == 1)
        #expect(try LibraryStore(folder: folder.path).load().crates[1].notes == "Efter ventetid")
    }
}

/// The check run on another desk's change: only what the changed files touch, and nothing it should find missed.
@Suite struct ScopedCheckTests {
    @Test func aDepositNamingABookTheCatalogueLacksIsFoundInItsChangedSeason() {
        var data = Fixtures.library()
        #expect(LibraryCheck.problems(in: data, changed: [.deposits(data.season(of: data.deposits[1]))]).isEmpty)
        data.deposits[1].itemBarcodes.append("9999999999999")
        let season = data.season(of: data.deposits[1])
        let found = LibraryCheck.problems(in: data, changed: [.deposits(season)])
        #expect(found.map(\.recordID) == [data.deposits[1].id.rawValue])
        #expect(found == LibraryCheck.problems(in: data))
    }

    @Test func aPartnerRemovedByHandIsFoundOnEveryDepositThatNamesIt() {
        var data = Fixtures.library()
        data.partners.removeAll { $0.id == "P001" }
        let found = LibraryCheck.problems(in: data, changed: [.partners])
        #expect(Set(found.compactMap(\.recordID)) == Set(data.deposits.map(\.id.rawValue)))
    }
}
