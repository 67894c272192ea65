/// One stop of the van in a plan: on `day` the route's van comes to a partner, picks up the crates it has and
/// leaves fresh ones.
public struct PlannedVisit: Hashable, Codable, Sendable, Identifiable {
    /// Partner and day: a partner gets at most one visit a day.
    public typealias ID = VisitID

    /// What happens at the visit.
    public enum Kind: String, Codable, CaseIterable, Sendable {
        /// The first crates of the season; nothing to pick up.
        case delivery
        /// The crates the partner has go home, fresh ones stay (*udskiftning*).
        case exchange
        /// The last visit before the summer closure or the season's end: crates go home, none stay.
        case collection
    }

    /// Why the visit was wanted near the day it has.
    public enum Timing: String, Codable, CaseIterable, Sendable {
        /// First crates of the season, spread over the first weeks to the route days with the fewest crates.
        case start
        /// The due date of crates the partner had when the plan starts.
        case due
        /// One loan period after the partner's last visit.
        case loanPeriod
        /// The last collection, in the weeks before the summer closure or the season's end.
        case collection
        /// Decided by hand.
        case pinned
    }

    public var partnerID: Partner.ID
    public var day: Day
    public var routeID: Route.ID
    public var kind: Kind
    public var timing: Timing
    /// The day the visit was wanted on before holidays, closures, the van's capacity or a lack of crates moved it.
    public var target: Day
    /// Set when no suitable crate was free on the first day chosen and the visit waited for crates to come home.
    public var postponedFrom: Day?
    /// The crates the partner has, which go home with the van.
    public var pickUp: [Crate.ID]
    /// The fresh crates left at the partner.
    public var leave: [Crate.ID]
    /// Decided by hand: kept as it is when the season is planned again.
    public var pinned: Bool

    public init(
        partnerID: Partner.ID, day: Day, routeID: Route.ID, kind: Kind, timing: Timing, target: Day,
        postponedFrom: Day? = nil, pickUp: [Crate.ID], leave: [Crate.ID], pinned: Bool = false
    ) {
        self.partnerID = partnerID
        self.day = day
        self.routeID = routeID
        self.kind = kind
        self.timing = timing
        self.target = target
        self.postponedFrom = postponedFrom
        self.pickUp = pickUp
        self.leave = leave
        self.pinned = pinned
    }

    /// The partner and the day: stable while the visit stays on its day.
    public var id: ID { ID(partnerID: partnerID, day: day) }

    /// Crates on the van for this stop: those picked up and those left.
    public var vanLoad: Int { pickUp.count + leave.count }

    /// Date, then route, then partner: the order of a plan's visits.
    static func planOrder(_ lhs: PlannedVisit, _ rhs: PlannedVisit) -> Bool {
        if lhs.day != rhs.day { return lhs.day < rhs.day }
        if lhs.routeID != rhs.routeID { return lhs.routeID < rhs.routeID }
        return lhs.partnerID < rhs.partnerID
    }
}
