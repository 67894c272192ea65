/// The running order of a round: who reads when, with the book each reads from.
public enum CompetitionRunningOrder {
    /// Plain text, at most 80 columns.
    public static func text(event: Event, competition: Competition, round: Int, language: Language) -> String {
        let words = CompetitionWords(language)
        var out = [
            fitted(event.title, 80),
            fitted(
                words.book[CompetitionPrintText.runningOrderHeading]
                    + words.roundHeading(competition, round: round, event: event), 80),
            "",
        ]
        for (heading, ids) in sections(competition, round: round, words: words) {
            if let heading {
                out.append(fitted(heading, 80))
            }
            for (number, id) in ids.enumerated() {
                guard let reader = competition.reader(id) else { continue }
                out.append(
                    fitted(String(number + 1).leftPadded(3) + ". " + words.reader(reader) + ", " + reader.school, 80))
                if let book = reader.book { out.append(fitted("     " + "\(book.title) – \(book.author)", 80)) }
            }
            if heading != nil { out.append("") }
        }
        if let seed = competition.round(round).drawSeed {
            out.append(words.book.format(CompetitionText.drawnWithSeed, seed))
        }
        return out.joined(separator: "\n") + "\n"
    }

    /// The running order in parts: one per heat (with its heading), or the whole round.
    static func sections(_ competition: Competition, round: Int, words: CompetitionWords) -> [(String?, [Reader.ID])] {
        let state = competition.round(round)
        if state.heats.isEmpty { return [(nil, state.readerIDs)] }
        return state.heats.map { (words.heatHeading($0), $0.readerIDs) }
    }

    /// A self-contained HTML page.
    public static func html(event: Event, competition: Competition, round: Int, language: Language) -> String {
        let words = CompetitionWords(language)
        var body = "<h1>\(HTMLPage.escape(event.title))</h1>\n"
        body +=
            "<h2>\(HTMLPage.escape(words.book[CompetitionPrintText.runningOrderHeading] + words.roundHeading(competition, round: round, event: event)))</h2>\n"
        for (heading, ids) in sections(competition, round: round, words: words) {
            if let heading { body += "<h3>\(HTMLPage.escape(heading))</h3>\n" }
            let rows = ids.enumerated().compactMap { number, id -> [String]? in
                guard let reader = competition.reader(id) else { return nil }
                return [
                    "\(number + 1)", words.reader(reader), reader.school,
                    reader.book.map { "\($0.title) – \($0.author)" } ?? "",
                ]
            }
            body += HTMLPage.table(
                [
                    "Nr", words.book[CompetitionPrintText.reader], words.book[CompetitionPrintText.school],
                    words.book[CompetitionPrintText.book],
                ],
                rows, numeric: [0])
        }
        if let seed = competition.round(round).drawSeed {
            body +=
                "<p class=\"muted\">\(HTMLPage.escape(words.book.format(CompetitionText.drawnWithSeed, seed)))</p>\n"
        }
        return HTMLPage.document(title: event.title, language: language, body: body)
    }
}

extension String {
    /// Padded with spaces on the left to `width` characters.
    fileprivate func leftPadded(_ width: Int) -> String { String(repeating: " ", count: max(0, width - count)) + self }
}
