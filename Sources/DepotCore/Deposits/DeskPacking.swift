extension Desk {
    /// Packs `item` into `crate` (at the end of its list).
    ///
    /// Refused when the barcode is unknown, the item is already in a crate (this one or another: the error names
    /// it), the item is lost, damaged or withdrawn, it is still recorded at a partner, or the crate is out or on a
    /// deposit that has not come back. The crate keeps its state: a crate at home stays home until it is sent.
    /// Touches the crates file.
    @discardableResult
    public static func pack(item: Item.ID, into crate: Crate.ID, in data: inout LibraryData) throws(DeskError)
        -> DeskChange
    {
        let itemIndex = try itemPosition(item, in: data)
        let crateIndex = try cratePosition(crate, in: data)
        if let holder = cratePosition(holding: item, in: data) {
            throw .itemInCrate(item, crate: data.crates[holder].id)
        }
        let status = data.items[itemIndex].status
        guard status == .available else { throw .itemNotAvailable(item, status: status) }
        if let keeping = depositKeepingBack(item, in: data) {
            let deposit = data.deposits[keeping]
            let partner = position(of: deposit.partnerID, in: data.partners).map { data.partners[$0].name }
            throw .itemAtPartner(item, partner: partner ?? deposit.partnerID.rawValue, deposit: deposit.id)
        }
        try checkCrateAtLibrary(crateIndex, in: data)
        data.crates[crateIndex].itemBarcodes.append(item)
        return DeskChange(touched: [.crates])
    }

    /// Takes `item` out of its crate (`crate`, or whichever holds it when nil) and back on the shelf.
    ///
    /// Refused when the item is not in that crate, or the crate is out or on a deposit that has not come back (the
    /// deposit's list of items would no longer match its crates). Touches the crates file.
    @discardableResult
    public static func unpack(item: Item.ID, from crate: Crate.ID? = nil, in data: inout LibraryData)
        throws(DeskError) -> DeskChange
    {
        _ = try itemPosition(item, in: data)
        let crateIndex: Int
        if let crate {
            crateIndex = try cratePosition(crate, in: data)
            guard data.crates[crateIndex].itemBarcodes.contains(item) else { throw .itemNotInCrate(item, crate: crate) }
        } else {
            guard let holder = cratePosition(holding: item, in: data) else { throw .itemNotInCrate(item, crate: nil) }
            crateIndex = holder
        }
        try checkCrateAtLibrary(crateIndex, in: data)
        data.crates[crateIndex].itemBarcodes.removeAll { $0 == item }
        return DeskChange(touched: [.crates])
    }

    /// A crate can be packed or unpacked only at the library and while no unreturned deposit holds it.
    private static func checkCrateAtLibrary(_ position: Int, in data: LibraryData) throws(DeskError) {
        let crate = data.crates[position]
        if let open = openDepositPosition(ofCrate: crate.id, in: data) {
            throw .crateOnDeposit(crate.id, deposit: data.deposits[open].id)
        }
        if crate.state == .out { throw .crateNotHome(crate.id, state: .out) }
    }
}
