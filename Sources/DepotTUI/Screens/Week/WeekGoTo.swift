import DepotCore

/// Reads the week typed after `g` on the Week tab: a week number (`49`, `uge 49`, `week 49`, `uge 2 2027`), an
/// ISO week (`2026-W49`) or any day `DayInput` reads (`1/12`, `2026-12-01`, `i morgen`, `+2w`), which means its week.
///
/// A week number or a day and month without a year means the nearest such week, back or ahead: in week 48, `47` is
/// last week and `49` next week (a form's date field takes the next such day instead; the Week tab is as often used
/// to look back at what happened).
enum WeekGoTo {
    static func parse(_ raw: String, today: Day) -> Result<ISOWeek, DayInput.Failure> {
        let text = raw.trimmingCharacters(in: .whitespaces)
        if text.isEmpty { return .failure(.empty) }
        if let week = ISOWeek(text) { return .success(week) }
        // 2027-W53: written as a week, but that year has no such week.
        let parts = text.uppercased().split(separator: "-W")
        if parts.count == 2, parts.allSatisfy({ $0.allSatisfy(\.isNumber) }) { return .failure(.noSuchWeek(raw)) }
        let asDay = text.allSatisfy { $0.isASCII && $0.isNumber } ? "uge \(text)" : text
        let ahead: Day
        switch DayInput.parse(asDay, today: today) {
        case .success(let day): ahead = day
        case .failure(.noSuchWeek): return .failure(.noSuchWeek(raw))
        case .failure(let failure): return .failure(failure)
        }
        // DayInput takes the next such day from today. Read from half a year ago, the same text gives the same day
        // (a full date), a day half a year earlier (`+2w`, `i dag`: relative to today), or the same day and month
        // a year earlier: then the nearer of the two is meant.
        if case .success(let behind) = DayInput.parse(asDay, today: today.adding(days: -182)),
            behind.days(until: ahead) >= 300, behind.days(until: today) < today.days(until: ahead)
        {
            return .success(ISOWeek(containing: behind))
        }
        return .success(ISOWeek(containing: ahead))
    }

    /// The failure as a sentence for the prompt line.
    static func message(_ failure: DayInput.Failure, _ strings: Strings) -> String {
        switch failure {
        case .empty: return strings[WeekTabText.goEmpty]
        case .notUnderstood(let text): return strings.format(WeekTabText.goNotUnderstood, text)
        case .noSuchDay(let text), .outOfRange(let text): return strings.format(WeekTabText.goNoSuchDay, text)
        case .noSuchWeek(let text): return strings.format(WeekTabText.goNoSuchWeek, text)
        }
    }
}
