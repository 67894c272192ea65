import DepotCore

/// Drawing the Plan tab: a header with the plan's state, the grid of cells on screen, and a detail pane for the
/// selected cell. Markers make the cells read without colour: `!` a conflict, `?` too few crates or no visit,
/// `*` pinned.
extension PlanScreen {
    /// Columns of one cell, the gap after it included.
    static let cellWidth = 11

    mutating func render(into grid: inout CellGrid, area: Rect, _ context: AppContext) {
        let strings = context.strings
        let title = season.map { strings.format(PlanTabText.title, $0) } ?? strings[.tabPlan]
        var inner = Border(title: title, style: .bold).render(into: &grid, area: area)
        guard inner.height >= 4, inner.width >= 20 else { return }
        let warning = season.flatMap { season in
            missingClosures.isEmpty
                ? nil
                : strings.format(PlanTabText.closuresMissing, missingClosures.count, season.previous, season)
        }
        guard let seasonPlan, !self.grid.isEmpty else {
            let text = strings.format(PlanTabText.noPlan, season.map(\.description) ?? "")
            grid.put(text, x: inner.x + 1, y: inner.y + 1, maxWidth: inner.width - 2)
            if let warning {
                grid.put(
                    warning, x: inner.x + 1, y: inner.y + 3, style: Style(foreground: .red, attributes: .bold),
                    maxWidth: inner.width - 2)
            }
            return
        }
        renderHeader(seasonPlan, into: &grid, inner: inner, strings)
        // The warning about missing closures takes the grid's first line.
        if let warning {
            grid.put(
                warning, x: inner.x + 1, y: inner.y + 1, style: Style(foreground: .red, attributes: .bold),
                maxWidth: inner.width - 2)
            inner = Rect(x: inner.x, y: inner.y + 1, width: inner.width, height: inner.height - 1)
        }
        let detailHeight = max(4, inner.height / 3)
        // The names get what the whole cells leave, at least a quarter of the width (up to 28 columns).
        let columns = max(1, (inner.width - min(28, max(16, inner.width / 4)) - 1) / PlanScreen.cellWidth)
        let nameWidth = max(8, inner.width - 1 - columns * PlanScreen.cellWidth)
        var gridArea = Rect(
            x: inner.x, y: inner.y + 1, width: inner.width, height: inner.height - 2 - detailHeight)
        // The search line, as under a list: the grid's last line while a search is typed or kept.
        if isTyping || !query.text.isEmpty {
            let y = gridArea.maxY - 1
            let prompt = strings[.filterPrompt]
            let used = grid.put(prompt, x: gridArea.x + 1, y: y, style: .bold, maxWidth: gridArea.width - 2)
            let count = " (\(strings.format(.countOf, shownRows.count, self.grid.rows.count)))"
            let countWidth = displayWidth(of: count)
            query.render(
                into: &grid,
                area: Rect(
                    x: gridArea.x + 1 + used, y: y, width: max(0, gridArea.width - 2 - used - countWidth), height: 1),
                focused: isTyping)
            grid.put(count, x: gridArea.maxX - 1 - countWidth, y: y, style: .dim)
            gridArea.height -= 1
        }
        renderGrid(seasonPlan.draft, into: &grid, area: gridArea, nameWidth: nameWidth, strings)
        let separator = inner.maxY - detailHeight - 1
        grid.put(String(repeating: "─", count: inner.width), x: inner.x, y: separator, style: .dim)
        let detail = Rect(x: inner.x + 1, y: separator + 1, width: inner.width - 2, height: detailHeight)
        if isShowingChanges {
            renderChanges(seasonPlan, into: &grid, area: detail, strings)
        } else {
            renderDetail(seasonPlan.draft, into: &grid, area: detail, context)
        }
    }

    private func renderHeader(_ seasonPlan: SeasonPlan, into grid: inout CellGrid, inner: Rect, _ strings: Strings) {
        let state: String
        let published = seasonPlan.publishedOn.map { strings.days.short($0) } ?? ""
        switch seasonPlan.state {
        case .draft: state = strings[PlanTabText.stateDraft]
        case .published: state = strings.format(PlanTabText.statePublished, seasonPlan.revision, published)
        case .revising: state = strings.format(PlanTabText.stateRevising, seasonPlan.revision, published)
        }
        let plan = seasonPlan.draft
        let summary = strings.format(
            PlanTabText.summary, strings.count(plan.visits.count, PlanTabText.nounVisit),
            strings.count(plan.violations.count, PlanTabText.nounConflict), plan.unplanned.count)
        // The counts first: where the row is short, the state is cut, never the number of conflicts.
        let used = grid.put(
            "\(summary) · \(state)", x: inner.x + 1, y: inner.y, style: Palette.heading, maxWidth: inner.width - 2)
        let legend = strings[PlanTabText.legend]
        let legendWidth = displayWidth(of: legend)
        if used + legendWidth + 3 <= inner.width - 1 {
            grid.put(legend, x: inner.maxX - 1 - legendWidth, y: inner.y, style: .dim)
        }
    }

    private mutating func renderGrid(
        _ plan: Plan, into grid: inout CellGrid, area: Rect, nameWidth: Int, _ strings: Strings
    ) {
        let cellsX = area.x + nameWidth + 1
        visibleColumns = max(1, (area.maxX - cellsX) / PlanScreen.cellWidth)
        visibleRows = max(1, area.height - 1)
        columnOffset = PlanScreen.scrolled(columnOffset, to: column, visible: visibleColumns)
        let rowsShown = shownRows
        rowOffset = PlanScreen.scrolled(rowOffset, to: rowsShown.firstIndex(of: row) ?? 0, visible: visibleRows)
        let weeks = self.grid.weeks
        let lastColumn = min(weeks.count, columnOffset + visibleColumns)
        // Column headings: the weeks, with arrows where more lie off screen.
        grid.put(strings[PlanTabText.columnPartner], x: area.x + 1, y: area.y, style: .bold, maxWidth: nameWidth - 1)
        for index in columnOffset..<lastColumn {
            let x = cellsX + (index - columnOffset) * PlanScreen.cellWidth
            let style = index == column ? Style.bold.adding(.underline) : Style.bold
            grid.put(strings.days.week(weeks[index]), x: x + 1, y: area.y, style: style)
        }
        if columnOffset > 0 { grid.put("‹", x: cellsX - 1, y: area.y, style: .bold) }
        if lastColumn < weeks.count { grid.put("›", x: area.maxX - 1, y: area.y, style: .bold) }
        let lastRow = min(rowsShown.count, rowOffset + visibleRows)
        for position in rowOffset..<max(rowOffset, lastRow) {
            let index = rowsShown[position]
            let y = area.y + 1 + position - rowOffset
            let nameStyle = index == row ? Style.bold : Style.plain
            grid.put(self.grid.names[index], x: area.x + 1, y: y, style: nameStyle, maxWidth: nameWidth - 1)
            for columnIndex in columnOffset..<lastColumn {
                let x = cellsX + (columnIndex - columnOffset) * PlanScreen.cellWidth
                let cellRect = Rect(x: x, y: y, width: PlanScreen.cellWidth - 1, height: 1)
                renderCell(plan, row: index, column: columnIndex, into: &grid, rect: cellRect, strings)
            }
        }
    }

    /// The first row or column to show so that `cursor` is on screen.
    private static func scrolled(_ offset: Int, to cursor: Int, visible: Int) -> Int {
        if cursor < offset { return cursor }
        if cursor >= offset + visible { return cursor - visible + 1 }
        return max(0, offset)
    }

    private func renderCell(
        _ plan: Plan, row: Int, column: Int, into grid: inout CellGrid, rect: Rect, _ strings: Strings
    ) {
        let selected = row == self.row && column == self.column
        guard let cell = self.grid.cell(row: row, column: column) else {
            if selected { grid.put("·", x: rect.x + rect.width / 2, y: rect.y, style: .reverse) }
            return
        }
        let visit = cell.visits.first.map { plan.visits[$0] }
        let conflict = !cell.violations.isEmpty
        let short = !cell.unplanned.isEmpty
        var marker = conflict ? "!" : (short ? "?" : "")
        if visit?.pinned == true { marker += "*" }
        let past = visit.map { SeasonPlan.isFixed($0.day, today: today) } ?? false
        let base: Style =
            conflict
            ? Style(foreground: .white, background: .red, attributes: .bold)
            : (short ? Style(foreground: .red, attributes: .bold) : (past ? .dim : .plain))
        if conflict { grid.fill(rect, style: base) }
        var x = rect.x
        if !marker.isEmpty { x += grid.put(marker, x: x, y: rect.y, style: base, maxWidth: rect.maxX - x) }
        if let visit {
            if visit.leave.isEmpty {
                grid.put(
                    strings.format(PlanTabText.cellCollect, visit.pickUp.count), x: x, y: rect.y, style: base,
                    maxWidth: rect.maxX - x)
            } else {
                // As many crates as fit, and "+2" for the rest.
                let ids = visit.leave.map(\.rawValue)
                let shown =
                    (1...ids.count).reversed().first { count in
                        let rest = count < ids.count ? " +\(ids.count - count)" : ""
                        return displayWidth(of: ids.prefix(count).joined(separator: " ") + rest) <= rect.maxX - x
                    } ?? 1
                for (index, crate) in visit.leave.prefix(shown).enumerated() where x < rect.maxX {
                    var style = conflict || past ? base : crateStyle(crate)
                    if selected && index == crateIndex && visit.leave.count > 1 { style = style.adding(.underline) }
                    x += grid.put(crate.rawValue, x: x, y: rect.y, style: style, maxWidth: rect.maxX - x)
                    if index < visit.leave.count - 1, x < rect.maxX { x += grid.put(" ", x: x, y: rect.y, style: base) }
                }
                if shown < ids.count, x < rect.maxX {
                    grid.put("+\(ids.count - shown)", x: x, y: rect.y, style: base, maxWidth: rect.maxX - x)
                }
            }
        } else if let first = cell.unplanned.first {
            let slot = plan.unplanned[first]
            grid.put(
                strings.format(PlanTabText.cellMissing, slot.missingCrates), x: x, y: rect.y, style: base,
                maxWidth: rect.maxX - x)
        }
        if let visit, isMarked(visit.id) { grid.apply(.underline, to: rect) }
        if selected { grid.apply(.reverse, to: rect) }
    }

    private func crateStyle(_ crate: Crate.ID) -> Style {
        crates[crate].map { Palette.style(for: $0.ageBand) } ?? Style(foreground: .red)
    }

    // MARK: Changes

    /// `a`: what the draft changes against the published version from today on (`PlanDiff`, as `depot plan diff`),
    /// a partner a line in the grid's order, from the selected partner on.
    private func renderChanges(_ seasonPlan: SeasonPlan, into grid: inout CellGrid, area: Rect, _ strings: Strings) {
        guard let changes else { return }
        let title = strings.format(
            PlanTabText.changesTitle, seasonPlan.revision, changes.needingNewLetters.count, changes.publishedDaysMoved,
            changes.publishedVisits)
        var lines: [(String, Style)] = PlanScreen.wrap(title, width: area.width, first: "", indent: "  ").map {
            ($0, .bold)
        }
        if changes.partners.isEmpty { lines.append((strings[PlanTabText.changesNone], .dim)) }
        let order = Dictionary(self.grid.rows.enumerated().map { ($0.element, $0.offset) }) { a, _ in a }
        let sorted = changes.partners.sorted { (order[$0.partnerID] ?? Int.max) < (order[$1.partnerID] ?? Int.max) }
        let start = sorted.firstIndex { (order[$0.partnerID] ?? Int.max) >= row } ?? 0
        let text = PlanDiff(partners: Array(sorted[start...] + sorted[..<start])).lines(strings.language)
        let room = area.height - lines.count
        for (index, line) in text.enumerated() where index < room {
            if index == room - 1, text.count > room {
                lines.append((strings.format(PlanTabText.changesMore, text.count - index), .dim))
                break
            }
            let style: Style = sorted[(start + index) % sorted.count].needsNewLetter ? .plain : .dim
            lines.append((line, style))
        }
        for (index, line) in lines.prefix(area.height).enumerated() {
            grid.put(line.0, x: area.x, y: area.y + index, style: line.1, maxWidth: area.width)
        }
    }

    // MARK: Detail

    private mutating func renderDetail(_ plan: Plan, into grid: inout CellGrid, area: Rect, _ context: AppContext) {
        let strings = context.strings
        var lines: [[(String, Style)]] = []
        let name = self.grid.rows.indices.contains(row) ? self.grid.names[row] : ""
        let week = self.grid.weeks.indices.contains(column) ? self.grid.weeks[column] : nil
        let cell = selectedCell
        func wrapped(_ text: String, _ first: String, _ style: Style) {
            for line in PlanScreen.wrap(text, width: area.width, first: first, indent: "  ") {
                lines.append([(line, style)])
            }
        }
        if let visit = selectedVisit {
            var heading = [name]
            heading.append(strings.format(PlanTabText.detailRoute, routeName(visit.routeID, plan, context)))
            heading.append("\(strings.days.weekdayName(visit.day.weekday)) \(strings.days.long(visit.day))")
            heading.append(kindName(visit.kind, strings))
            if visit.pinned { heading.append(strings[PlanTabText.detailPinned]) }
            if SeasonPlan.isFixed(visit.day, today: context.today) { heading.append(strings[PlanTabText.detailPast]) }
            wrapped(heading.joined(separator: " · "), "", .bold)
            if !visit.leave.isEmpty {
                var line: [(String, Style)] = [(strings[PlanTabText.detailLeave] + " ", .plain)]
                for crate in visit.leave {
                    line.append((crate.rawValue, crateStyle(crate)))
                    let about = crates[crate].map { " (\($0.ageBand.rawValue), \($0.theme))  " } ?? "  "
                    line.append((about, .dim))
                }
                lines.append(line)
            }
            if !visit.pickUp.isEmpty {
                let crates = visit.pickUp.map(\.rawValue).joined(separator: " ")
                lines.append([(strings[PlanTabText.detailPickUp] + " " + crates, .plain)])
            }
        } else if let week {
            lines.append([("\(name) · " + strings.format(PlanTabText.detailNoVisit, strings.days.week(week)), .bold)])
        }
        let problemStyle = Style(foreground: .red, attributes: .bold)
        for position in cell?.violations ?? [] {
            wrapped(plan.violations[position].text(strings.language), "! ", problemStyle)
        }
        for position in cell?.unplanned ?? [] {
            wrapped(plan.unplanned[position].text(strings.language), "? ", problemStyle)
        }
        if let visit = selectedVisit {
            if cell?.violations.isEmpty ?? true {
                lines.append([(strings[PlanTabText.detailNoConflict], .dim)])
            }
            lines.append([(strings[PlanTabText.detailWhy], .bold)])
            for line in why(visit, plan, context) { wrapped(line, "  ", .plain) }
        }
        for (index, line) in lines.prefix(area.height).enumerated() {
            var x = area.x
            for (text, style) in line where x < area.maxX {
                x += grid.put(text, x: x, y: area.y + index, style: style, maxWidth: area.maxX - x)
            }
        }
    }

    /// The planner's explanation of the visit, worked out once while the cursor stays on it.
    private mutating func why(_ visit: PlannedVisit, _ plan: Plan, _ context: AppContext) -> [String] {
        if let explanation, explanation.visit == visit.id { return explanation.lines }
        let found = RotationPlanner(data: context.data).explain(
            partner: visit.partnerID, day: visit.day, in: plan, language: context.strings.language)
        // The first line names the visit, which the pane's heading already does.
        let lines = found.visitFound ? Array(found.lines.dropFirst()) : found.lines
        explanation = (visit.id, lines)
        return lines
    }

    /// `text` broken at spaces into lines of at most `width` columns, the first after `first`, the rest after
    /// `indent`.
    static func wrap(_ text: String, width: Int, first: String, indent: String) -> [String] {
        var lines: [String] = []
        var line = first
        var lineHasWord = false
        for word in text.split(separator: " ") {
            let candidate = lineHasWord ? line + " " + word : line + word
            if lineHasWord && displayWidth(of: candidate) > width {
                lines.append(line)
                line = indent + word
            } else {
                line = candidate
            }
            lineHasWord = true
        }
        lines.append(line)
        return lines
    }

    private func routeName(_ id: Route.ID, _ plan: Plan, _ context: AppContext) -> String {
        (plan.request.settings ?? context.data.settings).routes.first { $0.id == id }?.name ?? id.rawValue
    }

    private func kindName(_ kind: PlannedVisit.Kind, _ strings: Strings) -> String {
        switch kind {
        case .delivery: return strings[PlanTabText.kindDelivery]
        case .exchange: return strings[PlanTabText.kindExchange]
        case .collection: return strings[PlanTabText.kindCollection]
        }
    }
}
