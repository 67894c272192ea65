import Foundation
import Testing

@testable import DepotCore

extension DepositsTests {
    /// A return in progress is kept on the deposit after every scan and survives a restart.
    @Suite struct ReturnProgressTests {
        private func day(_ text: String) -> Day { Day(text)! }
        private let barcode = DeskFixtures.barcode
        private let season = StoreFile.deposits(Season(startYear: 2026))

        /// K001 (items 1–4) out at Solsikken since 2 September.
        private func library() throws -> LibraryData { try DeskFixtures.withSolsikkenDeposit() }

        @Test func eachSaveKeepsTheScansOnTheDepositWhichStaysOut() throws {
            var data = try library()
            var scan = ScanIn(deposit: data.deposits[0], data: data)
            scan.scan(barcode(2).rawValue)
            let change = try scan.saveProgress(on: day("2026-12-02"), in: &data)
            #expect(change.touched == [season], "one file: the deposit's season")
            scan.scan(barcode(1).rawValue)
            try scan.markDamaged(barcode(1), note: "Revet omslag")
            try scan.saveProgress(on: day("2026-12-03"), in: &data)
            let deposit = data.deposits[0]
            #expect(
                deposit.returnInProgress
                    == Deposit.ReturnProgress(
                        startedOn: day("2026-12-02"), scanned: [barcode(2), barcode(1)],
                        damaged: [.init(barcode: barcode(1), note: "Revet omslag")]))
            #expect(deposit.returnedOn == nil && deposit.isOut)
            #expect(deposit.status(on: day("2026-12-03"), dueSoonDays: 14) == .overdue)
            #expect(data.crates[0].state == .out)
            DeskFixtures.expectConsistent(data)
        }

        @Test func aNewSessionResumesWhereTheSavedOneStopped() throws {
            var data = try library()
            var first = ScanIn(deposit: data.deposits[0], data: data)
            first.scan(barcode(3).rawValue)
            first.scan(barcode(1).rawValue)
            try first.markDamaged(barcode(3))
            try first.saveProgress(on: day("2026-12-02"), in: &data)

            var resumed = ScanIn(deposit: data.deposits[0], data: data)
            #expect(resumed.returnedCount == 2)
            #expect(resumed.missing.map(\.id) == [barcode(2), barcode(4)])
            #expect(resumed.isDamaged(barcode(3)) && !resumed.isDamaged(barcode(1)))
            #expect(resumed.scan(barcode(1).rawValue) == .alreadyScanned(data.items[0]))
            resumed.scan(barcode(2).rawValue)
            resumed.scan(barcode(4).rawValue)
            let change = try resumed.finish(on: day("2026-12-03"), in: &data)
            #expect(change.touched.contains(season))
            #expect(data.deposits[0].returnInProgress == nil, "finishing clears the progress")
            #expect(data.deposits[0].returnedOn == day("2026-12-03"))
            #expect(data.deposits[0].exceptions.map(\.kind) == [.damaged])
            DeskFixtures.expectConsistent(data)
        }

        @Test func theProgressSurvivesTheStoreAndOldFilesLoadWithout() throws {
            let folder = FileManager.default.temporaryDirectory.appendingPathComponent("depot-progress-\(UUID())")
            defer { try? FileManager.default.removeItem(at: folder) }
            var data = try library()
            try LibraryStore.create(folder: folder.path, with: data).close()
            let before = try String(
                contentsOfFile: folder.appendingPathComponent("deposits/2026-27.json").path, encoding: .utf8)
            #expect(!before.contains("returnInProgress"), "no field while nothing is in progress")

            var scan = ScanIn(deposit: data.deposits[0], data: data)
            scan.scan(barcode(4).rawValue)
            let change = try scan.saveProgress(on: day("2026-12-02"), in: &data)
            let store = try LibraryStore(folder: folder.path)
            _ = try store.load()
            try store.save(data, files: change.touched)
            store.close()
            let loaded = try LibraryStore(folder: folder.path, forWriting: false).load()
            #expect(loaded == data)
            #expect(ScanIn(deposit: loaded.deposits[0], data: loaded).returnedCount == 1)
        }

        @Test func anEmptySessionSavesNothingAndForgettingTheLastScanClearsTheProgress() throws {
            var data = try library()
            var scan = ScanIn(deposit: data.deposits[0], data: data)
            #expect(try scan.saveProgress(on: day("2026-12-02"), in: &data).touched.isEmpty)
            scan.scan(barcode(1).rawValue)
            try scan.saveProgress(on: day("2026-12-02"), in: &data)
            scan.forget(barcode(1))
            try scan.saveProgress(on: day("2026-12-02"), in: &data)
            #expect(data.deposits[0].returnInProgress == nil)
        }

        @Test func aLateReturnScannedOnTheWayIsKeptToo() throws {
            var data = try library()
            try Desk.exchange(
                partner: "P001", newCrates: ["K002"], on: day("2026-12-02"), missing: [barcode(4): .stillAtPartner],
                in: &data)
            var scan = ScanIn(deposit: data.deposits[1], data: data)
            scan.scan(barcode(4).rawValue)
            scan.scan(barcode(5).rawValue)
            try scan.saveProgress(on: day("2027-03-03"), in: &data)
            DeskFixtures.expectConsistent(data)
            let resumed = ScanIn(deposit: data.deposits[1], data: data)
            #expect(resumed.lateReturns == [barcode(4): "D2026-0001"])
            #expect(resumed.returnedCount == 1)
        }

        @Test func savingAfterTheDepositCameHomeIsRefused() throws {
            var data = try library()
            var scan = ScanIn(deposit: data.deposits[0], data: data)
            scan.scan(barcode(1).rawValue)
            try scan.finish(missing: [:], on: day("2026-12-02"), in: &data)
            #expect(throws: DeskError.depositReturned("D2026-0001", on: day("2026-12-02"))) {
                try scan.saveProgress(on: day("2026-12-02"), in: &data)
            }
        }

        @Test func theCommandLineReturnCountsWhatTheScreenSaved() throws {
            var data = try library()
            var scan = ScanIn(deposit: data.deposits[0], data: data)
            scan.scan(barcode(1).rawValue)
            scan.scan(barcode(2).rawValue)
            try scan.saveProgress(on: day("2026-12-02"), in: &data)
            var scanned = ScannedReturn(deposits: [data.deposits[0]], data: data, language: .english)
            scanned.scan(lines: "\(barcode(3))\n\(barcode(4))\n")
            #expect(scanned.returnedCount == 4 && scanned.notes.isEmpty)
            try scanned.finishReturn(missing: nil, on: day("2026-12-02"), in: &data)
            #expect(data.deposits[0].returnInProgress == nil && data.deposits[0].exceptions.isEmpty)
        }

        @Test func anExchangeCountsTheSavedScansAndClearsThem() throws {
            var data = try library()
            var scan = ScanIn(deposit: data.deposits[0], data: data)
            scan.scan(barcode(1).rawValue)
            try scan.saveProgress(on: day("2026-12-02"), in: &data)
            try Desk.exchange(
                partner: "P001", newCrates: ["K002"], on: day("2026-12-02"), missing: [barcode(1): .lost], in: &data)
            #expect(data.deposits[0].returnInProgress == nil)
            #expect(data.deposits[0].exceptions.isEmpty, "the scanned book is back, whatever the form said")
            DeskFixtures.expectConsistent(data)
        }

        @Test func depotCheckReportsAProgressThatDoesNotFit() throws {
            var data = try library()
            data.deposits[0].returnInProgress = Deposit.ReturnProgress(
                startedOn: day("2026-08-01"), scanned: [barcode(1), barcode(9), barcode(1)],
                damaged: [.init(barcode: barcode(2))])
            let messages = LibraryCheck.problems(in: data).map(\.message)
            #expect(
                messages == [
                    "returnInProgress: started 2026-08-01, before the deposit was sent (2026-09-02)",
                    "returnInProgress: item 5000100000009 was not lent on this deposit or another of partner P001",
                    "returnInProgress: item 5000100000001 is scanned twice",
                    "returnInProgress: item 5000100000002 is marked damaged but not scanned",
                ])
            data.deposits[0].dispatchedOn = nil
            #expect(
                LibraryCheck.problems(in: data).map(\.message).contains(
                    "returnInProgress: a return is in progress, but the deposit was never sent"))
        }
    }
}
