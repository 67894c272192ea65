/// A box drawn with Unicode box-drawing characters around an area, with an optional title in the top edge:
///
///     ┌─ Titles ───┐
///     │            │
///     └────────────┘
public struct Border: Sendable, Hashable {
    public var title: String
    public var style: Style
    public var titleStyle: Style

    public init(title: String = "", style: Style = .plain, titleStyle: Style = .bold) {
        self.title = title
        self.style = style
        self.titleStyle = titleStyle
    }

    /// The area inside a border drawn around `area`.
    public static func inner(of area: Rect) -> Rect {
        area.inset(by: 1)
    }

    /// Draws the border along the edges of `area` and returns the area inside it. Areas narrower or shorter than
    /// two cells are left alone.
    @discardableResult
    public func render(into grid: inout CellGrid, area: Rect) -> Rect {
        guard area.width >= 2, area.height >= 2 else { return Rect(x: area.x, y: area.y, width: 0, height: 0) }
        let horizontal = String(repeating: "─", count: area.width - 2)
        grid.put("┌" + horizontal + "┐", x: area.x, y: area.y, style: style)
        grid.put("└" + horizontal + "┘", x: area.x, y: area.maxY - 1, style: style)
        for y in (area.y + 1)..<(area.maxY - 1) {
            grid.put("│", x: area.x, y: y, style: style)
            grid.put("│", x: area.maxX - 1, y: y, style: style)
        }
        if !title.isEmpty, area.width > 4 {
            grid.put(
                " \(title) ", x: area.x + 2, y: area.y, style: style.patched(with: titleStyle), maxWidth: area.width - 4
            )
        }
        return Self.inner(of: area)
    }
}
