import DepotCore

/// `H`: who changed the selected record, when and how, newest first, from the library's change log (`ChangeLog`)
/// of the last three months. The team's shared memory of a crate or a partner.
struct HistoryOverlay: Overlay {
    let title: String
    let entries: [ChangeLog.Entry]
    let names: [String: String]
    private var list: ListState

    init(title: String, entries: [ChangeLog.Entry], staff: [StaffMember]) {
        self.title = title
        self.entries = entries
        self.names = Dictionary(staff.map { ($0.id.rawValue, $0.name) }, uniquingKeysWith: { first, _ in first })
        list = ListState(itemCount: entries.count)
    }

    mutating func handle(_ input: AppInput, _ context: AppContext) -> OverlayOutcome {
        guard case .key(let key) = input else { return .stay }
        switch key {
        case .up, .character("k"): list.moveUp()
        case .down, .character("j"): list.moveDown()
        case .escape, .enter, .character("H"), .character("q"): return .close
        default: break
        }
        return .stay
    }

    func render(into grid: inout CellGrid, area: Rect, _ context: AppContext) {
        let strings = context.strings
        grid.fill(area, style: .plain)
        let inner = Border(title: strings.format(DesksText.historyTitle, title), style: .bold)
            .render(into: &grid, area: area)
        guard inner.height >= 3 else { return }
        let table = TableView(
            columns: [
                TableColumn(strings[DesksText.columnWhen], width: .fixed(16), priority: 9),
                TableColumn(strings[DesksText.columnWho], width: .flexible(minimum: 12, weight: 1), priority: 8),
                TableColumn(strings[DesksText.columnWhat], width: .flexible(minimum: 20, weight: 3), priority: 9),
            ], rows: [], emptyMessage: strings[DesksText.historyEmpty])
        var state = list
        let entries = entries
        let names = names
        table.render(into: &grid, area: inner, state: &state, rowCount: entries.count) { row in
            let entry = entries[row]
            // "2026-12-02T09:15:04.120Z" as "2026-12-02 09:15" (UTC, as the log keeps it).
            let when = String(entry.at.prefix(16)).replacingOccurrences(of: "T", with: " ")
            let who = entry.by.map { names[$0] ?? $0 } ?? strings[DesksText.anotherDesk]
            return [when, who, entry.summary]
        }
    }

    func hints(_ strings: Strings) -> [KeyHint] {
        [KeyHint("↑↓", strings[.keyMove]), KeyHint("Esc", strings[.keyBack])]
    }
}
