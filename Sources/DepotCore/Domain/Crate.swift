/// A packed, numbered box of items that travels as one (*bogkasse*, *emnekasse*).
public struct Crate: Record, Hashable {
    public typealias ID = Identifier<Crate>

    public enum State: String, Codable, CaseIterable, Sendable {
        /// On the library's shelf, ready to be packed.
        case home
        /// Packed for a deposit that has not left yet.
        case packed
        /// At a partner.
        case out
        /// Being checked or mended.
        case inRepair
    }

    /// The crate's number as painted on it, e.g. "K017".
    public var id: ID
    /// "Bondegården", "Kroppen": the theme written on the label.
    public var theme: String
    public var ageBand: AgeBand
    public var itemBarcodes: [Item.ID]
    public var state: State
    public var notes: String?

    public init(
        id: ID, theme: String, ageBand: AgeBand, itemBarcodes: [Item.ID] = [], state: State = .home,
        notes: String? = nil
    ) {
        self.id = id
        self.theme = theme
        self.ageBand = ageBand
        self.itemBarcodes = itemBarcodes
        self.state = state
        self.notes = notes
    }

    public var colour: CrateColour { ageBand.colour }
}
