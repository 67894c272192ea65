/// A reader's place in a round: total points across the judges and whether a tie still has to be decided.
public struct RankedReader: Hashable, Sendable {
    /// Where a reader stands with respect to ties.
    public enum Tie: Hashable, Sendable {
        /// No one else has the same total.
        case none
        /// Tied with `with` and not decided yet: a read-off (or the lot) is needed.
        case readOffNeeded(with: [Reader.ID])
        /// Tied, and decided by `method`.
        case decided(CompetitionFormat.TieRule)
    }

    public var readerID: Reader.ID
    /// The reader's school when the round is ranked per school, else `nil`.
    public var group: String?
    public var total: Int
    /// 1 for the best; tied readers share a place until the tie is decided.
    public var place: Int
    /// Every judge has entered every criterion for this reader.
    public var isComplete: Bool
    public var tie: Tie

    public var needsReadOff: Bool {
        if case .readOffNeeded = tie { return true }
        return false
    }
}

extension Competition {
    /// The reader's total in round `round`: every criterion from every judge of the round.
    public func total(of reader: Reader.ID, round: Int) -> Int {
        let state = self.round(round)
        let judges = Set(state.judges.map(\.id))
        return state.sheets.filter { judges.contains($0.judgeID) }.reduce(0) { sum, sheet in
            sum + sheet.scores.filter { $0.readerID == reader }.reduce(0) { $0 + $1.points }
        }
    }

    /// Whether every judge of round `round` has entered every criterion for `reader`.
    public func isComplete(_ reader: Reader.ID, round: Int) -> Bool {
        guard format.rounds.indices.contains(round) else { return false }
        let state = self.round(round)
        guard !state.judges.isEmpty else { return false }
        let criteria = format.rounds[round].criteria
        return state.judges.allSatisfy { judge in
            guard let sheet = state.sheet(of: judge.id) else { return false }
            return criteria.allSatisfy { sheet.points(reader: reader, criterion: $0.id) != nil }
        }
    }

    /// The readers of round `round` best first, by total across the judges; per school when the round is held at
    /// each school. Equal totals share a place and, once both readers are fully scored, need a read-off, unless a
    /// recorded `TieBreak` orders them.
    public func ranking(round: Int) -> [RankedReader] {
        guard format.rounds.indices.contains(round) else { return [] }
        let state = self.round(round)
        let perSchool = format.rounds[round].perSchool
        var groups: [String?: [Reader.ID]] = [:]
        var groupOrder: [String?] = []
        for id in state.readerIDs where reader(id)?.isWithdrawn != true {
            let key: String? = perSchool ? (reader(id)?.school ?? "") : nil
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
        let totals = Dictionary(uniqueKeysWithValues: ids.map { ($0, total(of: $0, round: round)) })
        let sorted = ids.sorted {
            totals[$0]! != totals[$1]! ? totals[$0]! > totals[$1]! : position[$0]! < position[$1]!
        }
        var result: [RankedReader] = []
        var index = 0
        while index < sorted.count {
            var end = index + 1
            while end < sorted.count, totals[sorted[end]]! == totals[sorted[index]]! { end += 1 }
            var tied = Array(sorted[index..<end])
            let complete = tied.allSatisfy { isComplete($0, round: round) }
            if tied.count == 1 || !complete {
                for id in tied {
                    result.append(
                        RankedReader(
                            readerID: id, group: group, total: totals[id]!, place: index + 1,
                            isComplete: isComplete(id, round: round), tie: .none))
                }
            } else if let decision = state.tieBreaks.last(where: { Set(tied).isSubset(of: Set($0.readerIDs)) }) {
                let order = Dictionary(uniqueKeysWithValues: decision.readerIDs.enumerated().map { ($1, $0) })
                tied.sort { order[$0]! < order[$1]! }
                for (offset, id) in tied.enumerated() {
                    result.append(
                        RankedReader(
                            readerID: id, group: group, total: totals[id]!, place: index + 1 + offset,
                            isComplete: true, tie: .decided(decision.method)))
                }
            } else {
                for id in tied {
                    result.append(
                        RankedReader(
                            readerID: id, group: group, total: totals[id]!, place: index + 1, isComplete: true,
                            tie: .readOffNeeded(with: tied.filter { $0 != id })))
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
        let totals = Set(order.map { total(of: $0, round: round) })
        guard totals.count == 1 else { throw .notATie(readers: order.map { reader($0)?.label ?? $0.rawValue }) }
        rounds[round].tieBreaks.append(TieBreak(readerIDs: order, method: method, on: day))
    }
}
