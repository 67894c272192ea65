import Testing

@testable import DepotCore

/// Whom a sync's commit is by: the staff member who made the changes it carries, not whoever ran the sync.
struct SyncAuthorTests {
    private let staff = Fixtures.library().staff

    private func entry(_ by: String?) -> ChangeLog.Entry {
        ChangeLog.Entry(at: "2026-12-02T10:00:00.000Z", by: by, desk: "skranke/1", summary: "x", records: [])
    }

    @Test func oneStaffMembersChangesAreTheirsWhoeverSyncs() {
        let authors = LibrarySync.authors(of: [entry("S02"), entry("S02")], syncedBy: "S01", staff: staff)
        #expect(authors.map(\.id) == ["S02"])
        #expect(LibrarySync.authors(of: [entry("S02")], syncedBy: nil, staff: staff).map(\.id) == ["S02"])
    }

    @Test func severalStaffMembersPutTheDesksFirstElseWhoDidMost() {
        let entries = [entry("S02"), entry("S01"), entry("S02"), entry(nil)]
        #expect(LibrarySync.authors(of: entries, syncedBy: "S01", staff: staff).map(\.id) == ["S01", "S02"])
        #expect(LibrarySync.authors(of: entries, syncedBy: nil, staff: staff).map(\.id) == ["S02", "S01"])
        #expect(LibrarySync.authors(of: entries, syncedBy: "S09", staff: staff).map(\.id) == ["S02", "S01"])
    }

    @Test func changesWithoutAKnownNameLeaveTheCommitToTheDesk() {
        #expect(LibrarySync.authors(of: [], syncedBy: "S01", staff: staff).isEmpty)
        #expect(LibrarySync.authors(of: [entry(nil), entry("S77")], syncedBy: "S01", staff: staff).isEmpty)
    }
}

/// A sync's commit carries its change log entries to the other machines, whose change log takes them in as made
/// there, by the staff member who made them: the history of a record and "changed elsewhere" name the right person.
struct SyncTakenInTests {
    @Test func anEntryTravelsInItsCommitsTrailerWithItsRecords() {
        let entry = ChangeLog.Entry(
            at: "2026-12-02T10:00:00.000Z", by: "S02", desk: "filial-hornslet/4711",
            summary: "Noted in E2027-01, signed „Tove“\nsecond line",
            records: [
                .init(file: "events.json", id: "E2027-01", before: "{}", after: "{}"),
                .init(file: "items/05.json", id: "odd id,with%", before: nil, after: "{}"),
            ])
        let trailer = LibrarySync.trailer(for: entry)
        #expect(trailer.hasPrefix("Depot-Change: 2026-12-02T10:00:00.000Z S02 filial-hornslet "))
        #expect(!trailer.contains("\n"))
        let log = "S02: 1 change\n\n2026-12-02 10:00 S02: Noted\n\n\(trailer)\n\u{0}other commit\n\u{0}"
        let taken = LibrarySync.takenIn(log)
        #expect(taken.count == 1)
        let back = taken.first
        #expect(back?.at == entry.at && back?.by == "S02")
        #expect(back?.desk == "filial-hornslet/sync")
        #expect(back?.summary == "Noted in E2027-01, signed „Tove“ second line")
        #expect(back?.records.map(\.file) == ["events.json", "items/05.json"])
        #expect(back?.records.map(\.id) == ["E2027-01", "odd id,with%"])
        #expect(back?.records.allSatisfy { $0.before == nil && $0.after == nil } == true)
    }

    @Test func anEntryWithoutAStaffMemberOrRecordsStillTravels() {
        let entry = ChangeLog.Entry(at: "2026-12-02T10:00:00.000Z", by: nil, desk: "pc/1", summary: "", records: [])
        let back = LibrarySync.takenIn(LibrarySync.trailer(for: entry))
        #expect(back.count == 1 && back.first?.by == nil && back.first?.records.isEmpty == true)
    }
}
