import Testing

@testable import DepotCore

/// Moves and swaps by hand, re-checked at once against the hard rules, and kept as pins when planning again.
/// Route Nord drives on Thursdays here, so Maundy Thursday (13 April 2028) is a route weekday but a holiday.
@Suite struct PlanningEditingTests {
    typealias F = PlanFixtures

    private let data: LibraryData = {
        let crates =
            (1...8).map { F.crate(Crate.ID("K\($0)"), band: .preschool, theme: "Tema \($0)") }
            + (11...18).map { F.crate(Crate.ID("K\($0)"), band: .toddlers, theme: "Tema \($0)") }
        let partners = [
            F.partner("A", closures: [F.closure("2028-03-01", "2028-03-10", "Renovering")]),
            F.partner("B", ages: [.toddlers]),
        ]
        let history = [
            F.deposit("D1", partner: "A", crates: ["K8"], sent: "2026-09-02", due: "2026-12-02", returned: "2026-12-02")
        ]
        return F.library(
            route: F.route(capacity: 3, weekdays: [.thursday]), partners: partners, crates: crates, deposits: history)
    }()

    private var planner: RotationPlanner { RotationPlanner(data: data) }

    private func freshPlan() -> Plan { planner.plan(F.request()) }

    private func rules(_ plan: Plan) -> [Violation.Rule] { planner.check(plan).map(\.rule) }

    @Test func freshPlanBreaksNoRule() {
        let plan = freshPlan()
        #expect(plan.visits.count >= 8)
        #expect(planner.check(plan) == [])
        #expect(IndependentChecker(data: data, plan: plan).problems() == [])
    }

    @Test func moveOntoAHolidayIsFlaggedAndKeptAsAPin() {
        var plan = freshPlan()
        let visit = plan.visits(of: "A")[2]
        let holiday = F.day("2028-04-13")
        let moved = plan.move(visit.id, to: holiday)
        #expect(moved)
        let violations = planner.check(plan)
        let flagged = violations.first { $0.rule == .holiday }
        #expect(flagged?.text(.english) == "Thu 13/4 2028, Børnehuset A: public holiday (Maundy Thursday)")
        #expect(flagged?.text(.danish) == "tor 13.4. 2028, Børnehuset A: helligdag (Skærtorsdag)")
        #expect(IndependentChecker(data: data, plan: plan).problems().contains { $0.hasSuffix("holiday") })
        #expect(plan.request.pins.contains(Pin(partnerID: "A", day: holiday, crates: visit.leave)))

        let replanned = planner.plan(plan.request)
        #expect(replanned.visit(PlannedVisit.ID(partnerID: "A", day: holiday))?.pinned == true)
        #expect(replanned.violations.map(\.rule) == [.holiday])
    }

    @Test func moveIntoAClosureIsFlaggedWithItsReason() {
        var plan = freshPlan()
        let visit = plan.visits(of: "A")[2]
        plan.move(visit.id, to: F.day("2028-03-02"))
        let closed = planner.check(plan).first { $0.rule == .partnerClosed }
        #expect(closed?.text(.english) == "Thu 2/3 2028, Børnehuset A: closed (Renovering)")
    }

    @Test func moveOntoAFullVanIsFlagged() {
        var plan = freshPlan()
        // Two exchanges of one crate out and one home each: four crates in a van that holds three.
        let first = plan.visits(of: "A")[1]
        let other = plan.visits(of: "B")[1]
        #expect(first.day != other.day && first.vanLoad == 2 && other.vanLoad == 2)
        plan.move(other.id, to: first.day)
        let full = planner.check(plan).first { $0.rule == .vanCapacity }
        #expect(full?.count == 4)
        #expect(full?.limit == 3)
        #expect(
            full?.text(.english)
                == "\(PlanWords(.english).short(first.day)) 2027, route Nord: 4 crates on the van, which holds 3")
    }

    @Test func moveOntoADayTheRouteDoesNotDriveIsFlagged() {
        var plan = freshPlan()
        let visit = plan.visits(of: "B")[1]
        plan.move(visit.id, to: visit.day.adding(days: 1))
        #expect(rules(plan).contains(.notRouteDay))
    }

    @Test func swapAcrossAgeBandsIsFlaggedAndPickUpsFollow() {
        var plan = freshPlan()
        let a = plan.visits(of: "A")[0]
        let b = plan.visits(of: "B")[0]
        let swapped = plan.swapLeftCrates(a.leave[0], at: a.id, with: b.leave[0], at: b.id)
        #expect(swapped)
        let violations = planner.check(plan)
        #expect(Set(violations.filter { $0.rule == .ageBand }.compactMap(\.partnerID)) == ["A", "B"])
        #expect(!violations.contains { $0.rule == .pickUpMismatch })
        #expect(plan.visits(of: "A")[1].pickUp == [b.leave[0]])
        #expect(plan.request.pins.count == 2)
    }

    @Test func crateHadBeforeIsFlaggedWithTheDayItWasThere() {
        var plan = freshPlan()
        let position = plan.visits.firstIndex { $0.partnerID == "A" }!
        plan.visits[position].leave = ["K8"]
        let had = planner.check(plan).first { $0.rule == .crateHadBefore }
        #expect(had?.crateID == "K8")
        #expect(had?.otherDay == F.day("2026-09-02"))
        #expect(had?.text(.english).hasSuffix("K8 was here before (Wed 2/9 2026)") == true)
        // The next visit still picks up the crate that is no longer there.
        #expect(planner.check(plan).contains { $0.rule == .pickUpMismatch })
    }

    @Test func crateStillAtAnotherPartnerIsFlagged() {
        var plan = freshPlan()
        let a = plan.visits(of: "A")[0]
        let c = plan.visits(of: "A")[1]
        // Give A's second visit the crate it leaves at its first one, and again to nobody: it is still there.
        let position = plan.visits.firstIndex { $0.id == c.id }!
        plan.visits[position].leave = a.leave
        let rules = rules(plan)
        #expect(rules.contains(.crateHadBefore))
        #expect(rules.contains(.turnaround) || rules.contains(.crateElsewhere))
    }

    @Test func unpinLetsThePlannerChooseAgain() {
        var plan = freshPlan()
        let visit = plan.visits(of: "A")[2]
        plan.move(visit.id, to: F.day("2028-04-13"))
        plan.unpin(PlannedVisit.ID(partnerID: "A", day: F.day("2028-04-13")))
        #expect(plan.request.pins.isEmpty)
        #expect(planner.plan(plan.request) == freshPlan())
    }
}
