import Testing

@testable import DepotCore

/// Crates packed at the desk and not sent yet: re-planning sends them to the partner they are packed for, on the
/// visit they are packed for, and never picks them up from a partner that never had them.
@Suite struct PlanningPackedTests {
    static let today = Day(year: 2026, month: 11, day: 23)!

    /// The sample as of 23 November 2026: K040, K003 and K001 are packed for P002, P014 and P016.
    static let data = LibraryGenerator(scale: .sample, seed: 2026, today: today).generate()

    private static func packed(_ data: LibraryData) -> [Deposit] {
        data.deposits.filter { $0.dispatchedOn == nil && $0.returnedOn == nil }
    }

    @Test func packedCratesGoToTheirPartnerOnTheirVisit() throws {
        let data = Self.data
        let packed = Self.packed(data)
        #expect(packed.count >= 2)
        let request = PlanRequest(season: Season(startYear: 2026), startingOn: Self.today)
        let plan = RotationPlanner.plan(request, data: data)
        let partners = Dictionary(uniqueKeysWithValues: data.partners.map { ($0.id, $0) })
        for deposit in packed {
            let partner = try #require(partners[deposit.partnerID])
            let day = DepositVisits.packedVisit(of: deposit, partner: partner, data: data, today: Self.today)
            let visit = try #require(plan.visit(PlannedVisit.ID(partnerID: deposit.partnerID, day: day)))
            for crate in deposit.crateIDs {
                #expect(visit.leave.contains(crate), "\(crate) goes to \(deposit.partnerID) on \(day)")
                // Nobody picks it up before, nor gets it before.
                #expect(!plan.visits.contains { $0.day <= day && $0.pickUp.contains(crate) })
                #expect(!plan.visits.contains { $0.day < day && $0.leave.contains(crate) })
                let first = plan.visits.first { $0.leave.contains(crate) }
                #expect(first?.partnerID == deposit.partnerID)
            }
            let why = RotationPlanner(data: data).explain(partner: deposit.partnerID, day: day, in: plan).lines
            #expect(why.contains { $0.contains("packed for this visit at the desk") })
            #expect(!why.contains { $0.contains("pinned by hand") })
        }
        #expect(plan.violations == [])
        #expect(IndependentChecker(data: data, plan: plan).problems() == [])
    }

    @Test func replanningAPublishedSeasonKeepsThePackedCrates() throws {
        let data = Self.data
        var seasonPlan = SeasonPlan.planned(Season(startYear: 2026), in: data, today: Self.today)
        seasonPlan.publish(on: Self.today)
        var library = data
        library.setPlan(seasonPlan)
        seasonPlan.replan(data: library, today: Self.today.adding(days: 1))
        for deposit in Self.packed(data) {
            let first = seasonPlan.draft.visits.first { $0.leave.contains(deposit.crateIDs[0]) }
            #expect(first?.partnerID == deposit.partnerID)
            #expect(
                !seasonPlan.draft.visits.contains { $0.pickUp.contains(deposit.crateIDs[0]) && $0.day <= first!.day })
        }
    }
}
