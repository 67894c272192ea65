import DepotCore
import Testing

@testable import DepotTUI

/// Confirmations and messages that do not fit wrap instead of being cut, and the key hints stay on the status line.
@Suite("Messages that fit")
struct MessagesFitTests {
    /// The words of `text`, each found somewhere on the screen.
    static func missingWords(_ text: String, on lines: [String]) -> [String] {
        let screen = lines.joined(separator: " ")
        return text.split(separator: " ").map(String.init).filter { !screen.contains($0) }
    }

    @Test func aLongMessageWrapsOnItsOwnLineAndTheHintsStay() {
        var state = ScreenTest.app()
        let message =
            "Depotet D-2026-0007 er forlænget to gange, og mere tillader biblioteket ikke; kassen skal hjem på "
            + "næste rutedag tirsdag 1. december 2026."
        state.report(message)
        let lines = ScreenTest.screen(&state)
        #expect(lines[23].hasPrefix("q afslut  ? hjælp"))
        #expect(Self.missingWords(message, on: Array(lines[21...22])) == [])
        #expect(!lines[21...22].joined().contains("…"), "nothing is cut")
    }

    @Test func withoutAMessageTheBodyKeepsItsRows() {
        var state = ScreenTest.app()
        let lines = ScreenTest.screen(&state)
        #expect(lines[22].hasPrefix("└"))
    }

    @Test func aQuestionWiderThanTheDialogWraps() {
        let question =
            "Skriv 5000100000005 \"Brandbilen Bjarne får en ven og kører hele vejen til Ebeltoft\" af som tabt på "
            + "D-2026-0007?"
        var grid = CellGrid(width: 80, height: 20)
        Dialog(title: "?", lines: [question], buttonHint: "j = ja   n/Esc = nej").render(into: &grid, area: grid.area)
        let lines = grid.lines()
        #expect(Self.missingWords(question, on: lines) == [])
        #expect(lines.allSatisfy { displayWidth(of: $0) <= 80 })
    }

    @Test func theWriteOffQuestionIsShownWhole() throws {
        var state = ScreenTest.app()
        let out = try #require(
            ScreenTest.sample.deposits.last { $0.isOut && !$0.itemBarcodes.isEmpty })
        let item = try #require(ScreenTest.sample.items.first { $0.id == out.itemBarcodes[0] })
        state.show(.item(item.id))
        state.press(.character("t"))
        let question = try #require(state.confirmation?.question)
        #expect(Self.missingWords(question, on: ScreenTest.screen(&state)) == [])
    }

    @Test func theOverviewShowsEveryCrateToCollectAt80Columns() throws {
        var state = ScreenTest.app()
        let lines = ScreenTest.screen(&state)
        let schedule = WeekSchedule.build(
            data: ScreenTest.sample, week: ISOWeek(containing: ScreenTest.today), today: ScreenTest.today,
            sources: ScheduleSources.standard(for: ScreenTest.sample))
        let collected = schedule.visits.flatMap { $0.collect.map(\.rawValue) }
        #expect(!collected.isEmpty)
        let text = lines.joined(separator: "\n")
        for crate in collected { #expect(text.contains(crate), "\(crate) is collected this week") }
        #expect(!lines.contains { $0.contains("hjem:…") })
    }

    @Test func thePublishQuestionAndThePlanHeaderFitAt80Columns() throws {
        var state = ScreenTest.app()
        state.press(.character("7"), .character("P"), .character("u"))
        let question = try #require(state.confirmation?.question)
        #expect(Self.missingWords(question, on: ScreenTest.screen(&state)) == [])
        #expect(!question.contains("1 konflikter"))
        state.press(.character("j"))
        let header = ScreenTest.screen(&state)[3]
        #expect(header.hasPrefix("│ 103 besøg · 0 konflikter · "), "the counts come first: \(header)")
    }

    @Test func theEventsHelpScrollsToItsLastSectionAt24Rows() {
        var state = ScreenTest.app()
        state.press(.character("8"), .character("?"))
        var text = ScreenTest.screen(&state).joined(separator: "\n")
        #expect(text.contains("bladrer"))
        state.press(.end)
        text = ScreenTest.screen(&state).joined(separator: "\n")
        #expect(text.contains("Overalt"))
        #expect(text.contains("0-9… Enter"))
        #expect(state.isShowingHelp)
    }

    @Test func theHelpFitsANarrowWindow() {
        var state = ScreenTest.app()
        state.press(.character("8"), .character("?"))
        let lines = ScreenTest.screen(&state, width: 60, height: 16)
        #expect(ScreenTest.garbage(in: lines, width: 60) == [])
        #expect(lines.joined().contains("Taster: Arrangementer"))
    }
}

@Suite("Counts in Danish")
struct ScreenPluralTests {
    @Test func oneTakesTheSingular() {
        let danish = Strings(.danish)
        #expect(danish.count(1, PlanTabText.nounConflict) == "1 konflikt")
        #expect(danish.count(0, PlanTabText.nounConflict) == "0 konflikter")
        #expect(danish.count(1, EventsText.nounReader) == "1 oplæser")
        #expect(danish.count(16, EventsText.nounReader) == "16 oplæsere")
        #expect(danish.count(1, EventsText.nounOpen) == "1 åben")
        #expect(danish.count(3, EventsText.nounOpen) == "3 åbne")
        #expect(Strings(.english).count(1, EventsText.nounJudge) == "1 judge")
        #expect(Strings(.english).count(2, PlanTabText.nounVisit) == "2 visits")
    }

    @Test func theEventsDetailSaysOneOpenTask() throws {
        var data = ScreenTest.sample
        let owner = try #require(data.staff.first).id
        for index in data.events.indices {
            data.events[index].tasks = [EventTask(title: "Bestil diplomer", ownerID: owner, dueOn: ScreenTest.today)]
        }
        var state = ScreenTest.app(data: data)
        state.press(.character("8"))
        let text = ScreenTest.screen(&state, width: 140, height: 45).joined(separator: "\n")
        #expect(text.contains("Opgaver: 1 åben af 1"))
    }
}
