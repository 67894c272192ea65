import Foundation
import Testing

@testable import DepotCore

/// Every HTML printout prints as the text printouts do: A4, page numbers, headings repeated, nothing cut in two.
@Suite("HTML printouts on paper")
struct PrintStyleTests {
    /// Every HTML printout Depot makes from the sample library (and a planned partner for the exchange dates).
    private func printouts() throws -> [(name: String, html: String)] {
        let data = try sampleLibrary()
        let today = Fixtures.day("2026-11-23")
        var pages: [(String, String)] = []
        let week = WeekSchedule.build(data: data, week: try #require(ISOWeek("2026-W48")), today: today)
        pages.append(("week", WeekHTML.page(for: week, data: data, language: .danish, withItems: true)))
        let event = try #require(data.events.first { $0.competition != nil })
        let competition = try #require(event.competition)
        pages.append(
            ("results", CompetitionResults.html(event: event, competition: competition, round: nil, language: .danish)))
        pages.append(
            ("sheets", CompetitionSheets.html(event: event, competition: competition, round: 0, language: .danish)))
        pages.append(
            (
                "order",
                CompetitionRunningOrder.html(event: event, competition: competition, round: 0, language: .english)
            ))
        pages.append(
            (
                "certificates",
                CompetitionCertificates.html(event: event, competition: competition, round: 0, language: .danish)
            ))
        let reports = data.teams.compactMap {
            OutcomeReport.build(data, team: $0.id, season: Season(startYear: 2026), today: today)
        }
        #expect(!reports.isEmpty)
        pages.append(("report", OutcomeReport.html(reports, .danish)))
        let partner = PlanFixtures.partner("A", name: "Leg & Læs")
        let library = PlanFixtures.library(
            partners: [partner], crates: (1...6).map { PlanFixtures.crate(Crate.ID("K\($0)")) })
        let plan = RotationPlanner.plan(PlanFixtures.request(), data: library)
        pages.append(("dates", ExchangeDatesPage.html(for: partner, plan: plan, data: library, language: .danish)))
        return pages
    }

    private func count(_ needle: String, in text: String) -> Int { text.components(separatedBy: needle).count - 1 }

    @Test func everyPrintoutIsA4WithPageNumbers() throws {
        for (name, html) in try printouts() {
            #expect(html.contains("size: A4;"), "\(name)")
            if name == "certificates" {
                #expect(html.contains("@bottom-center { content: none; }"), "a certificate carries no page number")
            } else {
                #expect(html.contains("counter(page)") && html.contains("counter(pages)"), "\(name)")
            }
            #expect(html.contains("thead { display: table-header-group; }"), "\(name)")
            #expect(html.contains("break-inside: avoid"), "\(name)")
        }
        let danish = PrintStyle.css(.danish)
        #expect(danish.contains("\"Side \" counter(page) \" af \" counter(pages)"))
        #expect(PrintStyle.css(.english).contains("\"Page \" counter(page) \" of \" counter(pages)"))
    }

    @Test func everyTableHasAHeadingThatRepeatsAndNoUnlabelledColumn() throws {
        for (name, html) in try printouts() {
            #expect(count("<table", in: html) == count("<thead>", in: html), "\(name): a table without a thead")
            #expect(!html.contains("<th></th>") && !html.contains("<th class=\"number\"></th>"), "\(name)")
        }
    }

    @Test func resultsHaveNoEmptyColumnAndLabelTheirNotes() throws {
        var competition = CompetitionSamples.heatAndFinal()
        let event = Event(id: "E1", kind: .readingCompetition, title: "Oplæsning", startsOn: Fixtures.day("2027-03-18"))
        let plain = CompetitionResults.html(event: event, competition: competition, round: 0, language: .english)
        #expect(!plain.contains("<th>Note</th>"))
        let readers = competition.round(0).readerIDs
        try CompetitionSamples.score(&competition, readers[0], 4)
        let noted = CompetitionResults.html(event: event, competition: competition, round: 0, language: .english)
        // Scores missing for the others: the note has a labelled column, and every row has as many cells as the head.
        #expect(noted.contains("<th>Note</th>"))
        for table in noted.components(separatedBy: "<table>").dropFirst() {
            let head = table.components(separatedBy: "</thead>")[0]
            let columns = count("</th>", in: head)
            for row in table.components(separatedBy: "</thead>")[1].components(separatedBy: "<tr>").dropFirst() {
                #expect(count("</td>", in: row) == columns)
            }
        }
    }

    @Test func aRouteSheetKeepsEachStopAndTheSignatureTogether() throws {
        let data = try sampleLibrary()
        let week = WeekSchedule.build(
            data: data, week: try #require(ISOWeek("2026-W48")), today: Fixtures.day("2026-11-23"))
        let html = WeekHTML.page(for: week, data: data, language: .danish)
        let sheets = html.components(separatedBy: "<section class=\"sheet\">").dropFirst()
        #expect(!sheets.isEmpty)
        for sheet in sheets {
            #expect(sheet.contains("<thead><tr><th>#</th>"))
            // The signature is a row of the last stop, which is never split: it cannot land alone on a sheet.
            let stops = sheet.components(separatedBy: "<tbody class=\"stop\">").dropFirst()
            let last = try #require(stops.last)
            #expect(last.contains("<tr class=\"signature\">"))
            #expect(stops.dropLast().allSatisfy { !$0.contains("signature") })
        }
        #expect(html.contains(".stop { break-inside: avoid") || html.contains("tr, .stop, .crates, .signature"))
    }
}
