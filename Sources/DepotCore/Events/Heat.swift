import Foundation

/// One heat of a round: school heats held on different days at different schools, each with its own jury and
/// readers. A round without heats is one heat (the round's own day, venue, judges and readers), as every round was
/// before heats.
public struct Heat: Hashable, Codable, Sendable, Identifiable {
    public typealias ID = Identifier<Heat>

    public var id: ID
    /// As the organisers say it: "Rønde Skole", "Heat 2".
    public var name: String
    public var day: Day?
    public var venue: String?
    /// The heat's jury: judges of the round.
    public var judgeIDs: [Judge.ID]
    /// The heat's readers in running order.
    public var readerIDs: [Reader.ID]

    public init(
        id: ID, name: String, day: Day? = nil, venue: String? = nil, judgeIDs: [Judge.ID] = [],
        readerIDs: [Reader.ID] = []
    ) {
        self.id = id
        self.name = name
        self.day = day
        self.venue = venue
        self.judgeIDs = judgeIDs
        self.readerIDs = readerIDs
    }
}

/// Why a heat could not be added or used.
public enum HeatError: Error, Hashable, Sendable {
    case emptyName
    case unknownRound(number: Int)
    /// No heat of the round has that id or name; `known` lists the heats there are.
    case unknownHeat(String, known: [String])
    /// The round has several heats, so the heat must be named.
    case heatNeeded(known: [String])
    case roundStarted(round: String)
}

extension CompetitionRound {
    /// The heat `reader` reads in, when the round has heats.
    public func heat(of reader: Reader.ID) -> Heat? { heats.first { $0.readerIDs.contains(reader) } }

    /// The heat called `text`: its id (H1) or its name, case ignored.
    public func heat(named text: String) -> Heat? {
        let wanted = text.trimmingCharacters(in: .whitespaces).lowercased()
        return heats.first { $0.id.rawValue.lowercased() == wanted || $0.name.lowercased() == wanted }
    }

    /// Keeps the round's readers and its heats' readers the same: a reader of the round in no heat joins the last
    /// heat, and the round's running order is the heats' running orders one after the other.
    mutating func normaliseHeats() {
        guard !heats.isEmpty else { return }
        let inHeats = Set(heats.flatMap(\.readerIDs))
        let loose = readerIDs.filter { !inHeats.contains($0) }
        heats[heats.count - 1].readerIDs += loose
        readerIDs = heats.flatMap(\.readerIDs)
    }
}

extension Competition {
    /// Adds a heat to round `round` and returns it (H1, H2...). The first heat of a round that has readers or
    /// judges already takes them, with the round's day and venue unless others are given: the round was its one
    /// heat.
    @discardableResult
    public mutating func addHeat(round: Int, name: String, day: Day? = nil, venue: String? = nil) throws(HeatError)
        -> Heat
    {
        let name = name.trimmingCharacters(in: .whitespaces)
        guard !name.isEmpty else { throw .emptyName }
        guard format.rounds.indices.contains(round) else { throw .unknownRound(number: round + 1) }
        padRounds()
        let state = rounds[round]
        let number = NextNumber.after(state.heats.compactMap { Int($0.id.rawValue.drop(while: { !$0.isNumber })) })
        var heat = Heat(id: Heat.ID("H\(number)"), name: name, day: day, venue: venue)
        if state.heats.isEmpty {
            heat.readerIDs = state.readerIDs
            heat.judgeIDs = state.judges.map(\.id)
            heat.day = day ?? state.day
            heat.venue = venue ?? state.venue
        }
        rounds[round].heats.append(heat)
        return heat
    }

    /// The heat of round `round` a new reader or judge goes into: the one named `text`, the only one, or none when
    /// the round has no heats.
    public func heatFor(_ text: String?, round: Int) throws(HeatError) -> Heat.ID? {
        let state = self.round(round)
        let known = state.heats.map { "\($0.id) \($0.name)" }
        if let text, !text.trimmingCharacters(in: .whitespaces).isEmpty {
            guard let heat = state.heat(named: text) else { throw .unknownHeat(text, known: known) }
            return heat.id
        }
        if state.heats.count > 1 { throw .heatNeeded(known: known) }
        return state.heats.first?.id
    }

    /// The day and venue of the heat `reader` reads in, else of the round.
    public func dayAndVenue(of reader: Reader.ID, round: Int) -> (day: Day?, venue: String?) {
        let state = self.round(round)
        if let heat = state.heat(of: reader) { return (heat.day ?? state.day, heat.venue ?? state.venue) }
        return (state.day, state.venue)
    }
}
