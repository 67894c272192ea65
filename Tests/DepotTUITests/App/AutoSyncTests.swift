import DepotCore
import Foundation
import Testing

@testable import DepotTUI

@Suite("Syncing by itself")
struct AutoSyncTests {
    let start = ContinuousClock.now

    func at(_ seconds: Int) -> ContinuousClock.Instant { start + .seconds(seconds) }

    @Test func theFirstSyncIsDueAtOnceAndNeverTwoRunTogether() {
        var schedule = SyncSchedule(now: at(0))
        #expect(schedule.isDue(at: at(0)))
        schedule.begin(at: at(0))
        #expect(!schedule.isDue(at: at(1000)))
        schedule.noteSave(at: at(10))
        #expect(!schedule.isDue(at: at(1000)))
    }

    @Test func afterASyncTheNextComesAnIntervalLater() {
        var schedule = SyncSchedule(now: at(0))
        schedule.interval = .seconds(300)
        schedule.begin(at: at(0))
        schedule.finish(at: at(5))
        #expect(!schedule.isDue(at: at(6)))
        #expect(!schedule.isDue(at: at(304)))
        #expect(schedule.isDue(at: at(305)))
    }

    @Test func oneMachineCanSyncMoreOftenThroughTheEnvironment() {
        var schedule = SyncSchedule(now: at(0), environment: ["DEPOT_AUTOSYNC_SECONDS": "2"])
        schedule.begin(at: at(0))
        schedule.finish(at: at(1))
        #expect(!schedule.isDue(at: at(2)))
        #expect(schedule.isDue(at: at(3)))
        schedule.begin(at: at(3))
        schedule.finish(at: at(3))
        schedule.noteSave(at: at(4))
        #expect(schedule.isDue(at: at(5)))
        // A longer interval than the usual, or no number, leaves the usual schedule.
        for value in ["600", "0", "-5", "soon", ""] {
            let usual = SyncSchedule(now: at(0), environment: ["DEPOT_AUTOSYNC_SECONDS": value])
            #expect(usual.interval == .seconds(300) && usual.quiet == .seconds(20), "\(value)")
        }
        let longer = SyncSchedule(now: at(0), environment: ["DEPOT_AUTOSYNC_SECONDS": "60"])
        #expect(longer.interval == .seconds(60) && longer.quiet == .seconds(20) && longer.longestWait == .seconds(60))
    }

    @Test func aSavedChangeSyncsOnceTheDeskIsQuiet() {
        var schedule = SyncSchedule(now: at(0))
        schedule.begin(at: at(0))
        schedule.finish(at: at(1))
        schedule.noteSave(at: at(30))
        #expect(!schedule.isDue(at: at(49)))
        // Another save starts the quiet time again.
        schedule.noteSave(at: at(45))
        #expect(!schedule.isDue(at: at(64)))
        #expect(schedule.isDue(at: at(65)))
        schedule.begin(at: at(65))
        schedule.finish(at: at(67))
        // The sync took the saves: nothing is due until the next interval.
        #expect(!schedule.isDue(at: at(100)))
    }

    @Test func aSaveDuringASyncIsSentByTheNextOne() {
        var schedule = SyncSchedule(now: at(0))
        schedule.begin(at: at(0))
        schedule.noteSave(at: at(2))
        schedule.finish(at: at(4))
        #expect(!schedule.isDue(at: at(21)))
        #expect(schedule.isDue(at: at(22)))
    }

    @Test func steadyScanningStillSyncsAfterTheLongestWait() {
        var schedule = SyncSchedule(now: at(0))
        schedule.quiet = .seconds(20)
        schedule.longestWait = .seconds(120)
        schedule.begin(at: at(0))
        schedule.finish(at: at(1))
        var now = 10
        var due: Int?
        while now < 200 {
            schedule.noteSave(at: at(now))
            if schedule.isDue(at: at(now + 5)) {
                due = now + 5
                break
            }
            now += 10
        }
        #expect(due == 135)
    }

    func indicator(
        syncing: Bool = false, waiting: Int = 0, conflicts: Int = 0, last: String? = nil, offline: Bool = false,
        failed: Bool = false
    ) -> SyncIndicator {
        var indicator = SyncIndicator()
        indicator.isSyncing = syncing
        indicator.waiting = waiting
        indicator.openConflicts = conflicts
        indicator.lastSynced = last
        indicator.isOffline = offline
        indicator.failed = failed
        return indicator
    }

    @Test func theTopBarSaysTheStateInBothLanguages() {
        let danish = Strings(.danish)
        let english = Strings(.english)
        let cases: [(SyncIndicator, String, String)] = [
            (indicator(last: "21:30"), "Synkroniseret 21:30", "Synced 21:30"),
            (indicator(waiting: 1, last: "21:30"), "1 ændring venter", "1 change waiting"),
            (indicator(waiting: 3), "3 ændringer venter", "3 changes waiting"),
            (indicator(syncing: true, waiting: 3), "Synkroniserer…", "Syncing…"),
            (indicator(offline: true), "Offline", "Offline"),
            (indicator(waiting: 2, offline: true), "Offline, 2 ændringer venter", "Offline, 2 changes waiting"),
            (indicator(failed: true), "Synk. fejlede", "Sync failed"),
            (indicator(), "Ikke synkroniseret", "Not synced yet"),
            (
                indicator(conflicts: 2, last: "09:05"), "Synkroniseret 09:05 · konflikt (2)",
                "Synced 09:05 · conflict (2)"
            ),
        ]
        for (state, da, en) in cases {
            #expect(state.text(danish) == da)
            #expect(state.text(english) == en)
        }
    }

    @Test func timesAreWrittenAsTheScreenWritesThem() throws {
        let utc = try #require(TimeZone(identifier: "UTC"))
        #expect(SyncIndicator.clock(Date(timeIntervalSince1970: 9 * 3600 + 5 * 60), timeZone: utc) == "09:05")
        #expect(SyncIndicator.clock(Date(timeIntervalSince1970: 23 * 3600 + 59 * 60), timeZone: utc) == "23:59")
    }

    @Test func theTopBarShowsNoSyncStateForALibraryThatDoesNotSync() {
        var state = AppFixtures.state()
        let top = AppFixtures.render(&state).lines()[0]
        #expect(!top.contains("ynkroni"))
        #expect(top.hasSuffix("mandag 23. november 2026 · uge 48"))
    }

    @Test func theSyncStateFitsTheTopBarAt80Columns() {
        let longest = indicator(waiting: 1234, conflicts: 12, offline: true)
        for language in [Language.danish, .english] {
            for sync in [indicator(last: "21:30"), indicator(syncing: true, conflicts: 3), longest] {
                var state = AppFixtures.state(language: language)
                state.syncIndicator = sync
                let top = AppFixtures.render(&state, columns: 80).lines()[0]
                let badge = sync.text(state.strings)
                #expect(top.contains(badge), "\(top)")
                #expect(top.hasPrefix("Syddjurs Bibliotek"), "\(top)")
                #expect(displayWidth(of: top) <= 80)
            }
        }
        // With room, the date stays whole beside it.
        var state = AppFixtures.state()
        state.syncIndicator = indicator(last: "21:30")
        let wide = AppFixtures.render(&state, columns: 120).lines()[0]
        #expect(wide.hasSuffix("Synkroniseret 21:30 · mandag 23. november 2026 · uge 48"))
    }
}

/// The screen's view of the conflicts a sync set aside, on a real library folder (the choice is saved through the
/// store, as `depot conflicts resolve` saves it).
@Suite struct SyncConflictViewTests {
    final class Library {
        let path = NSTemporaryDirectory() + "depot-syncview-\(UUID().uuidString.prefix(8))"

        init() throws {
            try LibraryStore.create(folder: path, with: ScreenTest.sample).close()
        }

        deinit { try? FileManager.default.removeItem(atPath: path) }
    }

    /// A conflict on the first partner: its phone and contact changed elsewhere (set aside), as a sync leaves it.
    static func conflict(in data: LibraryData) throws -> (SyncConflict, Partner) {
        let partner = data.partners[0]
        let current = try #require(data.recordText(.partners, id: partner.id.rawValue))
        let phone = try #require(partner.contact.phone)
        let aside = current.replacingOccurrences(of: phone, with: "+45 99 88 77 66")
            .replacingOccurrences(of: partner.contact.name, with: "Ib Sat Tilside")
        #expect(aside != current)
        let conflict = SyncConflict(
            file: StoreFile.partners.relativePath, record: partner.id.rawValue, base: current, inFile: current,
            setAside: aside, at: SyncConflict.timestamp(), foundBy: "Anna Holm (filial-2)")
        return (conflict, partner)
    }

    @Test func theViewShowsBothVersionsAndSavesTheFieldsChosen() throws {
        let library = try Library()
        let store = try LibraryStore(folder: library.path)
        let data = try store.load()
        let (conflict, partner) = try SyncConflictViewTests.conflict(in: data)
        try SyncConflictFile.write([conflict], folder: library.path)
        var state = AppState(
            context: AppContext(data: data, today: ScreenTest.today, strings: Strings(.danish)), persistence: store)

        state.press(.character("!"))
        #expect(state.overlay is SyncConflictOverlay)
        let lines = AppFixtures.render(&state).lines()
        let text = lines.joined(separator: "\n")
        #expect(lines.allSatisfy { displayWidth(of: $0) <= 80 })
        #expect(text.contains("partners.json · \(partner.id.rawValue)"))
        #expect(text.contains("Anna Holm") && text.contains("Til højre: den i biblioteket nu."))
        #expect(text.contains("Sat til side"))
        #expect(text.contains("I biblioteket nu"))
        let phoneRow = try #require(AppFixtures.render(&state).lines().first { $0.contains("+45 99 88 77 66") })
        let before = try #require(partner.contact.phone)
        #expect(phoneRow.contains(before))
        #expect(!phoneRow.contains("\""))
        // Theirs is chosen until the librarian says otherwise.
        #expect(phoneRow.contains("▶ \(before)"))

        // Take the phone from the version set aside, keep the contact person in the library.
        let rows = SyncConflictOverlay.rows(of: conflict).map(\.name)
        let phone = try #require(rows.firstIndex { $0.hasSuffix("phone") })
        for _ in 0..<phone { state.press(.down) }
        state.press(.left)
        let chosenRow = try #require(AppFixtures.render(&state).lines().first { $0.contains("+45 99 88 77 66") })
        #expect(chosenRow.contains("▶ +45 99 88 77 66"))
        state.press(.enter)

        #expect(state.overlay == nil)
        let saved = try #require(state.context.data.partners.first { $0.id == partner.id })
        #expect(saved.contact.phone == "+45 99 88 77 66")
        #expect(saved.contact.name == partner.contact.name)
        #expect(try SyncConflictFile.read(folder: library.path).isEmpty)
        let reread = try LibraryStore(folder: library.path).load()
        #expect(reread.partners.first { $0.id == partner.id }?.contact.phone == "+45 99 88 77 66")
    }

    /// A partner kept over a deletion because a deposit names it: the view says who deleted it and what refers to
    /// it, and choosing the deletion is refused while the deposit does, leaving the partner and the conflict.
    @Test func aRecordKeptOverADeletionSaysWhyAndIsNotDeletedUnderItsDeposit() throws {
        let library = try Library()
        let store = try LibraryStore(folder: library.path)
        let data = try store.load()
        let deposit = try #require(data.deposits.first)
        let kept = try #require(data.recordText(.partners, id: deposit.partnerID.rawValue))
        let conflict = SyncConflict(
            file: StoreFile.partners.relativePath, record: deposit.partnerID.rawValue, base: kept, inFile: kept,
            setAside: nil, at: SyncConflict.timestamp(), foundBy: "Anna Holm (filial-2)",
            deletedBy: "Karen Iversen (filial-1)", neededBy: ["deposits/x.json \(deposit.id)"])
        try SyncConflictFile.write([conflict], folder: library.path)
        var state = AppState(
            context: AppContext(data: data, today: ScreenTest.today, strings: Strings(.english)), persistence: store)
        state.press(.character("!"))
        let text = AppFixtures.render(&state).lines().joined(separator: " ")
        #expect(text.contains("Karen Iversen (filial-1) deleted this record"), "\(text)")
        #expect(text.contains("deposits/x.json \(deposit.id)") && text.contains("still refer to it"), "\(text)")
        state.press(.left, .enter)
        #expect(state.context.data.partners.contains { $0.id == deposit.partnerID })
        #expect(try LibraryStore(folder: library.path).load().partners.contains { $0.id == deposit.partnerID })
        #expect(try SyncConflictFile.read(folder: library.path).map(\.id) == [conflict.id])
    }

    @Test func escLeavesTheConflictOpenAndWithoutConflictsTheKeySaysSo() throws {
        let library = try Library()
        let store = try LibraryStore(folder: library.path)
        let data = try store.load()
        var state = AppState(
            context: AppContext(data: data, today: ScreenTest.today, strings: Strings(.english)), persistence: store)
        state.press(.character("!"))
        #expect(state.overlay == nil)
        #expect(state.message == "No sync conflicts.")

        let (conflict, _) = try SyncConflictViewTests.conflict(in: data)
        try SyncConflictFile.write([conflict], folder: library.path)
        state.press(.character("!"), .left, .escape)
        #expect(state.overlay == nil)
        #expect(try SyncConflictFile.read(folder: library.path).map(\.id) == [conflict.id])
        #expect(state.context.data.partners == data.partners)
    }
}
