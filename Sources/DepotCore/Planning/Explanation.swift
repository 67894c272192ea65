/// Why a visit is on its day and why it leaves its crates, in readable lines (`RotationPlanner.explain`).
public struct Explanation: Hashable, Codable, Sendable, CustomStringConvertible {
    public var partnerID: Partner.ID
    public var day: Day
    /// Whether the partner has a visit on `day` (otherwise the lines say which visits it has).
    public var visitFound: Bool
    public var lines: [String]

    public init(partnerID: Partner.ID, day: Day, visitFound: Bool, lines: [String]) {
        self.partnerID = partnerID
        self.day = day
        self.visitFound = visitFound
        self.lines = lines
    }

    public var description: String { lines.joined(separator: "\n") }
}
