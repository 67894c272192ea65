import Foundation

/// The languages Depot speaks: Danish, the library's own, and English.
public enum Language: String, CaseIterable, Sendable {
    case danish = "da"
    case english = "en"

    /// `--lang` when given, else `LC_ALL`, `LC_MESSAGES` or `LANG`: Danish for a `da_*` locale, else English.
    public static func resolve(explicit: String?, environment: [String: String]) -> Language {
        if let explicit, let language = Language(code: explicit) { return language }
        for variable in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            guard let value = environment[variable], !value.isEmpty else { continue }
            return value.lowercased().hasPrefix("da") ? .danish : .english
        }
        return .danish
    }

    /// `da`, `dansk`, `en`, `english`...
    public init?(code: String) {
        switch code.lowercased() {
        case "da", "dansk", "danish": self = .danish
        case "en", "english", "engelsk": self = .english
        default: return nil
        }
    }
}

/// Days and weeks as people read them, in Danish or English.
public struct DayText: Sendable {
    public let language: Language

    public init(_ language: Language) {
        self.language = language
    }

    private static let danishMonths = [
        "januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september", "oktober", "november",
        "december",
    ]
    private static let englishMonths = [
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November",
        "December",
    ]
    private static let danishWeekdays = ["mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag"]
    private static let englishWeekdays = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]

    public func monthName(_ month: Int) -> String {
        (language == .danish ? DayText.danishMonths : DayText.englishMonths)[month - 1]
    }

    public func weekdayName(_ weekday: Weekday) -> String {
        (language == .danish ? DayText.danishWeekdays : DayText.englishWeekdays)[weekday.isoNumber - 1]
    }

    /// Three letters: "man", "Mon".
    public func shortWeekday(_ weekday: Weekday) -> String { String(weekdayName(weekday).prefix(3)) }

    /// "23. november 2026" / "23 November 2026".
    public func long(_ day: Day) -> String {
        let (year, month, dayOfMonth) = day.components
        switch language {
        case .danish: return "\(dayOfMonth). \(monthName(month)) \(year)"
        case .english: return "\(dayOfMonth) \(monthName(month)) \(year)"
        }
    }

    /// "man 23.11." / "Mon 23/11": for lists, where the year is plain from context.
    public func short(_ day: Day) -> String {
        let (_, month, dayOfMonth) = day.components
        switch language {
        case .danish: return "\(shortWeekday(day.weekday)) \(dayOfMonth).\(month)."
        case .english: return "\(shortWeekday(day.weekday)) \(dayOfMonth)/\(month)"
        }
    }

    /// "uge 48" / "week 48".
    public func week(_ week: ISOWeek) -> String {
        language == .danish ? "uge \(week.week)" : "week \(week.week)"
    }
}
