import Foundation
import Testing

@testable import DepotCore

/// Properties of plans for generated libraries of several seeds: the hard rules always hold (by an independent
/// checker), the same input gives the same plan, and pins are kept.
@Suite struct PlanningPropertyTests {
    static let cases: [(LibraryScale, UInt64)] = [
        (.sample, 1), (.sample, 2026), (.town, 7), (.town, 2026), (.town, 99),
    ]

    @Test(arguments: cases)
    func planKeepsEveryHardRule(scale: LibraryScale, seed: UInt64) {
        let data = PlanFixtures.generated(scale, seed: seed)
        let plan = RotationPlanner.plan(PlanFixtures.request(), data: data)
        #expect(plan.visits.count > 3 * data.partners.count / 2)
        #expect(IndependentChecker(data: data, plan: plan).problems() == [])
        #expect(plan.violations == [])
        #expect(RotationPlanner(data: data).check(plan) == [])
    }

    @Test(arguments: cases)
    func planKeepsEveryHardRuleWithShortLookBackAndNoSummerCollection(scale: LibraryScale, seed: UInt64) {
        let data = PlanFixtures.generated(scale, seed: seed)
        let plan = RotationPlanner.plan(PlanFixtures.request(lookBack: 0, collects: false), data: data)
        #expect(IndependentChecker(data: data, plan: plan).problems() == [])
        #expect(plan.violations == [])
    }

    /// Planning the rest of a season that has begun: crates are out at partners, some overdue.
    @Test(arguments: [(LibraryScale.sample, UInt64(2026)), (.town, 5)])
    func planOfARunningSeasonKeepsEveryHardRule(scale: LibraryScale, seed: UInt64) {
        let today = Day(year: 2026, month: 11, day: 23)!
        let data = LibraryGenerator(scale: scale, seed: seed, today: today).generate()
        let request = PlanRequest(season: Season(startYear: 2026), startingOn: today)
        let plan = RotationPlanner.plan(request, data: data)
        #expect(plan.visits.allSatisfy { $0.day >= today })
        #expect(plan.visits.contains { !$0.pickUp.isEmpty && $0.timing == .due })
        #expect(IndependentChecker(data: data, plan: plan).problems() == [])
        #expect(plan.violations == [])
    }

    @Test(arguments: cases)
    func sameInputGivesTheSamePlan(scale: LibraryScale, seed: UInt64) throws {
        let data = PlanFixtures.generated(scale, seed: seed)
        let first = RotationPlanner.plan(PlanFixtures.request(), data: data)
        let again = RotationPlanner.plan(PlanFixtures.request(), data: PlanFixtures.generated(scale, seed: seed))
        #expect(first == again)
        #expect(try first.json() == again.json())
    }

    @Test(arguments: cases)
    func visitsAreSortedAndEachPartnerHasOneVisitADay(scale: LibraryScale, seed: UInt64) {
        let plan = RotationPlanner.plan(PlanFixtures.request(), data: PlanFixtures.generated(scale, seed: seed))
        #expect(plan.visits == plan.visits.sorted(by: PlannedVisit.planOrder))
        #expect(Set(plan.visits.map(\.id)).count == plan.visits.count)
        #expect(plan.unplanned == plan.unplanned.sorted(by: UnplannedSlot.planOrder))
    }

    @Test(arguments: cases)
    func pinsAreKeptAndTheRestIsPlannedAroundThem(scale: LibraryScale, seed: UInt64) {
        let data = PlanFixtures.generated(scale, seed: seed)
        let planner = RotationPlanner(data: data)
        let plan = planner.plan(PlanFixtures.request())
        // Pin every fifth exchange as it is, and move one delivery a week later (without choosing its crates).
        var pins = plan.visits.enumerated().filter { $0.offset % 5 == 0 && $0.element.kind == .exchange }.map {
            Pin(partnerID: $0.element.partnerID, day: $0.element.day, crates: $0.element.leave)
        }
        if let delivery = plan.visits.first(where: { $0.kind == .delivery && $0.timing == .start }) {
            pins.append(Pin(partnerID: delivery.partnerID, day: delivery.day.adding(days: 7)))
        }
        var request = plan.request
        request.pins = pins
        let replanned = planner.plan(request)
        for pin in pins {
            let visit = replanned.visit(PlannedVisit.ID(partnerID: pin.partnerID, day: pin.day))
            #expect(visit != nil, "pin \(pin.partnerID) \(pin.day) kept")
            #expect(visit?.pinned == true)
            if let crates = pin.crates { #expect(visit?.leave == crates.sorted()) }
        }
        // The pins are the plan's own visits (or an ordinary route day a week later), so every rule still holds.
        let problems = IndependentChecker(data: data, plan: replanned).problems()
        #expect(problems == [], "\(problems.prefix(5))")
        #expect(replanned.violations == [])
        #expect(planner.plan(request) == replanned)
    }
}

/// Theme variety: the planner leaves no theme twice to a partner within the season where the collection allows it,
/// and the quality figures count exactly what an independent count finds.
@Suite struct PlanningThemeTests {
    @Test(arguments: PlanningPropertyTests.cases)
    func noThemeTwiceInASeasonWhereTheCollectionAllowsIt(scale: LibraryScale, seed: UInt64) {
        let data = PlanFixtures.generated(scale, seed: seed)
        let plan = RotationPlanner.plan(PlanFixtures.request(), data: data)
        let figures = ThemeChecker(data: data, plan: plan).figures()
        #expect(figures.inSeasonWhereAllowed == [])
        #expect(plan.quality.themeRepeatsInSeason == figures.inSeason.count)
        #expect(plan.quality.themeRepeatsLookBack == figures.lookBack.count)
        #expect(plan.quality.themeRepeatsInSeasonUnavoidable == plan.quality.themeRepeatsInSeason)
        #expect(IndependentChecker(data: data, plan: plan).problems() == [])
    }
}
