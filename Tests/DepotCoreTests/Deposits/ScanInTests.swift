import Foundation
import Testing

@testable import DepotCore

extension DepositsTests {
    @Suite struct ScanInTests {
        private func day(_ text: String) -> Day { Day(text)! }
        private let barcode = DeskFixtures.barcode
        private let season = StoreFile.deposits(Season(startYear: 2026))

        private func session() throws -> (ScanIn, LibraryData) {
            let data = try DeskFixtures.withSolsikkenDeposit()
            return (ScanIn(deposit: data.deposits[0], data: data), data)
        }

        @Test func allItemsBackReturnsTheDepositAndTheCrate() throws {
            var (scan, data) = try session()
            for number in 1...4 { #expect(scan.scan(barcode(number).rawValue) == .returned(data.items[number - 1])) }
            #expect(scan.isComplete && scan.missing.isEmpty)
            #expect(scan.progress(.english) == "4 of 4 back")
            let change = try scan.finish(on: day("2026-12-02"), in: &data)
            #expect(change.touched == [season, .crates])
            let deposit = data.deposits[0]
            #expect(deposit.returnedOn == day("2026-12-02"))
            #expect(deposit.exceptions.isEmpty && !deposit.isPartlyReturned)
            #expect(data.crates[0].state == .home)
            #expect(data.crates[0].itemBarcodes == (1...4).map(barcode))
            DeskFixtures.expectConsistent(data)
        }

        @Test func someItemsMissingAreLostOrKeptBack() throws {
            var (scan, data) = try session()
            scan.scan(barcode(1).rawValue)
            scan.scan(barcode(2).rawValue)
            #expect(scan.progress(.english) == "2 of 4 back")
            #expect(scan.progress(.danish) == "2 af 4 er tilbage")
            #expect(scan.missing.map(\.id) == [barcode(3), barcode(4)])
            let change = try scan.finish(missing: [barcode(3): .lost], on: day("2026-12-02"), in: &data)
            #expect(change.touched == [season, .crates, .items(of: barcode(3))])
            let deposit = data.deposits[0]
            #expect(deposit.exceptions.map(\.kind) == [.lost, .stillAtPartner])
            #expect(deposit.state(of: barcode(3)) == .lost)
            #expect(deposit.state(of: barcode(4)) == .atPartner)
            #expect(deposit.isPartlyReturned)
            #expect(deposit.itemBarcodes == (1...4).map(barcode), "the deposit keeps what it carried")
            #expect(data.items[2].status == .lost)
            #expect(data.items[3].status == .available)
            #expect(data.crates[0].itemBarcodes == [barcode(1), barcode(2)], "the crate holds what came home")
            DeskFixtures.expectConsistent(data)
        }

        @Test func damagedItemIsRecordedAndSetAside() throws {
            var (scan, data) = try session()
            for number in 1...4 { scan.scan(barcode(number).rawValue) }
            try scan.markDamaged(barcode(2), note: "Vandskade")
            #expect(scan.isDamaged(barcode(2)) && scan.damaged.map(\.id) == [barcode(2)])
            try scan.finish(on: day("2026-12-02"), in: &data)
            #expect(
                data.deposits[0].exceptions == [
                    Deposit.Exception(
                        barcode: barcode(2), kind: .damaged, recordedOn: day("2026-12-02"), note: "Vandskade")
                ])
            #expect(data.items[1].status == .damaged)
            #expect(!data.crates[0].itemBarcodes.contains(barcode(2)))
            DeskFixtures.expectConsistent(data)
        }

        @Test func itemOfAnotherCrateIsFlaggedNotAccepted() throws {
            var data = try DeskFixtures.withSolsikkenDeposit()
            try Desk.dispatch(crates: ["K002"], to: "P002", on: day("2026-09-01"), in: &data)
            var scan = ScanIn(deposit: data.deposits[0], data: data)
            let foreign = data.items[4]
            #expect(scan.scan(foreign.id.rawValue) == .foreign(foreign, crate: "K002", partner: "P002"))
            #expect(scan.scan(barcode(9).rawValue) == .foreign(data.items[8], crate: "K003", partner: nil))
            #expect(scan.scan(barcode(11).rawValue) == .foreign(data.items[10], crate: nil, partner: nil))
            #expect(scan.returnedCount == 0)
            #expect(!scan.scan(foreign.id.rawValue).isAccepted)
        }

        @Test func scanResultsReadAsOneLineInDanishAndEnglish() throws {
            var data = try DeskFixtures.withSolsikkenDeposit()
            try Desk.dispatch(crates: ["K002"], to: "P002", on: day("2026-09-01"), in: &data)
            var scan = ScanIn(deposit: data.deposits[0], data: data)
            let back = scan.scan(barcode(3).rawValue)
            #expect(scan.message(for: back, language: .danish) == "Gummi-Tarzan er tilbage (1 af 4).")
            #expect(scan.message(for: back, language: .english) == "Gummi-Tarzan is back (1 of 4).")
            let foreign = scan.scan(barcode(5).rawValue)
            #expect(
                scan.message(for: foreign, language: .english)
                    == "5000100000005 Alfons Åberg is not on this deposit: it belongs to crate K002 at Kolind Skole. "
                    + "Put it aside.")
            #expect(
                scan.message(for: scan.scan("42"), language: .danish) == "Intet materiale har stregkoden 42.")
        }

        @Test func unknownBarcodeIsReported() throws {
            var (scan, _) = try session()
            #expect(scan.scan(" 9788700000000\n") == .unknown("9788700000000"))
            #expect(scan.scan("") == .unknown(""))
            #expect(scan.returnedCount == 0)
        }

        @Test func scanningTwiceCountsOnce() throws {
            var (scan, data) = try session()
            #expect(scan.scan(barcode(1).rawValue + "\n") == .returned(data.items[0]))
            #expect(scan.scan(barcode(1).rawValue) == .alreadyScanned(data.items[0]))
            #expect(scan.returnedCount == 1)
            scan.forget(barcode(1))
            #expect(scan.returnedCount == 0)
        }

        @Test func typingATitleFindsMissingItemsOfTheDeposit() throws {
            var (scan, data) = try session()
            #expect(scan.matches(title: "rasmus klump").map(\.id) == [barcode(2)])
            #expect(scan.matches(title: "TARZAN").map(\.id) == [barcode(3)])
            #expect(scan.matches(title: "Alfons").isEmpty, "Alfons Åberg is in another crate")
            #expect(scan.matches(title: "  ").isEmpty)
            scan.checkIn(barcode(2))
            #expect(scan.matches(title: "rasmus").isEmpty, "an item already back is not offered again")
            _ = data
        }

        @Test func missingItemTurnedUpAfterAllCountsAsBack() throws {
            var (scan, data) = try session()
            for number in 1...3 { scan.scan(barcode(number).rawValue) }
            try scan.finish(missing: [barcode(4): .returned], on: day("2026-12-02"), in: &data)
            #expect(data.deposits[0].exceptions.isEmpty)
            #expect(!data.deposits[0].isPartlyReturned)
        }

        @Test func keptBackItemComingWithTheNextCratesIsALateReturn() throws {
            var data = try DeskFixtures.withSolsikkenDeposit()
            try Desk.exchange(
                partner: "P001", newCrates: ["K002"], on: day("2026-12-02"), missing: [barcode(4): .stillAtPartner],
                in: &data)
            #expect(data.deposits[0].isPartlyReturned)
            var scan = ScanIn(deposit: data.deposits[1], data: data)
            #expect(scan.scan(barcode(4).rawValue) == .lateReturn(data.items[3], deposit: "D2026-0001"))
            #expect(scan.scan(barcode(4).rawValue) == .alreadyScanned(data.items[3]))
            for number in 5...8 { scan.scan(barcode(number).rawValue) }
            let change = try scan.finish(on: day("2027-03-03"), in: &data)
            #expect(change.deposits == ["D2026-0002", "D2026-0001"])
            #expect(data.deposits[0].exceptions.map(\.kind) == [.stillAtPartner, .found])
            #expect(!data.deposits[0].isPartlyReturned)
            DeskFixtures.expectConsistent(data)
        }

        @Test func partlyReturnedDepositCanBeScannedAgainForWhatWasKeptBack() throws {
            var (scan, data) = try session()
            for number in 1...2 { scan.scan(barcode(number).rawValue) }
            try scan.finish(on: day("2026-12-02"), in: &data)
            var later = ScanIn(deposit: data.deposits[0], data: data)
            #expect(later.expected.map(\.id) == [barcode(3), barcode(4)])
            later.scan(barcode(3).rawValue)
            let change = try later.finish(missing: [barcode(4): .lost], on: day("2027-01-13"), in: &data)
            #expect(change.touched == [season, .items(of: barcode(4))])
            #expect(data.deposits[0].exceptions.map(\.kind) == [.stillAtPartner, .stillAtPartner, .found, .lost])
            #expect(data.deposits[0].returnedOn == day("2026-12-02"))
            #expect(!data.deposits[0].isPartlyReturned)
            DeskFixtures.expectConsistent(data)
        }

        @Test func finishingRefusesADecisionForAnItemNotMissing() throws {
            var (scan, data) = try session()
            scan.scan(barcode(1).rawValue)
            let before = data
            #expect(throws: DeskError.itemNotOnDeposit(barcode(9), deposit: "D2026-0001")) {
                try scan.finish(missing: [barcode(9): .lost], on: day("2026-12-02"), in: &data)
            }
            #expect(throws: DeskError.self) { try scan.finish(on: day("2026-08-01"), in: &data) }
            #expect(data == before)
        }

        /// Speed is measured by depot-bench; this checks that every barcode of a city catalogue gets an answer and
        /// that the deposit's own items are all counted back.
        @Test func everyBarcodeOfACityCatalogueGetsAnAnswer() throws {
            let data = LibraryGenerator(scale: .city).generate()
            let deposit = try #require(data.deposits.last { $0.isOut })
            var scan = ScanIn(deposit: deposit, data: data, index: LibraryIndex(data))
            for item in data.items { _ = scan.scan(item.id.rawValue) }
            #expect(scan.isComplete)
            #expect(scan.returnedCount == deposit.itemBarcodes.count)
        }
    }
}
