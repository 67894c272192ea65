import DepotCore
import Testing

@testable import DepotTUI

/// The scan-in screen on the sample library: the first overdue deposit comes home.
@Suite("Scan-in screen")
struct ScanInTests {
    private struct Desk {
        var state: AppState
        let persistence: RecordingPersistence
        let deposit: Deposit

        init() {
            persistence = RecordingPersistence()
            state = ScreenTest.app(persistence: persistence)
            state.press(.character("5"), .character("s"), .character("s"), .character("s"))
            let selected = state.depositsScreen?.selected(state.context)
            deposit = selected!
            state.press(.character("r"))
        }

        var lent: [Item.ID] { deposit.itemBarcodes }

        mutating func scan(_ barcodes: some Sequence<Item.ID>) {
            for barcode in barcodes { state.handle(.scanned(barcode.rawValue)) }
        }

        mutating func screen() -> String { ScreenTest.screen(&state).joined(separator: "\n") }

        var saved: Deposit? { persistence.lastSaved?.deposits.first { $0.id == deposit.id } }
    }

    @Test func controlCWithATitleHalfTypedAsksFirstAsAFormDoes() {
        var desk = Desk()
        desk.scan(desk.lent.prefix(2))
        desk.state.type("Bamse")
        desk.state.press(.control("c"))
        #expect(!desk.state.shouldQuit)
        #expect(desk.state.isAskingToLeaveOverlay)
        #expect(desk.screen().contains("Kassér ændringer?"))
        // Any other key goes back with the title kept; a scan during the question is still counted.
        desk.state.press(.character("n"))
        #expect(!desk.state.isAskingToLeaveOverlay && desk.state.overlay is ScanInOverlay)
        #expect(desk.screen().contains("Bamse"))
        desk.state.press(.control("c"))
        desk.scan(desk.lent.dropFirst(2).prefix(1))
        #expect(desk.screen().contains("3 af 30 tilbage"))
        #expect(!desk.state.shouldQuit)
        // Yes throws the title away and closes the overlay (the scans were saved as they came).
        desk.state.type("Bamse")
        desk.state.press(.control("c"), .character("j"))
        #expect(desk.state.overlay == nil && !desk.state.shouldQuit)
        #expect(desk.saved?.returnInProgress?.scanned.count == 3)
    }

    @Test func controlCTwiceQuitsAndWithNothingTypedOnce() {
        var desk = Desk()
        desk.state.type("Bamse")
        desk.state.press(.control("c"), .control("c"))
        #expect(desk.state.shouldQuit && desk.state.wasInterrupted)
        var plain = Desk()
        plain.scan(plain.lent.prefix(2))
        plain.state.press(.control("c"))
        #expect(plain.state.shouldQuit && plain.state.wasInterrupted)
    }

    @Test func theOverdueFilterOpensAnOverdueDeposit() {
        let desk = Desk()
        #expect(desk.deposit.status(on: ScreenTest.today, dueSoonDays: 14) == .overdue)
        #expect(desk.state.overlay is ScanInOverlay)
    }

    @Test func allBackNeedsOnlyTheScansAndOneKey() throws {
        var desk = Desk()
        desk.scan(desk.lent)
        #expect(desk.screen().contains("30 af 30 tilbage"))
        desk.state.press(.function(2))
        #expect(desk.state.overlay == nil)
        let saved = try #require(desk.saved)
        #expect(saved.returnedOn == ScreenTest.today)
        #expect(saved.exceptions.isEmpty)
        #expect(desk.persistence.savedFiles.last?.contains(.deposits(Season(startYear: 2026))) == true)
        #expect(desk.state.message.hasPrefix("Modtaget \(desk.deposit.id): 30 af 30"))
    }

    @Test func missingItemsAreDecidedOneByOne() throws {
        var desk = Desk()
        desk.scan(desk.lent.dropLast(3))
        #expect(desk.screen().contains("27 af 30 tilbage"))
        #expect(desk.screen().contains("Mangler (3):"))
        desk.state.press(.function(2))
        #expect(desk.screen().contains("Hvad er der sket med det, der mangler?"))
        desk.state.press(.character("t"), .character("t"), .character("b"), .enter)
        let saved = try #require(desk.saved)
        let lost = saved.exceptions.filter { $0.kind == .lost }.map(\.barcode)
        let kept = saved.exceptions.filter { $0.kind == .stillAtPartner }.map(\.barcode)
        #expect(Set(lost) == Set(desk.lent.suffix(3).prefix(2)))
        #expect(kept == [desk.lent.last!])
        let items = try #require(desk.persistence.lastSaved?.items)
        #expect(items.filter { lost.contains($0.id) }.allSatisfy { $0.status == .lost })
    }

    @Test func aForeignItemIsFlaggedWithABeepAndNotCounted() throws {
        var desk = Desk()
        let other = try #require(
            ScreenTest.sample.crates.first { !desk.deposit.crateIDs.contains($0.id) && !$0.itemBarcodes.isEmpty })
        desk.state.handle(.scanned(other.itemBarcodes[0].rawValue))
        #expect(desk.state.wantsBeep)
        #expect(desk.state.message.contains("hører ikke til dette depot"))
        #expect(desk.screen().contains("0 af 30 tilbage"))
    }

    @Test func aBookOfAnotherPartnerIsSaidWithThatPartnersName() throws {
        var desk = Desk()
        let other = try #require(
            ScreenTest.sample.deposits.first {
                $0.isOut && $0.partnerID != desk.deposit.partnerID && !$0.itemBarcodes.isEmpty
            })
        let partner = try #require(ScreenTest.sample.partners.first { $0.id == other.partnerID })
        desk.state.handle(.scanned(other.itemBarcodes[0].rawValue))
        #expect(desk.state.message.contains(partner.name), "\(desk.state.message)")
        #expect(!desk.state.message.contains(partner.id.rawValue))
        let lines = ScreenTest.screen(&desk.state)
        #expect(lines[23].hasPrefix("Enter/F2"), "the key hints stay")
    }

    @Test func anUnknownBarcodeIsSaidAndBeeped() {
        var desk = Desk()
        desk.state.handle(.scanned("99999999"))
        #expect(desk.state.wantsBeep)
        #expect(desk.state.message == "Ukendt stregkode 99999999")
    }

    @Test func aTitleTypedByHandFindsTheBook() throws {
        var desk = Desk()
        let item = try #require(ScreenTest.sample.items.first { $0.id == desk.lent[0] })
        desk.state.type(String(item.title.prefix(12)))
        #expect(desk.screen().contains("Titler i depotet"))
        desk.state.press(.enter)
        #expect(desk.screen().contains("1 af 30 tilbage"))
    }

    @Test func leavingKeepsWhatWasScanned() throws {
        var desk = Desk()
        desk.scan(desk.lent.prefix(2))
        desk.state.press(.escape)
        #expect(desk.state.overlay == nil)
        #expect(desk.state.message.contains("er gemt (2 af 30)"))
        #expect(try #require(desk.saved).returnInProgress?.scanned == Array(desk.lent.prefix(2)))
        #expect(desk.saved?.returnedOn == nil, "the deposit is still out")
    }

    @Test func ctrlDMarksTheLastScannedItemDamaged() throws {
        var desk = Desk()
        desk.scan(desk.lent)
        desk.state.press(.control("d"), .function(2))
        let saved = try #require(desk.saved)
        #expect(saved.exceptions.map(\.kind) == [.damaged])
        #expect(saved.exceptions.first?.barcode == desk.lent.last)
    }
}

@Suite("Desk actions")
struct DeskActionTests {
    @Test func packingRefusesAnItemFromAnotherCrateAndSavesEachScan() throws {
        let persistence = RecordingPersistence()
        var state = ScreenTest.app(persistence: persistence)
        let crates = ScreenTest.sample.crates
        state.press(.character("3"))
        let home = try #require(crates.firstIndex { $0.state == .home })
        for _ in 0..<home { state.press(.down) }
        let crate = try #require(state.cratesScreen?.selected(state.context))
        #expect(crate.state == .home)
        state.press(.character("p"))
        let foreign = try #require(crates.first { $0.id != crate.id && !$0.itemBarcodes.isEmpty }?.itemBarcodes.first)
        state.handle(.scanned(foreign.rawValue))
        #expect(state.wantsBeep)
        #expect(state.message.contains("ligger allerede i kasse"))
        let spare = try #require(
            ScreenTest.sample.items.first { item in
                item.status == .available && !crates.contains { $0.itemBarcodes.contains(item.id) }
            })
        state.handle(.scanned(spare.id.rawValue))
        #expect(persistence.savedFiles.last == [.crates], "\(state.message)")
        #expect(persistence.lastSaved?.crates.first { $0.id == crate.id }?.itemBarcodes.last == spare.id)
        state.press(.character("P"))
        let jobs = state.takePrintJobs()
        #expect(jobs.map(\.name) == ["pakkeliste-\(crate.id).txt"])
        #expect(jobs.first?.text.contains(spare.id.rawValue) == true)
    }

    @Test func theLedgerShowsWhatWasWaived() {
        var state = ScreenTest.app()
        state.press(.character("5"), .character("l"))
        let screen = ScreenTest.screen(&state, width: 120, height: 40).joined(separator: "\n")
        #expect(screen.contains("Regnskab for sæsonen 2026/27"))
        #expect(screen.contains("Frafaldet"))
    }

    @Test func aReminderLetterIsPrintedForAnOverduePartner() throws {
        var state = ScreenTest.app()
        state.press(.character("5"), .character("s"), .character("s"), .character("s"), .character("b"))
        let job = try #require(state.takePrintJobs().first)
        #expect(job.name.hasPrefix("rykker-"))
        #expect(!job.text.isEmpty)
    }
}
