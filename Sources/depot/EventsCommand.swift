import ArgumentParser
import DepotCore
import DepotTUI
import Foundation

/// Text for the terminal or JSON for other tools.
enum TextOrJSON: String, ExpressibleByArgument, CaseIterable {
    case text, json
}

struct EventsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "events",
        abstract: helpText(.eventsAbstract),
        subcommands: [
            EventsListCommand.self, EventsShowCommand.self, EventsTaskCommand.self, EventsNoteCommand.self,
            EventsMeetingCommand.self,
        ],
        defaultSubcommand: EventsListCommand.self
    )
}

struct EventsListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: helpText(.eventsListAbstract),
        discussion: helpText(.eventsListDiscussion)
    )

    @OptionGroup var library: LibraryOptions

    @Option(help: ArgumentHelp(helpText(.eventsListFormat)))
    var format: TextOrJSON = .text

    @OptionGroup var lang: LanguageOption

    struct Row: Encodable {
        var id: String
        var day: String
        var kind: String
        var title: String
        @NullWhenEmpty var team: String?
        @NullWhenEmpty var venue: String?
        var partners: Int
        var readers: Int
        var openTasks: Int
        var overdueTasks: Int
    }

    func run() throws {
        let data = try loadLibrary(library)
        let today = Day.today()
        let teams = Dictionary(uniqueKeysWithValues: data.teams.map { ($0.id, $0.name) })
        let events = data.events.sorted { ($0.startsOn, $0.id) < ($1.startsOn, $1.id) }
        let rows = events.map { event in
            Row(
                id: event.id.rawValue, day: event.startsOn.description, kind: event.kind.rawValue, title: event.title,
                team: event.teamID.flatMap { teams[$0] }, venue: event.venue, partners: event.partnerIDs.count,
                readers: event.competition?.readers.count ?? 0, openTasks: event.tasks.filter { !$0.isDone }.count,
                overdueTasks: event.tasks.filter { $0.isOverdue(on: today) }.count)
        }
        switch format {
        case .json:
            try emit(try JSONOutput.text(rows), to: nil)
        case .text:
            let words = lang.words
            guard !rows.isEmpty else {
                return try emit(words[.noEvents] + "\n", to: nil)
            }
            let strings = Strings(words.language)
            let table = TextTable(
                columns: [
                    .init(words[.event]), .init(words[.day]),
                    .init(words[.kind]), .init(words[.title]),
                    .init(words[.venue]), .init(words[.readers], .right),
                    .init(words[.openTasks], .right),
                ],
                rows: zip(rows, events).map { row, event in
                    [
                        row.id, row.day, strings.eventKindShort(event.kind),
                        String(row.title.prefix(44)), row.venue ?? "", words.number(row.readers),
                        words.number(row.openTasks),
                    ]
                })
            let count = words.count(rows.count, .nounEvent)
            var text = "\(count):\n\n" + table.text()
            let reminders = tasksToRemind(data, today)
            if !reminders.isEmpty {
                let staff = Dictionary(data.staff.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
                text += "\n" + words.book.format(TeamText.remindTasks, taskReminderDays, today) + "\n"
                for item in reminders {
                    let line =
                        "  \(item.task.dueOn)  \(item.task.title) (\(item.placeName)), \(staff[item.task.ownerID] ?? item.task.ownerID.rawValue), \(item.whenText(words.book))"
                    text += TerminalSafe.escape(line) + "\n"
                }
            }
            try emitText(text, to: nil)
        }
    }
}

/// The event named by `text`: its id, or a part of its title. Fails with a sentence.
func findEvent(_ text: String, in data: LibraryData) throws -> Event {
    if let event = data.events.first(where: { $0.id.rawValue.lowercased() == text.lowercased() }) { return event }
    let matches = data.events.filter { $0.title.lowercased().contains(text.lowercased()) }
    if matches.count == 1 { return matches[0] }
    if matches.isEmpty { throw failure(words.format(.noEventIsCalledDepot, TerminalSafe.quote(text))) }
    throw failure(
        words.format(.fitsEventsGiveTheId, text, matches.count, matches.map(\.id.rawValue).joined(separator: ", "))
    )
}

/// The event or team named by `text`: an event's id or a part of its title, else a team's id or a part of its name.
func findPlace(_ text: String, in data: LibraryData) throws -> WorkPlace {
    let wanted = text.lowercased()
    if let event = data.events.first(where: { $0.id.rawValue.lowercased() == wanted }) { return .event(event.id) }
    if let team = data.teams.first(where: { $0.id.rawValue.lowercased() == wanted }) { return .team(team.id) }
    let events = data.events.filter { $0.title.lowercased().contains(wanted) }
    if events.isEmpty {
        let teams = data.teams.filter { $0.name.lowercased().contains(wanted) }
        if teams.count == 1 { return .team(teams[0].id) }
    }
    return .event(try findEvent(text, in: data).id)
}

extension ParsableCommand {
    /// Opens the library for writing, lets `change` alter it and saves the files it names; then, and only when the
    /// save succeeded, prints the sentence `change` returned. A refused save (read-only, changed on disk) prints why
    /// on standard error and exits with status 1. `change` is given the staff member at the desk (`--as`,
    /// `$DEPOT_STAFF`, else the one remembered), who must still work at the library today.
    func changeLibrary(
        _ options: LibraryOptions,
        _ change: @escaping (inout LibraryData, StaffMember.ID?) throws -> (files: Set<StoreFile>, done: String)
    ) throws {
        let folder = options.folder
        let store = try explainingErrors { try openLibrary(folder, forWriting: true) }
        defer { store.close() }
        var data = try explainingErrors { try store.load() }
        try identify(store, in: data, options, today: Day.today())
        let author = store.author
        if let author {
            do throws(EventEditError) {
                _ = try data.currentStaff(author, on: Day.today())
            } catch {
                throw failure("--as: \(spoken(error)).")
            }
        }
        let first = try change(&data, author)
        // Made again on the library as it is when another desk changed it since it was read; says its last run.
        let said = Said(first.done)
        try explainingErrors {
            _ = try store.commit(data, files: first.files, summary: first.done) { fresh in
                let again = try change(&fresh, author)
                said.text = again.done
                return again.files
            }
        }
        print(TerminalSafe.escape(said.text))
    }
}

/// The sentence a change returned on its latest run.
private final class Said {
    var text: String
    init(_ text: String) { self.text = text }
}

/// The staff member named by `text`: an id or a part of the name only one member has, who must still work at the
/// library on `today`. Fails with a sentence naming `option`.
func findStaff(_ text: String, in data: LibraryData, option: String, today: Day) throws -> StaffMember {
    switch StaffLookup.find(text, in: data.staff) {
    case .success(let member):
        do throws(EventEditError) {
            return try data.currentStaff(member.id, on: today)
        } catch {
            throw failure("\(option): \(spoken(error)).")
        }
    case .failure(let problem): throw failure("\(option): \(spoken(problem)).")
    }
}

/// "E2027-01 Syddjursmesterskaberne" or "skofo SKOFO – Skole- og Folkebibliotekarer".
func placeLabel(_ place: WorkPlace, in data: LibraryData) -> (id: String, name: String) {
    switch place {
    case .event(let id): return (id.rawValue, data.placeName(place))
    case .team(let id): return (id.rawValue, data.placeName(place))
    }
}

/// Runs a change to the tasks or notes, turning its refusal into a sentence that names `option` (nothing is saved).
func editing<T>(_ option: String? = nil, _ body: () throws(EventEditError) -> T) throws -> T {
    do throws(EventEditError) {
        return try body()
    } catch {
        throw failure((option.map { "\($0): " } ?? "") + spoken(error) + ".")
    }
}

struct EventsTaskCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "task",
        abstract: helpText(.eventsTaskAbstract),
        discussion: helpText(.eventsTaskDiscussion),
        subcommands: [Add.self, Done.self, Delete.self, List.self]
    )

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: helpText(.eventsAddAbstract),
            discussion: helpText(.eventsAddDiscussion))

        @OptionGroup var library: LibraryOptions
        @Argument(
            help: ArgumentHelp(
                helpText(.eventsAddEvent),
                valueName: "EVENT"))
        var event: String
        @Option(help: ArgumentHelp(helpText(.eventsAddTitle)))
        var title: String
        @Option(help: ArgumentHelp(helpText(.eventsAddOwner), valueName: "STAFF"))
        var owner: String
        @Option(help: ArgumentHelp(helpText(.eventsAddDue), valueName: "DAY"))
        var due: String
        @OptionGroup var lang: LanguageOption

        func validate() throws {
            if case .failure(let refusal) = OptionValues.day(due, option: "--due", today: Day.today()) {
                throw ValidationError(spoken(refusal) + ".")
            }
        }

        func run() throws {
            let today = Day.today()
            try changeLibrary(library) { data, author in
                let place = try findPlace(self.event, in: data)
                let owner = try findStaff(self.owner, in: data, option: "--owner", today: today)
                guard case .success(let due) = DayInput.parse(self.due, today: today) else {
                    throw failure(words.format(.dueIsNotADay, self.due))
                }
                let task = EventTask(title: title.trimmingCharacters(in: .whitespaces), ownerID: owner.id, dueOn: due)
                let files = try editing("--title") { () throws(EventEditError) in
                    try data.addTask(task, at: place, by: author, on: today)
                }
                let number = data.tasks(at: place)?.count ?? 0
                let label = placeLabel(place, in: data)
                let done = lang.words.format(.taskOfDue, number, label.id, label.name, task.title, owner.name, due)
                return (files, done)
            }
        }
    }

    struct Done: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: helpText(.eventsDoneAbstract),
            discussion: helpText(.eventsDoneDiscussion))

        @OptionGroup var library: LibraryOptions
        @OptionGroup var task: TaskArguments
        @Flag(help: ArgumentHelp(helpText(.eventsDoneUndo)))
        var undo = false
        @OptionGroup var lang: LanguageOption

        func run() throws {
            let today = Day.today()
            try changeLibrary(library) { data, author in
                let place = try findPlace(task.event, in: data)
                let files = try editing("N") { () throws(EventEditError) in
                    try data.setTask(task.number - 1, at: place, doneOn: undo ? nil : today, by: author, on: today)
                }
                let ticked = data.tasks(at: place)?[task.number - 1]
                let words = lang.words
                let done =
                    undo
                    ? words.format(.openAgain, ticked?.title ?? "")
                    : words.format(.doneOn, today, ticked?.title ?? "")
                return (files, done)
            }
        }
    }

    struct Delete: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: helpText(.eventsDeleteAbstract),
            discussion: helpText(.eventsDeleteDiscussion))

        @OptionGroup var library: LibraryOptions
        @OptionGroup var task: TaskArguments
        @OptionGroup var lang: LanguageOption

        func run() throws {
            let today = Day.today()
            try changeLibrary(library) { data, author in
                let place = try findPlace(task.event, in: data)
                let title = data.tasks(at: place).flatMap {
                    $0.indices.contains(task.number - 1) ? $0[task.number - 1] : nil
                }?
                .title
                let files = try editing("N") { () throws(EventEditError) in
                    try data.removeTask(task.number - 1, at: place, by: author, on: today)
                }
                return (files, lang.words.book.format(TeamText.taskDeletedLine, title ?? "", today))
            }
        }
    }

    /// The `EVENT N` of `task done` and `task delete`: which event or team, and which of its tasks.
    struct TaskArguments: ParsableArguments {
        @Argument(help: ArgumentHelp(helpText(.taskArgumentsEvent), valueName: "EVENT"))
        var event: String
        @Argument(help: ArgumentHelp(helpText(.taskArgumentsNumber), valueName: "N"))
        var number: Int

        func validate() throws {
            if let refusal = OptionValues.number(number, option: "N", within: Limits.taskNumber) {
                throw ValidationError(spoken(refusal) + ".")
            }
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: helpText(.eventsTaskListAbstract))

        @OptionGroup var library: LibraryOptions
        @Argument(help: ArgumentHelp(helpText(.taskArgumentsEvent), valueName: "EVENT"))
        var event: String
        @OptionGroup var lang: LanguageOption

        func run() throws {
            let words = lang.words
            let data = try loadLibrary(library)
            let place = try findPlace(self.event, in: data)
            let label = placeLabel(place, in: data)
            let tasks = data.tasks(at: place) ?? []
            let today = Day.today()
            let staff = Dictionary(data.staff.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
            guard !tasks.isEmpty else {
                return print(TerminalSafe.escape(words.format(.hasNoTasks, label.id, label.name)))
            }
            var text = TerminalSafe.escape("\(label.id) \(label.name):") + "\n"
            for (index, task) in tasks.enumerated() {
                var state = task.doneOn.map { words.format(.done, $0) } ?? words[.open]
                if task.isOverdue(on: today) {
                    let late = words.days(task.dueOn.days(until: today))
                    state = words.format(.overdue, late)
                }
                let line =
                    "  \(index + 1). [\(task.isDone ? "x" : " ")] \(task.title) – \(staff[task.ownerID] ?? task.ownerID.rawValue), \(words[.taskDue]) \(task.dueOn), \(state)"
                text += TerminalSafe.escape(line) + "\n"
            }
            try emitText(text, to: nil)
        }
    }
}

/// The text of a note or minutes: the argument (where the two characters `\n` start a new line) or a file
/// (`-` for standard input). Exactly one of them; a file that cannot be read is named.
func noteText(_ argument: String?, file: String?, option: String = "--file") throws -> String {
    switch (argument, file) {
    case (nil, nil): throw failure(lang: TeamText.noteTextMissing, option)
    case (.some, .some): throw failure(lang: TeamText.noteTextTwice, option)
    case (let text?, nil): return text.replacingOccurrences(of: "\\n", with: "\n")
    case (nil, let path?):
        if path == "-" {
            return String(decoding: FileHandle.standardInput.readDataToEndOfFile(), as: UTF8.self)
        }
        // Only a regular file of a sensible size: a FIFO would wait and a device (/dev/zero) never end.
        let attributes = try? FileManager.default.attributesOfItem(atPath: path)
        guard attributes?[.type] as? FileAttributeType == .typeRegular,
            (attributes?[.size] as? NSNumber)?.intValue ?? 0 <= 1_000_000,
            let data = FileManager.default.contents(atPath: path)
        else {
            throw failure("\(option): " + words.book.format(TeamText.fileUnreadable, path))
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw failure("\(option): " + words.book.format(TeamText.fileNotText, path))
        }
        return text
    }
}

/// A sentence of `TeamText` with the option named, as a failure.
func failure(lang key: TeamText, _ option: String) -> Error {
    failure(words.book.format(key, option))
}

struct EventsNoteCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "note",
        abstract: helpText(.eventsNoteAbstract),
        discussion: helpText(.eventsNoteDiscussion))

    @OptionGroup var library: LibraryOptions
    @Argument(help: ArgumentHelp(helpText(.taskArgumentsEvent), valueName: "EVENT"))
    var event: String
    @Option(
        help: ArgumentHelp(
            helpText(.eventsNoteAuthor), valueName: "STAFF"))
    var author: String?
    @Argument(help: ArgumentHelp(helpText(.eventsNoteText)))
    var text: String?
    @Option(help: ArgumentHelp(helpText(.eventsNoteFile), valueName: "FILE"))
    var file: String?
    @OptionGroup var lang: LanguageOption

    func validate() throws {
        if text == nil && file == nil { throw ValidationError(words.book.format(TeamText.noteTextMissing, "--file")) }
        if text != nil && file != nil { throw ValidationError(words.book.format(TeamText.noteTextTwice, "--file")) }
    }

    func run() throws {
        let today = Day.today()
        let body = try noteText(text, file: file)
        try changeLibrary(library) { data, desk in
            let place = try findPlace(self.event, in: data)
            let signer: StaffMember
            if let author = self.author {
                signer = try findStaff(author, in: data, option: "--author", today: today)
            } else if let desk, let member = data.staff.first(where: { $0.id == desk }) {
                signer = member
            } else {
                throw failure(words.book[TeamText.noteAuthorMissing])
            }
            let note = LogNote(on: today, authorID: signer.id, text: body)
            let files = try editing(file == nil ? "NOTE" : "--file") { () throws(EventEditError) in
                try data.addNote(note, at: place)
            }
            let label = placeLabel(place, in: data)
            let done = lang.words.format(.notedInOnSigned, label.id, label.name, today, signer.name)
            return (files, done)
        }
    }
}

struct EventsShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: helpText(.eventsShowAbstract),
        discussion: helpText(.eventsShowDiscussion))

    @OptionGroup var library: LibraryOptions
    @Argument(help: ArgumentHelp(helpText(.taskArgumentsEvent), valueName: "EVENT"))
    var event: String
    @OptionGroup var lang: LanguageOption

    func run() throws {
        let data = try loadLibrary(library)
        let place = try findPlace(self.event, in: data)
        let today = Day.today()
        let language = lang.language
        var lines: [String] = []
        switch place {
        case .event(let id):
            if let event = data.events.first(where: { $0.id == id }) {
                lines += MeetingText.heading(event, data: data, language: language)
                if event.kind == .meeting { lines += MeetingText.body(event, data: data, language: language) }
            }
        case .team(let id):
            if let team = data.teams.first(where: { $0.id == id }) {
                lines.append("\(team.id) \(team.name)")
                // The review day and the aims, as the outcome report says them.
                let season = data.settings.season(containing: today)
                if let report = OutcomeReport.build(data, team: team.id, season: season, today: today) {
                    lines += report.summaryLines(language)
                }
                lines.append("")
            }
        }
        lines += WorkPlaceText.lines(place, in: data, today: today, language: language)
        try emitText(lines.map { TerminalSafe.escape($0) }.joined(separator: "\n") + "\n", to: nil)
    }
}
