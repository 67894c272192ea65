import Foundation

/// What the desk's operations act on, as a librarian names it on the command line: a deposit or a crate, an item's
/// barcode, a list of crates.
extension Desk {
    /// The deposit `text` names for a return: a deposit number (`D2026-0031`), or a crate number (`K007`) for the
    /// deposit that crate is out on, or the last one it came home on partly (items kept back at the partner).
    ///
    /// Refused: neither a deposit nor a crate; a deposit not sent yet (a crate only packed); a deposit already home
    /// with nothing kept back (the error says when it came); a crate that has never been lent.
    public static func depositToReturn(_ text: String, in data: LibraryData) throws(DeskError) -> Deposit {
        let wanted = text.trimmingCharacters(in: .whitespaces).uppercased()
        if let position = position(of: Deposit.ID(wanted), in: data.deposits) {
            return try returnable(data.deposits[position])
        }
        let crate = Crate.ID(wanted)
        guard position(of: crate, in: data.crates) != nil else { throw .unknownDepositOrCrate(text) }
        if let open = openDepositPosition(ofCrate: crate, in: data) { return try returnable(data.deposits[open]) }
        let lent = data.deposits.filter { $0.crateIDs.contains(crate) }
        if let partly = lent.last(where: \.isPartlyReturned) { return partly }
        guard let last = lent.last else { throw .crateNeverLent(crate) }
        return try returnable(last)
    }

    private static func returnable(_ deposit: Deposit) throws(DeskError) -> Deposit {
        guard deposit.dispatchedOn != nil else { throw .depositNotSent(deposit.id) }
        if let returned = deposit.returnedOn, !deposit.isPartlyReturned {
            throw .depositReturned(deposit.id, on: returned)
        }
        return deposit
    }

    /// The deposit `item` is at a partner on, to write it off: the deposit out with it, else the returned one that
    /// kept it back. Refused for an unknown barcode, an item already written off (naming the deposit), and an item
    /// that is not at a partner.
    public static func depositHolding(_ item: Item.ID, in data: LibraryData) throws(DeskError) -> Deposit.ID {
        let status = data.items[try itemPosition(item, in: data)].status
        let out = data.deposits.last { deposit in
            deposit.dispatchedOn != nil && deposit.returnedOn == nil && deposit.itemBarcodes.contains(item)
                && deposit.state(of: item) == .atPartner
        }
        if let out { return out.id }
        if let keeping = depositKeepingBack(item, in: data) { return data.deposits[keeping].id }
        if status == .lost, let lostOn = data.deposits.last(where: { $0.state(of: item) == .lost }) {
            throw .itemAlreadyLost(item, deposit: lostOn.id)
        }
        throw .itemNotAtPartner(item)
    }

    /// An item turned up on `day`: one recorded lost is found (`found`), one kept back at a partner came home on
    /// its own (`returnKeptBack`). Refused when it is neither.
    @discardableResult
    public static func recordFound(item: Item.ID, on day: Day, note: String? = nil, in data: inout LibraryData)
        throws(DeskError) -> DeskChange
    {
        let status = data.items[try itemPosition(item, in: data)].status
        if status == .lost { return try found(item: item, on: day, note: note, in: &data) }
        if depositKeepingBack(item, in: data) != nil {
            return try returnKeptBack(item: item, on: day, note: note, in: &data)
        }
        throw .itemNotLost(item)
    }

    /// Renews every deposit out at `partner` (see `renew`): all of them or, when one is refused, none. Refused when
    /// the partner has nothing out.
    @discardableResult
    public static func renewAll(of partner: Partner.ID, to day: Day? = nil, in data: inout LibraryData)
        throws(DeskError) -> DeskChange
    {
        let name = data.partners[try partnerPosition(partner, in: data)].name
        let out = data.deposits.filter { $0.partnerID == partner && $0.dispatchedOn != nil && $0.returnedOn == nil }
        guard !out.isEmpty else { throw .noDepositOut(partner: name) }
        var working = data
        var change = DeskChange()
        for deposit in out { change.merge(try renew(deposit: deposit.id, to: day, in: &working)) }
        data = working
        return change
    }

    /// Crate numbers as typed: `K1,K2`, `k001 k002`: split at commas and spaces, upper-cased, each once, in order.
    public static func crateList(_ text: String) -> [Crate.ID] {
        var crates: [Crate.ID] = []
        for part in text.split(whereSeparator: { $0 == "," || $0 == " " || $0 == "\t" }) {
            let crate = Crate.ID(part.uppercased())
            if !crates.contains(crate) { crates.append(crate) }
        }
        return crates
    }
}
