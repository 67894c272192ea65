import Testing

@testable import DepotCore
@testable import DepotTUI

/// The Plan tab on the sample library, on 23 November 2026: it plans the next season (2027/28).
@Suite struct PlanScreenTests {
    static let season = Season(startYear: 2027)

    /// The app on tab 7 with the season planned (`P`), saving into `persistence`.
    private func planned(_ persistence: RecordingPersistence, _ language: Language = .danish) -> AppState {
        var state = ScreenTest.app(language, persistence: persistence)
        state.press(.character("7"), .character("P"))
        return state
    }

    private func screen(_ state: AppState) -> PlanScreen { state.tabs[6] as! PlanScreen }

    /// Moves the cursor to the cell of `visit`.
    private func select(_ visit: PlannedVisit.ID, in state: inout AppState) throws {
        let grid = screen(state).grid
        let row = try #require(grid.row(of: visit.partnerID))
        let column = try #require(grid.column(of: ISOWeek(containing: visit.day)))
        state.press(.home)
        for _ in 0..<grid.rows.count { state.press(.up) }
        for _ in 0..<row { state.press(.down) }
        for _ in 0..<column { state.press(.right) }
        #expect(screen(state).selectedVisit?.id == visit)
    }

    @Test func planningSavesADraftOfTheNextSeason() throws {
        let persistence = RecordingPersistence()
        let state = planned(persistence)
        #expect(persistence.savedFiles == [[.plan(Self.season)]])
        let saved = try #require(persistence.lastSaved?.plan(for: Self.season))
        #expect(saved.state == .draft)
        #expect(!saved.draft.visits.isEmpty)
        #expect(
            screen(state).grid.rows.count
                == Set(saved.draft.visits.map(\.partnerID) + saved.draft.unplanned.map(\.partnerID)).count)
    }

    @Test(arguments: [(80, 24), (120, 40), (140, 45)])
    func planTabMatchesItsSnapshot(columns: Int, rows: Int) {
        var state = planned(RecordingPersistence())
        state.press(.down)
        var grid = CellGrid(width: columns, height: rows)
        AppView.render(&state, into: &grid)
        #expect(ScreenTest.garbage(in: grid.lines(), width: columns) == [])
        expectSnapshot(grid, named: "plan-\(columns)x\(rows)")
    }

    @Test func theGridScrollsSidewaysToTheLastWeekAt80Columns() throws {
        var state = planned(RecordingPersistence())
        let weeks = screen(state).grid.weeks
        #expect(weeks.count > 5)
        // The column headings: the line under the warning that the sample lacks the season's closures.
        let first = ScreenTest.screen(&state)
        let headings = try #require(first.firstIndex { $0.hasPrefix("│ Partner ") })
        #expect(first[headings - 1].contains("mangler lukkedage i 2027/28 (havde i 2026/27) – L kopierer"))
        #expect(first[headings].contains("uge \(weeks[0].week)") && first[headings].hasSuffix("›│"))
        state.press(.end)
        let last = ScreenTest.screen(&state)
        let lastWeek = try #require(weeks.last)
        #expect(last[headings].contains("‹ uge") && last[headings].contains("uge \(lastWeek.week)"))
        #expect(!last[headings].contains("uge \(weeks[0].week) "))
        #expect(ScreenTest.garbage(in: last, width: 80) == [])
    }

    @Test(arguments: [Language.danish, .english])
    func theSeasonKeyStaysInTheHintsAt100Columns(language: Language) throws {
        var state = planned(RecordingPersistence(), language)
        #expect(!screen(state).missingClosures.isEmpty, "the sample lacks next season's closures: L is offered")
        let strings = state.strings
        let season = "[ ] " + strings[PlanTabText.keySeason]
        let hints = try #require(ScreenTest.screen(&state, width: 100, height: 30).last)
        #expect(hints.contains(season), "\(hints)")
        #expect(hints.contains("P " + strings[PlanTabText.keyPlan]))
        #expect(hints.contains("d " + strings[PlanTabText.keyDates]))
        // Wide, every hint is there, the closures' one said short (the help says it in full).
        let wide = try #require(ScreenTest.screen(&state, width: 200, height: 45).last)
        for hint in screen(state).hints(strings) { #expect(wide.contains(hint.key + " " + hint.label), "\(hint)") }
        #expect(wide.contains("L " + strings[PlanTabText.hintCopyClosures]))
        #expect(screen(state).help(strings).contains { $0.meaning == strings[PlanTabText.keyCopyClosures] })
    }

    @Test func anEmptySeasonSaysHowToPlanIt() {
        var state = ScreenTest.app()
        state.press(.character("7"))
        #expect(ScreenTest.screen(&state).contains { $0.contains("Ingen plan for sæsonen 2027/28 endnu") })
        state.press(.character("]"))
        #expect(ScreenTest.screen(&state).contains { $0.contains("Ingen plan for sæsonen 2028/29 endnu") })
    }

    @Test func swappingACrateIntoAConflictShowsTheViolationWithItsReason() throws {
        let persistence = RecordingPersistence()
        var state = planned(persistence, .english)
        let plan = try #require(persistence.lastSaved?.plan(for: Self.season)?.draft)
        let partners = Dictionary(ScreenTest.sample.partners.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        let bands = Dictionary(ScreenTest.sample.crates.map { ($0.id, $0.ageBand) }, uniquingKeysWith: { a, _ in a })
        // A crate of one age band, and a visit to a partner whose children are of another.
        let pair = plan.visits.lazy.compactMap { first -> (PlannedVisit, PlannedVisit)? in
            guard let crate = first.leave.first, first.leave.count == 1 else { return nil }
            let second = plan.visits.first { other in
                other.partnerID != first.partnerID && other.leave.count == 1
                    && !(partners[other.partnerID]?.ageGroups.contains(bands[crate]!) ?? true)
            }
            return second.map { (first, $0) }
        }.first
        let (first, second) = try #require(pair)

        try select(first.id, in: &state)
        state.press(.character("x"))
        #expect(state.message.contains("\(first.leave[0])"))
        try select(second.id, in: &state)
        state.press(.character("x"))

        let saved = try #require(persistence.lastSaved?.plan(for: Self.season))
        #expect(persistence.savedFiles.last == [.plan(Self.season)])
        #expect(saved.draft.visit(second.id)?.leave == first.leave)
        #expect(saved.draft.visit(second.id)?.pinned == true)
        let violation = try #require(
            RotationPlanner(data: ScreenTest.sample).check(saved.draft).first {
                $0.partnerID == second.partnerID && $0.day == second.day && $0.rule == .ageBand
            })
        let reason = violation.text(.english)
        #expect(state.message.contains("conflict"))
        #expect(state.message.contains(reason))
        // The cursor stays on the cell, which is marked, and its detail pane gives the reason.
        #expect(screen(state).selectedVisit?.id == second.id)
        let lines = ScreenTest.screen(&state, width: 120, height: 40)
        #expect(lines.contains { $0.contains("!*\(first.leave[0])") })
        #expect(lines.joined(separator: " ").contains("! " + String(reason.prefix(40))))
    }

    @Test func cJumpsToEachConflictAndCountsAsTheHeaderDoes() throws {
        let persistence = RecordingPersistence()
        var state = planned(persistence, .english)
        state.press(.character("c"))
        #expect(state.message.contains("no conflicts"))
        let plan = try #require(persistence.lastSaved?.plan(for: Self.season)?.draft)
        let bands = Dictionary(ScreenTest.sample.crates.map { ($0.id, $0.ageBand) }, uniquingKeysWith: { a, _ in a })
        let partners = Dictionary(ScreenTest.sample.partners.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        // Two crates of a band a partner does not take, swapped into two visits: two conflicts.
        let wrong = plan.visits.filter { visit in
            visit.leave.count == 1 && !SeasonPlan.isFixed(visit.day, today: ScreenTest.today)
        }
        let pair = wrong.lazy.compactMap { first -> (PlannedVisit, PlannedVisit)? in
            let second = wrong.first { other in
                other.partnerID != first.partnerID
                    && !(partners[other.partnerID]?.ageGroups.contains(bands[first.leave[0]]!) ?? true)
                    && !(partners[first.partnerID]?.ageGroups.contains(bands[other.leave[0]]!) ?? true)
            }
            return second.map { (first, $0) }
        }.first
        let (first, second) = try #require(pair)
        try select(first.id, in: &state)
        state.press(.character("x"))
        try select(second.id, in: &state)
        state.press(.character("x"))
        let saved = try #require(persistence.lastSaved?.plan(for: Self.season)?.draft)
        #expect(saved.violations.count >= 2)
        state.press(.home)
        for _ in 0..<screen(state).grid.rows.count { state.press(.up) }
        var seen: [PlannedVisit.ID] = []
        for number in 1...saved.violations.count {
            state.press(.character("c"))
            let violation = saved.violations[number - 1]
            #expect(state.message.contains("Conflict \(number) of \(saved.violations.count)"), "\(state.message)")
            #expect(state.message.contains(violation.text(.english)))
            if let visit = screen(state).selectedVisit { seen.append(visit.id) }
        }
        #expect(Set(seen) == Set([first.id, second.id]))
        // Round again to the first; the header gives the same count.
        state.press(.character("c"))
        #expect(state.message.contains("Conflict 1 of \(saved.violations.count)"))
        let lines = ScreenTest.screen(&state, width: 120, height: 40)
        #expect(lines.contains { $0.contains("\(saved.violations.count) conflicts") })
    }

    @Test func aPinnedVisitStaysWhenTheSeasonIsPlannedAgain() throws {
        let persistence = RecordingPersistence()
        var state = planned(persistence)
        let plan = try #require(persistence.lastSaved?.plan(for: Self.season)?.draft)
        let visit = try #require(plan.visits.first { !$0.pinned && $0.kind == .exchange })
        try select(visit.id, in: &state)
        state.press(.character("f"))
        let pinned = try #require(persistence.lastSaved?.plan(for: Self.season)?.draft)
        #expect(pinned.visit(visit.id)?.pinned == true)
        #expect(pinned.request.pins.contains(Pin(partnerID: visit.partnerID, day: visit.day, crates: visit.leave)))

        state.press(.character("P"))
        #expect(persistence.savedFiles.count == 3)
        let replanned = try #require(persistence.lastSaved?.plan(for: Self.season)?.draft)
        #expect(replanned.visit(visit.id)?.pinned == true)
        #expect(replanned.visit(visit.id)?.leave == visit.leave)

        // Space takes the pin away again.
        try select(visit.id, in: &state)
        state.press(.character(" "))
        #expect(persistence.lastSaved?.plan(for: Self.season)?.draft.visit(visit.id)?.pinned == false)
    }

    @Test func publishingAsksFirstThenSavesThePlanFileAndSchedulesItsVisits() throws {
        let persistence = RecordingPersistence()
        var state = planned(persistence)
        state.press(.character("u"))
        #expect(state.confirmation?.question.hasPrefix("Offentliggør planen for 2027/28 som version 1?") == true)
        #expect(persistence.savedFiles.count == 1)
        state.press(.character("j"))
        #expect(persistence.savedFiles.last == [.plan(Self.season)])
        let data = try #require(persistence.lastSaved)
        let saved = try #require(data.plan(for: Self.season))
        #expect(saved.state == .published)
        #expect(saved.revision == 1)
        #expect(saved.publishedOn == ScreenTest.today)
        #expect(state.message == "Offentliggjort: plan 2027/28, version 1")
        #expect(ScreenTest.screen(&state).contains { $0.contains("version 1 offentliggjort") })

        let visit = try #require(saved.published?.visits.first)
        let week = WeekSchedule.build(
            data: data, week: ISOWeek(containing: visit.day), today: ScreenTest.today,
            sources: ScheduleSources.standard(for: data))
        #expect(week.visits.contains { $0.id.partnerID == visit.partnerID && $0.sources.contains(.plan) })

        state.press(.character("u"))
        #expect(state.message == "Planen er allerede offentliggjort (version 1)")
    }

    @Test func movingAVisitAsksForTheDayAndRefusesATakenOne() throws {
        let persistence = RecordingPersistence()
        var state = planned(persistence, .english)
        let plan = try #require(persistence.lastSaved?.plan(for: Self.season)?.draft)
        let visits = plan.visits(
            of: try #require(plan.visits.first { plan.visits(of: $0.partnerID).count > 2 }).partnerID)
        try select(visits[1].id, in: &state)
        state.press(.character("m"))
        #expect(state.form != nil)
        for _ in 0..<12 { state.press(.backspace) }
        state.type(visits[2].day.description)
        state.press(.control("s"))
        #expect(state.form?.message != nil || state.form?.fields[0].error != nil)
        #expect(persistence.savedFiles.count == 1)
        for _ in 0..<12 { state.press(.backspace) }
        let newDay = visits[1].day.adding(days: 7)
        state.type(newDay.description)
        state.press(.control("s"))
        #expect(state.form == nil)
        let saved = try #require(persistence.lastSaved?.plan(for: Self.season)?.draft)
        let moved = PlannedVisit.ID(partnerID: visits[1].partnerID, day: newDay)
        #expect(saved.visit(moved)?.pinned == true)
        #expect(state.message.hasPrefix("Moved: "))
        // The cursor follows the visit to its new week.
        #expect(screen(state).selectedVisit?.id == moved)
    }

    @Test func mOnAnEmptyCellAddsAPinnedVisitOnTheRouteDayAndPlansAroundIt() throws {
        let persistence = RecordingPersistence()
        var state = planned(persistence, .english)
        let plan = try #require(persistence.lastSaved?.plan(for: Self.season)?.draft)
        let first = try #require(plan.visits.first { plan.visits(of: $0.partnerID).count > 2 })
        // Two weeks after the partner's first visit: an empty cell of its row.
        let week = ISOWeek(containing: first.day.adding(days: 14))
        let grid = screen(state).grid
        let row = try #require(grid.row(of: first.partnerID))
        let column = try #require(grid.column(of: week) ?? Optional(grid.column(atOrAfter: week)))
        state.press(.home)
        for _ in 0..<grid.rows.count { state.press(.up) }
        for _ in 0..<row { state.press(.down) }
        for _ in 0..<column { state.press(.right) }
        #expect(screen(state).selectedVisit == nil)
        let chosenWeek = grid.weeks[column]
        state.press(.character("m"))
        // The form proposes the partner's route day in that week.
        #expect(
            state.form?.fields[0].text == chosenWeek.monday.adding(days: first.day.weekday.isoNumber - 1).description)
        state.press(.control("s"))
        #expect(state.form == nil)
        let saved = try #require(persistence.lastSaved?.plan(for: Self.season)?.draft)
        let added = try #require(
            saved.visits(of: first.partnerID).first { ISOWeek(containing: $0.day) == chosenWeek })
        #expect(added.pinned)
        #expect(state.message.hasPrefix("New visit to "))
        #expect(screen(state).selectedVisit?.id == added.id)
    }

    @Test func printingGivesThePartnersExchangeDates() throws {
        var state = planned(RecordingPersistence())
        let partner = try #require(screen(state).grid.rows.first)
        state.press(.home, .character("d"))
        let job = try #require(state.takePrintJobs().first)
        #expect(job.name == "exchange-dates-\(partner)-2027-28.txt")
        #expect(job.text.contains("Byttedage i sæsonen 2027/28"))
    }
}

/// The Plan tab warns when the partners' closures for the season are missing, and `L` copies last season's.
@Suite struct PlanScreenClosureTests {
    @Test func missingClosuresAreNamedAndLCopiesThem() throws {
        let persistence = RecordingPersistence()
        var state = ScreenTest.app(.english, persistence: persistence)
        state.press(.character("7"))
        let missing = SeasonClosures.missing(for: PlanScreenTests.season, in: ScreenTest.sample)
        #expect(!missing.isEmpty)
        let warning = "! \(missing.count) partners have no closures in 2027/28 (had in 2026/27): L copies them"
        #expect(ScreenTest.screen(&state).contains { $0.contains(warning) })
        state.press(.character("P"))
        #expect(ScreenTest.screen(&state).contains { $0.contains(warning) })
        #expect(state.message.hasSuffix("; \(missing.count) lack closures (L)"))

        state.press(.character("L"))
        #expect(persistence.savedFiles.last == [.partners])
        let saved = try #require(persistence.lastSaved)
        #expect(SeasonClosures.missing(for: PlanScreenTests.season, in: saved).isEmpty)
        let screen = ScreenTest.screen(&state)
        #expect(!screen.contains { $0.contains(warning) })
        #expect(screen.contains { $0.contains("Copied: ") })

        // Planned again, no visit falls in a copied closure.
        state.press(.character("P"))
        let plan = try #require(persistence.lastSaved?.plan(for: PlanScreenTests.season)?.draft)
        let partners = Dictionary(saved.partners.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        #expect(plan.visits.allSatisfy { partners[$0.partnerID]?.isClosed(on: $0.day) == false })
        state.press(.character("L"))
        #expect(state.message.contains("No partner lacks closures in 2027/28"))
    }
}
