import Foundation
import Testing

@testable import DepotCore

/// Prospects, the contact log and partnership states (issue 20).
@Suite struct OutreachTests {
    private func day(_ text: String) -> Day { Day(text)! }
    private let today = Day("2026-11-23")!

    private func library() -> LibraryData {
        var data = DeskFixtures.library()
        data.staff = [
            StaffMember(
                id: "S01", name: "Lone Kjær", affiliation: .init(kind: .publicLibrary, institution: "Rønde Bibliotek"),
                role: "børnebibliotekar")
        ]
        return data
    }

    private func prospect(
        name: String = "Børnehuset Regnbuen", postcode: String = "8410", children: Int? = 42
    ) -> Outreach.NewProspect {
        Outreach.NewProspect(
            name: name, kind: .kindergarten, street: "Lyngvej 3", postcode: postcode, town: "Rønde", children: children)
    }

    // MARK: Files from before states

    @Test func aPartnerFromBeforeStatesIsActiveOrEndedByItsEndDay() throws {
        let data = DeskFixtures.library()
        #expect(data.partners[0].partnership == nil)
        #expect(data.partners[0].partnershipState == .active && data.partners[0].isActive)
        #expect(data.partners[3].partnershipState == .ended && !data.partners[3].isActive)
        #expect(data.partners.allSatisfy { $0.takesDeposits })
    }

    @Test func partnersWithoutAPartnershipEncodeAsBefore() throws {
        let partner = DeskFixtures.library().partners[0]
        let encoded = String(decoding: try JSONEncoder().encode(partner), as: UTF8.self)
        #expect(!encoded.contains("partnership"))
        let decoded = try JSONDecoder().decode(Partner.self, from: Data(encoded.utf8))
        #expect(decoded == partner)
    }

    @Test func aPartnershipRoundTripsAndAnEmptyLogIsNotWritten() throws {
        var partner = DeskFixtures.library().partners[0]
        partner.partnership = Partnership(state: .offered, since: day("2026-10-01"), offer: .kindergartenLibrary)
        let encoded = String(decoding: try JSONEncoder().encode(partner), as: UTF8.self)
        #expect(!encoded.contains("contactLog"))
        #expect(try JSONDecoder().decode(Partner.self, from: Data(encoded.utf8)) == partner)
        partner.partnership?.contactLog = [
            ContactLogEntry(day: day("2026-10-01"), staffID: "S01", person: "Lone", note: "Ja")
        ]
        let again = try JSONDecoder().decode(Partner.self, from: JSONEncoder().encode(partner))
        #expect(again == partner)
    }

    // MARK: Adding prospects

    @Test func aProspectGetsTheNextIdNoRouteAndTheStateProspect() throws {
        var data = library()
        let partner = try Outreach.addProspect(prospect(), today: today, in: &data)
        #expect(partner.id == "P005")
        #expect(partner.routeID == nil && partner.partnershipState == .prospect && !partner.isActive)
        #expect(partner.partnership?.since == today && partner.childCount == 42)
        #expect(partner.ageGroups == [.preschool])
        #expect(data.partners.map(\.id) == ["P001", "P002", "P003", "P004", "P005"])
        DeskFixtures.expectConsistent(data)
    }

    @Test func badProspectsAreRefusedAtTheirFieldAndNothingChanges() {
        let data = library()
        let cases: [(Outreach.NewProspect, Outreach.Field)] = [
            (prospect(name: "  "), .name), (prospect(postcode: "841"), .postcode),
            (prospect(postcode: "84100"), .postcode),
            (prospect(postcode: "84a0"), .postcode), (prospect(postcode: ""), .postcode),
            (prospect(children: 10_001), .children), (prospect(children: -1), .children),
            (prospect(name: "børnehuset solsikken"), .name),
        ]
        for (new, field) in cases {
            var copy = data
            do {
                try Outreach.addProspect(new, today: today, in: &copy)
                Issue.record("\(new) was taken")
            } catch {
                #expect(error.field == field, "\(new)")
            }
            #expect(copy == data)
        }
    }

    @Test func theRefusalSaysWhatIsWrongInEitherLanguage() {
        let refusal = Outreach.Refusal(.postcode, .postcodeNotFourDigits("841"))
        #expect(refusal.text(in: .english).contains("four digits"))
        #expect(refusal.text(in: .danish).contains("fire cifre"))
        #expect(Outreach.Refusal(.name, .missing).text(in: .danish).contains("navn"))
    }

    // MARK: Contact log and states

    @Test func aContactIsLoggedAndMakesAProspectContacted() throws {
        var data = library()
        let partner = try Outreach.addProspect(prospect(), today: today, in: &data)
        let logged = try Outreach.logContact(
            partner.id, by: "S01", person: "Lone, leder", note: "Vil gerne have et depot", on: day("2026-11-20"),
            today: today, in: &data)
        #expect(logged.partnershipState == .contacted && logged.partnership?.since == day("2026-11-20"))
        #expect(logged.partnership?.contactLog.map(\.person) == ["Lone, leder"])
        // A second contact keeps the state and the log in day order.
        let again = try Outreach.logContact(
            partner.id, by: "S01", person: "Kim", note: "Ringede tilbage", on: day("2026-11-18"), today: today,
            in: &data)
        #expect(again.partnershipState == .contacted)
        #expect(again.partnership?.contactLog.map(\.day) == [day("2026-11-18"), day("2026-11-20")])
        DeskFixtures.expectConsistent(data)
    }

    @Test func aContactInTheFutureOrWithoutWhomOrWhatIsRefused() throws {
        var data = library()
        try Outreach.addProspect(prospect(), today: today, in: &data)
        let before = data
        func field(_ body: () throws -> Void) -> Outreach.Field? {
            do {
                try body()
                return nil
            } catch {
                return (error as? Outreach.Refusal)?.field
            }
        }
        #expect(
            field {
                _ = try Outreach.logContact(
                    "P005", by: "S01", person: "Lone", note: "x", on: today.adding(days: 1), today: today, in: &data)
            } == .day)
        #expect(
            field {
                _ = try Outreach.logContact(
                    "P005", by: "S01", person: " ", note: "x", on: today, today: today, in: &data)
            }
                == .person)
        #expect(
            field {
                _ = try Outreach.logContact(
                    "P005", by: "S01", person: "Lone", note: "", on: today, today: today, in: &data)
            }
                == .note)
        #expect(
            field {
                _ = try Outreach.logContact(
                    "P005", by: "S99", person: "Lone", note: "x", on: today, today: today, in: &data)
            }
                == .staff)
        #expect(data == before)
    }

    @Test func becomingActiveIsOneStepAndTakesTheOffer() throws {
        var data = library()
        let partner = try Outreach.addProspect(prospect(), today: today, in: &data)
        try Outreach.setState(partner.id, to: .offered, on: today, today: today, offer: .kindergartenLibrary, in: &data)
        #expect(!data.partners[4].takesDeposits)
        let active = try Outreach.setState(partner.id, to: .active, on: today, today: today, route: "mols", in: &data)
        #expect(active.isActive && active.takesDeposits && active.routeID == "mols")
        #expect(active.depositKind == .kindergartenLibrary && active.partnership?.offer == .kindergartenLibrary)
        #expect(throws: Outreach.Refusal(.state, .alreadyInState(.active))) {
            try Outreach.setState(partner.id, to: .active, on: today, today: today, in: &data)
        }
        #expect(throws: Outreach.Refusal(.route, .unknownRoute("vest"))) {
            try Outreach.setState(partner.id, to: .paused, on: today, today: today, route: "vest", in: &data)
        }
        #expect(throws: Outreach.Refusal(.offer, .offerWithoutOffered)) {
            try Outreach.setState(partner.id, to: .paused, on: today, today: today, offer: .deposit, in: &data)
        }
    }

    @Test func endingSetsTheEndDayAndLeavingEndedClearsIt() throws {
        var data = library()
        let ended = try Outreach.setState("P001", to: .ended, on: day("2026-11-01"), today: today, in: &data)
        #expect(ended.endedOn == day("2026-11-01") && ended.partnershipState == .ended && !ended.isActive)
        // The recorded state stays: clearing the end day on the screen gives the partnership back.
        #expect(ended.partnership?.state == .active)
        let again = try Outreach.setState("P001", to: .active, on: today, today: today, in: &data)
        #expect(again.endedOn == nil && again.isActive)
        let paused = try Outreach.setState("P004", to: .paused, on: today, today: today, in: &data)
        #expect(paused.endedOn == nil && paused.partnershipState == .paused && !paused.takesDeposits)
    }

    // MARK: What a prospect does not get

    @Test func aProspectOrAPausedPartnerGetsNoCrates() throws {
        var data = library()
        let partner = try Outreach.addProspect(prospect(), today: today, in: &data)
        try Outreach.setState(partner.id, to: .contacted, on: today, today: today, route: "mols", in: &data)
        #expect(throws: DeskError.partnerNotActive(name: partner.name, state: .contacted)) {
            try Desk.dispatch(crates: ["K001"], to: partner.id, on: day("2026-11-25"), in: &data)
        }
        #expect(throws: DeskError.partnerNotActive(name: partner.name, state: .contacted)) {
            try Desk.packForPartner(crates: ["K001"], partner: partner.id, on: day("2026-11-25"), in: &data)
        }
        try Outreach.setState(partner.id, to: .active, on: today, today: today, in: &data)
        try Desk.dispatch(crates: ["K001"], to: partner.id, on: day("2026-11-25"), in: &data)
        try Outreach.setState("P001", to: .paused, on: today, today: today, in: &data)
        #expect(throws: DeskError.partnerNotActive(name: "Børnehuset Solsikken", state: .paused)) {
            try Desk.dispatch(crates: ["K002"], to: "P001", on: day("2026-11-25"), in: &data)
        }
        #expect(
            DeskError.partnerNotActive(name: "X", state: .paused).localizedDescription(.danish).contains("på pause"))
    }

    @Test func thePlannerLeavesProspectsAndPausedPartnersOut() throws {
        var data = library()
        let partner = try Outreach.addProspect(prospect(), today: today, in: &data)
        try Outreach.setState(partner.id, to: .offered, on: today, today: today, route: "mols", in: &data)
        try Outreach.setState("P002", to: .paused, on: today, today: today, in: &data)
        let plan = RotationPlanner.plan(PlanRequest(season: Season(startYear: 2027)), data: data)
        let planned = Set(plan.visits.map(\.partnerID) + plan.unplanned.map(\.partnerID))
        #expect(planned.contains("P001"))
        #expect(!planned.contains(partner.id) && !planned.contains("P002"))
    }

    @Test func theWeekDoesNotCoverAProspectsClosures() throws {
        var data = library()
        var partner = try Outreach.addProspect(prospect(), today: today, in: &data)
        partner.routeID = "mols"
        partner.closures = [Partner.Closure(days: DayRange(first: day("2026-11-23"), last: day("2026-11-27")))]
        data.partners.upsert(partner)
        let schedule = WeekSchedule.build(data: data, week: ISOWeek(containing: day("2026-11-23")), today: today)
        #expect(!schedule.closures.contains { $0.partnerID == partner.id })
    }

    // MARK: Import

    @Test func aMunicipalityListIsImportedAsProspects() throws {
        var data = library()
        let csv = """
            Navn;Adresse;Postnummer;By;Børn
            Børnehuset Regnbuen;Lyngvej 3;8410;Rønde;42
            Dagplejen Feldballe;Feldballevej 1;8410;Rønde;
            Børnehuset Solsikken;Skolevej 4;8400;Ebeltoft;64
            """
        let result = try ProspectImport.run(csv, today: today, in: &data)
        #expect(result.added.map(\.name) == ["Børnehuset Regnbuen", "Dagplejen Feldballe"])
        #expect(result.added.map(\.childCount) == [42, nil])
        #expect(result.known == [ProspectImport.KnownRow(line: 4, partnerID: "P001")])
        #expect(data.partners.filter { $0.partnershipState == .prospect }.map(\.id) == ["P005", "P006"])
        DeskFixtures.expectConsistent(data)
    }

    @Test func oneBadRowAndNothingIsImportedEachNamedByItsLine() throws {
        var data = library()
        let before = data
        let csv = """
            name,address,postcode,town,children
            Børnehuset Regnbuen,Lyngvej 3,8410,Rønde,42
            ,Feldballevej 1,8410,Rønde,
            Børnehuset Mejsen,Mejsevej 2,841,Rønde,12
            Børnehuset Uglen,Uglevej 9,8410,Rønde,mange
            Børnehuset Regnbuen,Lyngvej 3,8410,Rønde,42
            """
        #expect(throws: ProspectImport.Failure.self) { try ProspectImport.run(csv, today: today, in: &data) }
        do {
            _ = try ProspectImport.run(csv, today: today, in: &data)
        } catch {
            guard case .badRows(let rows) = error else {
                Issue.record("\(error)")
                return
            }
            #expect(rows.map(\.line) == [3, 4, 5, 6])
            #expect(rows.map(\.column) == [.name, .postcode, .children, .name])
            let text = error.text(in: .english)
            #expect(text.contains("line 4, column postcode") && text.contains("4 rows are bad"))
        }
        #expect(data == before)
    }

    @Test func aListWithoutTheNeededColumnsIsRefusedNamingThem() {
        var data = library()
        #expect(throws: ProspectImport.Failure.missingColumns([.postcode, .town], header: ["name", "address"])) {
            try ProspectImport.run("name,address\nA,B\n", today: today, in: &data)
        }
    }
}
