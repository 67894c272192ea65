import Foundation

/// A horizontal bar chart as inline SVG, drawn by Depot: no script, no fonts or pictures from the network.
struct BarChart {
    struct Bar {
        var label: String
        var value: Double
        /// What the bar is out of (drawn pale behind it), such as the known children of a town.
        var whole: Double?
        /// The number written after the bar.
        var text: String
    }

    var title: String
    var bars: [Bar]

    func svg() -> String {
        let labelWidth = 170.0
        let barArea = 380.0
        let rowHeight = 22.0
        let width = labelWidth + barArea + 110
        let height = rowHeight * Double(max(bars.count, 1)) + 8
        let top = bars.map { max($0.value, $0.whole ?? 0) }.max() ?? 0
        let scale = top > 0 ? barArea / top : 0
        func format(_ value: Double) -> String { String(format: "%.1f", value) }
        var out =
            "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" role=\"img\" width=\"\(Int(width))\" "
            + "height=\"\(Int(height))\" viewBox=\"0 0 \(Int(width)) \(Int(height))\">"
            + "<title>\(HTMLPage.escape(title))</title>"
        for (index, bar) in bars.enumerated() {
            let y = 4 + Double(index) * rowHeight
            out += "<text x=\"\(format(labelWidth - 6))\" y=\"\(format(y + 15))\" text-anchor=\"end\">"
            out += HTMLPage.escape(String(bar.label.prefix(26))) + "</text>"
            if let whole = bar.whole {
                out += "<rect x=\"\(format(labelWidth))\" y=\"\(format(y + 3))\" width=\"\(format(whole * scale))\" "
                out += "height=\"16\" class=\"whole\"/>"
            }
            out += "<rect x=\"\(format(labelWidth))\" y=\"\(format(y + 3))\" width=\"\(format(bar.value * scale))\" "
            out += "height=\"16\" class=\"bar\"/>"
            let end = labelWidth + max(bar.value, bar.whole ?? 0) * scale + 6
            out += "<text x=\"\(format(end))\" y=\"\(format(y + 15))\">\(HTMLPage.escape(bar.text))</text>"
        }
        return out + "</svg>"
    }
}

extension SeasonReach {
    /// The reach report as one self-contained A4 HTML page with bar charts: reach by season, by town, books per
    /// child.
    public func html(_ language: Language, library: String) -> String {
        let book = TextBook(language)
        let days = DayText(language)
        func number(_ value: Int) -> String { NumberText.whole(value, in: language) }
        func decimal(_ value: Double?) -> String {
            value.map { NumberText.decimal($0, fractionDigits: 1, in: language) } ?? "–"
        }
        let title = book.format(ReachText.title, season, library)
        var body = "<section class=\"page\">\n<h1>\(HTMLPage.escape(title))</h1>\n"
        body +=
            "<p class=\"muted\">"
            + HTMLPage.escape(book.format(ReachText.asOf, days.long(asOf), book.count(marginDays, CommandText.nounDay)))
            + "</p>\n"
        body += "<h2>\(HTMLPage.escape(book[ReachText.byDeposits]))</h2>\n<ul>\n"
        let lines = [
            book.format(
                ReachText.partnersReached, number(partnersReached), number(knownInstitutions),
                Self.percent(institutionShare, book)),
            book.format(
                ReachText.childrenReached, number(childrenReached), number(knownChildren),
                Self.percent(childrenShare, book)),
            book.format(ReachText.booksLent, number(booksLent)) + " "
                + book.format(ReachText.perChild, decimal(booksPerChild)),
            book.format(ReachText.exchanges, number(exchangesMade), number(exchangesMissed), number(exchangesDue)),
            book.format(
                ReachText.childrenAtEvents, number(childrenAtEvents), number(eventsHeld), number(eventsWithoutCount)),
        ]
        body += lines.map { "<li>\(HTMLPage.escape($0))</li>\n" }.joined() + "</ul>\n"

        body += "<h2>\(HTMLPage.escape(book[ReachText.chartSeasons]))</h2>\n"
        body +=
            BarChart(
                title: book[ReachText.chartSeasons],
                bars: seasons.map { summary in
                    BarChart.Bar(
                        label: summary.season.description, value: Double(summary.childrenReached), whole: nil,
                        text: number(summary.childrenReached))
                }
            ).svg() + "\n"
        body += "<h2>\(HTMLPage.escape(book[ReachText.chartTowns]))</h2>\n"
        body +=
            BarChart(
                title: book[ReachText.chartTowns],
                bars: byTown.map { group in
                    BarChart.Bar(
                        label: group.name, value: Double(group.childrenReached), whole: Double(group.knownChildren),
                        text: "\(number(group.childrenReached)) / \(number(group.knownChildren))")
                }
            ).svg() + "\n"
        body += "<h2>\(HTMLPage.escape(book[ReachText.chartBooksPerChild]))</h2>\n"
        body +=
            BarChart(
                title: book[ReachText.chartBooksPerChild],
                bars: seasons.map { summary in
                    BarChart.Bar(
                        label: summary.season.description, value: summary.booksPerChild ?? 0, whole: nil,
                        text: decimal(summary.booksPerChild))
                }
            ).svg() + "\n</section>\n"

        func groupRows(_ groups: [Group], noName: String) -> [[String]] {
            groups.map { group in
                [
                    group.name.isEmpty ? noName : group.name, number(group.known), number(group.reached),
                    number(group.knownChildren), number(group.childrenReached), number(group.booksLent),
                ]
            }
        }
        func groupHeaders(_ first: ReachText) -> [String] {
            [
                book[first], book[ReachText.columnKnown], book[ReachText.columnReached], book[ReachText.columnChildren],
                book[ReachText.columnChildrenReached], book[ReachText.columnBooks],
            ]
        }
        body += "<section class=\"page\">\n"
        body += "<h2>\(HTMLPage.escape(book[ReachText.byRoute]))</h2>\n"
        body +=
            HTMLPage.table(
                groupHeaders(.columnRoute), groupRows(byRoute, noName: book[ReachText.noRoute]),
                numeric: [1, 2, 3, 4, 5]) + "\n"
        body += "<h2>\(HTMLPage.escape(book[ReachText.byTown]))</h2>\n"
        body +=
            HTMLPage.table(groupHeaders(.columnTown), groupRows(byTown, noName: "–"), numeric: [1, 2, 3, 4, 5]) + "\n"
        body += "<h2>\(HTMLPage.escape(book[ReachText.seasons]))</h2>\n"
        body +=
            HTMLPage.table(
                [
                    book[ReachText.columnSeason], book[ReachText.columnReached], book[ReachText.columnChildren],
                    book[ReachText.columnBooks], book[ReachText.columnPerChild], book[ReachText.columnExchanges],
                    book[ReachText.columnMissed], book[ReachText.columnEventChildren],
                ],
                seasons.map { summary in
                    [
                        summary.season.description, number(summary.partnersReached), number(summary.childrenReached),
                        number(summary.booksLent), decimal(summary.booksPerChild), number(summary.exchangesMade),
                        number(summary.exchangesMissed), number(summary.childrenAtEvents),
                    ]
                }, numeric: [1, 2, 3, 4, 5, 6, 7]) + "\n"
        body += "<h2>\(HTMLPage.escape(book[ReachText.notReached]))</h2>\n<ul>\n"
        let missing = notReached
        if missing.isEmpty { body += "<li>\(HTMLPage.escape(book[ReachText.none]))</li>\n" }
        for line in missing {
            let text = book.format(
                ReachText.notReachedLine, line.partnerID, line.name, line.town,
                line.children.map { book.count($0, ReachText.nounChild) } ?? "–",
                book[PartnershipText.stateKey(line.state)])
            body += "<li>\(HTMLPage.escape(text))</li>\n"
        }
        body += "</ul>\n"
        body +=
            "<h2>\(HTMLPage.escape(book.format(ReachText.noExchange, book.count(marginDays, CommandText.nounDay))))</h2>\n<ul>\n"
        if noExchange.isEmpty { body += "<li>\(HTMLPage.escape(book[ReachText.none]))</li>\n" }
        for line in noExchange {
            body += "<li>\(HTMLPage.escape(line.text(book)))</li>\n"
        }
        body += "</ul>\n</section>"
        let style = """
            svg.chart { display: block; margin: 0.3em 0 1em; font: 10pt sans-serif; }
            svg.chart rect.bar { fill: #2f6b3a; }
            svg.chart rect.whole { fill: #d6e5d8; }
            svg.chart text { fill: #111; }
            ul { padding-left: 1.2em; }
            """
        return HTMLPage.document(title: title, language: language, body: body, extraStyle: style)
    }
}
