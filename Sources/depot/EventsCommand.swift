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
        abstract: "The partnership teams' events: list them, add and tick off tasks, write notes in the log.",
        subcommands: [EventsListCommand.self, EventsTaskCommand.self, EventsNoteCommand.self],
        defaultSubcommand: EventsListCommand.self
    )
}

struct EventsListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List the events: day, kind, title, team, venue, readers and open tasks.",
        discussion: "Overdue tasks of the teams and events follow the list."
    )

    @OptionGroup var library: LibraryOptions

    @Option(help: "text (a table for the terminal) or json.")
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
            let overdue = overdueTasks(data, today)
            if !overdue.isEmpty {
                let staff = Dictionary(uniqueKeysWithValues: data.staff.map { ($0.id, $0.name) })
                let tasks = words.count(overdue.count, .nounTask)
                text += "\n" + words.format(.tasksOverdueOn, tasks, today) + "\n"
                for item in overdue {
                    let line =
                        "  \(item.task.dueOn)  \(item.task.title) (\(item.placeName)), \(staff[item.task.ownerID] ?? item.task.ownerID.rawValue), \(words.days(item.daysOverdue))"
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

extension ParsableCommand {
    /// Opens the library for writing, lets `change` alter it and saves the files it names; then, and only when the
    /// save succeeded, prints the sentence `change` returned. A refused save (read-only, changed on disk) prints why
    /// on standard error and exits with status 1.
    fileprivate func changeLibrary(
        _ options: LibraryOptions,
        _ change: @escaping (inout LibraryData) throws -> (files: Set<StoreFile>, done: String)
    ) throws {
        let folder = options.folder
        let store = try explainingErrors { try openLibrary(folder, forWriting: true) }
        defer { store.close() }
        var data = try explainingErrors { try store.load() }
        try identify(store, in: data, options, today: Day.today())
        let first = try change(&data)
        // Made again on the library as it is when another desk changed it since it was read; says its last run.
        let said = Said(first.done)
        try explainingErrors {
            _ = try store.commit(data, files: first.files, summary: first.done) { fresh in
                let again = try change(&fresh)
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

/// The staff member named by `text`: an id or a part of the name only one member has. Fails with a sentence.
private func findStaff(_ text: String, in data: LibraryData, option: String) throws -> StaffMember {
    switch StaffLookup.find(text, in: data.staff) {
    case .success(let member): return member
    case .failure(let problem): throw failure("\(option): \(spoken(problem)).")
    }
}

struct EventsTaskCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "task",
        abstract: "Add a task to an event, tick one off, or list an event's tasks.",
        subcommands: [Add.self, Done.self, List.self]
    )

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Add a task with its owner and due day to an event.",
            discussion: "The owner is a staff member's id (S03) or a part of the name only one member has.")

        @OptionGroup var library: LibraryOptions
        @Argument(help: ArgumentHelp("The event: its id (E2027-01) or a part of its title.", valueName: "EVENT"))
        var event: String
        @Option(help: "What is to be done.")
        var title: String
        @Option(help: ArgumentHelp("Who does it: an id or a name.", valueName: "STAFF"))
        var owner: String
        @Option(help: ArgumentHelp("By when: 2027-01-15, 15/1, uge 3, +2w.", valueName: "DAY"))
        var due: String
        @OptionGroup var lang: LanguageOption

        func validate() throws {
            if case .failure(let refusal) = OptionValues.day(due, option: "--due", today: Day.today()) {
                throw ValidationError(spoken(refusal) + ".")
            }
        }

        func run() throws {
            let today = Day.today()
            try changeLibrary(library) { data in
                let event = try findEvent(self.event, in: data)
                let owner = try findStaff(self.owner, in: data, option: "--owner")
                guard case .success(let due) = DayInput.parse(self.due, today: today) else {
                    throw failure(words.format(.dueIsNotADay, self.due))
                }
                let task = EventTask(title: title.trimmingCharacters(in: .whitespaces), ownerID: owner.id, dueOn: due)
                let files = try explainingErrors { try data.addTask(task, at: .event(event.id)) }
                let number = data.tasks(at: .event(event.id))?.count ?? 0
                let done = lang.words.format(.taskOfDue, number, event.id, event.title, task.title, owner.name, due)
                return (files, done)
            }
        }
    }

    struct Done: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Mark task N of an event done today (or open again with --undo).",
            discussion: "Tasks are numbered from 1 as `depot events task list EVENT` and the Events tab show them.")

        @OptionGroup var library: LibraryOptions
        @Argument(help: ArgumentHelp("The event: its id (E2027-01) or a part of its title.", valueName: "EVENT"))
        var event: String
        @Argument(help: ArgumentHelp("The task's number, from 1.", valueName: "N"))
        var number: Int
        @Flag(help: "Open the task again instead.")
        var undo = false
        @OptionGroup var lang: LanguageOption

        func validate() throws {
            if let refusal = OptionValues.number(number, option: "N", within: Limits.taskNumber) {
                throw ValidationError(spoken(refusal) + ".")
            }
        }

        func run() throws {
            let today = Day.today()
            try changeLibrary(library) { data in
                let event = try findEvent(self.event, in: data)
                let files = try explainingErrors {
                    try data.setTask(number - 1, at: .event(event.id), doneOn: undo ? nil : today)
                }
                let task = event.tasks[number - 1]
                let words = lang.words
                let done =
                    undo
                    ? words.format(.openAgain, task.title)
                    : words.format(.doneOn, today, task.title)
                return (files, done)
            }
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List an event's tasks, numbered from 1.")

        @OptionGroup var library: LibraryOptions
        @Argument(help: ArgumentHelp("The event: its id (E2027-01) or a part of its title.", valueName: "EVENT"))
        var event: String
        @OptionGroup var lang: LanguageOption

        func run() throws {
            let words = lang.words
            let data = try loadLibrary(library)
            let event = try findEvent(self.event, in: data)
            let today = Day.today()
            let staff = Dictionary(data.staff.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
            guard !event.tasks.isEmpty else {
                return print(
                    TerminalSafe.escape(
                        words.format(.hasNoTasks, event.id, event.title)
                    ))
            }
            var text = TerminalSafe.escape("\(event.id) \(event.title):") + "\n"
            for (index, task) in event.tasks.enumerated() {
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

struct EventsNoteCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "note",
        abstract: "Write a note in an event's log, signed by a staff member and dated today.")

    @OptionGroup var library: LibraryOptions
    @Argument(help: ArgumentHelp("The event: its id (E2027-01) or a part of its title.", valueName: "EVENT"))
    var event: String
    @Option(help: ArgumentHelp("Who writes it: an id or a name.", valueName: "STAFF"))
    var author: String
    @Argument(help: "The note.")
    var text: String
    @OptionGroup var lang: LanguageOption

    func run() throws {
        let today = Day.today()
        try changeLibrary(library) { data in
            let event = try findEvent(self.event, in: data)
            let author = try findStaff(self.author, in: data, option: "--author")
            let note = LogNote(on: today, authorID: author.id, text: text.trimmingCharacters(in: .whitespaces))
            let files = try explainingErrors { try data.addNote(note, at: .event(event.id)) }
            let done = lang.words.format(.notedInOnSigned, event.id, event.title, today, author.name)
            return (files, done)
        }
    }
}
