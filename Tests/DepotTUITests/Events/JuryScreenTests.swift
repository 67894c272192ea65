import Foundation
import Testing

@testable import DepotCore
@testable import DepotTUI

/// The championship as juries run it, on the Events tab: readers from any school, heats, judges as records (own
/// school flagged, absent), withdrawn readers, the draw and overtime.
@Suite("Events tab: the championship's juries")
struct JuryScreenTests {
    static let championship = EventsScreenTests.championship
    static let sizes = [(80, 24), (120, 40)]

    /// The sample with the championship's readers' schools as school records, and, with `heats`, its first round
    /// held as two school heats on different days (the first takes the round's readers and judges).
    static func library(heats: Bool = false, penalty: OvertimePenalty? = nil) -> LibraryData {
        var data = ScreenTest.sample
        let index = data.events.firstIndex { $0.id == championship }!
        var competition = data.events[index].competition!
        for reader in competition.readers { competition.addSchool(named: reader.school) }
        if heats {
            _ = try! competition.addHeat(
                round: 0, name: "Rønde Skole", day: Day(year: 2027, month: 2, day: 18), venue: "Rønde Skole")
            _ = try! competition.addHeat(
                round: 0, name: "Hornslet Skole", day: Day(year: 2027, month: 2, day: 25), venue: "Hornslet Skole")
        }
        competition.format.overtimePenalty = penalty
        data.events[index].competition = competition
        return data
    }

    static func competition(_ data: LibraryData?) -> Competition? {
        data?.events.first { $0.id == championship }?.competition
    }

    static func event(_ data: LibraryData?) -> Event? { data?.events.first { $0.id == championship } }

    /// The app on the championship with the detail's cursor on the first round (past the four tasks).
    static func onFirstRound(_ data: LibraryData, _ persistence: RecordingPersistence, _ language: Language = .danish)
        -> AppState
    {
        var state = EventsScreenTests.onChampionship(language, data: data, persistence: persistence)
        state.press(.tab, .down, .down, .down, .down)
        return state
    }

    static func text(_ state: inout AppState, _ size: (Int, Int)) -> String {
        let lines = ScreenTest.screen(&state, width: size.0, height: size.1)
        #expect(ScreenTest.garbage(in: lines, width: size.0) == [])
        return lines.joined(separator: "\n")
    }

    /// The screen's words with the frames taken out and wrapped lines joined, so a sentence is found however the
    /// pane wrapped it (stacked panes, 100 columns).
    static func flat(_ state: inout AppState, width: Int = 100, height: Int = 80) -> String {
        ScreenTest.screen(&state, width: width, height: height)
            .map { $0.replacingOccurrences(of: "│", with: " ").trimmingCharacters(in: .whitespaces) }
            .joined(separator: " ").split(separator: " ").joined(separator: " ")
    }

    // MARK: Readers

    @Test(
        "a reader from a school that is no partner: the school is typed, asked about, then made a school record",
        arguments: sizes)
    func readerFromANewSchool(size: (Int, Int)) throws {
        let persistence = RecordingPersistence()
        var state = EventsScreenTests.onChampionship(data: Self.library(), persistence: persistence)
        state.press(.character("r"))
        state.type("Ida")
        state.press(.tab)
        state.type("5.b")
        state.press(.tab, .control("u"))
        state.type("Rodskov Friskole")
        state.press(.control("s"))
        // The question, in the form, before anything is saved.
        let screen = Self.text(&state, size)
        #expect(screen.contains("Ny skole „Rodskov Friskole“ – opret den?"))
        #expect(persistence.lastSaved == nil)
        // No keeps the form as it was, and saves nothing.
        state.press(.character("n"))
        #expect(state.form?.fields[2].text == "Rodskov Friskole")
        #expect(persistence.lastSaved == nil)
        state.press(.control("s"), .character("j"))
        #expect(state.form == nil)
        let competition = try #require(Self.competition(persistence.lastSaved))
        let school = try #require(competition.school(named: "Rodskov Friskole"))
        #expect(school.partnerID == nil)
        #expect(school.classes == ["5.b"])
        let reader = try #require(competition.readers.last)
        #expect(reader.label == "Ida (5.b, Rodskov Friskole)")
        #expect(competition.rounds[0].readerIDs.last == reader.id)
        #expect(Self.flat(&state, width: size.0, height: size.1).contains("Rodskov Friskole er oprettet som ny skole"))
    }

    @Test("a known school is chosen with ←/→ and saved without a question")
    func readerFromAKnownSchool() throws {
        let persistence = RecordingPersistence()
        var state = EventsScreenTests.onChampionship(data: Self.library(), persistence: persistence)
        state.press(.character("r"))
        state.type("Bo")
        state.press(.tab)
        state.type("5.a")
        state.press(.tab, .control("u"), .right)
        #expect(state.form?.fields[2].text == "Rønde Skole")
        state.press(.control("s"))
        #expect(state.form == nil)
        let competition = try #require(Self.competition(persistence.lastSaved))
        #expect(competition.readers.last?.label == "Bo (5.a, Rønde Skole)")
        #expect(competition.schools.count == Self.competition(Self.library())?.schools.count)
    }

    @Test("a reader without a class or a school is refused at that field, and nothing is saved", arguments: sizes)
    func readerRefused(size: (Int, Int)) {
        let persistence = RecordingPersistence()
        var state = EventsScreenTests.onChampionship(data: Self.library(), persistence: persistence)
        state.press(.character("r"))
        state.type("Ida")
        state.press(.tab, .tab, .control("u"), .control("s"))
        #expect(state.form?.focus == 1)
        #expect(state.form?.fields[1].error == "skal udfyldes")
        #expect(state.form?.fields[2].error == "skal udfyldes")
        #expect(state.form?.asking == nil)
        let screen = Self.text(&state, size)
        #expect(screen.contains("! skal udfyldes"))
        #expect(persistence.lastSaved == nil)
    }

    @Test("in a round of heats the reader's heat is chosen in the form", arguments: sizes)
    func readerInAHeat(size: (Int, Int)) throws {
        let persistence = RecordingPersistence()
        var state = EventsScreenTests.onChampionship(data: Self.library(heats: true), persistence: persistence)
        state.press(.character("r"))
        #expect(state.form?.fields[3].label == "Heat")
        #expect(state.form?.fields[3].text == "Hornslet Skole")
        state.type("Bo")
        state.press(.tab)
        state.type("5.a")
        state.press(.tab, .control("u"))
        state.type("Hornslet Skole")
        state.press(.tab, .right)
        #expect(state.form?.fields[3].text == "Rønde Skole")
        let screen = Self.text(&state, size)
        #expect(screen.contains("◂ Rønde Skole ▸"))
        state.press(.control("s"))
        let competition = try #require(Self.competition(persistence.lastSaved))
        let reader = try #require(competition.readers.last)
        #expect(competition.rounds[0].heat(of: reader.id)?.name == "Rønde Skole")
        #expect(competition.rounds[0].heats[1].readerIDs.isEmpty)
    }

    // MARK: Heats and judges

    @Test("the round's detail shows each heat's day, venue and jury", arguments: sizes)
    func heatsInTheDetail(size: (Int, Int)) {
        var data = Self.library(heats: true)
        let index = data.events.firstIndex { $0.id == Self.championship }!
        _ = try! data.events[index].competition!.addJudge(
            name: "Per Holm", role: .storyteller, round: 0, organisation: "Hornslet Bibliotek", heat: "H2")
        var state = Self.onFirstRound(data, RecordingPersistence())
        let screen = Self.flat(&state)
        #expect(screen.contains("Heat Rønde Skole – torsdag 18. februar 2027, Rønde Skole"))
        #expect(screen.contains("Heat Hornslet Skole – torsdag 25. februar 2027, Hornslet Skole"))
        #expect(screen.contains("Dommere: Per Holm (fortæller, Hornslet Bibliotek)"))
        #expect(ScreenTest.garbage(in: ScreenTest.screen(&state, width: size.0, height: size.1), width: size.0) == [])
    }

    @Test("a judge takes name, role, school or organisation and heat", arguments: sizes)
    func judgeWithHeat(size: (Int, Int)) throws {
        let persistence = RecordingPersistence()
        var state = Self.onFirstRound(Self.library(heats: true), persistence)
        state.press(.character("J"))
        state.type("Per Holm")
        state.press(.tab, .tab)
        state.type("Hornslet Bibliotek")
        state.press(.tab, .right)
        #expect(state.form?.fields[3].text == "Hornslet Skole")
        _ = Self.text(&state, size)
        state.press(.control("s"))
        #expect(state.form == nil)
        let round = try #require(Self.competition(persistence.lastSaved)?.rounds[0])
        let judge = try #require(round.judges.last)
        #expect(judge.name == "Per Holm")
        #expect(judge.role == .storyteller)
        #expect(judge.organisation == "Hornslet Bibliotek")
        #expect(judge.schoolID == nil)
        #expect(round.heats[1].judgeIDs == [judge.id])
    }

    @Test(
        "a judge from a reader's own school is refused without the chair's note; with one it is saved and noted",
        arguments: sizes)
    func ownSchoolJudge(size: (Int, Int)) throws {
        let persistence = RecordingPersistence()
        var state = Self.onFirstRound(Self.library(), persistence)
        state.press(.character("J"))
        state.type("Bente Lund")
        state.press(.tab, .right, .right, .tab, .right)
        #expect(state.form?.fields[2].text == "Rønde Skole")
        state.press(.control("s"))
        #expect(state.form?.focus == 3)
        let flag = try #require(state.form?.fields[3].error)
        #expect(flag.hasPrefix("Egen skole: Bente Lund er fra Rønde Skole ligesom Alma (5.a)"))
        var screen = Self.text(&state, size)
        #expect(screen.contains("Egen skole: Bente Lund er fra Rønde Skole"))
        #expect(persistence.lastSaved == nil)
        state.type("Ingen anden bibliotekar fri")
        state.press(.control("s"))
        #expect(state.form == nil)
        let event = try #require(Self.event(persistence.lastSaved))
        let judge = try #require(event.competition?.rounds[0].judges.last)
        #expect(judge.schoolID == event.competition?.school(named: "Rønde Skole")?.id)
        #expect(judge.acceptedConflict?.note == "Ingen anden bibliotekar fri")
        #expect(event.log.last?.text.contains("Bente Lund") == true)
        // Shown flagged in the detail, as accepted.
        screen = Self.flat(&state)
        #expect(screen.contains("Bente Lund (bibliotekar, Rønde Skole) ! egen skole (godkendt)"))
    }

    @Test("a judge from a reader's school who was never accepted is shown flagged in the detail")
    func unacceptedJudgeIsFlagged() {
        var data = Self.library()
        let index = data.events.firstIndex { $0.id == Self.championship }!
        _ = try! data.events[index].competition!.addJudge(
            name: "Bente Lund", role: .teacher, round: 0, school: "Hornslet Skole")
        var state = Self.onFirstRound(data, RecordingPersistence())
        let screen = Self.flat(&state)
        #expect(screen.contains("Bente Lund (lærer, Hornslet Skole) ! egen skole"))
        #expect(!screen.contains("! egen skole (godkendt)"))
    }

    @Test(
        "f records a judge absent after a question; the ranking says so and averages over the judges present",
        arguments: sizes)
    func absentJudge(size: (Int, Int)) throws {
        let persistence = RecordingPersistence()
        var state = Self.onFirstRound(Self.library(), persistence)
        state.press(.character("f"))
        #expect(state.form?.title == "Fraværende dommer i Skolerunde")
        state.press(.right, .enter)
        var screen = Self.text(&state, size)
        #expect(screen.contains("Registrér Sanne Østergaard som fraværende i Skolerunde?"))
        #expect(persistence.lastSaved == nil)
        state.press(.escape)
        #expect(persistence.lastSaved == nil)
        state.press(.enter, .character("j"))
        let event = try #require(Self.event(persistence.lastSaved))
        let judge = try #require(event.competition?.rounds[0].judges.first { $0.name == "Sanne Østergaard" })
        #expect(judge.absentOn == ScreenTest.today)
        #expect(event.log.last?.text.contains("Sanne Østergaard") == true)
        state.press(.character("k"))
        screen = Self.text(&state, size)
        #expect(screen.contains("D2 Sanne Østergaard (fraværende)"))
        #expect(screen.contains("gennemsnit over 1 dommer til stede (fraværende: Sanne Østergaard)"))
    }

    @Test("in a round of heats a judge's sheet names the heat and lists its readers only")
    func heatSheet() {
        var data = Self.library(heats: true)
        let index = data.events.firstIndex { $0.id == Self.championship }!
        _ = try! data.events[index].competition!.addJudge(
            name: "Per Holm", role: .storyteller, round: 0, organisation: "Hornslet Bibliotek", heat: "H2")
        _ = try! data.events[index].competition!.addReader(
            firstName: "Bo", className: "5.a", school: "Hornslet Skole", round: 0, heat: "H2")
        var state = Self.onFirstRound(data, RecordingPersistence())
        state.press(.character("s"), .backTab)
        let screen = ScreenTest.screen(&state).joined(separator: "\n")
        #expect(screen.contains("Dommer 3 af 3: Per Holm (fortæller)  Heat Hornslet Skole"))
        #expect(screen.contains(" 1 Bo, 5.a"))
        #expect(!screen.contains("Alma, 5.a"))
        #expect(screen.contains("0/3 udfyldt"))
    }

    @Test("an absent judge's sheet is not offered in score entry")
    func absentJudgeIsSkippedInScoreEntry() {
        var data = Self.library()
        let index = data.events.firstIndex { $0.id == Self.championship }!
        try! data.events[index].competition!.markAbsent("J1", round: 0, on: ScreenTest.today)
        var state = Self.onFirstRound(data, RecordingPersistence())
        state.press(.character("s"))
        let screen = ScreenTest.screen(&state).joined(separator: "\n")
        #expect(screen.contains("Dommer 1 af 1: Sanne Østergaard"))
        #expect(screen.contains("fraværende: Lene Ebbesen"))
    }

    @Test("w withdraws a reader after a question; the reader leaves the ranking", arguments: sizes)
    func withdrawReader(size: (Int, Int)) throws {
        let persistence = RecordingPersistence()
        var state = Self.onFirstRound(Self.library(), persistence)
        state.press(.character("w"))
        let label = try #require(state.form?.fields[0].text)
        state.press(.enter)
        var screen = Self.text(&state, size)
        #expect(screen.contains("Træk \(label) tilbage?"))
        state.press(.character("n"))
        #expect(persistence.lastSaved == nil)
        state.press(.enter, .character("j"))
        let competition = try #require(Self.competition(persistence.lastSaved))
        let reader = try #require(competition.readers.first { $0.label == label })
        #expect(reader.withdrawnOn == ScreenTest.today)
        #expect(!competition.ranking(round: 0).contains { $0.readerID == reader.id })
        #expect(Self.event(persistence.lastSaved)?.log.last?.text.contains(label) == true)
        screen = Self.flat(&state)
        #expect(screen.contains("Trukket tilbage: \(label)"))
    }

    // MARK: The draw and overtime

    @Test(
        "R draws the running order after a question; the seed is shown and draws the same order again",
        arguments: sizes)
    func draw(size: (Int, Int)) throws {
        let persistence = RecordingPersistence()
        var state = Self.onFirstRound(Self.library(heats: true), persistence)
        state.press(.character("R"))
        #expect(Self.text(&state, size).contains("Træk rækkefølgen i Skolerunde (hver heat for sig)?"))
        state.press(.character("j"))
        let saved = try #require(Self.competition(persistence.lastSaved))
        let seed = try #require(saved.rounds[0].drawSeed)
        var again = try #require(Self.competition(Self.library(heats: true)))
        try again.drawRunningOrder(round: 0, seed: seed)
        #expect(saved.rounds[0].readerIDs == again.rounds[0].readerIDs)
        let screen = Self.flat(&state)
        #expect(screen.contains("Rækkefølgen i Skolerunde er trukket med seed \(seed)"))
        #expect(screen.contains("Rækkefølgen er trukket med seed \(seed)"))
    }

    @Test("the draw is refused once the round has scores, and nothing is saved")
    func drawRefused() {
        var data = Self.library()
        let index = data.events.firstIndex { $0.id == Self.championship }!
        let first = data.events[index].competition!.rounds[0].readerIDs[0]
        _ = try! data.events[index].competition!.enter(
            3, reader: first, criterion: "technique", judge: "J1", round: 0, by: nil, on: ScreenTest.today)
        let persistence = RecordingPersistence()
        var state = Self.onFirstRound(data, persistence)
        state.press(.character("R"))
        #expect(state.confirmation == nil)
        #expect(ScreenTest.screen(&state).joined().contains("Skolerunde har allerede point"))
        #expect(persistence.lastSaved == nil)
    }

    @Test(
        "t in score entry records a reading's overtime with the format's penalty, which comes off the total",
        arguments: sizes)
    func overtime(size: (Int, Int)) throws {
        let persistence = RecordingPersistence()
        var state = Self.onFirstRound(
            Self.library(penalty: OvertimePenalty(points: 1, perSeconds: 30)), persistence)
        state.press(.character("s"))
        // The sample's school round has one reading: ←/→ stay on it.
        state.press(.character("t"), .right)
        state.press(.character("4"))
        state.press(.character("0"))
        let screen = Self.text(&state, size)
        #expect(screen.contains("oplæsning 1 af 1 (←/→): 40_ sek. over tiden · −2 point"))
        #expect(persistence.lastSaved == nil)
        state.press(.enter)
        let competition = try #require(Self.competition(persistence.lastSaved))
        let reader = competition.rounds[0].readerIDs[0]
        #expect(competition.overtimes(of: reader, round: 0).map(\.seconds) == [40])
        #expect(competition.overtimes(of: reader, round: 0).map(\.reading) == [0])
        #expect(competition.penalty(of: reader, round: 0) == 2)
        #expect(Self.text(&state, size).contains("overtid 40 sek. (−2 point)"))
    }

    @Test("overtime typed and left with Esc saves nothing")
    func overtimeCancelled() {
        let persistence = RecordingPersistence()
        var state = Self.onFirstRound(Self.library(), persistence)
        state.press(.character("s"), .character("t"), .character("9"), .escape)
        #expect(persistence.lastSaved == nil)
        #expect(state.overlay is ScoreEntryOverlay)
        #expect(ScreenTest.screen(&state).joined().contains("formatet trækker ikke point fra") == false)
    }

    @Test("a note typed on the screen may be several lines: \\n starts a new one, and the detail shows each")
    func noteOfSeveralLines() throws {
        let persistence = RecordingPersistence()
        var state = EventsScreenTests.onChampionship(data: Self.library(), persistence: persistence)
        state.press(.character("o"), .tab)
        state.type("Aftalt med skolerne:\\n- Rønde kommer\\n- Hornslet melder tilbage")
        state.press(.enter)
        let note = try #require(Self.event(persistence.lastSaved)?.log.last)
        #expect(note.text == "Aftalt med skolerne:\n- Rønde kommer\n- Hornslet melder tilbage")
        let lines = ScreenTest.screen(&state, width: 100, height: 80)
        #expect(lines.contains { $0.contains("    - Rønde kommer") })
        #expect(lines.contains { $0.contains("    - Hornslet melder tilbage") })
    }

    @Test("the round's keys are hinted on a round, in English too")
    func roundHints() {
        var state = Self.onFirstRound(Self.library(), RecordingPersistence(), .english)
        let screen = ScreenTest.screen(&state, width: 120, height: 40).joined(separator: "\n")
        #expect(screen.contains("f absent"))
        #expect(screen.contains("w withdraw"))
        #expect(screen.contains("R draw order"))
    }
}
