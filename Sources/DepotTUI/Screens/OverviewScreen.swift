import DepotCore

/// Tab 1, the home screen: what needs doing this week and what is late, at a glance. Enter opens a row.
struct OverviewScreen: TabScreen {
    var titleKey: TextKey { .tabOverview }
    var shortTitleKey: TextKey { .tabOverviewShort }

    private enum Row {
        case heading(String)
        case nothing
        case deposit(Int)
        case visit(ScheduledVisit)
        case event(Int)
        case lostItem(Item.ID, Deposit.ID)
        case task(OverdueTask)
        /// A partnership review due by today (issue 20).
        case review(Partner.ID, Day)
        /// The rest of the row above that did not fit the width (a visit's crates to collect), not selectable.
        case continuation(String, Style)
    }

    private var rows: [Row] = []
    private var list = ListState()
    /// The width the rows were laid out for; a visit's crates that do not fit continue on the next row.
    private var width = 78

    mutating func refresh(_ context: AppContext) {
        rows = OverviewScreen.rows(context, width: width)
        list.itemCount = rows.count
        if case .heading = rows[list.selected ?? 0] { moveToSelectable(from: list.selected ?? 0, step: 1) }
    }

    private static func rows(_ context: AppContext, width: Int) -> [Row] {
        let strings = context.strings
        let data = context.data
        let today = context.today
        let week = ISOWeek(containing: today)
        var rows: [Row] = []
        func section(_ title: String, _ body: [Row]) {
            rows.append(.heading(title))
            rows.append(contentsOf: body.isEmpty ? [.nothing] : body)
        }
        // Not home yet: packed, out, or home with books kept back at the partner.
        let open = data.deposits.indices.filter { data.deposits[$0].returnedOn == nil || data.deposits[$0].isOpen }
        let byDue = open.sorted { (data.deposits[$0].dueOn, $0) < (data.deposits[$1].dueOn, $1) }
        // The van's visits this week from every schedule source (deposits, a published plan), as the Week tab
        // and the Friday printouts have them.
        let schedule = WeekSchedule.build(
            data: data, week: week, today: today, sources: ScheduleSources.standard(for: data))
        section(
            strings.format(.overviewThisWeek, strings.days.week(week)),
            schedule.visits.flatMap { visit in visitRows(visit, context, width: width) })
        section(
            strings[.overviewOverdue],
            byDue.filter { data.deposits[$0].status(on: today, dueSoonDays: context.dueSoonDays) == .overdue }.map(
                Row.deposit))
        section(
            strings.format(.overviewDueSoon, context.dueSoonDays),
            byDue.filter { data.deposits[$0].status(on: today, dueSoonDays: context.dueSoonDays) == .dueSoon }.map(
                Row.deposit))
        let coming = data.events.indices.filter { (data.events[$0].endsOn ?? data.events[$0].startsOn) >= today }
            .sorted { data.events[$0].startsOn < data.events[$1].startsOn }
        section(strings[.overviewEvents], coming.prefix(5).map(Row.event))
        section(strings[.overviewTasks], tasksToRemind(data, today).map(Row.task))
        // Shown only when a review is due, so a library without agreements sees the Overview as before.
        let reviews = Outreach.reviewsDue(until: today, in: data)
        if !reviews.isEmpty {
            section(strings[PartnershipText.overviewReviewsDue], reviews.map { Row.review($0.partner.id, $0.day) })
        }
        let season = data.settings.season(containing: today)
        section(strings.format(.overviewLost, season), lostThisSeason(data, today: today).map(Row.lostItem))
        return rows
    }

    /// The books lost on the season's deposits, with the deposit each was lost on.
    private static func lostThisSeason(_ data: LibraryData, today: Day) -> [(Item.ID, Deposit.ID)] {
        let season = data.settings.season(containing: today)
        var lost: [(Item.ID, Deposit.ID)] = []
        for deposit in data.deposits where season.contains(deposit.createdOn) {
            for exception in deposit.exceptions where exception.kind == .lost {
                lost.append((exception.barcode, deposit.id))
            }
        }
        return lost
    }

    /// The books whose titles the Overview shows (those lost this season): all the screen's first frame needs of the
    /// catalogue (see `DepotApp.run`).
    static func booksNamed(in data: LibraryData, today: Day) -> Set<Item.ID> {
        Set(lostThisSeason(data, today: today).map(\.0))
    }

    private func isSelectable(_ row: Row) -> Bool {
        switch row {
        case .heading, .nothing, .continuation: return false
        default: return true
        }
    }

    private mutating func moveToSelectable(from start: Int, step: Int) {
        var index = start
        while index >= 0 && index < rows.count {
            if isSelectable(rows[index]) {
                list.select(index)
                return
            }
            index += step
        }
    }

    mutating func handle(_ key: Key, _ context: AppContext) -> ScreenCommand {
        let current = list.selected ?? 0
        switch key {
        case .down, .character("j"): moveToSelectable(from: current + 1, step: 1)
        case .up, .character("k"): moveToSelectable(from: current - 1, step: -1)
        case .pageDown: moveToSelectable(from: min(rows.count - 1, current + list.visibleRows), step: 1)
        case .pageUp: moveToSelectable(from: max(0, current - list.visibleRows), step: -1)
        case .home: moveToSelectable(from: 0, step: 1)
        case .end: moveToSelectable(from: rows.count - 1, step: -1)
        case .enter:
            return selectedJump(context).map(ScreenCommand.jump) ?? .handled
        case .character("v"):
            // Pack for the visit of a "skal pakkes" row (or any visit this week).
            guard let selected = list.selected, case .visit(let visit) = rows[selected] else { return .handled }
            let partner = context.data.partner(visit.partnerID, in: context.index)
            return DeskActions.packForVisit(partner, visit: visit.day, context)
        default:
            return .ignored
        }
        return .handled
    }

    /// Where Enter goes from the selected row: a deposit, the partner of a visit, a lost item.
    func selectedJump(_ context: AppContext) -> Jump? {
        guard let selected = list.selected else { return nil }
        switch rows[selected] {
        case .deposit(let index): return .deposit(context.data.deposits[index].id)
        case .visit(let visit): return .partner(visit.partnerID)
        case .review(let partner, _): return .partner(partner)
        case .lostItem(let barcode, _): return .item(barcode)
        case .event, .task, .heading, .nothing, .continuation: return nil
        }
    }

    mutating func render(into grid: inout CellGrid, area: Rect, _ context: AppContext) {
        let inner = Border(title: context.strings[.tabOverview], style: .bold).render(into: &grid, area: area)
        if inner.width != width, inner.width > 0 {
            let selectedRow = list.selected
            width = inner.width
            refresh(context)
            if let selectedRow { moveToSelectable(from: min(selectedRow, rows.count - 1), step: -1) }
        }
        list.visibleRows = max(1, inner.height)
        list.itemCount = rows.count
        if let selected = list.selected { list.select(selected) }
        for line in 0..<inner.height {
            let index = list.offset + line
            guard index < rows.count else { break }
            let y = inner.y + line
            let selected = index == list.selected
            if selected { grid.fill(Rect(x: inner.x, y: y, width: inner.width, height: 1), style: .reverse) }
            let (text, style) = describe(rows[index], context)
            grid.put(
                text, x: inner.x, y: y, style: selected ? style.patched(with: .reverse) : style, maxWidth: inner.width)
        }
    }

    private func describe(_ row: Row, _ context: AppContext) -> (String, Style) {
        let strings = context.strings
        let data = context.data
        switch row {
        case .heading(let title): return (title, Palette.heading)
        case .nothing: return ("  " + strings[.overviewNothing], .dim)
        case .deposit(let index):
            let deposit = data.deposits[index]
            let partner = data.partner(deposit.partnerID, in: context.index)
            let status = deposit.status(on: context.today, dueSoonDays: context.dueSoonDays)
            let route = partner?.routeID.flatMap { id in data.settings.routes.first { $0.id == id }?.name } ?? ""
            let days = context.today.days(until: deposit.dueOn)
            let when = status == .overdue ? Self.when(min(days, -1), strings) : Self.when(max(days, 0), strings)
            let kept = deposit.isOut ? [] : deposit.barcodes(in: .atPartner)
            let crates =
                kept.isEmpty
                ? deposit.crateIDs.map(\.rawValue).joined(separator: " ")
                : kept.count == 1 ? strings[.overviewKeptBook] : strings.format(.overviewKeptBooks, kept.count)
            let text =
                "  \(fit(strings.days.short(deposit.dueOn), toWidth: 10))  \(fit(partner?.name ?? deposit.partnerID.rawValue, toWidth: 30))  \(fit(route, toWidth: 6))  \(fit(crates, toWidth: 10))  \(when)"
                + (strings.returnInProgress(deposit).map { " · " + $0 } ?? "")
            return (text, Palette.style(for: status))
        case .visit(let visit):
            let first = Self.visitLines(visit, context, width: width).first ?? ""
            return (first, visit.day == context.today ? .bold : .plain)
        case .continuation(let text, let style): return (text, style)
        case .event(let index):
            let event = data.events[index]
            return (
                "  \(fit(strings.days.short(event.startsOn), toWidth: 10))  \(event.title) · \(event.venue ?? "")",
                .plain
            )
        case .task(let overdue):
            let owner = data.staff.first { $0.id == overdue.task.ownerID }?.name ?? overdue.task.ownerID.rawValue
            let text =
                "  \(fit(strings.days.short(overdue.task.dueOn), toWidth: 10))  \(fit(overdue.task.title, toWidth: 34))  "
                + "\(fit(owner, toWidth: 18))  \(Self.when(-overdue.daysOverdue, strings))"
            // Overdue in red, due within the week as a plain reminder.
            return (text, overdue.daysOverdue > 0 ? Palette.style(for: DepositStatus.overdue) : .plain)
        case .review(let id, let day):
            let partner = data.partner(id, in: context.index)
            let style = day < context.today ? Palette.style(for: DepositStatus.overdue) : Style.plain
            return ("  \(fit(strings.days.short(day), toWidth: 10))  \(partner?.name ?? id.rawValue)", style)
        case .lostItem(let barcode, let depositID):
            let item = data.item(barcode, in: context.index)
            let price = item.map { strings.money($0.price) } ?? ""
            return (
                "  \(fit(barcode.rawValue, toWidth: 14))  \(fit(item?.title ?? "", toWidth: 30))  \(fit(depositID.rawValue, toWidth: 11))  \(price)",
                .plain
            )
        }
    }

    /// "3 dage over", "i dag", "i morgen", "om 5 dage": `days` until the due day, as short as the Overview's columns.
    private static func when(_ days: Int, _ strings: Strings) -> String {
        if days < 0 { return days == -1 ? strings[.overviewDayOverdue] : strings.format(.overviewDaysOverdue, -days) }
        if days == 0 { return strings[.overviewDueToday] }
        return days == 1 ? strings[.overviewDueTomorrow] : strings.format(.overviewDueIn, days)
    }

    /// A visit's date, partner and route, and what the van leaves and collects.
    private static func visitParts(_ visit: ScheduledVisit, _ context: AppContext) -> (String, [String]) {
        let strings = context.strings
        let data = context.data
        let partner = data.partner(visit.partnerID, in: context.index)
        let route = visit.routeID.flatMap { id in data.settings.routes.first { $0.id == id }?.name } ?? ""
        var crates: [String] = []
        if let leave = visit.leave, !leave.isEmpty {
            crates.append(strings.format(.overviewLeave, leave.map(\.rawValue).joined(separator: " ")))
        } else if visit.leave == nil {
            crates.append(strings[.overviewToPack])
        }
        let collect = visit.collect.map(\.rawValue) + visit.collectItems.map(\.rawValue)
        if !collect.isEmpty {
            crates.append(strings.format(.overviewCollect, collect.joined(separator: " ")))
        }
        let prefix =
            "  \(fit(strings.days.short(visit.day), toWidth: 10))  "
            + "\(fit(partner?.name ?? visit.partnerID.rawValue, toWidth: 30))  \(fit(route, toWidth: 6))  "
        return (prefix, crates)
    }

    /// A visit's lines: one when its crates fit beside it, else the crates go on under the crates column.
    private static func visitLines(_ visit: ScheduledVisit, _ context: AppContext, width: Int) -> [String] {
        let (prefix, crates) = visitParts(visit, context)
        let whole = prefix + crates.joined(separator: " · ")
        let indent = displayWidth(of: prefix)
        guard displayWidth(of: whole) > width, width - indent >= 12 else { return [whole] }
        let lines = crates.flatMap { wrap($0, toWidth: width - indent) }
        let padding = String(repeating: " ", count: indent)
        return [prefix + (lines.first ?? "")] + lines.dropFirst().map { padding + $0 }
    }

    /// A visit's row, and a row below it for each further line of its crates.
    private static func visitRows(_ visit: ScheduledVisit, _ context: AppContext, width: Int) -> [Row] {
        let style: Style = visit.day == context.today ? .bold : .plain
        return [.visit(visit)]
            + visitLines(visit, context, width: width).dropFirst().map { .continuation($0, style) }
    }

    func hints(_ strings: Strings) -> [KeyHint] {
        [
            KeyHint("↑↓", strings[.keyMove]), KeyHint("Enter", strings[.keyOpen]),
            KeyHint("v", strings[DeskText.keyPackForVisit]), KeyHint("1-8", strings[.keyTabs]),
        ]
    }

    func help(_ strings: Strings) -> [HelpEntry] {
        [
            HelpEntry("↑ ↓ j k", strings[.keyMove]), HelpEntry("PgUp PgDn Home End", strings[.keyPage]),
            HelpEntry("Enter", strings[.keyOpen]), HelpEntry("v", strings[DeskText.keyPackForVisit]),
        ]
    }
}
