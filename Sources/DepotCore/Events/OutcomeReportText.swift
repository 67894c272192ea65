/// The outcome report's words, in the language files under `ReportText`.
public enum ReportText: String, TextCatalogue {
    case title, titleShort, asOf, aims, noAims, review, reviewIn, reviewToday, reviewPassed, noReview
    case events, columnDate, columnTitle, columnSchools, columnChildren, columnAdults, columnExpected, coming
    case noEvents, held, meetings, schoolsReached, childrenReached, adults, withoutCount
    case targets, columnAgreed, columnTarget, columnResult, columnVerdict
    case verdictMet, verdictNotYet, verdictNotMet, verdictNotCounted, percent, outcomeNotes, noOutcomeNotes
    case tasks, tasksDue, tasksOnTime, tasksLate, tasksOverdue, columnDue, columnOnTime, columnLate, columnOverdue

    public static let placeholders: [ReportText: [String]] = [
        .title: ["season", "team"], .asOf: ["day"], .review: ["day"], .reviewIn: ["count"],
        .reviewPassed: ["count"], .coming: ["title"], .held: ["count"], .meetings: ["count"],
        .schoolsReached: ["count"], .childrenReached: ["count"], .adults: ["count"], .withoutCount: ["count"],
        .percent: ["value"], .tasksDue: ["count"], .tasksOnTime: ["count"], .tasksLate: ["count"],
        .tasksOverdue: ["count"],
    ]
}

extension OutcomeReport {
    /// "90 %" for a percentage, "7" for a count; "–" when not counted.
    static func value(_ value: Int?, _ unit: PartnershipTeam.OutcomeTarget.Unit, _ book: TextBook) -> String {
        guard let value else { return "–" }
        let number = NumberText.whole(value, in: book.language)
        return unit == .percent ? book.format(ReportText.percent, number) : number
    }

    func verdictText(_ target: TargetLine, _ book: TextBook) -> String {
        switch verdict(target) {
        case .met: return book[ReportText.verdictMet]
        case .notYet: return book[ReportText.verdictNotYet]
        case .notMet: return book[ReportText.verdictNotMet]
        case .notCounted: return book[ReportText.verdictNotCounted]
        }
    }

    /// "Evaluering: 31. maj 2027 (om 179 dage)".
    func reviewText(_ book: TextBook) -> String {
        guard let reviewOn else { return book[ReportText.noReview] }
        let days = today.days(until: reviewOn)
        let when: String
        if days > 0 {
            when = book.format(ReportText.reviewIn, count: days, days)
        } else if days == 0 {
            when = book[ReportText.reviewToday]
        } else {
            when = book.format(ReportText.reviewPassed, count: -days, -days)
        }
        return book.format(ReportText.review, DayText(book.language).long(reviewOn)) + " (\(when))"
    }

    /// The events held that have outcome notes.
    var notedEvents: [EventLine] { events.filter { $0.isHeld && $0.outcomeNotes != nil } }

    /// The report as plain text of at most 80 columns, in Danish or English.
    public func text(_ language: Language) -> String {
        let book = TextBook(language)
        let number = { (value: Int) in NumberText.whole(value, in: language) }
        let title = book.format(ReportText.title, season, teamName)
        var out = [fitted(title, 80), String(repeating: "=", count: min(80, title.count))]
        out.append(book.format(ReportText.asOf, DayText(language).long(today)))
        out.append(reviewText(book))
        out.append("")
        out.append(book[ReportText.aims])
        if aims.isEmpty { out.append("  " + book[ReportText.noAims]) }
        for aim in aims { out += TextWrap.lines(aim, width: 80, firstIndent: "  • ", indent: "    ") }
        out.append("")
        out.append(book[ReportText.events])
        let columns = FixedColumns(widths: [10, 38, 7, 8, 9], right: [2, 3, 4])
        out.append(
            columns.line([
                book[ReportText.columnDate], book[ReportText.columnTitle], book[ReportText.columnSchools],
                book[ReportText.columnChildren], book[ReportText.columnExpected],
            ]))
        for event in events {
            out.append(
                columns.line([
                    event.day.description, event.isHeld ? event.title : book.format(ReportText.coming, event.title),
                    number(event.schools.count), event.actual.map { number($0.children) } ?? "–",
                    event.expected.map { number($0.children) } ?? "–",
                ]))
        }
        if events.isEmpty { out.append("  " + book[ReportText.noEvents]) }
        out.append("")
        out.append(book.format(ReportText.held, number(eventsHeld)))
        if meetingsHeld > 0 { out.append(book.format(ReportText.meetings, number(meetingsHeld))) }
        out += TextWrap.lines(
            book.format(ReportText.schoolsReached, number(schoolsReached.count))
                + (schoolsReached.isEmpty ? "" : " (" + schoolsReached.joined(separator: ", ") + ")"),
            width: 80, indent: "  ")
        out.append(book.format(ReportText.childrenReached, number(childrenReached)))
        out.append(book.format(ReportText.adults, number(adultsReached)))
        if eventsWithoutCount > 0 {
            out.append("  " + book.format(ReportText.withoutCount, count: eventsWithoutCount, eventsWithoutCount))
        }
        out.append("")
        out.append(book[ReportText.targets])
        let targetColumns = FixedColumns(widths: [48, 8, 8, 12], right: [1, 2])
        out.append(
            targetColumns.line([
                book[ReportText.columnAgreed], book[ReportText.columnTarget], book[ReportText.columnResult], "",
            ]))
        for target in targets {
            out.append(
                targetColumns.line([
                    target.description, Self.value(target.target, target.unit, book),
                    Self.value(target.achieved, target.unit, book), verdictText(target, book),
                ]))
        }
        out.append("")
        out.append(book[ReportText.outcomeNotes])
        if notedEvents.isEmpty { out.append("  " + book[ReportText.noOutcomeNotes]) }
        for event in notedEvents {
            out += TextWrap.lines("\(event.day) \(event.title):", width: 80, firstIndent: "  ", indent: "    ")
            for line in (event.outcomeNotes ?? "").split(separator: "\n") {
                out += TextWrap.lines(String(line), width: 80, firstIndent: "    ", indent: "    ")
            }
        }
        out.append("")
        out.append(book.format(ReportText.tasksDue, number(tasksDue)))
        out.append("  " + book.format(ReportText.tasksOnTime, number(tasksDoneOnTime)))
        out.append("  " + book.format(ReportText.tasksLate, number(tasksDoneLate)))
        out.append("  " + book.format(ReportText.tasksOverdue, number(tasksOverdue)))
        return out.joined(separator: "\n") + "\n"
    }

    /// The report as a self-contained HTML page, in Danish or English.
    public func html(_ language: Language) -> String { OutcomeReport.html([self], language) }

    /// Several reports in one self-contained HTML page, each on its own printed page.
    public static func html(_ reports: [OutcomeReport], _ language: Language) -> String {
        let book = TextBook(language)
        let body = reports.map { "<section class=\"page\">\n" + $0.htmlBody(book) + "\n</section>" }
        return HTMLPage.document(
            title: reports.count == 1
                ? book.format(ReportText.title, reports[0].season, reports[0].teamName) : book[ReportText.titleShort],
            language: language, body: body.joined(separator: "\n"))
    }

    private func htmlBody(_ book: TextBook) -> String {
        let escape = HTMLPage.escape
        let language = book.language
        let number = { (value: Int) in NumberText.whole(value, in: language) }
        var body = "<h1>\(escape(book.format(ReportText.title, season, teamName)))</h1>\n"
        body += "<p class=\"muted\">\(escape(book.format(ReportText.asOf, DayText(language).long(today))))<br>\n"
        body += "\(escape(reviewText(book)))</p>\n"
        body += "<h2>\(escape(book[ReportText.aims]))</h2>\n"
        if aims.isEmpty {
            body += "<p class=\"muted\">\(escape(book[ReportText.noAims]))</p>\n"
        } else {
            body += "<ul>\n" + aims.map { "<li>\(escape($0))</li>\n" }.joined() + "</ul>\n"
        }
        body += "<h2>\(escape(book[ReportText.events]))</h2>\n"
        body +=
            HTMLPage.table(
                [
                    book[ReportText.columnDate], book[ReportText.columnTitle], book[ReportText.columnSchools],
                    book[ReportText.columnChildren], book[ReportText.columnAdults], book[ReportText.columnExpected],
                ],
                events.map { event in
                    [
                        DayText(language).long(event.day),
                        event.isHeld ? event.title : book.format(ReportText.coming, event.title),
                        number(event.schools.count), event.actual.map { number($0.children) } ?? "–",
                        event.actual.map { number($0.adults) } ?? "–",
                        event.expected.map { number($0.children) } ?? "–",
                    ]
                }, numeric: [2, 3, 4, 5]) + "\n"
        body += "<ul>\n<li>\(escape(book.format(ReportText.held, number(eventsHeld))))</li>\n"
        if meetingsHeld > 0 { body += "<li>\(escape(book.format(ReportText.meetings, number(meetingsHeld))))</li>\n" }
        var schools = book.format(ReportText.schoolsReached, number(schoolsReached.count))
        if !schoolsReached.isEmpty { schools += " (" + schoolsReached.joined(separator: ", ") + ")" }
        body += "<li>\(escape(schools))</li>\n"
        body += "<li>\(escape(book.format(ReportText.childrenReached, number(childrenReached))))</li>\n"
        body += "<li>\(escape(book.format(ReportText.adults, number(adultsReached))))</li>\n</ul>\n"
        body += "<h2>\(escape(book[ReportText.targets]))</h2>\n"
        body +=
            HTMLPage.table(
                [
                    book[ReportText.columnAgreed], book[ReportText.columnTarget], book[ReportText.columnResult],
                    book[ReportText.columnVerdict],
                ],
                targets.map { target in
                    [
                        target.description, Self.value(target.target, target.unit, book),
                        Self.value(target.achieved, target.unit, book), verdictText(target, book),
                    ]
                }, numeric: [1, 2]) + "\n"
        body += "<h2>\(escape(book[ReportText.outcomeNotes]))</h2>\n"
        if notedEvents.isEmpty { body += "<p class=\"muted\">\(escape(book[ReportText.noOutcomeNotes]))</p>\n" }
        for event in notedEvents {
            body += "<h3>\(escape(DayText(language).long(event.day) + ": " + event.title))</h3>\n"
            body += "<p>\(MeetingText.lines(event.outcomeNotes ?? ""))</p>\n"
        }
        body += "<h2>\(escape(book[ReportText.tasks]))</h2>\n"
        body += HTMLPage.table(
            [
                book[ReportText.columnDue], book[ReportText.columnOnTime], book[ReportText.columnLate],
                book[ReportText.columnOverdue],
            ],
            [[number(tasksDue), number(tasksDoneOnTime), number(tasksDoneLate), number(tasksOverdue)]],
            numeric: [0, 1, 2, 3])
        return body
    }
}
