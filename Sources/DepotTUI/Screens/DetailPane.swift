import DepotCore

/// The detail pane beside or under a list: a bordered `DetailText` that takes ↑/↓ to scroll while it has the focus.
struct DetailPane {
    /// The first line shown.
    var offset = 0
    /// True while the arrows scroll the pane instead of moving the list's selection.
    var isFocused = false
    /// Lines the pane showed when last drawn; paging moves by this much.
    private var visibleRows = 1

    /// Scrolls while focused: ↑ ↓ j k, PgUp PgDn, Home; Esc gives the focus back to the list. Returns whether the
    /// key was used.
    mutating func handle(_ key: Key) -> Bool {
        guard isFocused else { return false }
        switch key {
        case .up, .character("k"): offset = max(0, offset - 1)
        case .down, .character("j"): offset += 1
        case .pageUp: offset = max(0, offset - visibleRows)
        case .pageDown: offset += visibleRows
        case .home: offset = 0
        case .escape: isFocused = false
        default: return false
        }
        return true
    }

    /// The keys every list tab answers before its own: while the filter takes text every key goes to it, `/`
    /// starts a new search, Esc clears a kept filter (the next Esc is the pane's or the screen's), Tab moves the
    /// focus between list and pane. Nil when the key is the screen's to handle.
    mutating func lead(_ key: Key, _ rows: inout FilteredList) -> ScreenCommand? {
        if rows.isTyping {
            rows.handleTyping(key)
            return .handled
        }
        switch key {
        case .character("/"): rows.startTyping()
        case .escape:
            guard rows.clearKeptFilter() else { return nil }
            offset = 0
        case .tab: isFocused.toggle()
        default: return nil
        }
        return .handled
    }

    /// The keys a list with this pane answers when the screen has no use for them: the pane scrolls while
    /// focused, otherwise the list's selection moves (and the pane goes back to its top).
    mutating func browse(_ key: Key, _ rows: inout FilteredList) -> ScreenCommand {
        if handle(key) { return .handled }
        guard rows.moveSelection(key) else { return .ignored }
        offset = 0
        return .handled
    }

    /// Draws `text` in a border titled `title`, keeping the offset within the text.
    mutating func render(_ text: DetailText, title: String, into grid: inout CellGrid, area: Rect) {
        let inner = Border(title: title, style: isFocused ? .bold : .dim).render(into: &grid, area: area)
        visibleRows = max(1, inner.height)
        offset = max(0, min(offset, text.rowCount(width: inner.width) - inner.height))
        text.render(into: &grid, area: inner, offset: offset)
    }
}

extension TableView {
    /// Lays a style over the text of one column of the rows `render(into:area:state:rowCount:row:)` drew, such as
    /// the crate colour over an age band. Call it right after `render` with the same area, state and row count;
    /// `cell` gives the text and style of one row's cell and is only asked for visible rows.
    func tint(
        column: Int, in grid: inout CellGrid, area: Rect, state: ListState, rowCount: Int,
        cell: (Int) -> (text: String, style: Style)
    ) {
        guard !area.isEmpty else { return }
        var x = area.x
        var width = 0
        for slot in columnSlots(availableWidth: area.width) {
            if slot.index == column {
                width = slot.width
                break
            }
            x += slot.width + max(0, columnSpacing)
        }
        guard width > 0 else { return }
        let top = area.y + (showsHeader ? 1 : 0)
        for line in 0..<max(0, area.maxY - top) {
            let row = state.offset + line
            guard row < rowCount else { break }
            let (text, style) = cell(row)
            grid.apply(style, to: Rect(x: x, y: top + line, width: min(width, displayWidth(of: text)), height: 1))
        }
    }
}
