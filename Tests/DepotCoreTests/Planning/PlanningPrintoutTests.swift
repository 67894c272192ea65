import Foundation
import Testing

@testable import DepotCore

/// The "your exchange dates for the season" printout, as text and as HTML.
@Suite struct PlanningExchangeDatesTests {
    private let data = PlanFixtures.generated(.town, seed: 2026)

    @Test(arguments: Language.allCases)
    func textFitsEightyColumnsAndListsEveryVisit(language: Language) {
        let plan = RotationPlanner.plan(PlanFixtures.request(), data: data)
        let words = ExchangeDatesWords(language)
        for partner in data.partners {
            let text = ExchangeDatesLetter.text(for: partner, plan: plan, data: data, language: language)
            for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
                #expect(line.count <= ExchangeDatesLetter.width, "\(partner.id): \(line)")
            }
            #expect(text.contains(words.title(plan.season)))
            for visit in plan.visits(of: partner.id) { #expect(text.contains(words.date(visit.day))) }
        }
    }

    @Test func danishLetterReadsAsTheLibraryWritesIt() throws {
        let plan = RotationPlanner.plan(PlanFixtures.request(), data: data)
        let visit = try #require(plan.visits.first { $0.kind == .delivery && $0.routeID == "nord" })
        let partner = try #require(data.partners.first { $0.id == visit.partnerID })
        let text = ExchangeDatesLetter.text(for: partner, plan: plan, data: data, language: .danish)
        #expect(text.hasPrefix("Syddjurs Bibliotekerne, Børneteamet\nHovedgaden 40, 8410 Rønde\n\n\(partner.name)\n"))
        #expect(text.contains("Byttedage i sæsonen 2027/28"))
        let unwrapped = text.replacingOccurrences(of: "\n", with: " ")
        #expect(unwrapped.contains("Bogbilen kører rute Nord og kommer om tirsdagen."))
        #expect(text.contains("1 kasse hentes, 1 ny kasse kommer"))
        #expect(text.contains("  Uge  Dato"))
        #expect(text.contains("\(ISOWeek(containing: visit.day).week)  \(ExchangeDatesWords(.danish).date(visit.day))"))
        #expect(text.contains("I får 1 kasse"))
        #expect(text.hasSuffix("Venlig hilsen\n\nSyddjurs Bibliotekerne, Børneteamet\n"))
    }

    @Test func htmlIsSelfContainedAndEscaped() {
        let partner = PlanFixtures.partner("A", name: "Leg & Læs <Nord>")
        let library = PlanFixtures.library(
            partners: [partner], crates: (1...6).map { PlanFixtures.crate(Crate.ID("K\($0)")) })
        let plan = RotationPlanner.plan(PlanFixtures.request(), data: library)
        let html = ExchangeDatesPage.html(for: partner, plan: plan, data: library, language: .english)
        #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"en\">"))
        #expect(html.contains("<style>"))
        #expect(!html.contains("<script") && !html.contains("http") && !html.contains("src="))
        #expect(html.contains("Leg &amp; Læs &lt;Nord&gt;"))
        #expect(!html.contains("Leg & Læs"))
        #expect(html.contains("<h1>Exchange dates for the season 2027/28</h1>"))
        #expect(html.components(separatedBy: "<tr><td class=\"week\">").count - 1 == plan.visits.count)
        #expect(html.hasSuffix("</body>\n</html>\n"))
    }

    @Test func partnerWithoutVisitsIsToldSo() {
        let partner = PlanFixtures.partner("A", route: nil)
        let library = PlanFixtures.library(partners: [partner], crates: [PlanFixtures.crate("K1")])
        let plan = RotationPlanner.plan(PlanFixtures.request(), data: library)
        let text = ExchangeDatesLetter.text(for: partner, plan: plan, data: library, language: .english)
        #expect(text.contains("No exchange dates are planned for you this season."))
        #expect(!text.contains("The van drives"))
    }
}

/// The plan for the terminal and for spreadsheets.
@Suite struct PlanningTextTests {
    private let data = PlanFixtures.generated(.town, seed: 2026)

    @Test func tableGoesWeekByWeekWithReasonsAndQuality() {
        let plan = RotationPlanner.plan(PlanFixtures.request(), data: data)
        let text = PlanText.table(plan, data: data, language: .english)
        #expect(text.hasPrefix("Rotation plan 2027/28 (Sun 1/8 2027 – Mon 31/7 2028): \(plan.visits.count) visits"))
        #expect(text.contains("\nWeek 31 (Mon 2/8)\n  Route  Day"))
        #expect(text.contains("Not planned (\(plan.unplanned.count)):"))
        for slot in plan.unplanned { #expect(text.contains(slot.text(.english))) }
        #expect(text.contains("Quality:\n"))
        let danish = PlanText.table(plan, data: data, language: .danish)
        #expect(danish.contains("\nUge 31 (man 2.8.)\n  Rute  Dag"))
        #expect(danish.contains("Kvalitet:\n"))
    }

    @Test func csvHasOneRowPerVisit() {
        let plan = RotationPlanner.plan(PlanFixtures.request(), data: data)
        let lines = PlanText.csv(plan, data: data).split(separator: "\r\n")
        #expect(lines.count == plan.visits.count + 1)
        #expect(lines[0] == "week,date,routeID,partnerID,partner,kind,pickUp,leave,pinned,target,postponedFrom")
        #expect(lines[1].hasPrefix("31,2027-08-03,nord,"))
    }
}
