/// A width × height buffer of cells that widgets draw into; the terminal shows it and diffs it against the last
/// frame. Rows are numbered from 0 at the top, columns from 0 at the left.
public struct CellGrid: Sendable, Hashable {
    public let width: Int
    public let height: Int
    private var cells: [Cell]

    /// A grid of blank cells in `style`.
    public init(width: Int, height: Int, style: Style = .plain) {
        self.width = max(0, width)
        self.height = max(0, height)
        self.cells = Array(repeating: .blank(style), count: self.width * self.height)
    }

    /// The whole grid as a rectangle.
    public var area: Rect { Rect(x: 0, y: 0, width: width, height: height) }

    /// The cell at column `x`, row `y`; a blank cell outside the grid.
    public subscript(x: Int, y: Int) -> Cell {
        guard x >= 0, x < width, y >= 0, y < height else { return .blank() }
        return cells[y * width + x]
    }

    /// Writes `text` from column `x` on row `y`, measured in display columns, and returns the columns used.
    ///
    /// The text is clipped to `maxWidth` columns and to the right edge of the grid. Text that does not fit is cut
    /// between characters and ends in "…"; when a wide character would have straddled the cut, the column it
    /// leaves is filled with a space in `style`. Controls and other zero-width characters are skipped.
    @discardableResult
    public mutating func put(_ text: String, x: Int, y: Int, style: Style = .plain, maxWidth: Int? = nil) -> Int {
        guard y >= 0, y < height, x >= 0, x < width else { return 0 }
        let available = min(maxWidth ?? Int.max, width - x)
        guard available > 0 else { return 0 }
        if let simple = simpleWidth(of: text), simple <= available {
            // One cell a scalar (see `simpleWidth`): no grapheme clusters to find.
            var column = x
            for scalar in text.unicodeScalars {
                let value = scalar.value
                let symbol = value < 0x80 ? asciiSymbols[Int(value)] : String(Character(scalar))
                set(Cell(symbol: symbol, width: 1, style: style), x: column, y: y)
                column += 1
            }
            return simple
        }
        let fits = displayWidth(of: text) <= available
        let shown = fits ? text : truncate(text, toWidth: available)
        var column = x
        for character in shown {
            let characterWidth = displayWidth(of: character)
            guard characterWidth > 0 else { continue }
            set(Cell(symbol: String(character), width: characterWidth, style: style), x: column, y: y)
            column += characterWidth
        }
        if !fits {
            while column < x + available {
                set(.blank(style), x: column, y: y)
                column += 1
            }
        }
        return column - x
    }

    /// Overwrites every cell of `rect` (clipped to the grid) with `symbol` in `style`.
    public mutating func fill(_ rect: Rect, style: Style = .plain, symbol: Character = " ") {
        let clipped = rect.intersection(area)
        guard !clipped.isEmpty else { return }
        if displayWidth(of: symbol) == 1 {
            // One cell made once and set everywhere: a frame clears most of the screen this way.
            let cell = Cell(symbol: String(symbol), width: 1, style: style)
            for y in clipped.y..<clipped.maxY {
                for x in clipped.x..<clipped.maxX { set(cell, x: x, y: y) }
            }
            return
        }
        let line = String(repeating: String(symbol), count: clipped.width)
        for y in clipped.y..<clipped.maxY {
            put(line, x: clipped.x, y: y, style: style, maxWidth: clipped.width)
        }
    }

    /// Lays `style` over the cells of `rect` (see `Style.patched(with:)`), keeping their text.
    public mutating func apply(_ style: Style, to rect: Rect) {
        let clipped = rect.intersection(area)
        guard !clipped.isEmpty else { return }
        for y in clipped.y..<clipped.maxY {
            for x in clipped.x..<clipped.maxX {
                cells[y * width + x].style = cells[y * width + x].style.patched(with: style)
            }
        }
    }

    /// The text of each row, with trailing spaces trimmed: the screen as a snapshot for tests.
    public func lines() -> [String] {
        (0..<height).map { y in
            var line = ""
            for x in 0..<width where !cells[y * width + x].isContinuation {
                line += cells[y * width + x].symbol
            }
            while line.last == " " {
                line.removeLast()
            }
            return line
        }
    }

    /// The cells that differ from `previous`, row by row, left to right. When the sizes differ every cell is listed.
    public func diff(from previous: CellGrid) -> [CellChange] {
        let sameSize = previous.width == width && previous.height == height
        var changes: [CellChange] = []
        for index in cells.indices where !sameSize || cells[index] != previous.cells[index] {
            changes.append(CellChange(x: index % width, y: index / width, cell: cells[index]))
        }
        return changes
    }

    /// Stores `cell` at (`x`, `y`) and repairs any wide character it cuts in half, so that every wide cell is
    /// always followed by its continuation.
    mutating func set(_ cell: Cell, x: Int, y: Int) {
        guard x >= 0, x < width, y >= 0, y < height else { return }
        var cell = cell
        if cell.width == 2, x + 1 >= width {
            cell = .blank(cell.style)
        }
        let index = y * width + x
        if cells[index].isContinuation, x > 0 {
            cells[index - 1] = .blank(cells[index - 1].style)
        }
        if cells[index].width == 2, x + 1 < width {
            cells[index + 1] = .blank(cells[index].style)
        }
        cells[index] = cell
        if cell.width == 2 {
            if cells[index + 1].width == 2, x + 2 < width {
                cells[index + 2] = .blank(cells[index + 1].style)
            }
            cells[index + 1] = .continuation(cell.style)
        }
    }
}

/// The text of a cell showing each ASCII character, made once: a frame puts thousands of them.
private let asciiSymbols: [String] = (0..<128).map { String(Character(Unicode.Scalar(UInt8($0)))) }
