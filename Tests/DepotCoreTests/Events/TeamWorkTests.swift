import Foundation
import Testing

@testable import DepotCore

@Suite("The team's work: task history, current staff, notes of several lines, reminders, meetings")
struct TeamWorkTests {
    /// S02 works until 2027-01-31; a day after it, they have left.
    static let afterS02Left = Fixtures.day("2027-02-01")

    @Test func tickingReopeningAndDeletingATaskIsRecordedWithWhoAndWhen() throws {
        var data = Fixtures.library()
        let place = WorkPlace.event("E2027-01")
        let task = EventTask(title: "Book salen", ownerID: "S01", dueOn: Fixtures.day("2026-12-01"))
        try data.addTask(task, at: place, by: "S01", on: Fixtures.today)
        try data.setTask(0, at: place, doneOn: Fixtures.today, by: "S02", on: Fixtures.today)
        let later = Fixtures.today.adding(days: 2)
        try data.setTask(0, at: place, doneOn: nil, by: "S01", on: later)
        #expect(
            data.events[0].tasks[0].history == [
                .init(.added, on: Fixtures.today, by: "S01"), .init(.done, on: Fixtures.today, by: "S02"),
                .init(.reopened, on: later, by: "S01"),
            ])
        try data.removeTask(0, at: place, by: "S02", on: later)
        #expect(data.events[0].tasks.isEmpty)
        #expect(data.events[0].removedTasks.map(\.title) == ["Book salen"])
        #expect(data.events[0].removedTasks[0].history.last == .init(.deleted, on: later, by: "S02"))
    }

    @Test func theHistoryAndTheDeletedTasksAreKeptInTheFile() throws {
        var data = Fixtures.library()
        let place = WorkPlace.team("skofo")
        try data.addTask(
            EventTask(title: "Inviter skoler", ownerID: "S01", dueOn: Fixtures.today), at: place, by: "S01",
            on: Fixtures.today)
        try data.addTask(
            EventTask(title: "Bestil diplomer", ownerID: "S01", dueOn: Fixtures.today), at: place, by: "S01",
            on: Fixtures.today)
        try data.setTask(0, at: place, doneOn: Fixtures.today, by: "S02", on: Fixtures.today)
        try data.removeTask(1, at: place, by: "S01", on: Fixtures.today)
        let bytes = try JSONEncoder().encode(data.teams[0])
        let back = try JSONDecoder().decode(PartnershipTeam.self, from: bytes)
        #expect(back == data.teams[0])
        #expect(back.tasks[0].history.map(\.action) == [.added, .done])
        #expect(back.removedTasks[0].history.map(\.action) == [.added, .deleted])
        // A task without history is written as before, without the key.
        let plain = try JSONEncoder().encode(EventTask(title: "x", ownerID: "S01", dueOn: Fixtures.today))
        #expect(!String(decoding: plain, as: UTF8.self).contains("history"))
    }

    @Test func aStaffMemberWhoHasLeftCannotSignANoteOrActOnATask() throws {
        var data = Fixtures.library()
        let place = WorkPlace.event("E2027-01")
        let left = EventEditError.staffLeft(name: "Peter Holm", id: "S02", endedOn: Fixtures.day("2027-01-31"))
        let before = data
        #expect(throws: left) {
            try data.addNote(LogNote(on: Self.afterS02Left, authorID: "S02", text: "Hej"), at: place)
        }
        #expect(throws: left) {
            try data.addTask(
                EventTask(title: "Book salen", ownerID: "S02", dueOn: Self.afterS02Left), at: place, by: "S01",
                on: Self.afterS02Left)
        }
        try data.addTask(
            EventTask(title: "Book salen", ownerID: "S01", dueOn: Self.afterS02Left), at: place, by: "S01",
            on: Self.afterS02Left)
        let withTask = data
        #expect(throws: left) {
            try data.setTask(0, at: place, doneOn: Self.afterS02Left, by: "S02", on: Self.afterS02Left)
        }
        #expect(throws: left) { try data.removeTask(0, at: place, by: "S02", on: Self.afterS02Left) }
        #expect(data == withTask)
        #expect(before.events[0].log == data.events[0].log)
        // On their last day they still may.
        try data.addNote(LogNote(on: Fixtures.day("2027-01-31"), authorID: "S02", text: "Sidste dag"), at: place)
        // The refusal names them and the day, in both languages.
        #expect(left.text(in: .danish).contains("Peter Holm (S02) stoppede 2027-01-31"))
        #expect(left.text(in: .english).contains("Peter Holm (S02) left on 2027-01-31"))
    }

    @Test func aNoteMayBeSeveralLinesAndIsTidied() throws {
        var data = Fixtures.library()
        let text = "\r\n  \nAftalt:\r\n- Rønde kommer   \n\n- Hornslet melder tilbage\n\n"
        try data.addNote(LogNote(on: Fixtures.today, authorID: "S01", text: text), at: .team("skofo"))
        #expect(data.teams[0].log.last?.text == "Aftalt:\n- Rønde kommer\n\n- Hornslet melder tilbage")
        #expect(throws: EventEditError.emptyText) {
            try data.addNote(LogNote(on: Fixtures.today, authorID: "S01", text: "\n \n\t\n"), at: .team("skofo"))
        }
        let lines = WorkPlaceText.lines(.team("skofo"), in: data, today: Fixtures.today, language: .danish)
        let start = try #require(lines.firstIndex { $0.hasSuffix("Lone Kjær: Aftalt:") })
        #expect(Array(lines[start + 1...start + 3]) == ["    - Rønde kommer", "", "    - Hornslet melder tilbage"])
    }

    @Test func remindersCoverOverdueTasksAndThoseDueWithinSevenDays() throws {
        var data = Fixtures.library()
        data.events[0].tasks = []
        data.teams[0].tasks = [
            EventTask(title: "For sent", ownerID: "S01", dueOn: Fixtures.today.adding(days: -2)),
            EventTask(title: "I dag", ownerID: "S01", dueOn: Fixtures.today),
            EventTask(title: "Om en uge", ownerID: "S01", dueOn: Fixtures.today.adding(days: 7)),
            EventTask(title: "Om otte dage", ownerID: "S01", dueOn: Fixtures.today.adding(days: 8)),
            EventTask(title: "Løst", ownerID: "S01", dueOn: Fixtures.today.adding(days: 1), doneOn: Fixtures.today),
        ]
        let reminders = tasksToRemind(data, Fixtures.today)
        #expect(reminders.map(\.task.title) == ["For sent", "I dag", "Om en uge"])
        let book = TextBook(.danish)
        #expect(reminders.map { $0.whenText(book) } == ["2 dage over fristen", "frist i dag", "frist om 7 dage"])
        #expect(reminders[2].whenText(TextBook(.english)) == "due in 7 days")
        #expect(overdueTasks(data, Fixtures.today).map(\.task.title) == ["For sent"])
    }

    @Test func aMeetingHasAnAgendaCurrentAttendeesAndMinutes() throws {
        var data = Fixtures.library()
        let day = Fixtures.day("2026-12-10")
        let id = try data.addMeeting(
            title: "Planlægningsmøde", team: "skofo", on: day, at: "14.00", venue: "Rønde Bibliotek",
            meeting: Meeting(agenda: ["Skolerunderne", " ", "Juryen\nhvem spørger vi?"], attendeeIDs: ["S01", "S02"]))
        let event = try #require(data.events.first { $0.id == id })
        #expect(event.kind == .meeting && event.teamID == "skofo" && event.startsOn == day)
        #expect(event.meeting?.agenda == ["Skolerunderne", "Juryen\nhvem spørger vi?"])
        try data.changeMeeting(id) { $0.minutes = "Vi holder skolerunder i uge 6.\nFinale i uge 11." }
        let text = MeetingText.text(data.events.first { $0.id == id }!, data: data, language: .danish)
        #expect(text.contains("Dagsorden:\n  1. Skolerunderne\n  2. Juryen\n     hvem spørger vi?"))
        #expect(text.contains("Deltagere:\n  Lone Kjær, Rønde Bibliotek\n  Peter Holm, Kolind Skole"))
        #expect(text.contains("Referat:\n  Vi holder skolerunder i uge 6.\n  Finale i uge 11."))
        #expect(text.contains("kl. 14.00"))
        let english = MeetingText.text(data.events.first { $0.id == id }!, data: data, language: .english)
        #expect(english.contains("Agenda:") && english.contains("Attendees:") && english.contains("Minutes:"))
        // A staff member who has left cannot attend a meeting after their last day; an unknown id is refused.
        let before = data
        #expect(throws: EventEditError.staffLeft(name: "Peter Holm", id: "S02", endedOn: Fixtures.day("2027-01-31"))) {
            try data.addMeeting(
                title: "Evaluering", team: "skofo", on: Self.afterS02Left, at: nil, venue: nil,
                meeting: Meeting(attendeeIDs: ["S01", "S02"]))
        }
        #expect(throws: EventEditError.noSuchStaff("S99")) {
            try data.changeMeeting(id) { $0.attendeeIDs = ["S99"] }
        }
        #expect(throws: EventEditError.attendeeTwice("Lone Kjær")) {
            try data.changeMeeting(id) { $0.attendeeIDs = ["S01", "S01"] }
        }
        #expect(throws: EventEditError.notAMeeting(data.events[0].title)) {
            try data.changeMeeting(data.events[0].id) { $0.minutes = "x" }
        }
        #expect(data == before)
    }

    @Test func theMeetingPageIsWellFormedHTMLForA4() throws {
        var data = Fixtures.library()
        let id = try data.addMeeting(
            title: "Møde <om> \"finalen\"", team: "skofo", on: Fixtures.today, at: nil, venue: nil,
            meeting: Meeting(agenda: ["Punkt & mere"], attendeeIDs: ["S01"], minutes: "Linje 1\nLinje 2\n\nAfsnit 2"))
        let html = MeetingText.html(data.events.first { $0.id == id }!, data: data, language: .danish)
        #expect(html.contains("<h1>Møde &lt;om&gt; &quot;finalen&quot;</h1>"))
        #expect(html.contains("<li>Punkt &amp; mere</li>"))
        #expect(html.contains("<p>Linje 1<br>\nLinje 2</p>\n<p>Afsnit 2</p>"))
        #expect(html.contains("size: A4"))
        #expect(!html.contains("<script"))
    }
}

@Suite("depot check on meetings")
struct MeetingCheckTests {
    @Test func anAttendeeWhoIsNotOnTheStaffIsReported() {
        var data = Fixtures.library()
        data.events.append(
            Event(
                id: "E2026-09", kind: .meeting, title: "Møde", startsOn: Fixtures.today, teamID: "skofo"))
        data.events[1].meeting = Meeting(attendeeIDs: ["S01", "S99"])
        let problems = EventReferences.problems(
            in: data, staffIDs: Set(data.staff.map(\.id)), partnerIDs: Set(data.partners.map(\.id)))
        #expect(problems.map { $0.text(in: .english) }.contains { $0.contains("attendee S99 is not in staff.json") })
        #expect(problems.map { $0.text(in: .danish) }.contains { $0.contains("deltager S99 er ikke i staff.json") })
        #expect(problems.filter { $0.text(in: .english).contains("attendee") }.map(\.recordID) == ["E2026-09"])
    }
}
