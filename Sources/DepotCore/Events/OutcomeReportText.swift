extension OutcomeReport {
    /// The report as plain text of at most 80 columns, in Danish or English.
    public func text(_ language: Language) -> String {
        let words = CompetitionWords(language)
        let title = words.pick("Resultatrapport", "Outcome report") + " \(season): \(teamName)"
        var out = [fitted(title, 80), String(repeating: "=", count: min(80, title.count))]
        out.append(words.pick("Opgjort ", "As of ") + words.dayText.long(today))
        out.append("")
        out.append(words.pick("Arrangementer", "Events"))
        let columns = FixedColumns(widths: [10, 38, 7, 8, 9], right: [2, 3, 4])
        out.append(
            columns.line([
                words.pick("Dato", "Date"), words.pick("Titel", "Title"), words.pick("Skoler", "Schools"),
                words.pick("Børn", "Children"), words.pick("Forventet", "Expected"),
            ]))
        for event in events {
            out.append(
                columns.line([
                    event.day.description, event.title + (event.isHeld ? "" : words.pick(" (kommer)", " (coming)")),
                    "\(event.schools.count)", event.actual.map { "\($0.children)" } ?? "–",
                    event.expected.map { "\($0.children)" } ?? "–",
                ]))
        }
        if events.isEmpty { out.append(words.pick("  Ingen i sæsonen.", "  None in the season.")) }
        out.append("")
        out.append(words.pick("Afholdt: ", "Held: ") + "\(eventsHeld)")
        if meetingsHeld > 0 { out.append(words.pick("Holdets møder: ", "Team meetings: ") + "\(meetingsHeld)") }
        out += TextWrap.lines(
            words.pick("Skoler nået: ", "Schools reached: ") + "\(schoolsReached.count)"
                + (schoolsReached.isEmpty ? "" : " (" + schoolsReached.joined(separator: ", ") + ")"),
            width: 80, indent: "  ")
        out.append(words.pick("Børn nået: ", "Children reached: ") + "\(childrenReached)")
        out.append(words.pick("Voksne: ", "Adults: ") + "\(adultsReached)")
        if eventsWithoutCount > 0 {
            out.append(
                words.pick(
                    "  \(eventsWithoutCount) afholdte arrangementer mangler optælling",
                    "  \(eventsWithoutCount) events held have no count of who came"))
        }
        out.append("")
        out.append(words.pick("Mål", "Targets"))
        let targetColumns = FixedColumns(widths: [50, 6, 6, 14], right: [1, 2])
        out.append(
            targetColumns.line([
                words.pick("Aftalt mål", "Agreed target"), words.pick("Mål", "Target"), words.pick("Nået", "Result"),
                "",
            ]))
        for target in targets {
            let verdict: String
            switch target.isMet {
            case true?: verdict = words.pick("nået", "met")
            case false? where today <= season.lastDay: verdict = words.pick("endnu ikke", "not yet")
            case false?: verdict = words.pick("ikke nået", "not met")
            case nil: verdict = words.pick("ikke opgjort", "not counted")
            }
            out.append(
                targetColumns.line([
                    target.description, "\(target.target)", target.achieved.map { "\($0)" } ?? "–", verdict,
                ]))
        }
        out.append("")
        out.append(words.pick("Opgaver med frist i sæsonen: ", "Tasks due in the season: ") + "\(tasksDue)")
        out.append(words.pick("  løst til tiden: ", "  done on time: ") + "\(tasksDoneOnTime)")
        out.append(words.pick("  løst for sent: ", "  done late: ") + "\(tasksDoneLate)")
        out.append(words.pick("  over fristen: ", "  overdue: ") + "\(tasksOverdue)")
        return out.joined(separator: "\n") + "\n"
    }

    /// The report as a self-contained HTML page, in Danish or English.
    public func html(_ language: Language) -> String { OutcomeReport.html([self], language) }

    /// Several reports in one self-contained HTML page, each on its own printed page.
    public static func html(_ reports: [OutcomeReport], _ language: Language) -> String {
        let title = CompetitionWords(language).pick("Resultatrapport", "Outcome report")
        let body = reports.map { "<section class=\"page\">\n" + $0.htmlBody(language) + "\n</section>" }
        return HTMLPage.document(
            title: reports.count == 1 ? "\(title) \(reports[0].season): \(reports[0].teamName)" : title,
            language: language, body: body.joined(separator: "\n"))
    }

    private func htmlBody(_ language: Language) -> String {
        let words = CompetitionWords(language)
        let title = words.pick("Resultatrapport", "Outcome report") + " \(season): \(teamName)"
        var body = "<h1>\(HTMLPage.escape(title))</h1>\n"
        body +=
            "<p class=\"muted\">\(HTMLPage.escape(words.pick("Opgjort ", "As of ") + words.dayText.long(today)))</p>\n"
        body += "<h2>\(words.pick("Arrangementer", "Events"))</h2>\n"
        body +=
            HTMLPage.table(
                [
                    words.pick("Dato", "Date"), words.pick("Titel", "Title"), words.pick("Skoler", "Schools"),
                    words.pick("Børn", "Children"), words.pick("Voksne", "Adults"), words.pick("Forventet", "Expected"),
                ],
                events.map { event in
                    [
                        words.dayText.long(event.day),
                        event.title + (event.isHeld ? "" : words.pick(" (kommer)", " (coming)")),
                        "\(event.schools.count)",
                        event.actual.map { "\($0.children)" } ?? "–", event.actual.map { "\($0.adults)" } ?? "–",
                        event.expected.map { "\($0.children)" } ?? "–",
                    ]
                }, numeric: [2, 3, 4, 5]) + "\n"
        body += "<ul>\n<li>\(words.pick("Afholdt", "Held")): \(eventsHeld)</li>\n"
        if meetingsHeld > 0 { body += "<li>\(words.pick("Holdets møder", "Team meetings")): \(meetingsHeld)</li>\n" }
        body += "<li>\(words.pick("Skoler nået", "Schools reached")): \(schoolsReached.count)"
        if !schoolsReached.isEmpty { body += " (\(HTMLPage.escape(schoolsReached.joined(separator: ", "))))" }
        body += "</li>\n<li>\(words.pick("Børn nået", "Children reached")): \(childrenReached)</li>\n"
        body += "<li>\(words.pick("Voksne", "Adults")): \(adultsReached)</li>\n</ul>\n"
        body += "<h2>\(words.pick("Mål", "Targets"))</h2>\n"
        body +=
            HTMLPage.table(
                [
                    words.pick("Aftalt mål", "Agreed target"), words.pick("Mål", "Target"),
                    words.pick("Nået", "Result"), words.pick("Vurdering", "Verdict"),
                ],
                targets.map { target in
                    let verdict: String
                    switch target.isMet {
                    case true?: verdict = words.pick("nået", "met")
                    case false? where today <= season.lastDay: verdict = words.pick("endnu ikke", "not yet")
                    case false?: verdict = words.pick("ikke nået", "not met")
                    case nil: verdict = words.pick("ikke opgjort", "not counted")
                    }
                    return [target.description, "\(target.target)", target.achieved.map { "\($0)" } ?? "–", verdict]
                }, numeric: [1, 2]) + "\n"
        body += "<h2>\(words.pick("Opgaver", "Tasks"))</h2>\n"
        body += HTMLPage.table(
            [
                words.pick("Med frist i sæsonen", "Due in the season"), words.pick("Til tiden", "On time"),
                words.pick("For sent", "Late"), words.pick("Over fristen", "Overdue"),
            ],
            [["\(tasksDue)", "\(tasksDoneOnTime)", "\(tasksDoneLate)", "\(tasksOverdue)"]], numeric: [0, 1, 2, 3])
        return body
    }
}
