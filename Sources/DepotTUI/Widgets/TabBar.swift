/// A row of numbered tabs, "1 Overview  2 Partners  3 Events", with the active one highlighted.
public struct TabBar: Sendable, Hashable {
    public var titles: [String]
    /// The index of the active tab in `titles`.
    public var selectedIndex: Int
    public var style: Style
    public var activeStyle: Style

    public init(
        titles: [String], selectedIndex: Int, style: Style = .plain, activeStyle: Style = Style.reverse.adding(.bold)
    ) {
        self.titles = titles
        self.selectedIndex = selectedIndex
        self.style = style
        self.activeStyle = activeStyle
    }

    /// Draws the tabs on the first row of `area`; tabs that do not fit are cut off with "…".
    public func render(into grid: inout CellGrid, area: Rect) {
        guard !area.isEmpty else { return }
        let row = area.row(0)
        grid.fill(row, style: style)
        var x = row.x
        for (index, title) in titles.enumerated() {
            guard x < row.maxX else { break }
            let label = " \(index + 1) \(title) "
            let labelStyle = index == selectedIndex ? style.patched(with: activeStyle) : style
            x += grid.put(label, x: x, y: row.y, style: labelStyle, maxWidth: row.maxX - x)
        }
    }
}
