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
