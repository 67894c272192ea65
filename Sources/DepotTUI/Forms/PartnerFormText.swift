import DepotCore

/// The words of the partner form's loan terms: the partner's own loan period, closures and fine policy.
enum PartnerFormText: String, TextCatalogue {
    case fieldLoanPeriod, fieldClosures, fieldFinePolicy
    case loanPeriodHint, loanPeriodFormat, loanPeriodRange
    case closuresHint, fieldRecurringClosures, recurringClosuresHint, closureBadDay, closureBackwards, closureNoDays,
        closureOverNewYear
    case finePolicyHint, finePolicyBad, exemptWord, chargedWord
    case closureDay, closureDayYear
    case fieldCrateMix, crateMixHint, fieldChildrenByBand, childrenByBandHint, bandCountsBad

    /// The names of the placeholders in each text (`{name}` in the language files), in the order `format` is
    /// given them.
    static let placeholders: [PartnerFormText: [String]] = [
        .closureDay: ["day", "month"], .closureDayYear: ["day", "month", "year"],
        .loanPeriodHint: ["depositPeriod", "kindergartenLibraryPeriod"],
        .loanPeriodRange: ["period", "maxYears"],
        .closureBadDay: ["closure", "day"],
        .closureBackwards: ["closure"],
        .closureNoDays: ["closure"],
        .closureOverNewYear: ["closure", "from", "to"],
        .finePolicyHint: ["policy"],
        .bandCountsBad: ["entry", "least", "most"],
    ]
}

/// A partner's closures as one line of text, as the Week tab prints them: "23.12.–1.1. Juleferie; 13.7.–31.7.
/// Sommer" (in English "23/12–1/1 Christmas"). A day without a year is the next one to come: a closure is read in
/// the year that makes it end today or later.
enum ClosureText {
    enum Problem: Error, Equatable {
        /// The entry, and the part of it that is not a date.
        case badDay(entry: String, day: String)
        case backwards(entry: String)
        case noDays(entry: String)
        /// Read over New Year, the closure would last most of a year: more likely its days are the wrong way round.
        case overNewYear(entry: String, first: Day, last: Day)

        func message(_ strings: Strings) -> String {
            switch self {
            case .badDay(let entry, let day): return strings.format(PartnerFormText.closureBadDay, entry, day)
            case .backwards(let entry): return strings.format(PartnerFormText.closureBackwards, entry)
            case .noDays(let entry): return strings.format(PartnerFormText.closureNoDays, entry)
            case .overNewYear(let entry, let first, let last):
                return strings.format(PartnerFormText.closureOverNewYear, entry, first, last)
            }
        }
    }

    /// The closures written for the form; years are left out where reading the text back gives the same days.
    static func format(_ closures: [Partner.Closure], today: Day, language: Language) -> String {
        closures.map { closure in
            let short = span(closure.days, withYears: false, language)
            let reads = (try? parse(short, today: today)).map { $0.first?.days == closure.days } ?? false
            let days = reads ? short : span(closure.days, withYears: true, language)
            return closure.reason.map { "\(days) \($0)" } ?? days
        }.joined(separator: "; ")
    }

    private static func span(_ days: DayRange, withYears: Bool, _ language: Language) -> String {
        let book = TextBook(language)
        func day(_ day: Day) -> String {
            let (year, month, date) = day.components
            // "23.12." / "23/12", "23.12.2026" / "23/12/2026": as `parse` reads them back.
            return withYears
                ? book.format(PartnerFormText.closureDayYear, date, month, year)
                : book.format(PartnerFormText.closureDay, date, month)
        }
        return days.first == days.last ? day(days.first) : day(days.first) + "–" + day(days.last)
    }

    /// Reads closures separated by semicolons: each a day or two days joined by a dash, then the reason if any.
    /// Days are written 23.12., 23.12.2026, 23/12, 23/12/2026 or 2026-12-23, in either language.
    static func parse(_ text: String, today: Day) throws(Problem) -> [Partner.Closure] {
        var closures: [Partner.Closure] = []
        for piece in text.split(separator: ";") {
            let entry = piece.trimmingCharacters(in: .whitespaces)
            guard !entry.isEmpty else { continue }
            closures.append(try closure(entry, today: today))
        }
        return closures
    }

    private static func closure(_ entry: String, today: Day) throws(Problem) -> Partner.Closure {
        var joined = entry
        for dash in [" – ", " - ", "– ", " –"] { joined = joined.replacingOccurrences(of: dash, with: "–") }
        let words = joined.split(separator: " ", maxSplits: 1).map(String.init)
        guard let spanText = words.first, spanText.first?.isNumber == true else { throw .noDays(entry: entry) }
        let reason = words.count > 1 ? words[1].trimmingCharacters(in: .whitespaces) : ""
        var ends = spanText.split(separator: "–", omittingEmptySubsequences: false).map(String.init)
        if ends.count == 1, spanText.contains(where: { $0 == "." || $0 == "/" }) {
            ends = spanText.split(separator: "-", omittingEmptySubsequences: false).map(String.init)
        }
        guard ends.count <= 2 else { throw .badDay(entry: entry, day: spanText) }
        var parsed: [(day: Int, month: Int, year: Int?)] = []
        for end in ends {
            guard let day = dayParts(end) else { throw .badDay(entry: entry, day: end.isEmpty ? spanText : end) }
            parsed.append(day)
        }
        let first = parsed[0]
        let last = parsed.count > 1 ? parsed[1] : first
        // The years: as written, else the end's year follows the start's (a closure over New Year ends in the next
        // one), else the coming closure.
        let wraps = (last.month, last.day) < (first.month, first.day)
        var firstYear: Int
        var lastYear: Int
        switch (first.year, last.year) {
        case (let start?, let end?): (firstYear, lastYear) = (start, end)
        case (let start?, nil): (firstYear, lastYear) = (start, wraps ? start + 1 : start)
        case (nil, let end?): (firstYear, lastYear) = (wraps ? end - 1 : end, end)
        case (nil, nil):
            firstYear = today.year
            lastYear = wraps ? firstYear + 1 : firstYear
            if let end = Day(year: lastYear, month: last.month, day: last.day), end < today {
                firstYear += 1
                lastYear += 1
            }
        }
        guard let from = Day(year: firstYear, month: first.month, day: first.day) else {
            throw .badDay(entry: entry, day: ends[0])
        }
        guard let to = Day(year: lastYear, month: last.month, day: last.day) else {
            throw .badDay(entry: entry, day: ends[ends.count - 1])
        }
        guard from <= to else { throw .backwards(entry: entry) }
        if wraps, first.year == nil || last.year == nil, from.days(until: to) > maximumGuessedDays {
            throw .overNewYear(entry: entry, first: from, last: to)
        }
        return Partner.Closure(days: DayRange(first: from, last: to), reason: reason.isEmpty ? nil : reason)
    }

    /// The longest closure over New Year read without its years; a longer one needs them written.
    static let maximumGuessedDays = 183

    /// "23.12.", "23.12", "23.12.2026", "23/12", "23/12/2026" or "2026-12-23"; nil for anything else.
    private static func dayParts(_ text: String) -> (day: Int, month: Int, year: Int?)? {
        if let day = Day(text) {
            let (year, month, date) = day.components
            return (date, month, year)
        }
        let separator: Character = text.contains("/") ? "/" : "."
        var parts = text.split(separator: separator, omittingEmptySubsequences: false).map(String.init)
        if separator == ".", parts.last == "" { parts.removeLast() }
        guard parts.count == 2 || parts.count == 3, parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isASCII) }),
            let day = Int(parts[0]), let month = Int(parts[1]), (1...31).contains(day), (1...12).contains(month)
        else { return nil }
        guard parts.count == 3 else { return (day, month, nil) }
        guard parts[2].count == 4, let year = Int(parts[2]), Day.supportedYears.contains(year) else { return nil }
        return (day, month, year)
    }
}

/// The partner's own loan period and fine policy as the form shows and reads them.
enum LoanTermsText {
    /// Empty: the library's loan period for the kind. Otherwise a period in range, or the message to show.
    static func loanPeriod(_ text: String, _ strings: Strings) -> Result<CalendarPeriod?, FormState.FieldFailure> {
        guard !text.isEmpty else { return .success(nil) }
        let compact = text.lowercased().replacingOccurrences(of: " ", with: "")
        guard let period = CalendarPeriod(compact) else {
            return .failure(.init(field: 0, message: strings[PartnerFormText.loanPeriodFormat]))
        }
        guard period.loanPeriodProblem == nil else {
            return .failure(
                .init(
                    field: 0, message: strings.format(PartnerFormText.loanPeriodRange, period, Limits.loanPeriodYears)))
        }
        return .success(period)
    }

    /// What the fine field says: the usual for the kind, exempt or charged.
    enum FineChoice {
        case usual, exempt, charged
    }

    /// The choice typed (empty for the usual; exempt or charged in either language), or nil when it is none.
    static func fineChoice(_ text: String) -> FineChoice? {
        let word = text.lowercased()
        guard !word.isEmpty else { return .usual }
        for language in Language.allCases {
            let strings = Strings(language)
            if word == strings[PartnerFormText.exemptWord] { return .exempt }
            if word == strings[PartnerFormText.chargedWord] { return .charged }
        }
        return nil
    }

    /// The partner's own policy for a choice: the one it had when the mode is unchanged (its own rates kept), else
    /// the library's usual rates.
    static func finePolicy(_ choice: FineChoice, had: FinePolicy?, settings: LibrarySettings) -> FinePolicy? {
        let usual = settings.defaultFinePolicy
        switch choice {
        case .usual: return nil
        case .exempt: return had?.mode == .exempt ? had : .exempt(usualRates: usual)
        case .charged:
            return had?.mode == .charged
                ? had : FinePolicy(mode: .charged, finePerOverdueDay: usual.finePerOverdueDay, fineCap: usual.fineCap)
        }
    }

    static func fineText(_ policy: FinePolicy?, _ strings: Strings) -> String {
        switch policy?.mode {
        case nil: return ""
        case .exempt: return strings[PartnerFormText.exemptWord]
        case .charged: return strings[PartnerFormText.chargedWord]
        }
    }
}
