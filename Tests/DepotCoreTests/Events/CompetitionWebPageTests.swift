import Foundation
import Testing

@testable import DepotCore

@Suite("The results page for the library's website")
struct CompetitionWebPageTests {
    static func competition() throws -> (Event, Competition) {
        var competition = CompetitionSamples.heatAndFinal()
        competition.readers[0].firstName = "Ida Hansen"
        competition.readers[1].firstName = "Anne-Sofie"
        try CompetitionSamples.score(&competition, "R1", 5)
        try CompetitionSamples.score(&competition, "R2", 4)
        try CompetitionSamples.score(&competition, "R3", 3)
        try CompetitionSamples.score(&competition, "R4", 3)
        let event = Event(
            id: "E2027-01", kind: .readingCompetition, title: "Syddjursmesterskaberne",
            startsOn: CompetitionSamples.day,
            venue: "Rønde Bibliotek", competition: competition)
        return (event, competition)
    }

    @Test func readersAreNamedByFirstNameClassAndSchoolWithoutSurnamesOrPoints() throws {
        let (event, competition) = try Self.competition()
        let html = CompetitionWebPage.html(
            event: event, competition: competition, round: nil, language: .danish, library: "Syddjurs Bibliotekerne",
            today: CompetitionSamples.day)
        #expect(html.contains("<td>Ida</td><td>5.a</td><td>Rønde Skole</td><td>går videre</td>"))
        #expect(!html.contains("Hansen"))
        #expect(html.contains("<td>Anne-Sofie</td>"))
        // Freja and Oscar tie for third where it decides nothing: a shared place.
        #expect(html.contains("<td class=\"number\">delt 3.</td><td>Freja</td>"))
        // No points, no judges, no script, nothing from elsewhere.
        #expect(!html.contains("Karen Fortæller") && !html.contains("<script") && !html.contains("http"))
        #expect(!html.contains(">20<") && !html.contains("Point"))
        #expect(html.contains("<h1>Resultater: Syddjursmesterskaberne</h1>"))
        #expect(html.contains("Tak til alle oplæserne"))
    }

    @Test func theLibrarysOwnWordingReplacesTheDefaults() throws {
        let (event, competition) = try Self.competition()
        let html = CompetitionWebPage.html(
            event: event, competition: competition, round: 0, language: .english, library: "Syddjurs Bibliotekerne",
            today: CompetitionSamples.day, heading: "Årets oplæsere <2027>",
            intro: "Tillykke til alle!\n\nVi ses til finalen.")
        #expect(html.contains("<h1>Årets oplæsere &lt;2027&gt;</h1>"))
        #expect(html.contains("<p>Tillykke til alle!</p>\n<p>Vi ses til finalen.</p>"))
        #expect(!html.contains("Thank you"))
        #expect(html.contains("<th>Reader</th>") && html.contains("goes on"))
        #expect(CompetitionWebPage.firstName("  Ida  Marie Hansen ") == "Ida")
    }

    @Test func aRoundWithoutScoresSaysTheResultsAreNotReady() throws {
        let competition = CompetitionSamples.heatAndFinal()
        let event = Event(
            id: "E1", kind: .readingCompetition, title: "Mesterskab", startsOn: CompetitionSamples.day,
            competition: competition)
        let html = CompetitionWebPage.html(
            event: event, competition: competition, round: nil, language: .danish, library: "Biblioteket",
            today: CompetitionSamples.day)
        #expect(html.contains("Resultaterne er ikke klar endnu.") && !html.contains("<table>"))
    }
}
