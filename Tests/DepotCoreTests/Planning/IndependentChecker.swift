@testable import DepotCore

/// The hard rules of a rotation plan, checked the plain way, independently of the planner's own `check`: every
/// visit and every crate is looked at with straightforward loops over the library and the plan.
struct IndependentChecker {
    let data: LibraryData
    let plan: Plan

    var settings: LibrarySettings { plan.request.settings ?? data.settings }

    /// A deposit packed and not sent whose crates a visit of the plan leaves at its partner: the crates are home
    /// until then. (Packed for a visit before the plan, it went out before it, like any deposit sent.)
    func packedForAVisit(_ deposit: Deposit) -> Bool {
        deposit.dispatchedOn == nil && deposit.returnedOn == nil
            && plan.visits.contains {
                $0.partnerID == deposit.partnerID && deposit.crateIDs.allSatisfy($0.leave.contains)
            }
    }

    /// One line per broken rule; empty when the plan keeps them all.
    func problems() -> [String] {
        var problems: [String] = []
        let partners = Dictionary(uniqueKeysWithValues: data.partners.map { ($0.id, $0) })
        let crates = Dictionary(uniqueKeysWithValues: data.crates.map { ($0.id, $0) })
        let routes = Dictionary(uniqueKeysWithValues: settings.routes.map { ($0.id, $0) })

        // The days: route weekday, no holiday, partner open, inside the plan, on the partner's route.
        for visit in plan.visits {
            let name = "\(visit.partnerID) \(visit.day)"
            guard let partner = partners[visit.partnerID] else {
                problems.append("\(name): unknown partner")
                continue
            }
            guard let route = routes[visit.routeID] else {
                problems.append("\(name): unknown route")
                continue
            }
            if partner.routeID != route.id { problems.append("\(name): not the partner's route") }
            if !route.deliveryWeekdays.contains(visit.day.weekday) { problems.append("\(name): not a route day") }
            if DanishHolidays.isHoliday(visit.day) { problems.append("\(name): holiday") }
            if partner.isClosed(on: visit.day) { problems.append("\(name): partner closed") }
            if visit.day < plan.firstDay || visit.day > plan.lastDay { problems.append("\(name): outside the plan") }
            for id in visit.leave {
                guard let crate = crates[id] else {
                    problems.append("\(name): unknown crate \(id)")
                    continue
                }
                if !partner.ageGroups.contains(crate.ageBand) { problems.append("\(name): \(id) wrong age band") }
                if crate.state == .inRepair { problems.append("\(name): \(id) in repair") }
            }
        }

        // The van: crates out plus crates home, per route day.
        var load: [String: Int] = [:]
        for visit in plan.visits {
            load["\(visit.routeID) \(visit.day)", default: 0] += visit.pickUp.count + visit.leave.count
        }
        for (key, crates) in load {
            let routeID = Route.ID(String(key.split(separator: " ")[0]))
            if crates > routes[routeID]!.vanCapacity { problems.append("\(key): \(crates) crates on the van") }
        }

        // Look-back: nothing the partner had from the first look-back season on, in the history or earlier in the plan.
        let lookBackFirst = Season(
            startYear: plan.season.startYear - plan.request.lookBackSeasons, startMonth: plan.season.startMonth
        ).firstDay
        for visit in plan.visits {
            for id in visit.leave {
                let inHistory = data.deposits.contains { deposit in
                    deposit.partnerID == visit.partnerID && deposit.crateIDs.contains(id)
                        && !packedForAVisit(deposit)
                        && (deposit.returnedOn == nil || deposit.returnedOn! >= lookBackFirst)
                        && (deposit.dispatchedOn ?? deposit.createdOn) <= plan.lastDay
                }
                let inPlan = plan.visits.contains { other in
                    other.partnerID == visit.partnerID && other.day < visit.day && other.leave.contains(id)
                }
                if inHistory || inPlan { problems.append("\(visit.partnerID) \(visit.day): had \(id) before") }
            }
        }

        // Where each crate is: picked up only where it is, never at two partners, home the turnaround in between.
        let inPlan = Set(plan.visits.map(\.partnerID))
        var atPartner: [Partner.ID: Set<Crate.ID>] = [:]
        var busy: [Crate.ID: [(from: Day, until: Day?)]] = [:]
        var openSince: [Crate.ID: (partner: Partner.ID, from: Day)] = [:]
        for deposit in data.deposits where !packedForAVisit(deposit) {
            for id in deposit.crateIDs {
                let from = deposit.dispatchedOn ?? deposit.createdOn
                if let returned = deposit.returnedOn {
                    busy[id, default: []].append((from, returned))
                } else if deposit.dueOn >= plan.season.firstDay && inPlan.contains(deposit.partnerID) {
                    atPartner[deposit.partnerID, default: []].insert(id)
                    openSince[id] = (deposit.partnerID, from)
                } else {
                    busy[id, default: []].append((from, deposit.dueOn))
                }
            }
        }
        let byDay = plan.visits.sorted { ($0.day, $0.partnerID) < ($1.day, $1.partnerID) }
        for visit in byDay {
            let name = "\(visit.partnerID) \(visit.day)"
            let has = atPartner[visit.partnerID] ?? []
            if Set(visit.pickUp) != has { problems.append("\(name): picks up \(visit.pickUp), has \(has.sorted())") }
            for id in visit.pickUp {
                if let open = openSince[id] {
                    busy[id, default: []].append((open.from, visit.day))
                    openSince[id] = nil
                }
            }
            for id in visit.leave {
                for stay in busy[id] ?? [] {
                    guard let until = stay.until else {
                        problems.append("\(name): \(id) is still out since \(stay.from)")
                        continue
                    }
                    if stay.from <= visit.day {
                        let ready = DanishHolidays.adding(workingDays: settings.turnaroundWorkingDays, to: until)
                        if visit.day < ready { problems.append("\(name): \(id) home since \(until), ready \(ready)") }
                    }
                }
                if let open = openSince[id] { problems.append("\(name): \(id) still at \(open.partner)") }
                openSince[id] = (visit.partnerID, visit.day)
            }
            atPartner[visit.partnerID] = Set(visit.leave)
        }
        return problems.sorted()
    }
}
