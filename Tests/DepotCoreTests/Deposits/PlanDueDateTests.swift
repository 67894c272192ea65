import Testing

@testable import DepotCore

extension DepositsTests {
    /// The due date of crates sent today, once rotation plans are published: the loan period, moved to the
    /// partner's visit in the same season's plan when one comes within a route cycle, never to next season's.
    @Suite struct PlanDueDateTests {
        private func day(_ text: String) -> Day { Day(text)! }

        /// The fixture library with a published plan for `season` whose only visits are Solsikken's on `days`.
        private func library(planFor season: Season, visits days: [String]) -> LibraryData {
            var data = DeskFixtures.library()
            var plan = SeasonPlan.planned(season, in: data, today: day("2026-11-23"))
            plan.draft.visits = days.map { text in
                PlannedVisit(
                    partnerID: "P001", day: day(text), routeID: "mols", kind: .exchange, timing: .loanPeriod,
                    target: day(text), pickUp: [], leave: [])
            }
            plan.publish(on: day("2026-11-23"))
            data.setPlan(plan)
            return data
        }

        private func solsikken(_ data: LibraryData) -> Partner { data.partners.first { $0.id == "P001" }! }

        @Test func publishingNextSeasonDoesNotChangeTodaysLoans() throws {
            // Tuesday 1 December 2026: three months on is Monday 1 March 2027, so Wednesday 3 March (Mols).
            var before = DeskFixtures.library()
            let plain = DueDates.propose(for: solsikken(before), dispatchedOn: day("2026-12-01"), data: before)
            #expect(plain == day("2027-03-03"))
            // December: the 2027/28 plan is published; its first visit is 4 August 2027.
            var after = library(planFor: Season(startYear: 2027), visits: ["2027-08-04", "2027-11-03"])
            #expect(DueDates.propose(for: solsikken(after), dispatchedOn: day("2026-12-01"), data: after) == plain)
            #expect(PlanVisits.nextVisit(of: "P001", after: day("2026-12-01"), in: after) == nil)
            // The dispatch itself, without a due date asked for, agrees.
            try Desk.dispatch(crates: ["K001"], to: "P001", on: day("2026-12-01"), in: &before)
            try Desk.dispatch(crates: ["K001"], to: "P001", on: day("2026-12-01"), in: &after)
            #expect(before.deposits.last?.dueOn == plain)
            #expect(after.deposits.last?.dueOn == plain)
        }

        @Test func theSameSeasonsPlannedVisitWithinARouteCycleIsTheDueDate() throws {
            // The 2026/27 plan comes to Solsikken on Wednesday 10 March: a route cycle after the ordinary 3 March.
            var data = library(planFor: Season(startYear: 2026), visits: ["2027-01-13", "2027-03-10"])
            #expect(
                DueDates.propose(for: solsikken(data), dispatchedOn: day("2026-12-01"), data: data) == day("2027-03-10")
            )
            try Desk.dispatch(crates: ["K001"], to: "P001", on: day("2026-12-01"), in: &data)
            #expect(data.deposits.last?.dueOn == day("2027-03-10"))
        }

        @Test func aPlannedVisitFurtherOffThanARouteCycleIsNotUsed() {
            // 17 March is two weeks after the ordinary due date: longer than the loan plus one route cycle.
            let data = library(planFor: Season(startYear: 2026), visits: ["2027-03-17"])
            let due = DueDates.propose(for: solsikken(data), dispatchedOn: day("2026-12-01"), data: data)
            #expect(due == day("2027-03-03"))
            let ordinary = DueDates.propose(
                for: solsikken(data), dispatchedOn: day("2026-12-01"), settings: data.settings)
            #expect(due <= ordinary.adding(days: DueDates.routeCycleDays))
        }

        @Test func aPlannedVisitBeforeTheLoanPeriodIsNotUsed() {
            // A visit on 24 February, before the loan period is over, does not shorten the loan.
            let data = library(planFor: Season(startYear: 2026), visits: ["2027-02-24"])
            #expect(
                DueDates.propose(for: solsikken(data), dispatchedOn: day("2026-12-01"), data: data) == day("2027-03-03")
            )
        }

        @Test func packingForAVisitProposesTheDueDateFromTheVisit() throws {
            var data = DeskFixtures.library()
            try Desk.packForPartner(
                crates: ["K001"], partner: "P001", on: day("2026-12-01"), visit: day("2026-12-02"), in: &data)
            // Wednesday 2 December + 3 months = Tuesday 2 March; Mols drives on Wednesdays.
            #expect(data.deposits.last?.dueOn == day("2027-03-03"))
        }
    }
}
