/// An inclusive span of days, such as a kindergarten's summer closure.
public struct DayRange: Hashable, Codable, Sendable {
    public var first: Day
    public var last: Day

    public init(first: Day, last: Day) {
        self.first = first
        self.last = last
    }

    public func contains(_ day: Day) -> Bool { first <= day && day <= last }

    public func overlaps(_ other: DayRange) -> Bool { first <= other.last && other.first <= last }

    public var dayCount: Int { first.days(until: last) + 1 }
}
