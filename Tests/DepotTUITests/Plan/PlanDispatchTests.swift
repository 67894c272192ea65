import Testing

@testable import DepotCore
@testable import DepotTUI

/// Sending crates from the desk once a plan is published: the due date proposed is the partner's next planned visit.
@Suite struct PlanDispatchTests {
    @Test func theDispatchFormProposesTheNextPublishedVisitAsTheDueDate() throws {
        let today = ScreenTest.today
        var data = ScreenTest.sample
        let season = data.settings.season(containing: today)
        var plan = SeasonPlan.planned(season, in: data, today: today)
        let visit = try #require(plan.draft.visits.first { $0.day > today })
        let partner = try #require(data.partners.first { $0.id == visit.partnerID })
        let loanPeriod = DueDates.propose(for: partner, dispatchedOn: today, settings: data.settings)
        #expect(loanPeriod != visit.day)

        func proposed(_ data: LibraryData) -> String {
            let context = AppContext(data: data, today: today, strings: Strings(.danish))
            return DispatchForm.make(for: partner, exchange: false, context).fields[1].input.text
        }
        data.setPlan(plan)
        #expect(proposed(data) == loanPeriod.description)
        plan.publish(on: today)
        data.setPlan(plan)
        #expect(proposed(data) == visit.day.description)
    }
}
