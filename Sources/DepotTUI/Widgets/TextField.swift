/// A one-line text input: the text and a cursor counted in characters, with the usual editing keys.
public struct TextField: Sendable, Hashable {
    /// The text being edited; setting it keeps the cursor within it.
    public var text: String {
        didSet { cursor = min(cursor, text.count) }
    }
    /// The cursor position in characters, from 0 (before the first) to `text.count` (after the last).
    public private(set) var cursor: Int

    /// A field holding `text` with the cursor at its end.
    public init(text: String = "") {
        self.text = text
        self.cursor = text.count
    }

    /// Inserts `character` at the cursor and moves the cursor after it.
    public mutating func insert(_ character: Character) {
        insert(String(character))
    }

    /// Inserts `string` at the cursor and moves the cursor after it.
    public mutating func insert(_ string: String) {
        let position = index(at: cursor)
        let before = String(text[..<position]) + string
        text = before + text[position...]
        cursor = min(before.count, text.count)
    }

    /// Deletes the character before the cursor (Backspace).
    public mutating func deleteBackward() {
        guard cursor > 0 else { return }
        cursor -= 1
        text.remove(at: index(at: cursor))
    }

    /// Deletes the character under the cursor (Delete).
    public mutating func deleteForward() {
        guard cursor < text.count else { return }
        text.remove(at: index(at: cursor))
    }

    /// Deletes from the cursor to the end of the text.
    public mutating func deleteToEnd() {
        text = String(text[..<index(at: cursor)])
    }

    /// Deletes everything.
    public mutating func clear() {
        text = ""
        cursor = 0
    }

    public mutating func moveLeft() {
        cursor = max(0, cursor - 1)
    }

    public mutating func moveRight() {
        cursor = min(text.count, cursor + 1)
    }

    public mutating func moveToStart() {
        cursor = 0
    }

    public mutating func moveToEnd() {
        cursor = text.count
    }

    /// Applies an editing key: characters, Backspace, Delete, arrows, Home/End, Ctrl-A/Ctrl-E (start/end),
    /// Ctrl-K (delete to end) and Ctrl-U (clear). Returns whether the key was used.
    @discardableResult
    public mutating func handle(_ key: Key) -> Bool {
        switch key {
        case .character(let character): insert(character)
        case .backspace: deleteBackward()
        case .delete: deleteForward()
        case .left: moveLeft()
        case .right: moveRight()
        case .home, .control("a"): moveToStart()
        case .end, .control("e"): moveToEnd()
        case .control("k"): deleteToEnd()
        case .control("u"): clear()
        default: return false
        }
        return true
    }

    /// Draws the text on the first row of `area`; when `focused`, scrolled so that the cursor is visible and the cursor
    /// is a reversed cell, otherwise from its start. An empty, unfocused field shows `placeholder` dimmed.
    public func render(
        into grid: inout CellGrid,
        area: Rect,
        style: Style = .plain,
        focused: Bool = true,
        placeholder: String = ""
    ) {
        guard !area.isEmpty else { return }
        let row = area.row(0)
        grid.fill(row, style: style)
        if text.isEmpty, !focused {
            grid.put(placeholder, x: row.x, y: row.y, style: style.patched(with: .dim), maxWidth: row.width)
            return
        }
        let characters = Array(text)
        let cursorWidth = cursor < characters.count ? max(1, displayWidth(of: characters[cursor])) : 1
        var first = 0
        var widthBeforeCursor = characters[..<cursor].reduce(0) { $0 + displayWidth(of: $1) }
        // Only the field being typed in scrolls to its cursor; the others show how their text begins.
        while focused, first < cursor, widthBeforeCursor + cursorWidth > row.width {
            widthBeforeCursor -= displayWidth(of: characters[first])
            first += 1
        }
        var x = row.x
        for index in first..<characters.count {
            let characterWidth = displayWidth(of: characters[index])
            guard x + characterWidth <= row.maxX else { break }
            let cellStyle = focused && index == cursor ? style.patched(with: .reverse) : style
            x += grid.put(String(characters[index]), x: x, y: row.y, style: cellStyle)
        }
        if focused, cursor == characters.count, x < row.maxX {
            grid.put(" ", x: x, y: row.y, style: style.patched(with: .reverse))
        }
    }

    private func index(at offset: Int) -> String.Index {
        text.index(text.startIndex, offsetBy: min(max(0, offset), text.count))
    }
}
