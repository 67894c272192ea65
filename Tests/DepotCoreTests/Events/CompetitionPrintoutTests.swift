import Testing

@testable import DepotCore

@Suite struct EventsCompetitionPrintoutTests {
    /// The sample library's championship: 7 schools' readers in the heats, judges, no scores.
    static func sample() throws -> (Event, Competition) {
        let data = LibraryGenerator(scale: .sample, today: Fixtures.today).generate()
        let event = try #require(data.events.first { $0.kind == .readingCompetition })
        return (event, try #require(event.competition))
    }

    /// A scored final with a tie, names long enough to be cut.
    static func scored() throws -> (Event, Competition) {
        var competition = CompetitionSamples.heatAndFinal()
        competition.readers[0].school = "Den Internationale Friskole i Kolind og Omegn, afdeling Nord"
        for (reader, points) in [("R1", 4), ("R2", 5), ("R3", 4), ("R4", 1)] {
            try CompetitionSamples.score(&competition, Reader.ID(reader), points)
        }
        let event = Event(
            id: "E1", kind: .readingCompetition, title: "Mesterskabet", startsOn: CompetitionSamples.day,
            venue: "Rønde Bibliotek", competition: competition)
        return (event, competition)
    }

    static func widest(_ text: String) -> Int { text.split(separator: "\n").map(\.count).max() ?? 0 }

    @Test(arguments: Language.allCases)
    func textPrintoutsStayWithin80Columns(_ language: Language) throws {
        for (event, competition) in [try Self.sample(), try Self.scored()] {
            for round in competition.format.rounds.indices {
                #expect(
                    Self.widest(
                        CompetitionSheets.text(event: event, competition: competition, round: round, language: language)
                    ) <= 80)
                #expect(
                    Self.widest(
                        CompetitionRunningOrder.text(
                            event: event, competition: competition, round: round, language: language)) <= 80)
            }
            #expect(
                Self.widest(
                    CompetitionResults.text(event: event, competition: competition, round: nil, language: language))
                    <= 80)
        }
    }

    @Test func resultsShowTiesThatNeedAReadOff() throws {
        let (event, competition) = try Self.scored()
        let text = CompetitionResults.text(event: event, competition: competition, round: 0, language: .english)
        #expect(text.components(separatedBy: "read-off needed").count == 3)
        #expect(text.contains("Noah, 5.b"))
        let danish = CompetitionResults.html(event: event, competition: competition, round: 0, language: .danish)
        #expect(danish.contains("omlæsning nødvendig") && danish.hasPrefix("<!DOCTYPE html>"))
    }

    @Test func certificatesHaveOnePagePerReader() throws {
        let (event, competition) = try Self.sample()
        let html = CompetitionCertificates.html(event: event, competition: competition, round: 0, language: .danish)
        #expect(html.components(separatedBy: "class=\"page certificate\"").count - 1 == competition.readers.count)
        #expect(html.contains("@media print") && html.contains("for deltagelse"))
    }

    @Test func theSampleChampionshipIsPlannedWithTheSyddjursFormat() throws {
        let (event, competition) = try Self.sample()
        #expect(competition.format == .syddjurs)
        #expect(Set(competition.readers.map(\.school)).count == 7)
        #expect(competition.round(0).readerIDs.count == competition.readers.count)
        #expect(!competition.round(0).judges.isEmpty && competition.round(1).judges.count == 3)
        #expect(!competition.round(0).hasScores && !competition.round(1).hasScores)
        #expect(competition.readers.allSatisfy { $0.className.hasPrefix("5.") && !$0.firstName.contains(" ") })
        #expect(event.tasks.count == 4 && !event.log.isEmpty)
    }

    @Test func theOutcomeReportTextStaysWithin80Columns() throws {
        let report = try #require(
            OutcomeReport.build(
                EventsOutcomeReportTests.library(), team: "skofo", season: EventsOutcomeReportTests.season,
                today: Fixtures.today))
        for language in Language.allCases {
            #expect(Self.widest(report.text(language)) <= 80)
        }
        #expect(report.text(.english).contains("250 elever i publikum"))
        #expect(report.html(.danish).contains("Resultatrapport 2026/27: SKOFO"))
    }
}
