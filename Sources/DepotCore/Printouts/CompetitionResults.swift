/// The results of a competition round: places, totals across the judges, ties that need a read-off, and who advances.
public enum CompetitionResults {
    /// One line of the results.
    struct Line {
        var place: String
        var reader: String
        var school: String
        var total: String
        var note: String
    }

    /// The lines of round `round`, grouped by school when the round is ranked per school.
    static func lines(
        _ competition: Competition, round: Int, words: CompetitionWords
    ) -> [(group: String?, lines: [Line])] {
        let ranking = competition.ranking(round: round)
        let hasScores = competition.round(round).hasScores
        let advancing = competition.format.rounds[round].advancing
        var groups: [(group: String?, lines: [Line])] = []
        for entry in ranking {
            guard let reader = competition.reader(entry.readerID) else { continue }
            var note = ""
            switch entry.tie {
            case .readOffNeeded: note = words.readOffNeeded
            case .decided(let rule): note = words.decided(rule)
            case .shared: note = words.jointPlacement(entry.place)
            case .none: break
            }
            if hasScores, !entry.isComplete { note = words.book[CompetitionPrintText.scoresMissing] }
            if hasScores, entry.isComplete, !entry.needsReadOff, let advancing, entry.place <= advancing {
                if case .decided(let rule) = entry.tie {
                    note = words.advancesAfter(rule)
                } else {
                    note = words.book[CompetitionPrintText.advances]
                }
            }
            if entry.score.penalty > 0 {
                let off = words.book.format(CompetitionText.overtimeNote, entry.score.penalty)
                note = note.isEmpty ? off : note + "; " + off
            }
            let line = Line(
                place: hasScores ? "\(entry.place)" : "–", reader: words.reader(reader), school: reader.school,
                total: hasScores ? entry.score.text(in: words.language) : "", note: note)
            if let last = groups.indices.last, groups[last].group == entry.group {
                groups[last].lines.append(line)
            } else {
                groups.append((entry.group, [line]))
            }
        }
        return groups
    }

    /// The judges of a round: "Karen Holm (fortæller), Per Dal (skolekonsulent)".
    static func judges(_ competition: Competition, round: Int, words: CompetitionWords) -> String {
        competition.round(round).judges.map { words.judge($0, in: competition) }.joined(separator: ", ")
    }

    /// The rounds worth printing: `round` when given, else every round that has readers.
    static func rounds(_ competition: Competition, round: Int?) -> [Int] {
        if let round { return [round] }
        return competition.format.rounds.indices.filter { !competition.round($0).readerIDs.isEmpty }
    }

    /// Plain text, at most 80 columns.
    public static func text(event: Event, competition: Competition, round: Int?, language: Language) -> String {
        let words = CompetitionWords(language)
        var out: [String] = [fitted(event.title, 80), String(repeating: "=", count: min(80, event.title.count))]
        // 5 + 20 + 20 + 6 + 25 and the four spaces between them: 80 columns.
        let columns = FixedColumns(widths: [5, 20, 20, 6, 25], right: [3])
        for index in rounds(competition, round: round) {
            let state = competition.round(index)
            out.append("")
            out.append(fitted(words.roundHeading(competition, round: index, event: event), 80))
            for (heading, jury) in words.heatLines(competition, round: index) {
                out.append(fitted(heading, 80))
                out += TextWrap.lines("  " + jury, width: 80, indent: "    ")
            }
            if !state.judges.isEmpty {
                if state.heats.isEmpty {
                    out += TextWrap.lines(
                        words.book[CompetitionPrintText.judgesLabel] + judges(competition, round: index, words: words),
                        width: 80, indent: "  ")
                }
                for note in words.juryNotes(competition, round: index) {
                    out += TextWrap.lines(note, width: 80, indent: "  ")
                }
            }
            if !state.hasScores { out.append(words.book[CompetitionPrintText.noScoresYet]) }
            out.append("")
            out.append(
                columns.line([
                    words.book[CompetitionPrintText.place], words.book[CompetitionPrintText.reader],
                    words.book[CompetitionPrintText.school],
                    words.book[CompetitionPrintText.points], "",
                ]))
            for (group, lines) in lines(competition, round: index, words: words) {
                if let group { out.append(fitted("\(group):", 80)) }
                for line in lines {
                    out.append(columns.line([line.place, line.reader, line.school, line.total, line.note]))
                }
            }
        }
        return out.joined(separator: "\n") + "\n"
    }

    /// A self-contained HTML page.
    public static func html(event: Event, competition: Competition, round: Int?, language: Language) -> String {
        let words = CompetitionWords(language)
        var body = "<h1>\(HTMLPage.escape(event.title))</h1>\n"
        for index in rounds(competition, round: round) {
            let state = competition.round(index)
            body += "<h2>\(HTMLPage.escape(words.roundHeading(competition, round: index, event: event)))</h2>\n"
            for (heading, jury) in words.heatLines(competition, round: index) {
                body += "<h3>\(HTMLPage.escape(heading))</h3>\n<p>\(HTMLPage.escape(jury))</p>\n"
            }
            if !state.judges.isEmpty {
                if state.heats.isEmpty {
                    body +=
                        "<p>\(HTMLPage.escape(words.book[CompetitionPrintText.judgesLabel] + judges(competition, round: index, words: words)))</p>\n"
                }
                for note in words.juryNotes(competition, round: index) {
                    body += "<p class=\"muted\">\(HTMLPage.escape(note))</p>\n"
                }
            }
            if !state.hasScores {
                body += "<p class=\"muted\">\(words.book[CompetitionPrintText.noScoresYet])</p>\n"
            }
            for (group, lines) in lines(competition, round: index, words: words) {
                if let group { body += "<h3>\(HTMLPage.escape(group))</h3>\n" }
                var headers = [
                    words.book[CompetitionPrintText.place], words.book[CompetitionPrintText.reader],
                    words.book[CompetitionPrintText.school],
                    words.book[CompetitionPrintText.points],
                ]
                var rows = lines.map { [$0.place, $0.reader, $0.school, $0.total] }
                // The notes (a read-off needed, scores missing) get their own labelled column when there are any.
                if lines.contains(where: { !$0.note.isEmpty }) {
                    headers.append(words.book[CompetitionPrintText.note])
                    for (row, line) in zip(rows.indices, lines) { rows[row].append(line.note) }
                }
                body += HTMLPage.table(headers, rows, numeric: [0, 3]) + "\n"
            }
        }
        return HTMLPage.document(title: event.title, language: language, body: body)
    }
}
