/// The daily work at the desk: packing crates, sending them, renewals, writing off and finding items.
///
/// Every operation changes a `LibraryData` in place and returns a `DeskChange` naming the files it touched, so the
/// caller saves exactly those. An operation either succeeds completely or throws a `DeskError` and leaves the data
/// as it was. Operations keep the data consistent: `LibraryCheck` finds nothing after any of them.
///
/// Look-ups use the sorted collections of `LibraryData` (binary search, with a linear fallback for data that is
/// not sorted), so one operation costs at most a pass over the crates or deposits, never an index of the catalogue.
/// Scanning a returned deposit, barcode after barcode, has a session of its own: `ScanIn`.
public enum Desk {}

extension Desk {
    /// The position of the record with `id` in a collection kept sorted by identifier.
    static func position<C: RandomAccessCollection<R>, R: Record>(of id: R.ID, in records: C) -> Int?
    where C.Index == Int {
        var low = 0
        var high = records.count
        while low < high {
            let middle = (low + high) / 2
            if records[middle].id < id { low = middle + 1 } else { high = middle }
        }
        if low < records.count && records[low].id == id { return low }
        return records.firstIndex { $0.id == id }
    }

    /// Where a new record with `id` goes to keep the collection sorted.
    static func insertionPoint<R: Record>(for id: R.ID, in records: [R]) -> Int {
        var low = 0
        var high = records.count
        while low < high {
            let middle = (low + high) / 2
            if records[middle].id < id { low = middle + 1 } else { high = middle }
        }
        return low
    }

    static func itemPosition(_ id: Item.ID, in data: LibraryData) throws(DeskError) -> Int {
        guard let position = position(of: id, in: data.items) else { throw .unknownItem(id) }
        return position
    }

    static func cratePosition(_ id: Crate.ID, in data: LibraryData) throws(DeskError) -> Int {
        guard let position = position(of: id, in: data.crates) else { throw .unknownCrate(id) }
        return position
    }

    static func partnerPosition(_ id: Partner.ID, in data: LibraryData) throws(DeskError) -> Int {
        guard let position = position(of: id, in: data.partners) else { throw .unknownPartner(id) }
        return position
    }

    static func depositPosition(_ id: Deposit.ID, in data: LibraryData) throws(DeskError) -> Int {
        guard let position = position(of: id, in: data.deposits) else { throw .unknownDeposit(id) }
        return position
    }

    /// The item with `id`: through `index` when given, else by binary search.
    static func item(_ id: Item.ID, in data: LibraryData, index: LibraryIndex?) -> Item? {
        if let index { return data.item(id, in: index) }
        return position(of: id, in: data.items).map { data.items[$0] }
    }

    /// The partner with `id`: through `index` when given, else by binary search.
    static func partner(_ id: Partner.ID, in data: LibraryData, index: LibraryIndex?) -> Partner? {
        if let index { return data.partner(id, in: index) }
        return position(of: id, in: data.partners).map { data.partners[$0] }
    }

    /// The crate with `id`: through `index` when given, else by binary search.
    static func crate(_ id: Crate.ID, in data: LibraryData, index: LibraryIndex?) -> Crate? {
        if let index { return data.crate(id, in: index) }
        return position(of: id, in: data.crates).map { data.crates[$0] }
    }

    /// The crate an item is packed in.
    static func cratePosition(holding item: Item.ID, in data: LibraryData) -> Int? {
        data.crates.firstIndex { $0.itemBarcodes.contains(item) }
    }

    /// The deposit a crate is on now (packed or out, not returned).
    static func openDepositPosition(ofCrate crate: Crate.ID, in data: LibraryData) -> Int? {
        data.deposits.lastIndex { $0.returnedOn == nil && $0.crateIDs.contains(crate) }
    }

    /// The returned deposit that has `item` kept back at its partner.
    static func depositKeepingBack(_ item: Item.ID, in data: LibraryData) -> Int? {
        data.deposits.lastIndex { deposit in
            deposit.returnedOn != nil
                && deposit.exceptions.contains { $0.barcode == item && $0.kind == .stillAtPartner }
                && deposit.state(of: item) == .atPartner
        }
    }

    /// The next free deposit number in the year of `day`: `D2026-0007`.
    static func nextDepositID(createdOn day: Day, in data: LibraryData) -> Deposit.ID {
        let prefix = "D\(day.year)-"
        var numbers: [Int] = []
        for deposit in data.deposits where deposit.id.rawValue.hasPrefix(prefix) {
            if let number = Int(deposit.id.rawValue.dropFirst(prefix.count)) { numbers.append(number) }
        }
        let number = String(NextNumber.after(numbers))
        let padding = String(repeating: "0", count: max(0, 4 - number.count))
        return Deposit.ID(prefix + padding + number)
    }

    /// Takes `items` out of whichever crates hold them; reports whether any crate changed.
    @discardableResult
    static func removeFromCrates(_ items: Set<Item.ID>, in data: inout LibraryData) -> Bool {
        guard !items.isEmpty else { return false }
        var changed = false
        for position in data.crates.indices where data.crates[position].itemBarcodes.contains(where: items.contains) {
            data.crates[position].itemBarcodes.removeAll(where: items.contains)
            changed = true
        }
        return changed
    }
}
