/// A row of numbered tabs, "1 Overview  2 Partners  3 Events", with the active one highlighted.
public struct TabBar: Sendable, Hashable {
    public var titles: [String]
    /// Each title shortened as the language shortens it ("Arr." for "Arrangementer"), for a bar without room for
    /// every title whole; the titles themselves when none are given.
    public var shortTitles: [String]
    /// The index of the active tab in `titles`.
    public var selectedIndex: Int
    public var style: Style
    public var activeStyle: Style

    public init(
        titles: [String], shortTitles: [String]? = nil, selectedIndex: Int, style: Style = .plain,
        activeStyle: Style = Style.reverse.adding(.bold)
    ) {
        self.titles = titles
        self.shortTitles = shortTitles.flatMap { $0.count == titles.count ? $0 : nil } ?? titles
        self.selectedIndex = selectedIndex
        self.style = style
        self.activeStyle = activeStyle
    }

    /// Draws the tabs on the first row of `area`. When they do not all fit, the padding goes first, then the
    /// longest titles of the other tabs give way to their short forms, and only then are titles cut with "…", so
    /// every number stays visible and the active tab keeps its whole name.
    public func render(into grid: inout CellGrid, area: Rect) {
        guard !area.isEmpty else { return }
        let row = area.row(0)
        grid.fill(row, style: style)
        var x = row.x
        for (index, label) in labels(fitting: row.width).enumerated() {
            guard x < row.maxX else { break }
            let labelStyle = index == selectedIndex ? style.patched(with: activeStyle) : style
            x += grid.put(label, x: x, y: row.y, style: labelStyle, maxWidth: row.maxX - x)
        }
    }

    /// The label of each tab, as wide as `width` allows.
    func labels(fitting width: Int) -> [String] {
        let roomy = titles.enumerated().map { " \($0.offset + 1) \($0.element) " }
        if roomy.reduce(0, { $0 + displayWidth(of: $1) }) <= width { return roomy }
        // Compact: "1 Overblik 2 Partnere", one space before each tab.
        var shortened = titles
        func total() -> Int {
            shortened.enumerated().reduce(0) { $0 + 1 + displayWidth(of: "\($1.offset + 1) \($1.element)") }
        }
        // The longest titles first give way to their short forms, as far as needed.
        while total() > width {
            let candidates = shortened.indices.filter { index in
                index != selectedIndex && shortened[index] == titles[index]
                    && displayWidth(of: shortTitles[index]) < displayWidth(of: titles[index])
            }
            guard let longest = candidates.max(by: { displayWidth(of: titles[$0]) < displayWidth(of: titles[$1]) })
            else { break }
            shortened[longest] = shortTitles[longest]
        }
        while total() > width {
            let candidates = shortened.indices.filter { $0 != selectedIndex && displayWidth(of: shortened[$0]) > 2 }
            guard
                let longest = candidates.max(by: { displayWidth(of: shortened[$0]) < displayWidth(of: shortened[$1]) })
            else { break }
            shortened[longest] = String(shortened[longest].dropLast(2)) + "…"
        }
        return shortened.enumerated().map { " \($0.offset + 1) \($0.element)" }
    }
}
