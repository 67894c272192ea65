import Testing

@testable import DepotCore
@testable import DepotTUI

/// The outreach forms of the Partners tab, driven key by key as a person would, read back as text.
@Suite("Outreach on the Partners tab")
struct PartnershipFormsTests {
    /// The Partners tab of the sample, with a persistence that records what would be saved.
    private func partnersTab(
        data: LibraryData = ScreenTest.sample, _ persistence: RecordingPersistence = RecordingPersistence()
    ) -> AppState {
        var state = ScreenTest.app(data: data, persistence: persistence)
        state.press(.character("2"))
        return state
    }

    /// Every row of the screen at 80x24 and 120x40, checked for rows too wide and untranslated keys.
    private func fits(_ state: inout AppState) -> Bool {
        ScreenTest.garbage(in: ScreenTest.screen(&state), width: 80) == []
            && ScreenTest.garbage(in: ScreenTest.screen(&state, width: 120, height: 40), width: 120) == []
    }

    /// The sample with one prospect added, and the app with it selected.
    private func withProspect(_ persistence: RecordingPersistence) throws -> (AppState, Partner.ID) {
        var data = ScreenTest.sample
        let prospect = try Outreach.addProspect(
            Outreach.NewProspect(
                name: "Børnehuset Regnbuen", kind: .kindergarten, street: "Lyngvej 3", postcode: "8410", town: "Rønde",
                children: 42),
            today: ScreenTest.today, in: &data)
        var state = partnersTab(data: data, persistence)
        state.show(.partner(prospect.id))
        return (state, prospect.id)
    }

    @Test("p registers a prospect; a postcode that is not four digits is refused at the field and nothing is saved")
    func registerProspect() throws {
        let persistence = RecordingPersistence()
        var state = partnersTab(persistence)
        state.press(.character("p"))
        var lines = ScreenTest.screen(&state)
        #expect(lines.contains { $0.contains("Ny mulig partner") })
        #expect(fits(&state))
        state.type("Børnehaven Mælkebøtten")
        state.press(.tab, .right, .tab)  // the kind: from børnehave to dagpleje
        state.type("Skolegade 4")
        state.press(.tab)
        state.type("841")
        state.press(.tab)
        lines = ScreenTest.screen(&state)
        #expect(lines.contains { $0.contains("Postnr.") && $0.contains("! postnummeret skal være fire cifre") })
        state.type("Rønde")
        state.press(.tab)
        state.type("36")
        state.press(.control("s"))
        lines = ScreenTest.screen(&state)
        #expect(state.form != nil)
        #expect(persistence.savedFiles.isEmpty)
        #expect(lines.contains { $0.contains("postnummeret skal være fire cifre, ikke \"841\"") })
        #expect(fits(&state))
        // The cursor is on the postcode: one more digit, and it saves.
        state.press(.end)
        state.type("0")
        state.press(.control("s"))
        #expect(state.form == nil)
        #expect(persistence.savedFiles == [[.partners]])
        let saved = try #require(state.context.data.partners.first { $0.name == "Børnehaven Mælkebøtten" })
        #expect(saved.partnershipState == .prospect && saved.kind == .childminderGroup)
        #expect(saved.address.postalCode == "8410" && saved.childCount == 36 && saved.routeID == nil)
        #expect(state.partnersScreen?.selectedPartner(state.context)?.id == saved.id)
        lines = ScreenTest.screen(&state)
        #expect(lines.contains { $0.contains("er registreret som mulig partner (\(saved.id))") })
    }

    @Test("a prospect without a name is refused at the name, with the command line's sentence")
    func prospectWithoutName() {
        let persistence = RecordingPersistence()
        var state = partnersTab(persistence)
        state.press(.character("p"), .control("s"))
        let lines = ScreenTest.screen(&state)
        #expect(state.form?.focus == 0)
        #expect(lines.contains { $0.contains("en mulig partner skal have et navn") })
        #expect(persistence.savedFiles.isEmpty)
    }

    @Test("c logs a contact; a day after today is refused at the day, and the prospect becomes contacted")
    func logContact() throws {
        let persistence = RecordingPersistence()
        var (state, id) = try withProspect(persistence)
        state.press(.character("c"))
        var lines = ScreenTest.screen(&state)
        #expect(lines.contains { $0.contains("Kontakt med Børnehuset Regnbuen") })
        #expect(fits(&state))
        state.press(.control("u"))
        state.type("2026-12-01")
        state.press(.tab, .tab)
        state.type("Lone, leder")
        state.press(.tab)
        state.type("Vil gerne have et depot fra januar")
        state.press(.control("s"))
        lines = ScreenTest.screen(&state)
        #expect(state.form?.focus == 0)
        #expect(persistence.savedFiles.isEmpty)
        #expect(lines.contains { $0.contains("er efter i dag") })
        // A day without its year is one that has happened: 20/11 is this year's, three days ago.
        state.press(.control("u"))
        state.type("20/11")
        state.press(.control("s"))
        #expect(state.form == nil)
        #expect(persistence.savedFiles == [[.partners]])
        let partner = try #require(state.context.data.partners.first { $0.id == id })
        #expect(partner.partnershipState == .contacted)
        let entry = try #require(partner.partnership?.contactLog.last)
        #expect(entry.day == Day("2026-11-20") && entry.person == "Lone, leder")
        #expect(state.context.data.staff.contains { $0.id == entry.staffID })
        lines = ScreenTest.screen(&state, width: 120, height: 40)
        #expect(lines.contains { $0.contains("– Lone, leder:") })
    }

    @Test("m makes a prospect active in one step with a route; it then takes deposits; the same state is refused")
    func makeActive() throws {
        let persistence = RecordingPersistence()
        var (state, id) = try withProspect(persistence)
        state.press(.character("m"))
        var lines = ScreenTest.screen(&state)
        #expect(lines.contains { $0.contains("Tilstand for Børnehuset Regnbuen") })
        #expect(lines.contains { $0.contains("◂ kontaktet ▸") })
        #expect(fits(&state))
        // Back to the state it is in: refused at the state, nothing saved.
        state.press(.left, .control("s"))
        lines = ScreenTest.screen(&state)
        #expect(lines.contains { $0.contains("tilstanden er allerede „mulig partner“") })
        #expect(persistence.savedFiles.isEmpty && state.form?.focus == 0)
        // prospect → contacted → offered → declined → active.
        state.press(.right, .right, .right, .right)
        lines = ScreenTest.screen(&state)
        #expect(lines.contains { $0.contains("◂ aktiv ▸") })
        state.press(.tab, .tab, .tab, .right, .control("s"))
        #expect(state.form == nil)
        let partner = try #require(state.context.data.partners.first { $0.id == id })
        #expect(partner.partnershipState == .active && partner.takesDeposits)
        #expect(partner.routeID == state.context.data.settings.routes.first?.id)
        #expect(persistence.savedFiles == [[.partners]])
        lines = ScreenTest.screen(&state)
        #expect(lines.contains { $0.contains("Børnehuset Regnbuen: aktiv fra") })
    }

    @Test("an offer goes with the state offered: chosen with another state it is refused at the offer")
    func offerWithoutOffered() throws {
        let persistence = RecordingPersistence()
        var (state, _) = try withProspect(persistence)
        state.press(.character("m"), .tab, .tab, .right, .control("s"))
        let lines = ScreenTest.screen(&state)
        #expect(state.form?.focus == 2)
        #expect(lines.contains { $0.contains("et tilbud hører til tilstanden tilbudt") })
        #expect(persistence.savedFiles.isEmpty)
    }

    @Test("a agrees the partnership; w logs a review, refused without a day, then ended with the decision end")
    func agreeAndReview() throws {
        let persistence = RecordingPersistence()
        var state = partnersTab(persistence)
        let partner = try #require(state.partnersScreen?.selectedPartner(state.context))
        state.press(.character("w"))
        #expect(state.form == nil)
        #expect(ScreenTest.screen(&state).contains { $0.contains("har ingen aftale endnu") })
        state.press(.character("a"))
        var lines = ScreenTest.screen(&state)
        #expect(lines.contains { $0.contains("Aftale med \(partner.name)") })
        #expect(fits(&state))
        state.press(.control("u"))
        state.type("2025-08-01")
        state.press(.tab)
        state.type("2026-11-01")
        state.press(.tab, .tab)
        state.type("dyr, kroppen")
        state.press(.control("s"))
        #expect(state.form == nil)
        var record = try #require(state.context.data.partners.first { $0.id == partner.id })
        #expect(record.partnership?.agreement?.reviewOn == Day("2026-11-01"))
        #expect(record.partnership?.agreement?.themes == ["dyr", "kroppen"])
        #expect(record.nextReview == Day("2026-11-01"))

        state.press(.character("w"))
        lines = ScreenTest.screen(&state)
        #expect(lines.contains { $0.contains("Evaluering af \(partner.name)") })
        #expect(fits(&state))
        // The decision without a day: refused at the day, nothing saved.
        state.press(.tab, .right, .right, .tab)  // continue → change → end
        state.type("Børnene er glade, men vi låner nu selv")
        state.press(.control("s"))
        lines = ScreenTest.screen(&state)
        #expect(state.form?.focus == 0)
        #expect(lines.contains { $0.contains("skriv datoen") })
        #expect(persistence.savedFiles.count == 1)
        state.type("i dag")
        state.press(.control("s"))
        #expect(state.form == nil)
        #expect(persistence.savedFiles.count == 2)
        record = try #require(state.context.data.partners.first { $0.id == partner.id })
        let review = try #require(record.partnership?.reviews.last)
        #expect(review.decision == .end && review.day == ScreenTest.today)
        #expect(
            review.figures.deposits
                == PartnerFigures.of(
                    partner.id, from: Day("2025-08-01")!, to: ScreenTest.today, in: ScreenTest.sample,
                    today: ScreenTest.today
                ).deposits)
        #expect(record.partnershipState == .ended && record.endedOn == ScreenTest.today)
    }

    @Test("the help lists the outreach keys, and the key hints name the prospect, contact and state keys")
    func keysShown() {
        var state = partnersTab()
        var lines = ScreenTest.screen(&state, width: 120, height: 40)
        #expect(lines.last?.contains("p mulig partner  c kontakt  m tilstand") == true)
        state.press(.character("?"))
        lines = ScreenTest.screen(&state, width: 120, height: 60)
        for text in [
            "registrér en mulig partner", "log en kontakt", "skift tilstand", "skriv aftalen",
            "evaluér: fortsætte",
        ] {
            #expect(lines.contains { $0.contains(text) }, "help: \(text)")
        }
    }
}
