extension Desk {
    /// Writes `item` off as lost on `deposit` on `day`: a `.lost` exception and item status `.lost`; the item leaves
    /// its crate. Works while the deposit is out and for an item kept back when it came home.
    ///
    /// Refused when the item was not lent on the deposit, is already written off there, or came back with it.
    /// Touches the deposit's season file, the items file and, when the item was in a crate, the crates file.
    @discardableResult
    public static func writeOff(
        item: Item.ID, on deposit: Deposit.ID, on day: Day, note: String? = nil, in data: inout LibraryData
    ) throws(DeskError) -> DeskChange {
        let itemIndex = try itemPosition(item, in: data)
        let depositIndex = try depositPosition(deposit, in: data)
        let record = data.deposits[depositIndex]
        guard record.itemBarcodes.contains(item) else { throw .itemNotOnDeposit(item, deposit: deposit) }
        switch record.state(of: item) {
        case .lost: throw .itemAlreadyLost(item, deposit: deposit)
        case .returned: throw .itemAlreadyReturned(item, deposit: deposit)
        case .notSent: throw .depositNotSent(deposit)
        case .atPartner: break
        }
        data.deposits[depositIndex].exceptions.append(
            Deposit.Exception(barcode: item, kind: .lost, recordedOn: day, note: note))
        data.items[itemIndex].status = .lost
        var change = DeskChange(touched: [.items(of: item)])
        change.changed(data.deposits[depositIndex], in: data)
        if removeFromCrates([item], in: &data) { change.touch(.crates) }
        return change
    }

    /// Records that a lost item was found on `day`: status `.available` again (it waits on the shelf, in no crate)
    /// and a `.found` exception on the deposit it was lost on. Nothing is deleted: the `.lost` exception stays, so
    /// the history reads "lost on 3 December, found on 20 January".
    ///
    /// Refused when the item is not recorded lost. Touches the items file and the deposit's season file.
    @discardableResult
    public static func found(item: Item.ID, on day: Day, note: String? = nil, in data: inout LibraryData)
        throws(DeskError) -> DeskChange
    {
        let itemIndex = try itemPosition(item, in: data)
        guard data.items[itemIndex].status == .lost else { throw .itemNotLost(item) }
        var change = DeskChange(touched: [.items(of: item)])
        let lostOn = data.deposits.lastIndex { deposit in
            deposit.exceptions.contains { $0.barcode == item && $0.kind == .lost } && deposit.state(of: item) == .lost
        }
        if let lostOn {
            data.deposits[lostOn].exceptions.append(
                Deposit.Exception(barcode: item, kind: .found, recordedOn: day, note: note))
            change.changed(data.deposits[lostOn], in: data)
        }
        data.items[itemIndex].status = .available
        return change
    }

    /// Records that an item kept back at a partner came home on its own (by post, with a colleague) on `day`:
    /// a `.found` exception on its deposit. When it comes with the next crates, `ScanIn` finds it by itself.
    ///
    /// Refused when no deposit has the item kept back. Touches the deposit's season file.
    @discardableResult
    public static func returnKeptBack(item: Item.ID, on day: Day, note: String? = nil, in data: inout LibraryData)
        throws(DeskError) -> DeskChange
    {
        _ = try itemPosition(item, in: data)
        guard let position = depositKeepingBack(item, in: data) else { throw .itemNotKeptBack(item) }
        data.deposits[position].exceptions.append(
            Deposit.Exception(barcode: item, kind: .found, recordedOn: day, note: note))
        var change = DeskChange()
        change.changed(data.deposits[position], in: data)
        return change
    }

    /// Marks a damaged item mended: status `.available`, ready to be packed. Touches the items file.
    @discardableResult
    public static func mended(item: Item.ID, in data: inout LibraryData) throws(DeskError) -> DeskChange {
        let itemIndex = try itemPosition(item, in: data)
        guard data.items[itemIndex].status == .damaged else { throw .itemNotDamaged(item) }
        data.items[itemIndex].status = .available
        return DeskChange(touched: [.items(of: item)])
    }
}
