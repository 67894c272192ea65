import Testing

@testable import DepotCore

@Suite struct EventsScoreEntryTests {
    @Test func pointsOutsideTheRangeAreRefusedWithAReadableMessage() {
        var competition = CompetitionSamples.heatAndFinal()
        #expect {
            try competition.enter(
                7, reader: "R1", criterion: "technique", judge: "J1", round: 0, by: "S01", on: CompetitionSamples.day)
        } throws: { error in
            let error = error as! ScoreError
            return error
                == .outOfRange(reader: "Ida (5.a, Rønde Skole)", criterion: "Læseteknik", points: 7, range: 0...5)
                && error.description == "7 points for Ida (5.a, Rønde Skole) in Læseteknik is outside 0–5."
                && error.message(in: .danish).contains("uden for 0–5")
        }
        #expect(throws: ScoreError.self) {
            try competition.enter(
                -1, reader: "R1", criterion: "technique", judge: "J1", round: 0, by: nil, on: CompetitionSamples.day)
        }
        #expect(competition.round(0).sheets.isEmpty)
    }

    @Test func unknownJudgeReaderCriterionAndRoundAreRefused() {
        var competition = CompetitionSamples.heatAndFinal()
        let day = CompetitionSamples.day
        #expect(throws: ScoreError.unknownJudge(judge: "J9", round: "Semifinale")) {
            try competition.enter(3, reader: "R1", criterion: "technique", judge: "J9", round: 0, by: nil, on: day)
        }
        #expect(throws: ScoreError.unknownReader(reader: "R9")) {
            try competition.enter(3, reader: "R9", criterion: "technique", judge: "J1", round: 0, by: nil, on: day)
        }
        #expect(throws: ScoreError.unknownCriterion(criterion: "voice", round: "Semifinale")) {
            try competition.enter(3, reader: "R1", criterion: "voice", judge: "J1", round: 0, by: nil, on: day)
        }
        #expect(throws: ScoreError.readerNotInRound(reader: "Ida (5.a, Rønde Skole)", round: "Finale")) {
            try competition.enter(3, reader: "R1", criterion: "technique", judge: "J1", round: 1, by: nil, on: day)
        }
        #expect(throws: ScoreError.unknownRound(number: 3)) {
            try competition.enter(3, reader: "R1", criterion: "technique", judge: "J1", round: 2, by: nil, on: day)
        }
    }

    @Test func correctingASheetKeepsTheChangeInTheLog() throws {
        var competition = CompetitionSamples.heatAndFinal()
        let first = CompetitionSamples.day
        let later = first.adding(days: 1)
        #expect(
            try competition.enter(3, reader: "R1", criterion: "technique", judge: "J1", round: 0, by: "S01", on: first)
                == nil)
        #expect(
            try competition.enter(3, reader: "R1", criterion: "technique", judge: "J1", round: 0, by: "S02", on: later)
                == nil)
        let correction = try competition.enter(
            5, reader: "R1", criterion: "technique", judge: "J1", round: 0, by: "S02", on: later)
        #expect(
            correction
                == ScoreCorrection(
                    readerID: "R1", criterionID: "technique", oldPoints: 3, newPoints: 5, by: "S02", on: later))
        let sheet = try #require(competition.round(0).sheet(of: "J1"))
        #expect(sheet.corrections == [correction!])
        #expect(sheet.points(reader: "R1", criterion: "technique") == 5)
        #expect(competition.total(of: "R1", round: 0) == 5)
    }
}
