import Foundation

/// Reads a day as a librarian types it in a form.
///
/// Accepted: `2026-12-01`; `1/12` or `1.12` (day/month: the next such day from today); `1/12/2026`, `1/12-26`;
/// `+3m`, `+2w`, `+10d`, `+1y` (from today); `uge 49`, `week 49`, `u49`, `w49` (Monday of that week, the next one
/// from today; `uge 2 2027` for a given year); `i dag`/`today`, `i morgen`/`tomorrow`, `i går`/`yesterday`. Read
/// `.back`, a day or week without its year is the last one up to today instead of the next.
public enum DayInput {
    public enum Failure: Error, Equatable, Sendable {
        case empty
        case notUnderstood(String)
        case noSuchDay(String)
        case noSuchWeek(String)
        /// A day before 1900-01-01 or after 9999-12-31 (`Day.supported`), such as `+9223372036854775807d`.
        case outOfRange(String)
    }

    /// Which way a day written without its year is read.
    public enum Reading: Sendable {
        /// The next such day from today: a due date, a review to come.
        case ahead
        /// The last such day up to today: when something happened (a contact, a review held). `1/12` typed on
        /// 3 December is 1 December, not next year's; `uge 47` is this year's week 47.
        case back
    }

    /// The day `raw` names, which is always one Depot can save (`Day.supported`).
    public static func parse(_ raw: String, today: Day, reading: Reading = .ahead) -> Result<Day, Failure> {
        let result = understood(raw, today: today, reading: reading)
        if case .success(let day) = result, !day.isSupported { return .failure(.outOfRange(raw)) }
        return result
    }

    private static func understood(_ raw: String, today: Day, reading: Reading) -> Result<Day, Failure> {
        let text = raw.trimmingCharacters(in: .whitespaces).lowercased()
        guard !text.isEmpty else { return .failure(.empty) }
        switch text {
        case "i dag", "idag", "today": return .success(today)
        case "i morgen", "imorgen", "tomorrow": return .success(today.adding(days: 1))
        case "i går", "igår", "yesterday": return .success(today.adding(days: -1))
        default: break
        }
        if let day = Day(text) { return .success(day) }
        if Day.problem(with: text)?.hasPrefix("must be from") == true { return .failure(.outOfRange(raw)) }
        if text.hasPrefix("+") {
            guard let period = CalendarPeriod(String(text.dropFirst())) else { return .failure(.notUnderstood(raw)) }
            return .success(period.after(today))
        }
        if let week = weekNumber(in: text) {
            return resolveWeek(week.number, year: week.year, today: today, reading: reading, raw: raw)
        }
        return dayAndMonth(text, today: today, reading: reading, raw: raw)
    }

    private static func weekNumber(in text: String) -> (number: Int, year: Int?)? {
        for prefix in ["uge", "week", "u", "w"] where text.hasPrefix(prefix) {
            let rest = text.dropFirst(prefix.count).split(separator: " ")
            guard let first = rest.first, let number = Int(first), rest.count <= 2 else { continue }
            if rest.count == 2 {
                guard let year = Int(rest[1]) else { continue }
                return (number, year)
            }
            return (number, nil)
        }
        return nil
    }

    private static func resolveWeek(
        _ number: Int, year: Int?, today: Day, reading: Reading, raw: String
    ) -> Result<Day, Failure> {
        if let year {
            guard let week = ISOWeek(year: year, week: number) else { return .failure(.noSuchWeek(raw)) }
            return .success(week.monday)
        }
        let current = ISOWeek(containing: today)
        if reading == .back {
            for candidateYear in [current.year, current.year - 1] {
                if let week = ISOWeek(year: candidateYear, week: number), week <= current {
                    return .success(week.monday)
                }
            }
            return .failure(.noSuchWeek(raw))
        }
        for candidateYear in [current.year, current.year + 1] {
            if let week = ISOWeek(year: candidateYear, week: number), week >= current { return .success(week.monday) }
        }
        return .failure(.noSuchWeek(raw))
    }

    private static func dayAndMonth(_ text: String, today: Day, reading: Reading, raw: String) -> Result<Day, Failure> {
        let parts = text.split(whereSeparator: { $0 == "/" || $0 == "." || $0 == "-" || $0 == " " })
        guard (2...3).contains(parts.count), parts.allSatisfy({ $0.allSatisfy(\.isASCIIDigit) }),
            let day = Int(parts[0]), let month = Int(parts[1])
        else { return .failure(.notUnderstood(raw)) }
        if parts.count == 3 {
            guard var year = Int(parts[2]) else { return .failure(.outOfRange(raw)) }
            if parts[2].count <= 2 { year += 2000 }
            guard Day.supportedYears.contains(year) else { return .failure(.outOfRange(raw)) }
            guard let result = Day(year: year, month: month, day: day) else { return .failure(.noSuchDay(raw)) }
            return .success(result)
        }
        if reading == .back {
            for year in [today.year, today.year - 1] {
                if let result = Day(year: year, month: month, day: day), result <= today { return .success(result) }
            }
            return .failure(.noSuchDay(raw))
        }
        for year in [today.year, today.year + 1] {
            if let result = Day(year: year, month: month, day: day), result >= today { return .success(result) }
        }
        // 29/2 in a year without one, or a day that does not exist at all.
        return .failure(.noSuchDay(raw))
    }
}

extension DayInput.Failure: CustomStringConvertible, LocalizedText {
    /// In English: "\"+9223372036854775807d\" is outside 1900-01-01 to 9999-12-31".
    public var description: String { text(in: .english) }

    /// "„32/1“ er ikke en dag i kalenderen".
    public func text(in language: Language) -> String {
        let book = TextBook(language)
        switch self {
        case .empty: return book[DayInputText.empty]
        case .notUnderstood(let text): return book.format(DayInputText.notUnderstood, text)
        case .noSuchDay(let text): return book.format(DayInputText.noSuchDay, text)
        case .noSuchWeek(let text): return book.format(DayInputText.noSuchWeek, text)
        case .outOfRange(let text):
            return book.format(DayInputText.outOfRange, text, Day.earliest.description, Day.latest.description)
        }
    }
}

/// Why a typed day was not understood (`DayInput.Failure`).
public enum DayInputText: String, TextCatalogue {
    case empty, notUnderstood, noSuchDay, noSuchWeek, outOfRange

    public static let placeholders: [DayInputText: [String]] = [
        .notUnderstood: ["text"], .noSuchDay: ["text"], .noSuchWeek: ["text"],
        .outOfRange: ["text", "earliest", "latest"],
    ]
}
