/// The size of a terminal in character cells.
public struct Size: Sendable, Hashable {
    public var columns: Int
    public var rows: Int

    public init(columns: Int, rows: Int) {
        self.columns = columns
        self.rows = rows
    }
}

/// What a `Terminal` needs from a screen: its size, a way to write changed cells, and key input.
/// `CursesBackend` drives a real terminal; `TestBackend` records frames for tests.
public protocol TerminalBackend: AnyObject {
    /// The current size; re-read it after a `.resize` key.
    var size: Size { get }
    /// Writes the given cells; nothing is shown until `flush()`. Continuation cells may be skipped, since the wide
    /// cell before them covers them.
    func draw(changes: [CellChange])
    /// Blanks the whole screen, so that the next frame is drawn from scratch.
    func clear()
    /// Shows what was drawn.
    func flush()
    /// Waits up to `timeoutMilliseconds` (forever when `nil`) for a key; `nil` when none came in time.
    func readKey(timeoutMilliseconds: Int?) -> Key?
    /// Rings the terminal bell.
    func beep()
    /// Hands the terminal back to the shell, e.g. to run a printer command or a pager.
    func suspend()
    /// Takes the terminal back after `suspend()`; the caller then redraws everything.
    func resume()
    /// Restores the terminal for good. Safe to call more than once.
    func shutdown()
}
