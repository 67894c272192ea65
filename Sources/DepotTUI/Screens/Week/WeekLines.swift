import DepotCore

/// A piece of text at a column of a line, in a style, cut to `width` columns.
struct WeekSegment: Hashable {
    var x: Int
    var text: String
    var style: Style
    var width: Int
}

/// One row of the Week tab's list: the entry it belongs to and its pieces of text.
struct WeekLine: Hashable {
    var entry: Int
    var segments: [WeekSegment]
}

/// Lays the Week tab's entries out for a width: a day-by-day list that reads well at 80 columns — the day, then
/// each route with its stops (stop number, partner and town, what happens, crates out and home), the events and
/// the deadlines. A stop's crates wrap under their column when there are many; other long texts wrap or are cut
/// with "…". No line is wider than `width`.
struct WeekLines {
    let context: AppContext
    let width: Int
    /// The schedule the entries come from: its published conflicts mark their stops.
    var schedule: WeekSchedule? = nil

    private var strings: Strings { context.strings }

    /// Where the columns of the stops are: the same for every stop of the week, as wide as the longest partner
    /// and crate list need; the partners keep up to 34 columns, and crates that do not fit then wrap.
    private struct VisitColumns {
        var nameX = 8
        var nameWidth: Int
        var kindX: Int
        var kindWidth: Int
        var cratesX: Int
        var cratesWidth: Int
    }

    /// Every line of `entries`.
    func lines(_ entries: [WeekEntry]) -> [WeekLine] {
        let columns = visitColumns(entries)
        return entries.enumerated().flatMap { index, entry in
            lines(entry, columns).map { WeekLine(entry: index, segments: $0) }
        }
    }

    private func visitColumns(_ entries: [WeekEntry]) -> VisitColumns {
        let kindWidth = [WeekTabText.delivery, .exchange, .collection].map { displayWidth(of: strings[$0]) }.max() ?? 0
        let nameX = 8
        var namesNeeded = 0
        var cratesNeeded = 0
        for case .visit(let visit, _, _) in entries {
            namesNeeded = max(namesNeeded, displayWidth(of: place(visit)))
            let words = crateGroups(visit).joined().map(\.0)
            cratesNeeded = max(cratesNeeded, displayWidth(of: words.joined(separator: " ")))
        }
        let room = width - nameX - kindWidth - 4
        let cratesWidth = min(max(cratesNeeded, 12), max(12, room - min(namesNeeded, 34)))
        let nameWidth = max(8, min(namesNeeded, room - cratesWidth))
        let kindX = nameX + nameWidth + 2
        let cratesX = kindX + kindWidth + 2
        return VisitColumns(
            nameX: nameX, nameWidth: nameWidth, kindX: kindX, kindWidth: kindWidth, cratesX: cratesX,
            cratesWidth: max(8, width - cratesX))
    }

    private func lines(_ entry: WeekEntry, _ columns: VisitColumns) -> [[WeekSegment]] {
        switch entry {
        case .gap: return [[]]
        case .nothing: return [[segment(2, strings[WeekTabText.nothing], .dim)]]
        case .closuresHeading: return [[segment(0, strings[WeekTabText.closedThisWeek], Palette.heading)]]
        case .closure(let days, let reason, let partners):
            let names = partners.map(partnerName).joined(separator: ", ")
            let text = span(days) + (reason.map { " (\($0))" } ?? "") + ": " + names
            return wrap(text, x: 2, continuationX: 4, style: WeekStyle.closed)
        case .day(let day): return [dayHeading(day)]
        case .closedToday(let partners):
            let names = strings.format(WeekTabText.closedNames, partners.map(partnerName).joined(separator: ", "))
            let text =
                displayWidth(of: names) <= width - 2
                ? names : strings.format(WeekTabText.closedCount, partners.count)
            return [[segment(2, text, WeekStyle.closed)]]
        case .route(let route): return [[segment(2, routeHeading(route), .bold)]]
        case .visit(let visit, let stop, let partnerClosed):
            return visitLines(visit, stop: stop, closed: partnerClosed, columns)
        case .event(let event):
            let time = event.startsAt.map { "\($0) " } ?? ""
            let venue = event.venue.map { " · \($0)" } ?? ""
            let label = strings[event.kind == .meeting ? WeekTabText.meeting : WeekTabText.event]
            return labelled(label, time + event.title + venue, style: .plain)
        case .task(let deadline): return taskLines(deadline)
        }
    }

    // MARK: Pieces

    private func dayHeading(_ day: WeekSchedule.DaySchedule) -> [WeekSegment] {
        let name = strings.days.weekdayName(day.day.weekday)
        var text = name.prefix(1).uppercased() + name.dropFirst() + " " + strings.days.long(day.day)
        if day.day == context.today { text += " · " + strings[WeekTabText.today] }
        var segments = [segment(0, text, Palette.heading)]
        if day.holiday != nil, let note = DanishHolidays.closedNote(on: day.day, language: strings.language) {
            let x = displayWidth(of: text)
            segments.append(segment(x, " · " + note, WeekStyle.holiday))
        }
        return segments
    }

    private func routeHeading(_ route: WeekSchedule.RouteDay) -> String {
        let out = route.visits.reduce(0) { $0 + ($1.leave?.count ?? 0) }
        let home = route.visits.reduce(0) { $0 + $1.collect.count }
        let stops =
            route.visits.count == 1
            ? strings[WeekTabText.oneStop] : strings.format(WeekTabText.stops, route.visits.count)
        return WeekLines.routeName(route.routeID, context) + " · " + stops + " · "
            + strings.format(WeekTabText.routeCrates, out, home)
    }

    /// "Nord · chauffør Bent Sørensen", or the route's name alone, or "Uden rute".
    static func routeName(_ routeID: Route.ID?, _ context: AppContext) -> String {
        guard let routeID else { return context.strings[WeekTabText.noRoute] }
        guard let route = context.data.settings.routes.first(where: { $0.id == routeID }) else {
            return routeID.rawValue
        }
        return route.driver.map { route.name + " · " + context.strings.format(WeekTabText.driver, $0) } ?? route.name
    }

    /// "Børnehuset Bikuben, Ryomgård".
    private func place(_ visit: ScheduledVisit) -> String {
        let partner = context.data.partner(visit.partnerID, in: context.index)
        return partner.map { "\($0.name), \($0.address.city)" } ?? visit.partnerID.rawValue
    }

    /// "ud K040 · hjem K013" as words in their styles, in two groups (out, home) that wrap apart; "ikke pakket"
    /// stands out.
    private func crateGroups(_ visit: ScheduledVisit) -> [[(String, Style)]] {
        var out: [(String, Style)] = [(strings[WeekTabText.out], .dim)]
        if let leave = visit.leave {
            out += leave.isEmpty ? [(strings[WeekTabText.noCrates], .plain)] : leave.map { ($0.rawValue, .plain) }
        } else {
            out.append((strings[WeekTabText.notPacked], WeekStyle.warning))
        }
        var home: [(String, Style)] = [("·", .dim), (strings[WeekTabText.home], .dim)]
        home +=
            visit.collect.isEmpty && visit.collectItems.isEmpty
            ? [(strings[WeekTabText.noCrates], .plain)] : visit.collect.map { ($0.rawValue, .plain) }
        if !visit.collectItems.isEmpty {
            home.append(
                (
                    strings.format(WeekTabText.keptBooks, count: visit.collectItems.count, visit.collectItems.count),
                    WeekStyle.warning
                ))
        }
        return [out, home]
    }

    /// `  1. Børnehuset Bikuben, Ryomgård      Udskiftning  ud K040 · hjem K013`, the crates wrapping under their
    /// column when they do not fit.
    private func visitLines(
        _ visit: ScheduledVisit, stop: Int, closed: Bool, _ columns: VisitColumns
    ) -> [[WeekSegment]] {
        let conflicts = conflictLines(visit)
        var first = [
            segment(4, "\(stop).".leftPadded(to: 3), .dim),
            segment(columns.nameX, place(visit), closed ? WeekStyle.warning : .plain, width: columns.nameWidth),
            segment(columns.kindX, kindName(visit.kind), .plain, width: columns.kindWidth),
        ]
        var rows: [[WeekSegment]] = [[]]
        var column = 0
        for group in crateGroups(visit) {
            // A group that fits on a row of its own starts one rather than breaking.
            let groupWidth = displayWidth(of: group.map(\.0).joined(separator: " "))
            if column > 0, column + 1 + groupWidth > columns.cratesWidth, groupWidth <= columns.cratesWidth {
                rows.append([])
                column = 0
            }
            for (word, style) in group {
                let wordWidth = displayWidth(of: word)
                if column > 0, column + 1 + wordWidth > columns.cratesWidth {
                    rows.append([])
                    column = 0
                }
                if column > 0 { column += 1 }
                rows[rows.count - 1].append(
                    segment(columns.cratesX + column, word, style, width: columns.cratesWidth - column))
                column += wordWidth
            }
        }
        // A stop that breaks a rule of the published plan is marked as the route sheet marks it: `!` before its
        // number and each reason under it.
        if !conflicts.isEmpty { first.insert(segment(2, "!", WeekStyle.overdue), at: 0) }
        first += rows[0]
        var result = [first] + rows.dropFirst()
        for line in conflicts {
            result += wrap(line, x: columns.nameX, continuationX: columns.nameX + 2, style: WeekStyle.overdue)
        }
        if closed {
            result.append([segment(columns.nameX, strings[WeekTabText.partnerClosed], WeekStyle.warning)])
        } else if isSpecialDelivery(visit) {
            result.append([segment(columns.nameX, strings[WeekTabText.specialDelivery], WeekStyle.warning)])
        }
        return result
    }

    private func taskLines(_ deadline: WeekSchedule.TaskDeadline) -> [[WeekSegment]] {
        let task = deadline.task
        let owner = context.data.staff.first { $0.id == task.ownerID }?.name ?? task.ownerID.rawValue
        var text = "\(task.title) – \(owner) – \(deadline.belongsTo)"
        var style = Style.plain
        if task.isDone {
            text += " (\(strings[WeekTabText.done]))"
            style = .dim
        } else if task.isOverdue(on: context.today) {
            text = "! " + text + " (" + WeekLines.overdue(task.dueOn.days(until: context.today), strings) + ")"
            style = WeekStyle.overdue
        }
        return labelled(strings[WeekTabText.deadline], text, style: style)
    }

    static func overdue(_ days: Int, _ strings: Strings) -> String {
        days == 1 ? strings[WeekTabText.overdueDay] : strings.format(WeekTabText.overdueDays, days)
    }

    /// A label in its column ("Arrangement", "Frist") and the text after it, wrapped under itself.
    private func labelled(_ label: String, _ text: String, style: Style) -> [[WeekSegment]] {
        let labelWidth = [WeekTabText.event, .meeting, .deadline].map { displayWidth(of: strings[$0]) }.max() ?? 0
        let x = 2 + labelWidth + 2
        var rows = wrap(text, x: x, continuationX: x, style: style)
        rows[0].insert(segment(2, label, .dim), at: 0)
        return rows
    }

    /// "! Konflikt i planen: rute Nord kører ikke onsdag", each rule the stop's published visit breaks, as the
    /// route sheet says it.
    func conflictLines(_ visit: ScheduledVisit) -> [String] {
        schedule?.conflictLines(of: visit, language: strings.language) ?? []
    }

    /// A visit on a day the van does not drive to the partner: asked for on purpose (`Desk.isSpecialDelivery`).
    /// A planned visit the published plan put on such a day is not one: its conflict line says what is wrong.
    func isSpecialDelivery(_ visit: ScheduledVisit) -> Bool {
        if schedule?.conflicts[visit.id]?.contains(where: { $0.rule == .notRouteDay }) == true { return false }
        guard let partner = context.data.partner(visit.partnerID, in: context.index) else { return false }
        return Desk.isSpecialDelivery(visit.day, for: partner, settings: context.data.settings)
    }

    func kindName(_ kind: ScheduledVisit.Kind) -> String {
        switch kind {
        case .delivery: return strings[WeekTabText.delivery]
        case .exchange: return strings[WeekTabText.exchange]
        case .collection: return strings[WeekTabText.collection]
        }
    }

    private func partnerName(_ id: Partner.ID) -> String {
        context.data.partner(id, in: context.index)?.name ?? id.rawValue
    }

    /// "23.12.–1.1." / "23/12–1/1".
    func span(_ days: DayRange) -> String {
        let first = days.first.components
        let last = days.last.components
        let from = strings.format(WeekTabText.dayMonth, first.day, first.month)
        if days.first == days.last { return from }
        return from + "–" + strings.format(WeekTabText.dayMonth, last.day, last.month)
    }

    private func segment(_ x: Int, _ text: String, _ style: Style, width: Int? = nil) -> WeekSegment {
        WeekSegment(x: x, text: text, style: style, width: max(0, min(width ?? Int.max, self.width - x)))
    }

    /// `text` broken at spaces into rows from column `x`, later rows from `continuationX`; a word longer than a
    /// row is cut with "…" when drawn.
    private func wrap(_ text: String, x: Int, continuationX: Int, style: Style) -> [[WeekSegment]] {
        var rows: [[WeekSegment]] = []
        var line = ""
        var lineX = x
        for word in text.split(separator: " ") {
            let candidate = line.isEmpty ? String(word) : line + " " + word
            if !line.isEmpty, displayWidth(of: candidate) > width - lineX {
                rows.append([segment(lineX, line, style)])
                line = String(word)
                lineX = continuationX
            } else {
                line = candidate
            }
        }
        rows.append([segment(lineX, line, style)])
        return rows
    }
}

/// The styles that carry meaning on the Week tab.
enum WeekStyle {
    static let holiday = Style(foreground: .red, attributes: .bold)
    static let closed = Style(foreground: .yellow)
    static let warning = Style(foreground: .yellow, attributes: .bold)
    static let overdue = Style(foreground: .red, attributes: .bold)
}

extension String {
    fileprivate func leftPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: " ", count: width - count) + self
    }
}
