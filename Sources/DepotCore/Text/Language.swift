import Foundation

/// The languages Depot speaks: Danish, the library's own, and English. Adding a language is its file
/// `Resources/Texts/<code>.json` and one case here whose raw value is the file's name (`case norwegian = "nb"`):
/// `--lang nb`, a `nb_NO` locale and every text then follow.
public enum Language: String, CaseIterable, Sendable {
    case danish = "da"
    case english = "en"

    /// `--lang` when given, else `LC_ALL`, `LC_MESSAGES` or `LANG`: the language of the locale's code (`da_DK.UTF-8`
    /// is Danish), English for a locale Depot does not speak; Danish when no locale is set.
    public static func resolve(explicit: String?, environment: [String: String]) -> Language {
        if let explicit, let language = Language(code: explicit) { return language }
        for variable in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            guard let value = environment[variable], !value.isEmpty else { continue }
            let code = value.lowercased().prefix { $0.isLetter }
            return Language(rawValue: String(code)) ?? .english
        }
        return .danish
    }

    /// `da`, `en`, or a language's name in English or Danish (`dansk`, `english`...).
    public init?(code: String) {
        let code = code.lowercased()
        if let language = Language(rawValue: code) {
            self = language
            return
        }
        switch code {
        case "dansk", "danish": self = .danish
        case "english", "engelsk": self = .english
        default: return nil
        }
    }

    /// The codes `--lang` takes, for its messages: "da or en".
    public static var codes: [String] { allCases.map(\.rawValue) }
}

/// Days and weeks as people read them, from the language files (`DayNameText`): month and weekday names and the
/// order of a date's parts.
public struct DayText: Sendable {
    public let language: Language
    private let book: TextBook

    public init(_ language: Language) {
        self.language = language
        self.book = TextBook(language)
    }

    private static let months: [DayNameText] = [
        .january, .february, .march, .april, .may, .june, .july, .august, .september, .october, .november, .december,
    ]
    private static let weekdays: [DayNameText] = [
        .monday, .tuesday, .wednesday, .thursday, .friday, .saturday, .sunday,
    ]

    public func monthName(_ month: Int) -> String { book[DayText.months[month - 1]] }

    public func weekdayName(_ weekday: Weekday) -> String { book[DayText.weekdays[weekday.isoNumber - 1]] }

    /// Three letters: "man", "Mon".
    public func shortWeekday(_ weekday: Weekday) -> String { String(weekdayName(weekday).prefix(3)) }

    /// "23. november 2026" / "23 November 2026".
    public func long(_ day: Day) -> String {
        let (year, month, dayOfMonth) = day.components
        return book.format(DayNameText.longDate, dayOfMonth, monthName(month), year)
    }

    /// "man 23.11." / "Mon 23/11": for lists, where the year is plain from context.
    public func short(_ day: Day) -> String {
        let (_, month, dayOfMonth) = day.components
        return book.format(DayNameText.shortDate, shortWeekday(day.weekday), dayOfMonth, month)
    }

    /// "16.02.2027" / "2027-02-16": for tables and histories, as wide in every language as a day in the files.
    public func numeric(_ day: Day) -> String {
        let (year, month, dayOfMonth) = day.components
        func padded(_ value: Int, _ width: Int) -> String {
            let digits = String(value)
            return String(repeating: "0", count: max(0, width - digits.count)) + digits
        }
        return book.format(DayNameText.numericDate, padded(dayOfMonth, 2), padded(month, 2), padded(year, 4))
    }

    /// "uge 48" / "week 48".
    public func week(_ week: ISOWeek) -> String { book.format(DayNameText.week, week.week) }
}

/// The names of months and weekdays and the shapes of a date, in the language files.
public enum DayNameText: String, TextCatalogue {
    case january, february, march, april, may, june, july, august, september, october, november, december
    case monday, tuesday, wednesday, thursday, friday, saturday, sunday
    /// "23. november 2026".
    case longDate
    /// "man 23.11.".
    case shortDate
    /// "23.11.2026".
    case numericDate
    /// "uge 48".
    case week

    public static let placeholders: [DayNameText: [String]] = [
        .longDate: ["day", "month", "year"], .shortDate: ["weekday", "day", "month"],
        .numericDate: ["day", "month", "year"], .week: ["week"],
    ]
}
