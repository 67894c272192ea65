import Testing

@testable import DepotCore
@testable import DepotTUI

/// Sending crates from the desk once a plan is published: the due date proposed is the loan period, moved to the
/// partner's visit in the same season's plan when one comes within a route cycle; next season's plan changes nothing.
@Suite struct PlanDispatchTests {
    @Test func theDispatchFormProposesTheSameSeasonsPlannedVisitAsTheDueDate() throws {
        let today = ScreenTest.today
        var data = ScreenTest.sample
        let season = data.settings.season(containing: today)
        var plan = SeasonPlan.planned(season, in: data, today: today)
        let visit = try #require(plan.draft.visits.first { $0.day > today })
        let partner = try #require(data.partners.first { $0.id == visit.partnerID })
        let ordinary = DueDates.propose(for: partner, dispatchedOn: today, settings: data.settings)
        // The plan comes to the partner a week after the ordinary due date (and at its first visit).
        let planned = ordinary.adding(days: 7)
        var moved = visit
        moved.day = planned
        plan.draft.visits = plan.draft.visits.filter { $0.partnerID != partner.id } + [visit, moved]

        func proposed(_ data: LibraryData) -> String {
            let context = AppContext(data: data, today: today, strings: Strings(.danish))
            return DispatchForm.make(for: partner, exchange: false, context).fields[1].input.text
        }
        data.setPlan(plan)
        #expect(proposed(data) == ordinary.description)
        plan.publish(on: today)
        data.setPlan(plan)
        #expect(proposed(data) == planned.description)

        // Next season's plan, published now, does not move today's loan.
        var next = ScreenTest.sample
        var nextPlan = SeasonPlan.planned(season.next, in: next, today: today)
        nextPlan.publish(on: today)
        next.setPlan(nextPlan)
        #expect(nextPlan.draft.visits.contains { $0.partnerID == partner.id })
        #expect(proposed(next) == ordinary.description)
    }
}
