import Testing

@testable import DepotCore

@Suite struct PlanningExplanationTests {
    private let data = PlanFixtures.generated(.town, seed: 2026)

    private var plan: Plan { RotationPlanner.plan(PlanFixtures.request(), data: data) }

    @Test func exchangeExplainsItsDayVanAndCrates() throws {
        let plan = plan
        let visit = try #require(plan.visits.first { $0.kind == .exchange && $0.timing == .loanPeriod })
        let explanation = RotationPlanner(data: data).explain(partner: visit.partnerID, day: visit.day, in: plan)
        #expect(explanation.visitFound)
        let lines = explanation.lines
        #expect(lines[0].contains("(\(visit.partnerID))") && lines[0].hasSuffix("– exchange."))
        #expect(lines.contains { $0.hasPrefix("A loan period (3 months) after the last visit on") })
        #expect(lines.contains { $0.hasPrefix("The van on route") && $0.contains("(out and home both count)") })
        for crate in visit.pickUp { #expect(lines.contains { $0.hasPrefix("Picks up \(crate) ") }) }
        for crate in visit.leave {
            let line = lines.first { $0.hasPrefix("Leaves \(crate) ") }
            #expect(line?.contains("not had here in 2026/27–2027/28") == true)
            #expect(line?.contains("working days, at least 5") == true)
        }
    }

    @Test func danishExplanation() throws {
        let plan = plan
        let visit = try #require(plan.visits.first { $0.kind == .delivery })
        let lines = RotationPlanner(data: data).explain(
            partner: visit.partnerID, day: visit.day, in: plan, language: .danish
        ).lines
        #expect(lines[0].hasSuffix("– levering."))
        #expect(lines.contains { $0.hasPrefix("Sæsonens første kasser") })
        #expect(lines.contains { $0.hasPrefix("Ud: ") && $0.contains("en af dens aldersgrupper") })
    }

    @Test func aDayInTheVisitsWeekFindsTheVisit() throws {
        let plan = plan
        let visit = try #require(plan.visits.first { $0.day.weekday != .monday })
        let monday = ISOWeek(containing: visit.day).monday
        let explanation = RotationPlanner(data: data).explain(partner: visit.partnerID, day: monday, in: plan)
        #expect(explanation.visitFound)
        #expect(explanation.day == visit.day)
    }

    @Test func noVisitListsThePartnersVisits() {
        let plan = plan
        let partner = plan.visits[0].partnerID
        let explanation = RotationPlanner(data: data).explain(
            partner: partner, day: Day(year: 2027, month: 12, day: 26)!, in: plan)
        #expect(!explanation.visitFound)
        #expect(explanation.lines[0].hasSuffix("has no visit on Sunday 26 December 2027."))
        #expect(explanation.lines[1].hasPrefix("Visits in the plan: "))
    }

    @Test func unplannedSlotIsExplainedWithItsReason() throws {
        let plan = plan
        let slot = try #require(plan.unplanned.first)
        let explanation = RotationPlanner(data: data).explain(partner: slot.partnerID, day: slot.day, in: plan)
        #expect(explanation.lines.contains { $0.contains(slot.text(.english)) })
    }

    @Test func unknownPartner() {
        let explanation = RotationPlanner(data: data).explain(partner: "P999", day: PlanFixtures.today, in: plan)
        #expect(explanation.lines == ["P999 is not one of the library's partners."])
    }
}
