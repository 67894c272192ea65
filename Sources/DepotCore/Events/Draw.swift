/// The running order drawn by Depot: the readers of each heat (or of the round) shuffled from a seed that is printed,
/// so that the same seed draws the same order again and anyone can check the draw.
extension Competition {
    /// Draws the running order of round `round` from `seed`: each heat's readers (or the round's) in an order
    /// shuffled from the seed alone, the same for the same readers and seed. Refused once the round has scores.
    public mutating func drawRunningOrder(round: Int, seed: UInt64) throws(HeatError) {
        guard format.rounds.indices.contains(round) else { throw .unknownRound(number: round + 1) }
        padRounds()
        guard !rounds[round].hasScores else { throw .roundStarted(round: format.rounds[round].name) }
        if rounds[round].heats.isEmpty {
            rounds[round].readerIDs = Self.shuffled(rounds[round].readerIDs, seed: seed, stream: "round")
        } else {
            for index in rounds[round].heats.indices {
                let heat = rounds[round].heats[index]
                rounds[round].heats[index].readerIDs = Self.shuffled(
                    heat.readerIDs, seed: seed, stream: heat.id.rawValue)
            }
            rounds[round].readerIDs = rounds[round].heats.flatMap(\.readerIDs)
        }
        rounds[round].drawSeed = seed
    }

    /// `ids` sorted by id, then shuffled (Fisher–Yates) from `seed`: the result depends on the readers and the seed,
    /// not on the order they were in.
    static func shuffled(_ ids: [Reader.ID], seed: UInt64, stream: String) -> [Reader.ID] {
        var random = RandomSource(seed: seed, stream: "running order " + stream)
        var result = ids.sorted { $0.rawValue < $1.rawValue }
        guard result.count > 1 else { return result }
        for index in stride(from: result.count - 1, to: 0, by: -1) {
            let other = Int(random.next() % UInt64(index + 1))
            result.swapAt(index, other)
        }
        return result
    }
}
