import Foundation

/// A team meeting as plain text and as an A4 HTML page: when and where, the agenda, who came and the minutes.
public enum MeetingText {
    /// The event's first lines: id and title, when, where, the team.
    public static func heading(_ event: Event, data: LibraryData, language: Language) -> [String] {
        let book = TextBook(language)
        let days = DayText(language)
        var lines = ["\(event.id) \(event.title)"]
        var when = days.weekdayName(event.startsOn.weekday) + " " + days.long(event.startsOn)
        if let time = event.startsAt, !time.isEmpty { when += " " + book.format(TeamText.meetingAt, time) }
        lines.append(book[TeamText.meetingWhen] + ": " + when)
        if let venue = event.venue, !venue.isEmpty { lines.append(book[TeamText.meetingVenue] + ": " + venue) }
        if let team = event.teamID {
            lines.append(
                book[TeamText.meetingTeam] + ": " + (data.teams.first { $0.id == team }?.name ?? team.rawValue))
        }
        lines.append("")
        return lines
    }

    /// The agenda (numbered), the attendees and the minutes, each under its heading.
    public static func body(_ event: Event, data: LibraryData, language: Language) -> [String] {
        let book = TextBook(language)
        let meeting = event.meeting ?? Meeting()
        var lines = [book[TeamText.meetingAgenda] + ":"]
        if meeting.agenda.isEmpty { lines.append("  " + book[TeamText.meetingNoAgenda]) }
        for (index, point) in meeting.agenda.enumerated() {
            let parts = point.split(separator: "\n", omittingEmptySubsequences: false)
            lines += TextWrap.lines(
                "\(index + 1). \(parts.first ?? "")", width: 80, firstIndent: "  ", indent: "     ")
            for part in parts.dropFirst() {
                lines += TextWrap.lines(String(part), width: 80, firstIndent: "     ", indent: "     ")
            }
        }
        lines.append("")
        lines.append(book[TeamText.meetingAttendees] + ":")
        if meeting.attendeeIDs.isEmpty { lines.append("  " + book[TeamText.meetingNoAttendees]) }
        for id in meeting.attendeeIDs { lines.append("  " + attendee(id, data)) }
        lines.append("")
        lines.append(book[TeamText.meetingMinutes] + ":")
        if let minutes = meeting.minutes {
            for part in minutes.split(separator: "\n", omittingEmptySubsequences: false) {
                lines += part.isEmpty ? [""] : TextWrap.lines(String(part), width: 80, firstIndent: "  ", indent: "  ")
            }
        } else {
            lines.append("  " + book[TeamText.meetingNoMinutes])
        }
        lines.append("")
        return lines
    }

    /// "Karen Iversen, Rønde Bibliotek".
    static func attendee(_ id: StaffMember.ID, _ data: LibraryData) -> String {
        guard let member = data.staff.first(where: { $0.id == id }) else { return id.rawValue }
        return "\(member.name), \(member.affiliation.institution)"
    }

    /// The meeting as plain text of at most 80 columns.
    public static func text(_ event: Event, data: LibraryData, language: Language) -> String {
        var lines = heading(event, data: data, language: language)
        lines.insert(String(repeating: "=", count: min(80, lines[0].count)), at: 1)
        lines += body(event, data: data, language: language)
        return lines.joined(separator: "\n")
    }

    /// The meeting as a self-contained HTML page for an A4 sheet.
    public static func html(_ event: Event, data: LibraryData, language: Language) -> String {
        let book = TextBook(language)
        let days = DayText(language)
        let meeting = event.meeting ?? Meeting()
        let escape = HTMLPage.escape
        var body = "<section class=\"page\">\n<h1>\(escape(event.title))</h1>\n<p class=\"muted\">"
        var when = days.weekdayName(event.startsOn.weekday) + " " + days.long(event.startsOn)
        if let time = event.startsAt, !time.isEmpty { when += " " + book.format(TeamText.meetingAt, time) }
        var facts = [book[TeamText.meetingWhen] + ": " + when]
        if let venue = event.venue, !venue.isEmpty { facts.append(book[TeamText.meetingVenue] + ": " + venue) }
        if let team = event.teamID {
            facts.append(
                book[TeamText.meetingTeam] + ": " + (data.teams.first { $0.id == team }?.name ?? team.rawValue))
        }
        body += facts.map(escape).joined(separator: "<br>\n") + "</p>\n"
        body += "<h2>\(escape(book[TeamText.meetingAgenda]))</h2>\n"
        if meeting.agenda.isEmpty {
            body += "<p class=\"muted\">\(escape(book[TeamText.meetingNoAgenda]))</p>\n"
        } else {
            body += "<ol>\n"
            for point in meeting.agenda { body += "<li>\(lines(point))</li>\n" }
            body += "</ol>\n"
        }
        body += "<h2>\(escape(book[TeamText.meetingAttendees]))</h2>\n"
        if meeting.attendeeIDs.isEmpty {
            body += "<p class=\"muted\">\(escape(book[TeamText.meetingNoAttendees]))</p>\n"
        } else {
            body +=
                "<ul>\n" + meeting.attendeeIDs.map { "<li>\(escape(attendee($0, data)))</li>\n" }.joined() + "</ul>\n"
        }
        body += "<h2>\(escape(book[TeamText.meetingMinutes]))</h2>\n"
        if let minutes = meeting.minutes {
            for paragraph in minutes.components(separatedBy: "\n\n") { body += "<p>\(lines(paragraph))</p>\n" }
        } else {
            body += "<p class=\"muted\">\(escape(book[TeamText.meetingNoMinutes]))</p>\n"
        }
        body += "</section>"
        return HTMLPage.document(title: event.title, language: language, body: body)
    }

    /// Escaped text whose line breaks become `<br>`.
    static func lines(_ text: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false).map { HTMLPage.escape(String($0)) }
            .joined(separator: "<br>\n")
    }
}
