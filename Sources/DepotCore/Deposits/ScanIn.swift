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
/// those kept back. The deposit stays out until `finish`; meanwhile `saveProgress` keeps what has been scanned on the
/// deposit (`Deposit.returnInProgress`) after every scan, and a session started later on the same deposit begins
/// where that one stopped, so a quit, a crash or a restart loses no scan.
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
    /// The books counted back (this deposit's and late returns), in the order they were scanned.
    private var order: [Item.ID] = []
    private var damagedNotes: [Item.ID: String] = [:]
    /// The day the progress was first saved, when it was.
    private var startedOn: Day?
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
        resume(deposit.returnInProgress)
    }

    /// Counts again what an earlier session on this deposit saved. A saved barcode that no longer counts (the book
    /// was written off or found meanwhile) is left out; everything else comes back as it was.
    private mutating func resume(_ progress: Deposit.ReturnProgress?) {
        guard let progress else { return }
        startedOn = progress.startedOn
        for barcode in progress.scanned { scan(barcode.rawValue) }
        for damage in progress.damaged where back.contains(damage.barcode) || lateReturns[damage.barcode] != nil {
            damagedNotes[damage.barcode] = damage.note ?? ""
        }
    }

    // MARK: Scanning

    /// Handles one scanned (or typed) barcode; spaces and line ends around it are ignored.
    @discardableResult
    public mutating func scan(_ code: String) -> ScanResult {
        let text = code.trimmingCharacters(in: .whitespacesAndNewlines)
        let barcode = Item.ID(text)
        if let position = expectedPosition[barcode] {
            let item = expected[position]
            guard back.insert(barcode).inserted else { return .alreadyScanned(item) }
            order.append(barcode)
            return .returned(item)
        }
        guard let item = Desk.item(barcode, in: data, index: index) else { return .unknown(text) }
        if let from = lateCandidates[barcode] {
            guard lateReturns[barcode] == nil else { return .alreadyScanned(item) }
            lateReturns[barcode] = from
            order.append(barcode)
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
        order.removeAll { $0 == item }
    }

    /// Marks an item of this session damaged (and back, if it was not scanned yet).
    public mutating func markDamaged(_ item: Item.ID, note: String? = nil) throws(DeskError) {
        if expectedPosition[item] != nil {
            if back.insert(item).inserted { order.append(item) }
        } else if let from = lateCandidates[item] {
            if lateReturns.updateValue(from, forKey: item) == nil { order.append(item) }
        } else {
            throw .itemNotOnDeposit(item, deposit: deposit.id)
        }
        damagedNotes[item] = note ?? ""
    }

    /// Whether `item` is marked damaged in this session.
    public func isDamaged(_ item: Item.ID) -> Bool { damagedNotes[item] != nil }

    // MARK: Progress

    /// What has been scanned so far, as `saveProgress` keeps it on the deposit; nil while nothing counts as back.
    public func progressRecord(startingOn day: Day) -> Deposit.ReturnProgress? {
        guard !order.isEmpty else { return nil }
        let damaged = order.filter { damagedNotes[$0] != nil }.map { barcode in
            Deposit.ReturnProgress.Damage(
                barcode: barcode, note: damagedNotes[barcode].flatMap { $0.isEmpty ? nil : $0 })
        }
        return Deposit.ReturnProgress(startedOn: startedOn ?? day, scanned: order, damaged: damaged)
    }

    /// Keeps what has been scanned so far on the deposit in `data` (`Deposit.returnInProgress`), started on `day`
    /// unless an earlier save started it: the deposit stays out, and the next session on it resumes from here.
    /// Touches the deposit's season file only. Refused when the deposit is no longer out (finished meanwhile).
    @discardableResult
    public mutating func saveProgress(on day: Day, in data: inout LibraryData) throws(DeskError) -> DeskChange {
        let position = try Desk.depositPosition(deposit.id, in: data)
        let current = data.deposits[position]
        guard current.dispatchedOn != nil else { throw .depositNotSent(current.id) }
        if let returned = current.returnedOn, current.returnedOn != deposit.returnedOn {
            throw .depositReturned(current.id, on: returned)
        }
        let progress = progressRecord(startingOn: day)
        startedOn = progress?.startedOn
        var change = DeskChange()
        guard current.returnInProgress != progress else { return change }
        data.deposits[position].returnInProgress = progress
        change.changed(data.deposits[position], in: data)
        return change
    }

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
        TextBook(language).format(ScanText.progress, returnedCount, expectedCount)
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
    /// - The saved progress (`Deposit.returnInProgress`) is cleared: the return is done.
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

        current.returnInProgress = nil
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
            change.touch(.items(of: id))
        }
        data = working
        return change
    }
}

extension ScanIn {
    /// The books counted back so far (this deposit's and late returns), in the order they were scanned.
    public var scannedInOrder: [Item.ID] { order }

    /// The deposit a scanned book should be scanned home on, when the book is at a partner: the deposit out with its
    /// crate; for a book kept back when its crate came home, the partner's deposit out now (the book is a late return
    /// there), else the deposit that kept it back. Nil for a book at the library, lost or unknown.
    public static func depositToScanHome(for item: Item.ID, in data: LibraryData, index: LibraryIndex) -> Deposit? {
        if let crate = index.crateOfItem[item], let position = index.openDepositOfCrate[crate] {
            let deposit = data.deposits[position]
            if deposit.isOut, deposit.state(of: item) == .atPartner { return deposit }
        }
        guard let keeping = Desk.depositKeepingBack(item, in: data) else { return nil }
        let keptOn = data.deposits[keeping]
        let out = (index.depositsOfPartner[keptOn.partnerID] ?? []).map { data.deposits[$0] }.last(where: \.isOut)
        return out ?? keptOn
    }
}

extension Deposit.ReturnProgress {
    /// How many of `deposit`'s own books the progress counts back (late returns of other deposits left out).
    public func count(on deposit: Deposit) -> Int {
        let lent = Set(deposit.itemBarcodes)
        return scanned.filter { lent.contains($0) }.count
    }
}
