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

    /// The day this period after `day`; saturates at `Day.maximum` (and `Day.minimum` for a negative count)
    /// instead of overflowing.
    public func after(_ day: Day) -> Day {
        switch unit {
        case .days: return day.adding(days: count)
        case .weeks: return day.adding(days: count.multipliedReportingOverflow(by: 7).overflow ? saturated : 7 * count)
        case .months: return day.adding(months: count)
        case .years:
            return day.adding(months: count.multipliedReportingOverflow(by: 12).overflow ? saturated : 12 * count)
        }
    }

    private var saturated: Int { count < 0 ? Int.min : Int.max }

    /// Whether the period is at most `years` years long, counting a year as 365¼ days, a month as a twelfth of a
    /// year and a week as 7 days: at most 5 years is at most 1826 days, 260 weeks, 60 months or 5 years.
    public func isAtMost(years: Int) -> Bool {
        switch unit {
        case .days: return count <= 1461 * years / 4
        case .weeks: return count <= 1461 * years / 28
        case .months: return count <= 12 * years
        case .years: return count <= years
        }
    }

    /// What a loan period (the library's or a partner's) may be: 1 day to 5 years; nil when it fits, else the
    /// refusal in English, as a file's messages are (`JSONProblemText` says it in Danish), such as "must be from 1 day
    /// to 5 years; found 9223372036854775807d".
    public var loanPeriodProblem: String? {
        guard count < 1 || !isAtMost(years: Limits.loanPeriodYears) else { return nil }
        let book = TextBook(.english)
        let years = Limits.loanPeriodYears
        let range = book.format(
            LimitText.fromTo, book.format(LimitText.days, count: 1, 1),
            book.format(LimitText.years, count: years, years))
        return book.format(LimitText.mustBe, range, self)
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
        // Every period in Depot's files is a loan period.
        if let problem = period.loanPeriodProblem {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "a loan period \(problem)")
        }
        self = period
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}
