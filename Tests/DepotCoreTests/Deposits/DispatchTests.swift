import Testing

@testable import DepotCore

extension DepositsTests {
    @Suite struct DispatchTests {
        private func day(_ text: String) -> Day { Day(text)! }
        private let barcode = DeskFixtures.barcode

        @Test func dispatchMakesADepositAndSendsTheCrates() throws {
            var data = DeskFixtures.library()
            let change = try Desk.dispatch(crates: ["K001", "K003"], to: "P001", on: day("2026-09-02"), in: &data)
            #expect(change.touched == [.crates, .deposits(Season(startYear: 2026))])
            #expect(change.deposits == ["D2026-0001"])
            let deposit = try #require(data.deposits.first)
            #expect(deposit.id == "D2026-0001")
            #expect(deposit.partnerID == "P001" && deposit.kind == .deposit)
            #expect(deposit.crateIDs == ["K001", "K003"])
            #expect(deposit.itemBarcodes == [1, 2, 3, 4, 9, 10].map(barcode))
            #expect(deposit.createdOn == day("2026-09-02") && deposit.dispatchedOn == day("2026-09-02"))
            #expect(deposit.dueOn == day("2026-12-02"))
            #expect(data.crates.map(\.state) == [.out, .home, .out, .home, .inRepair])
            DeskFixtures.expectConsistent(data)
        }

        @Test func depositNumbersRunPerYear() throws {
            var data = DeskFixtures.library()
            try Desk.dispatch(crates: ["K001"], to: "P001", on: day("2026-09-02"), in: &data)
            try Desk.dispatch(crates: ["K002"], to: "P002", on: day("2026-09-08"), in: &data)
            try Desk.dispatch(crates: ["K003"], to: "P003", on: day("2027-01-05"), in: &data)
            #expect(data.deposits.map(\.id) == ["D2026-0001", "D2026-0002", "D2027-0001"])
            #expect(data.deposits[1].kind == .deposit && data.deposits[1].dueOn == day("2026-12-08"))
        }

        @Test func givenDueDateIsKeptAndOneBeforeTheDispatchIsRefused() throws {
            var data = DeskFixtures.library()
            #expect(throws: DeskError.dueBeforeDispatch(due: day("2026-09-01"), dispatched: day("2026-09-02"))) {
                try Desk.dispatch(
                    crates: ["K001"], to: "P001", on: day("2026-09-02"), dueOn: day("2026-09-01"), in: &data)
            }
            try Desk.dispatch(crates: ["K001"], to: "P001", on: day("2026-09-02"), dueOn: day("2026-10-28"), in: &data)
            #expect(data.deposits[0].dueOn == day("2026-10-28"))
        }

        @Test func crateOutOrOnAnotherDepositIsRefused() throws {
            var data = try DeskFixtures.withSolsikkenDeposit()
            let before = data
            // The message says where the crate is: out at Solsikken since 2 September.
            #expect(
                throws: DeskError.crateTaken(
                    "K001", partner: "Børnehuset Solsikken", deposit: "D2026-0001", sentOn: day("2026-09-02"))
            ) {
                try Desk.dispatch(crates: ["K002", "K001"], to: "P002", on: day("2026-09-08"), in: &data)
            }
            #expect(data == before, "nothing changes when one crate is refused")
            data.deposits[0].returnedOn = day("2026-09-03")
            #expect(throws: DeskError.crateNotHome("K001", state: .out)) {
                try Desk.dispatch(crates: ["K001"], to: "P002", on: day("2026-09-08"), in: &data)
            }
        }

        @Test func emptyCrateOrCrateInRepairIsRefused() {
            var data = DeskFixtures.library()
            let empty = #expect(throws: DeskError.self) {
                try Desk.dispatch(crates: ["K004"], to: "P001", on: day("2026-09-02"), in: &data)
            }
            #expect(empty?.description == "Crate K004 is empty; pack it before sending it.")
            #expect(throws: DeskError.crateNotHome("K005", state: .inRepair)) {
                try Desk.dispatch(crates: ["K005"], to: "P001", on: day("2026-09-02"), in: &data)
            }
            #expect(throws: DeskError.noCrates) {
                try Desk.dispatch(crates: [], to: "P001", on: day("2026-09-02"), in: &data)
            }
        }

        @Test func endedPartnerIsRefused() {
            var data = DeskFixtures.library()
            let error = #expect(throws: DeskError.self) {
                try Desk.dispatch(crates: ["K001"], to: "P004", on: day("2026-09-02"), in: &data)
            }
            #expect(
                error?.description
                    == "The partnership with Andebyens Børnehave ended on 30 June 2026; nothing more can be sent.")
            #expect(throws: DeskError.unknownPartner("P999")) {
                try Desk.dispatch(crates: ["K001"], to: "P999", on: day("2026-09-02"), in: &data)
            }
        }

        @Test func crateHoldingALostItemIsRefused() {
            var data = DeskFixtures.library()
            data.items[2].status = .lost
            data.crates[0].itemBarcodes = [barcode(1), barcode(3)]
            #expect(throws: DeskError.crateHoldsUnavailableItem("K001", item: barcode(3), status: .lost)) {
                try Desk.dispatch(crates: ["K001"], to: "P001", on: day("2026-09-02"), in: &data)
            }
        }

        @Test func cratesPackedAheadSendTheirDeposit() throws {
            var data = DeskFixtures.library()
            data.crates[0].state = .packed
            data.deposits = [
                Deposit(
                    id: "D2026-0007", partnerID: "P001", kind: .deposit, crateIDs: ["K001"],
                    itemBarcodes: (1...4).map(barcode), createdOn: day("2026-08-28"), dueOn: day("2026-12-02"))
            ]
            let change = try Desk.dispatch(crates: ["K001"], to: "P001", on: day("2026-09-02"), in: &data)
            #expect(change.deposits == ["D2026-0007"])
            #expect(data.deposits.count == 1)
            #expect(data.deposits[0].dispatchedOn == day("2026-09-02"))
            #expect(data.deposits[0].createdOn == day("2026-08-28"))
            #expect(data.crates[0].state == .out)
            DeskFixtures.expectConsistent(data)
            // Packed for Solsikken, so not for anyone else.
            data.deposits[0].dispatchedOn = nil
            data.crates[0].state = .packed
            #expect(
                throws: DeskError.crateTaken(
                    "K001", partner: "Børnehuset Solsikken", deposit: "D2026-0007", sentOn: nil)
            ) {
                try Desk.dispatch(crates: ["K001"], to: "P002", on: day("2026-09-02"), in: &data)
            }
        }
    }
}
