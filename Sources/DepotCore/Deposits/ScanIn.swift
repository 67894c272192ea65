import Foundation

/// A session at the desk while a deposit comes home: the librarian scans barcode after barcode, types a title
/// for a book whose barcode will not scan, marks damaged books, and finishes by deciding about what is missing.
///
/// Everything a scan needs is built once when the session starts (the catalogue's look-ups, which crate and which
/// partner each item is with, what this partner kept back earlier), so each scan is a few dictionary look-ups, also
/// in a city library of 60,000 items. An item that belongs to another crate or deposit is flagged, never silently
/// counted.
///
/// The session works on a deposit that is out or partly returned: for a partly returned one the items expected are
/// those kept back. Nothing is changed until `finish`.
public struct ScanIn: Sendable {
    /// The deposit as it was when the session started.
    public let deposit: Deposit
    /// The items expected back in this session, in the order they were lent.
    public let expected: [Item]

    private let expectedPosition: [Item.ID: Int]
    private let expectedTitles: [SearchText]
    /// Items this partner kept back or lost on one of its deposits, with that deposit.
    private let lateCandidates: [Item.ID: Deposit.ID]
    /// Items kept back at other partners, with the partner.
    private let keptBackElsewhere: [Item.ID: Partner.ID]
    /// The library as it was when the session started, and its index (for `message(for:language:)`).
    let data: LibraryData
    let index: LibraryIndex?

    private var back: Set<Item.ID> = []
    private var damagedNotes: [Item.ID: String] = [:]
    /// Late returns scanned, with the deposit each is recorded found on.
    public private(set) var lateReturns: [Item.ID: Deposit.ID] = [:]

    /// Starts a session for `deposit`. Pass the `index` of `data` when you have one, to save building it again.
    public init(deposit: Deposit, data: LibraryData, index: LibraryIndex? = nil) {
        self.init(deposit: deposit, data: data, lookup: index ?? LibraryIndex(data))
    }

    /// A session that finds records through `index` when given, else by binary search: without an index nothing
    /// is built over the whole catalogue, for returning a deposit in one go (`Desk.exchange`).
    init(deposit: Deposit, data: LibraryData, lookup index: LibraryIndex?) {
        self.deposit = deposit
        self.data = data
        self.index = index

        var expected: [Item] = []
        if deposit.dispatchedOn != nil {
            for (barcode, state) in deposit.itemStates where state == .atPartner {
                if let item = Desk.item(barcode, in: data, index: index) { expected.append(item) }
            }
        }
        self.expected = expected
        var positions: [Item.ID: Int] = [:]
        for (position, item) in expected.enumerated() { positions[item.id] = position }
        expectedPosition = positions
        expectedTitles = expected.map { SearchText("\($0.title) \($0.author ?? "")") }

        let partnerDeposits =
            index.map { index in (index.depositsOfPartner[deposit.partnerID] ?? []).map { data.deposits[$0] } }
            ?? data.deposits.filter { $0.partnerID == deposit.partnerID }
        var late: [Item.ID: Deposit.ID] = [:]
        for other in partnerDeposits where !other.exceptions.isEmpty {
            for (barcode, state) in other.itemStates {
                let keptBack = state == .atPartner && other.returnedOn != nil && other.id != deposit.id
                if state == .lost || keptBack { late[barcode] = other.id }
            }
        }
        for barcode in positions.keys { late[barcode] = nil }
        lateCandidates = late

        var elsewhere: [Item.ID: Partner.ID] = [:]
        for other in data.deposits
        where other.partnerID != deposit.partnerID && other.returnedOn != nil
            && other.exceptions.contains(where: { $0.kind == .stillAtPartner })
        {
            for barcode in other.barcodes(in: .atPartner) { elsewhere[barcode] = other.partnerID }
        }
        keptBackElsewhere = elsewhere
    }

    // MARK: Scanning

    /// Handles one scanned (or typed) barcode; spaces and line ends around it are ignored.
    @discardableResult
    public mutating func scan(_ code: String) -> ScanResult {
        let text = code.trimmingCharacters(in: .whitespacesAndNewlines)
        let barcode = Item.ID(text)
        if let position = expectedPosition[barcode] {
            let item = expected[position]
            return back.insert(barcode).inserted ? .returned(item) : .alreadyScanned(item)
        }
        guard let item = Desk.item(barcode, in: data, index: index) else { return .unknown(text) }
        if let from = lateCandidates[barcode] {
            guard lateReturns[barcode] == nil else { return .alreadyScanned(item) }
            lateReturns[barcode] = from
            return .lateReturn(item, deposit: from)
        }
        let crate: Crate.ID?
        let openDeposit: Int?
        if let index {
            crate = index.crateOfItem[barcode]
            openDeposit = crate.flatMap { index.openDepositOfCrate[$0] }
        } else {
            crate = Desk.cratePosition(holding: barcode, in: data).map { data.crates[$0].id }
            openDeposit = crate.flatMap { Desk.openDepositPosition(ofCrate: $0, in: data) }
        }
        let partner = openDeposit.map { data.deposits[$0].partnerID } ?? keptBackElsewhere[barcode]
        return .foreign(item, crate: crate, partner: partner)
    }

    /// Counts an item as back without its barcode, e.g. one chosen from `matches(title:)`.
    @discardableResult
    public mutating func checkIn(_ item: Item.ID) -> ScanResult { scan(item.rawValue) }

    /// Undoes a scan: the item counts as missing again and loses a damage mark.
    public mutating func forget(_ item: Item.ID) {
        back.remove(item)
        lateReturns[item] = nil
        damagedNotes[item] = nil
    }

    /// Marks an item of this session damaged (and back, if it was not scanned yet).
    public mutating func markDamaged(_ item: Item.ID, note: String? = nil) throws(DeskError) {
        if expectedPosition[item] != nil {
            back.insert(item)
        } else if let from = lateCandidates[item] {
            lateReturns[item] = from
        } else {
            throw .itemNotOnDeposit(item, deposit: deposit.id)
        }
        damagedNotes[item] = note ?? ""
    }

    /// Whether `item` is marked damaged in this session.
    public func isDamaged(_ item: Item.ID) -> Bool { damagedNotes[item] != nil }

    // MARK: Progress

    /// Items of this deposit scanned back so far.
    public var returnedCount: Int { back.count }

    /// Items expected back.
    public var expectedCount: Int { expected.count }

    /// Whether every expected item is back.
    public var isComplete: Bool { back.count == expected.count }

    /// The expected items not scanned yet, in the order they were lent.
    public var missing: [Item] { expected.filter { !back.contains($0.id) } }

    /// The items marked damaged, in the order they were lent (late returns last).
    public var damaged: [Item] {
        expected.filter { damagedNotes[$0.id] != nil }
            + lateReturns.keys.sorted().filter { damagedNotes[$0] != nil }.compactMap {
                Desk.item($0, in: data, index: index)
            }
    }

    /// "27 of 30 back" / "27 af 30 er tilbage".
    public func progress(_ language: Language) -> String {
        switch language {
        case .danish: return "\(returnedCount) af \(expectedCount) er tilbage"
        case .english: return "\(returnedCount) of \(expectedCount) back"
        }
    }

    /// The missing items whose title or author contains `title` (case, accents and å/aa ignored): for a book whose
    /// barcode cannot be read.
    public func matches(title: String) -> [Item] {
        let needle = SearchText(title.trimmingCharacters(in: .whitespaces))
        guard !needle.bytes.isEmpty else { return [] }
        return expected.indices.filter { !back.contains(expected[$0].id) && expectedTitles[$0].contains(needle) }
            .map { expected[$0] }
    }

    // MARK: Finishing

    /// Records the return in `data` on `day`.
    ///
    /// - Scanned items are back. Items marked damaged get a `.damaged` exception and status `.damaged`.
    /// - Each missing item gets its `decisions` entry; an item without one is kept back at the partner
    ///   (`.stillAtPartner`), the safe default: nothing is written off unasked.
    /// - A deposit that was out gets `returnedOn` = `day` (with items kept back it is partly returned) and its
    ///   crates go `.home`. Lost, damaged and kept-back items leave the crates: the crate's list then says what is
    ///   really in it, and the librarian refills it from the shelf before it goes out again, as they always do.
    ///   The deposit's own `itemBarcodes` keep the history.
    /// - On a partly returned deposit, items scanned now get a `.found` exception (back after all).
    /// - Late returns get a `.found` exception on their deposit; lost ones become `.available` again.
    ///
    /// Touches the season files of the deposits changed, the crates file when crates changed and the items file when
    /// an item's status changed. Refused when the deposit was never sent, `day` is before it was sent, or a decision
    /// names an item that is not missing from this session.
    @discardableResult
    public func finish(missing decisions: [Item.ID: MissingDecision] = [:], on day: Day, in data: inout LibraryData)
        throws(DeskError) -> DeskChange
    {
        let position = try Desk.depositPosition(deposit.id, in: data)
        var current = data.deposits[position]
        guard let dispatched = current.dispatchedOn else { throw .depositNotSent(current.id) }
        guard day >= dispatched else { throw .returnBeforeDispatch(current.id, returned: day, dispatched: dispatched) }
        for item in decisions.keys where expectedPosition[item] == nil {
            throw .itemNotOnDeposit(item, deposit: current.id)
        }

        var working = data
        var change = DeskChange()
        var statuses: [Item.ID: Item.Status] = [:]
        var setAside = Set<Item.ID>()
        let wasReturned = current.returnedOn != nil
        func record(_ kind: Deposit.Exception.Kind, _ item: Item.ID, note: String? = nil, on deposit: inout Deposit) {
            deposit.exceptions.append(Deposit.Exception(barcode: item, kind: kind, recordedOn: day, note: note))
        }

        for item in expected {
            let id = item.id
            let decision: MissingDecision = back.contains(id) ? .returned : decisions[id] ?? .stillAtPartner
            switch decision {
            case .returned:
                if wasReturned { record(.found, id, on: &current) }
                if let note = damagedNotes[id] {
                    record(.damaged, id, note: note.isEmpty ? nil : note, on: &current)
                    statuses[id] = .damaged
                    setAside.insert(id)
                }
            case .lost:
                record(.lost, id, on: &current)
                statuses[id] = .lost
                setAside.insert(id)
            case .stillAtPartner:
                if !wasReturned { record(.stillAtPartner, id, on: &current) }
                setAside.insert(id)
            }
        }
        if !wasReturned {
            current.returnedOn = day
            for crate in current.crateIDs {
                guard let cratePosition = Desk.position(of: crate, in: working.crates) else { continue }
                working.crates[cratePosition].state = .home
            }
            change.touch(.crates)
        }

        // Late returns, recorded on the deposit each was kept back or lost on (maybe this one).
        var others: [Deposit.ID: Deposit] = [:]
        for (item, from) in lateReturns.sorted(by: { $0.key < $1.key }) {
            let note = damagedNotes[item].map { $0.isEmpty ? nil : $0 }
            if from == current.id {
                record(.found, item, on: &current)
                if let note { record(.damaged, item, note: note, on: &current) }
            } else if let otherPosition = Desk.position(of: from, in: working.deposits) {
                var other = others[from] ?? working.deposits[otherPosition]
                record(.found, item, on: &other)
                if let note { record(.damaged, item, note: note, on: &other) }
                others[from] = other
            }
            statuses[item] = damagedNotes[item] != nil ? .damaged : .available
            setAside.insert(item)
        }

        working.deposits[position] = current
        change.changed(current, in: working)
        for (id, other) in others.sorted(by: { $0.key < $1.key }) {
            guard let otherPosition = Desk.position(of: id, in: working.deposits) else { continue }
            working.deposits[otherPosition] = other
            change.changed(other, in: working)
        }
        if Desk.removeFromCrates(setAside, in: &working) { change.touch(.crates) }
        for (id, status) in statuses {
            guard let itemPosition = Desk.position(of: id, in: working.items),
                working.items[itemPosition].status != status
            else { continue }
            working.items[itemPosition].status = status
            change.touch(.items)
        }
        data = working
        return change
    }
}
