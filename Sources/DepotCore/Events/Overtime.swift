import Foundation

/// How a format penalises a reading that runs over its time limit: `points` off the reader's score for every started
/// `perSeconds` over (1 point per started 30 seconds: 1 second to 30 over costs 1 point, 31 to 60 costs 2).
public struct OvertimePenalty: Hashable, Codable, Sendable {
    public var points: Int
    public var perSeconds: Int

    public init(points: Int, perSeconds: Int) {
        self.points = points
        self.perSeconds = perSeconds
    }

    private enum CodingKeys: String, CodingKey {
        case points, perSeconds
    }

    /// Refuses points outside `Limits.points` and a period outside `Limits.readingSeconds`.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        points = try container.decode(Int.self, forKey: .points, within: Limits.points)
        perSeconds = try container.decode(Int.self, forKey: .perSeconds, within: Limits.readingSeconds)
    }

    /// The points off for a reading `seconds` over its limit.
    public func points(forSecondsOver seconds: Int) -> Int {
        guard seconds > 0, perSeconds > 0 else { return 0 }
        return points * ((seconds + perSeconds - 1) / perSeconds)
    }
}

/// A reading that ran over its time limit, as the timekeeper noted it.
public struct Overtime: Hashable, Codable, Sendable {
    public var readerID: Reader.ID
    /// The reading of the round (an index into the round format's readings).
    public var reading: Int
    /// How far over the limit.
    public var seconds: Int
    public var by: StaffMember.ID?
    public var on: Day

    public init(readerID: Reader.ID, reading: Int, seconds: Int, by: StaffMember.ID?, on: Day) {
        self.readerID = readerID
        self.reading = reading
        self.seconds = seconds
        self.by = by
        self.on = on
    }

    private enum CodingKeys: String, CodingKey {
        case readerID, reading, seconds, by, on
    }

    /// Refuses times outside `Limits.readingSeconds`.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        readerID = try container.decode(Reader.ID.self, forKey: .readerID)
        reading = try container.decode(Int.self, forKey: .reading, within: NumberLimit(0...99))
        seconds = try container.decode(Int.self, forKey: .seconds, within: Limits.readingSeconds)
        by = try container.decodeIfPresent(StaffMember.ID.self, forKey: .by)
        on = try container.decode(Day.self, forKey: .on)
    }
}

/// Why overtime could not be recorded.
public enum OvertimeError: Error, Hashable, Sendable {
    case unknownRound(number: Int)
    case unknownReading(number: Int, count: Int)
    case readerNotInRound(reader: String, round: String)
    case negative
}

extension Competition {
    /// Records that `reader`'s reading `reading` (from 0) in round `round` ran `seconds` over its limit; 0 takes a
    /// record back. A second record for the same reading replaces the first.
    public mutating func recordOvertime(
        reader: Reader.ID, reading: Int, seconds: Int, round: Int, by staff: StaffMember.ID?, on day: Day
    ) throws(OvertimeError) {
        guard format.rounds.indices.contains(round) else { throw .unknownRound(number: round + 1) }
        let roundFormat = format.rounds[round]
        guard roundFormat.readings.indices.contains(reading) else {
            throw .unknownReading(number: reading + 1, count: roundFormat.readings.count)
        }
        guard Limits.readingSeconds.range.contains(seconds) else { throw .negative }
        padRounds()
        guard rounds[round].readerIDs.contains(reader) else {
            throw .readerNotInRound(reader: self.reader(reader)?.label ?? reader.rawValue, round: roundFormat.name)
        }
        rounds[round].overtimes.removeAll { $0.readerID == reader && $0.reading == reading }
        if seconds > 0 {
            rounds[round].overtimes.append(
                Overtime(readerID: reader, reading: reading, seconds: seconds, by: staff, on: day))
        }
    }

    /// The overtime recorded for `reader` in round `round`, by reading.
    public func overtimes(of reader: Reader.ID, round: Int) -> [Overtime] {
        self.round(round).overtimes.filter { $0.readerID == reader }.sorted { $0.reading < $1.reading }
    }
}
