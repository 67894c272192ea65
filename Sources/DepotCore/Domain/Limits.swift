/// A range a whole number read from a file or the command line must lie in, with the unit it counts, so that the
/// refusal can say what is accepted: "must be from 0 to 365 days; found 9223372036854775807".
///
/// Depot checks every number where it is read (decoding a file, parsing an option), so that the arithmetic behind
/// it (due dates, fines, the planner's calendar) works on sane values and never overflows.
public struct NumberLimit: Sendable {
    public var range: ClosedRange<Int>
    /// What it counts; nil for a plain count.
    public var unit: LimitUnit?

    public init(_ range: ClosedRange<Int>, unit: LimitUnit? = nil) {
        self.range = range
        self.unit = unit
    }

    public func contains(_ value: Int) -> Bool { range.contains(value) }

    /// "from 0 to 365 days", in English (files' messages).
    public var rangeText: String { rangeText(in: .english) }

    /// "from 0 to 365 days" / "fra 0 til 365 dage".
    public func rangeText(in language: Language) -> String {
        let book = TextBook(language)
        func counted(_ value: Int) -> String {
            guard let unit else { return NumberText.whole(value, in: language) }
            return book.format(unit.text, count: value, NumberText.whole(value, in: language))
        }
        let low = range.lowerBound == 1 ? counted(1) : NumberText.whole(range.lowerBound, in: language)
        return book.format(LimitText.fromTo, low, counted(range.upperBound))
    }

    /// "must be from 0 to 365 days; found 9223372036854775807", in English (files' messages).
    public func refusal(found value: Int) -> String { refusal(found: value, in: .english) }

    /// "must be from 0 to 365 days; found 400" / "skal være fra 0 til 365 dage; fundet 400".
    public func refusal(found value: Int, in language: Language) -> String {
        TextBook(language).format(LimitText.mustBe, rangeText(in: language), value)
    }
}

/// What a ``NumberLimit`` counts, said with the count in the language files (`LimitText`).
public enum LimitUnit: Sendable {
    case day, workingDay, renewal, backup, millisecond, month, crate, child, person, point, reader, second, season

    var text: LimitText {
        switch self {
        case .day: return .days
        case .workingDay: return .workingDays
        case .renewal: return .renewals
        case .backup: return .backups
        case .millisecond: return .milliseconds
        case .month: return .months
        case .crate: return .crates
        case .child: return .children
        case .person: return .people
        case .point: return .points
        case .reader: return .readers
        case .second: return .seconds
        case .season: return .seasons
        }
    }
}

/// The words of number limits and their refusals.
public enum LimitText: String, TextCatalogue {
    case fromTo, mustBe
    case days, workingDays, renewals, backups, milliseconds, months, crates, children, people, points, readers
    case seconds, seasons, years

    public static let placeholders: [LimitText: [String]] = [
        .fromTo: ["low", "high"], .mustBe: ["range", "found"], .days: ["count"], .workingDays: ["count"],
        .renewals: ["count"], .backups: ["count"], .milliseconds: ["count"], .months: ["count"],
        .crates: ["count"], .children: ["count"], .people: ["count"], .points: ["count"], .readers: ["count"],
        .seconds: ["count"], .seasons: ["count"], .years: ["count"],
    ]
}

/// The numbers Depot accepts in its files and on its command line (listed in docs/design.md, section Store).
public enum Limits {
    // MARK: library.json

    /// A loan period (the library's and a partner's own) is from 1 day to 5 years; see `CalendarPeriod.loanLimit`.
    public static let loanPeriodYears = 5
    public static let dueSoonDays = NumberLimit(0...365, unit: .day)
    public static let turnaroundWorkingDays = NumberLimit(0...60, unit: .workingDay)
    public static let renewalLimit = NumberLimit(0...20, unit: .renewal)
    public static let backupsToKeep = NumberLimit(1...100, unit: .backup)
    /// The longest pause between a barcode scanner's keystrokes (`scanner.keyGapMilliseconds`).
    public static let scannerKeyGap = NumberLimit(10...1_000, unit: .millisecond)
    public static let seasonStartMonth = NumberLimit(1...12)
    public static let readerRetentionMonths = NumberLimit(1...120, unit: .month)
    public static let vanCapacity = NumberLimit(1...1_000, unit: .crate)

    // MARK: Records

    /// Any amount of money in a file, in kroner either way: no item or fine comes near it, and sums of a whole
    /// catalogue of such amounts stay far from overflowing.
    public static let moneyKroner = 100_000_000
    /// A fine per overdue day, at most (and never negative).
    public static let finePerDayKroner = 10_000
    /// The cap on one deposit's fine, at most (and never negative).
    public static let fineCapKroner = 1_000_000
    public static let renewals = NumberLimit(0...100, unit: .renewal)
    public static let childCount = NumberLimit(0...10_000, unit: .child)
    /// Crates of one age band a partner takes per visit (`CrateMix.crates`).
    public static let cratesPerVisit = NumberLimit(0...20, unit: .crate)
    public static let attendance = NumberLimit(0...100_000, unit: .person)
    public static let outcomeTarget = NumberLimit(0...1_000_000)
    public static let points = NumberLimit(0...1_000, unit: .point)
    public static let advancing = NumberLimit(0...10_000, unit: .reader)
    public static let readingSeconds = NumberLimit(0...3_600, unit: .second)
    public static let planRevision = NumberLimit(0...1_000_000)

    // MARK: Planning and the command line

    public static let lookBackSeasons = NumberLimit(0...20, unit: .season)
    /// A task's number in `depot events task done EVENT N`.
    public static let taskNumber = NumberLimit(1...10_000)
    /// How far ahead `depot due --within` looks, at most.
    public static let dueWithinYears = 5
}
