/// Blank score sheets for the judges of a round, for paper: one page per judge, the readers in running order, a
/// box per criterion and the allowed points.
public enum CompetitionSheets {
    /// The judges to print a sheet for (those recorded absent left out); one unnamed judge when none is entered yet.
    static func judges(_ state: CompetitionRound) -> [Judge?] {
        state.judges.isEmpty ? [nil] : state.judges.filter { !$0.isAbsent }.map { $0 }
    }

    /// The readers on `judge`'s sheet, in running order (withdrawn readers left out).
    static func readers(_ competition: Competition, judge: Judge?, round: Int) -> [Reader] {
        let ids = judge.map { competition.readers(judgedBy: $0.id, round: round) } ?? competition.round(round).readerIDs
        return ids.compactMap { competition.reader($0) }.filter { !$0.isWithdrawn }
    }

    /// The readers on `judge`'s sheet from the judge's own school.
    static func ownSchool(_ competition: Competition, judge: Judge?, round: Int) -> Set<Reader.ID> {
        Set(judge.map { competition.ownSchoolReaders(of: $0.id, round: round).map(\.id) } ?? [])
    }

    /// Plain text, at most 80 columns, pages separated by form feeds.
    public static func text(event: Event, competition: Competition, round: Int, language: Language) -> String {
        let words = CompetitionWords(language)
        let format = competition.format.rounds[round]
        let state = competition.round(round)
        let criteria = format.criteria
        let cellWidth = 9
        let readerWidth = max(20, 80 - 4 - (criteria.count + 1) * (cellWidth + 1))
        let columns = FixedColumns(widths: [3, readerWidth] + Array(repeating: cellWidth, count: criteria.count + 1))
        var pages: [String] = []
        for judge in judges(state) {
            var out = [
                fitted(event.title, 80),
                fitted(
                    words.book[CompetitionPrintText.scoreSheetHeading]
                        + words.roundHeading(competition, round: round, event: event), 80),
                "",
                fitted(
                    words.book[CompetitionPrintText.judgeLabel]
                        + (judge.map { words.judge($0, in: competition) } ?? String(repeating: "_", count: 30)),
                    80),
            ]
            if let judge {
                for heat in state.heats where heat.judgeIDs.contains(judge.id) {
                    out.append(fitted(words.heatHeading(heat), 80))
                }
                for line in words.ownSchool(judge, in: competition, round: round) {
                    out += TextWrap.lines(line, width: 80, indent: "  ")
                }
            }
            for reading in format.readings { out.append(fitted("  • " + words.reading(reading), 80)) }
            out.append("")
            out.append(
                columns.line(
                    ["Nr", words.book[CompetitionPrintText.reader]] + criteria.map { words.criterionShort($0) }
                        + [words.book[CompetitionPrintText.total]]))
            let blank = criteria.map { "___ /\($0.maxPoints)" } + ["___ /\(format.maximumPerJudge)"]
            let readers = readers(competition, judge: judge, round: round)
            let own = ownSchool(competition, judge: judge, round: round)
            let ownMark = " (" + words.book[CompetitionText.ownSchoolRow] + ")"
            for (number, reader) in readers.enumerated() {
                out.append(columns.line(["\(number + 1)", words.reader(reader)] + blank))
                out.append(columns.line(["", "  " + reader.school + (own.contains(reader.id) ? ownMark : "")]))
            }
            if readers.isEmpty { out.append(words.book[CompetitionPrintText.noReadersYet]) }
            out.append("")
            out.append(words.book[CompetitionPrintText.criteriaLabel])
            for criterion in criteria {
                let range = criterion.range
                out.append(
                    fitted(
                        "  \(words.criterionShort(criterion)): \(words.criterion(criterion)), "
                            + words.book.format(
                                CompetitionPrintText.pointRange, range.lowerBound, range.upperBound),
                        80))
            }
            out.append("")
            out.append(words.book[CompetitionPrintText.signatureLabel] + String(repeating: "_", count: 40))
            pages.append(out.joined(separator: "\n") + "\n")
        }
        return pages.joined(separator: "\u{0C}")
    }

    /// A self-contained HTML page, one sheet per judge.
    public static func html(event: Event, competition: Competition, round: Int, language: Language) -> String {
        let words = CompetitionWords(language)
        let format = competition.format.rounds[round]
        let state = competition.round(round)
        var body = ""
        for judge in judges(state) {
            body += "<section class=\"page\">\n<h1>\(HTMLPage.escape(event.title))</h1>\n"
            body +=
                "<h2>\(HTMLPage.escape(words.book[CompetitionPrintText.scoreSheetHeading] + words.roundHeading(competition, round: round, event: event)))</h2>\n"
            let judgeText = judge.map { words.judge($0, in: competition) } ?? String(repeating: "_", count: 30)
            body += "<p>\(HTMLPage.escape(words.book[CompetitionPrintText.judgeLabel] + judgeText))</p>\n"
            if let judge {
                for heat in state.heats where heat.judgeIDs.contains(judge.id) {
                    body += "<p>\(HTMLPage.escape(words.heatHeading(heat)))</p>\n"
                }
                for line in words.ownSchool(judge, in: competition, round: round) {
                    body += "<p class=\"flag\">\(HTMLPage.escape(line))</p>\n"
                }
            }
            body += "<ul>\n"
            for reading in format.readings { body += "<li>\(HTMLPage.escape(words.reading(reading)))</li>\n" }
            body += "</ul>\n"
            let headers =
                ["Nr", words.book[CompetitionPrintText.reader], words.book[CompetitionPrintText.school]]
                + format.criteria.map { "\(words.criterion($0)) (\($0.range.lowerBound)–\($0.range.upperBound))" }
                + [words.book[CompetitionPrintText.total]]
            let readers = readers(competition, judge: judge, round: round)
            let own = ownSchool(competition, judge: judge, round: round)
            let ownMark = " (" + words.book[CompetitionText.ownSchoolRow] + ")"
            let rows = readers.enumerated().map { number, reader in
                ["\(number + 1)", words.reader(reader), reader.school + (own.contains(reader.id) ? ownMark : "")]
                    + Array(repeating: "", count: format.criteria.count + 1)
            }
            body += HTMLPage.table(headers, rows) + "\n"
            body +=
                "<p>\(words.book[CompetitionPrintText.signature]): ________________________________</p>\n</section>\n"
        }
        let style = "td { height: 2.2em; min-width: 4em; } .flag { font-weight: bold; }"
        return HTMLPage.document(title: event.title, language: language, body: body, extraStyle: style)
    }
}
