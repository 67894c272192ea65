import Testing

@testable import DepotCore

extension DepositsTests {
    @Suite struct PackingTests {
        private func day(_ text: String) -> Day { Day(text)! }
        private let barcode = DeskFixtures.barcode

        @Test func packingPutsAnItemInACrateAndTouchesOnlyCrates() throws {
            var data = DeskFixtures.library()
            let change = try Desk.pack(item: barcode(11), into: "K004", in: &data)
            #expect(change.touched == [.crates])
            #expect(data.crates[3].itemBarcodes == [barcode(11)])
            #expect(data.crates[3].state == .home)
            DeskFixtures.expectConsistent(data)
        }

        @Test func unpackingTakesAnItemOutOfItsCrate() throws {
            var data = DeskFixtures.library()
            #expect(try Desk.unpack(item: barcode(2), in: &data).touched == [.crates])
            #expect(data.crates[0].itemBarcodes == [barcode(1), barcode(3), barcode(4)])
            #expect(throws: DeskError.itemNotInCrate(barcode(5), crate: "K001")) {
                try Desk.unpack(item: barcode(5), from: "K001", in: &data)
            }
            DeskFixtures.expectConsistent(data)
        }

        @Test func itemAlreadyInAnotherCrateIsRefusedWithWhereItIs() {
            var data = DeskFixtures.library()
            let error = #expect(throws: DeskError.self) { try Desk.pack(item: barcode(5), into: "K001", in: &data) }
            #expect(error == .itemInCrate(barcode(5), crate: "K002"))
            #expect(error?.description == "5000100000005 is already in crate K002.")
            #expect(error?.localizedDescription(.danish) == "5000100000005 ligger allerede i kasse K002.")
            #expect(data == DeskFixtures.library())
        }

        @Test func unknownBarcodeIsRefused() {
            var data = DeskFixtures.library()
            let error = #expect(throws: DeskError.self) { try Desk.pack(item: "123", into: "K004", in: &data) }
            #expect(error?.description == "There is no item with barcode 123 in the catalogue.")
            #expect(throws: DeskError.unknownCrate("K999")) {
                try Desk.pack(item: barcode(11), into: "K999", in: &data)
            }
        }

        @Test func withdrawnOrLostItemIsRefused() throws {
            var data = DeskFixtures.library()
            #expect(throws: DeskError.itemNotAvailable(barcode(12), status: .withdrawn)) {
                try Desk.pack(item: barcode(12), into: "K004", in: &data)
            }
            data.items[10].status = .lost
            let error = #expect(throws: DeskError.self) { try Desk.pack(item: barcode(11), into: "K004", in: &data) }
            #expect(error?.description == "5000100000011 is recorded lost; record it found before packing it.")
        }

        @Test func crateAtAPartnerCannotBePacked() throws {
            var data = try DeskFixtures.withSolsikkenDeposit()
            #expect(throws: DeskError.crateOnDeposit("K001", deposit: "D2026-0001")) {
                try Desk.pack(item: barcode(11), into: "K001", in: &data)
            }
            #expect(throws: DeskError.crateOnDeposit("K001", deposit: "D2026-0001")) {
                try Desk.unpack(item: barcode(1), in: &data)
            }
        }

        @Test func itemKeptBackAtAPartnerIsRefusedUntilItIsScannedIn() throws {
            var data = try DeskFixtures.withSolsikkenDeposit()
            try Desk.exchange(
                partner: "P001", newCrates: [], on: day("2026-12-02"), missing: [barcode(4): .stillAtPartner], in: &data
            )
            let error = #expect(throws: DeskError.self) { try Desk.pack(item: barcode(4), into: "K004", in: &data) }
            #expect(
                error?.description
                    == "5000100000004 is still recorded at Børnehuset Solsikken (deposit D2026-0001); scan it in on "
                    + "that deposit first.")
            try Desk.returnKeptBack(item: barcode(4), on: day("2026-12-10"), in: &data)
            try Desk.pack(item: barcode(4), into: "K004", in: &data)
            DeskFixtures.expectConsistent(data)
        }
    }
}
