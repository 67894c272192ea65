/// A modal box centred over the screen, with a title, lines of text and a hint for its buttons, e.g.
/// "Enter OK  Esc Cancel".
public struct Dialog: Sendable, Hashable {
    public var title: String
    public var lines: [String]
    public var buttonHint: String
    public var style: Style

    public init(title: String, lines: [String], buttonHint: String = "Enter OK  Esc Cancel", style: Style = .plain) {
        self.title = title
        self.lines = lines
        self.buttonHint = buttonHint
        self.style = style
    }

    /// Clears a centred box inside `area`, draws the dialog in it and returns the box. A line wider than the area
    /// is wrapped at spaces onto the rows below, so a question is never cut.
    @discardableResult
    public func render(into grid: inout CellGrid, area: Rect) -> Rect {
        let room = max(1, area.width - 4)
        let lines = self.lines.flatMap { displayWidth(of: $0) > room ? wrap($0, toWidth: room) : [$0] }
        let contentWidth = min(
            room,
            max(
                lines.map { displayWidth(of: $0) }.max() ?? 0,
                displayWidth(of: buttonHint),
                displayWidth(of: title) + 2
            ))
        let hintRows = buttonHint.isEmpty ? 0 : 2
        let box = area.centered(width: contentWidth + 4, height: lines.count + hintRows + 2)
        guard !box.isEmpty else { return box }
        grid.fill(box, style: style)
        let inner = Border(title: title, style: style).render(into: &grid, area: box).inset(horizontal: 1, vertical: 0)
        guard !inner.isEmpty else { return box }
        for (index, line) in lines.enumerated() where index < inner.height - hintRows {
            grid.put(line, x: inner.x, y: inner.y + index, style: style, maxWidth: inner.width)
        }
        if !buttonHint.isEmpty {
            let hintWidth = min(displayWidth(of: buttonHint), inner.width)
            let hintX = inner.x + (inner.width - hintWidth) / 2
            grid.put(buttonHint, x: hintX, y: inner.maxY - 1, style: style.patched(with: .bold), maxWidth: inner.width)
        }
        return box
    }
}
