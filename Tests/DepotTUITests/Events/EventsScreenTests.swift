import Foundation
import Testing

@testable import DepotCore
@testable import DepotTUI

@Suite("Events tab")
struct EventsScreenTests {
    static let championship = Event.ID("E2027-01")

    /// The app on the Events tab with the championship selected (the tab opens on the next event to come).
    static func onChampionship(
        _ language: Language = .danish, data: LibraryData = ScreenTest.sample,
        persistence: RecordingPersistence = RecordingPersistence()
    ) -> AppState {
        var state = ScreenTest.app(language, data: data, persistence: persistence)
        state.press(.character("8"))
        while let screen = state.eventsScreen, screen.selectedEvent(state.context)?.id != championship {
            let before = screen.selectedEvent(state.context)?.id
            state.press(.down)
            if state.eventsScreen?.selectedEvent(state.context)?.id == before { break }
        }
        return state
    }

    @Test("the tab matches its snapshots at 80×24 and 120×40", arguments: [(80, 24), (120, 40)])
    func snapshots(columns: Int, rows: Int) {
        var state = Self.onChampionship()
        let grid = AppFixtures.render(&state, columns: columns, rows: rows)
        expectSnapshot(grid, named: "events-\(columns)x\(rows)")
        #expect(ScreenTest.garbage(in: grid.lines(), width: columns) == [])
    }

    @Test("the tab opens on the next event to come")
    func opensOnNextEvent() throws {
        var state = ScreenTest.app()
        state.press(.character("8"))
        let selected = try #require(state.eventsScreen?.selectedEvent(state.context))
        let upcoming = ScreenTest.sample.events.filter { $0.startsOn >= ScreenTest.today }.map(\.startsOn)
        #expect(selected.startsOn == upcoming.min())
    }

    @Test("the detail shows tasks with owner and due day, overdue marked, and each round's state")
    func detail() {
        var state = Self.onChampionship()
        let screen = ScreenTest.screen(&state, width: 100, height: 80).joined(separator: "\n")
        #expect(screen.contains("Send invitation og regler til skolerne – Lene Ebbesen, 20.11.2026 – OVER TID 3 d."))
        #expect(screen.contains("[x] 1. Book salen til finalen"))
        #expect(screen.contains("1. Skolerunde 18.02.2027: 16 oplæsere, 2 dommere – ikke bedømt"))
        #expect(screen.contains("2. Finale 18.03.2027: 0 oplæsere, 3 dommere – ingen oplæsere endnu"))
    }

    @Test("t switches to the partnership teams: members, coordinator, aims and targets")
    func teams() {
        var state = Self.onChampionship(.english)
        state.press(.character("t"))
        #expect(state.eventsScreen?.view == .teams)
        let screen = ScreenTest.screen(&state, width: 100, height: 80).joined(separator: "\n")
        #expect(screen.contains("Partnerships (1)"))
        #expect(screen.contains("Karen Iversen – public library, Rønde Bibliotek (coordinator)"))
        #expect(screen.contains("Outcome targets 2026/27"))
        #expect(screen.contains("7 skoler deltager: 7 – schools taking part · so far 0"))
        #expect(screen.contains("2 fælles planlægningsmøder pr. halvår: 2 – counted by the team"))
        #expect(ScreenTest.garbage(in: ScreenTest.screen(&state), width: 80) == [])
    }

    @Test("a task added in the form is saved to events.json with its owner and due day")
    func addTask() throws {
        let persistence = RecordingPersistence()
        var state = Self.onChampionship(persistence: persistence)
        state.press(.character("a"))
        #expect(state.form?.fields[1].text == "Karen Iversen")
        state.type("Bestil kage til finalen")
        state.press(.tab, .right, .tab)
        state.type("2027-03-10")
        state.press(.control("s"))
        #expect(state.form == nil)
        #expect(persistence.savedFiles.last == [.events])
        let event = try #require(persistence.lastSaved?.events.first { $0.id == Self.championship })
        let task = try #require(event.tasks.last)
        #expect(task.title == "Bestil kage til finalen" && task.ownerID == "S02")
        #expect(task.dueOn == Day(year: 2027, month: 3, day: 10)!)
        // Its history starts with the day it was added.
        #expect(task.history.map(\.action) == [.added] && task.history.first?.on == ScreenTest.today)
        #expect(state.message == "Opgave gemt: Bestil kage til finalen")
    }

    @Test("e on a task in the detail corrects it and keeps it done; d asks, then deletes it")
    func editAndDeleteTask() throws {
        let persistence = RecordingPersistence()
        var state = Self.onChampionship(persistence: persistence)
        let before = try #require(ScreenTest.sample.events.first { $0.id == Self.championship }?.tasks)
        #expect(before[0].isDone)
        state.press(.tab, .character("e"))
        #expect(state.form?.fields[0].text == before[0].title)
        state.press(.control("u"))
        state.type("Book salen til finalen og skolerunden")
        state.press(.control("s"))
        #expect(state.form == nil)
        var tasks = try #require(persistence.lastSaved?.events.first { $0.id == Self.championship }?.tasks)
        #expect(tasks[0].title == "Book salen til finalen og skolerunden")
        #expect(tasks[0].doneOn == before[0].doneOn && tasks[0].ownerID == before[0].ownerID)
        #expect(tasks.count == before.count)

        state.press(.character("d"))
        #expect(state.confirmation?.question == "Slet opgaven „Book salen til finalen og skolerunden“?")
        #expect(MessagesFitTests.missingWords(state.confirmation?.question ?? "", on: ScreenTest.screen(&state)) == [])
        state.press(.character("n"))
        #expect(persistence.savedFiles.count == 1)
        state.press(.character("d"), .character("j"))
        tasks = try #require(persistence.lastSaved?.events.first { $0.id == Self.championship }?.tasks)
        #expect(tasks.map(\.title) == before.dropFirst().map(\.title))
        #expect(state.message == "Opgave slettet: Book salen til finalen og skolerunden")
    }

    @Test("space ticks the task under the cursor done today, and again opens it")
    func toggleTask() throws {
        let persistence = RecordingPersistence()
        var state = Self.onChampionship(persistence: persistence)
        state.press(.character(" "))
        #expect(state.message == "Vælg opgaven: Tab, så ↑ ↓ og mellemrum")
        #expect(persistence.savedFiles.isEmpty)
        state.press(.tab, .down, .character(" "))
        var task = try #require(persistence.lastSaved?.events.first { $0.id == Self.championship }?.tasks[1])
        #expect(task.title == "Send invitation og regler til skolerne")
        #expect(task.doneOn == ScreenTest.today)
        #expect(persistence.savedFiles == [[.events]])
        state.press(.character("x"))
        task = try #require(persistence.lastSaved?.events.first { $0.id == Self.championship }?.tasks[1])
        #expect(task.doneOn == nil)
    }

    @Test("ticking and deleting a task records the staff member at the desk; one who has left is refused")
    func taskHistoryOnTheScreen() throws {
        let persistence = RecordingPersistence()
        persistence.deskAuthor = "S02"
        var state = Self.onChampionship(persistence: persistence)
        state.press(.tab, .down, .character(" "))
        var event = try #require(persistence.lastSaved?.events.first { $0.id == Self.championship })
        #expect(event.tasks[1].history == [.init(.done, on: ScreenTest.today, by: "S02")])
        // The detail pane says who did it.
        #expect(ScreenTest.screen(&state, width: 140, height: 45).contains { $0.contains("løst af Tove Madsen") })
        state.press(.character("d"), .character("j"))
        event = try #require(persistence.lastSaved?.events.first { $0.id == Self.championship })
        #expect(event.removedTasks.last?.title == "Send invitation og regler til skolerne")
        #expect(event.removedTasks.last?.history.last == .init(.deleted, on: ScreenTest.today, by: "S02"))
        #expect(ScreenTest.screen(&state, width: 140, height: 45).contains { $0.contains("Slettede opgaver") })

        let saves = persistence.savedFiles.count
        persistence.deskAuthor = "S08"
        state.press(.character(" "))
        #expect(persistence.savedFiles.count == saves)
        #expect(state.message.contains("Merete Christensen (S08) stoppede 2026-05-31"))
    }

    @Test("a note is signed by the member chosen and dated today; the next one offers the same author")
    func note() throws {
        let persistence = RecordingPersistence()
        var state = Self.onChampionship(persistence: persistence)
        state.press(.character("o"))
        #expect(state.form?.fields[0].text == "Karen Iversen")
        state.press(.right, .right, .tab)
        state.type("Rosmus Skole kommer med to klasser.")
        state.press(.enter)
        #expect(state.form == nil)
        let log = try #require(persistence.lastSaved?.events.first { $0.id == Self.championship }?.log)
        #expect(log.last == LogNote(on: ScreenTest.today, authorID: "S03", text: "Rosmus Skole kommer med to klasser."))
        state.press(.character("o"))
        #expect(state.form?.fields[0].text == "Lene Ebbesen")
        let screen = ScreenTest.screen(&state, width: 120, height: 60)
        #expect(screen.contains { $0.contains("Ny note: Syddjursmesterskaberne i oplæsning 2027 (2026-11-23)") })
    }

    @Test("the team's tasks and notes are saved to teams.json")
    func teamTask() throws {
        let persistence = RecordingPersistence()
        var state = Self.onChampionship(persistence: persistence)
        state.press(.character("t"), .character("a"))
        state.type("Planlægningsmøde i januar")
        state.press(.tab, .tab)
        state.type("2027-01-12")
        state.press(.enter)
        #expect(persistence.savedFiles.last == [.teams])
        #expect(persistence.lastSaved?.teams.first?.tasks.last?.title == "Planlægningsmøde i januar")
    }

    @Test("a reader is registered for the first round with first name, class, school and book only")
    func registerReader() throws {
        let persistence = RecordingPersistence()
        var state = Self.onChampionship(persistence: persistence)
        state.press(.character("r"))
        state.type("Ida")
        state.press(.tab)
        state.type("5.c")
        state.press(.tab, .right, .tab)
        state.type("Ronja Røverdatter")
        state.press(.tab)
        state.type("Astrid Lindgren")
        state.press(.enter)
        // Kolind Centralskole is a partner but no school of the competition yet: asked first, then made one.
        #expect(state.form?.asking?.question == "Ny skole „Kolind Centralskole“ – opret den?")
        #expect(persistence.lastSaved == nil)
        state.press(.character("j"))
        let competition = try #require(
            persistence.lastSaved?.events.first { $0.id == Self.championship }?.competition)
        let reader = try #require(competition.readers.last)
        #expect(reader.firstName == "Ida")
        #expect(reader.className == "5.c")
        #expect(reader.school == "Kolind Centralskole")
        #expect(reader.schoolID == "P025")
        #expect(reader.book == Reader.Book(title: "Ronja Røverdatter", author: "Astrid Lindgren"))
        #expect(competition.rounds[0].readerIDs.last == reader.id)
        #expect(competition.school(named: "Kolind Centralskole")?.partnerID == "P025")
    }

    @Test("J adds a judge to the round under the cursor; s and k open that round's scoring and ranking")
    func judgeAndRound() throws {
        let persistence = RecordingPersistence()
        var state = Self.onChampionship(persistence: persistence)
        // The cursor passes the four tasks to the rounds: 1. Skolerunde, 2. Finale.
        state.press(.tab, .down, .down, .down, .down, .down)
        state.press(.character("J"))
        #expect(state.form?.title == "Ny dommer til Finale")
        state.type("Ole Lund")
        state.press(.tab, .right, .control("s"))
        #expect(state.form == nil)
        let round = try #require(
            persistence.lastSaved?.events.first { $0.id == Self.championship }?.competition?.rounds[1])
        #expect(round.judges.last == Judge(id: "J4", name: "Ole Lund", role: .schoolConsultant))
        state.press(.character("s"))
        #expect(state.overlay is ScoreEntryOverlay)
        let screen = ScreenTest.screen(&state).joined(separator: "\n")
        #expect(screen.contains("Finale"))
    }

    @Test("a new event made from a ready-made format is a competition with the format's rounds")
    func newCompetition() throws {
        let persistence = RecordingPersistence()
        var state = Self.onChampionship(persistence: persistence)
        state.press(.character("n"))
        let fields = try #require(state.form?.fields.map(\.label))
        state.press(.tab)
        state.type("Vorlæsning 2028")
        state.press(.tab, .tab, .tab, .control("u"))
        state.type("2028-03-01")
        state.press(.control("s"))
        #expect(state.form?.focus == fields.count - 1)
        #expect(state.form?.fields.last?.error == "vælg det format, konkurrencen følger (←/→)")
        state.press(.right, .right)
        #expect(state.form?.fields.last?.text == "Vorlesewettbewerb")
        state.press(.control("s"))
        #expect(state.form == nil)
        let event = try #require(persistence.lastSaved?.events.first { $0.title == "Vorlæsning 2028" })
        #expect(event.id == "E2028-01")
        #expect(event.kind == .readingCompetition)
        #expect(event.competition?.format == .vorlesewettbewerb)
        #expect(event.competition?.rounds.count == 4)
        #expect(state.eventsScreen?.selectedEvent(state.context)?.id == "E2028-01")
    }

    @Test("partners are named in the form by name or id; a name that fits none is explained in the screen's language")
    func partnersField() throws {
        let persistence = RecordingPersistence()
        var state = Self.onChampionship(persistence: persistence)
        state.press(.character("e"))
        let field = try #require(state.form?.fields.firstIndex { $0.label == "Skoler/børnehaver" })
        for _ in 0..<field { state.press(.tab) }
        state.press(.control("u"))
        state.type("zzz")
        state.press(.tab)
        #expect(state.form?.fields[field].error == "ingen partner hedder „zzz“ eller har det id")
        state.press(.backTab, .control("u"))
        state.type("Kolind, P013")
        state.press(.control("s"))
        let event = try #require(persistence.lastSaved?.events.first { $0.id == Self.championship })
        #expect(event.partnerIDs == ["P025", "P013"])
    }

    @Test("actual attendance and outcome notes are recorded by editing the event")
    func editOutcome() throws {
        let persistence = RecordingPersistence()
        var state = Self.onChampionship(.english, persistence: persistence)
        state.press(.character("e"))
        let labels = try #require(state.form?.fields.map(\.label))
        let children = try #require(labels.firstIndex(of: "Children came"))
        for _ in 0..<children { state.press(.tab) }
        state.type("275")
        state.press(.tab)
        state.type("41")
        state.press(.tab)
        state.type("Full hall; two schools want a heat of their own.")
        state.press(.control("s"))
        let event = try #require(persistence.lastSaved?.events.first { $0.id == Self.championship })
        #expect(event.actual == Attendance(children: 275, adults: 41))
        #expect(event.outcomeNotes == "Full hall; two schools want a heat of their own.")
        #expect(event.competition == ScreenTest.sample.events.first { $0.id == Self.championship }?.competition)
    }

    @Test("p offers the round's printouts; r prints the results")
    func printMenu() {
        var state = Self.onChampionship()
        state.press(.character("p"))
        #expect(state.eventsScreen?.printMenuRound == 0)
        let screen = ScreenTest.screen(&state)
        #expect(screen.contains { $0.contains("Udskriv: Skolerunde") })
        state.press(.character("o"))
        let jobs = state.takePrintJobs()
        #expect(jobs.map(\.name) == ["raekkefoelge-E2027-01-1.txt"])
        #expect(jobs.first?.text.contains("Alma") == true)
        #expect(state.eventsScreen?.printMenuRound == nil)
        // Certificates are a web page, one reader per printed page.
        state.press(.character("p"), .character("c"))
        let certificates = state.takePrintJobs()
        #expect(certificates.map(\.name) == ["diplomer-E2027-01-1.html"])
        let html = certificates.first?.text ?? ""
        #expect(html.contains("<html") && html.contains("Alma") && html.contains("Rønde Skole"))
    }

    @Test("a web page is saved for the browser and never handed to lp, which would print its source")
    func htmlIsNotSentToThePrinter() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("depot-print-\(UUID())").path
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let message = Printing.send(
            PrintJob(name: "diplomer.html", text: "<html></html>"), libraryFolder: folder, terminal: nil,
            strings: Strings(.danish))
        #expect(message == "Gemt: \(folder)/printouts/diplomer.html – åbn den i en browser og udskriv derfra")
        #expect(FileManager.default.fileExists(atPath: "\(folder)/printouts/diplomer.html"))
    }

    @Test("the purge line shows only when readers' names are past the retention period; D removes them")
    func purge() throws {
        var state = Self.onChampionship()
        #expect(!ScreenTest.screen(&state).joined().contains("Databeskyttelse"))
        state.press(.character("D"))
        #expect(state.message == "Ingen oplæseres navne skal slettes nu")

        let later = Day(year: 2028, month: 3, day: 18)!
        let persistence = RecordingPersistence()
        var due = AppState(
            context: AppContext(data: ScreenTest.sample, today: later, strings: Strings(.danish)),
            persistence: persistence)
        due.press(.character("8"))
        let lines = ScreenTest.screen(&due)
        #expect(lines[2].contains("Databeskyttelse: 16 oplæseres navne er gemt over 12 måneder"))
        #expect(ScreenTest.garbage(in: lines, width: 80) == [])
        due.press(.character("D"))
        let question = try #require(due.confirmation?.question)
        #expect(question == "Slet fornavnene på 16 oplæsere? Klasse, skole og point bevares.")
        #expect(MessagesFitTests.missingWords(question, on: ScreenTest.screen(&due)) == [], "shown whole at 80×24")
        due.press(.character("j"))
        let competition = try #require(
            persistence.lastSaved?.events.first { $0.id == Self.championship }?.competition)
        #expect(competition.anonymisedOn == later)
        #expect(competition.readers.first?.firstName == "Oplæser 1")
        // The same core as `depot purge`: the names are saved, the other copies forgotten, the note saved again.
        #expect(persistence.savedFiles == [[.events], [.events]])
        #expect(
            persistence.forgotten == ["backups of events.json", "temporary files of events.json", "output files"])
        #expect(
            due.message == "Navnene på 16 oplæsere er slettet, og 0 filer med navnene (backups, udskrifter) – se loggen"
        )
        #expect(!ScreenTest.screen(&due).joined().contains("Databeskyttelse"))
    }
}

extension AppState {
    var eventsScreen: EventsScreen? { tabs[7] as? EventsScreen }
}
