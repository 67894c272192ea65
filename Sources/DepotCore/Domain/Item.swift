/// One physical copy in the deposit collection, known by its barcode.
public struct Item: Record, Hashable {
    public typealias ID = Identifier<Item>

    public enum Format: String, Codable, CaseIterable, Sendable {
        case pictureBook, boardBook, book, audiobook, game, other
    }

    public enum Status: String, Codable, CaseIterable, Sendable {
        /// In the collection: at home, in a crate or out on a deposit.
        case available
        /// Recorded lost on a deposit; restored to available if found.
        case lost
        /// Damaged and waiting for repair or withdrawal.
        case damaged
        /// Taken out of the collection for good.
        case withdrawn
    }

    /// The barcode, which is also the item's identifier.
    public var barcode: ID
    public var title: String
    public var author: String?
    public var ageBand: AgeBand
    public var theme: String?
    public var format: Format
    /// Replacement value, for charges and for the waived-value report.
    public var price: Money
    public var status: Status

    public var id: ID { barcode }

    public init(
        barcode: ID, title: String, author: String? = nil, ageBand: AgeBand, theme: String? = nil,
        format: Format = .pictureBook, price: Money, status: Status = .available
    ) {
        self.barcode = barcode
        self.title = title
        self.author = author
        self.ageBand = ageBand
        self.theme = theme
        self.format = format
        self.price = price
        self.status = status
    }
}
