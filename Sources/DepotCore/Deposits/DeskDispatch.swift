extension Desk {
    /// Sends `crates` to `partner` on `day` as a new deposit.
    ///
    /// The deposit gets the next number of the year (`D2026-0042`), the partner's deposit kind, the crates' items as
    /// they are now (`itemBarcodes`), `createdOn` and `dispatchedOn` = `day`, and `dueOn` = the given day or
    /// `DueDates.propose(for:dispatchedOn:data:)` (the loan period, moved to a visit of the season's published plan).
    /// The crates go `.out`.
    ///
    /// Crates packed ahead for this partner on a deposit not yet sent (exactly that deposit's crates) send that
    /// deposit instead of making a new one: it keeps its number and its `createdOn`.
    ///
    /// Refused: no crates; an unknown crate or partner; a partnership that ended on or before `day`; a crate that is
    /// out or in repair, on another deposit that has not come back (packed for or out at another partner: the error
    /// names which), empty, or holding an item that is lost, damaged
    /// or withdrawn; a due date before `day`. Touches the crates file and the deposit's season file.
    @discardableResult
    public static func dispatch(
        crates: [Crate.ID], to partner: Partner.ID, on day: Day, dueOn: Day? = nil, notes: String? = nil,
        in data: inout LibraryData
    ) throws(DeskError) -> DeskChange {
        var unique: [Crate.ID] = []
        for crate in crates where !unique.contains(crate) { unique.append(crate) }
        guard !unique.isEmpty else { throw .noCrates }
        let partnerRecord = data.partners[try partnerPosition(partner, in: data)]
        try requireTakingDeposits(partnerRecord)
        if let ended = partnerRecord.endedOn, ended <= day { throw .partnerEnded(name: partnerRecord.name, on: ended) }

        var cratePositions: [Int] = []
        var packedDeposit: Int?
        for crate in unique {
            let position = try cratePosition(crate, in: data)
            let record = data.crates[position]
            if let open = openDepositPosition(ofCrate: crate, in: data) {
                let deposit = data.deposits[open]
                let isPackedForPartner =
                    deposit.dispatchedOn == nil && deposit.partnerID == partner
                    && Set(deposit.crateIDs) == Set(unique) && (packedDeposit == nil || packedDeposit == open)
                if deposit.partnerID != partner {
                    let holder =
                        Desk.partner(deposit.partnerID, in: data, index: nil)?.name ?? deposit.partnerID.rawValue
                    throw .crateTaken(crate, partner: holder, deposit: deposit.id, sentOn: deposit.dispatchedOn)
                }
                guard isPackedForPartner else { throw .crateOnDeposit(crate, deposit: deposit.id) }
                packedDeposit = open
            }
            try checkReadyToLeave(record, in: data)
            cratePositions.append(position)
        }
        let due = dueOn ?? DueDates.propose(for: partnerRecord, dispatchedOn: day, data: data)
        guard due >= day else { throw .dueBeforeDispatch(due: due, dispatched: day) }

        let items = cratePositions.flatMap { data.crates[$0].itemBarcodes }
        let deposit: Deposit
        if let packedDeposit {
            let packedOn = data.deposits[packedDeposit].createdOn
            guard day >= packedOn else { throw .sentBeforePacked(data.deposits[packedDeposit].id, packed: packedOn) }
            data.deposits[packedDeposit].crateIDs = unique
            data.deposits[packedDeposit].itemBarcodes = items
            data.deposits[packedDeposit].dispatchedOn = day
            data.deposits[packedDeposit].dueOn = due
            if let notes { data.deposits[packedDeposit].notes = notes }
            deposit = data.deposits[packedDeposit]
        } else {
            deposit = Deposit(
                id: nextDepositID(createdOn: day, in: data), partnerID: partner, kind: partnerRecord.depositKind,
                crateIDs: unique, itemBarcodes: items, createdOn: day, dispatchedOn: day, dueOn: due, notes: notes)
            data.deposits.insert(deposit, at: insertionPoint(for: deposit.id, in: data.deposits))
        }
        for position in cratePositions { data.crates[position].state = .out }
        var change = DeskChange(touched: [.crates])
        change.changed(deposit, in: data)
        return change
    }

    /// The exchange (*udskiftning*): the van takes the partner's crates home and leaves fresh ones, in one action.
    ///
    /// Every deposit of the partner that is out comes home on `day` with all its items, except those in `missing`
    /// (lost or kept back at the partner, see `MissingDecision`); items in `damaged` come back damaged. Then
    /// `newCrates` go out as a new deposit (nothing is sent when it is empty). Either all of it happens or, when
    /// something is refused, none of it. The change lists the returned deposits first, then the new one.
    @discardableResult
    public static func exchange(
        partner: Partner.ID, newCrates: [Crate.ID], on day: Day, dueOn: Day? = nil,
        missing: [Item.ID: MissingDecision] = [:], damaged: Set<Item.ID> = [], in data: inout LibraryData
    ) throws(DeskError) -> DeskChange {
        let partnerName = data.partners[try partnerPosition(partner, in: data)].name
        var working = data
        var change = DeskChange()
        var handled = Set<Item.ID>()
        let open = working.deposits.filter { $0.partnerID == partner && $0.isOut }
        guard !open.isEmpty || !newCrates.isEmpty else { throw .noCrates }
        for deposit in open {
            var session = ScanIn(deposit: deposit, data: working, lookup: nil)
            var decisions: [Item.ID: MissingDecision] = [:]
            for item in session.expected {
                handled.insert(item.id)
                if let decision = missing[item.id] {
                    decisions[item.id] = decision
                } else if damaged.contains(item.id) {
                    try session.markDamaged(item.id)
                } else {
                    session.checkIn(item.id)
                }
            }
            change.merge(try session.finish(missing: decisions, on: day, in: &working))
        }
        for item in Set(missing.keys).union(damaged) where !handled.contains(item) {
            throw .itemNotOut(item, partner: partnerName)
        }
        if !newCrates.isEmpty {
            change.merge(try dispatch(crates: newCrates, to: partner, on: day, dueOn: dueOn, in: &working))
        }
        data = working
        return change
    }

    /// A crate can be packed for a partner or sent when it is home (or packed), holds items, and every one of them
    /// is available: not lost, damaged or withdrawn.
    static func checkReadyToLeave(_ record: Crate, in data: LibraryData) throws(DeskError) {
        guard record.state == .home || record.state == .packed else {
            throw .crateNotHome(record.id, state: record.state)
        }
        guard !record.itemBarcodes.isEmpty else { throw .crateEmpty(record.id) }
        for barcode in record.itemBarcodes {
            let status = data.items[try itemPosition(barcode, in: data)].status
            guard status == .available else {
                throw .crateHoldsUnavailableItem(record.id, item: barcode, status: status)
            }
        }
    }
}
