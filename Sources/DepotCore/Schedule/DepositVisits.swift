/// Visits read from the deposits themselves: everything the van must do for them.
///
/// - A deposit out (or brought home within the days asked for) whose due date is one of the days: an exchange on
///   the due date, its crates to collect.
/// - A deposit past its due date on `today` and still out: its crates to collect on every van day of its partner's
///   route from today on, until they are home. Books kept back at a partner when the rest came home
///   (`Deposit.Exception.Kind.stillAtPartner`) likewise, from the first van day after the return.
/// - A deposit dispatched on one of the days: a delivery that day, its crates to leave.
/// - A packed deposit (not dispatched, not returned): its crates to leave at the visit it is packed for
///   (`Deposit.visitOn`), or at the partner's next visit from today on when that visit has passed or none was
///   chosen (see `packedVisit`).
///
/// A van day is a day the partner's route runs that is no public holiday and no closure of the partner
/// (`DueDates.isDeliveryDay`), so no stop is ever invented on a day the van does not drive there.
public struct DepositVisits: ScheduledVisitSource {
    /// The source of visits made from deposits.
    public init() {}

    public func visits(in days: DayRange, data: LibraryData, today: Day) -> [ScheduledVisit] {
        let partners = Dictionary(data.partners.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        var found: [ScheduledVisit.ID: ScheduledVisit] = [:]
        func add(_ visit: ScheduledVisit) {
            found[visit.id] = found[visit.id].map { $0.merged(with: visit) } ?? visit
        }
        // The van days of each partner among the days, from today on, worked out once per partner.
        var vanDaysOf: [Partner.ID: [Day]] = [:]
        func vanDays(_ partner: Partner) -> [Day] {
            if let known = vanDaysOf[partner.id] { return known }
            var found: [Day] = []
            var day = max(days.first, today)
            while day <= days.last {
                if DueDates.isDeliveryDay(day, for: partner, settings: data.settings) { found.append(day) }
                day = day.adding(days: 1)
            }
            vanDaysOf[partner.id] = found
            return found
        }
        for deposit in data.deposits {
            guard let partner = partners[deposit.partnerID] else { continue }
            let routeID = partner.routeID
            if deposit.dispatchedOn != nil, days.contains(deposit.dueOn),
                deposit.returnedOn.map({ $0 >= days.first }) ?? true
            {
                add(
                    ScheduledVisit(
                        day: deposit.dueOn, routeID: routeID, partnerID: deposit.partnerID, leave: nil,
                        collect: deposit.crateIDs.sorted(), sources: [.depositDue]))
            }
            if let dispatched = deposit.dispatchedOn, days.contains(dispatched) {
                add(
                    ScheduledVisit(
                        day: dispatched, routeID: routeID, partnerID: deposit.partnerID,
                        leave: deposit.crateIDs.sorted(), collect: [], sources: [.dispatched]))
            }
            if deposit.isOut, deposit.dueOn < today {
                for day in vanDays(partner) where day > deposit.dueOn {
                    add(
                        ScheduledVisit(
                            day: day, routeID: routeID, partnerID: deposit.partnerID, leave: nil,
                            collect: deposit.crateIDs.sorted(), sources: [.overdue]))
                }
            }
            if let returned = deposit.returnedOn, deposit.isPartlyReturned {
                let kept = deposit.barcodes(in: .atPartner).sorted()
                for day in vanDays(partner) where day > returned {
                    add(
                        ScheduledVisit(
                            day: day, routeID: routeID, partnerID: deposit.partnerID, leave: nil, collect: [],
                            collectItems: kept, sources: [.overdue]))
                }
            }
        }
        for deposit in data.deposits where deposit.dispatchedOn == nil && deposit.returnedOn == nil {
            guard let partner = partners[deposit.partnerID], let day = packedVisit(of: deposit, partner, data, today)
            else { continue }
            guard days.contains(day) else { continue }
            add(
                ScheduledVisit(
                    day: day, routeID: partner.routeID, partnerID: deposit.partnerID, leave: deposit.crateIDs.sorted(),
                    collect: [], sources: [.packed]))
        }
        return found.values.sorted { $0.id < $1.id }
    }

    /// The day a packed deposit goes with the van: the visit it is packed for; else the partner's next visit from
    /// today (and from the day it was packed) on: the day its crates out are collected (their due date, or the next
    /// van day when they are overdue), or the next van day when it has none out.
    public static func packedVisit(of deposit: Deposit, partner: Partner, data: LibraryData, today: Day) -> Day {
        if let visit = deposit.visitOn, visit >= today { return visit }
        return nextVisit(of: partner, from: max(today, deposit.createdOn), data: data)
    }

    /// The partner's next visit from `start` on: the day its crates out are collected (their due date, or the next
    /// van day when they are overdue), or the next van day when it has none out. What the desk proposes to pack for.
    public static func nextVisit(of partner: Partner, from start: Day, data: LibraryData) -> Day {
        let nextVanDay = DueDates.nextDeliveryDay(for: partner, onOrAfter: start, settings: data.settings)
        let collections = data.deposits.lazy.filter { $0.partnerID == partner.id && $0.isOut }
            .map { $0.dueOn >= start ? $0.dueOn : nextVanDay }
        return collections.min() ?? nextVanDay
    }

    private func packedVisit(of deposit: Deposit, _ partner: Partner, _ data: LibraryData, _ today: Day) -> Day? {
        DepositVisits.packedVisit(of: deposit, partner: partner, data: data, today: today)
    }
}
