/// A key and what it does, shown in the status line, e.g. "q quit".
public struct KeyHint: Sendable, Hashable {
    public var key: String
    public var label: String

    public init(_ key: String, _ label: String) {
        self.key = key
        self.label = label
    }
}

/// One row with key hints on the left and a message on the right. The message wins when room is short; hints
/// that no longer fit whole are left out.
public struct StatusLine: Sendable, Hashable {
    public var hints: [KeyHint]
    public var message: String
    public var style: Style
    public var keyStyle: Style
    public var messageStyle: Style

    public init(
        hints: [KeyHint],
        message: String = "",
        style: Style = .plain,
        keyStyle: Style = .bold,
        messageStyle: Style = .plain
    ) {
        self.hints = hints
        self.message = message
        self.style = style
        self.keyStyle = keyStyle
        self.messageStyle = messageStyle
    }

    /// Draws the status line on the first row of `area`.
    public func render(into grid: inout CellGrid, area: Rect) {
        guard !area.isEmpty else { return }
        let row = area.row(0)
        grid.fill(row, style: style)
        let messageWidth = min(displayWidth(of: message), row.width)
        if messageWidth > 0 {
            grid.put(
                message,
                x: row.maxX - messageWidth,
                y: row.y,
                style: style.patched(with: messageStyle),
                maxWidth: messageWidth
            )
        }
        let hintsEnd = messageWidth > 0 ? row.maxX - messageWidth - 2 : row.maxX
        var x = row.x
        for hint in hints {
            let gap = x == row.x ? 0 : 2
            let hintWidth = displayWidth(of: hint.key) + 1 + displayWidth(of: hint.label)
            guard x + gap + hintWidth <= hintsEnd else { break }
            x += gap
            x += grid.put(hint.key, x: x, y: row.y, style: style.patched(with: keyStyle))
            x += grid.put(" " + hint.label, x: x, y: row.y, style: style)
        }
    }
}
