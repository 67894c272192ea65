/// Changes to the teams' and events' working lists, shared by the Events tab and `depot events task|note`: tasks
/// added and ticked off, notes signed into a log, readers registered for a competition. Each returns the file it
/// touched, so the caller saves exactly that.

/// Where a task or a note is kept: on an event (`events.json`) or on a team (`teams.json`).
public typealias WorkPlace = OverdueTask.Place

/// Why a task, note or reader could not be added or changed; one sentence.
public enum EventEditError: Error, Hashable, Sendable, CustomStringConvertible {
    case noSuchEvent(String)
    case noSuchTeam(String)
    case noSuchTask(place: String, number: Int, count: Int)
    case emptyText
    case notACompetition(String)
    case registrationClosed(round: String)
    case noSuchRound(number: Int)
    /// The staff member's employment ended before the day: they can no longer sign or act.
    case staffLeft(name: String, id: String, endedOn: Day)
    case noSuchStaff(String)
    case notAMeeting(String)
    /// The same staff member given twice among a meeting's attendees.
    case attendeeTwice(String)

    public var description: String {
        switch self {
        case .noSuchEvent(let id): return "there is no event \(id)"
        case .noSuchTeam(let id): return "there is no team \(id)"
        case .noSuchTask(let place, let number, let count):
            return count == 0
                ? "\(place) has no tasks" : "\(place) has no task \(number); its tasks are numbered 1 to \(count)"
        case .emptyText: return "the text is empty"
        case .notACompetition(let title): return "\(title) is not a reading-aloud competition"
        case .registrationClosed(let round):
            return "\(round) has started, so readers can no longer be registered for the first round"
        case .noSuchRound(let number): return "the competition has no round \(number)"
        case .staffLeft(let name, let id, let ended):
            return "\(name) (\(id)) left on \(ended) and can no longer sign or act"
        case .noSuchStaff(let id): return "there is no staff member \(id)"
        case .notAMeeting(let title): return "\(title) is not a meeting"
        case .attendeeTwice(let name): return "\(name) is among the attendees twice"
        }
    }
}

extension LibraryData {
    /// The file a place is kept in.
    public static func file(of place: WorkPlace) -> StoreFile {
        switch place {
        case .event: return .events
        case .team: return .teams
        }
    }

    /// The tasks kept at `place`, or nil when there is no such event or team.
    public func tasks(at place: WorkPlace) -> [EventTask]? {
        switch place {
        case .event(let id): return events.first { $0.id == id }?.tasks
        case .team(let id): return teams.first { $0.id == id }?.tasks
        }
    }

    /// The notes log kept at `place`, or nil when there is no such event or team.
    public func log(at place: WorkPlace) -> [LogNote]? {
        switch place {
        case .event(let id): return events.first { $0.id == id }?.log
        case .team(let id): return teams.first { $0.id == id }?.log
        }
    }

    /// The staff member `id`, who must still work at the library on `today` (an `endedOn` before it refuses).
    public func currentStaff(_ id: StaffMember.ID, on today: Day) throws(EventEditError) -> StaffMember {
        guard let member = staff.first(where: { $0.id == id }) else { throw .noSuchStaff(id.rawValue) }
        if let ended = member.endedOn, ended < today {
            throw .staffLeft(name: member.name, id: id.rawValue, endedOn: ended)
        }
        return member
    }

    /// Refuses `id` when given and no longer current on `today`.
    private func checkCurrent(_ id: StaffMember.ID?, on today: Day?) throws(EventEditError) {
        guard let id, let today else { return }
        _ = try currentStaff(id, on: today)
    }

    /// Adds `task` at the end of the tasks at `place`. With `today`, the owner and `by` must be current staff and
    /// the task's history starts with who added it.
    @discardableResult
    public mutating func addTask(
        _ task: EventTask, at place: WorkPlace, by: StaffMember.ID? = nil, on today: Day? = nil
    ) throws(EventEditError) -> Set<StoreFile> {
        guard !task.title.allSatisfy(\.isWhitespace) else { throw .emptyText }
        try checkCurrent(task.ownerID, on: today)
        try checkCurrent(by, on: today)
        var task = task
        if let today { task.history.append(.init(.added, on: today, by: by)) }
        try change(place) { tasks, _, _ in tasks.append(task) }
        return [Self.file(of: place)]
    }

    /// Marks task `index` (from 0) at `place` done on `day`, or open again when `day` is nil. With `today`, `by`
    /// must be current staff and the task's history says who did it.
    @discardableResult
    public mutating func setTask(
        _ index: Int, at place: WorkPlace, doneOn day: Day?, by: StaffMember.ID? = nil, on today: Day? = nil
    ) throws(EventEditError) -> Set<StoreFile> {
        try checkCurrent(by, on: today)
        try changeTask(index, at: place) { tasks in
            tasks[index].doneOn = day
            if let today { tasks[index].history.append(.init(day == nil ? .reopened : .done, on: today, by: by)) }
        }
        return [Self.file(of: place)]
    }

    /// Puts `task` in the place of task `index` (from 0) at `place`: a title, owner or due day corrected. The task
    /// keeps its history; with `today` it says who changed it.
    @discardableResult
    public mutating func replaceTask(
        _ index: Int, at place: WorkPlace, with task: EventTask, by: StaffMember.ID? = nil, on today: Day? = nil
    ) throws(EventEditError) -> Set<StoreFile> {
        guard !task.title.allSatisfy(\.isWhitespace) else { throw .emptyText }
        try checkCurrent(by, on: today)
        if let today, tasks(at: place)?.indices.contains(index) == true,
            tasks(at: place)?[index].ownerID != task.ownerID
        {
            try checkCurrent(task.ownerID, on: today)
        }
        try changeTask(index, at: place) { tasks in
            var task = task
            task.history = tasks[index].history
            if let today { task.history.append(.init(.changed, on: today, by: by)) }
            tasks[index] = task
        }
        return [Self.file(of: place)]
    }

    /// Removes task `index` (from 0) at `place`; the tasks after it move up. The task is kept among the place's
    /// removed tasks with its history, which with `today` ends with who deleted it.
    @discardableResult
    public mutating func removeTask(
        _ index: Int, at place: WorkPlace, by: StaffMember.ID? = nil, on today: Day? = nil
    ) throws(EventEditError) -> Set<StoreFile> {
        try checkCurrent(by, on: today)
        let name = placeName(place)
        try change(place) {
            (tasks: inout [EventTask], _: inout [LogNote], removed: inout [EventTask]) throws(EventEditError) in
            guard tasks.indices.contains(index) else {
                throw EventEditError.noSuchTask(place: name, number: index + 1, count: tasks.count)
            }
            var task = tasks.remove(at: index)
            if let today { task.history.append(.init(.deleted, on: today, by: by)) }
            removed.append(task)
        }
        return [Self.file(of: place)]
    }

    private mutating func changeTask(
        _ index: Int, at place: WorkPlace, _ body: (inout [EventTask]) -> Void
    ) throws(EventEditError) {
        let name = placeName(place)
        try change(place) {
            (tasks: inout [EventTask], _: inout [LogNote], _: inout [EventTask]) throws(EventEditError) in
            guard tasks.indices.contains(index) else {
                throw EventEditError.noSuchTask(place: name, number: index + 1, count: tasks.count)
            }
            body(&tasks)
        }
    }

    /// Adds a dated, signed note to the log at `place`. The text is tidied (`LogNote.tidy`) and may be several
    /// lines; its author must still work at the library on the note's day.
    @discardableResult
    public mutating func addNote(_ note: LogNote, at place: WorkPlace) throws(EventEditError) -> Set<StoreFile> {
        var note = note
        note.text = LogNote.tidy(note.text)
        guard !note.text.isEmpty else { throw .emptyText }
        try checkCurrent(note.authorID, on: note.on)
        try change(place) { _, log, _ in log.append(note) }
        return [Self.file(of: place)]
    }

    /// The event's title or the team's name, for messages.
    public func placeName(_ place: WorkPlace) -> String {
        switch place {
        case .event(let id): return events.first { $0.id == id }?.title ?? id.rawValue
        case .team(let id): return teams.first { $0.id == id }?.name ?? id.rawValue
        }
    }

    private mutating func change(
        _ place: WorkPlace,
        _ body: (inout [EventTask], inout [LogNote], inout [EventTask]) throws(EventEditError) -> Void
    ) throws(EventEditError) {
        switch place {
        case .event(let id):
            guard let index = events.firstIndex(where: { $0.id == id }) else { throw .noSuchEvent(id.rawValue) }
            var event = events[index]
            try body(&event.tasks, &event.log, &event.removedTasks)
            events[index] = event
        case .team(let id):
            guard let index = teams.firstIndex(where: { $0.id == id }) else { throw .noSuchTeam(id.rawValue) }
            var team = teams[index]
            try body(&team.tasks, &team.log, &team.removedTasks)
            teams[index] = team
        }
    }

    /// The tasks deleted at `place`, with their history.
    public func removedTasks(at place: WorkPlace) -> [EventTask]? {
        switch place {
        case .event(let id): return events.first { $0.id == id }?.removedTasks
        case .team(let id): return teams.first { $0.id == id }?.removedTasks
        }
    }

    /// E2027-01, E2027-02...: the next free number among the events of `year`.
    public func nextEventID(year: Int) -> Event.ID {
        let prefix = "E\(year)-"
        let number = String(
            NextNumber.after(
                events.compactMap { event -> Int? in
                    guard event.id.rawValue.hasPrefix(prefix) else { return nil }
                    return Int(event.id.rawValue.dropFirst(prefix.count))
                }))
        return Event.ID(prefix + String(repeating: "0", count: max(0, 2 - number.count)) + number)
    }
}

extension Competition {
    /// Registers a reader for the first round, last in its running order, and returns the reader's new id (R01,
    /// R02...). Refused once a later round has readers: the first round is then over.
    @discardableResult
    public mutating func register(
        firstName: String, className: String, school: String, schoolID: Partner.ID?, book: Reader.Book?
    ) throws(EventEditError) -> Reader.ID {
        guard !firstName.allSatisfy(\.isWhitespace), !school.allSatisfy(\.isWhitespace) else { throw .emptyText }
        padRounds()
        if let started = rounds.indices.dropFirst().first(where: { !rounds[$0].readerIDs.isEmpty }) {
            throw .registrationClosed(round: format.rounds.indices.contains(started) ? format.rounds[started].name : "")
        }
        let number = String(NextNumber.after(readers.compactMap { Int($0.id.rawValue.drop(while: { !$0.isNumber })) }))
        let id = Reader.ID("R" + String(repeating: "0", count: max(0, 2 - number.count)) + number)
        readers.append(
            Reader(id: id, firstName: firstName, className: className, school: school, schoolID: schoolID, book: book))
        if rounds.isEmpty { rounds.append(CompetitionRound()) }
        rounds[0].readerIDs.append(id)
        rounds[0].normaliseHeats()
        return id
    }
}

/// Finds a staff member as a librarian names one: by id (`S03`), by full name, or by a part of the name that only
/// one member has ("lene e"); see `NamedRecordSearch`.
public enum StaffLookup {
    public enum Failure: Error, Hashable, Sendable, CustomStringConvertible, LocalizedText {
        case none(String)
        case ambiguous(String, [String])

        /// The sentence in English; `text(in:)` says it in the language asked for.
        public var description: String { text(in: .english) }

        /// "ingen medarbejder hedder "Bo" eller har det id", with the text typed escaped and cut.
        public func text(in language: Language) -> String {
            let book = TextBook(language)
            switch self {
            case .none(let text):
                return book.format(LookupText.noStaff, TerminalSafe.quote(text))
            case .ambiguous(let text, let names):
                return book.format(
                    LookupText.ambiguousStaff, TerminalSafe.quote(text), names.count, names.joined(separator: "; "))
            }
        }
    }

    public static func find(_ text: String, in staff: [StaffMember]) -> Result<StaffMember, Failure> {
        let wanted = text.trimmingSpaces
        switch NamedRecordSearch.find(
            wanted, in: staff, id: \.id.rawValue, name: \.name, isCurrent: { $0.endedOn == nil })
        {
        case .found(let member): return .success(member)
        case .none: return .failure(.none(wanted))
        case .ambiguous(let members): return .failure(.ambiguous(wanted, members.map { "\($0.id) \($0.name)" }))
        }
    }
}
