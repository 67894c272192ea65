extension Desk {
    /// Packs `crates` for `partner` on `day`: a new deposit that is not sent yet (no `dispatchedOn`), as the sample's
    /// D2026-0055..57 are. The crates go `.packed`; `Desk.dispatch` of exactly these crates later sends this deposit.
    ///
    /// The deposit gets the next number of the year, the partner's deposit kind, the crates' items as they are now,
    /// `createdOn` = `day` and a provisional `dueOn` (the given day, else `DueDates.propose` from `visit` or `day`;
    /// the dispatch sets the real one). With `visit`, the day must be today or later and one the van comes to the
    /// partner (`checkVisit`); it is kept as the deposit's `visitOn`, so the week schedule leaves the crates then.
    /// A `specialDelivery` is a visit off the route, asked for explicitly: any day from `day` on, the van (or the
    /// team) going out of its way; the schedule shows it as a special delivery (`isSpecialDelivery`).
    ///
    /// Refused: no crates; an unknown crate or partner; a partnership that ended on or before `day`; a crate on a
    /// deposit that has not come back (packed for or out at a partner: the error names which, and since when), in
    /// repair or out, empty, or holding an item that is lost, damaged or withdrawn; a due date before `day`.
    /// Touches the crates file and the deposit's season file.
    @discardableResult
    public static func packForPartner(
        crates: [Crate.ID], partner: Partner.ID, on day: Day, visit: Day? = nil, specialDelivery: Bool = false,
        dueOn: Day? = nil, in data: inout LibraryData
    ) throws(DeskError) -> DeskChange {
        var unique: [Crate.ID] = []
        for crate in crates where !unique.contains(crate) { unique.append(crate) }
        guard !unique.isEmpty else { throw .noCrates }
        let partnerRecord = data.partners[try partnerPosition(partner, in: data)]
        try requireTakingDeposits(partnerRecord)
        if let ended = partnerRecord.endedOn, ended <= day { throw .partnerEnded(name: partnerRecord.name, on: ended) }
        if let visit {
            if specialDelivery {
                guard visit >= day else { throw .visitInThePast(visit, today: day) }
            } else {
                try checkVisit(visit, for: partnerRecord, today: day, settings: data.settings)
            }
        }

        var cratePositions: [Int] = []
        for crate in unique {
            let position = try cratePosition(crate, in: data)
            let record = data.crates[position]
            if let open = openDepositPosition(ofCrate: crate, in: data) {
                let deposit = data.deposits[open]
                let holder = Desk.partner(deposit.partnerID, in: data, index: nil)?.name ?? deposit.partnerID.rawValue
                throw .crateTaken(crate, partner: holder, deposit: deposit.id, sentOn: deposit.dispatchedOn)
            }
            try checkReadyToLeave(record, in: data)
            cratePositions.append(position)
        }
        let due = dueOn ?? DueDates.propose(for: partnerRecord, dispatchedOn: visit ?? day, data: data)
        guard due >= day else { throw .dueBeforeDispatch(due: due, dispatched: day) }

        let deposit = Deposit(
            id: nextDepositID(createdOn: day, in: data), partnerID: partner, kind: partnerRecord.depositKind,
            crateIDs: unique, itemBarcodes: cratePositions.flatMap { data.crates[$0].itemBarcodes }, createdOn: day,
            visitOn: visit, dueOn: due)
        data.deposits.insert(deposit, at: insertionPoint(for: deposit.id, in: data.deposits))
        for position in cratePositions { data.crates[position].state = .packed }
        var change = DeskChange(touched: [.crates])
        change.changed(deposit, in: data)
        return change
    }

    /// Refuses a visit day before `today` or one the van does not come to `partner` (`DueDates.isDeliveryDay`: a
    /// route weekday, no holiday, the partner open); the error names the next van day.
    public static func checkVisit(_ visit: Day, for partner: Partner, today: Day, settings: LibrarySettings)
        throws(DeskError)
    {
        guard visit >= today else { throw .visitInThePast(visit, today: today) }
        guard DueDates.isDeliveryDay(visit, for: partner, settings: settings) else {
            let next = DueDates.nextDeliveryDay(for: partner, onOrAfter: visit, settings: settings)
            throw .notAVisitDay(visit, partner: partner.name, next: next)
        }
    }

    /// The deposits packed for `partner` and not sent yet, in the order they were made.
    public static func packedDeposits(for partner: Partner.ID, in data: LibraryData) -> [Deposit] {
        data.deposits.filter { $0.partnerID == partner && $0.dispatchedOn == nil && $0.returnedOn == nil }
    }

    /// Sends every deposit packed for `partner` (see `packForPartner`) on `day`, each as `dispatch` sends it; all of
    /// them or, when one is refused, none. Refused for a partnership that ended on or before `day`, and when nothing
    /// is packed for the partner. Touches the crates file and the deposits' season files.
    @discardableResult
    public static func sendPacked(to partner: Partner.ID, on day: Day, dueOn: Day? = nil, in data: inout LibraryData)
        throws(DeskError) -> DeskChange
    {
        let partnerRecord = data.partners[try partnerPosition(partner, in: data)]
        try requireTakingDeposits(partnerRecord)
        if let ended = partnerRecord.endedOn, ended <= day { throw .partnerEnded(name: partnerRecord.name, on: ended) }
        let packed = packedDeposits(for: partner, in: data)
        guard !packed.isEmpty else { throw .nothingPacked(partner: partnerRecord.name) }
        var working = data
        var change = DeskChange()
        for deposit in packed {
            change.merge(try dispatch(crates: deposit.crateIDs, to: partner, on: day, dueOn: dueOn, in: &working))
        }
        data = working
        return change
    }

    /// Whether the van comes to `partner` on `day` only as a special delivery: a day its route does not run (or a
    /// holiday, or a day it is closed).
    public static func isSpecialDelivery(_ day: Day, for partner: Partner, settings: LibrarySettings) -> Bool {
        !DueDates.isDeliveryDay(day, for: partner, settings: settings)
    }

    /// The deposits packed for `partner` that leave with the van on `day`: packed for that visit, or for none and
    /// the partner's next visit from `day` on is that day (`DepositVisits.packedVisit`).
    public static func packedDeposits(for partner: Partner, visit day: Day, in data: LibraryData) -> [Deposit] {
        packedDeposits(for: partner.id, in: data).filter { deposit in
            deposit.visitOn == day
                || (deposit.visitOn.map { $0 < day } ?? true) && deposit.createdOn <= day
                    && DepositVisits.packedVisit(of: deposit, partner: partner, data: data, today: day) == day
        }
    }

    /// The van has left on `day` with what was packed for `partner`'s visit that day (`packedDeposits(for:visit:)`):
    /// each deposit is sent on `day`, as `dispatch` sends it; all of them or none. Refused when nothing is packed
    /// for that visit, for an ended partnership, and for a day after `today` (the van has not left yet).
    @discardableResult
    public static func vanLeft(for partner: Partner.ID, on day: Day, today: Day, in data: inout LibraryData)
        throws(DeskError) -> DeskChange
    {
        let partnerRecord = data.partners[try partnerPosition(partner, in: data)]
        guard day <= today else { throw .vanNotLeftYet(day, today: today) }
        let packed = packedDeposits(for: partnerRecord, visit: day, in: data)
        guard !packed.isEmpty else { throw .nothingPackedForVisit(partner: partnerRecord.name, day: day) }
        var working = data
        var change = DeskChange()
        for deposit in packed {
            change.merge(try dispatch(crates: deposit.crateIDs, to: partner, on: day, in: &working))
        }
        data = working
        return change
    }

    /// Sends `crates` to `partner` on `day`, as the send form names them: each deposit packed for the partner whose
    /// crates are all among them is sent as it was packed, and the rest go out on one new deposit (`dispatch`). All
    /// of it or, when something is refused, none.
    @discardableResult
    public static func send(
        crates: [Crate.ID], to partner: Partner.ID, on day: Day, dueOn: Day? = nil, notes: String? = nil,
        in data: inout LibraryData
    ) throws(DeskError) -> DeskChange {
        var rest: [Crate.ID] = []
        for crate in crates where !rest.contains(crate) { rest.append(crate) }
        guard !rest.isEmpty else { throw .noCrates }
        var working = data
        var change = DeskChange()
        for deposit in packedDeposits(for: partner, in: data) where deposit.crateIDs.allSatisfy(rest.contains) {
            rest.removeAll { deposit.crateIDs.contains($0) }
            change.merge(
                try dispatch(crates: deposit.crateIDs, to: partner, on: day, dueOn: dueOn, notes: notes, in: &working))
        }
        if !rest.isEmpty {
            change.merge(try dispatch(crates: rest, to: partner, on: day, dueOn: dueOn, notes: notes, in: &working))
        }
        data = working
        return change
    }
}
