import DepotCore

/// Tab 8: the partnership teams' events and the teams themselves, with their tasks, notes logs and competitions.
///
/// `t` switches between the events (the default) and the teams. The detail pane takes the focus with Tab or Enter;
/// there ↑ ↓ move a cursor over the tasks and the competition's rounds, which space/`x` (a task) and `s`, `k`, `p`
/// (a round) act on. Without a round under the cursor those three use the round the competition is in. Since `k`
/// opens the ranking here, the list moves with ↑ ↓ (and `j`), not `k`.
struct EventsScreen: TabScreen {
    enum View: Hashable {
        case events, teams
    }

    var titleKey: TextKey { .tabEvents }
    var shortTitleKey: TextKey { .tabEventsShort }
    private(set) var view = View.events
    private var eventRows = FilteredList()
    private var teamRows = FilteredList()
    /// Positions in `data.events`, by day.
    private var eventOrder: [Int] = []
    private(set) var detailFocused = false
    /// The index into the detail's targets (tasks and rounds) under the cursor.
    private(set) var cursor = 0
    private var detailOffset = 0
    private var detailRows = 1
    /// The round whose printouts the print menu offers, while it is open.
    private(set) var printMenuRound: Int?
    private var hasOpened = false
    /// Whether the cursor was on a round when the screen was last drawn: the key hints are then the round's.
    private var lastTargetIsRound = false
    /// The events listed at the last refresh, so that an event just made can be selected.
    private var knownEventIDs: Set<Event.ID> = []

    var isCapturingText: Bool { rows.isTyping || printMenuRound != nil }

    private var rows: FilteredList {
        get { view == .events ? eventRows : teamRows }
        set {
            if view == .events { eventRows = newValue } else { teamRows = newValue }
        }
    }

    mutating func refresh(_ context: AppContext) {
        let data = context.data
        let events = data.events
        eventOrder = events.indices.sorted {
            (events[$0].startsOn, events[$0].id) < (events[$1].startsOn, events[$1].id)
        }
        eventRows.setRecords(
            visible: eventOrder,
            searchTexts: events.map { event in
                let team = event.teamID.flatMap { id in data.teams.first { $0.id == id }?.name } ?? ""
                return SearchText("\(event.title) \(event.venue ?? "") \(team) \(event.id) \(event.startsOn)")
            })
        teamRows.setRecords(
            visible: Array(data.teams.indices), searchTexts: data.teams.map { SearchText("\($0.name) \($0.id)") })
        if !hasOpened {
            // The tab opens on the next event to come, else on the latest.
            hasOpened = true
            if let next = eventOrder.first(where: { events[$0].startsOn >= context.today }) ?? eventOrder.last {
                _ = eventRows.select(position: next)
            }
        } else if let added = events.indices.first(where: { !knownEventIDs.contains(events[$0].id) }) {
            // An event just made is selected, as a new partner is (there is no jump to events).
            _ = eventRows.select(position: added)
            cursor = 0
            detailOffset = 0
        }
        knownEventIDs = Set(events.map(\.id))
        clampCursor(context)
    }

    // MARK: Selection

    func selectedEvent(_ context: AppContext) -> Event? {
        guard view == .events, let position = eventRows.selectedPosition, position < context.data.events.count
        else { return nil }
        return context.data.events[position]
    }

    func selectedTeam(_ context: AppContext) -> PartnershipTeam? {
        guard view == .teams, let position = teamRows.selectedPosition, position < context.data.teams.count
        else { return nil }
        return context.data.teams[position]
    }

    /// The event or team whose tasks and notes the keys change.
    private func place(_ context: AppContext) -> WorkPlace? {
        if let event = selectedEvent(context) { return .event(event.id) }
        if let team = selectedTeam(context) { return .team(team.id) }
        return nil
    }

    private func detail(_ context: AppContext, width: Int) -> EventsDetailText {
        if let event = selectedEvent(context) { return EventsDetail.event(event, context, width: width) }
        if let team = selectedTeam(context) { return EventsDetail.team(team, context, width: width) }
        return EventsDetailText(width: width)
    }

    /// The target under the cursor while the detail has the focus.
    private func target(_ context: AppContext) -> EventsTarget? {
        guard detailFocused else { return nil }
        let targets = detail(context, width: 80).targets
        return targets.indices.contains(cursor) ? targets[cursor] : nil
    }

    private mutating func clampCursor(_ context: AppContext) {
        let count = detail(context, width: 80).targets.count
        cursor = max(0, min(cursor, count - 1))
    }

    /// The round `s`, `k` and `p` act on: the one under the cursor, else the round the competition is in.
    private func chosenRound(_ event: Event, _ context: AppContext) -> Int? {
        guard let competition = event.competition, !competition.format.rounds.isEmpty else { return nil }
        if case .round(let index) = target(context) { return index }
        return competition.currentRound ?? 0
    }

    // MARK: Keys

    mutating func handle(_ key: Key, _ context: AppContext) -> ScreenCommand {
        if let round = printMenuRound { return handlePrintMenu(key, round: round, context) }
        if rows.isTyping {
            rows.handleTyping(key)
            cursor = 0
            detailOffset = 0
            return .handled
        }
        if key == .escape, rows.clearKeptFilter() {
            cursor = 0
            detailOffset = 0
            return .handled
        }
        let strings = context.strings
        switch key {
        case .character("/"):
            rows.startTyping()
        case .character("t"):
            view = view == .events ? .teams : .events
            detailFocused = false
            cursor = 0
            detailOffset = 0
        case .tab:
            detailFocused.toggle()
        case .enter:
            detailFocused = true
        case .character("n"):
            return .openForm(view == .events ? EventsForms.newEvent(context) : TeamForm.new(context))
        case .character("e"):
            if let place = place(context), case .task(let index) = target(context),
                let tasks = context.data.tasks(at: place), tasks.indices.contains(index)
            {
                return .openForm(EventsForms.taskForm(at: place, editing: (index, tasks[index]), context))
            }
            if let team = selectedTeam(context) { return .openForm(TeamForm.edit(team, context)) }
            guard let event = selectedEvent(context) else { return .handled }
            return .openForm(EventsForms.editEvent(event, context))
        case .character("a"), .character("o"):
            guard let place = place(context) else { return .handled }
            // Tasks and notes name a member of staff; with none working there is no one to choose.
            guard context.data.staff.contains(where: { $0.endedOn == nil }) else {
                return .message(strings[EventsText.noStaff])
            }
            return .openForm(
                key == .character("a")
                    ? EventsForms.taskForm(at: place, context) : EventsForms.newNote(at: place, context))
        case .character(" "), .character("x"):
            return toggleTask(context)
        case .character("d"):
            return deleteTask(context)
        case .character("r"):
            guard let event = selectedEvent(context) else { return .handled }
            guard let form = JuryForms.newReader(for: event, context) else {
                return .message(strings[EventsText.notACompetition])
            }
            return .openForm(form)
        case .character("s"), .character("k"):
            guard let event = selectedEvent(context), let round = chosenRound(event, context) else {
                return .message(strings[EventsText.notACompetition])
            }
            return openScoring(key == .character("s"), event: event, round: round, context)
        case .character("E"):
            guard let event = selectedEvent(context), let round = chosenRound(event, context),
                let form = RoundForm.edit(event, round: round, context)
            else { return .message(strings[EventsText.notACompetition]) }
            return .openForm(form)
        case .character("J"):
            guard let event = selectedEvent(context), let round = chosenRound(event, context),
                let form = JuryForms.newJudge(for: event, round: round, context)
            else { return .message(strings[EventsText.notACompetition]) }
            return .openForm(form)
        case .character("f"), .character("w"), .character("R"):
            guard let event = selectedEvent(context), let round = chosenRound(event, context) else {
                return .message(strings[EventsText.notACompetition])
            }
            switch key {
            case .character("f"): return JuryForms.absentJudge(for: event, round: round, context)
            case .character("w"): return JuryForms.withdrawReader(for: event, round: round, context)
            default: return JuryForms.draw(for: event, round: round, seed: drawSeed(), context)
            }
        case .character("p"):
            guard let event = selectedEvent(context), let round = chosenRound(event, context) else {
                return .message(strings[EventsText.notACompetition])
            }
            printMenuRound = round
        case .character("D"):
            return purge(context)
        case .escape where detailFocused:
            detailFocused = false
        default:
            return browse(key, context)
        }
        return .handled
    }

    private mutating func browse(_ key: Key, _ context: AppContext) -> ScreenCommand {
        if detailFocused {
            let text = detail(context, width: 80)
            let count = text.targets.count
            switch key {
            case .up:
                if count > 0 { cursor = max(0, cursor - 1) } else { detailOffset = max(0, detailOffset - 1) }
            case .down, .character("j"):
                if count > 0 { cursor = min(count - 1, cursor + 1) } else { detailOffset += 1 }
            case .pageUp: detailOffset = max(0, detailOffset - detailRows)
            case .pageDown: detailOffset += detailRows
            case .home: detailOffset = 0
            default: return .ignored
            }
            return .handled
        }
        switch key {
        case .up, .down, .character("j"), .pageUp, .pageDown, .home, .end, .character("g"), .character("G"):
            var list = rows
            _ = list.moveSelection(key)
            rows = list
            cursor = 0
            detailOffset = 0
            return .handled
        default:
            return .ignored
        }
    }

    private func toggleTask(_ context: AppContext) -> ScreenCommand {
        let strings = context.strings
        guard let place = place(context), let tasks = context.data.tasks(at: place) else { return .handled }
        guard case .task(let index) = target(context), tasks.indices.contains(index) else {
            return .message(strings[EventsText.chooseTask])
        }
        let task = tasks[index]
        let day: Day? = task.isDone ? nil : context.today
        let today = context.today
        let desk = context.deskStaffID
        if let refusal = EventsForms.refusal(of: desk, context) { return .message(refusal) }
        let summary = strings.format(task.isDone ? EventsText.taskReopened : EventsText.taskDone, task.title)
        return .apply(
            Change(summary: summary, files: [LibraryData.file(of: place)]) { data in
                _ = try? data.setTask(index, at: place, doneOn: day, by: desk, on: today)
            })
    }

    /// `d` on a task under the cursor: asks, then removes it (a task made by mistake or no longer wanted).
    private func deleteTask(_ context: AppContext) -> ScreenCommand {
        let strings = context.strings
        guard let place = place(context), let tasks = context.data.tasks(at: place),
            case .task(let index) = target(context), tasks.indices.contains(index)
        else { return .message(strings[EventsText.chooseTask]) }
        let task = tasks[index]
        let today = context.today
        let desk = context.deskStaffID
        if let refusal = EventsForms.refusal(of: desk, context) { return .message(refusal) }
        let change = Change(
            summary: strings.format(EventsText.taskDeleted, task.title), files: [LibraryData.file(of: place)]
        ) { data in
            _ = try? data.removeTask(index, at: place, by: desk, on: today)
        }
        return .confirm(
            Confirmation(question: strings.format(EventsText.confirmDeleteTask, task.title), change: change))
    }

    /// The seed of a draw from the screen: random, shown afterwards, so the draw can be made again to check it.
    private func drawSeed() -> UInt64 { UInt64.random(in: 1...999_999) }

    private func openScoring(_ scores: Bool, event: Event, round: Int, _ context: AppContext) -> ScreenCommand {
        if scores {
            return .openOverlay(ScoreEntryOverlay(eventID: event.id, round: round, context: context))
        }
        return .openOverlay(RankingOverlay(eventID: event.id, round: round, context: context))
    }

    private mutating func handlePrintMenu(_ key: Key, round: Int, _ context: AppContext) -> ScreenCommand {
        printMenuRound = nil
        guard let event = selectedEvent(context), let competition = event.competition else { return .handled }
        let language = context.strings.language
        let roundName = "\(event.id)-\(round + 1)"
        switch key {
        case .character("r"):
            let text = CompetitionResults.text(event: event, competition: competition, round: round, language: language)
            return .print(PrintJob(name: "resultater-\(roundName).txt", text: text))
        case .character("o"):
            let text = CompetitionRunningOrder.text(
                event: event, competition: competition, round: round, language: language)
            return .print(PrintJob(name: "raekkefoelge-\(roundName).txt", text: text))
        case .character("s"):
            let text = CompetitionSheets.text(event: event, competition: competition, round: round, language: language)
            return .print(PrintJob(name: "dommerskemaer-\(roundName).txt", text: text))
        case .character("c"):
            let html = CompetitionCertificates.html(
                event: event, competition: competition, round: round, language: language)
            return .print(PrintJob(name: "diplomer-\(roundName).html", text: html))
        case .character("h"):
            let html = CompetitionResults.html(event: event, competition: competition, round: round, language: language)
            return .print(PrintJob(name: "resultater-\(roundName).html", text: html))
        default:
            return .handled
        }
    }

    private func purge(_ context: AppContext) -> ScreenCommand {
        let strings = context.strings
        let plan = Purge.plan(context.data, context.today)
        guard !plan.isEmpty else { return .message(strings[EventsText.purgeNothing]) }
        let readers = plan.reduce(0) { $0 + $1.readerCount }
        let named = strings.count(readers, EventsText.nounReader)
        let today = context.today
        let change = Change(
            summary: strings.format(EventsText.purgeDone, named), files: [.events],
            perform: { data, store in
                let outcome = try Purge.run(plan, data: &data, store: store, today: today)
                if !outcome.failed.isEmpty {
                    return strings.format(
                        EventsText.purgeLeftFiles, named, strings.count(outcome.failed.count, EventsText.nounFile))
                }
                if let problem = outcome.problems.first {
                    return strings.format(EventsText.purgeDone, named) + " – " + problem
                }
                return strings.format(
                    EventsText.purgeDoneFiles, named, strings.count(outcome.removedCount, EventsText.nounFile))
            },
            apply: { data in Purge.apply(plan, to: &data, today: today) })
        return .confirm(
            Confirmation(question: strings.format(EventsText.purgeQuestion, named), change: change))
    }

    // MARK: Drawing

    mutating func render(into grid: inout CellGrid, area: Rect, _ context: AppContext) {
        let strings = context.strings
        if case .round = target(context) { lastTargetIsRound = true } else { lastTargetIsRound = false }
        var body = area
        let purgePlan = Purge.plan(context.data, context.today)
        if !purgePlan.isEmpty, body.height > 6 {
            let readers = purgePlan.reduce(0) { $0 + $1.readerCount }
            let line = strings.format(EventsText.purgeDue, readers, context.data.settings.readerRetention)
            grid.fill(Rect(x: body.x, y: body.y, width: body.width, height: 1), style: EventsDetail.overdueStyle)
            grid.put(line, x: body.x + 1, y: body.y, style: EventsDetail.overdueStyle, maxWidth: body.width - 1)
            body = Rect(x: body.x, y: body.y + 1, width: body.width, height: body.height - 1)
        }
        let (listArea, detailArea) = split(body)
        switch view {
        case .events: renderEvents(into: &grid, area: listArea, context)
        case .teams: renderTeams(into: &grid, area: listArea, context)
        }
        renderDetail(into: &grid, area: detailArea, context)
        if let round = printMenuRound { renderPrintMenu(into: &grid, area: area, round: round, context) }
    }

    /// Beside each other when wide; stacked when not, the list no taller than its rows so the detail (tasks,
    /// rounds, log) gets the room: a library has a handful of events, not hundreds.
    private func split(_ area: Rect) -> (list: Rect, detail: Rect) {
        let standard = ListDetailLayout.split(area)
        guard area.width < 110 else { return standard }
        let filterLine = rows.isTyping || !rows.query.text.isEmpty ? 1 : 0
        let wanted = max(5, rows.unfilteredCount + 3 + filterLine)
        let listHeight = min(standard.list.height, wanted)
        return (
            Rect(x: area.x, y: area.y, width: area.width, height: listHeight),
            Rect(x: area.x, y: area.y + listHeight, width: area.width, height: area.height - listHeight)
        )
    }

    private mutating func renderEvents(into grid: inout CellGrid, area: Rect, _ context: AppContext) {
        let strings = context.strings
        let data = context.data
        let table = TableView(
            columns: [
                TableColumn(strings[EventsText.columnDate], width: .fixed(10), priority: 8),
                TableColumn(strings[EventsText.columnKind], width: .fixed(14), priority: 5),
                TableColumn(strings[EventsText.columnTitle], width: .flexible(minimum: 18, weight: 3), priority: 9),
                TableColumn(strings[EventsText.columnTeam], width: .flexible(minimum: 10, weight: 1), priority: 2),
                TableColumn(strings[EventsText.columnOpen], width: .fixed(5), priority: 6, alignment: .trailing),
                TableColumn(strings[EventsText.columnOverdue], width: .fixed(9), priority: 7, alignment: .trailing),
            ],
            rows: [], emptyMessage: eventRows.emptyMessage(strings))
        let matches = eventRows.matches
        let today = context.today
        let inner = eventRows.render(
            table, title: strings[EventsText.eventsTitle], focused: !detailFocused, into: &grid, area: area, strings
        ) { position in
            let event = data.events[position]
            let team = event.teamID.flatMap { id in data.teams.first { $0.id == id }?.name } ?? ""
            let overdue = event.tasks.filter { $0.isOverdue(on: today) }.count
            return [
                event.startsOn.description, strings.eventKindShort(event.kind), event.title, team,
                String(event.tasks.filter { !$0.isDone }.count), overdue > 0 ? String(overdue) : "",
            ]
        }
        table.tint(column: 5, in: &grid, area: inner, state: eventRows.list, rowCount: matches.count) { row in
            let overdue = data.events[matches[row]].tasks.filter { $0.isOverdue(on: today) }.count
            return (overdue > 0 ? String(overdue) : "", EventsDetail.overdueStyle)
        }
    }

    private mutating func renderTeams(into grid: inout CellGrid, area: Rect, _ context: AppContext) {
        let strings = context.strings
        let data = context.data
        let table = TableView(
            columns: [
                TableColumn(strings[EventsText.columnTeamName], width: .flexible(minimum: 18, weight: 3), priority: 9),
                TableColumn(strings[EventsText.columnMembers], width: .fixed(6), priority: 4, alignment: .trailing),
                TableColumn(
                    strings[EventsText.columnCoordinator], width: .flexible(minimum: 12, weight: 1), priority: 6),
                TableColumn(strings[EventsText.columnReview], width: .fixed(10), priority: 5),
                TableColumn(strings[EventsText.columnOpen], width: .fixed(5), priority: 7, alignment: .trailing),
                TableColumn(strings[EventsText.columnOverdue], width: .fixed(9), priority: 8, alignment: .trailing),
            ],
            rows: [], emptyMessage: teamRows.emptyMessage(strings))
        let today = context.today
        teamRows.render(
            table, title: strings[EventsText.teamsTitle], focused: !detailFocused, into: &grid, area: area, strings
        ) { position in
            let team = data.teams[position]
            let coordinator = data.staff.first { $0.id == team.coordinatorID }?.name ?? team.coordinatorID.rawValue
            let overdue = team.tasks.filter { $0.isOverdue(on: today) }.count
            return [
                team.name, String(team.memberIDs.count), coordinator, strings.date(team.reviewOn),
                String(team.tasks.filter { !$0.isDone }.count), overdue > 0 ? String(overdue) : "",
            ]
        }
    }

    private mutating func renderDetail(into grid: inout CellGrid, area: Rect, _ context: AppContext) {
        let title = selectedEvent(context)?.title ?? selectedTeam(context)?.name ?? ""
        let inner = Border(title: title, style: detailFocused ? .bold : .dim).render(into: &grid, area: area)
        guard !inner.isEmpty else { return }
        let text = detail(context, width: inner.width)
        detailRows = max(1, inner.height)
        var cursorLines: ClosedRange<Int>?
        if detailFocused, let block = text.lines(ofTarget: cursor) {
            cursorLines = block
            // Keep the cursor's lines in view, with the heading above the first task or round when there is room.
            if block.lowerBound <= detailOffset { detailOffset = max(0, block.lowerBound - 1) }
            if block.upperBound >= detailOffset + inner.height { detailOffset = block.upperBound - inner.height + 1 }
        }
        detailOffset = max(0, min(detailOffset, text.lines.count - inner.height))
        text.render(into: &grid, area: inner, offset: detailOffset, cursor: cursorLines)
    }

    private func renderPrintMenu(into grid: inout CellGrid, area: Rect, round: Int, _ context: AppContext) {
        let strings = context.strings
        let rounds = selectedEvent(context)?.competition?.format.rounds ?? []
        let name = rounds.indices.contains(round) ? rounds[round].name : ""
        Dialog(
            title: strings.format(EventsText.printTitle, name),
            lines: [
                "r  " + strings[EventsText.printResults], "o  " + strings[EventsText.printOrder],
                "s  " + strings[EventsText.printSheets], "h  " + strings[EventsText.printResultsHTML],
                "c  " + strings[EventsText.printCertificates],
            ],
            buttonHint: strings[EventsText.printCancel]
        ).render(into: &grid, area: area)
    }

    // MARK: Keys shown

    func hints(_ strings: Strings) -> [KeyHint] {
        if printMenuRound != nil {
            return [
                KeyHint("r", strings[EventsText.printResults]), KeyHint("o", strings[EventsText.printOrder]),
                KeyHint("s", strings[EventsText.printSheets]), KeyHint("Esc", strings[.keyCancel]),
            ]
        }
        if detailFocused, lastTargetIsRound {
            // On a round: what the jury does with it.
            return [
                KeyHint("s", strings[EventsText.keyScores]), KeyHint("k", strings[EventsText.keyRanking]),
                KeyHint("J", strings[EventsText.keyJudge]), KeyHint("f", strings[JuryText.keyAbsent]),
                KeyHint("w", strings[JuryText.keyWithdraw]), KeyHint("R", strings[JuryText.keyDraw]),
                KeyHint("p", strings[.keyPrint]), KeyHint("Tab", strings[.keyPane]),
            ]
        }
        if detailFocused {
            var hints = [KeyHint("␣", strings[EventsText.keyDone]), KeyHint("a", strings[EventsText.keyTask])]
            hints.append(KeyHint("o", strings[EventsText.keyNote]))
            if view == .events {
                hints += [
                    KeyHint("s", strings[EventsText.keyScores]), KeyHint("k", strings[EventsText.keyRanking]),
                    KeyHint("J", strings[EventsText.keyJudge]), KeyHint("p", strings[.keyPrint]),
                ]
            }
            return hints + [KeyHint("Tab", strings[.keyPane])]
        }
        var hints = [
            KeyHint("t", strings[view == .events ? EventsText.keyTeams : EventsText.keyEvents]),
            KeyHint("a", strings[EventsText.keyTask]), KeyHint("␣", strings[EventsText.keyDone]),
            KeyHint("o", strings[EventsText.keyNote]),
        ]
        if view == .events {
            hints.insert(contentsOf: [KeyHint("n", strings[.keyNew]), KeyHint("e", strings[.keyEdit])], at: 1)
            hints += [
                KeyHint("r", strings[EventsText.keyReader]), KeyHint("s", strings[EventsText.keyScores]),
                KeyHint("k", strings[EventsText.keyRanking]), KeyHint("p", strings[.keyPrint]),
            ]
        }
        hints.append(KeyHint("Tab", strings[.keyPane]))
        return hints
    }

    func help(_ strings: Strings) -> [HelpEntry] {
        [
            HelpEntry("↑ ↓ j", strings[EventsText.helpMove]), HelpEntry("PgUp PgDn Home End", strings[.keyPage]),
            HelpEntry("/", strings[.keyFilter]), HelpEntry("t", strings[EventsText.helpSwitch]),
            HelpEntry("Tab Enter", strings[EventsText.helpPane]), HelpEntry("n", strings[EventsText.helpNew]),
            HelpEntry("e", strings[EventsText.helpEdit]), HelpEntry("a", strings[EventsText.helpTask]),
            HelpEntry("e d", strings[EventsText.helpTaskEdit]),
            HelpEntry("␣ x", strings[EventsText.helpDone]), HelpEntry("o", strings[EventsText.helpNote]),
            HelpEntry("r", strings[EventsText.helpReader]), HelpEntry("s", strings[EventsText.helpScores]),
            HelpEntry("k", strings[EventsText.helpRanking]), HelpEntry("J", strings[EventsText.helpJudge]),
            HelpEntry("f", strings[JuryText.helpAbsent]), HelpEntry("w", strings[JuryText.helpWithdraw]),
            HelpEntry("R", strings[JuryText.helpDraw]), HelpEntry("s t", strings[JuryText.helpOvertime]),
            HelpEntry("E", strings[EventsText.helpRound]),
            HelpEntry("p", strings[EventsText.helpPrint]),
            HelpEntry("D", strings[EventsText.helpPurge]),
        ]
    }
}
