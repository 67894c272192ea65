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
        let rows = Layout.vertical([.length(1), .length(1), .fill, .length(1)]).split(area)
        renderTopBar(state, into: &grid, area: rows[0])
        TabBar(titles: state.tabs.map { strings[$0.titleKey] }, selectedIndex: state.activeTab)
            .render(into: &grid, area: rows[1])
        let active = state.activeTab
        let context = state.context
        state.tabs[active].render(into: &grid, area: rows[2], context)
        let hints =
            state.overlay?.hints(strings)
            ?? [KeyHint("q", strings[.keyQuit]), KeyHint("?", strings[.keyHelp])] + state.tabs[active].hints(strings)
        StatusLine(hints: hints, message: state.message, style: .reverse, messageStyle: .reverse.adding(.bold))
            .render(into: &grid, area: rows[3])
        state.fitOverlay(to: rows[2])
        if let overlay = state.overlay {
            overlay.render(into: &grid, area: rows[2], context)
        }
        if let form = state.form {
            FormView(form: form, strings: strings).render(into: &grid, area: rows[2])
        }
        if let confirmation = state.confirmation {
            Dialog(title: "?", lines: [confirmation.question], buttonHint: strings[.confirmYesNo])
                .render(into: &grid, area: rows[2])
        }
        if state.isShowingHelp { renderHelp(state, into: &grid, area: rows[2]) }
    }

    private static func renderTopBar(_ state: AppState, into grid: inout CellGrid, area: Rect) {
        let strings = state.strings
        let today = state.context.today
        grid.fill(area, style: .bold)
        let right =
            "\(strings.days.weekdayName(today.weekday)) \(strings.days.long(today)) · \(strings.days.week(ISOWeek(containing: today)))"
        var left = state.context.data.settings.name
        if state.context.readOnlyReason != nil { left = "[\(strings[.readOnly])] " + left }
        let rightWidth = min(displayWidth(of: right), area.width)
        grid.put(right, x: area.maxX - rightWidth, y: area.y, style: .bold, maxWidth: rightWidth)
        grid.put(left, x: area.x, y: area.y, style: Palette.heading, maxWidth: max(0, area.width - rightWidth - 2))
    }

    private static func renderHelp(_ state: AppState, into grid: inout CellGrid, area: Rect) {
        let strings = state.strings
        let screen = state.tabs[state.activeTab]
        var lines: [HelpEntry] = screen.help(strings)
        lines.append(HelpEntry("", ""))
        lines.append(HelpEntry(strings[.helpGlobal], ""))
        lines += [
            HelpEntry("1–\(state.tabs.count)", strings[.keyTabs]),
            HelpEntry("← →", strings[.keyTabsArrows]), HelpEntry("?", strings[.keyHelp]),
            HelpEntry("q", strings[.keyQuit]), HelpEntry("0-9… Enter", strings[.keyScan]),
        ]
        let width = min(area.width - 4, 72)
        let height = min(area.height, lines.count + 4)
        let box = Rect(
            x: area.x + (area.width - width) / 2, y: area.y + max(0, (area.height - height) / 2), width: width,
            height: height)
        grid.fill(box, style: .plain)
        let title = "\(strings[.helpTitle]): \(strings[screen.titleKey])"
        let inner = Border(title: title, style: .bold).render(into: &grid, area: box)
        let keyWidth = min(22, (lines.map { displayWidth(of: $0.keys) }.max() ?? 0) + 2)
        for (row, entry) in lines.prefix(inner.height - 1).enumerated() {
            let isHeading = entry.meaning.isEmpty
            grid.put(
                entry.keys, x: inner.x, y: inner.y + row, style: isHeading ? Palette.heading : .bold, maxWidth: keyWidth
            )
            grid.put(
                entry.meaning, x: inner.x + keyWidth, y: inner.y + row, style: .plain, maxWidth: inner.width - keyWidth)
        }
        grid.put(strings[.helpClose], x: inner.x, y: inner.maxY - 1, style: .dim, maxWidth: inner.width)
    }
}
