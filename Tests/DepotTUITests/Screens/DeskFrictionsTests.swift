import Testing

@testable import DepotCore
@testable import DepotTUI

/// The small frictions met at the desk (issue 18, item 9): list filters, the Depots status filter after a change,
/// the season ledger at 80×24 and the partner form's loan terms.
@Suite("Desk frictions")
struct DeskFrictionsTests {
    // MARK: List filters

    @Test("Esc clears a kept filter on every list tab, and a second Esc clears the status line as before")
    func escapeOnEveryListTab() throws {
        for (tab, word) in [("2", "børne"), ("3", "K01"), ("4", "bamse"), ("5", "D2026"), ("8", "2026")] {
            var state = ScreenTest.app()
            state.press(.character(Character(tab)), .character("/"))
            state.type(word)
            state.press(.enter)
            let index = try #require(Int(tab)) - 1
            let filtered = ScreenTest.screen(&state)[2]
            #expect(filtered.contains(" af "), "tab \(tab): \(filtered)")
            state.press(.escape)
            #expect(state.activeTab == index)
            let cleared = ScreenTest.screen(&state)
            #expect(!cleared[2].contains(" af "), "tab \(tab): \(cleared[2])")
            #expect(!cleared.contains { $0.contains("Søg:") }, "tab \(tab)")
        }
        // With no filter kept, Esc is the application's again: it clears the status line.
        var state = ScreenTest.app()
        state.press(.character("2"), .character("/"))
        state.type("børne")
        state.press(.enter, .escape)
        state.report("Gemt")
        state.press(.escape)
        #expect(state.message == "")
    }

    @Test("/ over a kept filter starts a new search instead of adding to the old text")
    func slashStartsANewSearch() throws {
        var state = ScreenTest.app()
        state.press(.character("2"), .character("/"))
        state.type("børnehuset")
        state.press(.enter, .character("/"))
        state.type("violen")
        let lines = ScreenTest.screen(&state)
        #expect(lines.contains { $0.contains("Søg: violen") }, "\(lines.joined(separator: "\n"))")
        #expect(!lines.contains { $0.contains("børnehuset") })
        let selected = try #require(state.partnersScreen?.selectedPartner(state.context))
        #expect(selected.name.localizedCaseInsensitiveContains("violen"))
    }

    // MARK: Depots status filter

    @Test("the Depots status filter stays after a deposit is scanned home")
    func statusFilterStaysAfterAReturn() throws {
        var state = ScreenTest.app()
        state.press(.character("5"), .character("s"), .character("s"), .character("s"))
        #expect(state.depositsScreen?.statusFilter == .overdue)
        let deposit = try #require(state.depositsScreen?.selected(state.context))
        state.press(.down)
        let next = try #require(state.depositsScreen?.selected(state.context))
        state.press(.up, .character("r"))
        for barcode in deposit.itemBarcodes { state.handle(.scanned(barcode.rawValue)) }
        state.press(.function(2))
        #expect(state.overlay == nil)
        #expect(state.context.data.deposits.first { $0.id == deposit.id }?.returnedOn == ScreenTest.today)
        #expect(state.activeTab == 4)
        #expect(state.depositsScreen?.statusFilter == .overdue)
        #expect(ScreenTest.screen(&state)[2].contains("Depoter: over tid"))
        // The list goes on from where the returned deposit was.
        #expect(state.depositsScreen?.selected(state.context)?.id == next.id)
    }

    @Test("the Depots status filter stays after a renewal moves the deposit out of it")
    func statusFilterStaysAfterARenewal() throws {
        var state = ScreenTest.app()
        state.press(.character("5"), .character("s"), .character("s"))
        #expect(state.depositsScreen?.statusFilter == .dueSoon)
        let deposit = try #require(state.depositsScreen?.selected(state.context))
        state.press(.character("f"))
        if state.confirmation != nil { state.press(.character("j")) }
        if state.form != nil { state.press(.control("s")) }
        let renewed = try #require(state.context.data.deposits.first { $0.id == deposit.id })
        #expect(renewed.renewals == deposit.renewals + 1)
        #expect(DepositsScreenTests.status(renewed) == .out)
        #expect(state.depositsScreen?.statusFilter == .dueSoon)
    }

    // MARK: Season ledger

    private static func ledgerRows() -> [LedgerRow] {
        Ledger.build(data: ScreenTest.sample, season: Season(startYear: 2026), today: ScreenTest.today)
    }

    @Test("the ledger's totals row is labelled and stays at the bottom while the partners scroll at 80×24")
    func ledgerScrollsWithTotalsAtTheBottom() throws {
        let rows = Self.ledgerRows()
        let partners = rows.filter { !$0.isTotal }
        #expect(partners.count > 20, "the sample should have more partners than an 80×24 screen shows")
        var state = ScreenTest.app()
        state.press(.character("5"), .character("l"))
        var lines = ScreenTest.screen(&state)
        let total = try #require(rows.last)
        func totalsRow(_ lines: [String]) -> Int? {
            lines.firstIndex { $0.hasPrefix("│I alt ") && $0.contains(String(total.itemsLent)) }
        }
        let first = try #require(totalsRow(lines), "no labelled totals row:\n\(lines.joined(separator: "\n"))")
        #expect(lines.contains { $0.contains(partners[0].partnerName.prefix(14)) })
        #expect(!lines.contains { $0.contains(partners[partners.count - 1].partnerName.prefix(14)) })
        for _ in 0..<(partners.count / 5) { state.press(.pageDown) }
        lines = ScreenTest.screen(&state)
        #expect(lines.contains { $0.contains(partners[partners.count - 1].partnerName.prefix(14)) })
        #expect(!lines.contains { $0.contains(partners[0].partnerName.prefix(14)) })
        #expect(totalsRow(lines) == first)
        for _ in 0..<partners.count { state.press(.up) }
        lines = ScreenTest.screen(&state)
        #expect(lines.contains { $0.contains(partners[0].partnerName.prefix(14)) })
        #expect(ScreenTest.garbage(in: lines, width: 80).isEmpty)
    }

    @Test("the ledger's totals row says Total in English")
    func ledgerTotalsInEnglish() {
        var state = ScreenTest.app(.english)
        state.press(.character("5"), .character("l"))
        #expect(ScreenTest.screen(&state).contains { $0.hasPrefix("│Total ") })
    }

    // MARK: Partner form

    private static func field(_ state: AppState, _ label: String) -> Int? {
        state.form?.fields.firstIndex { $0.label == label }
    }

    /// Moves to the field labelled `label` and replaces its text with `text`.
    private static func fill(_ state: inout AppState, _ label: String, _ text: String) throws {
        let index = try #require(field(state, label), "no field \(label)")
        while state.form?.focus != index { state.press(.tab) }
        state.press(.control("u"))
        state.type(text)
    }

    @Test("a new partner gets its own loan period, deposit kind, closures and fine policy")
    func newPartnerWithLoanTerms() throws {
        let persistence = RecordingPersistence()
        var state = ScreenTest.app(persistence: persistence)
        state.press(.character("2"), .character("n"))
        try Self.fill(&state, "Navn", "Børnehaven Mælkebøtten")
        try Self.fill(&state, "Vej og nr.", "Skovvej 3")
        try Self.fill(&state, "Postnr.", "8500")
        try Self.fill(&state, "By", "Grenaa")
        try Self.fill(&state, "Kontaktperson", "Mette Holm")
        try Self.fill(&state, "Lånetid", "12w")
        let kind = try #require(Self.field(state, "Depottype"))
        while state.form?.focus != kind { state.press(.tab) }
        state.press(.right)
        #expect(state.form?.fields[kind].text == "børnehavebibliotek")
        try Self.fill(&state, "Lukket", "23.12.–1.1. Jul; 13.7.–31.7. Sommer")
        try Self.fill(&state, "Bøder", "opkræves")
        state.press(.control("s"))
        #expect(state.form == nil, "\(state.form?.fields.compactMap(\.error) ?? [])")
        let saved = try #require(persistence.lastSaved?.partners.first { $0.name == "Børnehaven Mælkebøtten" })
        #expect(saved.loanPeriod == .weeks(12))
        #expect(saved.depositKind == .kindergartenLibrary)
        let day = { (year: Int, month: Int, day: Int) in Day(year: year, month: month, day: day)! }
        #expect(
            saved.closures == [
                Partner.Closure(days: DayRange(first: day(2026, 12, 23), last: day(2027, 1, 1)), reason: "Jul"),
                Partner.Closure(days: DayRange(first: day(2027, 7, 13), last: day(2027, 7, 31)), reason: "Sommer"),
            ])
        let usual = ScreenTest.sample.settings.defaultFinePolicy
        #expect(saved.finePolicy?.mode == .charged)
        #expect(saved.finePolicy?.finePerOverdueDay == usual.finePerOverdueDay)
    }

    @Test("the crate mix is set in the partner form, and a bad number names what to type")
    func crateMixInThePartnerForm() throws {
        let persistence = RecordingPersistence()
        var state = ScreenTest.app(persistence: persistence)
        state.press(.character("2"), .character("n"))
        try Self.fill(&state, "Navn", "Børnehaven Kløveren")
        try Self.fill(&state, "Vej og nr.", "Skovvej 5")
        try Self.fill(&state, "Postnr.", "8500")
        try Self.fill(&state, "By", "Grenaa")
        try Self.fill(&state, "Kontaktperson", "Mette Holm")
        try Self.fill(&state, "Aldersgrupper", "0-3 3-6")
        try Self.fill(&state, "Kasser/besøg", "0-3:1 3-6:99")
        state.press(.control("s"))
        let field = try #require(Self.field(state, "Kasser/besøg"))
        #expect(state.form?.fields[field].error?.contains("„3-6:99“") == true)
        #expect(state.form?.fields[field].error?.contains("fra 0 til 20") == true)
        try Self.fill(&state, "Kasser/besøg", "0–3: 1, 3–6: 2")
        try Self.fill(&state, "Børn/alder", "0-3:12 3-6:40")
        state.press(.control("s"))
        #expect(state.form == nil, "\(state.form?.fields.compactMap(\.error) ?? [])")
        let saved = try #require(persistence.lastSaved?.partners.first { $0.name == "Børnehaven Kløveren" })
        #expect(
            saved.crateMix == [
                CrateMix(band: .toddlers, crates: 1, children: 12), CrateMix(band: .preschool, crates: 2, children: 40),
            ])
    }

    @Test("empty loan period and fine policy mean the usual for the kind")
    func emptyMeansTheUsual() throws {
        let persistence = RecordingPersistence()
        var state = ScreenTest.app(persistence: persistence)
        state.press(.character("2"), .character("n"))
        try Self.fill(&state, "Navn", "Dagplejen Nord")
        try Self.fill(&state, "Vej og nr.", "Nordvej 1")
        try Self.fill(&state, "Postnr.", "8500")
        try Self.fill(&state, "By", "Grenaa")
        try Self.fill(&state, "Kontaktperson", "Ole")
        state.press(.control("s"))
        let saved = try #require(persistence.lastSaved?.partners.first { $0.name == "Dagplejen Nord" })
        #expect(saved.loanPeriod == nil)
        #expect(saved.finePolicy == nil)
        #expect(saved.closures.isEmpty)
    }

    @Test(
        "a bad loan period, closure or fine policy is refused beside its field, naming what is wrong",
        arguments: [
            ("Lånetid", "3 måneder", "3m, 12w eller 90d"),
            ("Lånetid", "6y", "fra 1 dag til 5 år"),
            ("Lukket", "32.12.–1.1. Jul", "32.12."),
            ("Lukket", "23.12.–1.1. Jul; 31.7.–13.7.", "31.7.–13.7."),
            ("Lukket", "Jul", "Jul"),
            ("Bøder", "gratis", "fritaget eller opkræves"),
        ])
    func badLoanTermsAreRefused(label: String, text: String, expected: String) throws {
        let persistence = RecordingPersistence()
        var state = ScreenTest.app(persistence: persistence)
        state.press(.character("2"), .character("e"))
        try Self.fill(&state, label, text)
        state.press(.control("s"))
        let index = try #require(Self.field(state, label))
        let error = try #require(state.form?.fields[index].error)
        #expect(error.contains(expected), "\(error)")
        #expect(persistence.savedFiles.isEmpty)
        let lines = ScreenTest.screen(&state)
        #expect(lines.contains { $0.contains("! ") })
    }

    @Test("editing a partner shows its loan terms and saves them back unchanged when untouched")
    func editShowsAndKeepsLoanTerms() throws {
        let partner = try #require(
            ScreenTest.sample.partners.first { $0.loanPeriod != nil && $0.closures.count >= 2 })
        let persistence = RecordingPersistence()
        var state = ScreenTest.app(persistence: persistence)
        state.press(.character("2"))
        state.show(.partner(partner.id))
        state.press(.character("e"))
        let loan = try #require(Self.field(state, "Lånetid"))
        #expect(state.form?.fields[loan].text == partner.loanPeriod?.description)
        let closures = try #require(Self.field(state, "Lukket"))
        let shown = try #require(state.form?.fields[closures].text)
        for closure in partner.closures {
            #expect(shown.contains(closure.reason ?? "?"), "\(shown)")
        }
        state.press(.control("s"))
        #expect(state.form == nil)
        let saved = try #require(persistence.lastSaved?.partners.first { $0.id == partner.id })
        #expect(saved == partner)
    }

    @Test("every partner of the sample saves back unchanged through an untouched form")
    func everyPartnerRoundTrips() throws {
        for partner in ScreenTest.sample.partners {
            let persistence = RecordingPersistence()
            var state = ScreenTest.app(persistence: persistence)
            state.press(.character("2"))
            state.show(.partner(partner.id))
            state.press(.character("e"))
            state.press(.control("s"))
            #expect(state.form == nil, "\(partner.id): \(state.form?.fields.compactMap(\.error) ?? [])")
            #expect(persistence.lastSaved?.partners.first { $0.id == partner.id } == partner, "\(partner.id)")
        }
    }
}
