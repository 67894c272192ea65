/// How a reading-aloud competition is run: its rounds, what is read in each, how it is judged, how ties are broken.
///
/// The ready-made formats (`CompetitionFormat.readyMade`) are starting points; a library edits its copy freely.
public struct CompetitionFormat: Hashable, Codable, Sendable {
    /// How readers with the same total are told apart.
    public enum TieRule: String, Codable, CaseIterable, Sendable {
        /// The tied readers read an unseen text and the judges choose.
        case readOff
        /// Lots are drawn.
        case lot
    }

    public var name: String
    /// For whom, in the organisers' words: "5. klasse".
    public var grade: String?
    public var rounds: [RoundFormat]
    public var tieRule: TieRule
    /// Points off for a reading over its time limit; `nil` when overtime is noted but not penalised.
    public var overtimePenalty: OvertimePenalty?

    public init(
        name: String, grade: String? = nil, rounds: [RoundFormat], tieRule: TieRule = .readOff,
        overtimePenalty: OvertimePenalty? = nil
    ) {
        self.name = name
        self.grade = grade
        self.rounds = rounds
        self.tieRule = tieRule
        self.overtimePenalty = overtimePenalty
    }
}

/// One round of a competition format: a school heat, a semi-final or the final.
public struct RoundFormat: Hashable, Codable, Sendable {
    public enum Stage: String, Codable, CaseIterable, Sendable {
        case classHeat, schoolHeat, districtHeat, semiFinal, final
    }

    /// The round's name as the organisers write it: "Skolerunde", "Finale".
    public var name: String
    public var stage: Stage
    public var readings: [Reading]
    public var criteria: [Criterion]
    /// How many readers go on to the next round (per school when `perSchool`); `nil` in the last round.
    public var advancing: Int?
    /// The round is held at each school, and `advancing` counts per school.
    public var perSchool: Bool
    /// `advancing` counts per heat of the round (the top N of each heat), not over the whole round.
    public var perHeat: Bool

    public init(
        name: String, stage: Stage, readings: [Reading], criteria: [Criterion], advancing: Int? = nil,
        perSchool: Bool = false, perHeat: Bool = false
    ) {
        self.name = name
        self.stage = stage
        self.readings = readings
        self.criteria = criteria
        self.advancing = advancing
        self.perSchool = perSchool
        self.perHeat = perHeat
    }

    private enum CodingKeys: String, CodingKey {
        case name, stage, readings, criteria, advancing, perSchool, perHeat
    }

    /// Writes `perHeat` only when it is set, so formats without heats are written as before.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(name, forKey: .name)
        try c.encode(stage, forKey: .stage)
        try c.encode(readings, forKey: .readings)
        try c.encode(criteria, forKey: .criteria)
        try c.encodeIfPresent(advancing, forKey: .advancing)
        try c.encode(perSchool, forKey: .perSchool)
        if perHeat { try c.encode(perHeat, forKey: .perHeat) }
    }

    /// Refuses a number of readers advancing outside `Limits.advancing`.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        name = try container.decode(String.self, forKey: .name)
        stage = try container.decode(Stage.self, forKey: .stage)
        readings = try container.decode([Reading].self, forKey: .readings)
        criteria = try container.decode([Criterion].self, forKey: .criteria)
        advancing = try container.decodeIfPresent(Int.self, forKey: .advancing, within: Limits.advancing)
        perSchool = try container.decode(Bool.self, forKey: .perSchool)
        perHeat = try container.decodeIfPresent(Bool.self, forKey: .perHeat) ?? false
    }

    /// The most points one judge can give one reader.
    public var maximumPerJudge: Int { criteria.reduce(0) { $0 + $1.maxPoints } }
}

/// One text a reader reads in a round, with its time limit.
public struct Reading: Hashable, Codable, Sendable {
    public enum Kind: String, Codable, CaseIterable, Sendable {
        /// A passage the reader chose and practised.
        case prepared
        /// A text the reader sees for the first time.
        case unseen
    }

    public var kind: Kind
    /// The whole reading, book introduction included.
    public var limitSeconds: Int
    /// At most this long to introduce the book, inside `limitSeconds`.
    public var introductionSeconds: Int?

    public init(kind: Kind, limitSeconds: Int, introductionSeconds: Int? = nil) {
        self.kind = kind
        self.limitSeconds = limitSeconds
        self.introductionSeconds = introductionSeconds
    }

    private enum CodingKeys: String, CodingKey {
        case kind, limitSeconds, introductionSeconds
    }

    /// Refuses times outside `Limits.readingSeconds`.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        kind = try container.decode(Kind.self, forKey: .kind)
        limitSeconds = try container.decode(Int.self, forKey: .limitSeconds, within: Limits.readingSeconds)
        introductionSeconds = try container.decodeIfPresent(
            Int.self, forKey: .introductionSeconds, within: Limits.readingSeconds)
    }
}

/// What the judges give points for, from 0 to `maxPoints`.
public struct Criterion: Hashable, Codable, Sendable {
    /// A short stable key the scores refer to: "technique".
    public var id: String
    /// As the organisers write it: "Læseteknik".
    public var name: String
    public var maxPoints: Int

    public init(id: String, name: String, maxPoints: Int = 5) {
        self.id = id
        self.name = name
        self.maxPoints = maxPoints
    }

    private enum CodingKeys: String, CodingKey {
        case id, name, maxPoints
    }

    /// Refuses a maximum outside `Limits.points`.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        id = try container.decode(String.self, forKey: .id)
        name = try container.decode(String.self, forKey: .name)
        maxPoints = try container.decode(Int.self, forKey: .maxPoints, within: Limits.points)
    }

    /// The allowed points.
    public var range: ClosedRange<Int> { 0...max(0, maxPoints) }
}

extension CompetitionFormat {
    /// What is wrong with this format, one sentence each; empty when it can be used.
    public var problems: [String] {
        var found: [String] = []
        if name.allSatisfy(\.isWhitespace) { found.append("the format has no name") }
        if rounds.isEmpty { found.append("the format has no rounds") }
        for (index, round) in rounds.enumerated() {
            let label = "round \(index + 1) (\(round.name))"
            if round.readings.isEmpty { found.append("\(label) has no readings") }
            for reading in round.readings {
                if reading.limitSeconds <= 0 { found.append("\(label) has a reading without a time limit") }
                if let intro = reading.introductionSeconds, intro < 0 || intro >= reading.limitSeconds {
                    found.append("\(label): the book introduction must be shorter than the reading")
                }
            }
            if round.criteria.isEmpty { found.append("\(label) has no criteria") }
            if Set(round.criteria.map(\.id)).count != round.criteria.count {
                found.append("\(label) has two criteria with the same id")
            }
            for criterion in round.criteria where criterion.maxPoints <= 0 {
                found.append("\(label): \(criterion.name) must allow at least 1 point")
            }
            let isLast = index == rounds.count - 1
            if isLast, round.advancing != nil { found.append("\(label) is the last, so no one can advance from it") }
            if !isLast {
                if let advancing = round.advancing {
                    if advancing <= 0 { found.append("\(label) must let at least 1 reader advance") }
                } else {
                    found.append("\(label) does not say how many readers advance")
                }
            }
        }
        return found
    }
}
