/// The points one judge gave one reader for one criterion.
public struct Score: Hashable, Codable, Sendable {
    public var readerID: Reader.ID
    public var criterionID: String
    public var points: Int

    public init(readerID: Reader.ID, criterionID: String, points: Int) {
        self.readerID = readerID
        self.criterionID = criterionID
        self.points = points
    }

    private enum CodingKeys: String, CodingKey {
        case readerID, criterionID, points
    }

    /// Refuses points outside `Limits.points`, so that totals cannot overflow.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        readerID = try container.decode(Reader.ID.self, forKey: .readerID)
        criterionID = try container.decode(String.self, forKey: .criterionID)
        points = try container.decode(Int.self, forKey: .points, within: Limits.points)
    }
}

/// A change to a score already entered: who changed it, when, and from what to what. The judge is the one whose
/// sheet keeps the correction; `by` is the staff member who typed it, when known.
public struct ScoreCorrection: Hashable, Codable, Sendable {
    public var readerID: Reader.ID
    public var criterionID: String
    public var oldPoints: Int
    /// `nil` when the score was cleared.
    public var newPoints: Int?
    public var by: StaffMember.ID?
    public var on: Day

    public init(
        readerID: Reader.ID, criterionID: String, oldPoints: Int, newPoints: Int?, by: StaffMember.ID?, on: Day
    ) {
        self.readerID = readerID
        self.criterionID = criterionID
        self.oldPoints = oldPoints
        self.newPoints = newPoints
        self.by = by
        self.on = on
    }

    private enum CodingKeys: String, CodingKey {
        case readerID, criterionID, oldPoints, newPoints, by, on
    }

    /// Refuses points outside `Limits.points`.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        readerID = try container.decode(Reader.ID.self, forKey: .readerID)
        criterionID = try container.decode(String.self, forKey: .criterionID)
        oldPoints = try container.decode(Int.self, forKey: .oldPoints, within: Limits.points)
        newPoints = try container.decodeIfPresent(Int.self, forKey: .newPoints, within: Limits.points)
        by = try container.decodeIfPresent(StaffMember.ID.self, forKey: .by)
        on = try container.decode(Day.self, forKey: .on)
    }
}

/// One judge's score sheet in one round, with the log of its corrections.
public struct ScoreSheet: Hashable, Codable, Sendable {
    public var judgeID: Judge.ID
    public var scores: [Score]
    public var corrections: [ScoreCorrection]

    public init(judgeID: Judge.ID, scores: [Score] = [], corrections: [ScoreCorrection] = []) {
        self.judgeID = judgeID
        self.scores = scores
        self.corrections = corrections
    }

    /// The points for a reader and a criterion, if entered.
    public func points(reader: Reader.ID, criterion: String) -> Int? {
        scores.first { $0.readerID == reader && $0.criterionID == criterion }?.points
    }
}

/// How a tie was decided: the tied readers in their final order, best first.
public struct TieBreak: Hashable, Codable, Sendable {
    public var readerIDs: [Reader.ID]
    public var method: CompetitionFormat.TieRule
    public var on: Day

    public init(readerIDs: [Reader.ID], method: CompetitionFormat.TieRule, on: Day) {
        self.readerIDs = readerIDs
        self.method = method
        self.on = on
    }
}
