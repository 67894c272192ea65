/// A single column of text items with a highlighted selected item that is kept in view.
public struct ListView: Sendable, Hashable {
    public var items: [String]
    /// Shown instead of items when there are none.
    public var emptyMessage: String
    public var style: Style
    public var selectedStyle: Style

    public init(items: [String], emptyMessage: String = "", style: Style = .plain, selectedStyle: Style = .reverse) {
        self.items = items
        self.emptyMessage = emptyMessage
        self.style = style
        self.selectedStyle = selectedStyle
    }

    /// Draws the list into `area` of `grid`; updates `state` so that the selection stays on screen.
    public func render(into grid: inout CellGrid, area: Rect, state: inout ListState) {
        let table = TableView(
            columns: [TableColumn("", width: .flexible(minimum: 0))],
            rows: items.map { [$0] },
            emptyMessage: emptyMessage,
            showsHeader: false,
            style: style,
            selectedStyle: selectedStyle
        )
        table.render(into: &grid, area: area, state: &state)
    }
}
