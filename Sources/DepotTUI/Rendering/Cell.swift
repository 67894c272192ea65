/// One column of the screen: a grapheme cluster, how many columns it covers, and its style.
///
/// A wide character (width 2) sits in its own cell and is followed by a continuation cell of width 0
/// that holds no text.
public struct Cell: Sendable, Hashable {
    /// The grapheme cluster shown in this cell; empty for a continuation cell.
    public var symbol: String
    /// Display columns covered: 1 for most text, 2 for wide characters, 0 for the continuation of a wide one.
    public var width: Int
    public var style: Style

    public init(symbol: String, width: Int, style: Style = .plain) {
        self.symbol = symbol
        self.width = width
        self.style = style
    }

    /// A space in the given style.
    public static func blank(_ style: Style = .plain) -> Cell {
        Cell(symbol: " ", width: 1, style: style)
    }

    /// The right half of a wide character.
    public static func continuation(_ style: Style) -> Cell {
        Cell(symbol: "", width: 0, style: style)
    }

    /// Whether this cell is the right half of a wide character drawn in the cell to its left.
    public var isContinuation: Bool { width == 0 }
}

/// A cell that differs from the previous frame, at column `x` and row `y`.
public struct CellChange: Sendable, Hashable {
    public var x: Int
    public var y: Int
    public var cell: Cell

    public init(x: Int, y: Int, cell: Cell) {
        self.x = x
        self.y = y
        self.cell = cell
    }
}
