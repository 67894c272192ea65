import Testing

@testable import DepotCore
@testable import DepotTUI

/// The Plan tab's search, changes list, pin-all, held-back letters and undo of a re-plan.
@Suite struct PlanTabKeysTests {
    static let season = PlanScreenTests.season

    private func planned(_ persistence: RecordingPersistence, _ language: Language = .english) -> AppState {
        var state = ScreenTest.app(language, persistence: persistence)
        state.press(.character("7"), .character("P"))
        return state
    }

    private func screen(_ state: AppState) -> PlanScreen { state.tabs[6] as! PlanScreen }

    private func select(_ visit: PlannedVisit.ID, in state: inout AppState) throws {
        let plan = screen(state)
        let row = try #require(plan.grid.row(of: visit.partnerID))
        let column = try #require(plan.grid.column(of: ISOWeek(containing: visit.day)))
        let position = try #require(plan.shownRows.firstIndex(of: row))
        state.press(.home)
        for _ in 0..<plan.grid.rows.count { state.press(.up) }
        for _ in 0..<position { state.press(.down) }
        for _ in 0..<column { state.press(.right) }
        #expect(screen(state).selectedVisit?.id == visit)
    }

    @Test func slashNarrowsThePartnersAsYouTypeAndEnterKeepsIt() throws {
        var state = planned(RecordingPersistence())
        let names = screen(state).grid.names
        let word = "skov"
        let expected = names.indices.filter { names[$0].lowercased().contains(word) }
        #expect(!expected.isEmpty && expected.count < names.count)
        state.press(.character("/"))
        #expect(screen(state).isCapturingText)
        // Letters are the search's, not the tab's keys (`P`, `q`) while it is typed.
        state.type("Skov")
        #expect(screen(state).shownRows == expected)
        #expect(expected.contains(screen(state).row))
        let lines = ScreenTest.screen(&state)
        let filterLine = try #require(lines.firstIndex { $0.contains("Filter: Skov") })
        #expect(lines[filterLine].contains("(\(expected.count) of \(names.count))"))
        let headings = try #require(lines.firstIndex { $0.contains("Partner ") && $0.contains("week ") })
        let rowsShown = lines[(headings + 1)..<filterLine].filter { line in
            names.contains { line.contains(String($0.prefix(18))) }
        }
        #expect(rowsShown.count == expected.count)
        state.press(.enter)
        #expect(!screen(state).isCapturingText)
        state.press(.down, .down, .down)
        #expect(expected.contains(screen(state).row))
        state.press(.escape)
        #expect(screen(state).shownRows.count == names.count)
        state.press(.character("/"))
        state.type("zzqx")
        state.press(.enter)
        #expect(state.message == "No partner in the plan has “zzqx” in its name")
        #expect(screen(state).shownRows.count == names.count)
    }

    /// Publishes, then moves a visit a week on: the draft differs from the published plan for one partner.
    private func publishedAndMoved(_ persistence: RecordingPersistence, _ state: inout AppState) throws -> PlannedVisit
    {
        state.press(.character("u"), .character("y"))
        let plan = try #require(persistence.lastSaved?.plan(for: Self.season)?.draft)
        let visit = try #require(
            plan.visits.first { visit in
                visit.kind == .exchange
                    && !plan.visits.contains { $0.partnerID == visit.partnerID && $0.day == visit.day.adding(days: 7) }
            })
        try select(visit.id, in: &state)
        state.press(.character("m"))
        for _ in 0..<12 { state.press(.backspace) }
        state.type(visit.day.adding(days: 7).description)
        state.press(.control("s"))
        #expect(state.form == nil)
        return visit
    }

    @Test func aListsTheChangesAgainstThePublishedPlan() throws {
        let persistence = RecordingPersistence()
        var state = planned(persistence)
        state.press(.character("a"))
        #expect(state.message == "The plan is not published: there is nothing to compare the draft with.")
        let visit = try publishedAndMoved(persistence, &state)
        let name = try #require(ScreenTest.sample.partners.first { $0.id == visit.partnerID }?.name)
        state.press(.character("a"))
        let lines = ScreenTest.screen(&state, width: 120, height: 40)
        #expect(lines.contains { $0.contains("Changes against revision 1: 1 need a new letter") })
        let line = try #require(lines.first { $0.contains("\(name) (\(visit.partnerID)): removed ") })
        #expect(line.contains("new "))
        state.press(.escape)
        #expect(!ScreenTest.screen(&state, width: 120, height: 40).contains { $0.contains("Changes against") })
    }

    @Test func capitalFPinsEveryPublishedVisitTheDraftKeeps() throws {
        let persistence = RecordingPersistence()
        var state = planned(persistence)
        state.press(.character("F"))
        #expect(state.message == "No published visits from today to pin")
        _ = try publishedAndMoved(persistence, &state)
        state.press(.character("F"))
        let draft = try #require(persistence.lastSaved?.plan(for: Self.season)?.draft)
        #expect(draft.visits.allSatisfy { $0.pinned })
        #expect(state.message.hasSuffix("; 1 changed in the draft are not pinned"))
        state.press(.character("F"))
        let unpinned = try #require(persistence.lastSaved?.plan(for: Self.season)?.draft)
        #expect(unpinned.visits.filter(\.pinned).count == 1)
        #expect(state.message.hasPrefix("Unpinned "))
    }

    @Test func aLetterWhoseVisitsBreakARuleIsPrintedOnlyAfterAYes() throws {
        let persistence = RecordingPersistence()
        var state = planned(persistence)
        let plan = try #require(persistence.lastSaved?.plan(for: Self.season)?.draft)
        // A visit moved a day on, off its route's day, then published.
        let visit = try #require(
            plan.visits.first { visit in
                visit.kind == .exchange
                    && !plan.visits.contains { $0.partnerID == visit.partnerID && $0.day == visit.day.adding(days: 1) }
            })
        try select(visit.id, in: &state)
        state.press(.character("m"))
        for _ in 0..<12 { state.press(.backspace) }
        state.type(visit.day.adding(days: 1).description)
        state.press(.control("s"))
        state.press(.character("u"), .character("y"))
        #expect(persistence.lastSaved?.plan(for: Self.season)?.published != nil)
        state.press(.character("d"))
        let question = try #require(state.confirmation?.question)
        #expect(question.hasPrefix("The letter to "))
        #expect(question.contains("does not drive on"))
        #expect(MessagesFitTests.missingWords(question, on: ScreenTest.screen(&state)) == [], "shown whole at 80×24")
        #expect(state.takePrintJobs().isEmpty)
        state.press(.character("n"))
        #expect(state.takePrintJobs().isEmpty)
        state.press(.character("d"), .character("y"))
        let job = try #require(state.takePrintJobs().first)
        #expect(job.name == "exchange-dates-\(visit.partnerID)-2027-28.txt")
        // Another partner's letter, without conflicts, prints at once.
        state.press(.up)
        if screen(state).grid.rows[screen(state).row] != visit.partnerID {
            state.press(.character("d"))
            #expect(state.confirmation == nil)
            #expect(state.takePrintJobs().count == 1)
        }
    }

    @Test func theStatusLineNamesThePlansTotalWhenTheHeaderCountsMore() throws {
        let persistence = RecordingPersistence()
        var state = planned(persistence)
        let plan = try #require(persistence.lastSaved?.plan(for: Self.season)?.draft)
        let visits = plan.visits.filter { $0.kind == .exchange }
        // First a conflict: a visit a day off its route's day.
        let first = try #require(
            visits.first { visit in
                !plan.visits.contains { $0.partnerID == visit.partnerID && $0.day == visit.day.adding(days: 1) }
            })
        try select(first.id, in: &state)
        state.press(.character("m"))
        for _ in 0..<12 { state.press(.backspace) }
        state.type(first.day.adding(days: 1).description)
        state.press(.control("s"))
        // Then a harmless pin elsewhere and a move to the same day (no change): the message must not say
        // "no conflicts" while the header counts some.
        let other = try #require(visits.first { $0.partnerID != first.partnerID })
        try select(other.id, in: &state)
        state.press(.character("m"), .control("s"))
        let total = try #require(persistence.lastSaved?.plan(for: Self.season)?.draft.violations.count)
        #expect(total > 0)
        #expect(state.message.contains("\(total) conflict"))
        #expect(state.message.contains("in the plan"))
        let header = ScreenTest.screen(&state, width: 120, height: 40)
        #expect(header.contains { $0.contains(" · \(total) conflict") })
    }

    @Test func ctrlZAfterARePlanPutsTheDraftBack() throws {
        let library = try SeveralDesksScreenTests.Library()
        var (state, _) = try library.desk()
        state.press(.character("7"), .character("P"))
        #expect(state.message.hasPrefix("Planlagt 2027/28"))
        let plan = try #require(state.context.data.plan(for: Self.season))
        // A visit moved a week on by hand and its pin taken away, then the season planned again.
        let visit = try #require(
            plan.draft.visits.first { visit in
                visit.kind == .exchange
                    && !plan.draft.visits.contains {
                        $0.partnerID == visit.partnerID
                            && ISOWeek(containing: $0.day) == ISOWeek(containing: visit.day.adding(days: 7))
                    }
            })
        try select(visit.id, in: &state)
        state.press(.character("m"))
        for _ in 0..<12 { state.press(.backspace) }
        state.type(visit.day.adding(days: 7).description)
        state.press(.control("s"))
        state.press(.character("f"))
        let before = try #require(state.context.data.plan(for: Self.season))
        #expect(
            before.draft.visit(PlannedVisit.ID(partnerID: visit.partnerID, day: visit.day.adding(days: 7)))?.pinned
                == false)
        state.press(.character("P"))
        #expect(state.message.hasSuffix(" · Ctrl-Z fortryder"))
        let replanned = try #require(state.context.data.plan(for: Self.season))
        #expect(replanned != before)
        state.press(.control("z"))
        #expect(state.confirmation?.question.contains("Planlagt 2027/28") == true)
        state.press(.character("j"))
        let undone = try #require(state.context.data.plan(for: Self.season))
        #expect(undone == before)
        #expect(try LibraryStore(folder: library.path).load().plan(for: Self.season) == before)
    }

    @Test func ctrlZUndoesTheTabsLastRePlanWhateverTheLogKeepsAndAgainRedoesIt() throws {
        // No library folder, so no change log: the tab's own memory of its last edit undoes it.
        let persistence = RecordingPersistence()
        var state = planned(persistence)
        let plan = try #require(persistence.lastSaved?.plan(for: Self.season))
        let visit = try #require(
            plan.draft.visits.first { visit in
                visit.kind == .exchange
                    && !plan.draft.visits.contains {
                        $0.partnerID == visit.partnerID
                            && ISOWeek(containing: $0.day) == ISOWeek(containing: visit.day.adding(days: 7))
                    }
            })
        // Moved a week on, its pin taken away: planning again moves it back.
        try select(visit.id, in: &state)
        state.press(.character("m"))
        for _ in 0..<12 { state.press(.backspace) }
        state.type(visit.day.adding(days: 7).description)
        state.press(.control("s"), .character("f"))
        let before = try #require(persistence.lastSaved?.plan(for: Self.season))
        state.press(.character("P"))
        let replanned = try #require(persistence.lastSaved?.plan(for: Self.season))
        #expect(replanned != before)
        state.press(.control("z"))
        #expect(state.confirmation?.question.hasPrefix("Undo: Planned 2027/28") == true)
        #expect(state.confirmation?.question.contains("Ctrl-Z") == false)
        state.press(.character("n"))
        #expect(persistence.lastSaved?.plan(for: Self.season) == replanned)
        state.press(.control("z"), .character("y"))
        #expect(persistence.lastSaved?.plan(for: Self.season) == before)
        #expect(state.message.hasPrefix("Undone: Planned 2027/28"))
        state.press(.control("z"))
        #expect(state.confirmation?.question.hasPrefix("Do it again: Planned 2027/28") == true)
        state.press(.character("y"))
        #expect(persistence.lastSaved?.plan(for: Self.season) == replanned)
    }
}

/// The partner form enters a partner's recurring closures, naming a mistake by field and entry.
@Suite struct PartnerFormRecurringClosureTests {
    private func field(_ state: AppState, _ label: String) -> Int? {
        state.form?.fields.firstIndex { $0.label == label }
    }

    @Test func recurringClosuresAreEnteredInThePartnerForm() throws {
        let persistence = RecordingPersistence()
        var state = ScreenTest.app(.danish, persistence: persistence)
        state.press(.character("2"), .character("e"))
        let index = try #require(field(state, "Lukket årligt"))
        let first = try #require(state.form?.fields.firstIndex { $0.label == state.form?.fields[0].label })
        for _ in first..<index { state.press(.tab) }
        state.type("uge 53 Sommer")
        state.press(.control("s"))
        #expect(
            state.form?.fields[index].error
                == "„uge 53 Sommer“: uge 53 findes ikke i 2027 (kun i nogle år); en lukning hvert år går til uge 52 eller fra uge 1"
        )
        #expect(persistence.savedFiles.isEmpty)
        for _ in 0..<20 { state.press(.backspace) }
        state.type("uge 28 - 30 Sommerlukket; 23/12-1/1 Juleferie")
        state.press(.control("s"))
        #expect(state.form == nil)
        let saved = try #require(persistence.lastSaved)
        let partner = try #require(saved.partners.first { !($0.recurringClosures ?? []).isEmpty })
        #expect(
            partner.recurringClosures == [
                RecurringClosure(span: .weeks(from: 28, to: 30), reason: "Sommerlukket"),
                RecurringClosure(span: .dates(fromMonth: 12, fromDay: 23, toMonth: 1, toDay: 1), reason: "Juleferie"),
            ])
        // Opened again, the field shows them as typed.
        state.press(.character("e"))
        let again = try #require(field(state, "Lukket årligt"))
        #expect(state.form?.fields[again].text == "uge 28-30 Sommerlukket; 23/12-1/1 Juleferie")
    }
}
