/// The exchange-dates printout as one self-contained HTML page (styles inline, no scripts, no links), to print or
/// attach to an e-mail. The same content as `ExchangeDatesLetter`.
public enum ExchangeDatesPage {
    /// The partner's visits in `plan` as a page from the library, in Danish or English.
    public static func html(for partner: Partner, plan: Plan, data: LibraryData, language: Language) -> String {
        let words = ExchangeDatesWords(language)
        let content = ExchangeDatesContent(partner: partner, plan: plan, data: data)
        let settings = data.settings
        let title = words.title(plan.season)
        var recipient = [partner.name]
        if !partner.contact.name.isEmpty { recipient.append(words.attention(partner.contact.name)) }
        recipient.append(partner.address.singleLine)

        var html = """
            <!DOCTYPE html>
            <html lang="\(language.rawValue)">
            <head>
            <meta charset="utf-8">
            <title>\(escape(title)) – \(escape(partner.name))</title>
            <style>
            \(PrintStyle.css(language))
            body { font-family: Georgia, serif; max-width: 40em; margin: 2em auto; color: #222; line-height: 1.4; }
            .sender { text-align: right; }
            h1 { font-size: 1.4em; margin-top: 2em; }
            table { border-collapse: collapse; width: 100%; margin: 1em 0; }
            th, td { text-align: left; padding: 0.35em 0.6em; border-bottom: 1px solid #bbb; vertical-align: top; }
            th { border-bottom: 2px solid #222; }
            td.week { text-align: right; width: 3em; }
            @media print { body { margin: 0; } }
            </style>
            </head>
            <body>

            """
        html += "<p class=\"sender\">\(escape(settings.name))<br>\(escape(settings.address.singleLine))</p>\n"
        html += "<p class=\"recipient\">\(recipient.map(escape).joined(separator: "<br>"))</p>\n"
        html += "<h1>\(escape(title))</h1>\n"
        html += "<p>\(escape(words.greeting(partner)))</p>\n"
        html += "<p>\(escape(words.introduction(route: content.routeName, weekdays: content.weekdays)))</p>\n"
        if content.visits.isEmpty {
            html += "<p>\(escape(words.noDates))</p>\n"
        } else {
            let columns = words.columns
            html += "<table>\n<thead><tr><th>\(escape(columns.week))</th><th>\(escape(columns.date))</th>"
            html += "<th>\(escape(columns.what))</th></tr></thead>\n<tbody>\n"
            for (position, visit) in content.visits.enumerated() {
                let what = words.happens(visit, isLast: position == content.visits.count - 1)
                html += "<tr><td class=\"week\">\(ISOWeek(containing: visit.day).week)</td>"
                html += "<td>\(escape(words.date(visit.day)))</td><td>\(escape(what))</td></tr>\n"
            }
            html += "</tbody>\n</table>\n"
        }
        html += "<p>\(escape(words.closing(exempt: content.exempt)))</p>\n"
        html += "<p>\(escape(words.regards))<br><br>\(escape(settings.name))</p>\n"
        html += "</body>\n</html>\n"
        return html
    }

    /// Text safe inside HTML elements and attribute values (`HTMLPage.escape`).
    static func escape(_ text: String) -> String { HTMLPage.escape(text) }
}
