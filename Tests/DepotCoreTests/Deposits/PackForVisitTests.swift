import Testing

@testable import DepotCore

extension DepositsTests {
    /// Packing for a van visit, the van leaving with it, and the crates the desk proposes.
    @Suite struct PackForVisitTests {
        private func day(_ text: String) -> Day { Day(text)! }
        private func partner(_ data: LibraryData, _ id: Partner.ID) -> Partner { data.partners.first { $0.id == id }! }

        // MARK: The crates proposed

        @Test func aPartnerWithNoHistoryGetsACrateOfItsOldestAgeGroupLowestNumberFirst() {
            let data = DeskFixtures.library()
            // K004 is empty and K005 in repair: never proposed.
            #expect(CrateChoice.proposed(for: partner(data, "P001"), data: data, today: day("2026-12-01")) == ["K001"])
            // Kolind Skole takes school crates only; the library has none.
            #expect(CrateChoice.proposed(for: partner(data, "P002"), data: data, today: day("2026-12-01")).isEmpty)
        }

        @Test func theCratesPackedForThePartnerComeFirst() throws {
            var data = DeskFixtures.library()
            try Desk.packForPartner(crates: ["K003"], partner: "P001", on: day("2026-12-01"), in: &data)
            #expect(CrateChoice.proposed(for: partner(data, "P001"), data: data, today: day("2026-12-01")) == ["K003"])
            #expect(
                CrateChoice.proposed(
                    for: partner(data, "P001"), data: data, today: day("2026-12-01"), includingPacked: false)
                    == ["K001"])
        }

        @Test func aCratePackedForSomeoneElseIsNeverProposed() throws {
            var data = DeskFixtures.library()
            try Desk.packForPartner(crates: ["K001"], partner: "P003", on: day("2026-12-01"), in: &data)
            #expect(CrateChoice.proposed(for: partner(data, "P001"), data: data, today: day("2026-12-01")) == ["K002"])
        }

        @Test func aCrateThePartnerHadThisSeasonOrLastIsNotProposedAgain() throws {
            var data = DeskFixtures.library()
            try Desk.dispatch(crates: ["K001"], to: "P001", on: day("2025-09-03"), in: &data)
            try Desk.exchange(partner: "P001", newCrates: [], on: day("2025-12-03"), in: &data)
            #expect(CrateChoice.proposed(for: partner(data, "P001"), data: data, today: day("2026-12-01")) == ["K002"])
            // Two seasons on, K001 is new to Solsikken again (once the others are in repair).
            data.crates[1].state = .inRepair
            data.crates[2].state = .inRepair
            #expect(CrateChoice.proposed(for: partner(data, "P001"), data: data, today: day("2027-12-01")) == ["K001"])
            #expect(CrateChoice.proposed(for: partner(data, "P001"), data: data, today: day("2026-12-01")).isEmpty)
        }

        @Test func aThemeThePartnerJustHadComesLast() throws {
            var data = DeskFixtures.library()
            data.crates[1].theme = data.crates[0].theme
            try Desk.dispatch(crates: ["K001"], to: "P001", on: day("2026-09-02"), in: &data)
            // K002 has the theme of the crate at Solsikken now: K003 first, though K002 has the lower number.
            #expect(CrateChoice.proposed(for: partner(data, "P001"), data: data, today: day("2026-12-01")) == ["K003"])
        }

        @Test func theCrateWaitingLongestOnTheShelfComesFirst() throws {
            var data = DeskFixtures.library()
            try Desk.dispatch(crates: ["K003"], to: "P003", on: day("2026-08-03"), in: &data)
            try Desk.exchange(partner: "P003", newCrates: ["K002"], on: day("2026-09-07"), in: &data)
            try Desk.exchange(partner: "P003", newCrates: ["K001"], on: day("2026-10-05"), in: &data)
            // K003 came home on 7 September, K002 on 5 October; K001 is out.
            #expect(CrateChoice.proposed(for: partner(data, "P001"), data: data, today: day("2026-12-01")) == ["K003"])
        }

        @Test func thePartnersLastDepositSaysHowManyCrates() throws {
            var data = DeskFixtures.library()
            try Desk.dispatch(crates: ["K001", "K002"], to: "P001", on: day("2024-09-04"), in: &data)
            try Desk.exchange(partner: "P001", newCrates: [], on: day("2024-12-04"), in: &data)
            // Two crates again; K003 first, its theme not one of the two it had.
            #expect(
                CrateChoice.proposed(for: partner(data, "P001"), data: data, today: day("2026-12-01")) == [
                    "K003", "K001",
                ])
        }

        // MARK: Packing for a visit, and the van leaving

        @Test func packingForADayTheRouteDoesNotRunIsRefusedUnlessItIsASpecialDelivery() throws {
            var data = DeskFixtures.library()
            // Thursday 3 December: the Mols van comes on Wednesdays.
            #expect(
                throws: DeskError.notAVisitDay(
                    day("2026-12-03"), partner: "Børnehuset Solsikken", next: day("2026-12-09"))
            ) {
                try Desk.packForPartner(
                    crates: ["K001"], partner: "P001", on: day("2026-12-01"), visit: day("2026-12-03"), in: &data)
            }
            #expect(data.deposits.isEmpty)
            try Desk.packForPartner(
                crates: ["K001"], partner: "P001", on: day("2026-12-01"), visit: day("2026-12-03"),
                specialDelivery: true, in: &data)
            #expect(data.deposits.last?.visitOn == day("2026-12-03"))
            #expect(Desk.isSpecialDelivery(day("2026-12-03"), for: partner(data, "P001"), settings: data.settings))
            #expect(!Desk.isSpecialDelivery(day("2026-12-02"), for: partner(data, "P001"), settings: data.settings))
            let visits = DepositVisits().visits(
                in: DayRange(first: day("2026-11-30"), last: day("2026-12-06")), data: data, today: day("2026-12-01"))
            #expect(visits.map(\.day) == [day("2026-12-03")])
            #expect(visits.first?.leave == ["K001"])
            // Not even a special delivery goes yesterday.
            #expect(throws: DeskError.visitInThePast(day("2026-11-30"), today: day("2026-12-01"))) {
                try Desk.packForPartner(
                    crates: ["K002"], partner: "P001", on: day("2026-12-01"), visit: day("2026-11-30"),
                    specialDelivery: true, in: &data)
            }
        }

        @Test func theVanLeavingSendsWhatWasPackedForThatVisitOnThatDay() throws {
            var data = DeskFixtures.library()
            try Desk.packForPartner(
                crates: ["K001"], partner: "P001", on: day("2026-12-01"), visit: day("2026-12-02"), in: &data)
            try Desk.packForPartner(
                crates: ["K002"], partner: "P001", on: day("2026-12-01"), visit: day("2026-12-09"), in: &data)
            let before = data
            #expect(throws: DeskError.vanNotLeftYet(day("2026-12-02"), today: day("2026-12-01"))) {
                try Desk.vanLeft(for: "P001", on: day("2026-12-02"), today: day("2026-12-01"), in: &data)
            }
            #expect(data == before)
            let change = try Desk.vanLeft(for: "P001", on: day("2026-12-02"), today: day("2026-12-02"), in: &data)
            #expect(change.deposits == ["D2026-0001"])
            let sent = try #require(data.deposits.first { $0.id == "D2026-0001" })
            #expect(sent.dispatchedOn == day("2026-12-02"))
            #expect(sent.dueOn == day("2027-03-03"))
            #expect(data.crates.map(\.state) == [.out, .packed, .home, .home, .inRepair])
            // Nothing else was packed for that visit.
            #expect(throws: DeskError.nothingPackedForVisit(partner: "Børnehuset Solsikken", day: day("2026-12-02"))) {
                try Desk.vanLeft(for: "P001", on: day("2026-12-02"), today: day("2026-12-02"), in: &data)
            }
            DeskFixtures.expectConsistent(data)
        }

        @Test func sendingACratePackedForSomeoneElseNamesWhoItIsPackedFor() throws {
            var data = DeskFixtures.library()
            try Desk.packForPartner(crates: ["K001"], partner: "P003", on: day("2026-12-01"), in: &data)
            let before = data
            #expect(
                throws: DeskError.crateTaken("K001", partner: "Dagplejen Rønde", deposit: "D2026-0001", sentOn: nil)
            ) {
                try Desk.dispatch(crates: ["K001"], to: "P001", on: day("2026-12-02"), in: &data)
            }
            #expect(data == before)
        }

        @Test func sendingThePackedCratesAndOneMoreSendsThePackedDepositAndANewOne() throws {
            var data = DeskFixtures.library()
            try Desk.packForPartner(crates: ["K001"], partner: "P001", on: day("2026-12-01"), in: &data)
            let change = try Desk.send(crates: ["K001", "K002"], to: "P001", on: day("2026-12-02"), in: &data)
            #expect(change.deposits == ["D2026-0001", "D2026-0002"])
            #expect(data.deposits.map(\.crateIDs) == [["K001"], ["K002"]])
            #expect(data.deposits.allSatisfy { $0.dispatchedOn == day("2026-12-02") })
            DeskFixtures.expectConsistent(data)
        }
    }
}
