import ArgumentParser
import DepotCore
import Foundation

/// The team's meetings: an event of kind `meeting` with an agenda, attendees and minutes.
struct EventsMeetingCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "meeting",
        abstract: helpText(.eventsMeetingAbstract),
        discussion: helpText(.eventsMeetingDiscussion),
        subcommands: [Add.self, Minutes.self, Print.self]
    )

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: helpText(.eventsMeetingAddAbstract))

        @OptionGroup var library: LibraryOptions
        @Option(help: ArgumentHelp(helpText(.eventsMeetingAddTeam), valueName: "TEAM"))
        var team: String
        @Option(help: ArgumentHelp(helpText(.eventsMeetingAddTitle)))
        var title: String
        @Option(help: ArgumentHelp(helpText(.eventsMeetingAddDay), valueName: "DAY"))
        var day: String
        @Option(help: ArgumentHelp(helpText(.eventsMeetingAddAt), valueName: "TIME"))
        var at: String?
        @Option(help: ArgumentHelp(helpText(.eventsMeetingAddVenue)))
        var venue: String?
        @Option(help: ArgumentHelp(helpText(.eventsMeetingAddAgenda), valueName: "TEXT"))
        var agenda: [String] = []
        @Option(
            help: ArgumentHelp(
                helpText(.eventsMeetingAddAttendee), valueName: "STAFF"))
        var attendee: [String] = []
        @OptionGroup var lang: LanguageOption

        func validate() throws {
            if case .failure(let refusal) = OptionValues.day(day, option: "--day", today: Day.today()) {
                throw ValidationError(spoken(refusal) + ".")
            }
        }

        func run() throws {
            let today = Day.today()
            try changeLibrary(library) { data, _ in
                let team = try findTeam(self.team, in: data)
                guard case .success(let day) = DayInput.parse(self.day, today: today) else {
                    throw failure(words.format(.dueIsNotADay, self.day))
                }
                let attendees = try findAttendees(attendee, in: data)
                let meeting = Meeting(agenda: agenda.map(unescapeLines), attendeeIDs: attendees)
                let id = try editing("--attendee") { () throws(EventEditError) in
                    try data.addMeeting(title: title, team: team.id, on: day, at: at, venue: venue, meeting: meeting)
                }
                let done = lang.words.book.format(
                    TeamText.meetingAdded, id, title.trimmingCharacters(in: .whitespaces), day, agenda.count,
                    attendees.count)
                return ([.events], done)
            }
        }
    }

    struct Minutes: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: helpText(.eventsMeetingMinutesAbstract),
            discussion: helpText(.eventsMeetingMinutesDiscussion)
        )

        @OptionGroup var library: LibraryOptions
        @Argument(help: ArgumentHelp(helpText(.eventsMeetingMinutesEvent), valueName: "EVENT"))
        var event: String
        @Option(help: ArgumentHelp(helpText(.eventsMeetingMinutesText)))
        var text: String?
        @Option(help: ArgumentHelp(helpText(.eventsMeetingMinutesFile), valueName: "FILE"))
        var file: String?
        @Option(
            help: ArgumentHelp(
                helpText(.eventsMeetingMinutesAttendee), valueName: "STAFF")
        )
        var attendee: [String] = []
        @Option(help: ArgumentHelp(helpText(.eventsMeetingMinutesAgenda), valueName: "TEXT"))
        var agenda: [String] = []
        @OptionGroup var lang: LanguageOption

        func validate() throws {
            if text != nil && file != nil { throw ValidationError(words.book.format(TeamText.noteTextTwice, "--file")) }
            if text == nil && file == nil && attendee.isEmpty && agenda.isEmpty {
                throw ValidationError(words.book[TeamText.minutesNothing])
            }
        }

        func run() throws {
            let minutes = text == nil && file == nil ? nil : try noteText(text, file: file)
            try changeLibrary(library) { data, _ in
                let event = try findEvent(self.event, in: data)
                let attendees = attendee.isEmpty ? nil : try findAttendees(attendee, in: data)
                let agenda = self.agenda.map(unescapeLines)
                try editing(attendees == nil ? nil : "--attendee") { () throws(EventEditError) in
                    try data.changeMeeting(event.id) { meeting in
                        if let minutes { meeting.minutes = minutes }
                        if let attendees { meeting.attendeeIDs = attendees }
                        if !agenda.isEmpty { meeting.agenda = agenda }
                    }
                }
                return ([.events], lang.words.book.format(TeamText.meetingSaved, event.id, event.title))
            }
        }
    }

    struct Print: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: helpText(.eventsMeetingPrintAbstract))

        @OptionGroup var library: LibraryOptions
        @Argument(help: ArgumentHelp(helpText(.eventsMeetingMinutesEvent), valueName: "EVENT"))
        var event: String
        @Option(help: ArgumentHelp(helpText(.competitionSheetsFormat)))
        var format: CompetitionCommand.PageFormat = .text
        @Option(help: ArgumentHelp(helpText(.competitionOptionsOutput), valueName: "FILE"))
        var output: String?
        @OptionGroup var lang: LanguageOption

        func run() throws {
            let data = try loadLibrary(library)
            let event = try findEvent(self.event, in: data)
            guard event.kind == .meeting else {
                throw failure(EventEditError.notAMeeting(event.title).text(in: lang.language) + ".")
            }
            switch format {
            case .text: try emitText(MeetingText.text(event, data: data, language: lang.language), to: output)
            case .html: try emit(MeetingText.html(event, data: data, language: lang.language), to: output)
            }
        }
    }
}

/// The two characters `\n` in a command-line text start a new line.
func unescapeLines(_ text: String) -> String { text.replacingOccurrences(of: "\\n", with: "\n") }

/// The team named by `text`: its id, or a part of its name only one team has.
func findTeam(_ text: String, in data: LibraryData) throws -> PartnershipTeam {
    let wanted = text.lowercased()
    if let team = data.teams.first(where: { $0.id.rawValue.lowercased() == wanted }) { return team }
    let matches = data.teams.filter { $0.name.lowercased().contains(wanted) }
    if matches.count == 1 { return matches[0] }
    throw failure(words.format(.teamNoTeamIsCalled, text))
}

/// Staff named by id or name, given once each or separated by commas; each must be found.
func findAttendees(_ texts: [String], in data: LibraryData) throws -> [StaffMember.ID] {
    var ids: [StaffMember.ID] = []
    for text in texts {
        for part in text.split(separator: ",") {
            let name = part.trimmingCharacters(in: .whitespaces)
            guard !name.isEmpty else { continue }
            switch StaffLookup.find(name, in: data.staff) {
            case .success(let member): ids.append(member.id)
            case .failure(let problem): throw failure("--attendee: \(spoken(problem)).")
            }
        }
    }
    return ids
}
