import DepotCore

/// The season's ledger: per partner what was lent, returned, lost and damaged, and what was waived or charged.
struct LedgerOverlay: Overlay {
    private var season: Season
    private var list = ListState()

    init(season: Season) {
        self.season = season
    }

    mutating func handle(_ input: AppInput, _ context: AppContext) -> OverlayOutcome {
        guard case .key(let key) = input else { return .stay }
        switch key {
        case .escape, .character("q"), .character("l"): return .close
        case .left, .character("["): season = season.previous
        case .right, .character("]"): season = season.next
        case .up, .character("k"): list.moveUp()
        case .down, .character("j"): list.moveDown()
        case .pageUp: list.pageUp()
        case .pageDown: list.pageDown()
        default: break
        }
        return .stay
    }

    func render(into grid: inout CellGrid, area: Rect, _ context: AppContext) {
        let strings = context.strings
        grid.fill(area, style: .plain)
        let inner = Border(title: strings.format(.ledgerTitle, season), style: .bold).render(into: &grid, area: area)
        let rows = Ledger.build(data: context.data, season: season, today: context.today)
        let table = TableView(
            columns: [
                TableColumn(strings[.columnPartner], width: .flexible(minimum: 16, weight: 1), priority: 9),
                TableColumn(strings[.ledgerLent], width: .fixed(6), priority: 6, alignment: .trailing),
                TableColumn(strings[.ledgerReturned], width: .fixed(6), priority: 4, alignment: .trailing),
                TableColumn(strings[.ledgerLost], width: .fixed(6), priority: 7, alignment: .trailing),
                TableColumn(strings[.ledgerDamaged], width: .fixed(6), priority: 5, alignment: .trailing),
                TableColumn(strings[.ledgerWaived], width: .fixed(13), priority: 8, alignment: .trailing),
                TableColumn(strings[.ledgerCharged], width: .fixed(13), priority: 8, alignment: .trailing),
            ],
            rows: rows.map { row in
                [
                    row.partnerName, String(row.itemsLent), String(row.returned), String(row.lost),
                    String(row.damaged), strings.money(row.waived), strings.money(row.charged),
                ]
            }, emptyMessage: strings[.emptyList])
        var state = list
        table.render(into: &grid, area: inner, state: &state)
    }

    func hints(_ strings: Strings) -> [KeyHint] {
        [KeyHint("← →", strings[.ledgerSeason]), KeyHint("Esc", strings[.keyBack])]
    }
}
