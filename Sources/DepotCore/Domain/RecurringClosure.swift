/// A closure that comes back every year: the same dates ("23/12–1/1 Juleferie") or the same ISO weeks ("uge 28–30
/// Sommerlukket"). A partner has its own (`Partner.recurringClosures`); the library's own closed weeks
/// (`LibrarySettings.recurringClosures`) close every partner to the van.
///
/// In JSON: `{"from": "12-23", "to": "01-01", "reason": "Juleferie"}` (month-day; a `to` before `from` runs over
/// New Year) or `{"fromWeek": 28, "toWeek": 30, "reason": "Sommerlukket"}` (ISO weeks 1–53; a week a year does not
/// have is left out that year).
public struct RecurringClosure: Hashable, Codable, Sendable {
    public enum Span: Hashable, Sendable {
        /// From a month and day to a month and day, both included.
        case dates(fromMonth: Int, fromDay: Int, toMonth: Int, toDay: Int)
        /// From the Monday of an ISO week to the Sunday of another, both included.
        case weeks(from: Int, to: Int)
    }

    public var span: Span
    public var reason: String?

    public init(span: Span, reason: String? = nil) {
        self.span = span
        self.reason = reason
    }

    /// The weeks an ISO year may have.
    public static let weeks = NumberLimit(1...53)

    /// The days it closes, one range a year, each overlapping `range`, in order.
    public func occurrences(overlapping range: DayRange) -> [DayRange] {
        guard range.first <= range.last else { return [] }
        var found: [DayRange] = []
        // A closure starting the year before may reach into the range (Christmas to New Year).
        for year in (range.first.year - 1)...(range.last.year) {
            guard let days = days(startingIn: year), days.overlaps(range) else { continue }
            found.append(days)
        }
        return found
    }

    /// Whether `day` falls in one of its occurrences.
    public func contains(_ day: Day) -> Bool {
        let year = day.year
        return (year - 1...year + 1).contains { days(startingIn: $0)?.contains(day) ?? false }
    }

    /// The occurrence that starts in `year` (the ISO week-numbering year for weeks).
    func days(startingIn year: Int) -> DayRange? {
        switch span {
        case .dates(let fromMonth, let fromDay, let toMonth, let toDay):
            let endYear = (toMonth, toDay) < (fromMonth, fromDay) ? year + 1 : year
            guard
                let first = Day(
                    year: year, month: fromMonth, day: min(fromDay, Day.daysIn(month: fromMonth, year: year))),
                let last = Day(
                    year: endYear, month: toMonth, day: min(toDay, Day.daysIn(month: toMonth, year: endYear)))
            else { return nil }
            return DayRange(first: first, last: last)
        case .weeks(let from, let to):
            guard let start = ISOWeek(year: year, week: from) else { return nil }
            let endYear = to < from ? year + 1 : year
            guard Day.computableYears.contains(endYear) else { return nil }
            let end = ISOWeek(year: endYear, week: min(to, ISOWeek.weeksIn(year: endYear)))
            guard let end else { return nil }
            return DayRange(first: start.monday, last: end.monday.adding(days: 6))
        }
    }

    // MARK: JSON

    private enum CodingKeys: String, CodingKey {
        case from, to, fromWeek, toWeek, reason
    }

    /// Refuses a closure with both dates and weeks or neither, a month-day that no year has, or a week outside 1–53.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        reason = try container.decodeIfPresent(String.self, forKey: .reason)
        let hasDates = container.contains(.from) || container.contains(.to)
        let hasWeeks = container.contains(.fromWeek) || container.contains(.toWeek)
        if hasDates && hasWeeks {
            throw DecodingError.dataCorruptedError(
                forKey: .fromWeek, in: container,
                debugDescription: "a recurring closure has either \"from\" and \"to\" (dates) or \"fromWeek\" and "
                    + "\"toWeek\" (weeks), not both")
        }
        if hasWeeks {
            let from = try container.decode(Int.self, forKey: .fromWeek, within: RecurringClosure.weeks)
            let to = try container.decode(Int.self, forKey: .toWeek, within: RecurringClosure.weeks)
            span = .weeks(from: from, to: to)
            return
        }
        guard hasDates else {
            throw DecodingError.dataCorruptedError(
                forKey: .from, in: container,
                debugDescription: "a recurring closure needs \"from\" and \"to\" (such as \"12-23\" and \"01-01\") "
                    + "or \"fromWeek\" and \"toWeek\" (1 to 53)")
        }
        let from = try RecurringClosure.monthDay(container, .from)
        let to = try RecurringClosure.monthDay(container, .to)
        span = .dates(fromMonth: from.month, fromDay: from.day, toMonth: to.month, toDay: to.day)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        switch span {
        case .dates(let fromMonth, let fromDay, let toMonth, let toDay):
            try container.encode(RecurringClosure.text(fromMonth, fromDay), forKey: .from)
            try container.encode(RecurringClosure.text(toMonth, toDay), forKey: .to)
        case .weeks(let from, let to):
            try container.encode(from, forKey: .fromWeek)
            try container.encode(to, forKey: .toWeek)
        }
        try container.encodeIfPresent(reason, forKey: .reason)
    }

    private static func text(_ month: Int, _ day: Int) -> String {
        (month < 10 ? "0" : "") + "\(month)-" + (day < 10 ? "0" : "") + "\(day)"
    }

    /// "MM-DD", a day some year has (29 February is kept, and is 28 February in other years).
    private static func monthDay(_ container: KeyedDecodingContainer<CodingKeys>, _ key: CodingKeys) throws -> (
        month: Int, day: Int
    ) {
        let text = try container.decode(String.self, forKey: key)
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        if parts.count == 2, parts.allSatisfy({ $0.count == 2 }), let month = Int(parts[0]), let day = Int(parts[1]),
            (1...12).contains(month), day >= 1, day <= Day.daysIn(month: month, year: 2000)
        {
            return (month, day)
        }
        throw container.outOfRange(
            key, "must be a month and day written MM-DD, such as \"12-23\"; found \(TerminalSafe.quote(text))")
    }
}

extension Partner {
    /// Its closures over `range`: the dated ones, and its own and the library's recurring ones, one a year, in
    /// order of their first day.
    public func closures(overlapping range: DayRange, library: [RecurringClosure] = []) -> [Closure] {
        var found = closures.filter { $0.days.overlaps(range) }
        for recurring in (recurringClosures ?? []) + library {
            for days in recurring.occurrences(overlapping: range) {
                found.append(Closure(days: days, reason: recurring.reason))
            }
        }
        return found.sorted { ($0.days.first, $0.days.last) < ($1.days.first, $1.days.last) }
    }
}
