import Foundation

/// A reader's points in a round from the judges present, less the points taken off for overtime. While every judge
/// of the round is present the score is the sum of their sheets (as it always was); once a judge is absent it is the
/// average over the judges present, so that readers judged by fewer judges are not behind.
public struct ReaderScore: Hashable, Sendable {
    /// Every criterion from every judge present on the reader's jury.
    public var points: Int
    /// How many judges present judged the reader.
    public var judges: Int
    /// Points off for overtime.
    public var penalty: Int
    /// The score is the average over the judges present (a judge of the round is absent).
    public var averaged: Bool

    public init(points: Int, judges: Int, penalty: Int = 0, averaged: Bool = false) {
        self.points = points
        self.judges = judges
        self.penalty = penalty
        self.averaged = averaged
    }

    /// The score as a fraction, so that averages compare exactly.
    var fraction: (numerator: Int, denominator: Int) {
        guard averaged, judges > 0 else { return (points - penalty, 1) }
        return (points - penalty * judges, judges)
    }

    /// The score as a number, for JSON and for showing it.
    public var value: Double { Double(fraction.numerator) / Double(fraction.denominator) }

    /// Whether this score is higher than `other`.
    public func beats(_ other: ReaderScore) -> Bool {
        fraction.numerator * other.fraction.denominator > other.fraction.numerator * fraction.denominator
    }

    /// Whether this score equals `other` (a tie).
    public func ties(_ other: ReaderScore) -> Bool {
        fraction.numerator * other.fraction.denominator == other.fraction.numerator * fraction.denominator
    }

    /// "38", or an average with two decimals: "12,67" / "12.67".
    public func text(in language: Language) -> String {
        averaged
            ? NumberText.decimal(value, fractionDigits: 2, in: language) : NumberText.whole(Int(value), in: language)
    }
}

/// A reader's place in a round: the score from the judges present and whether a tie still has to be decided.
public struct RankedReader: Hashable, Sendable {
    /// Where a reader stands with respect to ties.
    public enum Tie: Hashable, Sendable {
        /// No one else has the same score.
        case none
        /// Tied with `with` across the cut (the last place that advances, or the winner of the last round), and not
        /// decided yet: a read-off (or the lot) is needed.
        case readOffNeeded(with: [Reader.ID])
        /// Tied with `with` where it decides nothing: they share the place ("delt 5. plads").
        case shared(with: [Reader.ID])
        /// Tied, and decided by `method`.
        case decided(CompetitionFormat.TieRule)
    }

    public var readerID: Reader.ID
    /// What the reader is ranked within when the round is not ranked as one: the school (or the heat), else `nil`.
    public var group: String?
    /// The points of the judges present less any penalty: the score while no judge is absent.
    public var total: Int
    public var score: ReaderScore
    /// 1 for the best; tied readers share a place until the tie is decided.
    public var place: Int
    /// Every judge present has entered every criterion for this reader.
    public var isComplete: Bool
    public var tie: Tie

    public var needsReadOff: Bool {
        if case .readOffNeeded = tie { return true }
        return false
    }

    /// Tied where it decides nothing, so the place is shared.
    public var sharesPlace: Bool {
        if case .shared = tie { return true }
        return false
    }
}

extension Competition {
    /// The judges of round `round` who judge `reader`: the jury of the reader's heat, or the round's judges when
    /// the round has no heats; present or not.
    public func jury(of reader: Reader.ID, round: Int) -> [Judge] {
        let state = self.round(round)
        guard !state.heats.isEmpty else { return state.judges }
        let ids = state.heat(of: reader)?.judgeIDs ?? []
        return state.judges.filter { ids.contains($0.id) }
    }

    /// The readers `judge` judges in round `round`, in running order: those of the judge's heats.
    public func readers(judgedBy judge: Judge.ID, round: Int) -> [Reader.ID] {
        let state = self.round(round)
        guard !state.heats.isEmpty else { return state.readerIDs }
        return state.heats.filter { $0.judgeIDs.contains(judge) }.flatMap(\.readerIDs)
    }

    /// Whether scores in round `round` are averaged over the judges present: some judge of the round is absent, or
    /// its heats' juries are not the same size (sums of juries of different sizes cannot be compared).
    public func isAveraged(round: Int) -> Bool {
        let state = self.round(round)
        if state.judges.contains(where: \.isAbsent) { return true }
        return Set(state.heats.map(\.judgeIDs.count)).count > 1
    }

    /// The judges of round `round` who are absent.
    public func absentJudges(round: Int) -> [Judge] { self.round(round).judges.filter(\.isAbsent) }

    /// The reader's score in round `round`: the sheets of the judges present on the reader's jury.
    public func score(of reader: Reader.ID, round: Int) -> ReaderScore {
        let state = self.round(round)
        let present = jury(of: reader, round: round).filter { !$0.isAbsent }
        let ids = Set(present.map(\.id))
        let points = state.sheets.filter { ids.contains($0.judgeID) }.reduce(0) { sum, sheet in
            sum + sheet.scores.filter { $0.readerID == reader }.reduce(0) { $0 + $1.points }
        }
        return ReaderScore(
            points: points, judges: present.count, penalty: penalty(of: reader, round: round),
            averaged: isAveraged(round: round))
    }

    /// The reader's total in round `round`: every criterion from every judge present, less any penalty.
    public func total(of reader: Reader.ID, round: Int) -> Int {
        let score = score(of: reader, round: round)
        return score.points - score.penalty
    }

    /// Points off `reader`'s score in round `round` for readings over their time limit, by the format's rule.
    public func penalty(of reader: Reader.ID, round: Int) -> Int {
        guard let rule = format.overtimePenalty else { return 0 }
        return overtimes(of: reader, round: round).reduce(0) { $0 + rule.points(forSecondsOver: $1.seconds) }
    }

    /// Whether every judge present on the reader's jury in round `round` has entered every criterion.
    public func isComplete(_ reader: Reader.ID, round: Int) -> Bool {
        guard format.rounds.indices.contains(round) else { return false }
        let state = self.round(round)
        let present = jury(of: reader, round: round).filter { !$0.isAbsent }
        guard !present.isEmpty else { return false }
        let criteria = format.rounds[round].criteria
        return present.allSatisfy { judge in
            guard let sheet = state.sheet(of: judge.id) else { return false }
            return criteria.allSatisfy { sheet.points(reader: reader, criterion: $0.id) != nil }
        }
    }

    /// The last place that counts in round `round`: the last that advances, or the winner in the last round.
    public func cut(round: Int) -> Int {
        guard format.rounds.indices.contains(round), round + 1 < format.rounds.count,
            let advancing = format.rounds[round].advancing
        else { return 1 }
        return advancing
    }

    /// What a reader is ranked within in round `round`: the heat when advancing counts per heat, the school when the
    /// round is held at each school (both: "Heat 1 · Rønde Skole"), else the whole round (`nil`).
    func group(of reader: Reader.ID, round: Int) -> String? {
        var parts: [String] = []
        if format.rounds[round].perHeat, let heat = self.round(round).heat(of: reader) { parts.append(heat.name) }
        if format.rounds[round].perSchool { parts.append(self.reader(reader)?.school ?? "") }
        return parts.isEmpty ? nil : parts.joined(separator: " · ")
    }

    /// The readers of round `round` best first, by score across the judges present; per school when the round is
    /// held at each school, per heat when the format says so. Withdrawn readers are left out. Equal scores share a place; once the tied readers are
    /// fully scored, a tie across the cut (see `cut(round:)`) needs a read-off unless a recorded `TieBreak` orders
    /// them, and any other tie is a shared place.
    public func ranking(round: Int) -> [RankedReader] {
        guard format.rounds.indices.contains(round) else { return [] }
        let state = self.round(round)
        var groups: [String?: [Reader.ID]] = [:]
        var groupOrder: [String?] = []
        for id in state.readerIDs where reader(id)?.isWithdrawn != true {
            let key = group(of: id, round: round)
            if groups[key] == nil { groupOrder.append(key) }
            groups[key, default: []].append(id)
        }
        var ranked: [RankedReader] = []
        for key in groupOrder {
            ranked += rank(groups[key]!, group: key, round: round, state: state)
        }
        return ranked
    }

    private func rank(_ ids: [Reader.ID], group: String?, round: Int, state: CompetitionRound) -> [RankedReader] {
        let position = Dictionary(uniqueKeysWithValues: ids.enumerated().map { ($1, $0) })
        let scores = Dictionary(uniqueKeysWithValues: ids.map { ($0, score(of: $0, round: round)) })
        let sorted = ids.sorted {
            scores[$0]!.ties(scores[$1]!) ? position[$0]! < position[$1]! : scores[$0]!.beats(scores[$1]!)
        }
        let cut = cut(round: round)
        func entry(_ id: Reader.ID, place: Int, complete: Bool, tie: RankedReader.Tie) -> RankedReader {
            let score = scores[id]!
            return RankedReader(
                readerID: id, group: group, total: score.points - score.penalty, score: score, place: place,
                isComplete: complete, tie: tie)
        }
        var result: [RankedReader] = []
        var index = 0
        while index < sorted.count {
            var end = index + 1
            while end < sorted.count, scores[sorted[end]]!.ties(scores[sorted[index]]!) { end += 1 }
            var tied = Array(sorted[index..<end])
            let complete = tied.allSatisfy { isComplete($0, round: round) }
            if tied.count == 1 || !complete {
                for id in tied {
                    result.append(entry(id, place: index + 1, complete: isComplete(id, round: round), tie: .none))
                }
            } else if let decision = state.tieBreaks.last(where: { Set(tied).isSubset(of: Set($0.readerIDs)) }) {
                let order = Dictionary(uniqueKeysWithValues: decision.readerIDs.enumerated().map { ($1, $0) })
                tied.sort { order[$0]! < order[$1]! }
                for (offset, id) in tied.enumerated() {
                    result.append(entry(id, place: index + 1 + offset, complete: true, tie: .decided(decision.method)))
                }
            } else {
                // The tied readers hold places index + 1 ... end; the tie matters only when the cut falls inside.
                let crossesCut = index + 1 <= cut && end > cut
                for id in tied {
                    let others = tied.filter { $0 != id }
                    result.append(
                        entry(
                            id, place: index + 1, complete: true,
                            tie: crossesCut ? .readOffNeeded(with: others) : .shared(with: others)))
                }
            }
            index = end
        }
        return result
    }

    /// Records how a tie in round `round` was decided: `order` holds the tied readers, best first, as the read-off
    /// or the lot placed them. Every reader in `order` must be in the round and all must have the same total.
    public mutating func decideTie(
        round: Int, order: [Reader.ID], by method: CompetitionFormat.TieRule, on day: Day
    ) throws(AdvanceError) {
        guard format.rounds.indices.contains(round) else { throw .unknownRound(number: round + 1) }
        padRounds()
        guard order.count >= 2, Set(order).count == order.count,
            order.allSatisfy({ rounds[round].readerIDs.contains($0) })
        else { throw .notATie(readers: order.map { reader($0)?.label ?? $0.rawValue }) }
        let first = score(of: order[0], round: round)
        guard order.allSatisfy({ score(of: $0, round: round).ties(first) }) else {
            throw .notATie(readers: order.map { reader($0)?.label ?? $0.rawValue })
        }
        rounds[round].tieBreaks.append(TieBreak(readerIDs: order, method: method, on: day))
    }
}
