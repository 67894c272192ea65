/// A joint event of school and public librarians, such as the reading-aloud championship.
///
/// Everything added after the first cut is optional in JSON, so older `events.json` files load unchanged.
public struct Event: Record, Hashable {
    public typealias ID = Identifier<Event>

    public enum Kind: String, Codable, CaseIterable, Sendable {
        case readingCompetition, authorVisit, bookTalk, workshop, other
        /// The team's own meeting (planning, evaluation): on the week's schedule, but not an event for children, so
        /// the outcome report counts it apart.
        case meeting
    }

    public var id: ID
    public var kind: Kind
    public var title: String
    public var startsOn: Day
    public var endsOn: Day?
    public var venue: String?
    public var teamID: PartnershipTeam.ID?
    /// Partner schools and kindergartens taking part.
    public var partnerIDs: [Partner.ID]
    public var notes: String?
    /// When it starts on `startsOn`, as people write it: "9.30".
    public var startsAt: String?
    public var expected: Attendance?
    public var actual: Attendance?
    /// What came of it, written afterwards.
    public var outcomeNotes: String?
    public var tasks: [EventTask]
    /// Tasks deleted, kept with their history so that who deleted what, and when, is not lost.
    public var removedTasks: [EventTask] = []
    /// Dated, signed notes any member can add.
    public var log: [LogNote]
    /// Rounds, readers, judges and scores, for a reading-aloud competition.
    public var competition: Competition?
    /// The agenda, attendees and minutes, for the team's meeting (`Kind.meeting`).
    public var meeting: Meeting?

    public init(
        id: ID, kind: Kind, title: String, startsOn: Day, endsOn: Day? = nil, venue: String? = nil,
        teamID: PartnershipTeam.ID? = nil, partnerIDs: [Partner.ID] = [], notes: String? = nil,
        startsAt: String? = nil, expected: Attendance? = nil, actual: Attendance? = nil, outcomeNotes: String? = nil,
        tasks: [EventTask] = [], log: [LogNote] = [], competition: Competition? = nil
    ) {
        self.id = id
        self.kind = kind
        self.title = title
        self.startsOn = startsOn
        self.endsOn = endsOn
        self.venue = venue
        self.teamID = teamID
        self.partnerIDs = partnerIDs
        self.notes = notes
        self.startsAt = startsAt
        self.expected = expected
        self.actual = actual
        self.outcomeNotes = outcomeNotes
        self.tasks = tasks
        self.log = log
        self.competition = competition
    }

    private enum CodingKeys: String, CodingKey {
        case id, kind, title, startsOn, endsOn, venue, teamID, partnerIDs, notes, startsAt, expected, actual
        case outcomeNotes, tasks, removedTasks, log, competition, meeting
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decode(ID.self, forKey: .id)
        kind = try c.decode(Kind.self, forKey: .kind)
        title = try c.decode(String.self, forKey: .title)
        startsOn = try c.decode(Day.self, forKey: .startsOn)
        endsOn = try c.decodeIfPresent(Day.self, forKey: .endsOn)
        venue = try c.decodeIfPresent(String.self, forKey: .venue)
        teamID = try c.decodeIfPresent(PartnershipTeam.ID.self, forKey: .teamID)
        partnerIDs = try c.decode([Partner.ID].self, forKey: .partnerIDs)
        notes = try c.decodeIfPresent(String.self, forKey: .notes)
        startsAt = try c.decodeIfPresent(String.self, forKey: .startsAt)
        expected = try c.decodeIfPresent(Attendance.self, forKey: .expected)
        actual = try c.decodeIfPresent(Attendance.self, forKey: .actual)
        outcomeNotes = try c.decodeIfPresent(String.self, forKey: .outcomeNotes)
        tasks = try c.decodeIfPresent([EventTask].self, forKey: .tasks) ?? []
        removedTasks = try c.decodeIfPresent([EventTask].self, forKey: .removedTasks) ?? []
        log = try c.decodeIfPresent([LogNote].self, forKey: .log) ?? []
        competition = try c.decodeIfPresent(Competition.self, forKey: .competition)
        meeting = try c.decodeIfPresent(Meeting.self, forKey: .meeting)
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(kind, forKey: .kind)
        try c.encode(title, forKey: .title)
        try c.encode(startsOn, forKey: .startsOn)
        try c.encodeIfPresent(endsOn, forKey: .endsOn)
        try c.encodeIfPresent(venue, forKey: .venue)
        try c.encodeIfPresent(teamID, forKey: .teamID)
        try c.encode(partnerIDs, forKey: .partnerIDs)
        try c.encodeIfPresent(notes, forKey: .notes)
        try c.encodeIfPresent(startsAt, forKey: .startsAt)
        try c.encodeIfPresent(expected, forKey: .expected)
        try c.encodeIfPresent(actual, forKey: .actual)
        try c.encodeIfPresent(outcomeNotes, forKey: .outcomeNotes)
        if !tasks.isEmpty { try c.encode(tasks, forKey: .tasks) }
        if !removedTasks.isEmpty { try c.encode(removedTasks, forKey: .removedTasks) }
        if !log.isEmpty { try c.encode(log, forKey: .log) }
        try c.encodeIfPresent(competition, forKey: .competition)
        try c.encodeIfPresent(meeting, forKey: .meeting)
    }
}

/// A partnership team such as SKOFO: school and public librarians with a coordinator (*tovholder*).
public struct PartnershipTeam: Record, Hashable {
    public typealias ID = Identifier<PartnershipTeam>

    /// A measurable outcome both sides agreed on, e.g. "250 pupils in the audience".
    public struct OutcomeTarget: Hashable, Codable, Sendable {
        /// What the outcome report counts for a target.
        public enum Measure: String, Codable, CaseIterable, Sendable {
            /// Different schools taking part in the season's events held.
            case schoolsTakingPart
            /// Children in the audience or reading, counted after each event.
            case childrenReached
            /// Adults in the audience.
            case adultsReached
            /// Events held in the season.
            case eventsHeld
            /// Tasks done by their due day.
            case tasksDoneOnTime
            /// The team's meetings held in the season.
            case meetingsHeld
        }

        /// What the target's number is: a count ("7 skoler"), or a percentage ("90 % af opgaverne").
        public enum Unit: String, Codable, CaseIterable, Sendable {
            case count
            /// A share in per cent: of the tasks due, for `tasksDoneOnTime`; as the team recorded it, without a
            /// measure.
            case percent
        }

        public var description: String
        public var target: Int
        /// How Depot counts it; `nil` when the team records the result itself in `achieved`.
        public var measure: Measure?
        /// The result the team recorded, for a target Depot cannot count.
        public var achieved: Int?
        public var unit: Unit

        public init(
            description: String, target: Int, measure: Measure? = nil, achieved: Int? = nil, unit: Unit = .count
        ) {
            self.description = description
            self.target = target
            self.measure = measure
            self.achieved = achieved
            self.unit = unit
        }

        /// Whether Depot can count the target in its unit: a percentage only of the tasks (the share done on
        /// time) or as the team records it; the other measures are counts.
        public var isCountable: Bool {
            unit == .count || measure == nil || measure == .tasksDoneOnTime
        }

        /// A description that starts with the target and a per cent sign ("90 % af opgaverne", "90% …").
        public static func saysPercent(_ description: String, target: Int) -> Bool {
            let number = String(target)
            guard description.hasPrefix(number) else { return false }
            return description.dropFirst(number.count).drop { $0 == " " || $0 == "\u{00A0}" }.first == "%"
        }

        private enum CodingKeys: String, CodingKey {
            case description, target, measure, achieved, unit
        }

        /// Writes `unit` only for a percentage, so files from before it load and save unchanged.
        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(description, forKey: .description)
            try container.encode(target, forKey: .target)
            try container.encodeIfPresent(measure, forKey: .measure)
            try container.encodeIfPresent(achieved, forKey: .achieved)
            if unit != .count { try container.encode(unit, forKey: .unit) }
        }

        /// Refuses a target or a result outside `Limits.outcomeTarget`.
        public init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            description = try container.decode(String.self, forKey: .description)
            target = try container.decode(Int.self, forKey: .target, within: Limits.outcomeTarget)
            measure = try container.decodeIfPresent(Measure.self, forKey: .measure)
            achieved = try container.decodeIfPresent(Int.self, forKey: .achieved, within: Limits.outcomeTarget)
            // A target written before units were kept, whose text says "90 %", is the percentage it says.
            unit =
                try container.decodeIfPresent(Unit.self, forKey: .unit)
                ?? (Self.saysPercent(description, target: target) ? .percent : .count)
        }
    }

    public var id: ID
    public var name: String
    public var memberIDs: [StaffMember.ID]
    public var coordinatorID: StaffMember.ID
    public var aims: [String]
    public var targets: [OutcomeTarget]
    /// The day the team decides whether the partnership is still worth it.
    public var reviewOn: Day?
    /// The team's own tasks (meetings, invitations), beside those of its events.
    public var tasks: [EventTask]
    /// Tasks deleted, kept with their history.
    public var removedTasks: [EventTask] = []
    /// Dated, signed notes any member can add and all can read.
    public var log: [LogNote]

    public init(
        id: ID, name: String, memberIDs: [StaffMember.ID], coordinatorID: StaffMember.ID, aims: [String] = [],
        targets: [OutcomeTarget] = [], reviewOn: Day? = nil, tasks: [EventTask] = [], log: [LogNote] = []
    ) {
        self.id = id
        self.name = name
        self.memberIDs = memberIDs
        self.coordinatorID = coordinatorID
        self.aims = aims
        self.targets = targets
        self.reviewOn = reviewOn
        self.tasks = tasks
        self.log = log
    }

    private enum CodingKeys: String, CodingKey {
        case id, name, memberIDs, coordinatorID, aims, targets, reviewOn, tasks, removedTasks, log
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decode(ID.self, forKey: .id)
        name = try c.decode(String.self, forKey: .name)
        memberIDs = try c.decode([StaffMember.ID].self, forKey: .memberIDs)
        coordinatorID = try c.decode(StaffMember.ID.self, forKey: .coordinatorID)
        aims = try c.decode([String].self, forKey: .aims)
        targets = try c.decode([OutcomeTarget].self, forKey: .targets)
        reviewOn = try c.decodeIfPresent(Day.self, forKey: .reviewOn)
        tasks = try c.decodeIfPresent([EventTask].self, forKey: .tasks) ?? []
        removedTasks = try c.decodeIfPresent([EventTask].self, forKey: .removedTasks) ?? []
        log = try c.decodeIfPresent([LogNote].self, forKey: .log) ?? []
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(name, forKey: .name)
        try c.encode(memberIDs, forKey: .memberIDs)
        try c.encode(coordinatorID, forKey: .coordinatorID)
        try c.encode(aims, forKey: .aims)
        try c.encode(targets, forKey: .targets)
        try c.encodeIfPresent(reviewOn, forKey: .reviewOn)
        if !tasks.isEmpty { try c.encode(tasks, forKey: .tasks) }
        if !removedTasks.isEmpty { try c.encode(removedTasks, forKey: .removedTasks) }
        if !log.isEmpty { try c.encode(log, forKey: .log) }
    }
}
