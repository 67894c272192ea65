import DepotCore

/// Renders the whole screen from the state: top bar, tabs, the active tab, the status line, and any form,
/// question or help on top.
public enum AppView {
    /// Below this size Depot asks for a larger window instead of drawing a broken screen.
    public static let minimumSize = Size(columns: 60, rows: 16)

    public static func render(_ state: inout AppState, into grid: inout CellGrid) {
        let area = grid.area
        let strings = state.strings
        guard area.width >= minimumSize.columns, area.height >= minimumSize.rows else {
            let text = strings.format(.tooSmall, minimumSize.columns, minimumSize.rows)
            let lines = [text, "(\(area.width)×\(area.height))"]
            for (offset, line) in lines.enumerated() {
                let width = min(displayWidth(of: line), area.width)
                grid.put(
                    line, x: max(0, (area.width - width) / 2), y: area.height / 2 - 1 + offset, style: .bold,
                    maxWidth: area.width)
            }
            return
        }
        // A message has rows of its own above the key hints (two at most, wrapped), so it never pushes them off.
        let messageLines = wrap(state.message, toWidth: area.width - 2, maxLines: 2).filter { !$0.isEmpty }
        let rows = Layout.vertical([.length(1), .length(1), .fill, .length(messageLines.count), .length(1)])
            .split(area)
        renderTopBar(state, into: &grid, area: rows[0])
        TabBar(
            titles: state.tabs.map { strings[$0.titleKey] }, shortTitles: state.tabs.map { strings[$0.shortTitleKey] },
            selectedIndex: state.activeTab
        )
        .render(into: &grid, area: rows[1])
        let active = state.activeTab
        let context = state.context
        state.tabs[active].render(into: &grid, area: rows[2], context)
        let hints =
            state.overlay?.hints(strings)
            ?? [KeyHint("q", strings[.keyQuit]), KeyHint("?", strings[.keyHelp])] + state.tabs[active].hints(strings)
        for (offset, line) in messageLines.enumerated() {
            grid.fill(rows[3].row(offset), style: Palette.message)
            grid.put(line, x: rows[3].x + 1, y: rows[3].y + offset, style: Palette.message, maxWidth: area.width - 2)
        }
        StatusLine(hints: hints, style: .reverse).render(into: &grid, area: rows[4])
        state.fitOverlay(to: rows[2])
        if let overlay = state.overlay {
            overlay.render(into: &grid, area: rows[2], context)
        }
        if let form = state.form {
            FormView(form: form, strings: strings).render(into: &grid, area: rows[2])
        }
        if state.isAskingToLeaveOverlay {
            Dialog(
                title: "?", lines: [strings[.formDiscardTitle], strings[.formDiscardQuestion]],
                buttonHint: strings[.confirmYesNo]
            )
            .render(into: &grid, area: rows[2])
        }
        if let confirmation = state.confirmation {
            Dialog(title: "?", lines: [confirmation.question], buttonHint: strings[.confirmYesNo])
                .render(into: &grid, area: rows[2])
        }
        if state.isShowingHelp { renderHelp(&state, into: &grid, area: rows[2]) }
    }

    private static func renderTopBar(_ state: AppState, into grid: inout CellGrid, area: Rect) {
        let strings = state.strings
        let today = state.context.today
        grid.fill(area, style: .bold)
        var left = state.context.data.settings.name
        if state.context.readOnlyReason != nil { left = "[\(strings[.readOnly])] " + left }
        let week = strings.days.week(ISOWeek(containing: today))
        let long = strings.days.long(today)
        var dates = ["\(strings.days.weekdayName(today.weekday)) \(long) · \(week)", "\(long) · \(week)", week]
        // With the sync's state in front, the date gives way first (the weekday, then the date), so that the
        // library's name keeps some room at 80 columns.
        if let sync = state.syncIndicator?.text(strings) {
            dates = dates.map { "\(sync) · \($0)" } + [sync]
        }
        let room = area.width - min(displayWidth(of: left), 20) - 2
        let right = dates.first { displayWidth(of: $0) <= room } ?? dates[dates.count - 1]
        let rightWidth = min(displayWidth(of: right), area.width)
        grid.put(right, x: area.maxX - rightWidth, y: area.y, style: .bold, maxWidth: rightWidth)
        grid.put(left, x: area.x, y: area.y, style: Palette.heading, maxWidth: max(0, area.width - rightWidth - 2))
    }

    /// The keys of the tab and those that work everywhere, in a box that fits the window: a meaning that does not
    /// fit beside its keys goes on below, and a list longer than the box scrolls.
    private static func renderHelp(_ state: inout AppState, into grid: inout CellGrid, area: Rect) {
        let strings = state.strings
        let screen = state.tabs[state.activeTab]
        var entries: [HelpEntry] = screen.help(strings)
        entries.append(HelpEntry("", ""))
        entries.append(HelpEntry(strings[.helpGlobal], ""))
        entries += [
            HelpEntry("1–\(state.tabs.count)", strings[.keyTabs]),
            HelpEntry("← →", strings[.keyTabsArrows]), HelpEntry("?", strings[.keyHelp]),
            HelpEntry("q", strings[.keyQuit]), HelpEntry("0-9… Enter", strings[.keyScan]),
            HelpEntry("H", strings[DesksText.keyHistory]), HelpEntry("Ctrl-Z", strings[DesksText.keyUndo]),
            HelpEntry("!", strings[SyncConflictText.keyOpen]),
        ]
        let keyWidth = min(22, (entries.map { displayWidth(of: $0.keys) }.max() ?? 0) + 2)
        let widest = entries.map { keyWidth + displayWidth(of: $0.meaning) }.max() ?? 0
        let width = max(min(area.width, 24), min(area.width - 2, max(72, widest + 2)))
        let meaningWidth = max(1, width - 2 - keyWidth)
        // Each entry as rows: the keys beside the first line of its meaning, the rest of the meaning below.
        var rows: [(keys: String, meaning: String, isHeading: Bool)] = []
        for entry in entries {
            let isHeading = entry.meaning.isEmpty
            let lines = isHeading ? [""] : wrap(entry.meaning, toWidth: meaningWidth)
            for (index, line) in lines.enumerated() {
                rows.append((index == 0 ? entry.keys : "", line, isHeading))
            }
        }
        let height = min(area.height, rows.count + 4)
        let box = Rect(
            x: area.x + (area.width - width) / 2, y: area.y + max(0, (area.height - height) / 2), width: width,
            height: height)
        grid.fill(box, style: .plain)
        let title = "\(strings[.helpTitle]): \(strings[screen.titleKey])"
        let inner = Border(title: title, style: .bold).render(into: &grid, area: box)
        let visible = max(0, inner.height - 2)
        state.clampHelpOffset(to: max(0, rows.count - visible))
        let offset = state.helpOffset
        for (line, row) in rows.dropFirst(offset).prefix(visible).enumerated() {
            grid.put(
                row.keys, x: inner.x, y: inner.y + line, style: row.isHeading ? Palette.heading : .bold,
                maxWidth: keyWidth)
            grid.put(
                row.meaning, x: inner.x + keyWidth, y: inner.y + line, style: .plain, maxWidth: inner.width - keyWidth)
        }
        let scrolls = rows.count > visible
        var footer = strings[.helpClose]
        if scrolls {
            let position = "\(offset + 1)–\(min(rows.count, offset + visible))/\(rows.count)"
            footer += " · \(strings[.helpScroll]) · \(position)"
        }
        grid.put(footer, x: inner.x, y: inner.maxY - 1, style: .dim, maxWidth: inner.width)
    }
}
