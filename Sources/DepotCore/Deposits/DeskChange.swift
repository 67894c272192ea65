/// What a desk operation changed: the files to save and the deposits it made or changed.
///
/// The screen saves exactly `touched`, so a return rewrites the deposit's season file, the crates and (when an
/// item's status changed) the items, and nothing else.
public struct DeskChange: Hashable, Sendable {
    /// The files whose records changed.
    public var touched: Set<StoreFile>
    /// Deposits made or changed, in the order the operation handled them.
    public var deposits: [Deposit.ID]

    public init(touched: Set<StoreFile> = [], deposits: [Deposit.ID] = []) {
        self.touched = touched
        self.deposits = deposits
    }

    /// The touched files in a stable order, for saving one after the other.
    public var files: [StoreFile] { touched.sorted() }

    /// This change followed by `other`.
    public mutating func merge(_ other: DeskChange) {
        touched.formUnion(other.touched)
        for deposit in other.deposits where !deposits.contains(deposit) { deposits.append(deposit) }
    }

    mutating func touch(_ file: StoreFile) { touched.insert(file) }

    mutating func changed(_ deposit: Deposit, in data: LibraryData) {
        touched.insert(.deposits(data.season(of: deposit)))
        if !deposits.contains(deposit.id) { deposits.append(deposit.id) }
    }
}
