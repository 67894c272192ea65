/// A hard rule a plan breaks, with what is needed to say which and why: found by `RotationPlanner.check(_:)` after
/// a pin or a move or swap by hand. The planner's own choices never break one.
public struct Violation: Hashable, Codable, Sendable, CustomStringConvertible {
    /// The hard rules of a rotation plan.
    public enum Rule: String, Codable, CaseIterable, Sendable {
        /// The partner had the crate in the look-back seasons or earlier in the plan.
        case crateHadBefore
        /// The crate's age band is not one of the partner's age groups.
        case ageBand
        /// The crate was home fewer working days than the turnaround time since its last partner.
        case turnaround
        /// The crate is still at another partner on the day.
        case crateElsewhere
        /// The route day carries more crates than the van holds.
        case vanCapacity
        /// The visit falls on a public holiday.
        case holiday
        /// The partner is closed on the day.
        case partnerClosed
        /// The route does not drive on that weekday.
        case notRouteDay
        /// The visit is on another route than the partner's.
        case wrongRoute
        /// The route's driver also drives another route that day (a visit moved off its route day onto a day the
        /// driver has another round).
        case sharedDriver
        /// The visit lies outside the days being planned.
        case outsideSeason
        /// The visit names a partner the library does not have.
        case unknownPartner
        /// The visit names a crate the library does not have.
        case unknownCrate
        /// The crate is in repair.
        case crateInRepair
        /// The visit picks up a crate the partner does not have at that point.
        case pickUpMismatch
        /// The partner has two visits on the same day, or a crate is left twice on one day.
        case duplicate
    }

    public var rule: Rule
    public var day: Day
    public var partnerID: Partner.ID?
    public var partnerName: String?
    public var routeID: Route.ID?
    /// The other route involved (the driver's other round that day), and its name.
    public var otherRouteID: Route.ID?
    public var otherRouteName: String?
    public var crateID: Crate.ID?
    /// The other partner involved (where the crate is, or was last).
    public var otherPartnerID: Partner.ID?
    public var otherPartnerName: String?
    /// The other day involved (when the crate was had, left or picked up).
    public var otherDay: Day?
    /// A number found (crates on the van, working days home).
    public var count: Int?
    /// The limit it breaks (the van's capacity, the turnaround).
    public var limit: Int?
    /// A name: the holiday's, the closure's reason, the route's, the crate's age band.
    public var note: String?

    public init(
        rule: Rule, day: Day, partnerID: Partner.ID? = nil, partnerName: String? = nil, routeID: Route.ID? = nil,
        otherRouteID: Route.ID? = nil, otherRouteName: String? = nil, crateID: Crate.ID? = nil,
        otherPartnerID: Partner.ID? = nil, otherPartnerName: String? = nil,
        otherDay: Day? = nil, count: Int? = nil, limit: Int? = nil, note: String? = nil
    ) {
        self.rule = rule
        self.day = day
        self.partnerID = partnerID
        self.partnerName = partnerName
        self.routeID = routeID
        self.otherRouteID = otherRouteID
        self.otherRouteName = otherRouteName
        self.crateID = crateID
        self.otherPartnerID = otherPartnerID
        self.otherPartnerName = otherPartnerName
        self.otherDay = otherDay
        self.count = count
        self.limit = limit
        self.note = note
    }

    /// One sentence naming the visit and the rule, e.g. "Tue 9/3 2027, Børnehuset Solsikken: K017 was there on
    /// Tue 10/11 2026 (look-back)".
    public func text(_ language: Language) -> String { PlanWords(language).violation(self) }

    public var description: String { text(.english) }

    /// Date, partner, crate, rule: a stable order for a list of violations.
    static func order(_ lhs: Violation, _ rhs: Violation) -> Bool {
        if lhs.day != rhs.day { return lhs.day < rhs.day }
        if lhs.partnerID != rhs.partnerID { return (lhs.partnerID?.rawValue ?? "") < (rhs.partnerID?.rawValue ?? "") }
        if lhs.crateID != rhs.crateID { return (lhs.crateID?.rawValue ?? "") < (rhs.crateID?.rawValue ?? "") }
        if lhs.routeID != rhs.routeID { return (lhs.routeID?.rawValue ?? "") < (rhs.routeID?.rawValue ?? "") }
        return lhs.rule.rawValue < rhs.rule.rawValue
    }
}
