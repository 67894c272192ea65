/// Values typed on the command line, read and range-checked here so that the command line only reports the
/// refusal (a sentence naming the option and what it accepts) and tests can reach every rule.
public enum OptionValues {
    /// `depot due --within`: `14d`, `2w`, `1m`, `1y` or a plain number of days, from 0 days to 5 years.
    public static func dueWithin(_ text: String) -> Result<CalendarPeriod, OptionRefusal> {
        let trimmed = text.lowercased().filter { $0 != " " }
        let period: CalendarPeriod
        if let count = Int(trimmed), count >= 0 {
            period = .days(count)
        } else if let parsed = CalendarPeriod(trimmed) {
            period = parsed
        } else {
            return .failure(
                OptionRefusal { TextBook($0).format(OptionText.withinNotUnderstood, TerminalSafe.quote(text)) })
        }
        guard period.isAtMost(years: Limits.dueWithinYears) else {
            return .failure(
                OptionRefusal {
                    TextBook($0).format(OptionText.withinTooLong, Limits.dueWithinYears, period.description)
                })
        }
        return .success(period)
    }

    /// A whole number for `option`, refused outside `limit`.
    public static func number(_ value: Int, option: String, within limit: NumberLimit) -> OptionRefusal? {
        limit.contains(value) ? nil : OptionRefusal { "\(option) \(limit.refusal(found: value, in: $0))" }
    }

    /// A day typed as in a form (`DayInput`): 2027-01-15, 15/1, uge 3, +2w; from 1900-01-01 to 9999-12-31.
    public static func day(_ text: String, option: String, today: Day) -> Result<Day, OptionRefusal> {
        DayInput.parse(text, today: today).mapError { failure in
            OptionRefusal { "\(option): \(failure.text(in: $0))" }
        }
    }

    /// A date written as YYYY-MM-DD for `option`, from 1900-01-01 to 9999-12-31 unless `range` is narrower.
    public static func isoDay(
        _ text: String, option: String, range: ClosedRange<Day> = Day.supported
    ) -> Result<Day, OptionRefusal> {
        let problem = Day.problem(with: text) ?? ""
        guard let day = Day(text), range.contains(day) else {
            guard problem.hasPrefix("must be from") || Day(text) != nil else {
                return .failure(
                    OptionRefusal { TextBook($0).format(OptionText.notADate, option, text) })
            }
            return .failure(
                OptionRefusal {
                    TextBook($0).format(
                        OptionText.dateOutOfRange, option, range.lowerBound.description,
                        range.upperBound.description, TerminalSafe.quote(text))
                })
        }
        return .success(day)
    }

    /// The days `depot sample --today` accepts: the generator writes years of history before it and plans
    /// ahead after it, all of which must stay within the days Depot saves: 1910-01-01 to 9989-12-31.
    public static let sampleToday = Day(ordinal: -21_915)...Day(ordinal: 2_929_244)

    /// `depot week --week`: `2026-W48`, in the years 1900 to 9999.
    public static func isoWeek(_ text: String, option: String) -> Result<ISOWeek, OptionRefusal> {
        if let week = ISOWeek(text) { return .success(week) }
        let parts = text.uppercased().split(separator: "-W")
        if parts.count == 2, let year = Int(parts[0]), let number = Int(parts[1]) {
            guard Day.supportedYears.contains(year) else {
                return .failure(
                    OptionRefusal {
                        TextBook($0).format(
                            OptionText.weekYearOutOfRange, option, Day.supportedYears.lowerBound,
                            Day.supportedYears.upperBound, TerminalSafe.quote(text))
                    })
            }
            return .failure(
                OptionRefusal {
                    TextBook($0).format(OptionText.noSuchWeek, option, year, ISOWeek.weeksIn(year: year), number)
                })
        }
        return .failure(
            OptionRefusal { TextBook($0).format(OptionText.weekNotUnderstood, option, TerminalSafe.quote(text)) })
    }
}

/// Why a command-line value was refused: one sentence naming the option and what it accepts, in English
/// (`description`) and in the language asked for (`text(in:)`).
public struct OptionRefusal: Error, Equatable, Sendable, CustomStringConvertible, LocalizedText {
    public var description: String
    private var danish: String?

    /// The sentence, with what the user typed shown escaped and cut to a readable length; the same in both
    /// languages.
    public init(_ description: String) {
        self.description = TerminalSafe.message(description)
    }

    /// The sentence built in each language by `sentence`.
    init(_ sentence: (Language) -> String) {
        description = TerminalSafe.message(sentence(.english))
        danish = TerminalSafe.message(sentence(.danish))
    }

    public func text(in language: Language) -> String {
        language == .danish ? danish ?? description : description
    }

    /// Refusals are the same when they say the same in English.
    public static func == (lhs: OptionRefusal, rhs: OptionRefusal) -> Bool { lhs.description == rhs.description }
}

/// The sentences of `OptionRefusal`.
public enum OptionText: String, TextCatalogue {
    case withinNotUnderstood, withinTooLong, notADate, dateOutOfRange, weekYearOutOfRange, noSuchWeek
    case weekNotUnderstood

    public static let placeholders: [OptionText: [String]] = [
        .withinNotUnderstood: ["found"], .withinTooLong: ["years", "found"], .notADate: ["option", "found"],
        .dateOutOfRange: ["option", "earliest", "latest", "found"],
        .weekYearOutOfRange: ["option", "earliest", "latest", "found"],
        .noSuchWeek: ["option", "year", "weeks", "week"], .weekNotUnderstood: ["option", "found"],
    ]
}
