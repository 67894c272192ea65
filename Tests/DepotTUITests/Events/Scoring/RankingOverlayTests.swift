import DepotCore
import Testing

@testable import DepotTUI

/// The ranking of a heat across three judges: ties shown, decided by read-off or lot, the top two moved on.
@Suite("Ranking on the evening")
struct RankingOverlayTests {
    @Test func tiesAreShownAsReadOffNeededAndBlockAdvancingAcrossTheCut() throws {
        let persistence = RecordingPersistence()
        var app = ScoringFixture.open("k", data: try ScoringFixture.heatWithTie(), persistence: persistence)
        #expect(app.overlay is RankingOverlay)
        // Place, first name, class, school, the three judges' totals, the total, the note.
        #expect(
            ScoringFixture.words("Alma, 5.a", &app) == [
                "1.", "Alma,", "5.a", "Rønde", "Skole", "14", "14", "14", "42",
                "går", "videre",
            ])
        #expect(
            ScoringFixture.words("Clara, 5.b", &app) == [
                "2.", "Clara,", "5.b", "Rønde", "Skole", "12", "12", "12", "36",
                "omlæsning", "nødvendig",
            ])
        #expect(ScoringFixture.row("Clara, 5.b", &app).hasPrefix("│   2. Clara, 5.b"))
        #expect(ScoringFixture.row("Storm, 5.c", &app).contains("2. Storm"))
        #expect(ScoringFixture.row("Storm, 5.c", &app).contains("omlæsning nødvendig"))
        // Noah's tie for 4th place is below the cut: a shared place, no read-off.
        #expect(ScoringFixture.row("Noah, 5.a", &app).contains("4. Noah"))
        #expect(!ScoringFixture.row("Noah, 5.a", &app).contains("omlæsning nødvendig"))
        app.press(.character("a"))
        #expect(
            app.message
                == "Skolerunde: omlæsning nødvendig mellem Clara (5.b, Rønde Skole), Storm (5.c, Rønde Skole), "
                + "før nogen kan gå videre.")
        #expect(persistence.savedFiles.isEmpty)
    }

    @Test func aReadOffDecidesTheTieAndTheTopTwoAdvanceAfterAQuestion() throws {
        let persistence = RecordingPersistence()
        var app = ScoringFixture.open("k", data: try ScoringFixture.heatWithTie(), persistence: persistence)
        // The cursor starts on the first tie; Storm won the read-off.
        app.press(.down)
        #expect(ScoringFixture.row("Storm, 5.c", &app).contains("2. Storm"))
        app.press(.character("o"))
        #expect(app.message == "Omlæsning afgjort: 1. Storm, 5.c, 2. Clara, 5.b")
        var competition = try #require(ScoringFixture.competition(in: persistence.lastSaved))
        #expect(
            competition.round(0).tieBreaks == [
                TieBreak(readerIDs: ["R03", "R02"], method: .readOff, on: ScreenTest.today)
            ])
        #expect(ScoringFixture.row("Storm, 5.c", &app).contains("2. Storm"))
        #expect(ScoringFixture.row("Storm, 5.c", &app).contains("går videre (omlæsning)"))
        #expect(ScoringFixture.row("Clara, 5.b", &app).contains("3. Clara"))

        app.press(.character("a"))
        // The question names the readers with their class (class and school do not fit on the line at 80 columns).
        #expect(
            ScoringFixture.row("Skal Alma (5.a) og Storm (5.c) gå videre til Finale? j = ja, n = nej", &app).isEmpty
                == false)
        #expect(persistence.savedFiles.count == 1)
        app.press(.character("j"))
        #expect(app.message == "Alma (5.a, Rønde Skole) og Storm (5.c, Rønde Skole) går videre til Finale")
        competition = try #require(ScoringFixture.competition(in: persistence.lastSaved))
        #expect(competition.round(1).readerIDs == ["R01", "R03"])
        // Both the read-off and the advancement are in the event's log, as the commands write them.
        let log = try #require(persistence.lastSaved?.events.first { $0.competition == competition }?.log)
        #expect(
            log.suffix(2).map(\.text) == [
                "Skolerunde: pointlighed afgjort ved omlæsning: 1. Storm (5.c, Rønde Skole), 2. Clara (5.b, Rønde Skole).",
                "Skolerunde: 2 oplæsere går videre til Finale: Alma (5.a, Rønde Skole) og Storm (5.c, Rønde Skole).",
            ])
        #expect(log.last?.on == ScreenTest.today)
        #expect(ScoringFixture.row("Alma, 5.a", &app).contains("videre til Finale"))
        #expect(ScoringFixture.row("Storm, 5.c", &app).contains("videre til Finale"))
        #expect(!ScoringFixture.row("Clara, 5.b", &app).contains("videre til Finale"))
    }

    @Test func answeringNoToTheQuestionMovesNoOne() throws {
        let persistence = RecordingPersistence()
        var app = ScoringFixture.open("k", data: try ScoringFixture.heatWithTie(), persistence: persistence)
        app.press(.character("o"), .character("a"), .character("n"))
        #expect(persistence.savedFiles.count == 1)
        #expect(ScoringFixture.competition(in: persistence.lastSaved)?.round(1).readerIDs == [])
    }

    @Test func aLotBetweenThreeIsRecordedInTheOrderDrawn() throws {
        let data = try ScoringFixture.data { competition in
            competition.format.rounds[0].perSchool = false
            competition.rounds[0].readerIDs = ["R01", "R02", "R03", "R04"]
            for reader: Reader.ID in ["R01", "R02", "R03", "R04"] {
                for judge: Judge.ID in ["J1", "J2"] {
                    for criterion in ["technique", "interpretation", "passage"] {
                        try competition.enter(
                            reader == "R04" ? 2 : 4, reader: reader, criterion: criterion, judge: judge, round: 0,
                            by: nil, on: ScreenTest.today)
                    }
                }
            }
        }
        let persistence = RecordingPersistence()
        var app = ScoringFixture.open("k", data: data, persistence: persistence)
        // Clara drew the first lot, then Alma; Storm is left with the third place.
        app.press(.down, .character("l"))
        #expect(persistence.savedFiles.isEmpty)
        #expect(ScoringFixture.row("Lodtrækning: hvem blev nr. 2 af Alma og Storm?", &app).isEmpty == false)
        app.press(.down, .enter)
        #expect(app.message == "Vælg blandt Alma og Storm.")
        app.press(.up, .enter)
        let competition = try #require(ScoringFixture.competition(in: persistence.lastSaved))
        #expect(competition.round(0).tieBreaks.map(\.readerIDs) == [["R02", "R01", "R03"]])
        #expect(competition.round(0).tieBreaks.map(\.method) == [.lot])
        #expect(competition.ranking(round: 0).map(\.readerID) == ["R02", "R01", "R03", "R04"])
        #expect(ScoringFixture.row("Storm, 5.c", &app).contains("3. Storm"))
        #expect(ScoringFixture.row("Storm, 5.c", &app).contains("afgjort ved lod"))
    }

    @Test func onlyAnOpenTieCanBeDecided() throws {
        let persistence = RecordingPersistence()
        var app = ScoringFixture.open("k", data: try ScoringFixture.heatWithTie(), persistence: persistence)
        app.press(.home, .character("o"))
        #expect(app.message == "Alma, 5.a står ikke lige med nogen; der er intet at afgøre.")
        #expect(persistence.savedFiles.isEmpty)
    }

    @Test func pPrintsTheRoundsResults() throws {
        var app = ScoringFixture.open("k", data: try ScoringFixture.heatWithTie())
        app.press(.character("p"))
        let job = try #require(app.takePrintJobs().first)
        #expect(job.name == "resultater-E2027-01-runde-1.txt")
        #expect(job.text.hasPrefix("Syddjursmesterskaberne i oplæsning 2027\n"))
        #expect(job.text.contains("omlæsning nødvendig"))
    }

    @Test func snapshotAt80x24() throws {
        var app = ScoringFixture.open("k", data: try ScoringFixture.heatWithTie())
        var grid = CellGrid(width: 80, height: 24)
        AppView.render(&app, into: &grid)
        expectSnapshot(grid, named: "ranking-80x24", filePath: ScoringFixture.snapshotAnchor)
        #expect(ScreenTest.garbage(in: grid.lines(), width: 80).isEmpty)
    }
}
