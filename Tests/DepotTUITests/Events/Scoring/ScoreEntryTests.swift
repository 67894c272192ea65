import DepotCore
import Foundation
import Testing

@testable import DepotTUI

/// The competition evening on the sample library: the championship's school heat (16 readers from 7 schools, two
/// judges, three criteria of 0–5), opened from the Events tab as a librarian would.
enum ScoringFixture {
    static let eventID = Event.ID("E2027-01")

    /// The sample library, its championship changed by `change`.
    static func data(_ change: (inout Competition) throws -> Void = { _ in }) rethrows -> LibraryData {
        var data = ScreenTest.sample
        let index = data.events.firstIndex { $0.id == eventID }!
        try change(&data.events[index].competition!)
        return data
    }

    /// A heat of five readers ranked together from which two advance to the final, with three judges: Alma leads,
    /// Clara and Storm tie for second place (so the tie crosses the cut), Noah and William tie for fourth.
    static func heatWithTie() throws -> LibraryData {
        try data { competition in
            competition.format.rounds[0].perSchool = false
            competition.format.rounds[0].advancing = 2
            competition.rounds[0].readerIDs = ["R01", "R02", "R03", "R04", "R06"]
            competition.rounds[0].judges.append(Judge(id: "J3", name: "Tove Madsen", role: .librarian))
            let points: [Reader.ID: [Int]] = [
                "R01": [5, 5, 4], "R02": [4, 4, 4], "R03": [5, 4, 3], "R04": [3, 3, 3],
                "R06": [4, 3, 2],
            ]
            for (reader, values) in points {
                for judge: Judge.ID in ["J1", "J2", "J3"] {
                    for (criterion, value) in zip(["technique", "interpretation", "passage"], values) {
                        try competition.enter(
                            value, reader: reader, criterion: criterion, judge: judge, round: 0, by: nil,
                            on: ScreenTest.today)
                    }
                }
            }
        }
    }

    /// The main screen with the Events tab open on the championship and `key` pressed: `s` opens the score entry,
    /// `k` the ranking, both for the round the competition is in (the first).
    static func open(
        _ key: Character, data: LibraryData = ScreenTest.sample, language: Language = .danish,
        persistence: RecordingPersistence = RecordingPersistence()
    ) -> AppState {
        var app = ScreenTest.app(language, data: data, persistence: persistence)
        app.press(.character("8"), .character("/"))
        app.type("Syddjursmesterskaberne")
        app.press(.enter, .character(key))
        return app
    }

    static func competition(in data: LibraryData?) -> Competition? {
        data?.events.first { $0.id == eventID }?.competition
    }

    /// The screen row that shows `text`.
    static func row(_ text: String, _ app: inout AppState) -> String {
        ScreenTest.screen(&app).first { $0.contains(text) } ?? ""
    }

    /// The words of a screen row, split on spaces.
    static func words(_ text: String, _ app: inout AppState) -> [String] {
        row(text, &app).split(separator: " ").map(String.init).filter { $0 != "│" }
    }

    /// Snapshots live in `Tests/DepotTUITests/Snapshots/`, two folders above a test file one level deep.
    static var snapshotAnchor: String {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("ScoreEntryTests.swift").path
    }
}

@Suite("Score entry on the evening")
struct ScoreEntryTests {
    @Test func theEventsTabOpensTheSheetOfTheFirstJudgeOnTheFirstEmptyCell() throws {
        var app = ScoringFixture.open("s")
        let overlay = try #require(app.overlay as? ScoreEntryOverlay)
        #expect(overlay.eventID == ScoringFixture.eventID && overlay.round == 0)
        #expect(overlay.judgeIndex == 0 && overlay.row == 0 && overlay.column == 0)
        let screen = ScreenTest.screen(&app)
        #expect(screen.contains { $0.contains("Dommer 1 af 2: Lene Ebbesen (bibliotekar)") })
        #expect(screen.contains { $0.contains("Alma, 5.a (Rønde Skole) · Læseteknik: 0–5 point") })
        #expect(ScreenTest.garbage(in: screen, width: 80).isEmpty)
    }

    @Test func eachDigitIsSavedAtOnceAndTheCursorMovesOn() throws {
        let persistence = RecordingPersistence()
        var app = ScoringFixture.open("s", persistence: persistence)
        app.type("435")
        #expect(persistence.savedFiles == [[.events], [.events], [.events]])
        let sheet = try #require(ScoringFixture.competition(in: persistence.lastSaved)?.round(0).sheet(of: "J1"))
        #expect(sheet.points(reader: "R01", criterion: "technique") == 4)
        #expect(sheet.points(reader: "R01", criterion: "interpretation") == 3)
        #expect(sheet.points(reader: "R01", criterion: "passage") == 5)
        #expect(app.message == "Gemt: Alma, 5.a · Tekstvalg og forståelse 5 · Lene Ebbesen")
        // The end of the row leads to the next reader in the running order.
        let overlay = try #require(app.overlay as? ScoreEntryOverlay)
        #expect(overlay.row == 1 && overlay.column == 0)
        // Number, reader, school, the three points, this judge's sum, the total and the place (first at school).
        #expect(
            ScoringFixture.words("Alma, 5.a ", &app) == [
                "1", "Alma,", "5.a", "Rønde", "Skole", "4", "3", "5", "12",
                "12", "1",
            ])
    }

    @Test func pointsOutOfRangeAreRefusedAsTypedNamingTheCriterionAndItsMaximum() throws {
        let persistence = RecordingPersistence()
        var app = ScoringFixture.open("s", persistence: persistence)
        app.type("7")
        #expect(persistence.savedFiles.isEmpty)
        #expect(app.message == "Læseteknik giver højst 5 point; 7 er ikke gemt.")
        #expect(app.wantsBeep)
        #expect(ScoringFixture.row("! Læseteknik giver højst 5 point", &app).isEmpty == false)
        let overlay = try #require(app.overlay as? ScoreEntryOverlay)
        #expect(overlay.row == 0 && overlay.column == 0)
        // The next key clears the refusal and is taken as usual.
        app.type("4")
        #expect(persistence.savedFiles.count == 1)
        #expect(ScoringFixture.row("! Læseteknik", &app).isEmpty)
    }

    @Test func totalsAndRankAcrossTheJudgesUpdateAsScoresComeIn() throws {
        let persistence = RecordingPersistence()
        var app = ScoringFixture.open("s", persistence: persistence)
        app.type("435" + "344")  // Lene Ebbesen: Alma 12, Clara 11
        app.press(.tab)
        #expect((app.overlay as? ScoreEntryOverlay)?.judgeIndex == 1)
        #expect(ScoreEntryTests.screenText(&app).contains("Dommer 2 af 2: Sanne Østergaard (lærer)"))
        app.type("333" + "555")  // Sanne Østergaard: Alma 9, Clara 15
        // Clara now leads Rønde Skole with 26 against Alma's 21; the Sum column is the shown judge's.
        #expect(ScoringFixture.words(" 2 Clara, 5.b", &app).suffix(6) == ["5", "5", "5", "15", "26", "1"])
        #expect(ScoringFixture.words("Alma, 5.a ", &app).suffix(6) == ["3", "3", "3", "9", "21", "2"])
        let competition = try #require(ScoringFixture.competition(in: persistence.lastSaved))
        #expect(competition.total(of: "R01", round: 0) == 21 && competition.total(of: "R02", round: 0) == 26)
    }

    @Test func changingAScoreIsSavedAsACorrectionAndBackspaceClearsACell() throws {
        let persistence = RecordingPersistence()
        var app = ScoringFixture.open("s", persistence: persistence)
        app.type("435")
        app.press(.up)
        app.type("5")
        #expect(app.message == "Rettet: Alma, 5.a · Læseteknik 4 → 5 · Lene Ebbesen (i loggen)")
        var sheet = try #require(ScoringFixture.competition(in: persistence.lastSaved)?.round(0).sheet(of: "J1"))
        #expect(sheet.points(reader: "R01", criterion: "technique") == 5)
        #expect(
            sheet.corrections == [
                ScoreCorrection(
                    readerID: "R01", criterionID: "technique", oldPoints: 4, newPoints: 5, by: nil,
                    on: ScreenTest.today)
            ])
        // The cursor moved on to Fortolkning; Backspace takes its 3 back, also in the log.
        app.press(.backspace)
        #expect(app.message == "Slettet: Alma, 5.a · Fortolkning 3 · Lene Ebbesen (i loggen)")
        sheet = try #require(ScoringFixture.competition(in: persistence.lastSaved)?.round(0).sheet(of: "J1"))
        #expect(sheet.points(reader: "R01", criterion: "interpretation") == nil)
        #expect(sheet.corrections.last?.newPoints == nil && sheet.corrections.last?.oldPoints == 3)
        #expect(ScoringFixture.row("rettelser: 2", &app).isEmpty == false)
        // Typing the same points again changes nothing and saves nothing.
        let saves = persistence.savedFiles.count
        app.press(.left)
        app.type("5")
        #expect(persistence.savedFiles.count == saves)
    }

    @Test func aQuickBurstOfDigitsIsStillOneCellPerDigit() throws {
        let persistence = RecordingPersistence()
        var app = ScoringFixture.open("s", persistence: persistence)
        // Digits typed very fast and ended with Enter reach the screen like a barcode scan.
        app.handle(.scanned("4354"))
        let sheet = try #require(ScoringFixture.competition(in: persistence.lastSaved)?.round(0).sheet(of: "J1"))
        #expect(sheet.scores.count == 4)
        #expect(sheet.points(reader: "R02", criterion: "technique") == 4)
        #expect(persistence.savedFiles.count == 1)
        let overlay = try #require(app.overlay as? ScoreEntryOverlay)
        #expect(overlay.row == 1 && overlay.column == 2)
    }

    @Test func criteriaOfTenOrMorePointsTakeTwoDigits() throws {
        let data = ScoringFixture.data { $0.format.rounds[0].criteria[0].maxPoints = 10 }
        let persistence = RecordingPersistence()
        var app = ScoringFixture.open("s", data: data, persistence: persistence)
        app.type("1")
        #expect(persistence.savedFiles.isEmpty)
        app.type("0")
        #expect(
            ScoringFixture.competition(in: persistence.lastSaved)?.round(0).sheet(of: "J1")?.scores.first?.points == 10)
        app.press(.left)
        app.type("1")
        app.press(.enter)
        #expect(
            ScoringFixture.competition(in: persistence.lastSaved)?.round(0).sheet(of: "J1")?.scores.first?.points == 1)
        app.press(.left)
        app.type("12")
        #expect(app.message == "Læseteknik giver højst 10 point; 12 er ikke gemt.")
    }

    @Test func escapeClosesAndEveryScoreIsAlreadySaved() {
        let persistence = RecordingPersistence()
        var app = ScoringFixture.open("s", persistence: persistence)
        app.type("43")
        app.press(.escape)
        #expect(app.overlay == nil)
        #expect(
            app.context.data.events.first { $0.id == ScoringFixture.eventID }?.competition?.total(of: "R01", round: 0)
                == 7)
    }

    @Test func theSheetScrollsForSixteenReadersAndFitsEightyColumns() throws {
        var app = ScoringFixture.open("s")
        app.press(.pageDown, .pageDown)
        let screen = ScreenTest.screen(&app)
        #expect(screen.contains { $0.contains("16 Malthe, 5.b") })
        #expect(!screen.contains { $0.contains(" 1 Alma, 5.a") })
        #expect(ScreenTest.garbage(in: screen, width: 80).isEmpty)
    }

    @Test func inEnglishTheSheetNamesTheCriteriaAndRefusesInEnglish() throws {
        var app = ScoringFixture.open("s", language: .english)
        let screen = ScreenTest.screen(&app)
        #expect(screen.contains { $0.contains("Judge 1 of 2: Lene Ebbesen (librarian)") })
        #expect(screen.contains { $0.contains("Technique  Interpr.   Passage  Sum Total Place") })
        #expect(ScreenTest.garbage(in: screen, width: 80).isEmpty)
        app.type("9")
        #expect(app.message == "Reading technique allows at most 5 points; 9 was not saved.")
    }

    @Test(arguments: [
        (false, "Der er ingen oplæsere eller kriterier i Finale endnu."),
        (true, "Finale har ingen dommere endnu. Tilføj dommerne til runden først."),
    ])
    func aRoundWithoutReadersOrJudgesSaysSoAndTakesNoScores(withoutJudges: Bool, expected: String) {
        let data = ScoringFixture.data { if withoutJudges { $0.rounds[1].judges = [] } }
        let context = AppContext(data: data, today: ScreenTest.today, strings: Strings(.danish))
        // The final has no readers until the heats are over.
        var overlay = ScoreEntryOverlay(eventID: ScoringFixture.eventID, round: 1, context: context)
        var grid = CellGrid(width: 80, height: 21)
        overlay.render(into: &grid, area: grid.area, context)
        #expect(grid.lines().contains { $0.contains(expected) })
        guard case .stay = overlay.handle(.key(.character("4")), context) else {
            Issue.record("a digit without readers or judges should do nothing")
            return
        }
    }

    @Test func snapshotAt80x24() throws {
        let data = try ScoringFixture.data { competition in
            let sheets: [(Judge.ID, [Reader.ID: [Int]])] = [
                ("J1", ["R01": [4, 3, 5], "R02": [4, 4, 4], "R03": [3, 3, 4], "R04": [5, 4, 4]]),
                ("J2", ["R01": [4, 4, 4], "R02": [3, 5, 4], "R03": [2, 3, 3]]),
            ]
            for (judge, points) in sheets {
                for (reader, values) in points {
                    for (criterion, value) in zip(["technique", "interpretation", "passage"], values) {
                        try competition.enter(
                            value, reader: reader, criterion: criterion, judge: judge, round: 0, by: nil,
                            on: ScreenTest.today)
                    }
                }
            }
        }
        var app = ScoringFixture.open("s", data: data)
        // Sanne Østergaard's sheet, on Noah's first empty cell; Alma and Clara tie on 24 at Rønde Skole.
        app.press(.tab)
        let overlay = try #require(app.overlay as? ScoreEntryOverlay)
        #expect(overlay.judgeIndex == 1 && overlay.row == 3 && overlay.column == 0)
        var grid = CellGrid(width: 80, height: 24)
        AppView.render(&app, into: &grid)
        expectSnapshot(grid, named: "score-entry-80x24", filePath: ScoringFixture.snapshotAnchor)
    }

    static func screenText(_ app: inout AppState) -> String {
        ScreenTest.screen(&app).joined(separator: "\n")
    }
}
