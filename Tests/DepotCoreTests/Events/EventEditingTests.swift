import Testing

@testable import DepotCore

@Suite("Editing events: tasks, notes, readers")
struct EventEditingTests {
    @Test func aTaskIsAddedTickedOffAndOpenedAgain() throws {
        var data = Fixtures.library()
        let task = EventTask(title: "Book salen", ownerID: "S02", dueOn: Fixtures.day("2026-12-01"))
        #expect(try data.addTask(task, at: .event("E2027-01")) == [.events])
        #expect(try data.setTask(0, at: .event("E2027-01"), doneOn: Fixtures.today) == [.events])
        #expect(
            data.events[0].tasks == [
                EventTask(title: "Book salen", ownerID: "S02", dueOn: task.dueOn, doneOn: Fixtures.today)
            ])
        try data.setTask(0, at: .event("E2027-01"), doneOn: nil)
        #expect(data.events[0].tasks == [task])
        #expect(throws: EventEditError.noSuchTask(place: "Syddjurs", number: 2, count: 1)) {
            var copy = data
            copy.events[0].title = "Syddjurs"
            try copy.setTask(1, at: .event("E2027-01"), doneOn: Fixtures.today)
        }
        #expect(throws: EventEditError.noSuchEvent("E1")) { try data.addTask(task, at: .event("E1")) }
    }

    @Test func aTaskIsCorrectedOrRemovedByItsNumber() throws {
        var data = Fixtures.library()
        let first = EventTask(title: "Book salen", ownerID: "S02", dueOn: Fixtures.day("2026-12-01"))
        let second = EventTask(title: "Inviter skoler", ownerID: "S02", dueOn: Fixtures.day("2026-12-15"))
        try data.addTask(first, at: .event("E2027-01"))
        try data.addTask(second, at: .event("E2027-01"))
        var corrected = first
        corrected.dueOn = Fixtures.day("2026-12-03")
        #expect(try data.replaceTask(0, at: .event("E2027-01"), with: corrected) == [.events])
        #expect(data.events[0].tasks == [corrected, second])
        #expect(throws: EventEditError.emptyText) {
            try data.replaceTask(
                0, at: .event("E2027-01"), with: EventTask(title: " ", ownerID: "S02", dueOn: first.dueOn))
        }
        #expect(try data.removeTask(0, at: .event("E2027-01")) == [.events])
        #expect(data.events[0].tasks == [second])
        #expect(throws: EventEditError.self) { try data.removeTask(1, at: .event("E2027-01")) }
    }

    @Test func aNoteGoesToTheTeamsLog() throws {
        var data = Fixtures.library()
        let note = LogNote(on: Fixtures.today, authorID: "S01", text: "Aftalt med skolerne")
        #expect(try data.addNote(note, at: .team("skofo")) == [.teams])
        #expect(data.teams[0].log == [note])
        #expect(throws: EventEditError.emptyText) {
            try data.addNote(LogNote(on: Fixtures.today, authorID: "S01", text: " "), at: .team("skofo"))
        }
    }

    @Test func eventNumbersCountPerYear() {
        var data = Fixtures.library()
        #expect(data.nextEventID(year: 2027) == "E2027-02")
        #expect(data.nextEventID(year: 2028) == "E2028-01")
        data.events[0].id = "E2027-09"
        #expect(data.nextEventID(year: 2027) == "E2027-10")
    }

    @Test func readersAreRegisteredForTheFirstRoundUntilTheNextHasReaders() throws {
        var competition = Competition(format: .syddjurs)
        let first = try competition.register(
            firstName: "Alma", className: "5.a", school: "Rønde Skole", schoolID: nil,
            book: Reader.Book(title: "Ulvepigen", author: "Anne Larsen"))
        let second = try competition.register(
            firstName: "Noah", className: "5.b", school: "Kolind Skole", schoolID: "P002", book: nil)
        #expect([first, second] == ["R01", "R02"])
        #expect(competition.rounds[0].readerIDs == ["R01", "R02"])
        #expect(competition.reader("R02")?.schoolID == "P002")
        competition.rounds[1].readerIDs = ["R01"]
        #expect(throws: EventEditError.registrationClosed(round: "Finale")) {
            try competition.register(firstName: "Ida", className: "5.c", school: "X", schoolID: nil, book: nil)
        }
    }

    @Test func judgesAreNumberedPerRound() throws {
        var competition = Competition(format: .syddjurs)
        #expect(try competition.addJudge(name: "Heidi", role: .storyteller, round: 1).id == "J1")
        #expect(try competition.addJudge(name: "Mette", role: .schoolConsultant, round: 1).id == "J2")
        #expect(try competition.addJudge(name: "Tove", role: .librarian, round: 0).id == "J1")
        #expect(competition.rounds[1].judges.map(\.name) == ["Heidi", "Mette"])
        #expect(throws: JudgeError.unknownRound(number: 3)) {
            try competition.addJudge(name: "X", role: .other, round: 2)
        }
    }

    @Test func staffAreFoundByIdOrAPartOfTheName() throws {
        let staff = Fixtures.library().staff
        #expect(try StaffLookup.find("s02", in: staff).get().id == "S02")
        #expect(try StaffLookup.find("peter", in: staff).get().id == "S02")
        #expect(try StaffLookup.find("LONE KJAER", in: staff).get().id == "S01")
        #expect(throws: StaffLookup.Failure.none("Bo")) { try StaffLookup.find("Bo", in: staff).get() }
    }
}
