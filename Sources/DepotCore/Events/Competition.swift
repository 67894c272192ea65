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

/// What happens in one round: who reads in what order, the judges, their sheets and the decided ties.
public struct CompetitionRound: Hashable, Codable, Sendable {
    public var day: Day?
    public var venue: String?
    /// The readers in running order.
    public var readerIDs: [Reader.ID]
    public var judges: [Judge]
    public var sheets: [ScoreSheet]
    public var tieBreaks: [TieBreak]

    public init(
        day: Day? = nil, venue: String? = nil, readerIDs: [Reader.ID] = [], judges: [Judge] = [],
        sheets: [ScoreSheet] = [], tieBreaks: [TieBreak] = []
    ) {
        self.day = day
        self.venue = venue
        self.readerIDs = readerIDs
        self.judges = judges
        self.sheets = sheets
        self.tieBreaks = tieBreaks
    }

    /// The sheet of `judge`, if any score was entered.
    public func sheet(of judge: Judge.ID) -> ScoreSheet? { sheets.first { $0.judgeID == judge } }

    /// Whether any score is entered in this round.
    public var hasScores: Bool { sheets.contains { !$0.scores.isEmpty } }
}
