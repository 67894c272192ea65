/// How many came to an event, or were expected to: children and adults counted apart.
public struct Attendance: Hashable, Codable, Sendable {
    public var children: Int
    public var adults: Int

    public init(children: Int, adults: Int = 0) {
        self.children = children
        self.adults = adults
    }

    private enum CodingKeys: String, CodingKey {
        case children, adults
    }

    /// Refuses counts outside `Limits.attendance`, so that a season's sums cannot overflow.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        children = try container.decode(Int.self, forKey: .children, within: Limits.attendance)
        adults = try container.decode(Int.self, forKey: .adults, within: Limits.attendance)
    }

    /// Children and adults together.
    public var total: Int { children + adults }
}
