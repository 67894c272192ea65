/// A calendar day with no time of day and no time zone: 2026-11-23 is the same day everywhere.
///
/// Stored as the number of days since 1970-01-01, so comparing and adding days is plain integer arithmetic.
/// In JSON a day is the ISO 8601 text `"2026-11-23"`.
public struct Day: Hashable, Comparable, Sendable {
    /// Days since 1970-01-01 (negative before).
    public let ordinal: Int

    public init(ordinal: Int) {
        self.ordinal = ordinal
    }

    /// Returns nil when the components do not name a real day (month 13, 30 February, ...), or when the year is
    /// outside `Day.computableYears`.
    public init?(year: Int, month: Int, day: Int) {
        guard Day.computableYears.contains(year), (1...12).contains(month), day >= 1,
            day <= Day.daysIn(month: month, year: year)
        else { return nil }
        self.ordinal = Day.ordinal(year: year, month: month, day: day)
    }

    // MARK: Range

    /// The days Depot reads from text (files, the command line, forms): 1900-01-01 to 9999-12-31, so four digits
    /// of year always do, and a stray `0000-03-01` or a missing digit is refused rather than believed.
    public static let earliest = Day(ordinal: -25_567)
    public static let latest = Day(ordinal: 2_932_896)
    public static let supported = earliest...latest
    public static let supportedYears = 1900...9999

    /// Arithmetic saturates at these (years 1 and 99999) instead of overflowing: far beyond anything a loan period
    /// reaches from a supported day, yet near enough that a loop stepping a day at a time still ends.
    public static let minimum = Day(ordinal: -719_162)
    public static let maximum = Day(ordinal: 35_804_721)
    /// Years `Day(year:month:day:)` accepts: wider than the saturation bounds, so that "the year after" a saturated
    /// day is still a day, and narrow enough that its arithmetic cannot overflow.
    public static let computableYears = -1_000_000...1_000_000

    /// Whether Depot reads and writes this day as text (1900-01-01 to 9999-12-31).
    public var isSupported: Bool { Day.supported.contains(self) }

    public static func < (lhs: Day, rhs: Day) -> Bool { lhs.ordinal < rhs.ordinal }

    // MARK: Components

    /// Year, month and day of month (civil-from-days, proleptic Gregorian).
    /// Beyond `minimum`/`maximum` (the planner's `Int.max` for "never") the components are those of the bound.
    public var components: (year: Int, month: Int, day: Int) {
        let z = Swift.min(Swift.max(ordinal, Day.minimum.ordinal), Day.maximum.ordinal) + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let shiftedMonth = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * shiftedMonth + 2) / 5 + 1
        let month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9
        let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
        return (year, month, day)
    }

    public var year: Int { components.year }
    public var month: Int { components.month }
    public var dayOfMonth: Int { components.day }

    /// The weekday, Monday first as in Denmark.
    public var weekday: Weekday {
        // 1970-01-01 was a Thursday (index 3 with Monday = 0).
        let index = ((ordinal % 7) + 7 + 3) % 7
        return Weekday.allCases[index]
    }

    // MARK: Arithmetic

    /// `days` later (earlier when negative). Saturates at `Day.maximum` and `Day.minimum` instead of overflowing,
    /// and never moves a day the wrong way (a day beyond the bounds, such as `Int.max` for "never", stays put).
    public func adding(days: Int) -> Day {
        let (sum, overflow) = ordinal.addingReportingOverflow(days)
        if days >= 0 {
            let target = overflow ? Day.maximum.ordinal : Swift.min(sum, Day.maximum.ordinal)
            return Day(ordinal: Swift.max(ordinal, target))
        }
        let target = overflow ? Day.minimum.ordinal : Swift.max(sum, Day.minimum.ordinal)
        return Day(ordinal: Swift.min(ordinal, target))
    }

    /// Adds calendar months, clamping to the last day of a shorter month (31 January + 1 month = 28/29 February).
    /// Saturates like `adding(days:)`.
    public func adding(months: Int) -> Day {
        let (year, month, day) = components
        let limit = 12 * (Day.computableYears.upperBound - 1)
        let monthIndex = year * 12 + (month - 1) + Swift.min(Swift.max(months, -limit), limit)
        let newYear = monthIndex >= 0 ? monthIndex / 12 : (monthIndex - 11) / 12
        let newMonth = monthIndex - newYear * 12 + 1
        let newDay = Swift.min(day, Day.daysIn(month: newMonth, year: newYear))
        let target = Day.ordinal(year: newYear, month: newMonth, day: newDay)
        if months >= 0 { return Day(ordinal: Swift.max(ordinal, Swift.min(target, Day.maximum.ordinal))) }
        return Day(ordinal: Swift.min(ordinal, Swift.max(target, Day.minimum.ordinal)))
    }

    /// Whole days from `self` to `other` (positive when `other` is later); saturates instead of overflowing.
    public func days(until other: Day) -> Int {
        let (difference, overflow) = other.ordinal.subtractingReportingOverflow(ordinal)
        guard overflow else { return difference }
        return other.ordinal > ordinal ? Int.max : Int.min
    }

    // MARK: Calendar helpers

    public static func isLeapYear(_ year: Int) -> Bool { (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 }

    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return isLeapYear(year) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    static func ordinal(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let shiftedMonth = month > 2 ? month - 3 : month + 9
        let dayOfYear = (153 * shiftedMonth + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }
}

// MARK: - Text

extension Day: CustomStringConvertible, LosslessStringConvertible {
    /// ISO 8601: `2026-11-23`.
    public var description: String {
        let (year, month, day) = components
        return "\(Day.pad(year, 4))-\(Day.pad(month, 2))-\(Day.pad(day, 2))"
    }

    /// Parses exactly `YYYY-MM-DD`, from 1900-01-01 to 9999-12-31 (`Day.supported`).
    public init?(_ text: String) {
        var text = text
        guard let day = text.withUTF8({ Day(utf8: $0) }) else { return nil }
        self = day
    }

    /// Parses exactly `YYYY-MM-DD` from UTF-8 bytes, as `init(_:)` does from text (the store reads days straight
    /// from a file's bytes).
    init?(utf8 bytes: UnsafeBufferPointer<UInt8>) {
        func number(_ range: Range<Int>) -> Int? {
            var value = 0
            for offset in range {
                let byte = bytes[offset]
                guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return nil }
                value = value * 10 + Int(byte - UInt8(ascii: "0"))
            }
            return value
        }
        guard bytes.count == 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-"),
            let year = number(0..<4), let month = number(5..<7), let day = number(8..<10),
            Day.supportedYears.contains(year)
        else { return nil }
        self.init(year: year, month: month, day: day)
    }

    /// Why `text` is not a day, in words for a message: "is not a date written as YYYY-MM-DD" or "is outside
    /// 1900-01-01 to 9999-12-31"; nil when it is one.
    public static func problem(with text: String) -> String? {
        if Day(text) != nil { return nil }
        let bytes = Array(text.utf8)
        if bytes.count == 10, bytes[4] == UInt8(ascii: "-"), let year = Day.number(bytes[0..<4]),
            !Day.supportedYears.contains(year)
        {
            return "must be from \(Day.earliest) to \(Day.latest); found \(text)"
        }
        return "must be a date written as YYYY-MM-DD; found \(text)"
    }

    private static func number(_ digits: ArraySlice<UInt8>) -> Int? {
        var value = 0
        for byte in digits {
            guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return nil }
            value = value * 10 + Int(byte - UInt8(ascii: "0"))
        }
        return value
    }

    private static func pad(_ value: Int, _ width: Int) -> String {
        let text = String(value)
        return text.count >= width ? text : String(repeating: "0", count: width - text.count) + text
    }
}

extension Day: Codable {
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let day = Day(text) else {
            let bytes = Array(text.utf8)
            if bytes.count == 10, bytes[4] == UInt8(ascii: "-"), let year = Day.number(bytes[0..<4]),
                !Day.supportedYears.contains(year)
            {
                throw DecodingError.dataCorruptedError(
                    in: container,
                    debugDescription: "a date must be from \(Day.earliest) to \(Day.latest), found \"\(text)\"")
            }
            throw DecodingError.dataCorruptedError(
                in: container, debugDescription: "expected a date written as YYYY-MM-DD, found \"\(text)\"")
        }
        self = day
    }

    /// Refuses a day after 9999-12-31 (or before 1900): written, it could not be read back.
    public func encode(to encoder: any Encoder) throws {
        guard isSupported else {
            throw EncodingError.invalidValue(
                self,
                EncodingError.Context(
                    codingPath: encoder.codingPath,
                    debugDescription: TextBook(.english).format(
                        FileProblemText.dateCannotBeSaved, self, Day.earliest, Day.latest)
                ))
        }
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}

/// Days of the week, Monday first (ISO 8601 and Danish usage).
public enum Weekday: String, Codable, CaseIterable, Sendable, Comparable {
    case monday, tuesday, wednesday, thursday, friday, saturday, sunday

    /// 1 for Monday ... 7 for Sunday.
    public var isoNumber: Int { Weekday.allCases.firstIndex(of: self)! + 1 }

    public var isWeekend: Bool { self == .saturday || self == .sunday }

    public static func < (lhs: Weekday, rhs: Weekday) -> Bool { lhs.isoNumber < rhs.isoNumber }
}
