import Testing

@testable import DepotCore

@Suite struct EventsPurgeTests {
    /// The fixture library with a scored competition whose final was on 18 March 2027.
    static func library() throws -> LibraryData {
        var data = Fixtures.library()
        var competition = CompetitionSamples.heatAndFinal()
        for (reader, points) in [("R1", 3), ("R2", 5), ("R3", 4), ("R4", 2)] {
            try CompetitionSamples.score(&competition, Reader.ID(reader), points)
        }
        try competition.advance(round: 0)
        competition.rounds[1].day = CompetitionSamples.day
        data.events.append(
            Event(
                id: "E2027-09", kind: .readingCompetition, title: "Mesterskab 2027", startsOn: CompetitionSamples.day,
                competition: competition))
        return data
    }

    @Test func nothingIsDueBeforeTheRetentionPeriodEnds() throws {
        let data = try Self.library()
        #expect(Purge.plan(data, Day(year: 2028, month: 3, day: 17)!).isEmpty)
        let plan = Purge.plan(data, Day(year: 2028, month: 3, day: 18)!)
        #expect(plan.map(\.eventID) == ["E2027-09"])
        #expect(plan.first?.readerCount == 4)
        #expect(plan.first?.purgeFrom == Day(year: 2028, month: 3, day: 18)!)
    }

    @Test func theRetentionPeriodComesFromTheSettings() throws {
        var data = try Self.library()
        data.settings.readerRetentionMonths = 3
        #expect(Purge.plan(data, Day(year: 2027, month: 6, day: 18)!).count == 1)
    }

    @Test func aDryRunChangesNothing() throws {
        let data = try Self.library()
        var copy = data
        _ = Purge.plan(copy, Day(year: 2029, month: 1, day: 1)!)
        #expect(copy == data)
        #expect(Purge.apply([], to: &copy, today: Day(year: 2029, month: 1, day: 1)!).isEmpty)
        #expect(copy == data)
    }

    @Test func applyRemovesNamesButKeepsScoresAndCounts() throws {
        let before = try Self.library()
        var data = before
        let today = Day(year: 2028, month: 4, day: 1)!
        let files = Purge.apply(Purge.plan(data, today), to: &data, today: today, by: "S01")
        #expect(files == [.events])
        let old = try #require(before.events.last?.competition)
        let event = try #require(data.events.last)
        let competition = try #require(event.competition)
        #expect(competition.readers.map(\.firstName) == ["Oplæser 1", "Oplæser 2", "Oplæser 3", "Oplæser 4"])
        #expect(competition.readers.map(\.className) == old.readers.map(\.className))
        #expect(competition.readers.map(\.school) == old.readers.map(\.school))
        #expect(competition.rounds == old.rounds)
        #expect(competition.ranking(round: 0) == old.ranking(round: 0))
        let names = ["Ida", "Noah", "Freja", "Oscar"]
        #expect(!competition.readers.contains { names.contains($0.firstName) })
        #expect(competition.anonymisedOn == today)
        let note = try #require(event.log.last)
        #expect(note.on == today && note.authorID == "S01" && note.text.contains("4 oplæsere"))
        #expect(Purge.plan(data, today).isEmpty)
    }
}
