/// Visits read from the deposits themselves.
///
/// - A deposit still out (or brought home within the days asked for) whose due date is one of the days: an exchange
///   on the due date, its crates to collect.
/// - A deposit dispatched on one of the days: a delivery that day, its crates to leave.
/// - A packed deposit (no `dispatchedOn`, not returned) for a partner with a deposit due within the days: its crates
///   are to be left at that partner's first visit. Without one, the crates to leave at an exchange are unknown.
public struct DepositVisits: ScheduledVisitSource {
    /// The source of visits made from deposits.
    public init() {}

    public func visits(in days: DayRange, data: LibraryData) -> [ScheduledVisit] {
        let routeOf = Dictionary(data.partners.map { ($0.id, $0.routeID) }, uniquingKeysWith: { first, _ in first })
        var found: [ScheduledVisit.ID: ScheduledVisit] = [:]
        func add(_ visit: ScheduledVisit) {
            found[visit.id] = found[visit.id].map { $0.merged(with: visit) } ?? visit
        }
        for deposit in data.deposits {
            let routeID = routeOf[deposit.partnerID] ?? nil
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
        }
        // Packed crates go with the van to the partner's first exchange of the days.
        let firstVisit = Dictionary(
            found.values.filter { $0.sources.contains(.depositDue) }.map { ($0.partnerID, $0.day) },
            uniquingKeysWith: min)
        for deposit in data.deposits where deposit.dispatchedOn == nil && deposit.returnedOn == nil {
            guard let day = firstVisit[deposit.partnerID] else { continue }
            add(
                ScheduledVisit(
                    day: day, routeID: routeOf[deposit.partnerID] ?? nil, partnerID: deposit.partnerID,
                    leave: deposit.crateIDs.sorted(), collect: [], sources: [.packed]))
        }
        return found.values.sorted { $0.id < $1.id }
    }
}
