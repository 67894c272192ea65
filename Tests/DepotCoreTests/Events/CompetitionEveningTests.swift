import Foundation
import Testing

@testable import DepotCore

/// What the evening of a competition needs of the core beyond entering scores: clearing a cell, refusals in the
/// librarian's language, and results that say how a tie was decided within 80 columns.
@Suite struct EventsCompetitionEveningTests {
    @Test func clearingAScoreKeepsItInTheLog() throws {
        var competition = CompetitionSamples.heatAndFinal()
        let day = CompetitionSamples.day
        try competition.enter(4, reader: "R1", criterion: "technique", judge: "J1", round: 0, by: "S01", on: day)
        let correction = try competition.clearScore(
            reader: "R1", criterion: "technique", judge: "J1", round: 0, by: "S02", on: day.adding(days: 1))
        #expect(
            correction
                == ScoreCorrection(
                    readerID: "R1", criterionID: "technique", oldPoints: 4, newPoints: nil, by: "S02",
                    on: day.adding(days: 1)))
        let sheet = try #require(competition.round(0).sheet(of: "J1"))
        #expect(sheet.points(reader: "R1", criterion: "technique") == nil)
        #expect(sheet.corrections == [correction!])
        #expect(competition.total(of: "R1", round: 0) == 0)
        // An empty cell stays as it is, and nothing is logged.
        #expect(
            try competition.clearScore(reader: "R1", criterion: "technique", judge: "J1", round: 0, by: nil, on: day)
                == nil)
        #expect(competition.round(0).sheet(of: "J1")?.corrections.count == 1)
    }

    @Test func clearingChecksTheJudgeAndTheCriterion() {
        var competition = CompetitionSamples.heatAndFinal()
        let day = CompetitionSamples.day
        #expect(throws: ScoreError.unknownJudge(judge: "J9", round: "Semifinale")) {
            try competition.clearScore(reader: "R1", criterion: "technique", judge: "J9", round: 0, by: nil, on: day)
        }
        #expect(throws: ScoreError.unknownCriterion(criterion: "voice", round: "Semifinale")) {
            try competition.clearScore(reader: "R1", criterion: "voice", judge: "J1", round: 0, by: nil, on: day)
        }
    }

    @Test func aClearedScoreStillDecodesFromAnOlderFile() throws {
        let correction = ScoreCorrection(
            readerID: "R1", criterionID: "technique", oldPoints: 4, newPoints: nil, by: nil, on: CompetitionSamples.day)
        let json = try JSONEncoder().encode(correction)
        #expect(!String(decoding: json, as: UTF8.self).contains("newPoints"))
        #expect(try JSONDecoder().decode(ScoreCorrection.self, from: json) == correction)
    }

    @Test func advanceRefusalsReadInDanish() throws {
        var competition = CompetitionSamples.heatAndFinal()
        try CompetitionSamples.score(&competition, "R1", 5)
        try CompetitionSamples.score(&competition, "R2", 4)
        try CompetitionSamples.score(&competition, "R3", 4)
        #expect {
            try competition.advance(round: 0)
        } throws: { error in
            let error = error as! AdvanceError
            return error.message(in: .danish)
                == "I Semifinale mangler der stadig point til Oscar (5.c, Ebeltoft Skole)."
                && error.description == "Semifinale is not fully scored yet: Oscar (5.c, Ebeltoft Skole) lack scores."
        }
        try CompetitionSamples.score(&competition, "R4", 1)
        #expect {
            try competition.advance(round: 0)
        } throws: { error in
            (error as! AdvanceError).message(in: .danish)
                == "Semifinale: omlæsning nødvendig mellem Noah (5.b, Hornslet Skole), "
                + "Freja (5.a, Kolind Centralskole), før nogen kan gå videre."
        }
    }

    @Test(arguments: Language.allCases)
    func resultsSayHowATieWasDecidedAndWhoAdvances(_ language: Language) throws {
        var competition = CompetitionSamples.heatAndFinal()
        for (reader, points) in [("R1", 5), ("R2", 4), ("R3", 4), ("R4", 1)] {
            try CompetitionSamples.score(&competition, Reader.ID(reader), points)
        }
        try competition.decideTie(round: 0, order: ["R3", "R2"], by: .lot, on: CompetitionSamples.day)
        let event = Event(
            id: "E1", kind: .readingCompetition, title: "Mesterskabet", startsOn: CompetitionSamples.day,
            competition: competition)
        let text = CompetitionResults.text(event: event, competition: competition, round: 0, language: language)
        let lines = text.split(separator: "\n").map(String.init)
        let freja = try #require(lines.first { $0.contains("Freja, 5.a") })
        let noah = try #require(lines.first { $0.contains("Noah, 5.b") })
        if language == .danish {
            #expect(freja.hasPrefix("2 ") && freja.hasSuffix(" 16 går videre (lod)"))
            #expect(noah.hasPrefix("3 ") && noah.hasSuffix(" 16 afgjort ved lod"))
        } else {
            #expect(freja.hasPrefix("2 ") && freja.hasSuffix(" 16 advances (lot)"))
            #expect(noah.hasPrefix("3 ") && noah.hasSuffix(" 16 decided by lot"))
        }
        #expect(lines.allSatisfy { $0.count <= 80 })
    }
}
