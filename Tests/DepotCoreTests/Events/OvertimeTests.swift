import Foundation
import Testing

@testable import DepotCore

/// Overtime recorded per reading and penalised by the format's rule.
struct OvertimeTests {
    @Test func everyStartedPeriodOverCostsThePoints() {
        let rule = OvertimePenalty(points: 1, perSeconds: 30)
        #expect([0, 1, 30, 31, 60, 61].map { rule.points(forSecondsOver: $0) } == [0, 1, 1, 2, 2, 3])
        #expect(OvertimePenalty(points: 2, perSeconds: 15).points(forSecondsOver: 16) == 4)
    }

    @Test func overtimeComesOffTheScoreAndCanChangeThePlace() throws {
        var competition = CompetitionSamples.heatAndFinal(advancing: 1)
        competition.format.overtimePenalty = OvertimePenalty(points: 1, perSeconds: 30)
        try CompetitionSamples.score(&competition, "R1", 4)  // 16
        try CompetitionSamples.score(&competition, "R2", 4)  // 16
        try CompetitionSamples.score(&competition, "R3", 3)  // 12
        try CompetitionSamples.score(&competition, "R4", 2)  // 8
        #expect(competition.ranking(round: 0)[0].needsReadOff)
        // Ida's prepared text ran 40 s over: 2 points off, so Noah wins without a read-off.
        try competition.recordOvertime(
            reader: "R1", reading: 0, seconds: 40, round: 0, by: "S01", on: CompetitionSamples.day)
        let ranking = competition.ranking(round: 0)
        #expect(ranking.map(\.readerID) == ["R2", "R1", "R3", "R4"])
        #expect(ranking.map(\.total) == [16, 14, 12, 8])
        #expect(ranking[1].score.penalty == 2)
        #expect(try competition.advancers(round: 0) == ["R2"])
        let event = Event(id: "E2027-01", kind: .readingCompetition, title: "Test", startsOn: CompetitionSamples.day)
        let text = CompetitionResults.text(event: event, competition: competition, round: 0, language: .danish)
        #expect(text.contains("−2 overtid"))
        #expect(text.contains("Overtid: 1 point trækkes fra pr. påbegyndt 30 sek. over tiden."))
        // A second record replaces the first; 0 takes it back.
        try competition.recordOvertime(
            reader: "R1", reading: 0, seconds: 10, round: 0, by: "S01", on: CompetitionSamples.day)
        #expect(competition.penalty(of: "R1", round: 0) == 1)
        try competition.recordOvertime(
            reader: "R1", reading: 0, seconds: 0, round: 0, by: "S01", on: CompetitionSamples.day)
        #expect(competition.round(0).overtimes.isEmpty)
        #expect(throws: OvertimeError.unknownReading(number: 2, count: 1)) {
            try competition.recordOvertime(
                reader: "R1", reading: 1, seconds: 10, round: 0, by: nil, on: CompetitionSamples.day)
        }
    }

    @Test func withoutARuleOvertimeIsNotedButCostsNothing() throws {
        var competition = CompetitionSamples.heatAndFinal()
        try CompetitionSamples.score(&competition, "R1", 4)
        try competition.recordOvertime(
            reader: "R1", reading: 0, seconds: 90, round: 0, by: nil, on: CompetitionSamples.day)
        #expect(competition.total(of: "R1", round: 0) == 16)
        let decoded = try JSONDecoder().decode(Competition.self, from: JSONEncoder().encode(competition))
        #expect(decoded.round(0).overtimes == competition.round(0).overtimes)
    }
}
