import Foundation

/// Deposits coming home scanned as a list of barcodes, one per line, as a scanner or a script writes them to
/// standard input: `depot return` (one deposit) and `depot exchange` (every deposit out at the partner).
///
/// Each line goes to the `ScanIn` session of the deposit that expects it, so a scan means here exactly what it means
/// on the screen; a line that no session expects is scanned on the first session, which says whether it is a late
/// return, another deposit's item or an unknown barcode. Blank lines are ignored.
///
/// A deposit whose return was begun on the screen and not finished (`Deposit.returnInProgress`) starts from what was
/// scanned there, so the lines only need the rest.
public struct ScannedReturn: Sendable {
    /// A scan that did not simply count a book of these deposits back: its line and the session's sentence.
    public struct Note: Hashable, Sendable {
        public var line: Int
        public var result: ScanResult
        public var message: String
    }

    /// One session per deposit, in the order given.
    public private(set) var sessions: [ScanIn]
    /// Scans that were refused, repeated, or late returns, in the order read.
    public private(set) var notes: [Note] = []
    private let sessionOfItem: [Item.ID: Int]
    private let language: Language

    /// Starts a session for each of `deposits` (out, or partly returned) of one partner.
    public init(deposits: [Deposit], data: LibraryData, language: Language) {
        let index = LibraryIndex(data)
        let sessions = deposits.map { ScanIn(deposit: $0, data: data, index: index) }
        var sessionOfItem: [Item.ID: Int] = [:]
        for (number, session) in sessions.enumerated() {
            for item in session.expected where sessionOfItem[item.id] == nil { sessionOfItem[item.id] = number }
        }
        self.sessions = sessions
        self.sessionOfItem = sessionOfItem
        self.language = language
    }

    /// Scans every non-blank line of `text`, numbered from 1.
    public mutating func scan(lines text: String) {
        for (offset, line) in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).enumerated() {
            scan(String(line), line: offset + 1)
        }
    }

    /// Scans one line; a blank one is ignored.
    @discardableResult
    public mutating func scan(_ code: String, line: Int) -> ScanResult? {
        let text = code.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !text.isEmpty, !sessions.isEmpty else { return nil }
        let number = sessionOfItem[Item.ID(text)] ?? 0
        let result = sessions[number].scan(text)
        switch result {
        case .returned: break
        case .alreadyScanned, .lateReturn, .foreign, .unknown:
            notes.append(
                Note(line: line, result: result, message: sessions[number].message(for: result, language: language)))
        }
        return result
    }

    /// The books of every deposit not scanned, in the order the deposits and their books were given.
    public var missing: [Item] { sessions.flatMap(\.missing) }

    public var returnedCount: Int { sessions.reduce(0) { $0 + $1.returnedCount } }

    public var expectedCount: Int { sessions.reduce(0) { $0 + $1.expectedCount } }

    /// Late returns scanned (books kept back or lost earlier), with the deposit each was kept back or lost on.
    public var lateReturns: [Item.ID: Deposit.ID] {
        sessions.reduce(into: [:]) { all, session in all.merge(session.lateReturns) { first, _ in first } }
    }

    /// The decision for every missing book: `decision` for each. Refused when books are missing and there is no
    /// decision: nothing is written off or kept back unasked.
    public func decisions(_ decision: MissingDecision?) throws(DeskError) -> [Item.ID: MissingDecision] {
        let missing = missing
        guard !missing.isEmpty else { return [:] }
        guard let decision else { throw .missingNotDecided(count: missing.count) }
        return Dictionary(missing.map { ($0.id, decision) }, uniquingKeysWith: { first, _ in first })
    }

    /// Records the return of the one deposit on `day`, as the screen does: `ScanIn.finish` with `decision` for
    /// each missing book.
    @discardableResult
    public func finishReturn(missing decision: MissingDecision?, on day: Day, in data: inout LibraryData)
        throws(DeskError) -> DeskChange
    {
        guard let session = sessions.first, sessions.count == 1 else { throw .noCrates }
        return try session.finish(missing: try decisions(decision), on: day, in: &data)
    }

    /// The exchange at `partner` on `day` with its old crates scanned: `Desk.exchange` brings every deposit out at
    /// the partner home (the books not scanned as `decision` says) and sends `newCrates`, or, when nil, whatever is
    /// packed for the partner (`Desk.sendPacked`). Late returns scanned on the way are recorded too (found, or back
    /// from the partner). All of it or, when something is refused, none.
    @discardableResult
    public func finishExchange(
        partner: Partner.ID, newCrates: [Crate.ID]?, on day: Day, dueOn: Day? = nil,
        missing decision: MissingDecision?, in data: inout LibraryData
    ) throws(DeskError) -> DeskChange {
        let decisions = try decisions(decision)
        var working = data
        var change = try Desk.exchange(
            partner: partner, newCrates: newCrates ?? [], on: day, dueOn: dueOn, missing: decisions, in: &working)
        if newCrates == nil { change.merge(try Desk.sendPacked(to: partner, on: day, dueOn: dueOn, in: &working)) }
        for item in lateReturns.keys.sorted() {
            change.merge(try Desk.recordFound(item: item, on: day, in: &working))
        }
        data = working
        return change
    }
}

extension MissingDecision {
    /// The decision as the command line names it: `lost` or `at-partner`.
    public init?(commandLine text: String) {
        switch text.trimmingCharacters(in: .whitespaces).lowercased() {
        case "lost": self = .lost
        case "at-partner": self = .stillAtPartner
        default: return nil
        }
    }
}
