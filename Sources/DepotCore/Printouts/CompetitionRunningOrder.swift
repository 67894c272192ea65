/// The running order of a round: who reads when, with the book each reads from.
public enum CompetitionRunningOrder {
    /// Plain text, at most 80 columns.
    public static func text(event: Event, competition: Competition, round: Int, language: Language) -> String {
        let words = CompetitionWords(language)
        var out = [
            fitted(event.title, 80),
            fitted(
                words.pick("Rækkefølge – ", "Running order – ")
                    + words.roundHeading(competition, round: round, event: event), 80),
            "",
        ]
        for (number, id) in competition.round(round).readerIDs.enumerated() {
            guard let reader = competition.reader(id) else { continue }
            out.append(
                fitted(String(number + 1).leftPadded(3) + ". " + words.reader(reader) + ", " + reader.school, 80))
            if let book = reader.book { out.append(fitted("     " + "\(book.title) – \(book.author)", 80)) }
        }
        return out.joined(separator: "\n") + "\n"
    }

    /// A self-contained HTML page.
    public static func html(event: Event, competition: Competition, round: Int, language: Language) -> String {
        let words = CompetitionWords(language)
        var body = "<h1>\(HTMLPage.escape(event.title))</h1>\n"
        body +=
            "<h2>\(HTMLPage.escape(words.pick("Rækkefølge – ", "Running order – ") + words.roundHeading(competition, round: round, event: event)))</h2>\n"
        let rows = competition.round(round).readerIDs.enumerated().compactMap { number, id -> [String]? in
            guard let reader = competition.reader(id) else { return nil }
            return [
                "\(number + 1)", words.reader(reader), reader.school,
                reader.book.map { "\($0.title) – \($0.author)" } ?? "",
            ]
        }
        body += HTMLPage.table(
            ["Nr", words.pick("Oplæser", "Reader"), words.pick("Skole", "School"), words.pick("Bog", "Book")], rows,
            numeric: [0])
        return HTMLPage.document(title: event.title, language: language, body: body)
    }
}

extension String {
    /// Padded with spaces on the left to `width` characters.
    fileprivate func leftPadded(_ width: Int) -> String { String(repeating: " ", count: max(0, width - count)) + self }
}
