import DepotCore
import Testing

@testable import DepotTUI

/// Packing for a van visit from the Week tab, the Overview, a partner and a crate; the van leaving; the send and
/// exchange forms proposing the right crates and asking before a delivery off the route. The sample library on
/// Tuesday 1 December 2026 unless said otherwise: Børnehaven Bikuben (P003) is on the Vest route (Thursdays).
@Suite("Pack for a visit")
struct PackForVisitScreenTests {
    static let tuesday = Day(year: 2026, month: 12, day: 1)!
    static let thursday = Day(year: 2026, month: 12, day: 3)!
    static let bikuben = Partner.ID("P003")
    static let solsikken = Partner.ID("P016")

    private static func app(
        on today: Day = tuesday, data: LibraryData = ScreenTest.sample,
        persistence: RecordingPersistence = RecordingPersistence()
    ) -> AppState {
        AppState(
            context: AppContext(data: data, today: today, strings: Strings(.danish)), persistence: persistence)
    }

    private static func week(_ state: AppState) -> WeekScreen? { state.tabs[5] as? WeekScreen }

    /// Opens the Week tab and selects `partner`'s stop on `day`.
    private static func selectStop(_ state: inout AppState, partner: Partner.ID, day: Day) throws {
        state.press(.character("6"))
        _ = ScreenTest.screen(&state)
        for _ in 0..<200 {
            if let visit = week(state)?.selectedVisit, visit.partnerID == partner, visit.day == day { return }
            state.press(.down)
        }
        Issue.record("no stop of \(partner) on \(day)")
        throw CancellationError()
    }

    /// Replaces the focused field's text.
    private static func retype(_ state: inout AppState, _ text: String) {
        state.press(.control("u"))
        state.type(text)
    }

    private static func screen(_ state: inout AppState) -> String {
        ScreenTest.screen(&state, width: 120, height: 40).joined(separator: "\n")
    }

    // MARK: From the Week tab

    @Test func packingK010ForBikubensThursdayFromTheWeekTabPutsItOnThatVisit() throws {
        let persistence = RecordingPersistence()
        var state = Self.app(persistence: persistence)
        try Self.selectStop(&state, partner: Self.bikuben, day: Self.thursday)
        #expect(Self.week(state)?.selectedVisit?.leave == nil, "Thursday's visit starts as not packed")
        state.press(.character("v"))
        let form = try #require(state.form)
        #expect(form.title == "Pak til besøg hos Børnehaven Bikuben")
        #expect(form.fields[1].text == "2026-12-03")
        #expect(!form.fields[0].text.isEmpty, "crates are proposed")
        Self.retype(&state, "K010")
        state.press(.control("s"))
        #expect(state.form == nil, "\(state.form?.fields.compactMap(\.error) ?? [])")
        #expect(state.message == "Pakket K010 til Børnehaven Bikuben til besøget torsdag 3. december 2026")
        let saved = try #require(persistence.lastSaved)
        let deposit = try #require(saved.deposits.last { $0.crateIDs == ["K010"] })
        #expect(deposit.partnerID == Self.bikuben && deposit.visitOn == Self.thursday && deposit.dispatchedOn == nil)
        #expect(saved.crates.first { $0.id == "K010" }?.state == .packed)
        // The stop now leaves K010; the route sheet agrees.
        #expect(Self.week(state)?.selectedVisit?.leave == ["K010"])
        let text = Self.screen(&state)
        #expect(text.contains("Børnehaven Bikuben") && text.contains("ud K010"))
        let sheet = try #require(Self.week(state)?.printJob(state.context).text)
        #expect(sheet.contains("K010"))
        // The packing list says which visit.
        state.show(.crate("K010"))
        state.press(.character("P"))
        let list = try #require(state.takePrintJobs().last?.text)
        #expect(list.contains("Til:       Børnehaven Bikuben · Vest · Torsdag 3. december 2026"))
    }

    @Test func theVanLeavingOnThursdaySendsWhatWasPackedForTheStop() throws {
        var data = ScreenTest.sample
        try Desk.packForPartner(
            crates: ["K010"], partner: Self.bikuben, on: Self.tuesday, visit: Self.thursday, in: &data)
        // On Tuesday the van has not left yet.
        var early = Self.app(data: data)
        try Self.selectStop(&early, partner: Self.bikuben, day: Self.thursday)
        early.press(.character("b"))
        #expect(early.confirmation == nil)
        #expect(early.message == "Bilen kører torsdag 3. december 2026; markér den kørt den dag.")

        let persistence = RecordingPersistence()
        var state = Self.app(on: Self.thursday, data: data, persistence: persistence)
        try Self.selectStop(&state, partner: Self.bikuben, day: Self.thursday)
        state.press(.character("b"))
        let question = try #require(state.confirmation?.question)
        #expect(question == "Bilen er kørt torsdag 3. december 2026: send K010 til Børnehaven Bikuben?")
        state.press(.character("j"))
        let saved = try #require(persistence.lastSaved)
        let deposit = try #require(saved.deposits.last { $0.crateIDs == ["K010"] })
        #expect(deposit.dispatchedOn == Self.thursday)
        #expect(deposit.dueOn == DueDates.propose(for: saved.partners[2], dispatchedOn: Self.thursday, data: saved))
        #expect(saved.crates.first { $0.id == "K010" }?.state == .out)
        #expect(state.message.hasPrefix("Sendt med bilen Vest: K010"))
    }

    @Test func theWholeRouteDayLeavesWithOneKey() throws {
        var data = ScreenTest.sample
        try Desk.packForPartner(
            crates: ["K010"], partner: Self.bikuben, on: Self.tuesday, visit: Self.thursday, in: &data)
        let other = try #require(
            data.partners.first { $0.routeID == "vest" && $0.id != Self.bikuben && $0.endedOn == nil })
        try Desk.packForPartner(crates: ["K012"], partner: other.id, on: Self.tuesday, visit: Self.thursday, in: &data)
        let persistence = RecordingPersistence()
        var state = Self.app(on: Self.thursday, data: data, persistence: persistence)
        try Self.selectStop(&state, partner: Self.bikuben, day: Self.thursday)
        state.press(.character("B"))
        #expect(
            state.confirmation?.question
                == "Bilen Vest er kørt torsdag 3. december 2026: send 2 kasser til 2 partnere?")
        #expect(
            MessagesFitTests.missingWords(state.confirmation?.question ?? "", on: ScreenTest.screen(&state)) == [],
            "shown whole at 80×24")
        state.press(.character("j"))
        let saved = try #require(persistence.lastSaved)
        #expect(saved.crates.filter { ["K010", "K012"].contains($0.id) }.allSatisfy { $0.state == .out })
    }

    @Test func aDayOffTheRouteIsRefusedWithTheNextVanDayUnlessASpecialDeliveryIsChosen() throws {
        let persistence = RecordingPersistence()
        var state = Self.app(persistence: persistence)
        try Self.selectStop(&state, partner: Self.bikuben, day: Self.thursday)
        state.press(.character("v"))
        Self.retype(&state, "K010")
        state.press(.tab)
        Self.retype(&state, "2026-12-02")
        state.press(.control("s"))
        let error = try #require(state.form?.fields[1].error)
        #expect(
            error.hasPrefix("Bilen kommer ikke til Børnehaven Bikuben onsdag 2. december 2026; næste bildag er torsdag")
        )
        #expect(error.hasSuffix("Vælg særlig levering = ja for at køre alligevel."))
        #expect(persistence.lastSaved == nil)
        state.press(.tab, .character(" "), .control("s"))
        #expect(state.form == nil)
        let deposit = try #require(persistence.lastSaved?.deposits.last { $0.crateIDs == ["K010"] })
        #expect(deposit.visitOn == Day(year: 2026, month: 12, day: 2))
        // Shown as such on the Week tab.
        #expect(Self.screen(&state).contains("særlig levering (ruten kører ikke den dag)"))
    }

    @Test func aCratePackedForSomeoneElseIsRefusedWithWhereItIs() throws {
        var state = Self.app()
        try Self.selectStop(&state, partner: Self.bikuben, day: Self.thursday)
        state.press(.character("v"))
        Self.retype(&state, "K001")
        state.press(.control("s"))
        #expect(
            state.form?.fields[0].error == "Kasse K001 er allerede pakket til Børnegården Solsikken (depot D2026-0057)."
        )
    }

    // MARK: From the Overview, a partner, a crate

    @Test func theOverviewsToPackRowOpensThePackFormForThatVisit() throws {
        var state = Self.app()
        _ = ScreenTest.screen(&state)
        for _ in 0..<40 where state.form == nil {
            state.press(.down, .character("v"))
        }
        let form = try #require(state.form)
        #expect(form.title.hasPrefix("Pak til besøg hos "))
        #expect(DayInput.parse(form.fields[1].text, today: Self.tuesday).isSuccess)
    }

    @Test func aPartnerIsPackedForAtItsNextVisit() throws {
        var state = Self.app()
        state.press(.character("2"))
        state.show(.partner(Self.bikuben))
        state.press(.character("v"))
        let form = try #require(state.form)
        #expect(form.title == "Pak til besøg hos Børnehaven Bikuben")
        let next = DepositVisits.nextVisit(
            of: ScreenTest.sample.partners[2], from: Self.tuesday, data: ScreenTest.sample)
        #expect(form.fields[1].text == next.description)
    }

    @Test func aCrateIsPackedForAPartnerNamedInTheForm() throws {
        let persistence = RecordingPersistence()
        var state = Self.app(persistence: persistence)
        state.press(.character("3"))
        state.show(.crate("K010"))
        state.press(.character("v"))
        #expect(state.form?.fields[1].text == "K010")
        state.type("Børnehaven Bikuben")
        state.press(.tab, .tab)
        Self.retype(&state, "2026-12-03")
        state.press(.control("s"))
        #expect(state.form == nil, "\(state.form?.fields.compactMap(\.error) ?? [])")
        #expect(persistence.lastSaved?.deposits.last?.visitOn == Self.thursday)
    }

    // MARK: The send and exchange forms

    @Test func sendingOnADayTheRouteDoesNotRunAsksFirst() throws {
        var state = Self.app()
        state.press(.character("2"))
        state.show(.partner(Self.bikuben))
        state.press(.character("u"))
        #expect(state.form == nil)
        let question = try #require(state.confirmation?.question)
        #expect(
            question
                == "Vest kører om torsdagen; send som særlig levering i dag? (næste bildag er torsdag 3. december 2026)"
        )
        state.press(.character("n"))
        #expect(state.form == nil && state.confirmation == nil)
        state.press(.character("u"), .character("j"))
        #expect(state.form?.title == "Send kasser til Børnehaven Bikuben · særlig levering i dag")
    }

    @Test func theExchangeProposesTheCratePackedForThePartnerAndScansTheOldOneHome() throws {
        let wednesday = Day(year: 2026, month: 11, day: 25)!
        let persistence = RecordingPersistence()
        var state = Self.app(on: wednesday, persistence: persistence)
        let before = ScreenTest.sample.deposits.filter { $0.partnerID == Self.solsikken && $0.isOut }
        try #require(!before.isEmpty)
        state.press(.character("2"))
        state.show(.partner(Self.solsikken))
        state.press(.character("x"))
        let form = try #require(state.form)
        #expect(form.fields[1].text == "scan ind nu")
        #expect(form.fields[2].text == "K001")
        state.press(.control("s"))
        // K001 left on its packed deposit; the scan-in of the deposit out is open.
        let saved = try #require(persistence.lastSaved)
        #expect(saved.deposits.first { $0.id == "D2026-0057" }?.dispatchedOn == wednesday)
        #expect(saved.deposits.first { $0.id == before[0].id }?.returnedOn == nil)
        #expect(state.overlay is ScanInOverlay)
        #expect(Self.screen(&state).contains("Modtag \(before[0].id)"))
    }

    @Test func anExchangeCountsTheOldCrateHomeUnscannedOnlyWhenAsked() throws {
        let wednesday = Day(year: 2026, month: 11, day: 25)!
        let persistence = RecordingPersistence()
        var state = Self.app(on: wednesday, persistence: persistence)
        let before = ScreenTest.sample.deposits.filter { $0.partnerID == Self.solsikken && $0.isOut }
        state.press(.character("2"))
        state.show(.partner(Self.solsikken))
        state.press(.character("x"), .tab, .character(" "))
        #expect(state.form?.fields[1].text == "tæl hjem uden scanning")
        state.press(.control("s"))
        #expect(state.overlay == nil)
        let saved = try #require(persistence.lastSaved)
        #expect(before.allSatisfy { old in saved.deposits.first { $0.id == old.id }?.returnedOn == wednesday })
        #expect(saved.deposits.first { $0.id == "D2026-0057" }?.dispatchedOn == wednesday)
    }

    @Test func badInputIsOneSentenceAndNothingIsSaved() throws {
        let wednesday = Day(year: 2026, month: 11, day: 25)!
        var data = ScreenTest.sample
        let ended = try #require(data.partners.firstIndex { $0.id == Self.solsikken })
        let persistence = RecordingPersistence()
        // A crate in repair.
        var state = Self.app(on: wednesday, data: data, persistence: persistence)
        state.press(.character("2"))
        state.show(.partner(Self.solsikken))
        state.press(.character("u"))
        Self.retype(&state, "K018")
        state.press(.control("s"))
        #expect(state.form?.fields[0].error == "Kasse K018 er til reparation; markér den hjemme, før den sendes.")
        // A due date before today.
        Self.retype(&state, "K001")
        state.press(.tab)
        Self.retype(&state, "2026-11-24")
        state.press(.control("s"))
        #expect(state.form?.fields[1].error?.hasPrefix("Afleveringsdatoen 24. november 2026 ligger før") == true)
        #expect(persistence.lastSaved == nil)
        // An ended partnership.
        data.partners[ended].endedOn = Day(year: 2026, month: 11, day: 24)
        state = Self.app(on: wednesday, data: data, persistence: persistence)
        state.press(.character("2"))
        state.show(.partner(Self.solsikken))
        state.press(.character("u"), .control("s"))
        #expect(state.form?.fields[0].error?.hasPrefix("Samarbejdet med Børnegården Solsikken ophørte") == true)
        #expect(persistence.lastSaved == nil)
    }
}
