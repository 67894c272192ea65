import DepotCore
import Testing

@testable import DepotTUI

/// Returns that never lose a scan: each scan is saved, a restart resumes, a scan during a question or on the list of
/// what is missing counts, nothing missing is decided unasked, and a scan on any tab starts the return.
@Suite("Return in progress")
struct ReturnInProgressTests {
    /// The first overdue deposit of the sample (30 books), found as the librarian would, on a fresh screen.
    private static func overdueDeposit() -> Deposit {
        var state = ScreenTest.app()
        state.press(.character("5"), .character("s"), .character("s"), .character("s"))
        return state.depositsScreen!.selected(state.context)!
    }

    private let deposit = ReturnInProgressTests.overdueDeposit()
    private var lent: [Item.ID] { deposit.itemBarcodes }

    private func saved(_ persistence: RecordingPersistence) -> Deposit? {
        persistence.lastSaved?.deposits.first { $0.id == deposit.id }
    }

    /// The Depots tab on the overdue deposit, and `r`.
    private func openReturn(_ state: inout AppState) {
        state.press(.character("5"), .character("s"), .character("s"), .character("s"), .character("r"))
    }

    private func screen(_ state: inout AppState, width: Int = 80) -> String {
        ScreenTest.screen(&state, width: width, height: 24).joined(separator: "\n")
    }

    @Test func eachScanIsSavedAndARestartGoesOnWhereItStopped() throws {
        let persistence = RecordingPersistence()
        var state = ScreenTest.app(persistence: persistence)
        openReturn(&state)
        for barcode in lent.prefix(5) { state.handle(.scanned(barcode.rawValue)) }
        #expect(persistence.savedFiles.count == 5)
        #expect(persistence.savedFiles.allSatisfy { $0 == [.deposits(Season(startYear: 2026))] }, "one file a scan")
        #expect(saved(persistence)?.returnInProgress?.scanned == Array(lent.prefix(5)))

        // The screen is killed: a new one opens over what was saved.
        let afterRestart = RecordingPersistence()
        var restarted = ScreenTest.app(data: try #require(persistence.lastSaved), persistence: afterRestart)
        openReturn(&restarted)
        let text = screen(&restarted)
        #expect(text.contains("5 af 30 tilbage"))
        #expect(text.contains("Fortsætter hjemscanningen fra 23. november 2026: 5 af 30 var skannet"))
        #expect(text.contains(lent[4].rawValue), "the last scans are listed again")
        for barcode in lent.dropFirst(5) { restarted.handle(.scanned(barcode.rawValue)) }
        restarted.press(.enter)
        #expect(restarted.overlay == nil)
        let returned = try #require(saved(afterRestart))
        #expect(returned.returnedOn == ScreenTest.today)
        #expect(returned.exceptions.isEmpty && returned.returnInProgress == nil)
    }

    @Test func aReturnInProgressShowsOnTheOverviewAndTheDepotsTab() throws {
        let persistence = RecordingPersistence()
        var state = ScreenTest.app(persistence: persistence)
        openReturn(&state)
        for barcode in lent.prefix(5) { state.handle(.scanned(barcode.rawValue)) }
        state.press(.escape)
        #expect(state.message.contains("Hjemscanningen af \(deposit.id) er gemt (5 af 30)"))
        #expect(screen(&state).contains("Hjemscanning i gang: 5 af 30 skannet (siden 23. november 2026)"))
        state.press(.character("1"))
        #expect(screen(&state, width: 160).contains("hjemscanning i gang: 5 af 30"))
    }

    @Test func aScanOnAnyTabOffersTheReturnAndEnterStartsItWithThatScanCounted() throws {
        let persistence = RecordingPersistence()
        var state = ScreenTest.app(persistence: persistence)
        state.press(.character("3"))
        state.handle(.scanned(lent[0].rawValue))
        let partner = try #require(ScreenTest.sample.partners.first { $0.id == deposit.partnerID })
        let crates = deposit.crateIDs.map(\.rawValue).joined(separator: " ")
        #expect(screen(&state).contains("Start hjemscanning af \(deposit.id) (\(crates), \(partner.name))?"))
        #expect(persistence.savedFiles.isEmpty, "nothing is saved before the answer")
        state.press(.enter)
        #expect(screen(&state).contains("1 af 30 tilbage"))
        #expect(saved(persistence)?.returnInProgress?.scanned == [lent[0]])
    }

    @Test func theThirtyBookCrateTakesThirtyScansAndOneKey() throws {
        let persistence = RecordingPersistence()
        var state = ScreenTest.app(persistence: persistence)
        // From the Overview: the first scan asks, the second answers, the rest count; one key finishes.
        for barcode in lent { state.handle(.scanned(barcode.rawValue)) }
        #expect(screen(&state).contains("30 af 30 tilbage"))
        state.press(.enter)
        #expect(state.overlay == nil)
        let returned = try #require(saved(persistence))
        #expect(returned.returnedOn == ScreenTest.today && returned.exceptions.isEmpty)
        #expect(returned.returnInProgress == nil)
    }

    @Test func aScanDuringTheQuestionIsCountedOrRefusedWithABeep() throws {
        let persistence = RecordingPersistence()
        var state = ScreenTest.app(persistence: persistence)
        state.handle(.scanned(lent[0].rawValue))
        #expect(state.overlay is ScanInOverlay)
        let foreign = try #require(
            ScreenTest.sample.crates.first { !deposit.crateIDs.contains($0.id) && !$0.itemBarcodes.isEmpty }?
                .itemBarcodes.first)
        state.handle(.scanned(foreign.rawValue))
        #expect(state.wantsBeep)
        #expect(state.message.contains("svar først"))
        #expect(persistence.savedFiles.isEmpty)
        state.handle(.scanned(lent[1].rawValue))
        #expect(screen(&state).contains("2 af 30 tilbage"), "both the first scan and this one count")
        #expect(saved(persistence)?.returnInProgress?.scanned == [lent[0], lent[1]])
    }

    @Test func escOnTheQuestionStartsNothing() {
        let persistence = RecordingPersistence()
        var state = ScreenTest.app(persistence: persistence)
        state.handle(.scanned(lent[0].rawValue))
        state.press(.escape)
        #expect(state.overlay == nil)
        #expect(persistence.savedFiles.isEmpty)
    }

    @Test func aScanOfAReturnBegunEarlierOffersToGoOn() throws {
        let persistence = RecordingPersistence()
        var state = ScreenTest.app(persistence: persistence)
        openReturn(&state)
        for barcode in lent.prefix(3) { state.handle(.scanned(barcode.rawValue)) }
        state.press(.escape, .character("1"))
        state.handle(.scanned(lent[3].rawValue))
        let question = screen(&state).split(separator: "\n").filter { $0.contains("│") }.joined(separator: " ")
        #expect(question.contains("Fortsæt hjemscanningen af \(deposit.id)"))
        #expect(question.contains("3 af 30"))
        #expect(question.contains("Enter = fortsæt · Esc = nej"))
        state.press(.enter)
        #expect(screen(&state).contains("4 af 30 tilbage"))
    }

    @Test func aScanOnTheMissingListCountsTheBookBack() throws {
        let persistence = RecordingPersistence()
        var state = ScreenTest.app(persistence: persistence)
        openReturn(&state)
        for barcode in lent.dropLast(2) { state.handle(.scanned(barcode.rawValue)) }
        state.press(.function(2))
        #expect(screen(&state).contains("Hvad er der sket med det, der mangler?"))
        state.handle(.scanned(lent[28].rawValue))
        #expect(!state.wantsBeep)
        #expect(state.message.contains("kom alligevel"))
        #expect(screen(&state).contains("29 af 30 tilbage"))
        #expect(saved(persistence)?.returnInProgress?.scanned.last == lent[28])
        state.press(.character("b"), .enter)
        let returned = try #require(saved(persistence))
        #expect(returned.exceptions.map(\.barcode) == [lent[29]])
        #expect(returned.exceptions.map(\.kind) == [.stillAtPartner])
    }

    @Test func enterIsRefusedUntilEveryMissingBookIsDecided() throws {
        let persistence = RecordingPersistence()
        var state = ScreenTest.app(persistence: persistence)
        openReturn(&state)
        for barcode in lent.dropLast(3) { state.handle(.scanned(barcode.rawValue)) }
        state.press(.function(2))
        let text = screen(&state)
        #expect(text.contains("ikke afgjort"))
        #expect(!text.contains("tabt  "), "no row starts as lost")
        #expect(text.contains("Enter gemmer") && text.contains("Esc tilbage"))
        let saves = persistence.savedFiles.count
        state.press(.enter)
        #expect(state.overlay != nil && state.wantsBeep)
        #expect(state.message.hasPrefix("! 3 ikke afgjort"))
        state.press(.character("t"), .enter)
        #expect(state.message.hasPrefix("! 2 ikke afgjort"))
        #expect(persistence.savedFiles.count == saves, "nothing is written off before every book is decided")
        state.press(.character("B"), .enter)
        #expect(state.overlay == nil)
        let returned = try #require(saved(persistence))
        #expect(returned.exceptions.map(\.kind) == [.lost, .stillAtPartner, .stillAtPartner])
        #expect(returned.exceptions.map(\.barcode) == Array(lent.suffix(3)))
    }

    @Test func capitalTDecidesEveryMissingBookLost() throws {
        let persistence = RecordingPersistence()
        var state = ScreenTest.app(persistence: persistence)
        openReturn(&state)
        for barcode in lent.dropLast(2) { state.handle(.scanned(barcode.rawValue)) }
        state.press(.function(2), .character("T"), .enter)
        #expect(try #require(saved(persistence)).exceptions.map(\.kind) == [.lost, .lost])
    }

    @Test func theDecisionScreenAt80x24() {
        var state = ScreenTest.app()
        openReturn(&state)
        for barcode in lent.dropLast(3) { state.handle(.scanned(barcode.rawValue)) }
        state.press(.function(2), .character("t"))
        var grid = CellGrid(width: 80, height: 24)
        AppView.render(&state, into: &grid)
        expectSnapshot(grid, named: "return-deciding-80x24")
        #expect(ScreenTest.garbage(in: grid.lines(), width: 80).isEmpty)
    }
}
