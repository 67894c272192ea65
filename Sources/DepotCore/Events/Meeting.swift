import Foundation

/// What a team meeting (`Event.Kind.meeting`) is about, who came and what was decided: kept on the meeting's event,
/// so it is on the week's schedule, counted by the outcome report and printed like the other events.
public struct Meeting: Hashable, Codable, Sendable {
    /// The points to talk about, in order.
    public var agenda: [String]
    /// The staff members who came (or are expected, before the day).
    public var attendeeIDs: [StaffMember.ID]
    /// What was said and decided, written afterwards; may be several lines.
    public var minutes: String?

    public init(agenda: [String] = [], attendeeIDs: [StaffMember.ID] = [], minutes: String? = nil) {
        self.agenda = agenda
        self.attendeeIDs = attendeeIDs
        self.minutes = minutes
    }

    private enum CodingKeys: String, CodingKey {
        case agenda, attendeeIDs, minutes
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        agenda = try c.decodeIfPresent([String].self, forKey: .agenda) ?? []
        attendeeIDs = try c.decodeIfPresent([StaffMember.ID].self, forKey: .attendeeIDs) ?? []
        minutes = try c.decodeIfPresent(String.self, forKey: .minutes)
    }
}

extension LogNote {
    /// A note's text as it is kept: line ends made `\n`, spaces at the ends of lines and blank lines at the start
    /// and end removed; the lines and blank lines between them are the writer's.
    public static func tidy(_ text: String) -> String {
        let lines = text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
            .split(separator: "\n", omittingEmptySubsequences: false)
            .map { line -> String in
                var line = Substring(line)
                while let last = line.last, last == " " || last == "\t" { line.removeLast() }
                return String(line)
            }
        let first = lines.firstIndex { !$0.allSatisfy(\.isWhitespace) } ?? lines.endIndex
        let last = lines.lastIndex { !$0.allSatisfy(\.isWhitespace) } ?? first
        guard first < lines.endIndex else { return "" }
        return lines[first...last].joined(separator: "\n")
    }
}

extension LibraryData {
    /// The meeting `meeting` checked against the library: every attendee is a staff member who still worked at
    /// the library on `day` and is named once; agenda points and minutes are tidied, empty points dropped.
    public func checkedMeeting(_ meeting: Meeting, on day: Day) throws(EventEditError) -> Meeting {
        var checked = meeting
        var seen: Set<StaffMember.ID> = []
        for id in meeting.attendeeIDs {
            let member = try currentStaff(id, on: day)
            guard seen.insert(id).inserted else { throw .attendeeTwice(member.name) }
        }
        checked.agenda = meeting.agenda.map(LogNote.tidy).filter { !$0.isEmpty }
        checked.minutes = meeting.minutes.map(LogNote.tidy).flatMap { $0.isEmpty ? nil : $0 }
        return checked
    }

    /// Adds the team's meeting as an event of kind `meeting` with the next free id of its year, and returns the id.
    @discardableResult
    public mutating func addMeeting(
        title: String, team: PartnershipTeam.ID, on day: Day, at time: String?, venue: String?, meeting: Meeting
    ) throws(EventEditError) -> Event.ID {
        guard teams.contains(where: { $0.id == team }) else { throw .noSuchTeam(team.rawValue) }
        let title = title.trimmingSpaces
        guard !title.isEmpty else { throw .emptyText }
        let checked = try checkedMeeting(meeting, on: day)
        let id = nextEventID(year: day.year)
        var event = Event(
            id: id, kind: .meeting, title: title, startsOn: day, venue: venue.flatMap { $0.isEmpty ? nil : $0 },
            teamID: team, startsAt: time.flatMap { $0.isEmpty ? nil : $0 })
        event.meeting = checked
        events.append(event)
        return id
    }

    /// Changes the meeting `id`: its agenda, attendees and minutes, as `change` leaves them, checked again.
    public mutating func changeMeeting(
        _ id: Event.ID, _ change: (inout Meeting) -> Void
    ) throws(EventEditError) {
        guard let index = events.firstIndex(where: { $0.id == id }) else { throw .noSuchEvent(id.rawValue) }
        guard events[index].kind == .meeting else { throw .notAMeeting(events[index].title) }
        var meeting = events[index].meeting ?? Meeting()
        change(&meeting)
        events[index].meeting = try checkedMeeting(meeting, on: events[index].startsOn)
    }
}
