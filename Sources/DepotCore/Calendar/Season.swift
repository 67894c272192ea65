/// A library season, the planning year of deposits: by default 1 August to 31 July ("2026/27").
public struct Season: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// The calendar year the season starts in.
    public let startYear: Int
    /// The month the season starts in (1–12); 8 (August) by default, following the school year.
    public let startMonth: Int

    public init(startYear: Int, startMonth: Int = 8) {
        self.startYear = startYear
        self.startMonth = startMonth
    }

    public init(containing day: Day, startMonth: Int = 8) {
        self.init(startYear: day.month >= startMonth ? day.year : day.year - 1, startMonth: startMonth)
    }

    /// The first of `startMonth` (taken as 1...12) in `startYear` (taken as a year `Day` can hold).
    public var firstDay: Day {
        let year = min(max(startYear, Day.computableYears.lowerBound), Day.computableYears.upperBound)
        return Day(year: year, month: min(max(startMonth, 1), 12), day: 1) ?? (year < 0 ? Day.minimum : Day.maximum)
    }
    public var lastDay: Day { firstDay.adding(months: 12).adding(days: -1) }
    public var range: DayRange { DayRange(first: firstDay, last: lastDay) }

    public func contains(_ day: Day) -> Bool { range.contains(day) }

    /// Whether every day of the season is one Depot saves (`Day.supported`), and its name one it reads back: not
    /// so for 9999/00, which ends in the year 10000, or for 1899/00.
    public var isSupported: Bool {
        firstDay.isSupported && lastDay.isSupported && Season(description, startMonth: startMonth) == self
    }

    public var previous: Season { Season(startYear: startYear - 1, startMonth: startMonth) }
    public var next: Season { Season(startYear: startYear + 1, startMonth: startMonth) }

    /// `2026/27` (or `2026` for a season that follows the calendar year).
    public var description: String {
        if startMonth == 1 { return String(startYear) }
        let end = (startYear + 1) % 100
        return "\(startYear)/\(end < 10 ? "0" : "")\(end)"
    }

    /// A name safe for a file: `2026-27`.
    public var fileStem: String { description.replacingOccurrences(of: "/", with: "-") }

    /// Parses `2026/27`, `2026-27`, `2026/2027` or `2026` (the season starting in that year).
    public init?(_ text: String, startMonth: Int = 8) {
        let parts = text.split(whereSeparator: { $0 == "/" || $0 == "-" })
        guard let first = parts.first, let year = Int(first), (1900...9999).contains(year) else { return nil }
        if parts.count == 2 {
            guard let second = Int(parts[1]), second == (year + 1) % 100 || second == year + 1 else { return nil }
        } else if parts.count != 1 {
            return nil
        }
        self.init(startYear: year, startMonth: startMonth)
    }

    public static func < (lhs: Season, rhs: Season) -> Bool { lhs.startYear < rhs.startYear }
}
