/// How many came to an event, or were expected to: children and adults counted apart.
public struct Attendance: Hashable, Codable, Sendable {
    public var children: Int
    public var adults: Int

    public init(children: Int, adults: Int = 0) {
        self.children = children
        self.adults = adults
    }

    /// Children and adults together.
    public var total: Int { children + adults }
}
