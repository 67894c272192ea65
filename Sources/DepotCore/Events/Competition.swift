/// A reading-aloud competition held as an event: its format, its readers and what happened in each round.
public struct Competition: Hashable, Codable, Sendable {
    public var format: CompetitionFormat
    /// Everyone who reads in any round.
    public var readers: [Reader]
    /// One per round of the format, in the same order.
    public var rounds: [CompetitionRound]
    /// The day the readers' names were replaced by anonymous labels.
    public var anonymisedOn: Day?
    /// The schools readers come from, with their classes (need not be partners).
    public var schools: [School]

    /// A competition in `format` whose first round has `readers`, in that running order.
    public init(format: CompetitionFormat, readers: [Reader] = [], rounds: [CompetitionRound]? = nil) {
        self.format = format
        self.readers = readers
        self.rounds =
            rounds
            ?? format.rounds.indices.map {
                $0 == 0 ? CompetitionRound(readerIDs: readers.map(\.id)) : CompetitionRound()
            }
        self.anonymisedOn = nil
        self.schools = []
    }

    private enum CodingKeys: String, CodingKey {
        case format, readers, rounds, anonymisedOn, schools
    }

    /// `schools` may be left out (files written before schools were records).
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        format = try container.decode(CompetitionFormat.self, forKey: .format)
        readers = try container.decode([Reader].self, forKey: .readers)
        rounds = try container.decode([CompetitionRound].self, forKey: .rounds)
        anonymisedOn = try container.decodeIfPresent(Day.self, forKey: .anonymisedOn)
        schools = try container.decodeIfPresent([School].self, forKey: .schools) ?? []
    }

    /// The reader with `id`.
    public func reader(_ id: Reader.ID) -> Reader? { readers.first { $0.id == id } }

    /// The state of round `index` (an index into `format.rounds`); empty when nothing is recorded yet.
    public func round(_ index: Int) -> CompetitionRound {
        rounds.indices.contains(index) ? rounds[index] : CompetitionRound()
    }

    /// The index of the last round that has readers (the round the competition is in).
    public var currentRound: Int? { rounds.lastIndex { !$0.readerIDs.isEmpty } }

    /// The day of the last round, which the retention period counts from.
    public func finalDay(eventDay: Day) -> Day {
        rounds.compactMap(\.day).max().map { max($0, eventDay) } ?? eventDay
    }

    /// Makes sure `rounds` has an entry for every round of the format.
    mutating func padRounds() {
        while rounds.count < format.rounds.count { rounds.append(CompetitionRound()) }
    }
}

/// What happens in one round: who reads in what order, the judges, their sheets and the decided ties; and, when the
/// round is held as several heats, which readers and judges belong to each.
public struct CompetitionRound: Hashable, Codable, Sendable {
    public var day: Day?
    public var venue: String?
    /// The readers in running order (with heats: the heats' running orders one after the other).
    public var readerIDs: [Reader.ID]
    /// Every judge of the round, in all its heats.
    public var judges: [Judge]
    public var sheets: [ScoreSheet]
    public var tieBreaks: [TieBreak]
    /// The round's heats; empty when the round is held as one (the round is then its one heat).
    public var heats: [Heat]
    /// The seed the running order was drawn from (`depot competition draw`), when Depot drew it.
    public var drawSeed: UInt64?
    /// Readings that ran over their time limit.
    public var overtimes: [Overtime]

    public init(
        day: Day? = nil, venue: String? = nil, readerIDs: [Reader.ID] = [], judges: [Judge] = [],
        sheets: [ScoreSheet] = [], tieBreaks: [TieBreak] = [], heats: [Heat] = []
    ) {
        self.day = day
        self.venue = venue
        self.readerIDs = readerIDs
        self.judges = judges
        self.sheets = sheets
        self.tieBreaks = tieBreaks
        self.heats = heats
        self.drawSeed = nil
        self.overtimes = []
        normaliseHeats()
    }

    private enum CodingKeys: String, CodingKey {
        case day, venue, readerIDs, judges, sheets, tieBreaks, heats, drawSeed, overtimes
    }

    /// `heats`, `drawSeed` and `overtimes` may be left out (files written before them): the round is its one heat.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        day = try c.decodeIfPresent(Day.self, forKey: .day)
        venue = try c.decodeIfPresent(String.self, forKey: .venue)
        readerIDs = try c.decode([Reader.ID].self, forKey: .readerIDs)
        judges = try c.decode([Judge].self, forKey: .judges)
        sheets = try c.decode([ScoreSheet].self, forKey: .sheets)
        tieBreaks = try c.decode([TieBreak].self, forKey: .tieBreaks)
        heats = try c.decodeIfPresent([Heat].self, forKey: .heats) ?? []
        drawSeed = try c.decodeIfPresent(UInt64.self, forKey: .drawSeed)
        overtimes = try c.decodeIfPresent([Overtime].self, forKey: .overtimes) ?? []
        normaliseHeats()
    }

    /// Writes `heats`, `drawSeed` and `overtimes` only when there are any, so a round without them is written as before.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encodeIfPresent(day, forKey: .day)
        try c.encodeIfPresent(venue, forKey: .venue)
        try c.encode(readerIDs, forKey: .readerIDs)
        try c.encode(judges, forKey: .judges)
        try c.encode(sheets, forKey: .sheets)
        try c.encode(tieBreaks, forKey: .tieBreaks)
        if !heats.isEmpty { try c.encode(heats, forKey: .heats) }
        try c.encodeIfPresent(drawSeed, forKey: .drawSeed)
        if !overtimes.isEmpty { try c.encode(overtimes, forKey: .overtimes) }
    }

    /// The sheet of `judge`, if any score was entered.
    public func sheet(of judge: Judge.ID) -> ScoreSheet? { sheets.first { $0.judgeID == judge } }

    /// Whether any score is entered in this round.
    public var hasScores: Bool { sheets.contains { !$0.scores.isEmpty } }
}
