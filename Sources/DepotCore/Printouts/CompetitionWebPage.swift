/// The results of a competition for the library's website: a self-contained HTML page (no script, nothing fetched
/// from elsewhere) that names each reader by first name, class and school only — no surname, no points — with the
/// library's own heading and words of thanks.
public enum CompetitionWebPage {
    /// The first name only: the first word of what was typed as the reader's first name, so that "Ida Hansen" typed
    /// into the field is published as "Ida". A hyphenated name ("Anne-Sofie") stays whole.
    public static func firstName(_ typed: String) -> String {
        typed.split(whereSeparator: \.isWhitespace).first.map(String.init) ?? ""
    }

    /// The page for round `round`, or for every round with scores when nil. `heading` and `intro` are the library's
    /// wording; without them the language file's ("Resultater: …", a thank-you).
    public static func html(
        event: Event, competition: Competition, round: Int?, language: Language, library: String,
        today: Day, heading: String? = nil, intro: String? = nil
    ) -> String {
        let book = TextBook(language)
        let words = CompetitionWords(language)
        let escape = HTMLPage.escape
        let title =
            heading.flatMap { $0.allSatisfy(\.isWhitespace) ? nil : $0 }
            ?? book.format(TeamText.webHeading, event.title)
        var body = "<header>\n<h1>\(escape(title))</h1>\n"
        let thanks = intro ?? book[TeamText.webIntro]
        for paragraph in LogNote.tidy(thanks).components(separatedBy: "\n\n") where !paragraph.isEmpty {
            body += "<p>\(MeetingText.lines(paragraph))</p>\n"
        }
        body += "</header>\n<main>\n"
        let rounds = (round.map { [$0] } ?? Array(competition.format.rounds.indices))
            .filter { competition.round($0).hasScores }
        if rounds.isEmpty { body += "<p>\(escape(book[TeamText.webNoResults]))</p>\n" }
        for index in rounds {
            body += "<section>\n<h2>\(escape(words.roundHeading(competition, round: index, event: event)))</h2>\n"
            let isLast = index == competition.format.rounds.count - 1
            let advancing = competition.format.rounds[index].advancing
            var groups: [(String?, [[String]])] = []
            for entry in competition.ranking(round: index) {
                guard let reader = competition.reader(entry.readerID) else { continue }
                let decided = entry.isComplete && !entry.needsReadOff
                let place =
                    !decided
                    ? "–"
                    : entry.sharesPlace
                        ? book.format(TeamText.webShared, entry.place)
                        : book.format(TeamText.webPlaceNumber, entry.place)
                var note = ""
                if decided, let advancing, entry.place <= advancing, !isLast { note = book[TeamText.webAdvances] }
                if decided, isLast, entry.place == 1, !entry.sharesPlace { note = book[TeamText.webWinner] }
                let row = [place, firstName(reader.firstName), reader.className, reader.school, note]
                if let last = groups.indices.last, groups[last].0 == entry.group {
                    groups[last].1.append(row)
                } else {
                    groups.append((entry.group, [row]))
                }
            }
            for (group, rows) in groups {
                if let group { body += "<h3>\(escape(group))</h3>\n" }
                body +=
                    HTMLPage.table(
                        [
                            book[TeamText.webPlace], book[TeamText.webReader], book[TeamText.webClass],
                            book[TeamText.webSchool], rows.contains { !$0[4].isEmpty } ? book[TeamText.webNote] : "",
                        ], rows, numeric: [0]) + "\n"
            }
            body += "</section>\n"
        }
        body +=
            "</main>\n<footer class=\"muted\">\(escape(book.format(TeamText.webFooter, library, DayText(language).long(today))))</footer>"
        let style = """
            body { max-width: 48em; margin: 1.5em auto; padding: 0 1em; line-height: 1.4; }
            header p { font-size: 1.1em; }
            footer { margin-top: 2em; font-size: 0.9em; }
            """
        return HTMLPage.document(title: title, language: language, body: body, extraStyle: style)
    }
}
