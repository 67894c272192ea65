/// Draws frames on a backend, sending only the cells that changed since the last frame.
///
///     let terminal = Terminal(backend: try CursesBackend())
///     terminal.draw { grid in
///         TabBar(titles: ["Overview", "Partners"], selectedIndex: 0).render(into: &grid, area: grid.area.row(0))
///     }
public final class Terminal {
    public let backend: any TerminalBackend
    /// The last frame sent to the backend; `nil` until the first frame or after `forceFullRedraw()`.
    public private(set) var previousGrid: CellGrid?

    public init(backend: any TerminalBackend) {
        self.backend = backend
    }

    /// The backend's current size.
    public var size: Size { backend.size }

    /// Renders a new frame the size of the terminal with `render`, sends the cells that differ from the previous
    /// frame, shows them, and returns the frame.
    @discardableResult
    public func draw(_ render: (inout CellGrid) -> Void) -> CellGrid {
        let size = backend.size
        var grid = CellGrid(width: size.columns, height: size.rows)
        render(&grid)
        let changes: [CellChange]
        if let previousGrid, previousGrid.width == grid.width, previousGrid.height == grid.height {
            changes = grid.diff(from: previousGrid)
        } else {
            backend.clear()
            changes = grid.diff(from: CellGrid(width: grid.width, height: grid.height))
        }
        if !changes.isEmpty {
            backend.draw(changes: changes)
        }
        backend.flush()
        previousGrid = grid
        return grid
    }

    /// Shows `text` on the last row over the frame last drawn, at once, while the program is busy and cannot draw
    /// a whole frame (waiting for another desk to finish saving).
    public func showOnLastRow(_ text: String) {
        guard var grid = previousGrid, grid.height > 0 else { return }
        let row = Rect(x: 0, y: grid.height - 1, width: grid.width, height: 1)
        grid.fill(row, style: Style(attributes: .bold))
        grid.put(" " + text, x: 0, y: grid.height - 1, style: Style(attributes: .bold), maxWidth: grid.width)
        draw { $0 = grid }
    }

    /// Makes the next `draw` clear the screen and send every cell, e.g. after a resize or a suspended command.
    public func forceFullRedraw() {
        previousGrid = nil
    }

    /// Keys read after an Esc that turned out not to start a key sequence, given out next.
    private var pushedBack: [Key] = []

    /// Reads a key from the backend; a `.resize` also forces a full redraw of the next frame. The VT100/xterm
    /// sequences curses did not recognise (`EscapeSequence`) become their key.
    public func readKey(timeoutMilliseconds: Int? = nil) -> Key? {
        while true {
            guard let key = nextKey(timeoutMilliseconds: timeoutMilliseconds) else { return nil }
            guard key == .escape else { return key }
            switch readSequence() {
            case .key(let decoded):
                // A sequence that is no key (a mouse report) is swallowed: read on.
                if let decoded { return decoded }
            case .escape(let following):
                pushedBack.insert(contentsOf: following, at: 0)
                return .escape
            }
        }
    }

    private enum SequenceOutcome {
        case key(Key?)
        /// Esc on its own, and the keys read after it.
        case escape([Key])
    }

    /// Reads the keys after an Esc while they can still be a key sequence.
    private func readSequence() -> SequenceOutcome {
        var following: [Key] = []
        while following.count < EscapeSequence.longest,
            let next = nextKey(timeoutMilliseconds: EscapeSequence.keyGap)
        {
            following.append(next)
            switch EscapeSequence.match(following) {
            case .incomplete: continue
            case .key(let decoded): return .key(decoded)
            case .none: return .escape(following)
            }
        }
        return .escape(following)
    }

    private func nextKey(timeoutMilliseconds: Int?) -> Key? {
        if !pushedBack.isEmpty { return pushedBack.removeFirst() }
        let key = backend.readKey(timeoutMilliseconds: timeoutMilliseconds)
        if key == .resize {
            forceFullRedraw()
        }
        return key
    }

    /// Hands the terminal to `body` (e.g. running a printer command), then takes it back and redraws in full.
    public func suspended<Result>(_ body: () throws -> Result) rethrows -> Result {
        backend.suspend()
        defer {
            backend.resume()
            forceFullRedraw()
        }
        return try body()
    }
}
