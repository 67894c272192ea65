import Testing

@testable import DepotCore

@Suite("Event references")
struct EventReferencesTests {
    static func check(_ data: LibraryData) -> [String] {
        let problems = EventReferences.problems(
            in: data, staffIDs: Set(data.staff.map(\.id)), partnerIDs: Set(data.partners.map(\.id)))
        return problems.map(\.description)
    }

    /// The fixture library with a task, a note and a competition whose references all hold.
    static func library() -> LibraryData {
        var data = Fixtures.library()
        data.teams[0].tasks = [EventTask(title: "Møde", ownerID: "S01", dueOn: Fixtures.day("2026-12-01"))]
        data.teams[0].log = [LogNote(on: Fixtures.day("2026-11-01"), authorID: "S02", text: "Aftalt")]
        data.events[0].tasks = [EventTask(title: "Book salen", ownerID: "S02", dueOn: Fixtures.day("2026-12-01"))]
        data.events[0].log = [LogNote(on: Fixtures.day("2026-11-02"), authorID: nil, text: "Depot skrev")]
        var competition = Competition(
            format: .syddjurs,
            readers: [
                Reader(id: "R01", firstName: "Alma", className: "5.a", school: "Kolind Skole", schoolID: "P002"),
                Reader(id: "R02", firstName: "Noah", className: "5.b", school: "Rønde Skole"),
            ])
        competition.rounds[0].judges = [Judge(id: "J1", name: "Heidi", role: .storyteller)]
        _ = try? competition.enter(
            4, reader: "R01", criterion: "technique", judge: "J1", round: 0, by: nil, on: Fixtures.today)
        data.events[0].competition = competition
        return data
    }

    @Test func referencesThatHoldAreNoProblem() {
        #expect(Self.check(Self.library()) == [])
        #expect(LibraryCheck.problems(in: Self.library()) == [])
    }

    @Test func theSampleLibraryHasNoProblem() {
        #expect(Self.check(LibraryGenerator(scale: .sample).generate()) == [])
    }

    @Test func taskOwnersAndNoteAuthorsMustBeStaff() {
        var data = Self.library()
        data.teams[0].tasks[0].ownerID = "S77"
        data.teams[0].log[0].authorID = "S78"
        data.events[0].tasks[0].ownerID = "S79"
        data.events[0].log.append(LogNote(on: Fixtures.day("2026-11-03"), authorID: "S80", text: "?"))
        #expect(
            Self.check(data) == [
                "teams.json, record skofo: task 1 (Møde) is owned by S77, who is not in staff.json",
                "teams.json, record skofo: the note of 2026-11-01 is signed by S78, who is not in staff.json",
                "events.json, record E2027-01: task 1 (Book salen) is owned by S79, who is not in staff.json",
                "events.json, record E2027-01: the note of 2026-11-03 is signed by S80, who is not in staff.json",
            ])
    }

    @Test func readersComeFromSchoolsThatArePartners() {
        var data = Self.library()
        data.events[0].competition?.readers[0].schoolID = "P999"
        data.events[0].competition?.readers[1].schoolID = "P001"
        #expect(
            Self.check(data) == [
                "events.json, record E2027-01: reader R01 comes from school P999, which is not in partners.json",
                "events.json, record E2027-01: reader R02 comes from P001, which is not a school in partners.json",
            ])
    }

    @Test func roundsNameOnlyTheCompetitionsReadersAndJudges() {
        var data = Self.library()
        data.events[0].competition?.rounds[1].readerIDs = ["R09"]
        data.events[0].competition?.rounds[0].judges = []
        #expect(
            Self.check(data) == [
                "events.json, record E2027-01: round 1 (Skolerunde) has a score sheet of judge J1, "
                    + "who is not a judge of the round",
                "events.json, record E2027-01: round 2 (Finale) lists reader R09, "
                    + "who is not among the competition's readers",
            ])
    }

    @Test func libraryCheckListsThemAfterTheTeamsAndEvents() {
        var data = Self.library()
        data.events[0].tasks[0].ownerID = "S79"
        data.events[0].teamID = "nobody"
        #expect(
            LibraryCheck.problems(in: data).map(\.description) == [
                "events.json, record E2027-01: team nobody does not exist",
                "events.json, record E2027-01: task 1 (Book salen) is owned by S79, who is not in staff.json",
            ])
    }
}
