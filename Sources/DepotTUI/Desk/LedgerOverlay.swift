import DepotCore

/// The season's ledger: per partner what was lent, returned, lost and damaged, and what was waived or charged.
///
/// The partners scroll (↑ ↓, PgUp PgDn, Home End) above the labelled totals row, which stays at the bottom.
struct LedgerOverlay: Overlay {
    private var season: Season
    private var list = ListState()
    /// The ledger as built for the last frame (`willRender`), so a frame builds it once.
    private var built: (season: Season, rows: [LedgerRow])?

    init(season: Season) {
        self.season = season
    }

    mutating func handle(_ input: AppInput, _ context: AppContext) -> OverlayOutcome {
        guard case .key(let key) = input else { return .stay }
        switch key {
        case .escape, .character("q"), .character("l"): return .close
        case .left, .character("["):
            season = season.previous
            list.home()
        case .right, .character("]"):
            season = season.next
            list.home()
        case .up, .character("k"): list.moveUp()
        case .down, .character("j"): list.moveDown()
        case .pageUp: list.pageUp()
        case .pageDown: list.pageDown()
        case .home, .character("g"): list.home()
        case .end, .character("G"): list.end()
        default: break
        }
        return .stay
    }

    /// Where the parts go in the overlay's area: the partners' table (with its header), the rule and the totals.
    private struct Parts {
        var border: Rect
        var partners: Rect
        var rule: Rect
        var total: Rect
    }

    private static func parts(_ area: Rect) -> Parts {
        let inner = Rect(x: area.x + 1, y: area.y + 1, width: max(0, area.width - 2), height: max(0, area.height - 2))
        let partnersHeight = max(0, inner.height - 2)
        return Parts(
            border: area,
            partners: Rect(x: inner.x, y: inner.y, width: inner.width, height: partnersHeight),
            rule: Rect(x: inner.x, y: inner.y + partnersHeight, width: inner.width, height: min(1, inner.height)),
            total: Rect(
                x: inner.x, y: inner.y + partnersHeight + 1, width: inner.width, height: inner.height > 1 ? 1 : 0))
    }

    /// Keeps the scrolling in step with the rows and the room: called before each frame.
    mutating func willRender(in area: Rect, _ context: AppContext) {
        let rows = Ledger.build(data: context.data, season: season, today: context.today)
        built = (season, rows)
        list.itemCount = rows.filter { !$0.isTotal }.count
        // The table's header takes one row of the partners' part.
        list.visibleRows = max(1, Self.parts(area).partners.height - 1)
    }

    func render(into grid: inout CellGrid, area: Rect, _ context: AppContext) {
        let strings = context.strings
        grid.fill(area, style: .plain)
        _ = Border(title: strings.format(.ledgerTitle, season), style: .bold).render(into: &grid, area: area)
        let parts = Self.parts(area)
        let rows =
            built.flatMap { $0.season == season ? $0.rows : nil }
            ?? Ledger.build(data: context.data, season: season, today: context.today)
        let partners = rows.filter { !$0.isTotal }
        let columns = [
            TableColumn(strings[.columnPartner], width: .flexible(minimum: 16, weight: 1), priority: 9),
            TableColumn(strings[.ledgerLent], width: .fixed(6), priority: 6, alignment: .trailing),
            TableColumn(strings[.ledgerReturned], width: .fixed(6), priority: 4, alignment: .trailing),
            TableColumn(strings[.ledgerLost], width: .fixed(6), priority: 7, alignment: .trailing),
            TableColumn(strings[.ledgerDamaged], width: .fixed(6), priority: 5, alignment: .trailing),
            TableColumn(strings[.ledgerWaived], width: .fixed(13), priority: 8, alignment: .trailing),
            TableColumn(strings[.ledgerCharged], width: .fixed(13), priority: 8, alignment: .trailing),
        ]
        func cells(_ row: LedgerRow) -> [String] {
            [
                row.isTotal ? strings[LedgerText.total] : row.partnerName, String(row.itemsLent),
                String(row.returned), String(row.lost), String(row.damaged), strings.money(row.waived),
                strings.money(row.charged),
            ]
        }
        var state = list
        TableView(columns: columns, rows: partners.map(cells), emptyMessage: strings[.emptyList])
            .render(into: &grid, area: parts.partners, state: &state)
        guard !partners.isEmpty, let total = rows.last, total.isTotal, !parts.total.isEmpty else { return }
        grid.put(
            String(repeating: "─", count: parts.rule.width), x: parts.rule.x, y: parts.rule.y, style: .dim,
            maxWidth: parts.rule.width)
        var totalState = ListState(itemCount: 1)
        TableView(columns: columns, rows: [cells(total)], showsHeader: false, style: .bold, selectedStyle: .bold)
            .render(into: &grid, area: parts.total, state: &totalState)
    }

    func hints(_ strings: Strings) -> [KeyHint] {
        [
            KeyHint("↑ ↓ PgUp PgDn", strings[LedgerText.keyScroll]), KeyHint("← →", strings[.ledgerSeason]),
            KeyHint("Esc", strings[.keyBack]),
        ]
    }
}

/// The ledger's own words.
enum LedgerText: String, TextCatalogue {
    case total, keyScroll
}
