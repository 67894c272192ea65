/// One stop of a van on a route day, whatever said it should happen: a deposit falling due, crates dispatched, or
/// a published rotation plan. Every week printout (team schedule, route sheets, calendar, JSON) reads these.
public struct ScheduledVisit: Hashable, Codable, Sendable, Identifiable {
    /// Partner and day: a partner gets at most one visit a day.
    public typealias ID = VisitID

    /// Why the visit is on the schedule. A visit can have several reasons; they are kept in this order.
    public enum Source: String, Codable, CaseIterable, Sendable, Comparable {
        /// A deposit at the partner is due that day: its crates go home.
        case depositDue
        /// A deposit was dispatched to the partner that day: its crates are left.
        case dispatched
        /// A packed deposit, not dispatched yet, goes out with the van at the visit it is packed for.
        case packed
        /// A deposit past its due date, or books kept back at the partner: collected at every van day until home.
        case overdue
        /// A visit of a published rotation plan.
        case plan

        public static func < (lhs: Source, rhs: Source) -> Bool {
            allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
        }
    }

    /// What the driver does there.
    public enum Kind: String, Codable, Sendable {
        /// Crates are left, none collected.
        case delivery
        /// Crates are collected, and fresh ones left (or the ones to leave are not known yet).
        case exchange
        /// Crates are collected and none left.
        case collection
    }

    public var day: Day
    /// The van route; `nil` for a partner without a route (the team drives there itself).
    public var routeID: Route.ID?
    public var partnerID: Partner.ID
    /// Crates to leave at the partner; `nil` when they are not known yet (nothing packed for the partner).
    public var leave: [Crate.ID]?
    /// Crates to collect from the partner.
    public var collect: [Crate.ID]
    /// Single books to collect: kept back at the partner when their crate came home.
    public var collectItems: [Item.ID]
    /// Why the visit is on the schedule, in `Source` order, without repeats.
    public var sources: [Source]

    /// A visit with its crates; `sources` are sorted and made unique.
    public init(
        day: Day, routeID: Route.ID?, partnerID: Partner.ID, leave: [Crate.ID]?, collect: [Crate.ID],
        collectItems: [Item.ID] = [], sources: [Source]
    ) {
        self.day = day
        self.routeID = routeID
        self.partnerID = partnerID
        self.leave = leave
        self.collect = collect
        self.collectItems = collectItems
        self.sources = Array(Set(sources)).sorted()
    }

    public var id: ID { ID(partnerID: partnerID, day: day) }

    /// Delivery, exchange or collection, from the crates. Unknown crates to leave count as an exchange: the team
    /// still has to pack for the partner.
    public var kind: Kind {
        if collect.isEmpty && collectItems.isEmpty { return .delivery }
        if let leave, leave.isEmpty { return .collection }
        return .exchange
    }

    /// The two visits to one partner on one day as one: crates and sources together. Crates to leave stay unknown
    /// only when neither knows them.
    public func merged(with other: ScheduledVisit) -> ScheduledVisit {
        let leave: [Crate.ID]?
        switch (self.leave, other.leave) {
        case (nil, nil): leave = nil
        case (let a, let b): leave = ScheduledVisit.union(a ?? [], b ?? [])
        }
        return ScheduledVisit(
            day: day, routeID: routeID ?? other.routeID, partnerID: partnerID, leave: leave,
            collect: ScheduledVisit.union(collect, other.collect),
            collectItems: Array(Set(collectItems + other.collectItems)).sorted(), sources: sources + other.sources)
    }

    private static func union(_ a: [Crate.ID], _ b: [Crate.ID]) -> [Crate.ID] { Array(Set(a + b)).sorted() }
}

/// Anything that can say which visits fall on some days: the deposits (`DepositVisits`), a published rotation plan
/// (`PlanVisits`). `WeekSchedule` merges what its sources return, so a new source changes no printout.
public protocol ScheduledVisitSource: Sendable {
    /// The visits on the days of `days`, from `data`.
    /// `today` decides what is still to do: an overdue crate is collected from today's van day on.
    func visits(in days: DayRange, data: LibraryData, today: Day) -> [ScheduledVisit]
}
