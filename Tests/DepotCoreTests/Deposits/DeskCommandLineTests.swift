import Testing

@testable import DepotCore

extension DepositsTests {
    /// The rules behind `depot pack`, `send`, `return`, `exchange`, `renew`, `writeoff` and `found`.
    @Suite struct DeskCommandLineTests {
        private func day(_ text: String) -> Day { Day(text)! }
        private let barcode = DeskFixtures.barcode

        // MARK: Packing for a partner

        @Test func packingForAPartnerMakesADepositNotSentYet() throws {
            var data = DeskFixtures.library()
            // Tuesday 1 December 2026; Solsikken's van comes on Wednesdays.
            let change = try Desk.packForPartner(
                crates: ["K001", "K003", "K001"], partner: "P001", on: day("2026-12-01"), visit: day("2026-12-02"),
                in: &data)
            #expect(change.touched == [.crates, .deposits(Season(startYear: 2026))])
            let deposit = try #require(data.deposits.first)
            #expect(change.deposits == [deposit.id] && deposit.id == "D2026-0001")
            #expect(deposit.crateIDs == ["K001", "K003"] && deposit.dispatchedOn == nil && deposit.returnedOn == nil)
            #expect(deposit.itemBarcodes == [1, 2, 3, 4, 9, 10].map(barcode))
            #expect(deposit.createdOn == day("2026-12-01"))
            // Provisional: three months after the visit, on a Wednesday.
            #expect(deposit.dueOn == day("2027-03-03"))
            #expect(data.crates.map(\.state) == [.packed, .home, .packed, .home, .inRepair])
            DeskFixtures.expectConsistent(data)

            // Sending exactly those crates sends that deposit; it keeps its number.
            try Desk.dispatch(crates: ["K001", "K003"], to: "P001", on: day("2026-12-02"), in: &data)
            #expect(data.deposits.count == 1 && data.deposits[0].dispatchedOn == day("2026-12-02"))
            #expect(data.crates[0].state == .out)
        }

        @Test func aCrateTakenBySomeoneIsRefusedNamingWhere() throws {
            var data = try DeskFixtures.withSolsikkenDeposit()
            try Desk.packForPartner(crates: ["K002"], partner: "P002", on: day("2026-12-01"), in: &data)
            let before = data
            #expect(
                throws: DeskError.crateTaken(
                    "K002", partner: "Kolind Skole", deposit: "D2026-0002", sentOn: nil)
            ) {
                try Desk.packForPartner(crates: ["K003", "K002"], partner: "P003", on: day("2026-12-01"), in: &data)
            }
            #expect(
                throws: DeskError.crateTaken(
                    "K001", partner: "Børnehuset Solsikken", deposit: "D2026-0001", sentOn: day("2026-09-02"))
            ) {
                try Desk.packForPartner(crates: ["K001"], partner: "P003", on: day("2026-12-01"), in: &data)
            }
            #expect(throws: DeskError.crateNotHome("K005", state: .inRepair)) {
                try Desk.packForPartner(crates: ["K005"], partner: "P003", on: day("2026-12-01"), in: &data)
            }
            #expect(throws: DeskError.crateEmpty("K004")) {
                try Desk.packForPartner(crates: ["K004"], partner: "P003", on: day("2026-12-01"), in: &data)
            }
            #expect(throws: DeskError.partnerEnded(name: "Andebyens Børnehave", on: day("2026-06-30"))) {
                try Desk.packForPartner(crates: ["K003"], partner: "P004", on: day("2026-12-01"), in: &data)
            }
            #expect(throws: DeskError.noCrates) {
                try Desk.packForPartner(crates: [], partner: "P003", on: day("2026-12-01"), in: &data)
            }
            #expect(data == before, "a refused packing changes nothing")
            let message = DeskError.crateTaken(
                "K001", partner: "Violen", deposit: "D2026-0027", sentOn: day("2026-08-05"))
            #expect(message.description == "Crate K001 is out at Violen since 5 August 2026 (deposit D2026-0027).")
            #expect(
                message.localizedDescription(.danish)
                    == "Kasse K001 er ude hos Violen siden 5. august 2026 (depot D2026-0027).")
        }

        @Test func theVisitMustBeAVanDayFromToday() throws {
            var data = DeskFixtures.library()
            let before = data
            // Thursday 3 December is not a Mols day; the next is Wednesday 9 December.
            #expect(
                throws: DeskError.notAVisitDay(
                    day("2026-12-03"), partner: "Børnehuset Solsikken", next: day("2026-12-09"))
            ) {
                try Desk.packForPartner(
                    crates: ["K001"], partner: "P001", on: day("2026-12-01"), visit: day("2026-12-03"), in: &data)
            }
            #expect(throws: DeskError.visitInThePast(day("2026-11-25"), today: day("2026-12-01"))) {
                try Desk.packForPartner(
                    crates: ["K001"], partner: "P001", on: day("2026-12-01"), visit: day("2026-11-25"), in: &data)
            }
            // In the partner's summer closure the van does not come either.
            #expect(throws: DeskError.self) {
                try Desk.checkVisit(
                    day("2027-07-14"), for: data.partners[0], today: day("2026-12-01"), settings: data.settings)
            }
            #expect(data == before)
            #expect(
                DeskError.notAVisitDay(day("2026-12-03"), partner: "Solsikken", next: day("2026-12-09")).description
                    == "The van does not come to Solsikken on Thursday 3 December 2026; the next van day is "
                    + "Wednesday 9 December 2026.")
        }

        @Test func sendPackedSendsWhatWasPackedForThePartner() throws {
            var data = DeskFixtures.library()
            try Desk.packForPartner(crates: ["K001"], partner: "P001", on: day("2026-11-30"), in: &data)
            try Desk.packForPartner(crates: ["K003"], partner: "P001", on: day("2026-11-30"), in: &data)
            try Desk.packForPartner(crates: ["K002"], partner: "P002", on: day("2026-11-30"), in: &data)
            let change = try Desk.sendPacked(to: "P001", on: day("2026-12-02"), in: &data)
            #expect(change.deposits == ["D2026-0001", "D2026-0002"])
            #expect(data.deposits.map { $0.dispatchedOn } == [day("2026-12-02"), day("2026-12-02"), nil])
            #expect(data.crates.map(\.state) == [.out, .packed, .out, .home, .inRepair])
            #expect(throws: DeskError.nothingPacked(partner: "Børnehuset Solsikken")) {
                try Desk.sendPacked(to: "P001", on: day("2026-12-02"), in: &data)
            }
            #expect(throws: DeskError.dueBeforeDispatch(due: day("2026-12-01"), dispatched: day("2026-12-02"))) {
                try Desk.sendPacked(to: "P002", on: day("2026-12-02"), dueOn: day("2026-12-01"), in: &data)
            }
            #expect(throws: DeskError.partnerEnded(name: "Andebyens Børnehave", on: day("2026-06-30"))) {
                try Desk.sendPacked(to: "P004", on: day("2026-12-02"), in: &data)
            }
            DeskFixtures.expectConsistent(data)
        }

        // MARK: What a command names

        @Test func theDepositToReturnByNumberOrCrate() throws {
            var data = try DeskFixtures.withSolsikkenDeposit()
            #expect(try Desk.depositToReturn("d2026-0001", in: data).id == "D2026-0001")
            #expect(try Desk.depositToReturn(" k001 ", in: data).id == "D2026-0001")
            #expect(throws: DeskError.unknownDepositOrCrate("K999")) { try Desk.depositToReturn("K999", in: data) }
            #expect(throws: DeskError.crateNeverLent("K002")) { try Desk.depositToReturn("K002", in: data) }
            try Desk.packForPartner(crates: ["K002"], partner: "P002", on: day("2026-12-01"), in: &data)
            #expect(throws: DeskError.depositNotSent("D2026-0002")) { try Desk.depositToReturn("K002", in: data) }

            // Home with one book kept back: the crate names that deposit until the book is in.
            var session = ScanIn(deposit: data.deposits[0], data: data)
            for number in 1...3 { session.scan(barcode(number).rawValue) }
            try session.finish(on: day("2026-12-02"), in: &data)
            #expect(try Desk.depositToReturn("K001", in: data).id == "D2026-0001")
            var late = ScanIn(deposit: data.deposits[0], data: data)
            late.scan(barcode(4).rawValue)
            try late.finish(on: day("2026-12-09"), in: &data)
            #expect(throws: DeskError.depositReturned("D2026-0001", on: day("2026-12-02"))) {
                try Desk.depositToReturn("K001", in: data)
            }
            #expect(throws: DeskError.depositReturned("D2026-0001", on: day("2026-12-02"))) {
                try Desk.depositToReturn("D2026-0001", in: data)
            }
        }

        @Test func theDepositAnItemIsWrittenOffOn() throws {
            var data = try DeskFixtures.withSolsikkenDeposit()
            #expect(try Desk.depositHolding(barcode(2), in: data) == "D2026-0001")
            #expect(throws: DeskError.itemNotAtPartner(barcode(11))) { try Desk.depositHolding(barcode(11), in: data) }
            #expect(throws: DeskError.unknownItem("123")) { try Desk.depositHolding("123", in: data) }
            try Desk.writeOff(item: barcode(2), on: "D2026-0001", on: day("2026-11-01"), in: &data)
            #expect(throws: DeskError.itemAlreadyLost(barcode(2), deposit: "D2026-0001")) {
                try Desk.depositHolding(barcode(2), in: data)
            }
            // Kept back when the rest came home: still written off on that deposit.
            var scanning = ScanIn(deposit: data.deposits[0], data: data)
            scanning.scan(barcode(1).rawValue)
            scanning.scan(barcode(4).rawValue)
            try scanning.finish(missing: [barcode(3): .stillAtPartner], on: day("2026-12-02"), in: &data)
            #expect(try Desk.depositHolding(barcode(3), in: data) == "D2026-0001")
            #expect(throws: DeskError.itemNotAtPartner(barcode(1))) { try Desk.depositHolding(barcode(1), in: data) }
        }

        @Test func foundRecordsALostItemOrOneKeptBack() throws {
            var data = try DeskFixtures.withSolsikkenDeposit()
            try Desk.writeOff(item: barcode(2), on: "D2026-0001", on: day("2026-11-01"), in: &data)
            var session = ScanIn(deposit: data.deposits[0], data: data)
            session.scan(barcode(1).rawValue)
            session.scan(barcode(4).rawValue)
            try session.finish(missing: [barcode(3): .stillAtPartner], on: day("2026-12-02"), in: &data)

            let lost = try Desk.recordFound(item: barcode(2), on: day("2026-12-03"), in: &data)
            #expect(lost.touched.contains(.items(of: barcode(2))) && data.items[1].status == .available)
            let kept = try Desk.recordFound(item: barcode(3), on: day("2026-12-03"), in: &data)
            #expect(kept.touched == [.deposits(Season(startYear: 2026))])
            #expect(data.deposits[0].state(of: barcode(3)) == .returned && !data.deposits[0].isPartlyReturned)
            #expect(throws: DeskError.itemNotLost(barcode(3))) {
                try Desk.recordFound(item: barcode(3), on: day("2026-12-03"), in: &data)
            }
            DeskFixtures.expectConsistent(data)
        }

        @Test func renewingAPartnerRenewsAllItsDepositsOrNone() throws {
            var data = try DeskFixtures.withSolsikkenDeposit()
            try Desk.dispatch(crates: ["K003"], to: "P001", on: day("2026-09-09"), in: &data)
            let change = try Desk.renewAll(of: "P001", in: &data)
            #expect(change.deposits == ["D2026-0001", "D2026-0002"])
            #expect(data.deposits.map(\.renewals) == [1, 1])
            let before = data
            #expect(throws: DeskError.dueDateNotLater("D2026-0002", current: data.deposits[1].dueOn)) {
                try Desk.renewAll(of: "P001", to: data.deposits[0].dueOn.adding(days: 1), in: &data)
            }
            #expect(data == before)
            #expect(throws: DeskError.noDepositOut(partner: "Kolind Skole")) {
                try Desk.renewAll(of: "P002", in: &data)
            }
        }

        @Test func crateListsAndMissingDecisionsAsTyped() {
            #expect(Desk.crateList("k1,K2 k3,,k1") == ["K1", "K2", "K3"])
            #expect(Desk.crateList(" , ").isEmpty)
            #expect(MissingDecision(commandLine: "lost") == .lost)
            #expect(MissingDecision(commandLine: "AT-PARTNER") == .stillAtPartner)
            #expect(MissingDecision(commandLine: "tabt") == nil && MissingDecision(commandLine: "") == nil)
        }

        // MARK: Scanned from standard input

        @Test func scannedLinesCountBooksAndNameTheRestByLine() throws {
            var data = try DeskFixtures.withSolsikkenDeposit()
            var scanned = ScannedReturn(deposits: [data.deposits[0]], data: data, language: .english)
            scanned.scan(lines: "\(barcode(1))\n\n  \(barcode(2))  \r\n999\n\(barcode(5))\n\(barcode(1))\n")
            #expect(scanned.returnedCount == 2 && scanned.expectedCount == 4)
            #expect(scanned.missing.map(\.id) == [barcode(3), barcode(4)])
            #expect(scanned.notes.map(\.line) == [4, 5, 6])
            #expect(scanned.notes[0].message == "No item has the barcode 999.")

            let before = data
            #expect(throws: DeskError.missingNotDecided(count: 2)) {
                try scanned.finishReturn(missing: nil, on: day("2026-12-02"), in: &data)
            }
            #expect(data == before, "nothing is saved while books are undecided")
            let change = try scanned.finishReturn(missing: .lost, on: day("2026-12-02"), in: &data)
            #expect(
                change.touched == [
                    .crates, .items(of: barcode(3)), .items(of: barcode(4)), .deposits(Season(startYear: 2026)),
                ])
            #expect(data.deposits[0].barcodes(in: .lost) == [barcode(3), barcode(4)])
            #expect(data.crates[0].state == .home && data.crates[0].itemBarcodes == [barcode(1), barcode(2)])
            DeskFixtures.expectConsistent(data)
        }

        @Test func aScannedExchangeReturnsSendsThePackedCratesAndRecordsLateReturns() throws {
            var data = try DeskFixtures.withSolsikkenDeposit()
            // An older book kept back at Solsikken comes home with the crate.
            try Desk.dispatch(crates: ["K003"], to: "P001", on: day("2026-09-09"), in: &data)
            var first = ScanIn(deposit: data.deposits[1], data: data)
            first.scan(barcode(9).rawValue)
            try first.finish(on: day("2026-11-04"), in: &data)
            try Desk.packForPartner(crates: ["K002"], partner: "P001", on: day("2026-12-01"), in: &data)

            let out = data.deposits.filter { $0.partnerID == "P001" && $0.isOut }
            var scanned = ScannedReturn(deposits: out, data: data, language: .english)
            scanned.scan(lines: [1, 2, 3, 10].map { barcode($0).rawValue }.joined(separator: "\n"))
            #expect(scanned.lateReturns == [barcode(10): "D2026-0002"])
            let before = data
            #expect(throws: DeskError.missingNotDecided(count: 1)) {
                try scanned.finishExchange(
                    partner: "P001", newCrates: nil, on: day("2026-12-02"), missing: nil, in: &data)
            }
            #expect(data == before)
            let change = try scanned.finishExchange(
                partner: "P001", newCrates: nil, on: day("2026-12-02"), missing: .stillAtPartner, in: &data)
            #expect(change.deposits == ["D2026-0001", "D2026-0003", "D2026-0002"])
            #expect(data.deposits[0].returnedOn == day("2026-12-02") && data.deposits[0].isPartlyReturned)
            #expect(data.deposits[0].barcodes(in: .atPartner) == [barcode(4)])
            #expect(!data.deposits[1].isPartlyReturned, "the late book is recorded home")
            #expect(data.deposits[2].dispatchedOn == day("2026-12-02"))
            #expect(data.crates.map(\.state) == [.home, .out, .home, .home, .inRepair])
            DeskFixtures.expectConsistent(data)
        }
    }
}
