import DepotCore

/// The season's reach (`r` on the Partners tab): the figures of `depot reach`, with bars drawn in cells for the
/// children reached by season and by town, and who is not reached. ← → change the season; ↑ ↓ scroll.
struct ReachOverlay: Overlay {
    private var season: Season
    private var offset = 0
    private var visibleRows = 1
    /// The report as built for the last frame (`willRender`), so a frame builds it once.
    private var built: SeasonReach?

    init(season: Season) {
        self.season = season
    }

    mutating func handle(_ input: AppInput, _ context: AppContext) -> OverlayOutcome {
        guard case .key(let key) = input else { return .stay }
        switch key {
        case .escape, .character("q"), .character("r"): return .close
        case .left, .character("["):
            season = season.previous
            offset = 0
        case .right, .character("]"):
            season = season.next
            offset = 0
        case .up, .character("k"): offset = max(0, offset - 1)
        case .down, .character("j"): offset += 1
        case .pageUp: offset = max(0, offset - visibleRows)
        case .pageDown: offset += visibleRows
        case .home, .character("g"): offset = 0
        default: break
        }
        return .stay
    }

    mutating func willRender(in area: Rect, _ context: AppContext) {
        if built?.season != season {
            built = SeasonReach.build(context.data, season: season, today: context.today)
        }
        visibleRows = max(1, area.height - 2)
        let count = Self.lines(built!, width: max(0, area.width - 2), context.strings).count
        offset = min(offset, max(0, count - visibleRows))
    }

    /// A line of the overlay: text, or a bar of `filled` cells out of `whole` after a label.
    enum Line: Equatable {
        case text(String, Style)
        case bar(label: String, filled: Int, whole: Int, value: String)
    }

    /// The overlay's lines for `width` columns.
    static func lines(_ reach: SeasonReach, width: Int, _ strings: Strings) -> [Line] {
        let book = TextBook(strings.language, texts: nil)
        func number(_ value: Int) -> String { NumberText.whole(value, in: strings.language) }
        func percent(_ share: Double?) -> String {
            share.map {
                book.format(ReachText.share, NumberText.whole(Int(($0 * 100).rounded()), in: strings.language))
            }
                ?? "–"
        }
        var lines: [Line] = [
            .text(
                book.format(
                    ReachText.partnersReached, number(reach.partnersReached), number(reach.knownInstitutions),
                    percent(reach.institutionShare)), .plain),
            .text(
                book.format(
                    ReachText.childrenReached, number(reach.childrenReached), number(reach.knownChildren),
                    percent(reach.childrenShare)), .plain),
            .text(
                book.format(ReachText.booksLent, number(reach.booksLent)) + " "
                    + book.format(
                        ReachText.perChild,
                        reach.booksPerChild.map { NumberText.decimal($0, fractionDigits: 1, in: strings.language) }
                            ?? "–"), .plain),
            .text(
                book.format(
                    ReachText.exchanges, number(reach.exchangesMade), number(reach.exchangesMissed),
                    number(reach.exchangesDue)), .plain),
            .text(
                book.format(
                    ReachText.childrenAtEvents, number(reach.childrenAtEvents), number(reach.eventsHeld),
                    number(reach.eventsWithoutCount)), .plain),
            .text("", .plain),
            .text(book[ReachText.chartSeasons], .bold),
        ]
        let labelWidth = 14
        let barWidth = max(4, width - labelWidth - 14)
        let top = reach.seasons.map(\.childrenReached).max() ?? 0
        for summary in reach.seasons {
            let filled = top == 0 ? 0 : summary.childrenReached * barWidth / top
            lines.append(
                .bar(
                    label: summary.season.description, filled: filled, whole: filled,
                    value: number(summary.childrenReached)))
        }
        lines.append(.text("", .plain))
        lines.append(.text(book[ReachText.chartTowns], .bold))
        let most = reach.byTown.map(\.knownChildren).max() ?? 0
        for town in reach.byTown {
            lines.append(
                .bar(
                    label: town.name, filled: most == 0 ? 0 : town.childrenReached * barWidth / most,
                    whole: most == 0 ? 0 : town.knownChildren * barWidth / most,
                    value: "\(number(town.childrenReached))/\(number(town.knownChildren))"))
        }
        lines.append(.text("", .plain))
        lines.append(.text(book[ReachText.notReached], .bold))
        if reach.notReached.isEmpty { lines.append(.text("  " + book[ReachText.none], .dim)) }
        for line in reach.notReached {
            lines.append(
                .text(
                    "  "
                        + book.format(
                            ReachText.notReachedLine, line.partnerID, line.name, line.town,
                            line.children.map { book.count($0, ReachText.nounChild) } ?? "–",
                            book[PartnershipText.stateKey(line.state)]), .plain))
        }
        lines.append(.text("", .plain))
        lines.append(.text(book.format(ReachText.noExchange, book.count(reach.marginDays, CommandText.nounDay)), .bold))
        if reach.noExchange.isEmpty { lines.append(.text("  " + book[ReachText.none], .dim)) }
        for line in reach.noExchange { lines.append(.text("  " + line.text(book), .plain)) }
        return lines
    }

    func render(into grid: inout CellGrid, area: Rect, _ context: AppContext) {
        let strings = context.strings
        grid.fill(area, style: .plain)
        let reach =
            built.flatMap { $0.season == season ? $0 : nil }
            ?? SeasonReach.build(context.data, season: season, today: context.today)
        let title = TextBook(strings.language).format(ReachText.title, season, context.data.settings.name)
        _ = Border(title: title, style: .bold).render(into: &grid, area: area)
        let inner = Rect(x: area.x + 1, y: area.y + 1, width: max(0, area.width - 2), height: max(0, area.height - 2))
        let lines = Self.lines(reach, width: inner.width, strings)
        for (row, line) in lines.dropFirst(offset).prefix(inner.height).enumerated() {
            let y = inner.y + row
            switch line {
            case .text(let text, let style):
                _ = grid.put(text, x: inner.x, y: y, style: style, maxWidth: inner.width)
            case .bar(let label, let filled, let whole, let value):
                let labelWidth = 14
                _ = grid.put(label, x: inner.x, y: y, maxWidth: labelWidth - 1)
                let x = inner.x + labelWidth
                if whole > filled {
                    _ = grid.put(
                        String(repeating: "░", count: whole - filled), x: x + filled, y: y, style: .dim,
                        maxWidth: max(0, inner.maxX - x - filled))
                }
                if filled > 0 {
                    _ = grid.put(
                        String(repeating: "█", count: filled), x: x, y: y, maxWidth: max(0, inner.maxX - x))
                }
                _ = grid.put(
                    value, x: x + max(filled, whole) + 1, y: y,
                    maxWidth: max(0, inner.maxX - x - max(filled, whole) - 1))
            }
        }
    }

    func hints(_ strings: Strings) -> [KeyHint] {
        [
            KeyHint("↑ ↓ PgUp PgDn", strings[LedgerText.keyScroll]), KeyHint("← →", strings[.ledgerSeason]),
            KeyHint("Esc", strings[.keyBack]),
        ]
    }
}
