import Foundation
import Testing

@testable import DepotCore

/// The change log is read back from its end: the last whole entry is found however large it is (a re-plan's entry
/// holds two versions of a season's plan, far more than 64 KB), so that Ctrl-Z can undo it.
@Suite struct ChangeLogReaderTests {
    /// One entry of `desk` changing crate `id`, its versions padded to about `size` bytes.
    private func append(_ desk: String, _ id: String, size: Int, in folder: String) {
        let note = String(repeating: "x", count: size / 2)
        ChangeLog.append(
            summary: "Kasse \(id) rettet", author: nil, desk: desk,
            changes: [
                RecordChange(
                    file: .crates, recordID: id, before: "{\"id\":\"\(id)\",\"notes\":\"a\(note)\"}",
                    after: "{\"id\":\"\(id)\",\"notes\":\"b\(note)\"}")
            ], in: folder)
    }

    /// An entry's time in UTC to the millisecond, every field padded: the log sorts by it as text.
    @Test func anEntrysTimeIsUTCPaddedToTheMillisecond() {
        #expect(ChangeLog.timestamp(Date(timeIntervalSince1970: 1_764_000_000.5)) == "2025-11-24T16:00:00.500Z")
        #expect(ChangeLog.timestamp(Date(timeIntervalSince1970: 946_684_800.25)) == "2000-01-01T00:00:00.250Z")
        #expect(ChangeLog.timestamp(Date(timeIntervalSince1970: 1_000_000_007)) == "2001-09-09T01:46:47.000Z")
    }

    @Test(arguments: [70_000, 65_536, 200_000, 1_500_000])
    func theLastEntryIsFoundWholeHoweverLarge(size: Int) throws {
        let folder = Fixtures.temporaryFolder()
        append("desk-a/1", "K001", size: 100, in: folder.path)
        append("desk-b/2", "K002", size: size, in: folder.path)
        let last = try #require(ChangeLog.lastChange(by: "desk-b/2", folder: folder.path))
        #expect(last.records.map(\.id) == ["K002"])
        #expect(last.records[0].after?.count ?? 0 > size / 2)
        #expect(last.records[0].after?.hasSuffix("x\"}") == true)
        #expect(ChangeLog.recentEntries(folder: folder.path).last == last)
        // The small entry before it, though it ends more than 64 KB from the end, is still found by its desk.
        #expect(ChangeLog.lastChange(by: "desk-a/1", folder: folder.path)?.records.map(\.id) == ["K001"])
    }

    @Test func aDesksLastChangeIsFoundBehindLargerChangesOfOtherDesks() throws {
        let folder = Fixtures.temporaryFolder()
        append("desk-a/1", "K001", size: 300_000, in: folder.path)
        append("desk-a/1", "K003", size: 90_000, in: folder.path)
        for number in 0..<3 { append("desk-b/2", "K00\(number + 4)", size: 80_000, in: folder.path) }
        let mine = try #require(ChangeLog.lastChange(by: "desk-a/1", folder: folder.path))
        #expect(mine.records.map(\.id) == ["K003"])
        #expect(ChangeLog.lastChange(by: "desk-c/3", folder: folder.path) == nil)
        // Recent: the entries ending in the last 64 KB, each whole — here the newest only.
        #expect(ChangeLog.recentEntries(folder: folder.path).map(\.records.first?.id) == ["K006"])
    }

    @Test func recentEntriesAreThoseEndingInTheLast64KBInOrder() {
        let folder = Fixtures.temporaryFolder()
        append("desk-a/1", "K001", size: 100_000, in: folder.path)
        // About 400 bytes each: 80 KB in all, so the oldest of them and the large one are further back.
        for number in 0..<200 { append("desk-b/2", "K\(number)", size: 200, in: folder.path) }
        let recent = ChangeLog.recentEntries(folder: folder.path).map { $0.records[0].id }
        #expect(recent.count > 100 && recent.count < 200, "\(recent.count)")
        #expect(recent == (200 - recent.count..<200).map { "K\($0)" })
        #expect(ChangeLog.entries(folder: folder.path).count == 201)
    }

    @Test func anUndoOfARePlanLargerThan64KBIsFoundAndPutsThePlanBack() throws {
        let folder = Fixtures.temporaryFolder()
        let season = Season(startYear: 2027)
        let today = Day(year: 2026, month: 11, day: 23)!
        // A town's plan: one version of it alone is larger than 64 KB.
        var data = LibraryGenerator(scale: .town, seed: 2026, today: today).generate()
        try LibraryStore.create(folder: folder.path, with: data).close()
        let store = try LibraryStore(folder: folder.path)
        data = try store.load()
        data.setPlan(SeasonPlan(draft: RotationPlanner.plan(PlanRequest(season: season), data: data)))
        _ = try store.commit(data, files: [.plan(season)], summary: "Planlagt 2027/28")
        var replanned = try #require(store.current)
        let first = replanned.plan(for: season)
        var plan = try #require(replanned.plan(for: season))
        let moved = try #require(plan.draft.visits.first { $0.kind == .exchange })
        let didMove = plan.draft.move(moved.id, to: moved.day.adding(days: 7))
        #expect(didMove)
        replanned.setPlan(plan)
        _ = try store.commit(replanned, files: [.plan(season)], summary: "Planlagt igen")
        let history = folder.path + "/" + ChangeLog.folderName
        let log = try #require(try FileManager.default.contentsOfDirectory(atPath: history).first)
        let lines = try String(contentsOfFile: history + "/" + log, encoding: .utf8).split(separator: "\n")
        #expect(lines.count == 2)
        #expect(
            lines.last?.utf8.count ?? 0 > ChangeLog.recentBytes, "the re-plan's entry holds two versions of the plan")
        let entry = try #require(ChangeLog.lastChange(by: store.desk, folder: folder.path))
        #expect(entry.summary == "Planlagt igen")
        let undone = try ChangeLog.undoing(entry, in: try #require(store.current))
        #expect(undone.files == [.plan(season)])
        #expect(undone.data.plan(for: season) == first)
        #expect(undone.data.plan(for: season) != store.current?.plan(for: season))
    }
}
