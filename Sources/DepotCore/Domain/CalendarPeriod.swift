/// A length of time counted on the calendar: 3 months, 8 weeks, 14 days, 1 year.
///
/// In JSON it is short text a person can edit: `"3m"`, `"8w"`, `"14d"`, `"1y"`.
public struct CalendarPeriod: Hashable, Sendable, CustomStringConvertible, LosslessStringConvertible {
    public enum Unit: Character, Sendable, CaseIterable {
        case days = "d"
        case weeks = "w"
        case months = "m"
        case years = "y"
    }

    public var count: Int
    public var unit: Unit

    public init(_ count: Int, _ unit: Unit) {
        self.count = count
        self.unit = unit
    }

    public static func days(_ count: Int) -> CalendarPeriod { CalendarPeriod(count, .days) }
    public static func weeks(_ count: Int) -> CalendarPeriod { CalendarPeriod(count, .weeks) }
    public static func months(_ count: Int) -> CalendarPeriod { CalendarPeriod(count, .months) }

    /// The day this period after `day`.
    public func after(_ day: Day) -> Day {
        switch unit {
        case .days: return day.adding(days: count)
        case .weeks: return day.adding(days: 7 * count)
        case .months: return day.adding(months: count)
        case .years: return day.adding(months: 12 * count)
        }
    }

    public var description: String { "\(count)\(unit.rawValue)" }

    public init?(_ text: String) {
        guard let last = text.last, let unit = Unit(rawValue: last), let count = Int(text.dropLast()), count > 0
        else { return nil }
        self.init(count, unit)
    }
}

extension CalendarPeriod: Codable {
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let period = CalendarPeriod(text) else {
            throw DecodingError.dataCorruptedError(
                in: container,
                debugDescription: "expected a period such as \"3m\", \"8w\" or \"14d\", found \"\(text)\"")
        }
        self = period
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}
