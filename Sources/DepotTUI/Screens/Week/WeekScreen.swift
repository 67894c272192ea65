import DepotCore

/// Tab 6, the week: an ISO week ("uge 48") day by day — each route's stops with the crates out and home, the
/// events, the task deadlines, public holidays and closed partners — built from the same `WeekSchedule` as
/// `depot week`, so what is on the screen is what `p` prints.
///
/// `←`/`→` (`h`/`l`) move a week (on this tab they do not switch tabs; the digits still do), `t` goes to this week,
/// `g` to a typed week or day, `r` shows one route after another, `p` prints (`P` with packing lists), `↑`/`↓`
/// move between stops, events and deadlines, and Enter on a stop opens its partner. On a stop, `v` packs crates
/// for that visit and `b` says the van has left (`B`: the whole route that day), which sends what was packed. From 110 columns the selected
/// entry's details (address, contact, delivery notes, crates with their themes) stand beside the list.
struct WeekScreen: TabScreen {
    var titleKey: TextKey { .tabWeek }
    var shortTitleKey: TextKey { .tabWeekShort }

    /// The week shown; until the tab is first shown, the one `depot week` prints by default.
    private(set) var week: ISOWeek?
    /// The route the week is limited to (`r`), or nil for all.
    private(set) var routeID: Route.ID?
    private(set) var schedule: WeekSchedule?
    private(set) var entries: [WeekEntry] = []
    /// The index in `entries` of the selected entry, if any entry can be selected.
    private(set) var selected: Int?
    /// The first line of the list on screen.
    private var offset = 0
    /// Set when the selection moved, so the next frame scrolls to it.
    private var revealSelection = true
    /// From the last frame: how many lines the list had and how many rows showed them.
    private var lineCount = 0
    private var visibleRows = 1
    /// The `g` prompt while it is open, and what was wrong with the last thing typed in it.
    private(set) var prompt: TextField?
    private(set) var promptError: String?

    /// From this many columns the details of the selected entry stand beside the list.
    static let detailMinimumWidth = 110

    var isCapturingText: Bool { prompt != nil }

    mutating func refresh(_ context: AppContext) {
        rebuild(context, keepSelection: true)
    }

    /// Builds the schedule of the week shown from the library's schedule sources.
    private mutating func rebuild(_ context: AppContext, keepSelection: Bool) {
        let week = self.week ?? WeekSchedule.defaultWeek(today: context.today)
        self.week = week
        let previous = selected.map { entries[$0] }
        // The published plan is checked, so a stop that breaks a hard rule is marked `!` as on the route sheet
        // `p` prints; the check runs only when a published plan reaches the week.
        let schedule = WeekSchedule.build(
            data: context.data, week: week, route: routeID, today: context.today,
            sources: ScheduleSources.standard(for: context.data), checkingPlans: true)
        self.schedule = schedule
        entries = WeekEntry.entries(of: schedule)
        if keepSelection, let previous, let same = entries.firstIndex(where: { $0.isSameEntry(as: previous) }) {
            selected = same
        } else {
            selected = entries.firstIndex(where: \.isSelectable)
            offset = 0
        }
        revealSelection = true
    }

    private mutating func show(_ newWeek: ISOWeek, _ context: AppContext) {
        week = newWeek
        rebuild(context, keepSelection: false)
    }

    // MARK: Keys

    mutating func handle(_ key: Key, _ context: AppContext) -> ScreenCommand {
        if schedule == nil { rebuild(context, keepSelection: false) }
        if prompt != nil { return handlePrompt(key, context) }
        guard let week else { return .ignored }
        switch key {
        case .left, .character("h"): show(week.previous, context)
        case .right, .character("l"): show(week.next, context)
        case .character("t"): show(ISOWeek(containing: context.today), context)
        case .character("g"):
            prompt = TextField()
            promptError = nil
        case .character("r"):
            let routes = context.data.settings.routes.map(\.id)
            if let routeID, let position = routes.firstIndex(of: routeID) {
                self.routeID = position + 1 < routes.count ? routes[position + 1] : nil
            } else {
                routeID = routes.first
            }
            rebuild(context, keepSelection: false)
        case .character("v"): return packForVisit(context)
        case .character("b"): return vanLeft(wholeRoute: false, context)
        case .character("B"): return vanLeft(wholeRoute: true, context)
        case .character("p"): return .print(printJob(context))
        case .character("P"): return .print(printJob(context, withItems: true))
        case .down, .character("j"): move(by: 1)
        case .up, .character("k"): move(by: -1)
        case .pageDown: page(by: visibleRows, select: .first)
        case .pageUp: page(by: -visibleRows, select: .first)
        case .home: page(by: -lineCount, select: .first)
        case .end: page(by: lineCount, select: .last)
        case .enter:
            guard let selected, let partner = entries[selected].partnerID else { return .handled }
            return .jump(.partner(partner))
        default:
            return .ignored
        }
        return .handled
    }

    private mutating func handlePrompt(_ key: Key, _ context: AppContext) -> ScreenCommand {
        guard var field = prompt else { return .ignored }
        switch key {
        case .escape:
            prompt = nil
            promptError = nil
            return .handled
        case .enter:
            switch WeekGoTo.parse(field.text, today: context.today) {
            case .success(let newWeek):
                prompt = nil
                promptError = nil
                show(newWeek, context)
            case .failure(let failure):
                promptError = WeekGoTo.message(failure, context.strings)
            }
            return .handled
        default:
            if field.handle(key) { promptError = nil }
            prompt = field
            return .handled
        }
    }

    /// The next selectable entry in the direction of `step`; at either end the list scrolls by a line instead, so
    /// that the last lines (a quiet Friday) can be read too.
    private mutating func move(by step: Int) {
        var index = (selected ?? (step > 0 ? -1 : entries.count)) + step
        while index >= 0, index < entries.count {
            if entries[index].isSelectable {
                selected = index
                revealSelection = true
                return
            }
            index += step
        }
        offset = min(max(0, offset + step), max(0, lineCount - visibleRows))
        revealSelection = false
    }

    /// Scrolls by `rows` lines; the selection goes to the first (or last) entry that is then in view.
    private mutating func page(by rows: Int, select pick: PageSelection) {
        offset = min(max(0, offset + rows), max(0, lineCount - visibleRows))
        revealSelection = false
        pendingPageSelection = pick
    }

    private enum PageSelection { case first, last }
    private var pendingPageSelection: PageSelection?

    /// The text `depot week` prints for the same week and route (with `--with-items`: the packing lists of the
    /// crates going out after the route sheets), under the name `depot week --print` uses.
    func printJob(_ context: AppContext, withItems: Bool = false) -> PrintJob {
        // With the published plan checked, so the route sheets mark its conflicts (`!` and the reason).
        let schedule =
            self.schedule
            ?? WeekSchedule.build(
                data: context.data, week: week ?? ISOWeek(containing: context.today), route: routeID,
                today: context.today, sources: ScheduleSources.standard(for: context.data), checkingPlans: true)
        let text = DepotCore.WeekText.text(
            for: schedule, data: context.data, language: context.strings.language, withItems: withItems,
            index: context.index)
        return PrintJob(
            name: PrintoutNames.week(schedule.week, route: routeID, withItems: withItems, extension: "txt"), text: text)
    }

    // MARK: Drawing

    mutating func render(into grid: inout CellGrid, area: Rect, _ context: AppContext) {
        if schedule == nil { rebuild(context, keepSelection: false) }
        let strings = context.strings
        let inner = Border(title: strings[.tabWeek], style: .bold).render(into: &grid, area: area)
        guard inner.height >= 3, let week else { return }
        renderHeading(week, into: &grid, row: inner.row(0), context)
        let promptRows = prompt == nil ? 0 : (promptError == nil ? 1 : 2)
        let body = Rect(x: inner.x, y: inner.y + 2, width: inner.width, height: inner.height - 2 - promptRows)
        if inner.width >= WeekScreen.detailMinimumWidth - 2 {
            // The list as wide as at 80 columns; the details get the rest.
            let listWidth = min(79, inner.width - 41)
            renderList(into: &grid, area: Rect(x: body.x, y: body.y, width: listWidth, height: body.height), context)
            let pane = Rect(
                x: body.x + listWidth + 1, y: body.y, width: body.width - listWidth - 1, height: body.height)
            WeekDetail(context: context, schedule: schedule).render(
                selected.map { entries[$0] }, into: &grid, area: pane)
        } else {
            renderList(into: &grid, area: body, context)
        }
        if promptRows > 0 {
            renderPrompt(
                into: &grid, area: Rect(x: inner.x, y: body.maxY, width: inner.width, height: promptRows), strings)
        }
    }

    /// "Uge 48 · 23. november 2026 – 29. november 2026 · denne uge", and the route shown on the right.
    private func renderHeading(_ week: ISOWeek, into grid: inout CellGrid, row: Rect, _ context: AppContext) {
        let strings = context.strings
        let title = strings.format(
            WeekTabText.weekHeading, week.week, strings.days.long(week.monday),
            strings.days.long(week.monday.adding(days: 6)))
        let right =
            routeID.map { id in
                strings.format(
                    WeekTabText.onlyRoute, context.data.settings.routes.first { $0.id == id }?.name ?? id.rawValue)
            } ?? strings[WeekTabText.allRoutes]
        let rightWidth = min(displayWidth(of: right), row.width / 3)
        grid.put(
            right, x: row.maxX - rightWidth, y: row.y, style: routeID == nil ? .dim : WeekStyle.warning,
            maxWidth: rightWidth)
        let room = max(0, row.width - rightWidth - 2)
        let used = grid.put(title, x: row.x, y: row.y, style: .bold, maxWidth: room)
        let relative = WeekScreen.relative(week, to: ISOWeek(containing: context.today), strings)
        grid.put(" · " + relative, x: row.x + used, y: row.y, style: .dim, maxWidth: max(0, room - used))
    }

    /// "denne uge", "næste uge", "om 3 uger", "for 2 uger siden".
    static func relative(_ week: ISOWeek, to current: ISOWeek, _ strings: Strings) -> String {
        let weeks = current.monday.days(until: week.monday) / 7
        switch weeks {
        case 0: return strings[WeekTabText.thisWeek]
        case 1: return strings[WeekTabText.nextWeek]
        case -1: return strings[WeekTabText.lastWeek]
        case 2...: return strings.format(WeekTabText.weeksAhead, weeks)
        default: return strings.format(WeekTabText.weeksAgo, -weeks)
        }
    }

    private mutating func renderList(into grid: inout CellGrid, area: Rect, _ context: AppContext) {
        guard !area.isEmpty else { return }
        // The last column is kept for the ▲ ▼ that say there is more above or below.
        let lines = WeekLines(context: context, width: area.width - 1, schedule: schedule).lines(entries)
        lineCount = lines.count
        visibleRows = area.height
        scroll(lines)
        for (row, line) in lines.dropFirst(offset).prefix(area.height).enumerated() {
            let y = area.y + row
            let isSelected = line.entry == selected
            if isSelected { grid.fill(Rect(x: area.x, y: y, width: area.width - 1, height: 1), style: .reverse) }
            for piece in line.segments where piece.width > 0 {
                grid.put(
                    piece.text, x: area.x + piece.x, y: y,
                    style: isSelected ? piece.style.patched(with: .reverse) : piece.style, maxWidth: piece.width)
            }
        }
        if offset > 0 { grid.put("▲", x: area.maxX - 1, y: area.y, style: .dim) }
        if offset + area.height < lines.count { grid.put("▼", x: area.maxX - 1, y: area.maxY - 1, style: .dim) }
    }

    /// Keeps the offset within the lines and, after the selection moved, brings the selected entry into view with
    /// the day it belongs to when both fit.
    private mutating func scroll(_ lines: [WeekLine]) {
        let maxOffset = max(0, lines.count - visibleRows)
        if let wanted = pendingPageSelection {
            pendingPageSelection = nil
            offset = min(max(0, offset), maxOffset)
            let shown = lines.dropFirst(offset).prefix(visibleRows).map(\.entry)
            let candidates = shown.filter { entries[$0].isSelectable }
            if let pick = wanted == .first ? candidates.first : candidates.last { selected = pick }
        }
        if revealSelection, let selected,
            let first = lines.firstIndex(where: { $0.entry == selected }),
            let last = lines.lastIndex(where: { $0.entry == selected })
        {
            if let heading = entries[..<selected].lastIndex(where: \.isHeading),
                let headingLine = lines.firstIndex(where: { $0.entry == heading }), last - headingLine < visibleRows
            {
                offset = min(offset, headingLine)
            }
            if first < offset { offset = first }
            if last >= offset + visibleRows { offset = last - visibleRows + 1 }
        }
        revealSelection = false
        offset = min(max(0, offset), maxOffset)
    }

    private func renderPrompt(into grid: inout CellGrid, area: Rect, _ strings: Strings) {
        guard let prompt else { return }
        var y = area.y
        if let promptError {
            grid.put("! " + promptError, x: area.x, y: y, style: WeekStyle.overdue, maxWidth: area.width)
            y += 1
        }
        let label = strings[WeekTabText.goPrompt]
        let labelWidth = grid.put(label, x: area.x, y: y, style: .bold, maxWidth: area.width)
        let fieldWidth = min(16, max(0, area.width - labelWidth))
        prompt.render(
            into: &grid, area: Rect(x: area.x + labelWidth, y: y, width: fieldWidth, height: 1),
            style: .underline)
        let hintX = area.x + labelWidth + fieldWidth + 2
        grid.put(strings[WeekTabText.goHint], x: hintX, y: y, style: .dim, maxWidth: max(0, area.maxX - hintX))
    }

    // MARK: Help

    func hints(_ strings: Strings) -> [KeyHint] {
        if prompt != nil {
            return [KeyHint("Enter", strings[WeekTabText.keyGoTo]), KeyHint("Esc", strings[WeekTabText.keyCancel])]
        }
        return [
            KeyHint("←→", strings[WeekTabText.keyWeeks]), KeyHint("t", strings[WeekTabText.keyThisWeek]),
            KeyHint("g", strings[WeekTabText.keyGoTo]), KeyHint("p", strings[WeekTabText.keyPrint]),
            KeyHint("r", strings[WeekTabText.keyRoute]), KeyHint("v", strings[DeskText.keyPackForVisit]),
            KeyHint("b", strings[DeskText.keyVanLeft]),
        ]
    }

    func help(_ strings: Strings) -> [HelpEntry] {
        [
            HelpEntry("← → h l", strings[WeekTabText.keyWeeks]), HelpEntry("t", strings[WeekTabText.keyThisWeek]),
            HelpEntry("g", strings[WeekTabText.helpGoTo]),
            HelpEntry("r", strings[WeekTabText.keyRoute]), HelpEntry("p", strings[WeekTabText.keyPrint]),
            HelpEntry("P", strings[WeekTabText.keyPrintItems]),
            HelpEntry("↑ ↓ j k", strings[WeekTabText.keyMove]),
            HelpEntry("PgUp PgDn Home End", strings[WeekTabText.keyPage]),
            HelpEntry("Enter", strings[WeekTabText.keyPartner]),
            HelpEntry("v", strings[DeskText.keyPackForVisit]), HelpEntry("b", strings[DeskText.keyVanLeft]),
            HelpEntry("B", strings[DeskText.keyVanLeftRoute]),
        ]
    }
}
