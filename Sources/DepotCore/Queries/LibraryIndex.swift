/// Look-ups over a library's records, built once after loading or changing the data.
///
/// Building it is linear in the number of records; every look-up is then a dictionary access, so screens stay
/// fast at city scale (60,000 items).
public struct LibraryIndex: Sendable {
    public private(set) var partnerPosition: [Partner.ID: Int] = [:]
    public private(set) var cratePosition: [Crate.ID: Int] = [:]
    public private(set) var itemPosition = BarcodeTable<Int>()
    public private(set) var staffPosition: [StaffMember.ID: Int] = [:]
    /// The crate each packed item is in.
    public private(set) var crateOfItem = BarcodeTable<Crate.ID>()
    /// The deposit a crate is on now (packed or out, not returned).
    public private(set) var openDepositOfCrate: [Crate.ID: Int] = [:]
    /// Every deposit of a partner, oldest first.
    public private(set) var depositsOfPartner: [Partner.ID: [Int]] = [:]
    /// Every deposit a crate has been on, oldest first: its rotation history.
    public private(set) var depositsOfCrate: [Crate.ID: [Int]] = [:]

    public init(_ data: LibraryData) {
        partnerPosition = LibraryIndex.positions(of: data.partners)
        cratePosition = LibraryIndex.positions(of: data.crates)
        itemPosition = LibraryIndex.itemPositions(of: data.items)
        staffPosition = LibraryIndex.positions(of: data.staff)
        crateOfItem = LibraryIndex.crateOfItem(in: data.crates, items: data.items.count)
        indexDeposits(data)
    }

    /// The crate each packed item is in (the last crate listing it, if several do), for whoever needs only that.
    public static func crateOfItem(in crates: [Crate], items: Int = 0) -> BarcodeTable<Crate.ID> {
        var crateOfItem = BarcodeTable<Crate.ID>(minimumCapacity: items)
        for crate in crates {
            for barcode in crate.itemBarcodes { crateOfItem.updateValue(crate.id, forKey: barcode) }
        }
        return crateOfItem
    }

    /// The index of `data` after a change to its deposits only (a scan saved on a return, a renewal): the
    /// look-ups of partners, crates, items and staff are kept, those of deposits built anew. At city scale this is
    /// a pass over the deposits instead of over the 60,000 items.
    public mutating func updateDeposits(of data: LibraryData) {
        openDepositOfCrate = [:]
        depositsOfPartner = [:]
        depositsOfCrate = [:]
        indexDeposits(data)
    }

    /// The index of `data` after a change to the files `touched`, made from `previous` (the library this index
    /// was built for). Look-ups of records in untouched files are kept; the catalogue's positions are kept when its
    /// barcodes stand where they stood (an item edited, not added or removed). Falls back to building anew.
    public mutating func update(from previous: LibraryData, to data: LibraryData, touched: Set<StoreFile>) {
        var itemsChanged = false
        var depositsChanged = false
        for file in touched {
            switch file {
            case .items, .catalogue: itemsChanged = true
            case .deposits: depositsChanged = true
            case .plan, .settings, .teams, .events: break
            case .partners: partnerPosition = LibraryIndex.positions(of: data.partners)
            case .staff: staffPosition = LibraryIndex.positions(of: data.staff)
            case .crates:
                cratePosition = LibraryIndex.positions(of: data.crates)
                crateOfItem = LibraryIndex.crateOfItem(in: data.crates, items: data.items.count)
            }
        }
        if itemsChanged, !LibraryIndex.sameBarcodes(previous.items, data.items) {
            itemPosition = LibraryIndex.itemPositions(of: data.items)
        }
        if depositsChanged, !LibraryIndex.sameDepositShape(previous.deposits, data.deposits) {
            updateDeposits(of: data)
        }
    }

    /// Whether every deposit stands where it stood with the same partner, crates, day made and open or returned
    /// state: what the deposit look-ups are built from. A renewal or a scan changes none of them.
    public static func sameDepositShape(_ old: [Deposit], _ new: [Deposit]) -> Bool {
        guard old.count == new.count else { return false }
        return old.withUnsafeBufferPointer { old in
            new.withUnsafeBufferPointer { new in
                old.indices.allSatisfy { index in
                    old[index].id == new[index].id && old[index].partnerID == new[index].partnerID
                        && old[index].crateIDs == new[index].crateIDs && old[index].createdOn == new[index].createdOn
                        && (old[index].returnedOn == nil) == (new[index].returnedOn == nil)
                }
            }
        }
    }

    /// Whether the two catalogues hold the same barcodes in the same places (only chunks not shared are looked at).
    private static func sameBarcodes(_ old: ItemCatalogue, _ new: ItemCatalogue) -> Bool {
        guard let ranges = new.rangesNotShared(with: old) else { return false }
        return ranges.allSatisfy { range in range.allSatisfy { old[$0].barcode == new[$0].barcode } }
    }

    private mutating func indexDeposits(_ data: LibraryData) {
        let chronological = data.deposits.indices.sorted {
            (data.deposits[$0].createdOn, $0) < (data.deposits[$1].createdOn, $1)
        }
        for position in chronological {
            let deposit = data.deposits[position]
            depositsOfPartner[deposit.partnerID, default: []].append(position)
            for crate in deposit.crateIDs {
                depositsOfCrate[crate, default: []].append(position)
                if deposit.returnedOn == nil { openDepositOfCrate[crate] = position }
            }
        }
    }

    private static func positions<C: Collection>(of records: C) -> [C.Element.ID: Int] where C.Element: Record {
        var positions: [C.Element.ID: Int] = [:]
        positions.reserveCapacity(records.count)
        for (position, record) in records.enumerated() { positions[record.id] = position }
        return positions
    }

    /// Where each barcode stands in the catalogue (the last, should one stand twice, as in `positions(of:)`).
    private static func itemPositions(of items: ItemCatalogue) -> BarcodeTable<Int> {
        var positions = BarcodeTable<Int>(minimumCapacity: items.count)
        items.forEachChunk { chunk, first in
            for (offset, item) in chunk.enumerated() { positions.updateValue(first + offset, forKey: item.barcode) }
        }
        return positions
    }
}

extension LibraryData {
    public func partner(_ id: Partner.ID, in index: LibraryIndex) -> Partner? {
        index.partnerPosition[id].map { partners[$0] }
    }

    public func crate(_ id: Crate.ID, in index: LibraryIndex) -> Crate? {
        index.cratePosition[id].map { crates[$0] }
    }

    public func item(_ id: Item.ID, in index: LibraryIndex) -> Item? {
        index.itemPosition[id].map { items[$0] }
    }

    /// The partner's deposits that are packed or out.
    public func openDeposits(of partner: Partner.ID, in index: LibraryIndex) -> [Deposit] {
        (index.depositsOfPartner[partner] ?? []).map { deposits[$0] }.filter { $0.returnedOn == nil }
    }
}
