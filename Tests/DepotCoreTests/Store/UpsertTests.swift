import Testing

@testable import DepotCore

@Suite("Saving a record from a form")
struct UpsertTests {
    static func member(_ id: String, _ name: String) -> StaffMember {
        StaffMember(
            id: StaffMember.ID(id), name: name, affiliation: .init(kind: .publicLibrary, institution: "Rønde"),
            role: "bibliotekar")
    }

    @Test("an edited record replaces the one with its id, in place")
    func replaces() {
        var staff = [Self.member("S01", "Karen"), Self.member("S02", "Lene"), Self.member("S03", "Tove")]
        staff.upsert(Self.member("S02", "Lene Ebbesen"))
        #expect(staff.map(\.name) == ["Karen", "Lene Ebbesen", "Tove"])
    }

    @Test("a new record goes where its id belongs, so the file stays in id order")
    func inserts() {
        var staff = [Self.member("S01", "Karen"), Self.member("S03", "Tove")]
        staff.upsert(Self.member("S02", "Lene"))
        staff.upsert(Self.member("S09", "Sanne"))
        staff.upsert(Self.member("S00", "Anna"))
        #expect(staff.map(\.id.rawValue) == ["S00", "S01", "S02", "S03", "S09"])
    }
}
