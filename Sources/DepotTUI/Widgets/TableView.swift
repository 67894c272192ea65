/// A table of text rows under column titles, with a highlighted selected row that is kept in view.
///
/// When the columns do not fit, the lowest-priority columns are hidden (the rightmost first among equals) until
/// they do; spare room goes to flexible columns.
public struct TableView: Sendable, Hashable {
    public var columns: [TableColumn]
    /// The cell texts, one array per row, in column order.
    public var rows: [[String]]
    /// Shown instead of rows when there are none.
    public var emptyMessage: String
    public var showsHeader: Bool
    /// Empty columns between neighbouring columns.
    public var columnSpacing: Int
    public var style: Style
    public var headerStyle: Style
    public var selectedStyle: Style

    public init(
        columns: [TableColumn],
        rows: [[String]],
        emptyMessage: String = "",
        showsHeader: Bool = true,
        columnSpacing: Int = 2,
        style: Style = .plain,
        headerStyle: Style = .bold,
        selectedStyle: Style = .reverse
    ) {
        self.columns = columns
        self.rows = rows
        self.emptyMessage = emptyMessage
        self.showsHeader = showsHeader
        self.columnSpacing = columnSpacing
        self.style = style
        self.headerStyle = headerStyle
        self.selectedStyle = selectedStyle
    }

    /// A column shown on screen: which one and how many columns it gets.
    public struct ColumnSlot: Sendable, Hashable {
        public var index: Int
        public var width: Int
    }

    /// The columns that fit in `availableWidth`, left to right, with their widths.
    public func columnSlots(availableWidth: Int) -> [ColumnSlot] {
        guard availableWidth > 0 else { return [] }
        var shown = Array(columns.indices)
        func required() -> Int {
            shown.reduce(0) { $0 + columns[$1].minimumWidth } + max(0, columnSpacing) * max(0, shown.count - 1)
        }
        while shown.count > 1, required() > availableWidth {
            let lowest = shown.min { columns[$0].priority < columns[$1].priority }.map { columns[$0].priority }
            if let victim = shown.last(where: { columns[$0].priority == lowest }) {
                shown.removeAll { $0 == victim }
            }
        }
        var widths = shown.map { columns[$0].minimumWidth }
        var spare = availableWidth - required()
        let totalWeight = shown.reduce(0) { $0 + columns[$1].weight }
        if spare > 0, totalWeight > 0 {
            let startingSpare = spare
            for (position, index) in shown.enumerated() {
                let share = startingSpare * columns[index].weight / totalWeight
                widths[position] += share
                spare -= share
            }
            for (position, index) in shown.enumerated() where spare > 0 && columns[index].weight > 0 {
                widths[position] += 1
                spare -= 1
            }
        }
        if spare < 0, let last = widths.indices.last {
            widths[last] = max(0, widths[last] + spare)
        }
        return zip(shown, widths).map { ColumnSlot(index: $0, width: $1) }
    }

    /// Draws the table into `area` of `grid`; updates `state` with the row count and visible rows so that the
    /// selection stays on screen.
    public func render(into grid: inout CellGrid, area: Rect, state: inout ListState) {
        render(into: &grid, area: area, state: &state, rowCount: rows.count) { rows[$0] }
    }

    /// Renders `rowCount` rows asked for one at a time, so that only the visible ones are ever built: a list of
    /// 60,000 items costs what its 20 visible rows cost. `rows` is ignored.
    public func render(
        into grid: inout CellGrid, area: Rect, state: inout ListState, rowCount: Int, row: (Int) -> [String]
    ) {
        guard !area.isEmpty else { return }
        grid.fill(area, style: style)
        let slots = columnSlots(availableWidth: area.width)
        var top = area.y
        if showsHeader {
            let header = columns.map(\.title)
            draw(header, slots: slots, grid: &grid, x: area.x, y: top, style: style.patched(with: headerStyle))
            top += 1
        }
        let bodyRows = area.maxY - top
        state.itemCount = rowCount
        state.visibleRows = max(1, bodyRows)
        guard bodyRows > 0 else { return }
        if rowCount == 0 {
            grid.put(emptyMessage, x: area.x, y: top, style: style.patched(with: .dim), maxWidth: area.width)
            return
        }
        for line in 0..<bodyRows {
            let rowIndex = state.offset + line
            guard rowIndex < rowCount else { break }
            var rowStyle = style
            if rowIndex == state.selected {
                rowStyle = style.patched(with: selectedStyle)
                grid.fill(Rect(x: area.x, y: top + line, width: area.width, height: 1), style: rowStyle)
            }
            draw(row(rowIndex), slots: slots, grid: &grid, x: area.x, y: top + line, style: rowStyle)
        }
    }

    private func draw(_ texts: [String], slots: [ColumnSlot], grid: inout CellGrid, x: Int, y: Int, style: Style) {
        var column = x
        for slot in slots {
            let text = slot.index < texts.count ? texts[slot.index] : ""
            var start = column
            if columns[slot.index].alignment == .trailing {
                start += max(0, slot.width - displayWidth(of: text))
            }
            grid.put(text, x: start, y: y, style: style, maxWidth: slot.width - (start - column))
            column += slot.width + max(0, columnSpacing)
        }
    }
}
