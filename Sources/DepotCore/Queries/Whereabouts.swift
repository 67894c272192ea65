/// Where every crate and every item is, worked out from the deposits: the one truth about the crate's journey.
///
/// Nothing here is stored. A crate's `state` field and an item's `status` field are what the desk recorded; this
/// is what the deposits say, and `depot check` reports where the two disagree. Every screen, printout, letter and
/// command that says where something is asks here, so they cannot disagree with each other.
///
/// Built once for a library in one pass over the deposits (the newest deposit of a crate decides), then each
/// question is a dictionary look-up.
public struct Whereabouts: Sendable {
    /// Where a crate is.
    public enum CratePlace: Hashable, Sendable {
        /// On the library's shelf (or packed with no deposit yet).
        case home
        /// Packed for a partner's van visit, not sent yet. `visit` is the day it is packed for, when one was chosen.
        case packed(partner: Partner.ID, deposit: Deposit.ID, visit: Day?)
        /// At a partner since `since`, due back on `due`.
        case out(partner: Partner.ID, deposit: Deposit.ID, since: Day, due: Day)
        /// Being checked or mended at the library.
        case inRepair
    }

    /// Where an item is.
    public enum ItemPlace: Hashable, Sendable {
        /// At the library, in no crate.
        case shelf
        /// At the library, in a crate that is home (or in repair).
        case inCrate(Crate.ID)
        /// In a crate packed for a partner's visit.
        case packed(crate: Crate.ID, partner: Partner.ID, deposit: Deposit.ID)
        /// At a partner: with its crate on a deposit that is out, or kept back when the crate came home
        /// (`crate` is then nil: the crate is back, the book is not).
        case atPartner(partner: Partner.ID, deposit: Deposit.ID, crate: Crate.ID?, since: Day, due: Day)
        /// Written off as lost (on `deposit`, when it was lost on one).
        case lost(deposit: Deposit.ID?)
        /// Damaged, waiting for repair or withdrawal.
        case damaged
        /// Taken out of the collection.
        case withdrawn
    }

    private var crates: [Crate.ID: CratePlace] = [:]
    // By barcode in `BarcodeTable`s: hashing a city's barcodes as text was half the cost of working these out.
    private var lent = BarcodeTable<ItemPlace>()
    private var packedIn = BarcodeTable<Crate.ID>()
    private var statuses = BarcodeTable<Item.Status>()
    private var repairs: Set<Crate.ID> = []

    /// The deposits with books still at their partner after the crates came home (partly returned), in id order.
    public private(set) var partlyReturned: [Deposit.ID] = []

    public init(data: LibraryData) {
        packedIn = BarcodeTable(minimumCapacity: data.crates.reduce(0) { $0 + $1.itemBarcodes.count })
        for crate in data.crates {
            if crate.state == .inRepair { repairs.insert(crate.id) }
            for barcode in crate.itemBarcodes { packedIn[barcode] = crate.id }
        }
        // Sized for every book that could be lent or lost at once: growing from nothing made this table twelve
        // times over, each time setting every slot of the larger one.
        lent = BarcodeTable(
            minimumCapacity: data.deposits.reduce(0) {
                $0 + ($1.returnedOn == nil ? $1.itemBarcodes.count : 0) + $1.exceptions.count
            })
        // Read where the items stand: iterating the catalogue would copy each item.
        data.items.forEachChunk { items, _ in
            for index in items.indices where items[index].status != .available {
                statuses[items[index].id] = items[index].status
            }
        }
        // Deposits in identifier order, which is the order they were made: a later deposit of a crate wins.
        for deposit in data.deposits {
            var kept = false
            switch (deposit.dispatchedOn, deposit.returnedOn) {
            case (nil, nil):
                for crate in deposit.crateIDs {
                    crates[crate] = .packed(partner: deposit.partnerID, deposit: deposit.id, visit: deposit.visitOn)
                }
            case (let sent?, nil):
                for crate in deposit.crateIDs {
                    crates[crate] = .out(
                        partner: deposit.partnerID, deposit: deposit.id, since: sent, due: deposit.dueOn)
                }
            case (_, _?):
                for crate in deposit.crateIDs { crates[crate] = nil }
            }
            // Most deposits have no exception but for damage: then every book is in the same state, and the
            // books' states are not worked out one by one (a city's five seasons lend a quarter of a million).
            if !deposit.exceptions.contains(where: { $0.kind != .damaged }) {
                if let sent = deposit.dispatchedOn, deposit.returnedOn == nil {
                    for barcode in deposit.itemBarcodes {
                        lent[barcode] = .atPartner(
                            partner: deposit.partnerID, deposit: deposit.id, crate: crateHolding(barcode, on: deposit),
                            since: sent, due: deposit.dueOn)
                    }
                } else if !lent.isEmpty {
                    for barcode in deposit.itemBarcodes { lent.remove(barcode) }
                }
                continue
            }
            for (barcode, state) in deposit.itemStates {
                switch state {
                case .atPartner:
                    let out = deposit.returnedOn == nil
                    lent[barcode] = .atPartner(
                        partner: deposit.partnerID, deposit: deposit.id,
                        crate: out ? crateHolding(barcode, on: deposit) : nil,
                        since: deposit.dispatchedOn ?? deposit.createdOn, due: deposit.dueOn)
                    if !out { kept = true }
                case .lost:
                    lent[barcode] = .lost(deposit: deposit.id)
                case .notSent, .returned:
                    lent[barcode] = nil
                }
            }
            if kept { partlyReturned.append(deposit.id) }
        }
    }

    /// Updates these whereabouts for a change to items only (a write-off, a withdrawal, a title), from `old` to `new`:
    /// the items' recorded statuses are read again, crates and deposits are as before. Only the catalogue's chunks
    /// the change touched are looked at when the two have the same length; otherwise every item's status.
    public mutating func updateStatuses(from old: ItemCatalogue, to new: ItemCatalogue) {
        if let ranges = new.rangesNotShared(with: old) {
            for range in ranges {
                for index in range { statuses[old[index].id] = nil }
                for index in range where new[index].status != .available {
                    statuses[new[index].id] = new[index].status
                }
            }
        } else {
            statuses = BarcodeTable()
            new.forEachChunk { items, _ in
                for index in items.indices where items[index].status != .available {
                    statuses[items[index].id] = items[index].status
                }
            }
        }
    }

    /// Updates these whereabouts for a change to deposits that moved nothing (a renewal, a visit day moved):
    /// every deposit stands where it stood with the same partner, crates, items, exceptions and days sent and
    /// returned; only its due or visit day (or its renewals, notes) changed. The places of the changed deposits'
    /// crates and items then take the new days. Returns false, changing nothing, when any change moved something
    /// (a return, a dispatch, a new deposit): build them anew then.
    ///
    /// A mutating update, so that whereabouts held once are changed in place rather than copied (the places of
    /// every lent item, at city scale tens of thousands).
    public mutating func updateDates(from old: [Deposit], to new: [Deposit]) -> Bool {
        guard old.count == new.count else { return false }
        // Compared in place through the buffers: indexing the arrays would copy each deposit to compare it.
        let found: [Int]? = old.withUnsafeBufferPointer { old in
            new.withUnsafeBufferPointer { new in
                var changed: [Int] = []
                for index in old.indices where old[index] != new[index] {
                    guard old[index].id == new[index].id, old[index].partnerID == new[index].partnerID,
                        old[index].crateIDs == new[index].crateIDs,
                        old[index].itemBarcodes == new[index].itemBarcodes,
                        old[index].exceptions == new[index].exceptions,
                        old[index].dispatchedOn == new[index].dispatchedOn,
                        old[index].returnedOn == new[index].returnedOn, old[index].createdOn == new[index].createdOn
                    else { return nil }
                    changed.append(index)
                }
                return changed
            }
        }
        guard let changed = found else { return false }
        for deposit in changed.map({ new[$0] }) {
            for crate in deposit.crateIDs {
                switch crates[crate] {
                case .packed(let partner, deposit.id, _)?:
                    crates[crate] = .packed(partner: partner, deposit: deposit.id, visit: deposit.visitOn)
                case .out(let partner, deposit.id, let since, _)?:
                    crates[crate] = .out(partner: partner, deposit: deposit.id, since: since, due: deposit.dueOn)
                default: break
                }
            }
            for barcode in deposit.itemBarcodes {
                if case .atPartner(let partner, deposit.id, let crate, let since, _)? = lent[barcode] {
                    lent[barcode] = .atPartner(
                        partner: partner, deposit: deposit.id, crate: crate, since: since, due: deposit.dueOn)
                }
            }
        }
        return true
    }

    /// The crate of `deposit` that holds `barcode` now (packing is fixed while a deposit is out).
    private func crateHolding(_ barcode: Item.ID, on deposit: Deposit) -> Crate.ID? {
        packedIn[barcode].flatMap { deposit.crateIDs.contains($0) ? $0 : nil } ?? deposit.crateIDs.first
    }

    /// Where the crate is.
    public func place(ofCrate crate: Crate.ID) -> CratePlace {
        if let place = crates[crate] { return place }
        return repairs.contains(crate) ? .inRepair : .home
    }

    /// Where the item is. A lost item found again is where its crate is, or on the shelf.
    public func place(ofItem item: Item.ID) -> ItemPlace {
        if let place = lent[item] { return place }
        switch statuses[item] {
        case .lost?: return .lost(deposit: nil)
        case .damaged?: return .damaged
        case .withdrawn?: return .withdrawn
        case .available?, nil: break
        }
        guard let crate = packedIn[item] else { return .shelf }
        if case .packed(let partner, let deposit, _) = place(ofCrate: crate) {
            return .packed(crate: crate, partner: partner, deposit: deposit)
        }
        return .inCrate(crate)
    }

    /// The item status the desk should have recorded for an item in `place`; nil where any status fits
    /// (at the library, an item may be available, damaged or withdrawn).
    public static func expectedStatus(at place: ItemPlace) -> Item.Status? {
        switch place {
        case .atPartner, .packed: return .available
        case .lost(let deposit): return deposit == nil ? nil : .lost
        case .shelf, .inCrate, .damaged, .withdrawn: return nil
        }
    }

    /// The crate states the desk may have recorded for a crate in `place`.
    public static func expectedStates(at place: CratePlace) -> [Crate.State] {
        switch place {
        case .out: return [.out]
        case .packed: return [.packed]
        case .home, .inRepair: return [.home, .inRepair]
        }
    }
}
