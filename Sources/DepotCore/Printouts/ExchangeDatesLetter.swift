/// "Your exchange dates for the season": the yearly list a partner gets (as in Kalundborg), with every day the van
/// comes, what it brings and takes, and what to do on the day. Plain text of at most 80 columns, Danish or English.
public enum ExchangeDatesLetter {
    /// The widest line of the printout.
    public static let width = 80

    /// The partner's visits in `plan` as a letter from the library. Visits that move no crate are left out.
    public static func text(for partner: Partner, plan: Plan, data: LibraryData, language: Language) -> String {
        let words = ExchangeDatesWords(language)
        let content = ExchangeDatesContent(partner: partner, plan: plan, data: data)
        let settings = data.settings
        var blocks = Letterhead.blocks(from: settings, to: partner, attention: words.attention, width: width)
        blocks.append(fit(words.title(plan.season)))
        blocks.append(fit(words.greeting(partner)))
        blocks.append(paragraph(words.introduction(route: content.routeName, weekdays: content.weekdays)))
        blocks.append(content.visits.isEmpty ? paragraph(words.noDates) : table(content, words: words))
        blocks.append(paragraph(words.closing(exempt: content.exempt)))
        blocks.append([words.regards, "", settings.name].map(fit).joined(separator: "\n"))
        return blocks.joined(separator: "\n\n") + "\n"
    }

    /// Week, date and what happens, the last column wrapped under itself.
    private static func table(_ content: ExchangeDatesContent, words: ExchangeDatesWords) -> String {
        let columns = words.columns
        let rows = content.visits.enumerated().map { position, visit in
            (
                week: String(ISOWeek(containing: visit.day).week), date: words.date(visit.day),
                what: words.happens(visit, isLast: position == content.visits.count - 1)
            )
        }
        let weekWidth = max(columns.week.count, rows.map(\.week.count).max() ?? 0)
        let dateWidth = max(columns.date.count, rows.map(\.date.count).max() ?? 0)
        let indent = String(repeating: " ", count: 2 + weekWidth + 2 + dateWidth + 2)
        func line(_ week: String, _ date: String, _ what: String) -> String {
            let start = "  " + pad(week, weekWidth, right: true) + "  " + pad(date, dateWidth, right: false) + "  "
            return TextWrap.lines(what, width: width, firstIndent: start, indent: indent).joined(separator: "\n")
        }
        var lines = [line(columns.week, columns.date, columns.what)]
        for row in rows { lines.append(line(row.week, row.date, row.what)) }
        return lines.joined(separator: "\n")
    }

    private static func pad(_ text: String, _ width: Int, right: Bool) -> String {
        let padding = String(repeating: " ", count: max(0, width - text.count))
        return right ? padding + text : text + padding
    }

    private static func paragraph(_ text: String) -> String { TextWrap.paragraph(text, width: width) }

    private static func fit(_ text: String) -> String { TextWrap.paragraph(text, width: width, indent: "  ") }
}
