/// An ISO 8601 week ("uge 48" in Danish usage): weeks start on Monday, week 1 holds the year's first Thursday.
public struct ISOWeek: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// The ISO week-numbering year, which differs from the calendar year around New Year.
    public let year: Int
    public let week: Int

    /// Nil for a week the year does not have, and for a year `Day` cannot hold (`Day.computableYears`).
    public init?(year: Int, week: Int) {
        guard Day.computableYears.contains(year), week >= 1, week <= ISOWeek.weeksIn(year: year) else { return nil }
        self.year = year
        self.week = week
    }

    public init(containing day: Day) {
        let thursday = day.adding(days: 4 - day.weekday.isoNumber)
        let year = thursday.year
        // A day's year is always one `Day` can hold, so the first of January exists.
        let firstOfYear = Day(year: year, month: 1, day: 1) ?? day
        self.year = year
        self.week = firstOfYear.days(until: thursday) / 7 + 1
    }

    /// The Monday that starts the week.
    public var monday: Day {
        let january4 = Day(year: year, month: 1, day: 4) ?? (year < 0 ? Day.minimum : Day.maximum)
        let week1Monday = january4.adding(days: 1 - january4.weekday.isoNumber)
        return week1Monday.adding(days: (week - 1) * 7)
    }

    /// Monday to Sunday.
    public var days: [Day] { (0..<7).map { monday.adding(days: $0) } }

    public var next: ISOWeek { ISOWeek(containing: monday.adding(days: 7)) }
    public var previous: ISOWeek { ISOWeek(containing: monday.adding(days: -7)) }

    /// 52 or 53: a year has 53 ISO weeks when 28 December falls in week 53.
    public static func weeksIn(year: Int) -> Int {
        guard let december28 = Day(year: year, month: 12, day: 28) else { return 52 }
        return ISOWeek(containing: december28).week
    }

    /// `2026-W48`.
    public var description: String { "\(year)-W\(week < 10 ? "0" : "")\(week)" }

    /// Parses `2026-W48` or `2026-W7`, in the years 1900 to 9999 (`Day.supportedYears`).
    public init?(_ text: String) {
        let parts = text.uppercased().split(separator: "-W")
        guard parts.count == 2, let year = Int(parts[0]), Day.supportedYears.contains(year), let week = Int(parts[1])
        else { return nil }
        self.init(year: year, week: week)
    }

    public static func < (lhs: ISOWeek, rhs: ISOWeek) -> Bool { (lhs.year, lhs.week) < (rhs.year, rhs.week) }
}
