/// What a partnership team achieved in a season, against the targets both sides agreed.
public struct OutcomeReport: Hashable, Sendable {
    /// One of the team's events in the season.
    public struct EventLine: Hashable, Sendable {
        public var id: Event.ID
        public var title: String
        public var kind: Event.Kind
        public var day: Day
        /// On or before the report's day.
        public var isHeld: Bool
        public var expected: Attendance?
        public var actual: Attendance?
        /// Schools taking part: partner schools and the readers' schools.
        public var schools: [String]
        /// What came of it, as the team wrote it afterwards.
        public var outcomeNotes: String?
    }

    /// How a target stands.
    public enum Verdict: Hashable, Sendable {
        case met
        /// Not reached, while there is still time: before the review day (or the season's end, without one).
        case notYet
        /// Not reached, and the review day (or the season) has passed.
        case notMet
        /// Neither Depot nor the team counted it.
        case notCounted
    }

    /// A target with what was achieved.
    public struct TargetLine: Hashable, Sendable {
        public var description: String
        public var target: Int
        /// `nil` when neither Depot nor the team counted it.
        public var achieved: Int?
        /// Whether `target` and `achieved` are counts or percentages.
        public var unit: PartnershipTeam.OutcomeTarget.Unit = .count

        /// Whether the target is reached, when it was counted.
        public var isMet: Bool? { achieved.map { $0 >= target } }
    }

    public var teamID: PartnershipTeam.ID
    public var teamName: String
    /// The aims both sides agreed on.
    public var aims: [String] = []
    /// The day the team decides whether the partnership is still worth it.
    public var reviewOn: Day?
    public var season: Season
    public var today: Day
    /// The events for children and adults; the team's own meetings are counted apart.
    public var events: [EventLine]
    public var eventsHeld: Int
    /// The team's meetings (`Event.Kind.meeting`) held in the season.
    public var meetingsHeld: Int
    /// Different schools taking part in the events held, sorted.
    public var schoolsReached: [String]
    /// Children counted at the events held.
    public var childrenReached: Int
    public var adultsReached: Int
    /// Events held that have no count of who came.
    public var eventsWithoutCount: Int
    public var targets: [TargetLine]
    /// Tasks of the team and its events due in the season.
    public var tasksDue: Int
    public var tasksDoneOnTime: Int
    public var tasksDoneLate: Int
    public var tasksOverdue: Int

    /// The report for `team` in `season`, as of `today`.
    public static func build(
        _ data: LibraryData, team: PartnershipTeam.ID, season: Season, today: Day
    ) -> OutcomeReport? {
        guard let record = data.teams.first(where: { $0.id == team }) else { return nil }
        let partners = Dictionary(uniqueKeysWithValues: data.partners.map { ($0.id, $0) })
        let events = data.events.filter { $0.teamID == team && season.contains($0.startsOn) }
            .sorted { ($0.startsOn, $0.id) < ($1.startsOn, $1.id) }
        let meetingsHeld = events.filter { $0.kind == .meeting && ($0.endsOn ?? $0.startsOn) <= today }.count
        let lines = events.filter { $0.kind != .meeting }.map { event in
            var schools = Set(event.partnerIDs.compactMap { partners[$0] }.filter { $0.kind == .school }.map(\.name))
            for reader in event.competition?.readers ?? [] { schools.insert(reader.school) }
            return EventLine(
                id: event.id, title: event.title, kind: event.kind, day: event.startsOn,
                isHeld: (event.endsOn ?? event.startsOn) <= today, expected: event.expected, actual: event.actual,
                schools: schools.sorted { $0.compare(numericallyTo: $1) },
                outcomeNotes: event.outcomeNotes.flatMap { $0.allSatisfy(\.isWhitespace) ? nil : $0 })
        }
        let held = lines.filter(\.isHeld)
        let schools = Set(held.flatMap(\.schools)).sorted { $0.compare(numericallyTo: $1) }
        let children = held.reduce(0) { $0 + ($1.actual?.children ?? 0) }
        let adults = held.reduce(0) { $0 + ($1.actual?.adults ?? 0) }
        let tasks = (record.tasks + events.flatMap(\.tasks)).filter { season.contains($0.dueOn) }
        let onTime = tasks.filter(\.isDoneOnTime).count
        let late = tasks.filter { $0.isDone && !$0.isDoneOnTime }.count
        let overdue = tasks.filter { $0.isOverdue(on: today) }.count
        let targets = record.targets.map { target -> TargetLine in
            var counted: Int?
            switch target.measure {
            case .schoolsTakingPart: counted = schools.count
            case .childrenReached: counted = children
            case .adultsReached: counted = adults
            case .eventsHeld: counted = held.count
            case .tasksDoneOnTime:
                // A percentage of the tasks is the share of the season's tasks done on time, rounded down, so that
                // 89.6 % does not pass for 90 %.
                counted = target.unit == .percent ? (tasks.isEmpty ? nil : onTime * 100 / tasks.count) : onTime
            case .meetingsHeld: counted = meetingsHeld
            case nil: counted = target.achieved
            }
            if !target.isCountable { counted = nil }
            return TargetLine(
                description: target.description, target: target.target, achieved: counted, unit: target.unit)
        }
        return OutcomeReport(
            teamID: record.id, teamName: record.name, aims: record.aims, reviewOn: record.reviewOn, season: season,
            today: today, events: lines,
            eventsHeld: held.count, meetingsHeld: meetingsHeld, schoolsReached: schools, childrenReached: children,
            adultsReached: adults,
            eventsWithoutCount: held.filter { $0.actual == nil }.count, targets: targets, tasksDue: tasks.count,
            tasksDoneOnTime: onTime, tasksDoneLate: late, tasksOverdue: overdue)
    }

    /// How `target` stands on the report's day: a target not reached is "not yet" until the review day has passed
    /// (the season's last day, when the team has none), then "not met".
    public func verdict(_ target: TargetLine) -> Verdict {
        guard let met = target.isMet else { return .notCounted }
        if met { return .met }
        return today > min(reviewOn ?? season.lastDay, season.lastDay) ? .notMet : .notYet
    }
}
