/// A van's visit to a partner on a day. A partner gets at most one visit a day, so partner and day name a visit,
/// in a plan (`PlannedVisit`) and on the schedule (`ScheduledVisit`) alike; the calendar's UID is made from it.
public struct VisitID: Hashable, Comparable, Codable, Sendable, CustomStringConvertible {
    public var partnerID: Partner.ID
    public var day: Day

    /// The visit to `partnerID` on `day`.
    public init(partnerID: Partner.ID, day: Day) {
        self.partnerID = partnerID
        self.day = day
    }

    /// `P007 2026-11-26`.
    public var description: String { "\(partnerID) \(day)" }

    /// By day, then partner.
    public static func < (lhs: VisitID, rhs: VisitID) -> Bool {
        lhs.day != rhs.day ? lhs.day < rhs.day : lhs.partnerID < rhs.partnerID
    }
}
