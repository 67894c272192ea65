/// Why readers could not go on to the next round, or a tie could not be recorded.
public enum AdvanceError: Error, Hashable, Sendable, CustomStringConvertible {
    case unknownRound(number: Int)
    case lastRound(round: String)
    case scoresMissing(round: String, readers: [String])
    case tieAtCutoff(round: String, readers: [String])
    case nextRoundStarted(round: String)
    case notATie(readers: [String])

    public var description: String { message(in: .english) }

    /// The sentence in Danish or English.
    public func message(in language: Language) -> String {
        let book = TextBook(language)
        switch self {
        case .unknownRound(let number): return book.format(CompetitionRefusalText.noSuchRound, number)
        case .lastRound(let round): return book.format(CompetitionRefusalText.lastRound, round)
        case .scoresMissing(let round, let readers):
            return book.format(CompetitionRefusalText.scoresMissing, round, readers.joined(separator: ", "))
        case .tieAtCutoff(let round, let readers):
            return book.format(CompetitionRefusalText.tieAtCut, round, readers.joined(separator: ", "))
        case .nextRoundStarted(let round): return book.format(CompetitionRefusalText.nextRoundScored, round)
        case .notATie(let readers): return book.format(CompetitionRefusalText.notATie, readers.joined(separator: ", "))
        }
    }
}

extension Competition {
    /// The readers who would advance from round `round`: the top `advancing` (per school when the round is held
    /// at each school), in the round's running order. Fails while scores are missing or a tie straddles the cut.
    public func advancers(round: Int) throws(AdvanceError) -> [Reader.ID] {
        guard format.rounds.indices.contains(round) else { throw .unknownRound(number: round + 1) }
        let roundFormat = format.rounds[round]
        guard let count = roundFormat.advancing, round + 1 < format.rounds.count else {
            throw .lastRound(round: roundFormat.name)
        }
        let ranking = ranking(round: round)
        let missing = ranking.filter { !$0.isComplete }.map { reader($0.readerID)?.label ?? $0.readerID.rawValue }
        guard missing.isEmpty else { throw .scoresMissing(round: roundFormat.name, readers: missing) }
        var chosen = Set<Reader.ID>()
        for entry in ranking where entry.place <= count {
            if case .readOffNeeded(let others) = entry.tie {
                if entry.place + others.count > count {
                    let names = ([entry.readerID] + others).map { reader($0)?.label ?? $0.rawValue }
                    throw .tieAtCutoff(round: roundFormat.name, readers: names)
                }
            }
            chosen.insert(entry.readerID)
        }
        return self.round(round).readerIDs.filter { chosen.contains($0) }
    }

    /// Moves the top readers of round `round` into the next round, in running order, and returns them. The next
    /// round must not have scores yet; its judges, day and venue stay.
    @discardableResult
    public mutating func advance(round: Int) throws(AdvanceError) -> [Reader.ID] {
        let chosen = try advancers(round: round)
        padRounds()
        guard !rounds[round + 1].hasScores else { throw .nextRoundStarted(round: format.rounds[round + 1].name) }
        rounds[round + 1].readerIDs = chosen
        rounds[round + 1].tieBreaks = []
        // A next round held as heats takes them all in its first heat.
        for index in rounds[round + 1].heats.indices {
            rounds[round + 1].heats[index].readerIDs = index == 0 ? chosen : []
        }
        return chosen
    }
}
