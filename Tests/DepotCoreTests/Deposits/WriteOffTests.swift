import Testing

@testable import DepotCore

extension DepositsTests {
    @Suite struct WriteOffTests {
        private func day(_ text: String) -> Day { Day(text)! }
        private let barcode = DeskFixtures.barcode
        private let season = StoreFile.deposits(Season(startYear: 2026))

        @Test func writeOffThenFoundKeepsTheHistory() throws {
            var data = try DeskFixtures.withSolsikkenDeposit()
            let writeOff = try Desk.writeOff(
                item: barcode(2), on: "D2026-0001", on: day("2026-10-14"), note: "Meldt bortkommet", in: &data)
            #expect(writeOff.touched == [season, .items(of: barcode(2)), .crates])
            #expect(data.items[1].status == .lost)
            #expect(!data.crates[0].itemBarcodes.contains(barcode(2)))
            #expect(
                FineAssessment.assess(data.deposits[0], in: data, today: day("2026-10-14")).waived == Money(kroner: 120)
            )

            let found = try Desk.found(item: barcode(2), on: day("2027-01-20"), in: &data)
            #expect(found.touched == [season, .items(of: barcode(2))])
            #expect(data.items[1].status == .available)
            let deposit = data.deposits[0]
            #expect(deposit.exceptions.map(\.kind) == [.lost, .found])
            #expect(deposit.exceptions.map(\.recordedOn) == [day("2026-10-14"), day("2027-01-20")])
            #expect(deposit.exceptions[0].note == "Meldt bortkommet")
            #expect(deposit.itemBarcodes.contains(barcode(2)))
            #expect(deposit.state(of: barcode(2)) == .returned)
            #expect(FineAssessment.assess(deposit, in: data, today: day("2026-10-14")).total == .zero)
            DeskFixtures.expectConsistent(data)
        }

        @Test func itemWrittenOffWhileOutIsALateReturnWhenItComesHome() throws {
            var data = try DeskFixtures.withSolsikkenDeposit()
            try Desk.writeOff(item: barcode(2), on: "D2026-0001", on: day("2026-10-14"), in: &data)
            var scan = ScanIn(deposit: data.deposits[0], data: data)
            #expect(scan.expectedCount == 3)
            #expect(scan.scan(barcode(2).rawValue) == .lateReturn(data.items[1], deposit: "D2026-0001"))
            for number in [1, 3, 4] { scan.scan(barcode(number).rawValue) }
            try scan.finish(on: day("2026-12-02"), in: &data)
            #expect(data.items[1].status == .available)
            #expect(data.deposits[0].exceptions.map(\.kind) == [.lost, .found])
            DeskFixtures.expectConsistent(data)
        }

        @Test func writeOffIsRefusedForItemsNotOutOnTheDeposit() throws {
            var data = try DeskFixtures.withSolsikkenDeposit()
            #expect(throws: DeskError.itemNotOnDeposit(barcode(5), deposit: "D2026-0001")) {
                try Desk.writeOff(item: barcode(5), on: "D2026-0001", on: day("2026-10-14"), in: &data)
            }
            try Desk.writeOff(item: barcode(1), on: "D2026-0001", on: day("2026-10-14"), in: &data)
            #expect(throws: DeskError.itemAlreadyLost(barcode(1), deposit: "D2026-0001")) {
                try Desk.writeOff(item: barcode(1), on: "D2026-0001", on: day("2026-10-15"), in: &data)
            }
            try Desk.exchange(partner: "P001", newCrates: [], on: day("2026-12-02"), in: &data)
            #expect(throws: DeskError.itemAlreadyReturned(barcode(3), deposit: "D2026-0001")) {
                try Desk.writeOff(item: barcode(3), on: "D2026-0001", on: day("2026-12-03"), in: &data)
            }
        }

        @Test func keptBackItemCanBeWrittenOffLater() throws {
            var data = try DeskFixtures.withSolsikkenDeposit()
            try Desk.exchange(
                partner: "P001", newCrates: [], on: day("2026-12-02"), missing: [barcode(4): .stillAtPartner], in: &data
            )
            #expect(data.deposits[0].isPartlyReturned)
            let change = try Desk.writeOff(item: barcode(4), on: "D2026-0001", on: day("2027-02-01"), in: &data)
            #expect(change.touched == [season, .items(of: barcode(4))])
            #expect(!data.deposits[0].isPartlyReturned)
            #expect(data.deposits[0].state(of: barcode(4)) == .lost)
            DeskFixtures.expectConsistent(data)
        }

        @Test func foundIsRefusedForAnItemNotLost() {
            var data = DeskFixtures.library()
            #expect(throws: DeskError.itemNotLost(barcode(1))) {
                try Desk.found(item: barcode(1), on: day("2026-12-01"), in: &data)
            }
        }

        @Test func damagedItemIsMendedBackToAvailable() throws {
            var data = try DeskFixtures.withSolsikkenDeposit()
            try Desk.exchange(partner: "P001", newCrates: [], on: day("2026-12-02"), damaged: [barcode(1)], in: &data)
            #expect(throws: DeskError.itemNotAvailable(barcode(1), status: .damaged)) {
                try Desk.pack(item: barcode(1), into: "K004", in: &data)
            }
            #expect(try Desk.mended(item: barcode(1), in: &data).touched == [.items(of: barcode(1))])
            try Desk.pack(item: barcode(1), into: "K004", in: &data)
            #expect(data.deposits[0].exceptions.map(\.kind) == [.damaged], "the damage stays in the history")
            DeskFixtures.expectConsistent(data)
        }
    }
}
