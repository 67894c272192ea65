import Testing

@testable import DepotCore

@Suite struct EventsRankingTests {
    @Test func totalsAcrossJudgesOrderTheReaders() throws {
        var competition = CompetitionSamples.heatAndFinal()
        try CompetitionSamples.score(&competition, "R1", 3)
        try CompetitionSamples.score(&competition, "R2", 5)
        try CompetitionSamples.score(&competition, "R3", 4)
        try CompetitionSamples.score(&competition, "R4", 2)
        let ranking = competition.ranking(round: 0)
        #expect(ranking.map(\.readerID) == ["R2", "R3", "R1", "R4"])
        #expect(ranking.map(\.total) == [20, 16, 12, 8])
        #expect(ranking.map(\.place) == [1, 2, 3, 4])
        #expect(ranking.allSatisfy { $0.tie == .none && $0.isComplete })
    }

    @Test func equalTotalsShareAPlaceAndNeedAReadOff() throws {
        var competition = CompetitionSamples.heatAndFinal()
        try CompetitionSamples.score(&competition, "R1", 4)
        try CompetitionSamples.score(&competition, "R2", 5)
        try CompetitionSamples.score(&competition, "R3", 4)
        try CompetitionSamples.score(&competition, "R4", 1)
        let ranking = competition.ranking(round: 0)
        #expect(ranking.map(\.place) == [1, 2, 2, 4])
        #expect(ranking[1].tie == .readOffNeeded(with: ["R3"]))
        #expect(ranking[2].tie == .readOffNeeded(with: ["R1"]))
        #expect(!ranking[0].needsReadOff && !ranking[3].needsReadOff)
    }

    @Test func unscoredReadersAreNotShownAsTied() {
        let ranking = CompetitionSamples.heatAndFinal().ranking(round: 0)
        #expect(ranking.count == 4)
        #expect(ranking.allSatisfy { !$0.needsReadOff && !$0.isComplete && $0.total == 0 })
    }

    @Test func aReadOffDecidesTheOrder() throws {
        var competition = CompetitionSamples.heatAndFinal()
        try CompetitionSamples.score(&competition, "R1", 4)
        try CompetitionSamples.score(&competition, "R2", 5)
        try CompetitionSamples.score(&competition, "R3", 4)
        try CompetitionSamples.score(&competition, "R4", 1)
        try competition.decideTie(round: 0, order: ["R3", "R1"], by: .readOff, on: CompetitionSamples.day)
        let ranking = competition.ranking(round: 0)
        #expect(ranking.map(\.readerID) == ["R2", "R3", "R1", "R4"])
        #expect(ranking.map(\.place) == [1, 2, 3, 4])
        #expect(ranking[1].tie == .decided(.readOff))
    }

    @Test func theLotIsRecordedLikeAReadOff() throws {
        var competition = CompetitionSamples.heatAndFinal()
        for reader: Reader.ID in ["R1", "R2", "R3", "R4"] { try CompetitionSamples.score(&competition, reader, 3) }
        try competition.decideTie(round: 0, order: ["R4", "R2", "R1", "R3"], by: .lot, on: CompetitionSamples.day)
        let ranking = competition.ranking(round: 0)
        #expect(ranking.map(\.readerID) == ["R4", "R2", "R1", "R3"])
        #expect(ranking.allSatisfy { $0.tie == .decided(.lot) })
        #expect(competition.round(0).tieBreaks.count == 1)
    }

    @Test func onlyTiedReadersCanBeDecided() throws {
        var competition = CompetitionSamples.heatAndFinal()
        try CompetitionSamples.score(&competition, "R1", 4)
        try CompetitionSamples.score(&competition, "R2", 5)
        #expect(throws: AdvanceError.self) {
            try competition.decideTie(round: 0, order: ["R1", "R2"], by: .readOff, on: CompetitionSamples.day)
        }
    }

    @Test func theTopNAdvanceInRunningOrder() throws {
        var competition = CompetitionSamples.heatAndFinal()
        try CompetitionSamples.score(&competition, "R1", 3)
        try CompetitionSamples.score(&competition, "R2", 5)
        try CompetitionSamples.score(&competition, "R3", 2)
        try CompetitionSamples.score(&competition, "R4", 4)
        let advanced = try competition.advance(round: 0)
        #expect(advanced == ["R2", "R4"])
        #expect(competition.round(1).readerIDs == ["R2", "R4"])
        #expect(competition.currentRound == 1)
    }

    @Test func aTieAcrossTheCutBlocksAdvancingUntilDecided() throws {
        var competition = CompetitionSamples.heatAndFinal()
        try CompetitionSamples.score(&competition, "R1", 4)
        try CompetitionSamples.score(&competition, "R2", 5)
        try CompetitionSamples.score(&competition, "R3", 4)
        try CompetitionSamples.score(&competition, "R4", 1)
        #expect {
            try competition.advance(round: 0)
        } throws: { error in
            guard case AdvanceError.tieAtCutoff(_, let readers) = error else { return false }
            return readers.count == 2 && (error as! AdvanceError).description.contains("read-off needed")
        }
        #expect(competition.round(1).readerIDs.isEmpty)
        try competition.decideTie(round: 0, order: ["R3", "R1"], by: .readOff, on: CompetitionSamples.day)
        #expect(try competition.advance(round: 0) == ["R2", "R3"])
    }

    @Test func aTieInsideTheTopDoesNotBlock() throws {
        var competition = CompetitionSamples.heatAndFinal(advancing: 3)
        try CompetitionSamples.score(&competition, "R1", 4)
        try CompetitionSamples.score(&competition, "R2", 5)
        try CompetitionSamples.score(&competition, "R3", 4)
        try CompetitionSamples.score(&competition, "R4", 1)
        #expect(try competition.advance(round: 0) == ["R1", "R2", "R3"])
    }

    @Test func advancingNeedsEveryScoreAndANextRound() throws {
        var competition = CompetitionSamples.heatAndFinal()
        try CompetitionSamples.score(&competition, "R1", 4)
        #expect(throws: AdvanceError.self) { try competition.advance(round: 0) }
        for (reader, points) in [("R2", 3), ("R3", 2), ("R4", 1)] {
            try CompetitionSamples.score(&competition, Reader.ID(reader), points)
        }
        try competition.advance(round: 0)
        #expect(throws: AdvanceError.lastRound(round: "Finale")) { try competition.advance(round: 1) }
    }

    @Test func aSchoolHeatAdvancesTheBestOfEachSchool() throws {
        var competition = Competition(
            format: .syddjurs,
            readers: [
                Reader(id: "R1", firstName: "Ida", className: "5.a", school: "Rønde Skole"),
                Reader(id: "R2", firstName: "Noah", className: "5.b", school: "Rønde Skole"),
                Reader(id: "R3", firstName: "Freja", className: "5.a", school: "Kolind Centralskole"),
                Reader(id: "R4", firstName: "Oscar", className: "5.b", school: "Kolind Centralskole"),
            ])
        competition.rounds[0].judges = [Judge(id: "J1", name: "Lærer", role: .teacher)]
        let points: [Reader.ID: Int] = ["R1": 2, "R2": 4, "R3": 5, "R4": 1]
        for (reader, value) in points {
            for criterion in Competition.sampleCriteria {
                try competition.enter(
                    value, reader: reader, criterion: criterion, judge: "J1", round: 0, by: nil,
                    on: CompetitionSamples.day)
            }
        }
        let ranking = competition.ranking(round: 0)
        #expect(ranking.filter { $0.place == 1 }.map(\.readerID) == ["R2", "R3"])
        #expect(try competition.advance(round: 0) == ["R2", "R3"])
    }
}

extension Competition {
    static let sampleCriteria = ["technique", "interpretation", "passage"]
}
