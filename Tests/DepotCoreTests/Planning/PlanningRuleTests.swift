import Testing

@testable import DepotCore

/// The hard rules one at a time, on small libraries where the right answer can be worked out by hand.
/// The 2027/28 season starts on Sunday 1 August 2027; route Nord drives on Tuesdays (3, 10, 17 August...).
@Suite struct PlanningRuleTests {
    typealias F = PlanFixtures

    private func crates(_ count: Int, band: AgeBand = .preschool) -> [Crate] {
        (1...count).map { F.crate(Crate.ID("K\($0)"), band: band) }
    }

    // MARK: Closures and holidays

    @Test func firstVisitWaitsUntilThePartnerOpens() {
        let partner = F.partner("A", closures: [F.closure("2027-08-01", "2027-08-20", "Sommerlukket")])
        let data = F.library(partners: [partner], crates: crates(6))
        let plan = RotationPlanner.plan(F.request(), data: data)
        #expect(plan.visits.first?.day == F.day("2027-08-24"))
        #expect(plan.visits.allSatisfy { !partner.isClosed(on: $0.day) })
        #expect(IndependentChecker(data: data, plan: plan).problems() == [])
    }

    @Test func exchangeInAClosureMovesToTheNearestOpenRouteDay() {
        // First crates Tuesday 3 August; three months later is Wednesday 3 November, inside the closure. The
        // nearest open Tuesday is 16 November (13 days away; 19 October is 15).
        let partner = F.partner("A", closures: [F.closure("2027-10-25", "2027-11-12", "Efterårslukket")])
        let data = F.library(partners: [partner], crates: crates(6))
        let plan = RotationPlanner.plan(F.request(), data: data)
        #expect(plan.visits.map(\.day).prefix(2) == [F.day("2027-08-03"), F.day("2027-11-16")])
        let exchange = plan.visits[1]
        #expect(exchange.target == F.day("2027-11-03"))
        #expect(exchange.timing == .loanPeriod)
        #expect(exchange.kind == .exchange)
        #expect(exchange.pickUp == plan.visits[0].leave)

        let lines = RotationPlanner(data: data).explain(partner: "A", day: exchange.day, in: plan).lines
        #expect(lines.contains { $0.contains("Tue 2/11 closed (Efterårslukket)") && $0.contains("Tue 9/11 closed") })
    }

    @Test func visitDueOnAHolidayMovesToTheNearestRouteDay() {
        // Route on Fridays: first crates Friday 6 August; 20 weeks later is Christmas Eve, a holiday, and so is
        // New Year's Eve a week later: the visit goes to Friday 17 December.
        let route = F.route(weekdays: [.friday])
        let partner = F.partner("A", loan: .weeks(20))
        let data = F.library(route: route, partners: [partner], crates: crates(6))
        let plan = RotationPlanner.plan(F.request(), data: data)
        #expect(plan.visits.map(\.day).prefix(2) == [F.day("2027-08-06"), F.day("2027-12-17")])
        #expect(plan.visits[1].target == F.day("2027-12-24"))
        #expect(plan.visits.allSatisfy { !DanishHolidays.isHoliday($0.day) })
    }

    @Test func partnerClosedAllSeasonIsUnplannedWithTheClosedDaysCounted() {
        let partner = F.partner("A", closures: [F.closure("2027-07-01", "2028-08-31", "Ombygning")])
        let data = F.library(partners: [partner], crates: crates(3))
        let plan = RotationPlanner.plan(F.request(), data: data)
        #expect(plan.visits.isEmpty)
        guard
            case .noVisitDay(_, _, let routeDays, let holidays, let closed, let full, _) = plan.unplanned.first?.reason
        else {
            Issue.record("expected no visit day, got \(plan.unplanned)")
            return
        }
        #expect(routeDays > 0 && closed == routeDays && holidays == 0 && full == 0)
        #expect(plan.unplanned[0].text(.english).contains("with Børnehuset A open and room in the van"))
    }

    // MARK: The van

    @Test func vanCapacityIsNeverExceededAndVisitsSpreadOut() {
        // Two crates a day: a first delivery is one crate, an exchange two (one out, one home).
        let partners = (1...5).map { F.partner(Partner.ID("P\($0)")) }
        let data = F.library(route: F.route(capacity: 2), partners: partners, crates: crates(30))
        let plan = RotationPlanner.plan(F.request(), data: data)
        let starts = plan.visits.filter { $0.kind == .delivery }.map(\.day)
        #expect(starts == ["2027-08-03", "2027-08-10", "2027-08-17", "2027-08-24", "2027-08-31"].map(F.day))
        var load: [Day: Int] = [:]
        for visit in plan.visits { load[visit.day, default: 0] += visit.vanLoad }
        #expect(load.values.allSatisfy { $0 <= 2 })
        #expect(plan.quality.routes.first?.mostCrates == 2)
        #expect(plan.unplanned.isEmpty)
        #expect(IndependentChecker(data: data, plan: plan).problems() == [])
    }

    @Test func vanTooSmallForAnExchangeIsReported() {
        // One crate out at the partner, due in September; the van holds one crate, an exchange moves two.
        let partner = F.partner("A")
        let deposit = F.deposit(
            "D1", partner: "A", crates: ["K1"], sent: "2027-06-01", due: "2027-09-07", returned: nil)
        let data = F.library(
            route: F.route(capacity: 1), partners: [partner], crates: crates(4), deposits: [deposit])
        let plan = RotationPlanner.plan(F.request(), data: data)
        let slot = plan.unplanned.first
        guard case .noVisitDay(_, _, let routeDays, _, _, let full, let capacity) = slot?.reason else {
            Issue.record("expected no visit day, got \(plan.unplanned)")
            return
        }
        #expect(full == routeDays && capacity == 1)
        #expect(slot?.text(.english).hasSuffix("with the van full at 1 crate)") == true)
        #expect(IndependentChecker(data: data, plan: plan).problems() == [])
    }

    // MARK: Crates

    @Test func lookBackRulesOutLastSeasonsCrates() {
        // K1 has waited longest, but A had it last season; B brought K2 home in June.
        let deposits = [
            F.deposit(
                "D1", partner: "A", crates: ["K1"], sent: "2026-09-01", due: "2026-12-01", returned: "2026-12-01"),
            F.deposit(
                "D2", partner: "B", crates: ["K2"], sent: "2027-03-01", due: "2027-06-01", returned: "2027-06-01"),
        ]
        let data = F.library(partners: [F.partner("A"), F.partner("B")], crates: crates(2), deposits: deposits)
        var request = F.request()
        request.partnerIDs = ["A"]
        #expect(RotationPlanner.plan(request, data: data).visits.first?.leave == ["K2"])
    }

    @Test func lookBackOfNoSeasonsAllowsLastSeasonsCrates() {
        let deposit = F.deposit(
            "D1", partner: "A", crates: ["K1"], sent: "2026-09-01", due: "2026-12-01", returned: "2026-12-01")
        let data = F.library(partners: [F.partner("A")], crates: crates(1), deposits: [deposit])
        #expect(RotationPlanner.plan(F.request(lookBack: 1), data: data).visits.first?.leave == nil)
        #expect(RotationPlanner.plan(F.request(lookBack: 0), data: data).visits.first?.leave == ["K1"])
    }

    @Test func unplannedSlotSaysTheLookBackRuledTheCrateOut() {
        let deposit = F.deposit(
            "D1", partner: "A", crates: ["K1"], sent: "2026-09-01", due: "2026-12-01", returned: "2026-12-01")
        let data = F.library(partners: [F.partner("A")], crates: crates(1), deposits: [deposit])
        let plan = RotationPlanner.plan(F.request(), data: data)
        #expect(plan.visits.isEmpty)
        let slot = plan.unplanned.first
        #expect(slot?.day == F.day("2027-08-03"))
        #expect(slot?.visitPlanned == false)
        #expect(
            slot?.text(.english)
                == "route Nord, week 31: 1 crate for 3–6 wanted, 1 free; of the 1 still free on Tue 3/8, "
                + "Børnehuset A had 1 in 2026/27–2027/28")
        #expect(
            slot?.text(.danish)
                == "rute Nord, uge 31: 1 kasse til 3–6 ønsket, 1 ledige; af de 1 der stadig var ledige tir 3.8., "
                + "har Børnehuset A haft 1 i 2026/27–2027/28")
    }

    @Test func unplannedSlotCountsCratesWantedAndFreeThatWeek() {
        // Three partners' crates are due on 3 August; only two fresh crates, and with a 30-day turnaround the
        // crates coming home that day are not ready within the three weeks a visit may wait.
        let partners = ["A", "B", "C"].map { F.partner(Partner.ID($0)) }
        let out = ["A": "K1", "B": "K2", "C": "K3"]
        let deposits = out.keys.sorted().map { partner in
            F.deposit(
                Deposit.ID("D\(partner)"), partner: Partner.ID(partner), crates: [Crate.ID(out[partner]!)],
                sent: "2027-05-04", due: "2027-08-03", returned: nil)
        }
        let data = F.library(partners: partners, crates: crates(5), deposits: deposits, turnaround: 30)
        let plan = RotationPlanner.plan(F.request(), data: data)
        let first = plan.visits.filter { $0.day == F.day("2027-08-03") }
        #expect(first.map(\.partnerID) == ["A", "B", "C"])
        #expect(first.map(\.leave) == [["K4"], ["K5"], []])
        #expect(first[2].kind == .collection)
        #expect(
            plan.unplanned.first?.text(.english)
                == "route Nord, week 31: 3 crates for 3–6 wanted, 2 free; none was left on Tue 3/8")
        #expect(plan.unplanned.first?.visitPlanned == true)
        #expect(IndependentChecker(data: data, plan: plan).problems() == [])
    }

    @Test func crateStaysHomeTheTurnaroundAndTheVisitWaitsForIt() {
        // K1 came home on Friday 30 July; five working days later is Friday 6 August, so it cannot go on Tuesday
        // 3 August and the visit waits a week.
        let deposit = F.deposit(
            "D1", partner: "B", crates: ["K1"], sent: "2027-04-30", due: "2027-07-30", returned: "2027-07-30")
        let data = F.library(partners: [F.partner("A"), F.partner("B")], crates: crates(1), deposits: [deposit])
        var request = F.request()
        request.partnerIDs = ["A"]
        let plan = RotationPlanner.plan(request, data: data)
        #expect(plan.visits.first?.day == F.day("2027-08-10"))
        #expect(plan.visits.first?.postponedFrom == F.day("2027-08-03"))
        #expect(plan.visits.first?.leave == ["K1"])
        #expect(IndependentChecker(data: data, plan: plan).problems() == [])
    }

    @Test func ageBandsAndRepairAreRespected() {
        let crates = [
            F.crate("K1", band: .toddlers), F.crate("K2", band: .school),
            F.crate("K3", band: .preschool, state: .inRepair),
            F.crate("K4", band: .preschool),
        ]
        let data = F.library(partners: [F.partner("A", ages: [.toddlers, .preschool])], crates: crates)
        let plan = RotationPlanner.plan(
            F.request(demands: [CrateDemand(partnerID: "A", bands: [.preschool, .toddlers])]), data: data)
        #expect(plan.visits.first?.leave == ["K1", "K4"])
        #expect(IndependentChecker(data: data, plan: plan).problems() == [])
    }

    @Test func themeIsNotRepeatedWhenAnotherFits() {
        // A had "Dinosaurer" last; K1 (Dinosaurer) has waited longest, then K2 (Havet, home since June).
        let crates = [
            F.crate("K1", theme: "Dinosaurer"), F.crate("K2", theme: "Havet"), F.crate("K3", theme: "Rummet"),
            F.crate("K4", theme: "Kroppen"), F.crate("K9", theme: "Dinosaurer"),
        ]
        let deposits = [
            F.deposit(
                "D1", partner: "A", crates: ["K9"], sent: "2026-01-05", due: "2026-04-05", returned: "2026-04-05"),
            F.deposit(
                "D2", partner: "B", crates: ["K2"], sent: "2027-03-01", due: "2027-06-01", returned: "2027-06-01"),
            F.deposit(
                "D3", partner: "B", crates: ["K3", "K4"], sent: "2027-04-01", due: "2027-07-01", returned: "2027-07-01"),
        ]
        let data = F.library(partners: [F.partner("A"), F.partner("B")], crates: crates, deposits: deposits)
        var request = F.request()
        request.partnerIDs = ["A"]
        let plan = RotationPlanner.plan(request, data: data)
        #expect(plan.visits.first?.leave == ["K2"])
        #expect(plan.quality.themeRepeats == 0)
        let lines = RotationPlanner(data: data).explain(partner: "A", day: plan.visits[0].day, in: plan).lines
        #expect(
            lines.contains {
                $0.hasPrefix("Leaves K2 \"Havet\"") && $0.contains("another theme than last time (Dinosaurer)")
            })
    }

    @Test func kindergartenLibraryIsExchangedOnItsDueDateAndNotCollected() {
        let partner = F.partner("A", kind: .kindergartenLibrary)
        let deposit = F.deposit(
            "D1", partner: "A", crates: ["K1"], sent: "2026-09-07", due: "2027-09-07", returned: nil)
        let data = F.library(partners: [partner], crates: crates(3), deposits: [deposit])
        let plan = RotationPlanner.plan(F.request(), data: data)
        #expect(plan.visits.count == 1)
        #expect(plan.visits.first?.day == F.day("2027-09-07"))
        #expect(plan.visits.first?.timing == .due)
        #expect(plan.visits.first?.pickUp == ["K1"])
        #expect(plan.visits.first?.leave.count == 1)
    }

    @Test func depositPartnerIsCollectedBeforeItsSummerClosure() {
        let partner = F.partner("A", closures: [F.closure("2028-07-10", "2028-07-30", "Sommerlukket")])
        let data = F.library(partners: [partner], crates: crates(8))
        let plan = RotationPlanner.plan(F.request(), data: data)
        let last = plan.visits.last
        #expect(last?.kind == .collection)
        #expect(last.map { $0.day < F.day("2028-07-10") && $0.day >= F.day("2028-06-04") } == true)
        #expect(last?.leave == [])
    }

    @Test func partnerWithoutRouteIsReported() {
        let data = F.library(partners: [F.partner("A", route: nil)], crates: crates(2))
        let plan = RotationPlanner.plan(F.request(), data: data)
        #expect(plan.visits.isEmpty)
        #expect(plan.unplanned.map(\.reason) == [.noRoute])
    }
}
