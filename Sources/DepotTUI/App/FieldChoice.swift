import DepotCore

/// Choosing between two versions of one record, field by field: one row per differing field (or one for the whole
/// record when a side deleted it), the fields taken from "mine", and the row selected; and the table that shows
/// them with a ▶ at the version each field takes. Shared by a conflict between two desks (`ConflictOverlay`) and
/// one between two machines (`SyncConflictOverlay`).
struct FieldChoice {
    let rows: [FieldDifference]
    /// The fields taken from "mine" (`""` for the whole record).
    var chosen: Set<String> = []
    private(set) var list = ListState()

    /// `fields` are the differing fields, read only when neither version is missing.
    init(mine: String?, theirs: String?, fields: @autoclosure () -> [FieldDifference]) {
        rows = FieldChoice.rows(mine: mine, theirs: theirs, fields: fields())
        list.itemCount = rows.count
    }

    static func rows(mine: String?, theirs: String?, fields: @autoclosure () -> [FieldDifference])
        -> [FieldDifference]
    {
        if mine == nil || theirs == nil { return [FieldDifference(name: "", ours: mine, theirs: theirs)] }
        return fields()
    }

    /// Moves or chooses for `key`; false for a key that is not for choosing (the overlay's own).
    mutating func handle(_ key: Key) -> Bool {
        let selected = list.selected.flatMap { rows.indices.contains($0) ? rows[$0].name : nil }
        switch key {
        case .up, .character("k"): list.moveUp()
        case .down, .character("j"): list.moveDown()
        case .left, .character("m"): if let selected { chosen.insert(selected) }
        case .right, .character("a"): if let selected { chosen.remove(selected) }
        case .character(" "):
            if let selected, chosen.remove(selected) == nil { chosen.insert(selected) }
        case .character("M"): chosen = Set(rows.map(\.name))
        case .character("A"): chosen = []
        default: return false
        }
        return true
    }

    /// The overlay in `area`: `heading` in its border, `explanation` dimmed under it (at most `lines` lines), then
    /// the rows with `mine` and `theirs` naming the versions' columns; `shown` writes a value as a person reads it.
    func render(
        into grid: inout CellGrid, area: Rect, heading: String, explanation: String, lines: Int,
        columns: (mine: String, theirs: String), shown: (String) -> String = { $0 }, _ strings: Strings
    ) {
        grid.fill(area, style: .plain)
        let inner = Border(title: heading, style: .bold).render(into: &grid, area: area)
        guard inner.height >= 5 else { return }
        let wrapped = EventsDetailText.wrap(explanation, width: inner.width, indent: "")
        for (offset, line) in wrapped.prefix(lines).enumerated() {
            grid.put(line, x: inner.x, y: inner.y + offset, style: .dim, maxWidth: inner.width)
        }
        let table = TableView(
            columns: [
                TableColumn(strings[DesksText.columnField], width: .flexible(minimum: 10, weight: 1), priority: 9),
                TableColumn(columns.mine, width: .flexible(minimum: 12, weight: 2), priority: 8),
                TableColumn(columns.theirs, width: .flexible(minimum: 12, weight: 2), priority: 8),
            ], rows: [], emptyMessage: strings[.emptyList])
        var state = list
        let rows = rows
        let chosen = chosen
        let top = inner.y + min(wrapped.count, lines) + 1
        table.render(
            into: &grid, area: Rect(x: inner.x, y: top, width: inner.width, height: inner.height - (top - inner.y)),
            state: &state, rowCount: rows.count
        ) { row in
            let field = rows[row]
            let takesMine = chosen.contains(field.name)
            let name = field.name.isEmpty ? strings[DesksText.wholeRecord] : field.name
            let absent = strings[DesksText.absent]
            return [
                name, (takesMine ? "▶ " : "  ") + (field.ours.map(shown) ?? absent),
                (takesMine ? "  " : "▶ ") + (field.theirs.map(shown) ?? absent),
            ]
        }
    }
}
