import DepotCore

/// Tab 7: the season's rotation plan as a grid of partners × exchange weeks, to plan, fix by hand and publish.
///
/// The plan shown is the library's draft for the season (`plans/2027-28.json`); every change (plan, move, swap,
/// pin, publish) is checked against the hard rules at once and saved through a `Change`, so nothing is lost on a
/// restart. The grid is rebuilt only when the plan changes; a frame draws only the cells on screen.
struct PlanScreen: TabScreen {
    var titleKey: TextKey { .tabPlan }
    var shortTitleKey: TextKey { .tabPlanShort }

    /// The season shown; nil until the first refresh picks the one after today's.
    private(set) var season: Season?
    private(set) var seasonPlan: SeasonPlan?
    private(set) var grid = PlanGrid()
    /// The cursor: a row (partner) and a column (week), and which of the cell's crates `x` takes.
    private(set) var row = 0
    private(set) var column = 0
    private(set) var crateIndex = 0
    var rowOffset = 0
    var columnOffset = 0
    var visibleRows = 10
    var visibleColumns = 5
    /// A crate chosen with `x`, waiting for the cell to swap it with.
    private(set) var marked: (visit: PlannedVisit.ID, crate: Crate.ID)?
    /// The visit to put the cursor on after the next refresh (the one just edited).
    private var focus: PlannedVisit.ID?
    /// Why the selected visit is as it is, worked out once per selection.
    var explanation: (visit: PlannedVisit.ID, lines: [String])?
    /// Crates by id, for colours and themes.
    var crates: [Crate.ID: Crate] = [:]
    var today = Day(year: 2000, month: 1, day: 1)!
    /// Partners that had closures last season and have none in the season shown (`SeasonClosures.missing`).
    private(set) var missingClosures: [MissingClosures] = []
    /// The conflict `c` jumped to last (its position in the draft's violations).
    private var lastConflict: Int?
    /// `/`: the partner search, narrowing the rows to partners whose name has the text, as in the lists.
    private(set) var query = TextField()
    private(set) var isTyping = false
    /// The grid rows shown: those whose partner's name matches the search, all without one.
    private(set) var shownRows: [Int] = []
    private var searchTexts: [SearchText] = []
    /// `a`: the lower pane lists the draft's changes against the published version instead of the selected cell.
    private(set) var isShowingChanges = false
    private(set) var changes: PlanDiff?
    /// The tab's last re-plan or edit: what it said, and the plan before and after (Ctrl-Z).
    private var lastEdit: (summary: String, before: SeasonPlan, after: SeasonPlan)?

    var isCapturingText: Bool { isTyping }

    init() {}

    // MARK: Refresh

    mutating func refresh(_ context: AppContext) {
        today = context.today
        let chosen = season ?? context.data.settings.season(containing: context.today).next
        season = chosen
        let previous = selectedPlace
        seasonPlan = context.data.plan(for: chosen)
        missingClosures = SeasonClosures.missing(for: chosen, in: context.data)
        grid = seasonPlan.map { PlanGrid(plan: $0.draft, data: context.data) } ?? PlanGrid()
        searchTexts = grid.names.map(SearchText.init)
        applyQuery()
        changes = seasonPlan.flatMap { plan in
            plan.published.map { published in
                PlanDiff(
                    published: published, draft: plan.draft,
                    names: Dictionary(zip(grid.rows, grid.names)) { a, _ in a },
                    from: context.today)
            }
        }
        crates = Dictionary(context.data.crates.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        explanation = nil
        if let marked, seasonPlan?.draft.visit(marked.visit)?.leave.contains(marked.crate) != true { self.marked = nil }
        if let focus {
            place(partner: focus.partnerID, week: ISOWeek(containing: focus.day))
            self.focus = nil
        } else if let previous {
            place(partner: previous.partner, week: previous.week)
        } else {
            row = 0
            column = grid.column(atOrAfter: ISOWeek(containing: context.today))
        }
        clampCursor()
    }

    mutating func reveal(_ jump: Jump, _ context: AppContext) -> Bool {
        guard case .plannedVisit(let partner, let day) = jump, let found = grid.row(of: partner) else { return false }
        if !shownRows.contains(found) { clearQuery() }
        place(partner: partner, week: ISOWeek(containing: day))
        clampCursor()
        return true
    }

    private var selectedPlace: (partner: Partner.ID, week: ISOWeek)? {
        guard grid.rows.indices.contains(row), grid.weeks.indices.contains(column) else { return nil }
        return (grid.rows[row], grid.weeks[column])
    }

    private mutating func place(partner: Partner.ID, week: ISOWeek) {
        if let found = grid.row(of: partner) { row = found }
        column = grid.column(of: week) ?? grid.column(atOrAfter: week)
    }

    private mutating func clampCursor() {
        row = max(0, min(row, grid.rows.count - 1))
        if !shownRows.isEmpty, !shownRows.contains(row) {
            row = shownRows.first { $0 >= row } ?? shownRows[shownRows.count - 1]
        }
        column = max(0, min(column, grid.weeks.count - 1))
        let count = selectedVisit?.leave.count ?? 0
        crateIndex = count == 0 ? 0 : min(crateIndex, count - 1)
    }

    // MARK: Selection

    /// The plan's visit under the cursor, if the cell has one.
    var selectedVisit: PlannedVisit? {
        guard let plan = seasonPlan?.draft, let position = grid.cell(row: row, column: column)?.visits.first else {
            return nil
        }
        return plan.visits[position]
    }

    var selectedCell: PlanGrid.Cell? { grid.cell(row: row, column: column) }

    /// The crate of the selected visit that `x` takes.
    var selectedCrate: Crate.ID? {
        guard let visit = selectedVisit, visit.leave.indices.contains(crateIndex) else { return nil }
        return visit.leave[crateIndex]
    }

    func isMarked(_ visit: PlannedVisit.ID) -> Bool { marked?.visit == visit }

    // MARK: Keys

    mutating func handle(_ key: Key, _ context: AppContext) -> ScreenCommand {
        let strings = context.strings
        if isTyping { return handleTyping(key, strings) }
        switch key {
        case .up, .character("k"): moveCursor(rows: -1)
        case .down, .character("j"): moveCursor(rows: 1)
        case .left, .character("h"): moveCursor(columns: -1)
        case .right, .character("l"): moveCursor(columns: 1)
        case .pageUp: moveCursor(rows: -visibleRows)
        case .pageDown: moveCursor(rows: visibleRows)
        case .home: moveCursor(columns: -column)
        case .end: moveCursor(columns: grid.weeks.count)
        case .tab:
            let count = selectedVisit?.leave.count ?? 0
            crateIndex = count == 0 ? 0 : (crateIndex + 1) % count
        case .character("["), .character("]"):
            guard let current = season else { return .handled }
            season = key == .character("[") ? current.previous : current.next
            marked = nil
            focus = nil
            (row, column, rowOffset, columnOffset) = (0, 0, 0, 0)
            grid = PlanGrid()
            refresh(context)
        case .character("P"): return plan(context)
        case .character("m"): return moveForm(context)
        case .character("x"): return swap(context)
        case .character(" "), .character("f"): return togglePin(context)
        case .character("u"): return publish(context)
        case .character("d"): return printDates(context)
        case .character("L"): return copyClosures(context)
        case .character("c"): return nextConflict(context)
        case .character("/"):
            isTyping = true
            if !query.text.isEmpty { clearQuery() }
        case .character("a"):
            isShowingChanges.toggle()
            guard isShowingChanges else { return .handled }
            guard seasonPlan?.published != nil else {
                isShowingChanges = false
                return .message(strings[PlanTabText.changesNotPublished])
            }
        case .character("F"): return pinPublished(context)
        case .control("z"): return undoLastEdit(context)
        case .escape:
            if marked != nil {
                marked = nil
                return .message(strings[PlanTabText.swapCancelled])
            }
            if isShowingChanges {
                isShowingChanges = false
                return .handled
            }
            guard !query.text.isEmpty else { return .ignored }
            clearQuery()
        default:
            return .ignored
        }
        return .handled
    }

    /// Puts the cursor on the next conflict in the plan's order (by day), after the one last jumped to, and
    /// says which of how many it is and why: the count is the header's, every conflict of the draft.
    private mutating func nextConflict(_ context: AppContext) -> ScreenCommand {
        let strings = context.strings
        let places = grid.conflictPlaces
        guard let plan = seasonPlan?.draft, !places.isEmpty else { return .message(strings[PlanTabText.conflictNone]) }
        var next = 0
        if let last = lastConflict, let position = places.firstIndex(where: { $0.violation == last }),
            places[position].row == row, places[position].column == column
        {
            next = (position + 1) % places.count
        } else if let after = places.firstIndex(where: { ($0.column, $0.row) > (column, row) }) {
            next = after
        }
        let place = places[next]
        if !shownRows.contains(place.row) { clearQuery() }
        lastConflict = place.violation
        (row, column) = (place.row, place.column)
        crateIndex = 0
        clampCursor()
        let number = plan.violations.indices.firstIndex(of: place.violation).map { $0 + 1 } ?? next + 1
        return .message(
            strings.format(
                PlanTabText.conflictNumber, number, plan.violations.count,
                plan.violations[place.violation].text(strings.language)))
    }

    // MARK: Search

    /// A key while the search line is open: Enter keeps the search, Esc clears it, arrows move between the
    /// partners found, anything else edits the text and narrows the rows at once.
    private mutating func handleTyping(_ key: Key, _ strings: Strings) -> ScreenCommand {
        switch key {
        case .enter:
            isTyping = false
            if shownRows.isEmpty {
                let text = query.text
                clearQuery()
                return .message(strings.format(PlanTabText.searchNoMatch, text))
            }
        case .escape:
            isTyping = false
            clearQuery()
        case .up: moveCursor(rows: -1)
        case .down: moveCursor(rows: 1)
        case .pageUp: moveCursor(rows: -visibleRows)
        case .pageDown: moveCursor(rows: visibleRows)
        default:
            if query.handle(key) {
                applyQuery()
                clampCursor()
            }
        }
        return .handled
    }

    private mutating func applyQuery() {
        let folded = SearchText(query.text)
        shownRows =
            folded.bytes.isEmpty
            ? Array(grid.rows.indices) : grid.rows.indices.filter { searchTexts[$0].contains(folded) }
    }

    private mutating func clearQuery() {
        query.clear()
        applyQuery()
        clampCursor()
    }

    private mutating func moveCursor(rows: Int = 0, columns: Int = 0) {
        if rows != 0, let position = shownRows.firstIndex(of: row) {
            row = shownRows[max(0, min(shownRows.count - 1, position + rows))]
        } else {
            row += rows
        }
        column += columns
        if rows != 0 || columns != 0 { crateIndex = 0 }
        clampCursor()
    }

    // MARK: Changes

    /// The change that keeps `updated` as the season's plan, and puts the cursor on `visit`.
    private mutating func save(
        _ updated: SeasonPlan, summary: String, focusOn visit: PlannedVisit.ID?, undoHint: String? = nil
    ) -> ScreenCommand {
        focus = visit
        // A re-plan that changed nothing leaves the edit before it to undo.
        if let seasonPlan, seasonPlan != updated {
            lastEdit = (undoHint.map { summary.replacing($0, with: "") } ?? summary, seasonPlan, updated)
        }
        return .apply(Change(summary: summary, files: [.plan(updated.season)]) { $0.setPlan(updated) })
    }

    /// Ctrl-Z on this tab: puts the plan back as it was before the tab's last re-plan or edit (`P`, `f`, `x`, `F`),
    /// after a question; pressed again, it makes the change again. The tab keeps both versions itself, so it works
    /// whatever the size of the plan (the change log's undo reads only the end of the log, which one version of a
    /// city's plan outgrows). When the library's plan is neither version any more (another desk changed it, or the
    /// edit was of another kind), the app's own undo takes the key.
    private func undoLastEdit(_ context: AppContext) -> ScreenCommand {
        let strings = context.strings
        guard let edit = lastEdit, let current = context.data.plan(for: edit.after.season) else { return .ignored }
        let target: SeasonPlan
        let question: String
        let summary: String
        if current == edit.after {
            (target, question) = (edit.before, strings.format(PlanTabText.undoQuestion, edit.summary))
            summary = strings.format(PlanTabText.undone, edit.summary)
        } else if current == edit.before {
            (target, question) = (edit.after, strings.format(PlanTabText.redoQuestion, edit.summary))
            summary = strings.format(PlanTabText.redone, edit.summary)
        } else {
            return .ignored
        }
        return .confirm(
            Confirmation(
                question: question,
                change: Change(summary: summary, files: [.plan(target.season)]) { $0.setPlan(target) }))
    }

    /// "Moved: … – conflict: …": the edit, then the first hard rule it breaks at the visits it touched.
    private static func summary(
        _ done: String, _ plan: SeasonPlan, touching visits: [PlannedVisit.ID], _ strings: Strings
    ) -> String {
        // The visits' own conflicts and their route day's (a van over capacity), each once.
        let conflicts = PlanConflicts(plan: plan.draft, violations: plan.draft.violations)
        var broken: [Violation] = []
        for visit in visits {
            for violation in conflicts.byVisit[visit] ?? [] where !broken.contains(violation) {
                broken.append(violation)
            }
        }
        let total = plan.draft.violations.count
        // The status line names the plan's total whenever the header's count is more than what is named here, so
        // the two never seem to disagree.
        let rest = total > broken.count ? strings.format(PlanTabText.totalConflicts, total) : ""
        guard let first = broken.first else {
            return total == 0
                ? strings.format(PlanTabText.noConflicts, done)
                : strings.format(PlanTabText.noConflictsHere, done, strings.count(total, PlanTabText.nounConflict))
        }
        let reason = first.text(strings.language)
        if broken.count == 1 { return strings.format(PlanTabText.conflictFirst, done, reason) + rest }
        return strings.format(
            PlanTabText.conflicts, done, strings.count(broken.count, PlanTabText.nounConflict), reason) + rest
    }

    private mutating func plan(_ context: AppContext) -> ScreenCommand {
        guard let season else { return .handled }
        let updated = SeasonPlan.planned(season, in: context.data, today: context.today)
        let draft = updated.draft
        let strings = context.strings
        var text = strings.format(
            PlanTabText.planned, season, strings.count(draft.visits.count, PlanTabText.nounVisit),
            strings.count(draft.violations.count, PlanTabText.nounConflict), draft.unplanned.count)
        if !missingClosures.isEmpty {
            text += strings.format(PlanTabText.closuresMissingShort, missingClosures.count)
        }
        // A re-plan can move many days at once: Ctrl-Z (the app's undo of this desk's last change) puts it back.
        if seasonPlan != nil { text += strings[PlanTabText.undoHint] }
        return save(updated, summary: text, focusOn: selectedVisit?.id, undoHint: strings[PlanTabText.undoHint])
    }

    private func editable(_ context: AppContext) -> Result<(SeasonPlan, PlannedVisit), PlanEditRefusal> {
        let strings = context.strings
        guard let seasonPlan else { return .failure(.init(strings[PlanTabText.noPlanYet])) }
        guard let visit = selectedVisit else { return .failure(.init(strings[PlanTabText.noVisitHere])) }
        guard !SeasonPlan.isFixed(visit.day, today: context.today) else {
            return .failure(.init(strings[PlanTabText.pastIsFixed]))
        }
        return .success((seasonPlan, visit))
    }

    private mutating func togglePin(_ context: AppContext) -> ScreenCommand {
        let (seasonPlan, visit): (SeasonPlan, PlannedVisit)
        switch editable(context) {
        case .success(let found): (seasonPlan, visit) = found
        case .failure(let failure): return .message(failure.message)
        }
        var updated = seasonPlan
        let strings = context.strings
        let name = grid.names[row]
        let text: String
        if visit.pinned {
            updated.draft.unpin(visit.id)
            text = strings.format(PlanTabText.unpinned, name, strings.days.short(visit.day))
        } else {
            updated.pin(partner: visit.partnerID, day: visit.day, today: context.today)
            text = strings.format(PlanTabText.pinned, name, strings.days.short(visit.day))
        }
        return save(updated, summary: text, focusOn: visit.id)
    }

    private mutating func swap(_ context: AppContext) -> ScreenCommand {
        let strings = context.strings
        let (seasonPlan, visit): (SeasonPlan, PlannedVisit)
        switch editable(context) {
        case .success(let found): (seasonPlan, visit) = found
        case .failure(let failure): return .message(failure.message)
        }
        guard let crate = selectedCrate else { return .message(strings[PlanTabText.noCrateHere]) }
        guard let first = marked else {
            marked = (visit.id, crate)
            return .message(strings.format(PlanTabText.swapMarked, crate, grid.names[row]))
        }
        guard first.visit != visit.id else { return .message(strings[PlanTabText.swapSameVisit]) }
        var updated = seasonPlan
        guard updated.draft.swapLeftCrates(first.crate, at: first.visit, with: crate, at: visit.id) else {
            marked = nil
            return .message(strings[PlanTabText.swapRefused])
        }
        marked = nil
        updated.recheck(data: context.data, today: context.today)
        let done = strings.format(PlanTabText.swapped, first.crate, crate)
        return save(
            updated, summary: PlanScreen.summary(done, updated, touching: [first.visit, visit.id], strings),
            focusOn: visit.id)
    }

    private mutating func moveForm(_ context: AppContext) -> ScreenCommand {
        let strings = context.strings
        if let seasonPlan, selectedVisit == nil, let place = selectedPlace {
            return newVisitForm(seasonPlan, partner: place.partner, week: place.week, context)
        }
        let (seasonPlan, visit): (SeasonPlan, PlannedVisit)
        switch editable(context) {
        case .success(let found): (seasonPlan, visit) = found
        case .failure(let failure): return .message(failure.message)
        }
        let today = context.today
        let data = context.data
        let name = grid.names[row]
        focus = nil
        let field = FormField(strings[PlanTabText.fieldNewDay], visit.day.description) { text in
            DayInput.parse(text, today: today).isSuccess ? nil : strings[.fieldDate]
        }
        let title = strings.format(PlanTabText.formMove, name, strings.days.short(visit.day))
        return .openForm(
            FormState(title: title, fields: [field]) { values in
                guard let day = try? DayInput.parse(values[0], today: today).get() else {
                    return .failure(.init(field: 0, message: strings[.fieldDate]))
                }
                guard !SeasonPlan.isFixed(day, today: today) else {
                    return .failure(.init(field: 0, message: strings[PlanTabText.dayPassed]))
                }
                guard seasonPlan.season.contains(day) else {
                    return .failure(
                        .init(field: 0, message: strings.format(PlanTabText.dayOutsideSeason, seasonPlan.season)))
                }
                var updated = seasonPlan
                guard day == visit.day || updated.draft.move(visit.id, to: day) else {
                    return .failure(.init(field: 0, message: strings.format(PlanTabText.dayTaken, name)))
                }
                updated.recheck(data: data, today: today)
                let moved = PlannedVisit.ID(partnerID: visit.partnerID, day: day)
                let done = strings.format(PlanTabText.moved, name, strings.days.short(day))
                let text = PlanScreen.summary(done, updated, touching: [moved], strings)
                return .success(
                    Change(
                        summary: text, files: [.plan(updated.season)], reveal: .plannedVisit(visit.partnerID, day)
                    ) { $0.setPlan(updated) })
            })
    }

    /// `m` on an empty cell: a visit to the partner on a day of that week (its route's day by default), pinned, and
    /// the rest of the season planned again around it so that the new visit gets its crates.
    private func newVisitForm(
        _ seasonPlan: SeasonPlan, partner: Partner.ID, week: ISOWeek, _ context: AppContext
    ) -> ScreenCommand {
        let strings = context.strings
        let today = context.today
        let data = context.data
        let name = grid.names[row]
        let found = data.partners.first { $0.id == partner }
        let routeDay = found?.routeID
            .flatMap { id in data.settings.routes.first { $0.id == id }?.deliveryWeekdays.first }
        // The partner's next open van day (its route's, no holiday or closure), else that week's route day.
        let proposed =
            found.flatMap { seasonPlan.proposedDay(for: $0, week: week, data: data, today: today) }
            ?? week.monday.adding(days: (routeDay?.isoNumber ?? 1) - 1)
        let field = FormField(strings[PlanTabText.fieldNewDay], proposed.description) { text in
            DayInput.parse(text, today: today).isSuccess ? nil : strings[.fieldDate]
        }
        return .openForm(
            FormState(title: strings.format(PlanTabText.formNewVisit, name), fields: [field]) { values in
                guard let day = try? DayInput.parse(values[0], today: today).get() else {
                    return .failure(.init(field: 0, message: strings[.fieldDate]))
                }
                guard seasonPlan.season.contains(day) else {
                    return .failure(
                        .init(field: 0, message: strings.format(PlanTabText.dayOutsideSeason, seasonPlan.season)))
                }
                var updated = seasonPlan
                guard updated.pin(partner: partner, day: day, today: today) else {
                    return .failure(.init(field: 0, message: strings[PlanTabText.dayPassed]))
                }
                updated.replan(data: data, today: today)
                let done = strings.format(PlanTabText.addedVisit, name, strings.days.short(day))
                let text = PlanScreen.summary(
                    done, updated, touching: [PlannedVisit.ID(partnerID: partner, day: day)], strings)
                return .success(
                    Change(summary: text, files: [.plan(updated.season)], reveal: .plannedVisit(partner, day)) {
                        $0.setPlan(updated)
                    })
            })
    }

    /// `L`: last season's closures a year on for the partners that have none in this season.
    private func copyClosures(_ context: AppContext) -> ScreenCommand {
        let strings = context.strings
        guard let season else { return .handled }
        guard !missingClosures.isEmpty else {
            return .message(strings.format(PlanTabText.closuresNoneMissing, season))
        }
        let closures = missingClosures.reduce(0) { $0 + $1.proposed.count }
        let text = strings.format(PlanTabText.closuresCopied, closures, season.previous, missingClosures.count)
        return .apply(
            Change(summary: text, files: [.partners]) { SeasonClosures.copyLastSeason(into: season, data: &$0) })
    }

    private func publish(_ context: AppContext) -> ScreenCommand {
        let strings = context.strings
        guard let seasonPlan else { return .message(strings[PlanTabText.noPlanYet]) }
        if seasonPlan.state == .published {
            return .message(strings.format(PlanTabText.alreadyPublished, seasonPlan.revision))
        }
        var published = seasonPlan
        published.publish(on: context.today)
        let question = strings.format(
            PlanTabText.confirmPublish, seasonPlan.season, published.revision,
            strings.count(seasonPlan.draft.violations.count, PlanTabText.nounConflict), seasonPlan.draft.unplanned.count
        )
        let summary = strings.format(PlanTabText.published, seasonPlan.season, published.revision)
        return .confirm(
            Confirmation(
                question: question,
                change: Change(summary: summary, files: [.plan(published.season)]) { $0.setPlan(published) }))
    }

    private func printDates(_ context: AppContext) -> ScreenCommand {
        let strings = context.strings
        guard let seasonPlan else { return .message(strings[PlanTabText.noPlanYet]) }
        guard grid.rows.indices.contains(row),
            let partner = context.data.partners.first(where: { $0.id == grid.rows[row] })
        else { return .handled }
        let plan = seasonPlan.published ?? seasonPlan.draft
        let text = ExchangeDatesLetter.text(for: partner, plan: plan, data: context.data, language: strings.language)
        let job = PrintJob(name: "exchange-dates-\(partner.id)-\(seasonPlan.season.fileStem).txt", text: text)
        // A letter whose visits break a rule (a Wednesday in a Tuesday letter) is held back until the coordinator
        // says yes, as `depot plan dates` holds it back until --confirm.
        let conflicts = PlanConflicts(of: plan, data: context.data, today: context.today).of(partner: partner.id)
        guard let first = conflicts.first else { return .print(job) }
        let question = strings.format(
            PlanTabText.confirmDates, partner.name, strings.count(conflicts.count, PlanTabText.nounConflict),
            first.text(strings.language))
        return .confirm(Confirmation(question: question, change: .next { _ in .print(job) }))
    }

    /// `F`: every published visit from today on that the draft keeps as published is pinned, so that planning again
    /// cannot move it; pressed when all are pinned, the pins go.
    private mutating func pinPublished(_ context: AppContext) -> ScreenCommand {
        let strings = context.strings
        guard var updated = seasonPlan else { return .message(strings[PlanTabText.noPlanYet]) }
        guard updated.published != nil else { return .message(strings[PlanTabText.nothingPublished]) }
        let (changed, differing) = updated.pinPublished(today: context.today)
        guard changed != 0 else { return .message(strings[PlanTabText.nothingPublished]) }
        let text =
            changed > 0
            ? strings.format(PlanTabText.pinnedPublished, changed, differing)
            : strings.format(PlanTabText.unpinnedPublished, -changed)
        return save(updated, summary: text, focusOn: selectedVisit?.id)
    }

    // MARK: Hints

    func hints(_ strings: Strings) -> [KeyHint] {
        // The status line shows the hints that fit, in this order: changing season comes right after the plan's
        // own keys, so it stays at 100 columns; the copy of last season's closures (the warning's key, said short
        // here and in full in the help) before the newer keys while closures are missing.
        [
            KeyHint("P", strings[PlanTabText.keyPlan]), KeyHint("m", strings[PlanTabText.keyMoveVisit]),
            KeyHint("x", strings[PlanTabText.keySwap]), KeyHint("f", strings[PlanTabText.keyPin]),
            KeyHint("u", strings[PlanTabText.keyPublish]), KeyHint("d", strings[PlanTabText.keyDates]),
            KeyHint("[ ]", strings[PlanTabText.keySeason]),
        ] + (missingClosures.isEmpty ? [] : [KeyHint("L", strings[PlanTabText.hintCopyClosures])]) + [
            KeyHint("/", strings[PlanTabText.keySearch]), KeyHint("c", strings[PlanTabText.keyNextConflict]),
            KeyHint("a", strings[PlanTabText.keyChanges]),
        ]
    }

    func help(_ strings: Strings) -> [HelpEntry] {
        [
            HelpEntry("↑ ↓ ← → h j k l", strings[PlanTabText.keyCells]),
            HelpEntry("PgUp PgDn Home End", strings[.keyPage]),
            HelpEntry("Tab", strings[PlanTabText.keyCrate]), HelpEntry("P", strings[PlanTabText.keyPlan]),
            HelpEntry("m", strings[PlanTabText.helpMoveVisit]), HelpEntry("x", strings[PlanTabText.keySwap]),
            HelpEntry("f Space", strings[PlanTabText.keyPin]), HelpEntry("u", strings[PlanTabText.keyPublish]),
            HelpEntry("d", strings[PlanTabText.keyDates]), HelpEntry("[ ]", strings[PlanTabText.keySeason]),
            HelpEntry("L", strings[PlanTabText.keyCopyClosures]),
            HelpEntry("c", strings[PlanTabText.keyNextConflict]), HelpEntry("/", strings[PlanTabText.keySearch]),
            HelpEntry("a", strings[PlanTabText.helpChanges]), HelpEntry("F", strings[PlanTabText.keyPinPublished]),
            HelpEntry("Ctrl-Z", strings[PlanTabText.helpUndo]),
        ]
    }
}

/// Why an edit cannot be made, for the status line.
private struct PlanEditRefusal: Error {
    var message: String
    init(_ message: String) { self.message = message }
}
