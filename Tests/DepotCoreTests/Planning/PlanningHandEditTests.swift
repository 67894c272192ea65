import Testing

@testable import DepotCore

/// `plan explain` tells the truth about a visit changed by hand: that it was, and every rule it breaks.
@Suite struct PlanningHandEditExplanationTests {
    typealias F = PlanFixtures

    @Test func aVisitMovedToAnotherWeekdayWithACrateOfAnotherBandNamesBothConflicts() throws {
        let data = LibraryGenerator(scale: .sample, seed: 2026, today: F.day("2026-11-23")).generate()
        var plan = RotationPlanner.plan(PlanRequest(season: F.season), data: data)
        let routes = Dictionary(uniqueKeysWithValues: data.settings.routes.map { ($0.id, $0) })
        // A kindergarten for 3–6 only on a one-day route, and a 0–3 crate left elsewhere.
        let partner = try #require(
            data.partners.first { partner in
                partner.ageGroups == [.preschool] && partner.routeID.flatMap { routes[$0] }?.deliveryWeekdays.count == 1
                    && plan.visits(of: partner.id).count >= 2
            })
        let visit = plan.visits(of: partner.id)[1]
        let toddlers = try #require(
            plan.visits.first { other in
                other.day > visit.day
                    && other.leave.contains { id in
                        data.crates.first { $0.id == id }?.ageBand == .toddlers
                    }
            })
        let crate = try #require(toddlers.leave.first { id in data.crates.first { $0.id == id }?.ageBand == .toddlers })
        let swapped = plan.swapLeftCrates(visit.leave[0], at: visit.id, with: crate, at: toddlers.id)
        #expect(swapped)
        let day = visit.day.adding(days: 1)
        let moved = plan.move(visit.id, to: day)
        #expect(moved)
        let lines = RotationPlanner(data: data).explain(partner: partner.id, day: day, in: plan).lines
        let text = lines.joined(separator: "\n")
        #expect(text.contains("Moved or pinned by hand"))
        #expect(
            text.contains("Breaks a rule: ")
                && text.contains("does not drive on \(Day(ordinal: day.ordinal).weekday.rawValue.capitalized)s"))
        #expect(text.contains("Breaks a rule: \(crate) is for 0–3, not one of its age groups"))
        #expect(text.contains("for 0–3, NOT one of its age groups (3–6)"))
        #expect(!text.contains("waiting longest"))
        #expect(!text.contains("A loan period"))
    }

    @Test func aVisitMovedIntoAClosureSaysSo() throws {
        let partner = F.partner("A", closures: [F.closure("2027-12-20", "2028-01-02", "Juleferie")])
        let data = F.library(partners: [partner], crates: (1...8).map { F.crate(Crate.ID("K\($0)")) })
        var plan = RotationPlanner.plan(F.request(), data: data)
        let moved = plan.move(plan.visits[1].id, to: F.day("2027-12-21"))
        #expect(moved)
        let lines = RotationPlanner(data: data).explain(partner: "A", day: F.day("2027-12-21"), in: plan).lines
        #expect(lines.contains("Breaks a rule: closed (Juleferie)."))
        #expect(lines.contains { $0.hasPrefix("Moved or pinned by hand") })
    }
}
