import Testing

@testable import DepotCore

/// Theme repeats named in the figures and the explanations, on libraries small enough to work out by hand.
@Suite struct PlanningThemeExplanationTests {
    typealias F = PlanFixtures

    @Test func anUnavoidableRepeatIsNamedWithWhy() throws {
        // Every crate has the same theme: from the second visit on, each crate repeats it, and nothing else fits.
        let crates = (1...8).map { F.crate(Crate.ID("K\($0)"), theme: "Dyr") }
        let data = F.library(partners: [F.partner("A", loan: .weeks(6))], crates: crates)
        let plan = RotationPlanner.plan(F.request(), data: data)
        #expect(plan.visits.count >= 3)
        let second = plan.visits[1]
        #expect(plan.quality.themeRepeatsInSeason == plan.visits.dropFirst().reduce(0) { $0 + $1.leave.count })
        #expect(plan.quality.themeRepeatsInSeasonUnavoidable == plan.quality.themeRepeatsInSeason)
        let lines = RotationPlanner(data: data).explain(partner: "A", day: second.day, in: plan).lines
        let line = try #require(lines.first { $0.hasPrefix("Leaves \(second.leave[0])") })
        #expect(
            line.contains(
                "the theme \"Dyr\" it already had this season (\(PlanWords(.english).short(plan.visits[0].day)))"))
        #expect(line.contains("could not be avoided, no free crate for 3–6 with a new theme fitted that day"))
    }

    @Test func aRepeatMadeByHandIsNamedAvoidableWithTheCrateThatWasFree() throws {
        let crates = ["Dyr", "Dyr", "Havet", "Rummet", "Trafik", "Eventyr", "Familien"].enumerated().map {
            F.crate(Crate.ID("K\($0.offset + 1)"), theme: $0.element)
        }
        let data = F.library(partners: [F.partner("A", loan: .weeks(12))], crates: crates)
        var plan = RotationPlanner.plan(F.request(), data: data)
        #expect(plan.quality.themeRepeatsInSeason == 0)
        // Planned, the first visit gets K1 "Dyr"; make the second visit leave K2 "Dyr" by hand.
        #expect(plan.visits[0].leave == ["K1"])
        let second = plan.visits[1]
        plan.visits[1].leave = ["K2"]
        if plan.visits.count > 2 { plan.visits[2].pickUp = ["K2"] }
        let planner = RotationPlanner(data: data)
        let quality = planner.quality(of: plan)
        #expect(quality.themeRepeatsInSeason == 1)
        #expect(quality.themeRepeatsInSeasonUnavoidable == 0)
        let lines = planner.explain(partner: "A", day: second.day, in: plan).lines
        let line = try #require(lines.first { $0.hasPrefix("Leaves K2") })
        #expect(line.contains("could have been avoided"))
        #expect(line.contains("was free"))
    }
}
