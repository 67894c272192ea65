import Foundation
import Testing

@testable import DepotCore
@testable import DepotTUI

extension AppState {
    fileprivate var weekScreen: WeekScreen? { tabs[5] as? WeekScreen }
}

/// The Week tab on the sample library, today Monday 23 November 2026 (week 48).
@Suite("Week tab")
struct WeekScreenTests {
    static let weekTab = 5

    private func openWeek(_ language: Language = .danish) -> AppState {
        var state = ScreenTest.app(language)
        state.press(.character("6"))
        return state
    }

    private func text(_ state: inout AppState, width: Int = 80, height: Int = 24) -> String {
        ScreenTest.screen(&state, width: width, height: height).joined(separator: "\n")
    }

    /// The schedule `depot week` would print for `week`.
    private func schedule(_ week: String, route: Route.ID? = nil) -> WeekSchedule {
        let data = ScreenTest.sample
        return WeekSchedule.build(
            data: data, week: ISOWeek(week)!, route: route, today: ScreenTest.today,
            sources: ScheduleSources.standard(for: data))
    }

    @Test(arguments: [(80, 24), (120, 40)])
    func theWeekMatchesItsSnapshot(columns: Int, rows: Int) {
        var state = openWeek()
        let grid = AppFixtures.render(&state, columns: columns, rows: rows)
        #expect(ScreenTest.garbage(in: grid.lines(), width: columns).isEmpty)
        expectSnapshot(grid, named: "week-\(columns)x\(rows)")
    }

    @Test func opensOnThisWeekWithEveryVisitOfTheSchedule() throws {
        var state = openWeek()
        #expect(state.activeTab == Self.weekTab)
        #expect(state.weekScreen?.week == ISOWeek("2026-W48"))
        // Tall enough for the whole week, overdue collections included.
        let screen = text(&state, height: 40)
        #expect(screen.contains("Uge 48 · 23. november 2026 – 29. november 2026 · denne uge"))
        let visits = schedule("2026-W48").visits
        #expect(!visits.isEmpty)
        for visit in visits {
            let partner = try #require(ScreenTest.sample.partners.first { $0.id == visit.partnerID })
            // The stop's row, and the next one, where its crates wrap when they do not fit.
            let rows = screen.split(separator: "\n")
            let at = try #require(rows.firstIndex { $0.contains(partner.name) })
            let row = rows[at] + rows[min(at + 1, rows.count - 1)]
            for crate in visit.collect { #expect(row.contains(crate.rawValue)) }
            for crate in visit.leave ?? [] { #expect(row.contains(crate.rawValue)) }
        }
        // Monday to Friday; the weekend only when something is on.
        for day in ["Mandag 23. november", "Tirsdag 24.", "Onsdag 25.", "Torsdag 26.", "Fredag 27."] {
            #expect(screen.contains(day), "\(day)")
        }
        #expect(!screen.contains("Lørdag"))
    }

    @Test func onAFridayTheTabOpensOnNextWeekAsDepotWeekPrints() {
        let friday = Day(year: 2026, month: 11, day: 27)!
        var state = AppState(
            context: AppContext(data: ScreenTest.sample, today: friday, strings: Strings(.danish)), persistence: nil)
        state.press(.character("6"))
        #expect(state.weekScreen?.week == ISOWeek("2026-W49"))
        #expect(state.weekScreen?.week == WeekSchedule.defaultWeek(today: friday))
        state.press(.character("t"))
        #expect(state.weekScreen?.week == ISOWeek("2026-W48"))
    }

    @Test func aPassedDeadlineIsMarkedOverdue() throws {
        var state = openWeek()
        state.press(.left)
        let task = try #require(schedule("2026-W47").days.flatMap(\.tasks).first)
        #expect(task.task.isOverdue(on: ScreenTest.today))
        let screen = text(&state, width: 80, height: 40)
        #expect(screen.contains("Frist        ! \(task.task.title.prefix(20))"))
        #expect(screen.contains("(3 dage over fristen)"))
    }

    @Test func aTeamMeetingIsShownAsAMeeting() {
        var data = ScreenTest.sample
        data.events.append(
            Event(
                id: "E2026-09", kind: .meeting, title: "SKOFO planlægningsmøde", startsOn: ScreenTest.today,
                venue: "Rønde Bibliotek", teamID: data.teams.first?.id, startsAt: "14.00"))
        var state = ScreenTest.app(data: data)
        state.press(.character("6"))
        let screen = text(&state, width: 80, height: 40)
        #expect(screen.contains("Møde         14.00 SKOFO planlægningsmøde · Rønde Bibliotek"))
    }

    @Test func aStopAtAPartnerClosedThatDayIsMarked() throws {
        var data = ScreenTest.sample
        let visit = try #require(schedule("2026-W48").visits.first)
        let position = try #require(data.partners.firstIndex { $0.id == visit.partnerID })
        data.partners[position].closures.append(
            Partner.Closure(days: DayRange(first: visit.day, last: visit.day), reason: "Personaledag"))
        var state = ScreenTest.app(data: data)
        state.press(.character("6"))
        let lines = ScreenTest.screen(&state, width: 80, height: 40)
        let name = data.partners[position].name
        let row = try #require(lines.firstIndex { $0.contains("1. \(name)") })
        #expect(lines[row + 1].contains("lukket den dag!"))
        #expect(lines.contains { $0.contains("Lukket: \(name)") })
        #expect(lines.contains { $0.contains("Lukket i ugen") })
        #expect(lines.contains { $0.contains("(Personaledag): \(name)") })
    }

    /// The sample with 2027/28 published and one Nord visit (a Tuesday route) moved onto a Wednesday its driver
    /// drives Mols: the moved visit breaks two rules.
    private func publishedWithAConflict() throws -> (LibraryData, PlannedVisit.ID) {
        var data = ScreenTest.sample
        let season = Season(startYear: 2027)
        var plan = RotationPlanner.plan(PlanRequest(season: season), data: data)
        let visit = try #require(
            plan.visits.first { visit in
                let wednesday = visit.day.adding(days: 1)
                return visit.routeID == "nord" && visit.day.weekday == .tuesday
                    && plan.visits.contains { $0.routeID == "mols" && $0.day == wednesday }
                    && !plan.visits.contains { $0.partnerID == visit.partnerID && $0.day == wednesday }
            })
        let moved = plan.move(visit.id, to: visit.day.adding(days: 1))
        #expect(moved)
        var seasonPlan = SeasonPlan(draft: plan)
        seasonPlan.recheck(data: data, today: ScreenTest.today)
        seasonPlan.publish(on: ScreenTest.today)
        data.setPlan(seasonPlan)
        return (data, PlannedVisit.ID(partnerID: visit.partnerID, day: visit.day.adding(days: 1)))
    }

    @Test(arguments: [Language.danish, .english])
    func aPublishedConflictIsMarkedOnItsStopAsOnTheRouteSheet(language: Language) throws {
        let (data, id) = try publishedWithAConflict()
        var state = ScreenTest.app(language, data: data)
        state.press(.character("6"), .character("g"))
        state.type("\(id.day)")
        state.press(.enter)
        #expect(state.weekScreen?.week == ISOWeek(containing: id.day))
        let lines = ScreenTest.screen(&state, width: 80, height: 90)
        #expect(ScreenTest.garbage(in: lines, width: 80).isEmpty)
        // What the printed route sheet says under the stop.
        let schedule = WeekSchedule.build(
            data: data, week: ISOWeek(containing: id.day), today: ScreenTest.today,
            sources: ScheduleSources.standard(for: data), checkingPlans: true)
        let visit = try #require(schedule.visits.first { $0.id == id })
        let marks = schedule.conflictLines(of: visit, language: language)
        #expect(marks.count == 2)
        let sheet = WeekText.text(for: schedule, data: data, language: language)
        for mark in marks { #expect(sheet.contains("    " + mark)) }
        // The stop has `!` before its number and the same reasons under it, and it is the only stop marked.
        let name = try #require(data.partners.first { $0.id == id.partnerID }?.name)
        let stop = try #require(lines.firstIndex { $0.contains(". \(name)") })
        #expect(lines[stop].hasPrefix("│  !"))
        #expect(lines.filter { $0.hasPrefix("│  !") }.count == 1)
        // (A reason longer than the row wraps under itself.)
        let under = lines[(stop + 1)...].prefix(4)
            .map { $0.trimmingCharacters(in: CharacterSet(charactersIn: "│ ")) }.joined(separator: " ")
        for mark in marks { #expect(under.contains(mark), "\(mark)") }
        // The same plan as planned marks nothing.
        var asPlanned = ScreenTest.app(language)
        asPlanned.press(.character("6"))
        #expect(!ScreenTest.screen(&asPlanned, width: 80, height: 90).contains { $0.hasPrefix("│  !") })
    }

    @Test func arrowsMoveAWeekAndStayOnTheTab() {
        var state = openWeek()
        state.press(.right)
        #expect(state.activeTab == Self.weekTab)
        #expect(state.weekScreen?.week == ISOWeek("2026-W49"))
        #expect(text(&state).contains("Uge 49 · 30. november 2026 – 6. december 2026 · næste uge"))
        state.press(.left, .left, .character("h"))
        #expect(state.activeTab == Self.weekTab)
        #expect(state.weekScreen?.week == ISOWeek("2026-W46"))
        #expect(text(&state).contains("for 2 uger siden"))
        state.press(.character("l"))
        #expect(state.weekScreen?.week == ISOWeek("2026-W47"))
        state.press(.character("t"))
        #expect(state.weekScreen?.week == ISOWeek("2026-W48"))
        // The digits still switch tabs.
        state.press(.character("2"))
        #expect(state.activeTab == 1)
    }

    @Test func theWeekRunsIntoTheNextYear() {
        var state = openWeek()
        for _ in 0..<6 { state.press(.right) }
        #expect(state.weekScreen?.week == ISOWeek("2027-W01"))
        state.press(.left)
        #expect(state.weekScreen?.week == ISOWeek("2026-W53"))
        #expect(text(&state).contains("Uge 53 · 28. december 2026 – 3. januar 2027"))
    }

    @Test(arguments: [
        ("49", "2026-W49"), ("uge 49", "2026-W49"), ("2026-W49", "2026-W49"), ("2026-w50", "2026-W50"),
        ("1/12", "2026-W49"), ("2026-12-01", "2026-W49"), ("5", "2027-W05"), ("uge 2 2027", "2027-W02"),
        ("48", "2026-W48"), ("47", "2026-W47"), ("1/11", "2026-W44"), ("uge 20", "2027-W20"),
    ])
    func goesToATypedWeekOrDay(typed: String, week: String) {
        var state = openWeek()
        state.press(.right, .right, .character("g"))
        #expect(state.weekScreen?.isCapturingText == true)
        state.type(typed)
        state.press(.enter)
        #expect(state.activeTab == Self.weekTab, "digits typed into the prompt must not switch tabs")
        #expect(state.weekScreen?.prompt == nil)
        #expect(state.weekScreen?.week == ISOWeek(week))
    }

    @Test func aWeekThatCannotBeReadIsExplainedAndTheWeekStays() {
        var state = openWeek()
        state.press(.character("g"))
        state.type("snart")
        state.press(.enter)
        #expect(state.weekScreen?.prompt != nil)
        #expect(state.weekScreen?.week == ISOWeek("2026-W48"))
        let screen = text(&state)
        #expect(screen.contains("Forstår ikke „snart“"))
        #expect(screen.contains("Gå til uge: snart"))
        // Typing again clears the complaint; a week that does not exist says so.
        state.press(.control("u"))
        state.type("60")
        #expect(state.weekScreen?.promptError == nil)
        state.press(.enter)
        #expect(text(&state).contains("Den uge findes ikke: „60“"))
        state.press(.control("u"), .enter)
        #expect(text(&state).contains("Skriv en uge eller en dag"))
        state.press(.escape)
        #expect(state.weekScreen?.prompt == nil)
        #expect(state.weekScreen?.week == ISOWeek("2026-W48"))
        #expect(!text(&state).contains("Gå til uge:"))
    }

    @Test func christmasWeekShowsTheHolidaysAndWhoIsClosed() {
        var state = openWeek()
        state.press(.character("g"))
        state.type("52")
        state.press(.enter)
        #expect(state.weekScreen?.week == ISOWeek("2026-W52"))
        let lines = ScreenTest.screen(&state, width: 80, height: 60)
        #expect(ScreenTest.garbage(in: lines, width: 80).isEmpty)
        let screen = lines.joined(separator: "\n")
        #expect(screen.contains("Torsdag 24. december 2026 · Lukket: Juleaftensdag"))
        #expect(screen.contains("Fredag 25. december 2026 · Helligdag: Juledag"))
        #expect(screen.contains("Lukket i ugen"))
        let closures = schedule("2026-W52").closures
        #expect(!closures.isEmpty)
        #expect(screen.contains("23.12.–1.1. (Juleferie): "))
        #expect(screen.contains("Lukket: \(closures.count) partnere (se øverst)"))
    }

    /// 24/12, 31/12 and 5/6 are days the library closes, not public holidays (`docs/glossary.md`).
    @Test(arguments: [
        ("2026-12-31", "Torsdag 31. december 2026 · Lukket: Nytårsaftensdag"),
        ("2026-06-05", "Fredag 5. juni 2026 · Lukket: Grundlovsdag"),
        ("2028-06-05", "Mandag 5. juni 2028 · Helligdag: 2. pinsedag · Lukket: Grundlovsdag"),
        ("2026-12-25", "Fredag 25. december 2026 · Helligdag: Juledag"),
    ])
    func aClosedDayIsSaidClosedAndOnlyAPublicHolidayAHoliday(day: String, heading: String) {
        var state = openWeek()
        state.press(.character("g"))
        state.type(day)
        state.press(.enter)
        let screen = ScreenTest.screen(&state, width: 80, height: 60)
        #expect(screen.contains { $0.contains(heading) }, "\(heading)")
        let row = screen.first { $0.contains(heading.prefix(16)) } ?? ""
        #expect(row.components(separatedBy: "Helligdag").count <= 2)
        if !heading.contains("Helligdag") { #expect(!row.lowercased().contains("helligdag")) }
    }

    @Test func aLongWeekScrollsAndNoRowIsWiderThanTheScreen() {
        var state = openWeek()
        state.press(.character("g"))
        state.type("52")
        state.press(.enter)
        let top = ScreenTest.screen(&state)
        #expect(ScreenTest.garbage(in: top, width: 80).isEmpty)
        #expect(top.contains { $0.hasSuffix("▼│") })
        #expect(!top.contains { $0.contains("Fredag 25. december") })
        state.press(.end)
        let bottom = ScreenTest.screen(&state)
        #expect(ScreenTest.garbage(in: bottom, width: 80).isEmpty)
        #expect(bottom.contains { $0.contains("Fredag 25. december") })
        #expect(!bottom.contains { $0.hasSuffix("▼│") })
        #expect(bottom.contains { $0.hasSuffix("▲│") })
        state.press(.home)
        #expect(ScreenTest.screen(&state) == top)
    }

    @Test(arguments: ["48", "52", "6"])
    func theSmallestScreenStillReads(week: String) {
        var state = openWeek()
        state.press(.character("g"))
        state.type(week)
        state.press(.enter)
        for _ in 0..<3 {
            let lines = ScreenTest.screen(&state, width: 60, height: 16)
            #expect(ScreenTest.garbage(in: lines, width: 60).isEmpty)
            #expect(lines[3].hasPrefix("│Uge \(week) · "))
            state.press(.pageDown)
        }
    }

    @Test func printingGivesTheSameTextAsDepotWeek() throws {
        var state = openWeek()
        state.press(.character("p"))
        let job = try #require(state.printJobs.last)
        #expect(job.name == "week-2026-W48.txt")
        #expect(
            job.text == DepotCore.WeekText.text(for: schedule("2026-W48"), data: ScreenTest.sample, language: .danish))
        state.press(.right, .character("p"))
        let next = try #require(state.printJobs.last)
        #expect(next.name == "week-2026-W49.txt")
        #expect(
            next.text == DepotCore.WeekText.text(for: schedule("2026-W49"), data: ScreenTest.sample, language: .danish))
    }

    @Test func shiftPPrintsThePackingListsToo() throws {
        var state = openWeek()
        state.press(.character("p"), .character("P"))
        let job = try #require(state.printJobs.last)
        // Its own file: printing the route sheets alone (`p`) does not overwrite it, nor it them.
        #expect(state.printJobs.map(\.name) == ["week-2026-W48.txt", "week-2026-W48-with-items.txt"])
        #expect(
            job.text
                == DepotCore.WeekText.text(
                    for: schedule("2026-W48"), data: ScreenTest.sample, language: .danish, withItems: true))
        for crate in schedule("2026-W48").visits.flatMap({ $0.leave ?? [] }) {
            #expect(job.text.contains("Pakkeliste for kasse \(crate)"))
        }
    }

    @Test func theRouteFilterCyclesThroughTheRoutesAndIsPrinted() throws {
        var state = openWeek()
        let routes = ScreenTest.sample.settings.routes
        #expect(routes.count >= 2)
        state.press(.character("r"))
        #expect(state.weekScreen?.routeID == routes[0].id)
        #expect(state.weekScreen?.schedule?.visits.allSatisfy { $0.routeID == routes[0].id } == true)
        #expect(text(&state).contains("kun rute \(routes[0].name)"))
        state.press(.character("p"))
        let job = try #require(state.printJobs.last)
        #expect(job.name == "week-2026-W48-\(routes[0].id).txt")
        #expect(
            job.text
                == DepotCore.WeekText.text(
                    for: schedule("2026-W48", route: routes[0].id), data: ScreenTest.sample, language: .danish))
        for _ in 1..<routes.count { state.press(.character("r")) }
        #expect(state.weekScreen?.routeID == routes.last?.id)
        state.press(.character("r"))
        #expect(state.weekScreen?.routeID == nil)
        #expect(text(&state).contains("alle ruter"))
    }

    @Test func enterOnAStopOpensItsPartner() throws {
        var state = openWeek()
        let screen = try #require(state.weekScreen)
        let selected = try #require(screen.selected)
        guard case .visit(let visit, _, _) = screen.entries[selected] else {
            Issue.record("the first entry selected is not a stop: \(screen.entries[selected])")
            return
        }
        #expect(visit == schedule("2026-W48").visits.first)
        state.press(.enter)
        #expect(state.activeTab == 1)
        let partner = try #require(ScreenTest.sample.partners.first { $0.id == visit.partnerID })
        #expect(text(&state, width: 120, height: 40).contains(partner.contact.name))
    }

    @Test func upAndDownMoveBetweenStops() throws {
        var state = openWeek()
        let visits = schedule("2026-W48").visits
        #expect(visits.count >= 2)
        state.press(.down)
        let screen = try #require(state.weekScreen)
        let selected = try #require(screen.selected)
        guard case .visit(let visit, _, _) = screen.entries[selected] else {
            Issue.record("not a stop: \(screen.entries[selected])")
            return
        }
        #expect(visit == visits[1])
        state.press(.up, .up)
        #expect(state.weekScreen?.selected == screen.entries.firstIndex(where: \.isSelectable))
    }

    @Test func theWideScreenShowsTheSelectedStopsDetails() throws {
        var state = openWeek()
        let visit = try #require(schedule("2026-W48").visits.first)
        let partner = try #require(ScreenTest.sample.partners.first { $0.id == visit.partnerID })
        let screen = text(&state, width: 120, height: 40)
        #expect(screen.contains(partner.address.street))
        if let phone = partner.contact.phone { #expect(screen.contains(phone)) }
    }

    @Test func speaksEnglish() {
        var state = openWeek(.english)
        let screen = text(&state)
        #expect(screen.contains("Week 48 · 23 November 2026 – 29 November 2026 · this week"))
        #expect(screen.contains("Tuesday 24 November 2026"))
        #expect(ScreenTest.garbage(in: ScreenTest.screen(&state), width: 80).isEmpty)
    }

    @Test func theWeekHasAllItsTexts() {
        for language in Language.allCases { #expect(WeekTabText.missing(in: language).isEmpty) }
        #expect(Strings.catalogues.contains { $0 == WeekTabText.self })
    }
}

@Suite("Going to a week")
struct WeekGoToTests {
    let today = ScreenTest.today

    @Test func readsWeeksAndDays() throws {
        #expect(try WeekGoTo.parse(" 49 ", today: today).get() == ISOWeek("2026-W49"))
        #expect(try WeekGoTo.parse("uge 49", today: today).get() == ISOWeek("2026-W49"))
        #expect(try WeekGoTo.parse("week 1", today: today).get() == ISOWeek("2027-W01"))
        #expect(try WeekGoTo.parse("2026-W53", today: today).get() == ISOWeek("2026-W53"))
        #expect(try WeekGoTo.parse("3/1", today: today).get() == ISOWeek("2026-W53"))
        #expect(try WeekGoTo.parse("i morgen", today: today).get() == ISOWeek("2026-W48"))
        #expect(try WeekGoTo.parse("+2w", today: today).get() == ISOWeek("2026-W50"))
        #expect(try WeekGoTo.parse("i dag", today: today).get() == ISOWeek("2026-W48"))
        // The nearest week with that number, back or ahead.
        #expect(try WeekGoTo.parse("uge 40", today: today).get() == ISOWeek("2026-W40"))
        #expect(try WeekGoTo.parse("uge 21", today: today).get() == ISOWeek("2027-W21"))
        #expect(try WeekGoTo.parse("20/11", today: today).get() == ISOWeek("2026-W47"))
    }

    @Test func saysWhatIsWrong() {
        #expect(WeekGoTo.parse("", today: today) == .failure(.empty))
        #expect(WeekGoTo.parse("snart", today: today) == .failure(.notUnderstood("snart")))
        #expect(WeekGoTo.parse("54", today: today) == .failure(.noSuchWeek("54")))
        #expect(WeekGoTo.parse("31/11", today: today) == .failure(.noSuchDay("31/11")))
        #expect(WeekGoTo.parse("2027-W53", today: today) == .failure(.noSuchWeek("2027-W53")))
    }
}
