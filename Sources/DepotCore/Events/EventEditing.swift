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

    /// Adds `task` at the end of the tasks at `place`.
    @discardableResult
    public mutating func addTask(_ task: EventTask, at place: WorkPlace) throws(EventEditError) -> Set<StoreFile> {
        guard !task.title.allSatisfy(\.isWhitespace) else { throw .emptyText }
        try change(place) { tasks, _ in tasks.append(task) }
        return [Self.file(of: place)]
    }

    /// Marks task `index` (from 0) at `place` done on `day`, or open again when `day` is nil.
    @discardableResult
    public mutating func setTask(_ index: Int, at place: WorkPlace, doneOn day: Day?) throws(EventEditError)
        -> Set<StoreFile>
    {
        let name = placeName(place)
        try change(place) { (tasks: inout [EventTask], _: inout [LogNote]) throws(EventEditError) in
            guard tasks.indices.contains(index) else {
                throw EventEditError.noSuchTask(place: name, number: index + 1, count: tasks.count)
            }
            tasks[index].doneOn = day
        }
        return [Self.file(of: place)]
    }

    /// Puts `task` in the place of task `index` (from 0) at `place`: a title, owner or due day corrected.
    @discardableResult
    public mutating func replaceTask(_ index: Int, at place: WorkPlace, with task: EventTask) throws(EventEditError)
        -> Set<StoreFile>
    {
        guard !task.title.allSatisfy(\.isWhitespace) else { throw .emptyText }
        try changeTask(index, at: place) { $0[index] = task }
        return [Self.file(of: place)]
    }

    /// Removes task `index` (from 0) at `place`; the tasks after it move up.
    @discardableResult
    public mutating func removeTask(_ index: Int, at place: WorkPlace) throws(EventEditError) -> Set<StoreFile> {
        try changeTask(index, at: place) { $0.remove(at: index) }
        return [Self.file(of: place)]
    }

    private mutating func changeTask(
        _ index: Int, at place: WorkPlace, _ body: (inout [EventTask]) -> Void
    ) throws(EventEditError) {
        let name = placeName(place)
        try change(place) { (tasks: inout [EventTask], _: inout [LogNote]) throws(EventEditError) in
            guard tasks.indices.contains(index) else {
                throw EventEditError.noSuchTask(place: name, number: index + 1, count: tasks.count)
            }
            body(&tasks)
        }
    }

    /// Adds a dated, signed note to the log at `place`.
    @discardableResult
    public mutating func addNote(_ note: LogNote, at place: WorkPlace) throws(EventEditError) -> Set<StoreFile> {
        guard !note.text.allSatisfy(\.isWhitespace) else { throw .emptyText }
        try change(place) { _, log in log.append(note) }
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
        _ place: WorkPlace, _ body: (inout [EventTask], inout [LogNote]) throws(EventEditError) -> Void
    ) throws(EventEditError) {
        switch place {
        case .event(let id):
            guard let index = events.firstIndex(where: { $0.id == id }) else { throw .noSuchEvent(id.rawValue) }
            var event = events[index]
            try body(&event.tasks, &event.log)
            events[index] = event
        case .team(let id):
            guard let index = teams.firstIndex(where: { $0.id == id }) else { throw .noSuchTeam(id.rawValue) }
            var team = teams[index]
            try body(&team.tasks, &team.log)
            teams[index] = team
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
    public enum Failure: Error, Hashable, Sendable, CustomStringConvertible {
        case none(String)
        case ambiguous(String, [String])

        public var description: String {
            switch self {
            case .none(let text): return "no staff member is called \"\(text)\" or has that id"
            case .ambiguous(let text, let names):
                return "\"\(text)\" matches \(names.count) staff members (\(names.joined(separator: "; "))); "
                    + "give more of the name, or the id"
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
