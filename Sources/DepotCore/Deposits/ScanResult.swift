/// What scanning one barcode while a deposit comes home found.
public enum ScanResult: Hashable, Sendable {
    /// An item of this deposit, now counted as back.
    case returned(Item)
    /// An item of this deposit that was already scanned in this session.
    case alreadyScanned(Item)
    /// An item this partner kept back or lost on an earlier deposit (or lost on this one), now back: finishing the
    /// session records it found on `deposit`.
    case lateReturn(Item, deposit: Deposit.ID)
    /// An item that is not this deposit's: it belongs to `crate` and, when that crate (or the item) is out, to
    /// `partner`. It is flagged and never counted; put it aside and sort it out separately.
    case foreign(Item, crate: Crate.ID?, partner: Partner.ID?)
    /// No item in the catalogue has this barcode.
    case unknown(String)

    /// The item the barcode named, unless it was unknown.
    public var item: Item? {
        switch self {
        case .returned(let item), .alreadyScanned(let item), .lateReturn(let item, _), .foreign(let item, _, _):
            return item
        case .unknown: return nil
        }
    }

    /// Whether the scan counted an item as back (a deposit's or a late one).
    public var isAccepted: Bool {
        switch self {
        case .returned, .lateReturn: return true
        case .alreadyScanned, .foreign, .unknown: return false
        }
    }
}

/// What to record for an item of the deposit that was not scanned when the session is finished.
public enum MissingDecision: String, Hashable, Sendable, CaseIterable {
    /// Written off: a `.lost` exception and item status `.lost`. A charged partner pays its price; for an exempt one
    /// the price is recorded as waived.
    case lost
    /// Not back yet; the partner will look for it. A `.stillAtPartner` exception: the deposit is partly returned
    /// until the item is scanned in on it, written off or found.
    case stillAtPartner
    /// It is here after all (a barcode that would not scan, a book at the bottom of the van): counted as back.
    case returned
}
