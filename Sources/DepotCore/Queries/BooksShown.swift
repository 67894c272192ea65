/// The few books that work done without the catalogue still names by title (see
/// `LibraryStore.LoadScope.withoutCatalogue`): a command reads just these from the catalogue's shards.
extension LibraryData {
    /// Books kept back when a deposit came home and still at the partner: the van collects them, the route sheets
    /// and reminder letters name them.
    public var booksKeptAtPartners: Set<Item.ID> {
        var books = Set<Item.ID>()
        for deposit in deposits where deposit.isPartlyReturned {
            books.formUnion(deposit.barcodes(in: .atPartner))
        }
        return books
    }
}

extension LibraryData {
    /// Books recorded lost on the deposits of `season` (by `season(of:)`): their prices make the ledger's
    /// replacement values.
    public func booksLost(in season: Season) -> Set<Item.ID> {
        var books = Set<Item.ID>()
        for deposit in deposits where self.season(of: deposit) == season {
            books.formUnion(deposit.barcodes(in: .lost))
        }
        return books
    }
}

extension WeekText {
    /// The books on the packing lists of the crates `schedule` leaves at partners (`withItems`).
    public static func booksOnPackingLists(_ schedule: WeekSchedule, data: LibraryData) -> Set<Item.ID> {
        var books = Set<Item.ID>()
        for (crate, _) in cratesToLeave(schedule, data: data, index: LibraryIndex(data)) {
            books.formUnion(crate.itemBarcodes)
        }
        return books
    }
}
