import DepotCore

/// "Who is at the desk?" at the start, when Depot was not told (`--as`) and does not remember: the change log then
/// names the right person for every change made here. Esc goes on without a name.
struct StaffPickerOverlay: Overlay {
    let staff: [StaffMember]
    private var list: ListState

    init(staff: [StaffMember]) {
        self.staff = staff
        list = ListState(itemCount: staff.count)
    }

    mutating func handle(_ input: AppInput, _ context: AppContext) -> OverlayOutcome {
        guard case .key(let key) = input else { return .stay }
        switch key {
        case .up, .character("k"): list.moveUp()
        case .down, .character("j"): list.moveDown()
        case .enter:
            guard let row = list.selected, staff.indices.contains(row) else { return .stay }
            let member = staff[row]
            return .identify(member.id, context.strings.format(DesksText.hello, member.name))
        case .escape:
            return .closeSaying(context.strings[DesksText.noName])
        default: break
        }
        return .stay
    }

    func render(into grid: inout CellGrid, area: Rect, _ context: AppContext) {
        let strings = context.strings
        grid.fill(area, style: .plain)
        let inner = Border(title: strings[DesksText.whoTitle], style: .bold).render(into: &grid, area: area)
        guard inner.height >= 4 else { return }
        let lines = EventsDetailText.wrap(strings[DesksText.whoExplain], width: inner.width, indent: "")
        for (offset, line) in lines.prefix(3).enumerated() {
            grid.put(line, x: inner.x, y: inner.y + offset, style: .dim, maxWidth: inner.width)
        }
        let top = inner.y + min(lines.count, 3) + 1
        let table = TableView(
            columns: [
                TableColumn(strings[.columnName], width: .flexible(minimum: 16, weight: 2), priority: 9),
                TableColumn(strings[.fieldRole], width: .flexible(minimum: 10, weight: 1), priority: 5),
                TableColumn(strings[.fieldInstitution], width: .flexible(minimum: 10, weight: 1), priority: 3),
            ], rows: [], emptyMessage: strings[.emptyList])
        var state = list
        table.render(
            into: &grid, area: Rect(x: inner.x, y: top, width: inner.width, height: inner.height - (top - inner.y)),
            state: &state, rowCount: staff.count
        ) { row in
            let member = staff[row]
            return [member.name, member.role, member.affiliation.institution]
        }
    }

    func hints(_ strings: Strings) -> [KeyHint] {
        [KeyHint("Enter", strings[DesksText.keyThatsMe]), KeyHint("Esc", strings[DesksText.keyNoName])]
    }
}
