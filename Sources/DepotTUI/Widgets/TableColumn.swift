/// One column of a `TableView`: its title, how wide it is, and how important it is on narrow terminals.
public struct TableColumn: Sendable, Hashable {
    /// How a column's width is decided.
    public enum Width: Sendable, Hashable {
        /// Always exactly this many columns.
        case fixed(Int)
        /// At least `minimum` columns, plus a share of the spare room in proportion to `weight`.
        case flexible(minimum: Int, weight: Int = 1)
    }

    /// Where text sits inside the column.
    public enum Alignment: Sendable, Hashable {
        case leading
        case trailing
    }

    public var title: String
    public var width: Width
    /// Columns with the lowest priority are hidden first when the table does not fit; higher is more important.
    public var priority: Int
    public var alignment: Alignment

    public init(_ title: String, width: Width, priority: Int = 0, alignment: Alignment = .leading) {
        self.title = title
        self.width = width
        self.priority = priority
        self.alignment = alignment
    }

    /// The columns this column needs at the least.
    var minimumWidth: Int {
        switch width {
        case .fixed(let columns): max(0, columns)
        case .flexible(let minimum, _): max(0, minimum)
        }
    }

    var weight: Int {
        switch width {
        case .fixed: 0
        case .flexible(_, let weight): max(0, weight)
        }
    }
}
