import Foundation
import Testing

@testable import DepotCore

/// Rounds held as several heats, each with its own day, venue, jury and readers; the running order drawn from a seed.
struct HeatTests {
    static let monday = Day(year: 2027, month: 2, day: 15)!
    static let wednesday = Day(year: 2027, month: 2, day: 17)!

    /// Two heats: H1 (the round's four readers and two judges) and H2 with two new readers and one judge.
    static func twoHeats(perHeat: Bool = true, advancing: Int = 1) throws -> Competition {
        var competition = CompetitionSamples.heatAndFinal(advancing: advancing)
        competition.format.rounds[0].perHeat = perHeat
        for name in ["Rønde Skole", "Hornslet Skole", "Kolind Centralskole", "Ebeltoft Skole", "Mørke Skole"] {
            competition.addSchool(named: name)
        }
        try competition.addHeat(round: 0, name: "Rønde", day: monday, venue: "Rønde Skole")
        let second = try competition.addHeat(round: 0, name: "Mørke", day: wednesday)
        try competition.addReader(firstName: "Asta", className: "5.a", school: "Mørke Skole", round: 0, heat: second.id)
        try competition.addReader(firstName: "Otto", className: "5.b", school: "Mørke Skole", round: 0, heat: second.id)
        try competition.addJudge(name: "Ib Holm", role: .teacher, round: 0, heat: second.id)
        return competition
    }

    @Test func theFirstHeatTakesTheRoundAndLaterHeatsTheirOwn() throws {
        let competition = try Self.twoHeats()
        let state = competition.round(0)
        #expect(state.heats.map(\.id) == ["H1", "H2"])
        #expect(state.heats[0].readerIDs == ["R1", "R2", "R3", "R4"] && state.heats[0].judgeIDs == ["J1", "J2"])
        #expect(state.heats[1].readerIDs == ["R05", "R06"] && state.heats[1].judgeIDs == ["J3"])
        #expect(state.readerIDs == ["R1", "R2", "R3", "R4", "R05", "R06"])
        #expect(competition.jury(of: "R05", round: 0).map(\.id) == ["J3"])
        #expect(competition.readers(judgedBy: "J1", round: 0) == ["R1", "R2", "R3", "R4"])
        #expect(competition.dayAndVenue(of: "R05", round: 0).day == Self.wednesday)
        #expect(throws: HeatError.heatNeeded(known: ["H1 Rønde", "H2 Mørke"])) {
            try competition.heatFor(nil, round: 0)
        }
        #expect(try competition.heatFor("mørke", round: 0) == "H2")
    }

    @Test func aJudgeScoresOnlyTheReadersOfTheJudgesHeat() throws {
        var competition = try Self.twoHeats()
        #expect(throws: ScoreError.notOnJury(judge: "Ib Holm", reader: "Ida (5.a, Rønde Skole)")) {
            try competition.enter(
                4, reader: "R1", criterion: "technique", judge: "J3", round: 0, by: nil, on: Self.monday)
        }
    }

    /// Scores every criterion of `reader` with `points` from each judge of the reader's heat.
    static func score(_ competition: inout Competition, _ reader: Reader.ID, _ points: Int) throws {
        for judge in competition.jury(of: reader, round: 0) {
            for criterion in ["technique", "interpretation"] {
                try competition.enter(
                    points, reader: reader, criterion: criterion, judge: judge.id, round: 0, by: nil, on: monday)
            }
        }
    }

    @Test func theTopReaderOfEachHeatAdvancesWhenTheFormatSaysPerHeat() throws {
        var competition = try Self.twoHeats()
        for (reader, points) in [("R1", 3), ("R2", 5), ("R3", 4), ("R4", 2), ("R05", 4), ("R06", 5)] {
            try Self.score(&competition, Reader.ID(reader), points)
        }
        // H1 has two judges and H2 one: the scores are averages, so both heats compare.
        #expect(competition.isAveraged(round: 0))
        let ranking = competition.ranking(round: 0)
        #expect(ranking.map(\.group) == ["Rønde", "Rønde", "Rønde", "Rønde", "Mørke", "Mørke"])
        #expect(ranking.map(\.score.value) == [10, 8, 6, 4, 10, 8])
        #expect(try competition.advancers(round: 0) == ["R2", "R06"])
        // Over the whole round, the two best are R2 and R06 as well, but with 2 advancing R3 and R05 tie at the cut.
        competition.format.rounds[0].perHeat = false
        competition.format.rounds[0].advancing = 3
        #expect(throws: AdvanceError.self) { _ = try competition.advancers(round: 0) }
        competition.format.rounds[0].advancing = 2
        #expect(try competition.advancers(round: 0) == ["R2", "R06"])
    }

    @Test func aRoundWithoutHeatsLoadsAsOneAndIsWrittenAsBefore() throws {
        let competition = CompetitionSamples.heatAndFinal()
        let data = try JSONEncoder().encode(competition)
        let text = String(decoding: data, as: UTF8.self)
        #expect(!text.contains("heats") && !text.contains("perHeat") && !text.contains("drawSeed"))
        let decoded = try JSONDecoder().decode(Competition.self, from: data)
        #expect(decoded == competition && decoded.round(0).heats.isEmpty)
        let withHeats = try Self.twoHeats()
        let again = try JSONDecoder().decode(Competition.self, from: JSONEncoder().encode(withHeats))
        #expect(again == withHeats)
    }

    @Test func theDrawIsReproducibleFromItsSeed() throws {
        var first = try Self.twoHeats()
        var second = try Self.twoHeats()
        // The same readers in another order before the draw still give the same drawn order.
        second.rounds[0].heats[0].readerIDs.reverse()
        try first.drawRunningOrder(round: 0, seed: 4711)
        try second.drawRunningOrder(round: 0, seed: 4711)
        #expect(first.round(0).readerIDs == second.round(0).readerIDs)
        #expect(first.round(0).drawSeed == 4711)
        #expect(Set(first.round(0).heats[0].readerIDs) == ["R1", "R2", "R3", "R4"])
        #expect(first.round(0).readerIDs == first.round(0).heats.flatMap(\.readerIDs))
        var orders = Set<[Reader.ID]>()
        for seed: UInt64 in 1...20 {
            var copy = try Self.twoHeats()
            try copy.drawRunningOrder(round: 0, seed: seed)
            orders.insert(copy.round(0).heats[0].readerIDs)
        }
        #expect(orders.count > 5)
        try Self.score(&first, "R1", 3)
        #expect(throws: HeatError.roundStarted(round: "Semifinale")) {
            try first.drawRunningOrder(round: 0, seed: 1)
        }
    }
}

/// The advance question and list name each reader with class and school, as far as the line has room.
struct ReaderListTests {
    @Test func readersAreNamedWithClassAndSchool() {
        let competition = CompetitionSamples.heatAndFinal()
        let words = CompetitionWords(.danish)
        #expect(
            words.readers(["R2", "R1"], in: competition)
                == "Noah (5.b, Hornslet Skole) og Ida (5.a, Rønde Skole)")
        #expect(
            CompetitionWords(.english).readers(["R1", "R2", "R3"], in: competition)
                == "Ida (5.a, Rønde Skole), Noah (5.b, Hornslet Skole) and Freja (5.a, Kolind Centralskole)")
        let question = { (names: String) in "Skal \(names) gå videre?" }
        #expect(words.sentence(naming: ["R1", "R2"], in: competition, width: 80, question).contains("Rønde Skole"))
        #expect(
            words.sentence(naming: ["R1", "R2"], in: competition, width: 40, question)
                == "Skal Ida (5.a) og Noah (5.b) gå videre?")
        #expect(
            words.sentence(naming: ["R1", "R2"], in: competition, width: 10, question) == "Skal Ida og Noah gå videre?")
    }
}

/// `depot check` on heats: a heat's judges must be the round's, and a reader reads in one heat.
struct HeatReferenceTests {
    @Test func aHeatNamingAnUnknownJudgeOrSharingAReaderIsReported() throws {
        var competition = try HeatTests.twoHeats()
        competition.rounds[0].heats[1].judgeIDs.append("J9")
        competition.rounds[0].heats[1].readerIDs.append("R1")
        var library = EventReferencesTests.library()
        library.events[0].competition = competition
        let problems = EventReferencesTests.check(library).joined(separator: "\n")
        #expect(problems.contains("heat H2 names judge J9, who is not a judge of the round"))
        #expect(problems.contains("reader R1 is in more than one heat"))
    }
}
