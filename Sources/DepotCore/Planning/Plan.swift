import Foundation

/// A season's rotation plan: every visit of the van with the crates it picks up and leaves, the cells that could
/// not be planned and why, and figures for how good the plan is.
///
/// A plan is a value: edit it (`move`, `swapLeftCrates`), check it again (`RotationPlanner.check`), or plan again
/// from its request with more pins. It is stored as JSON with sorted keys and dates written `"2027-08-10"`
/// (`json()`), so that a published plan diffs line by line.
public struct Plan: Hashable, Codable, Sendable {
    /// What was asked for; planning it again with the same library gives the same plan.
    public var request: PlanRequest
    /// The first and last day visits may be planned on.
    public var firstDay: Day
    public var lastDay: Day
    /// Sorted by date, then route, then partner.
    public var visits: [PlannedVisit]
    /// Sorted by date, then partner.
    public var unplanned: [UnplannedSlot]
    /// Hard rules the plan breaks: only ever because of pins (the planner's own choices keep every rule).
    public var violations: [Violation]
    public var quality: PlanQuality

    public init(
        request: PlanRequest, firstDay: Day, lastDay: Day, visits: [PlannedVisit], unplanned: [UnplannedSlot],
        violations: [Violation], quality: PlanQuality
    ) {
        self.request = request
        self.firstDay = firstDay
        self.lastDay = lastDay
        self.visits = visits
        self.unplanned = unplanned
        self.violations = violations
        self.quality = quality
    }

    /// The season planned.
    public var season: Season { request.season }

    /// The visit with this id.
    public func visit(_ id: PlannedVisit.ID) -> PlannedVisit? { visits.first { $0.id == id } }

    /// A partner's visits, in date order.
    public func visits(of partner: Partner.ID) -> [PlannedVisit] { visits.filter { $0.partnerID == partner } }

    /// The plan as JSON: keys sorted, pretty-printed, dates as `"YYYY-MM-DD"`.
    public func json() throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        return try encoder.encode(self)
    }

    /// Reads a plan written by `json()`.
    public static func decode(json: Data) throws -> Plan { try JSONDecoder().decode(Plan.self, from: json) }
}
