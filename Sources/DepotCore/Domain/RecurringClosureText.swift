/// A recurring closure as a person writes it — `uge 28-30`, `uge 7`, `23/12-1/1`, `24/12` — and back: the partner
/// form and `depot closures` read and show them so, and nobody edits JSON for the summer weeks.
public enum RecurringClosureText {
    /// Why a text is no recurring closure, in the language asked for.
    public struct Refusal: Error, Hashable, Sendable, CustomStringConvertible {
        public var message: String
        public var description: String { message }
    }

    /// The longest a closure that comes back every year may be: longer is taken for a range written backwards
    /// (`uge 30-28`, `1/8-31/7`), which would close a partner nearly all year. Over New Year (`uge 52-1`,
    /// `23/12-1/1`) is fine.
    static let longestWeeks = 26
    static let longestDays = 183

    /// Reads one closure: weeks (`uge 28-30`, `week 28-30`, `u28-30`, `uge 7`) or day and month, Danish style
    /// (`23/12-1/1`, `24/12`). `today` names the year a week 53 is missing from.
    public static func parse(_ text: String, reason: String? = nil, today: Day, language: Language)
        -> Result<RecurringClosure, Refusal>
    {
        let book = TextBook(language)
        func refuse(_ key: RecurringClosureWords, _ values: CustomStringConvertible...) -> Result<
            RecurringClosure, Refusal
        > {
            .failure(Refusal(message: book.filled(key, values)))
        }
        let reason = reason.flatMap { $0.isEmpty ? nil : $0 }
        var rest = Substring(text.lowercased()).drop { $0 == " " }
        while rest.last == " " { rest = rest.dropLast() }
        guard !rest.isEmpty else {
            return refuse(.writeWeeksOrDays)
        }
        let parts = String(rest.map { $0 == "–" ? "-" : $0 }).split(separator: "-", omittingEmptySubsequences: false)
            .map { $0.trimmingSpaces }
        guard parts.count <= 2, parts.allSatisfy({ !$0.isEmpty }) else {
            return refuse(.notASpan, text)
        }
        for prefix in ["uge", "week", "u", "w"] where parts[0].hasPrefix(prefix) {
            let first = parts[0].dropFirst(prefix.count).trimmingSpaces
            let last = parts.count == 2 ? parts[1].trimmingSpaces : first
            let lastNumber = last.hasPrefix(prefix) ? last.dropFirst(prefix.count).trimmingSpaces : last
            guard let from = Int(first), let to = Int(lastNumber) else {
                return refuse(.weekIsANumber, text)
            }
            for week in [from, to] where !(1...53).contains(week) {
                return refuse(.noSuchWeek, week)
            }
            if from == 53 || to == 53 {
                let year = (today.year...(today.year + 10)).first { ISOWeek.weeksIn(year: $0) < 53 } ?? today.year
                return refuse(.weekFiftyThreeMissing, year)
            }
            let length = to >= from ? to - from + 1 : 52 - from + 1 + to
            guard length <= longestWeeks else {
                return refuse(.weeksBackwards, from, to)
            }
            return .success(RecurringClosure(span: .weeks(from: from, to: to), reason: reason))
        }
        func dayMonth(_ part: String) -> (month: Int, day: Int)? {
            let pieces = part.split(separator: "/", omittingEmptySubsequences: false)
            guard pieces.count == 2, let day = Int(pieces[0]), let month = Int(pieces[1]), (1...12).contains(month),
                day >= 1, day <= Day.daysIn(month: month, year: 2000)
            else { return nil }
            return (month, day)
        }
        guard let from = dayMonth(parts[0]) else {
            return refuse(.notADayAndMonth, parts[0])
        }
        let lastText = parts.count == 2 ? parts[1] : parts[0]
        guard let to = dayMonth(lastText) else {
            return refuse(.notADayAndMonthEnd, lastText)
        }
        let closure = RecurringClosure(
            span: .dates(fromMonth: from.month, fromDay: from.day, toMonth: to.month, toDay: to.day), reason: reason)
        if let days = closure.days(startingIn: 2001), days.first.days(until: days.last) + 1 > longestDays {
            return refuse(
                .daysBackwards, "\(from.day)/\(from.month)-\(to.day)/\(to.month)",
                "\(to.day)/\(to.month)-\(from.day)/\(from.month)")
        }
        return .success(closure)
    }

    /// "uge 28-30 (Sommerlukket)", "23/12-1/1 (Juleferie)": as `parse` reads it.
    public static func text(_ closure: RecurringClosure, language: Language) -> String {
        let reason = closure.reason.map { " (\($0))" } ?? ""
        switch closure.span {
        case .weeks(let from, let to):
            let word = TextBook(language)[RecurringClosureWords.week]
            return (from == to ? "\(word) \(from)" : "\(word) \(from)-\(to)") + reason
        case .dates(let fromMonth, let fromDay, let toMonth, let toDay):
            let first = "\(fromDay)/\(fromMonth)"
            let last = "\(toDay)/\(toMonth)"
            return (first == last ? first : "\(first)-\(last)") + reason
        }
    }
}

extension RecurringClosureText {
    /// Several closures in one line, as the partner form holds them: each the days then the reason, separated by
    /// semicolons (`uge 28-30 Sommerlukket; 23/12-1/1 Juleferie`). A mistake names the entry it is in.
    public static func parseList(_ text: String, today: Day, language: Language)
        -> Result<[RecurringClosure], Refusal>
    {
        var closures: [RecurringClosure] = []
        for piece in text.split(separator: ";") {
            var entry = piece.trimmingSpaces
            guard !entry.isEmpty else { continue }
            for dash in [" - ", " – ", "- ", "– ", " -", " –"] { entry = entry.replacing(dash, with: "-") }
            var words = entry.split(separator: " ").map(String.init)
            var span = words.removeFirst()
            if ["uge", "week", "u", "w"].contains(span.lowercased()), !words.isEmpty {
                span += " " + words.removeFirst()
            }
            switch parse(span, reason: words.joined(separator: " "), today: today, language: language) {
            case .success(let closure): closures.append(closure)
            case .failure(let refusal):
                let message = TextBook(language).format(RecurringClosureWords.inEntry, entry, refusal.message)
                return .failure(Refusal(message: message))
            }
        }
        return .success(closures)
    }

    /// The closures for the partner form's field: `uge 28-30 Sommerlukket; 23/12-1/1 Juleferie`.
    public static func listText(_ closures: [RecurringClosure], language: Language) -> String {
        closures.map { closure in
            var bare = closure
            bare.reason = nil
            return text(bare, language: language) + (closure.reason.map { " " + $0 } ?? "")
        }.joined(separator: "; ")
    }
}

extension StringProtocol {
    fileprivate var trimmingSpaces: String {
        var text = Substring(self).drop { $0 == " " }
        while text.last == " " { text = text.dropLast() }
        return String(text)
    }
}

/// The texts of `RecurringClosureText` in the language files: how a closure is written and why one is refused.
public enum RecurringClosureWords: String, TextCatalogue {
    case writeWeeksOrDays, notASpan, weekIsANumber, noSuchWeek, weekFiftyThreeMissing, weeksBackwards, notADayAndMonth
    case notADayAndMonthEnd, daysBackwards, week, inEntry

    public static let placeholders: [RecurringClosureWords: [String]] = [
        .notASpan: ["text"], .weekIsANumber: ["text"], .noSuchWeek: ["week"], .weekFiftyThreeMissing: ["year"],
        .weeksBackwards: ["from", "to"], .notADayAndMonth: ["text"], .notADayAndMonthEnd: ["text"],
        .daysBackwards: ["span", "reversed"], .inEntry: ["entry", "problem"],
    ]
}
