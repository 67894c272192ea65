import Testing

@testable import DepotCore

extension DepositsTests {
    @Suite struct ExchangeTests {
        private func day(_ text: String) -> Day { Day(text)! }
        private let barcode = DeskFixtures.barcode

        @Test func exchangeReturnsTheOldCratesAndSendsTheNewOnes() throws {
            var data = try DeskFixtures.withSolsikkenDeposit()
            let change = try Desk.exchange(partner: "P001", newCrates: ["K002"], on: day("2026-12-02"), in: &data)
            #expect(change.touched == [.crates, .deposits(Season(startYear: 2026))])
            #expect(change.deposits == ["D2026-0001", "D2026-0002"])
            #expect(data.deposits[0].returnedOn == day("2026-12-02"))
            #expect(data.deposits[0].exceptions.isEmpty)
            #expect(data.deposits[1].crateIDs == ["K002"] && data.deposits[1].dispatchedOn == day("2026-12-02"))
            #expect(data.crates[0].state == .home && data.crates[1].state == .out)
            DeskFixtures.expectConsistent(data)
        }

        @Test func exchangeWithMissingItemsAlsoTouchesItems() throws {
            var data = try DeskFixtures.withSolsikkenDeposit()
            let change = try Desk.exchange(
                partner: "P001", newCrates: ["K002"], on: day("2026-12-02"), missing: [barcode(2): .lost],
                damaged: [barcode(1)], in: &data)
            #expect(
                change.touched == [
                    .crates, .items(of: barcode(1)), .items(of: barcode(2)), .deposits(Season(startYear: 2026)),
                ])
            #expect(data.items[0].status == .damaged && data.items[1].status == .lost)
            #expect(data.crates[0].itemBarcodes == [barcode(3), barcode(4)])
            DeskFixtures.expectConsistent(data)
        }

        @Test func exchangeAcrossSeasonsTouchesBothSeasonFiles() throws {
            var data = DeskFixtures.library()
            try Desk.dispatch(crates: ["K001"], to: "P001", on: day("2026-07-01"), in: &data)
            let change = try Desk.exchange(partner: "P001", newCrates: ["K002"], on: day("2026-09-02"), in: &data)
            #expect(
                change.touched == [.crates, .deposits(Season(startYear: 2025)), .deposits(Season(startYear: 2026))])
            #expect(
                change.files.map(\.relativePath) == ["crates.json", "deposits/2025-26.json", "deposits/2026-27.json"])
            DeskFixtures.expectConsistent(data)
        }

        @Test func refusedExchangeChangesNothing() throws {
            var data = try DeskFixtures.withSolsikkenDeposit()
            let before = data
            #expect(throws: DeskError.crateEmpty("K004")) {
                try Desk.exchange(partner: "P001", newCrates: ["K004"], on: day("2026-12-02"), in: &data)
            }
            #expect(throws: DeskError.itemNotOut(barcode(9), partner: "Børnehuset Solsikken")) {
                try Desk.exchange(
                    partner: "P001", newCrates: [], on: day("2026-12-02"), missing: [barcode(9): .lost], in: &data)
            }
            #expect(data == before)
        }

        @Test func firstDeliveryIsAnExchangeWithNothingToTakeHome() throws {
            var data = DeskFixtures.library()
            let change = try Desk.exchange(partner: "P003", newCrates: ["K003"], on: day("2026-09-01"), in: &data)
            #expect(change.deposits == ["D2026-0001"])
            #expect(throws: DeskError.noCrates) {
                try Desk.exchange(partner: "P002", newCrates: [], on: day("2026-09-01"), in: &data)
            }
        }

        @Test func exchangesInTheSampleLibraryKeepItConsistent() throws {
            var data = LibraryGenerator(scale: .sample).generate()
            let today = Day(year: 2026, month: 11, day: 23)!
            let overdue = data.deposits.filter { $0.status(on: today, dueSoonDays: 14) == .overdue }
            #expect(!overdue.isEmpty)
            for deposit in overdue {
                let band = data.crates.first { $0.id == deposit.crateIDs[0] }!.ageBand
                let busy = Set(data.deposits.filter { $0.returnedOn == nil }.flatMap(\.crateIDs))
                let fresh = data.crates.first { crate in
                    crate.state == .home && crate.ageBand == band && !crate.itemBarcodes.isEmpty
                        && !busy.contains(crate.id)
                }
                let first = deposit.itemBarcodes[0]
                let change = try Desk.exchange(
                    partner: deposit.partnerID, newCrates: fresh.map { [$0.id] } ?? [], on: today,
                    missing: [first: .lost], in: &data)
                #expect(change.touched.contains(.items(of: first)))
                DeskFixtures.expectConsistent(data)
            }
        }
    }
}
