/// Self-contained HTML pages for the competition printouts and the outcome report: one file, inline styles, a print
/// stylesheet that puts each `.page` on its own sheet of paper. Every HTML printout escapes its text here.
enum HTMLPage {
    /// `text` with `&`, `<`, `>` and quotes escaped.
    static func escape(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.count)
        for character in text {
            switch character {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&#39;"
            default: result.append(character)
            }
        }
        return result
    }

    /// A whole document around `body`.
    static func document(title: String, language: Language, body: String, extraStyle: String = "") -> String {
        """
        <!DOCTYPE html>
        <html lang="\(language.rawValue)">
        <head>
        <meta charset="utf-8">
        <title>\(escape(title))</title>
        <style>
        \(PrintStyle.css(language))
        body { font-family: Georgia, "Times New Roman", serif; margin: 2em; color: #111; }
        h1 { font-size: 1.6em; margin-bottom: 0.2em; }
        h2 { font-size: 1.2em; margin-top: 1.5em; }
        table { border-collapse: collapse; margin: 0.5em 0 1em; }
        th, td { border: 1px solid #999; padding: 0.3em 0.6em; text-align: left; }
        td.number, th.number { text-align: right; }
        .note { color: #8a1c1c; font-style: italic; }
        .muted { color: #555; }
        @media print {
          body { margin: 0; }
          .page { page-break-after: always; break-after: page; }
          .page:last-child { page-break-after: auto; break-after: auto; }
        }
        \(extraStyle)
        </style>
        </head>
        <body>
        \(body)
        </body>
        </html>

        """
    }

    /// A table with a header row; `numeric` columns are right-aligned. Cells are escaped.
    static func table(_ headers: [String], _ rows: [[String]], numeric: Set<Int> = []) -> String {
        func cell(_ tag: String, _ text: String, _ index: Int) -> String {
            let attribute = numeric.contains(index) ? " class=\"number\"" : ""
            return "<\(tag)\(attribute)>\(escape(text))</\(tag)>"
        }
        // A column with no heading and nothing in it is left out: an empty, unlabelled column on paper.
        let shown = headers.indices.filter { column in
            !headers[column].isEmpty || rows.contains { column < $0.count && !$0[column].isEmpty }
        }
        var html = "<table>\n<thead><tr>" + shown.map { cell("th", headers[$0], $0) }.joined() + "</tr></thead>\n"
        html += "<tbody>\n"
        for row in rows {
            html += "<tr>" + shown.map { cell("td", $0 < row.count ? row[$0] : "", $0) }.joined() + "</tr>\n"
        }
        return html + "</tbody>\n</table>"
    }
}
