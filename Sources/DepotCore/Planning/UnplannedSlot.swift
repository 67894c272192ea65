/// A cell of the plan (a partner's visit) that could not be planned, or was planned with fewer crates than wanted,
/// and precisely why.
public struct UnplannedSlot: Hashable, Codable, Sendable, CustomStringConvertible {
    public var partnerID: Partner.ID
    public var partnerName: String
    public var routeID: Route.ID?
    public var routeName: String?
    /// The visit's day when it is in the plan with too few crates; otherwise the day it was wanted on.
    public var day: Day
    /// Whether the visit itself is in the plan (with fewer crates than wanted).
    public var visitPlanned: Bool
    public var kind: PlannedVisit.Kind
    /// Crates wanted but not left (for a visit that is not planned: the crates it would have left).
    public var missingCrates: Int
    public var reason: UnplannedReason

    public init(
        partnerID: Partner.ID, partnerName: String, routeID: Route.ID?, routeName: String?, day: Day,
        visitPlanned: Bool, kind: PlannedVisit.Kind, missingCrates: Int, reason: UnplannedReason
    ) {
        self.partnerID = partnerID
        self.partnerName = partnerName
        self.routeID = routeID
        self.routeName = routeName
        self.day = day
        self.visitPlanned = visitPlanned
        self.kind = kind
        self.missingCrates = missingCrates
        self.reason = reason
    }

    /// One sentence, e.g. "route Nord, week 10: 14 crates for 3–6 wanted, 11 free; ...".
    public func text(_ language: Language) -> String { PlanWords(language).unplanned(self) }

    public var description: String { text(.english) }

    /// Date, then partner.
    static func planOrder(_ lhs: UnplannedSlot, _ rhs: UnplannedSlot) -> Bool {
        lhs.day != rhs.day ? lhs.day < rhs.day : lhs.partnerID < rhs.partnerID
    }
}

/// Why a cell could not be planned in full.
public enum UnplannedReason: Hashable, Codable, Sendable {
    /// The partner is on no van route (or on one the settings do not have).
    case noRoute
    /// The partner has no age groups, so no crate fits it.
    case noAgeGroups
    /// A pin names a partner the library does not have.
    case unknownPartner
    /// A pin's day lies outside the days being planned.
    case pinOutsideSeason
    /// No route day between `from` and `to` had the partner open and room in the van: of the `routeDays` the
    /// route drives, so many were holidays, closure days or days the van was full (`capacity` crates).
    case noVisitDay(from: Day, to: Day, routeDays: Int, holidays: Int, closed: Int, vanFull: Int, capacity: Int)
    /// Too few crates of `band`: `wanted` on the route that week, `freeThatWeek` free for its visits; of the
    /// `freeOnDay` still free on the visit's day, the partner had `hadBefore` in `seasons` and `heldForPins` are
    /// kept for pinned visits.
    case cratesShort(
        band: AgeBand, wanted: Int, freeThatWeek: Int, freeOnDay: Int, hadBefore: Int, heldForPins: Int,
        seasons: String)
}
