/// A range a whole number read from a file or the command line must lie in, with the unit it counts, so that the
/// refusal can say what is accepted: "must be from 0 to 365 days; found 9223372036854775807".
///
/// Depot checks every number where it is read (decoding a file, parsing an option), so that the arithmetic behind
/// it (due dates, fines, the planner's calendar) works on sane values and never overflows.
public struct NumberLimit: Sendable {
    public var range: ClosedRange<Int>
    /// The unit in the singular and the plural ("day", "days"); nil for a plain count.
    public var unit: (one: String, many: String)?

    public init(_ range: ClosedRange<Int>, unit: (one: String, many: String)? = nil) {
        self.range = range
        self.unit = unit
    }

    public func contains(_ value: Int) -> Bool { range.contains(value) }

    /// "from 0 to 365 days".
    public var rangeText: String {
        guard let unit else { return "from \(range.lowerBound) to \(range.upperBound)" }
        let low = range.lowerBound == 1 ? "1 \(unit.one)" : "\(range.lowerBound)"
        return "from \(low) to \(range.upperBound) \(range.upperBound == 1 ? unit.one : unit.many)"
    }

    /// "must be from 0 to 365 days; found 9223372036854775807".
    public func refusal(found value: Int) -> String { "must be \(rangeText); found \(value)" }
}

/// The numbers Depot accepts in its files and on its command line (listed in docs/design.md, section Store).
public enum Limits {
    // MARK: library.json

    /// A loan period (the library's and a partner's own) is from 1 day to 5 years; see `CalendarPeriod.loanLimit`.
    public static let loanPeriodYears = 5
    public static let dueSoonDays = NumberLimit(0...365, unit: ("day", "days"))
    public static let turnaroundWorkingDays = NumberLimit(0...60, unit: ("working day", "working days"))
    public static let renewalLimit = NumberLimit(0...20, unit: ("renewal", "renewals"))
    public static let backupsToKeep = NumberLimit(1...100, unit: ("backup", "backups"))
    /// The longest pause between a barcode scanner's keystrokes (`scanner.keyGapMilliseconds`).
    public static let scannerKeyGap = NumberLimit(10...1_000, unit: ("millisecond", "milliseconds"))
    public static let seasonStartMonth = NumberLimit(1...12)
    public static let readerRetentionMonths = NumberLimit(1...120, unit: ("month", "months"))
    public static let vanCapacity = NumberLimit(1...1_000, unit: ("crate", "crates"))

    // MARK: Records

    /// Any amount of money in a file, in kroner either way: no item or fine comes near it, and sums of a whole
    /// catalogue of such amounts stay far from overflowing.
    public static let moneyKroner = 100_000_000
    /// A fine per overdue day, at most (and never negative).
    public static let finePerDayKroner = 10_000
    /// The cap on one deposit's fine, at most (and never negative).
    public static let fineCapKroner = 1_000_000
    public static let renewals = NumberLimit(0...100, unit: ("renewal", "renewals"))
    public static let childCount = NumberLimit(0...10_000, unit: ("child", "children"))
    /// Crates of one age band a partner takes per visit (`CrateMix.crates`).
    public static let cratesPerVisit = NumberLimit(0...20, unit: ("crate", "crates"))
    public static let attendance = NumberLimit(0...100_000, unit: ("person", "people"))
    public static let outcomeTarget = NumberLimit(0...1_000_000)
    public static let points = NumberLimit(0...1_000, unit: ("point", "points"))
    public static let advancing = NumberLimit(0...10_000, unit: ("reader", "readers"))
    public static let readingSeconds = NumberLimit(0...3_600, unit: ("second", "seconds"))
    public static let planRevision = NumberLimit(0...1_000_000)

    // MARK: Planning and the command line

    public static let lookBackSeasons = NumberLimit(0...20, unit: ("season", "seasons"))
    /// A task's number in `depot events task done EVENT N`.
    public static let taskNumber = NumberLimit(1...10_000)
    /// How far ahead `depot due --within` looks, at most.
    public static let dueWithinYears = 5
}
