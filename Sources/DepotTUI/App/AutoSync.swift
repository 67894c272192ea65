import DepotCore
import Foundation
import Synchronization

/// When the screen syncs by itself: at the start, once the desk has been quiet for a while after a saved change
/// (`quiet`, or at the latest `longestWait` after the first change not yet sent, so a morning of scanning still
/// travels), and every `interval`. Never two at once. Pure: the caller says what time it is, so tests need no clock.
struct SyncSchedule {
    typealias Instant = ContinuousClock.Instant

    var quiet: Duration = .seconds(20)
    var longestWait: Duration = .seconds(120)
    var interval: Duration = .seconds(300)
    /// The first and the last change saved since the last sync began, if any.
    private(set) var firstUnsent: Instant?
    private(set) var lastSave: Instant?
    private(set) var nextPeriodic: Instant
    private(set) var isRunning = false

    /// A schedule whose first sync is due at once (`now`).
    init(now: Instant) { nextPeriodic = now }

    /// The variable that shortens the schedule on one machine: `DEPOT_AUTOSYNC_SECONDS=60` syncs every minute and
    /// at most a minute after a change (never later than the usual 20 s after the last one, 2 min after the first).
    static let environmentVariable = "DEPOT_AUTOSYNC_SECONDS"

    /// The schedule from now, with `environment`'s interval where it names a whole number of seconds from 1 to
    /// 300; anything else keeps the usual one.
    init(now: Instant, environment: [String: String]) {
        self.init(now: now)
        guard let text = environment[SyncSchedule.environmentVariable], let seconds = Int(text),
            (1...300).contains(seconds)
        else { return }
        interval = .seconds(seconds)
        quiet = min(quiet, interval)
        longestWait = min(longestWait, interval)
    }

    /// The desk saved a change.
    mutating func noteSave(at now: Instant) {
        if firstUnsent == nil { firstUnsent = now }
        lastSave = now
    }

    func isDue(at now: Instant) -> Bool {
        guard !isRunning else { return false }
        if let lastSave, now - lastSave >= quiet { return true }
        if let firstUnsent, now - firstUnsent >= longestWait { return true }
        return now >= nextPeriodic
    }

    /// A sync starts: it takes every change saved so far.
    mutating func begin(at now: Instant) {
        isRunning = true
        firstUnsent = nil
        lastSave = nil
    }

    /// The sync ended (whether or not it reached the remote): the next periodic one is an interval away.
    mutating func finish(at now: Instant) {
        isRunning = false
        nextPeriodic = now + interval
    }
}

/// What the top bar says about syncing.
public struct SyncIndicator: Equatable, Sendable {
    public var isSyncing = false
    /// Changes saved at this desk that have not reached the shared repository yet.
    public var waiting = 0
    public var openConflicts = 0
    /// When the last sync that reached the remote ended, as the screen writes times ("21:30"), or nil.
    public var lastSynced: String?
    public var isOffline = false
    /// The last sync failed for another reason than the network (said in the status line once).
    public var failed = false

    public init() {}

    /// "Synkroniseret 21:30", "3 ændringer venter", "Synkroniserer…", "Offline", with "konflikt (2)" after it.
    public func text(_ strings: Strings) -> String {
        var parts: [String] = []
        if isSyncing {
            parts.append(strings[SyncBarText.syncing])
        } else if isOffline {
            parts.append(
                waiting > 0
                    ? strings.format(SyncBarText.offlineWaiting, strings.count(waiting, SyncBarText.nounChange))
                    : strings[SyncBarText.offline])
        } else if failed {
            parts.append(strings[SyncBarText.failed])
        } else if waiting > 0 {
            parts.append(strings.format(SyncBarText.waiting, strings.count(waiting, SyncBarText.nounChange)))
        } else if let lastSynced {
            parts.append(strings.format(SyncBarText.synced, lastSynced))
        } else {
            parts.append(strings[SyncBarText.notYet])
        }
        if openConflicts > 0 { parts.append(strings.format(SyncBarText.conflicts, openConflicts)) }
        return parts.joined(separator: " · ")
    }

    /// A time of day as the top bar writes it: "21:30" in `timeZone`.
    static func clock(_ date: Date, timeZone: TimeZone = .current) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let parts = calendar.dateComponents([.hour, .minute], from: date)
        let hour = parts.hour ?? 0
        let minute = parts.minute ?? 0
        return "\(hour < 10 ? "0" : "")\(hour):\(minute < 10 ? "0" : "")\(minute)"
    }
}

/// How one background sync ended.
enum AutoSyncOutcome: Sendable {
    case synced(SyncReport)
    /// The library cannot sync (no repository, no remote, no git): the screen stops trying and says nothing.
    case unavailable
    case failed(String)
}

/// Runs `LibrarySync` on a thread of its own, with a store of its own on the same folder (as another desk would),
/// so the screen never waits for git. The sync takes the library's lock for its commit and merge as `depot sync`
/// does; the desk's store sees what it merged as a change from outside (`AppState.pollLibrary`), and a save made
/// at the desk meanwhile either waits for the lock or is committed by the sync before its merge.
final class AutoSyncRunner: Sendable {
    let folder: String
    let driver: String
    private let outcome = Mutex<AutoSyncOutcome?>(nil)

    init(folder: String, driver: String) {
        self.folder = folder
        self.driver = driver
    }

    /// Whether the folder could sync at all: it is the top of a git repository (`.git` is there).
    static func mightSync(folder: String) -> Bool {
        FileManager.default.fileExists(atPath: "\(folder)/.git")
    }

    /// Starts one sync in the background; `take()` has its outcome once it ended.
    func start(staff: StaffMember?, language: Language) {
        let folder = folder
        let driver = driver
        Thread.detachNewThread { [self] in
            let result = AutoSyncRunner.syncOnce(folder: folder, driver: driver, staff: staff, language: language)
            outcome.withLock { $0 = result }
        }
    }

    /// The outcome of the sync started last, once: nil while it runs.
    func take() -> AutoSyncOutcome? { outcome.withLock { $0.take() } }

    static func syncOnce(folder: String, driver: String, staff: StaffMember?, language: Language) -> AutoSyncOutcome {
        let store: LibraryStore
        do {
            store = try LibraryStore(folder: folder)
        } catch {
            return .failed((error as? StoreError)?.text(in: language) ?? "\(error)")
        }
        defer { store.close() }
        store.author = staff?.id
        do {
            let sync = try LibrarySync(store: store, staff: staff, driver: driver)
            _ = try sync.target()
            return .synced(try sync.sync())
        } catch {
            switch error {
            case .notARepository, .notTopLevel, .noRemote, .detachedHead, .gitUnavailable: return .unavailable
            default: return .failed(error.text(in: language))
            }
        }
    }
}

/// The screen's side of syncing by itself: when to start (`SyncSchedule`), what the top bar says, and taking in
/// what a sync brought, on the main loop.
struct AutoSync {
    let runner: AutoSyncRunner
    var schedule: SyncSchedule
    private var seenSaves = 0
    /// Saves counted in `waiting` when the running sync began: those it sends.
    private var sending = 0

    init(
        runner: AutoSyncRunner, now: ContinuousClock.Instant, savedChanges: Int,
        environment: [String: String] = ProcessInfo.processInfo.environment
    ) {
        self.runner = runner
        schedule = SyncSchedule(now: now, environment: environment)
        seenSaves = savedChanges
    }

    /// Called on every turn of the main loop: notes new saves, takes in a finished sync, starts a due one. Returns
    /// false once the library turned out unable to sync (the caller drops it).
    mutating func tick(_ state: inout AppState, now: ContinuousClock.Instant) -> Bool {
        var indicator = state.syncIndicator ?? SyncIndicator()
        if state.savedChanges != seenSaves {
            indicator.waiting += state.savedChanges - seenSaves
            seenSaves = state.savedChanges
            schedule.noteSave(at: now)
            // A resolved conflict is a saved change: the count is read again.
            if indicator.openConflicts > 0 {
                indicator.openConflicts = (try? SyncConflictFile.read(folder: runner.folder).count) ?? 0
            }
        }
        if schedule.isRunning, let outcome = runner.take() {
            schedule.finish(at: now)
            indicator.isSyncing = false
            switch outcome {
            case .unavailable:
                state.syncIndicator = nil
                return false
            case .failed(let reason):
                indicator.failed = true
                indicator.isOffline = false
                state.report(state.strings.format(SyncBarText.failedMessage, reason))
            case .synced(let report):
                indicator.failed = false
                indicator.openConflicts = report.openConflicts
                if report.offlineReason != nil {
                    indicator.isOffline = true
                } else {
                    indicator.isOffline = false
                    indicator.waiting = max(0, indicator.waiting - sending)
                    indicator.lastSynced = SyncIndicator.clock(Date())
                }
                state.syncIndicator = indicator
                if !report.receivedFiles.isEmpty { state.pollLibrary() }
                if !report.newConflicts.isEmpty {
                    // Only records kept over a deletion: no record was changed in two places, so it says what was.
                    let onlyKept = report.newConflicts.allSatisfy { $0.neededBy != nil }
                    state.report(
                        state.strings.format(
                            onlyKept ? SyncBarText.keptConflicts : SyncBarText.newConflicts,
                            state.strings.count(report.newConflicts.count, SyncBarText.nounConflict)))
                }
            }
            sending = 0
        }
        if schedule.isDue(at: now) {
            schedule.begin(at: now)
            sending = indicator.waiting
            indicator.isSyncing = true
            let staff = state.deskStaff
            runner.start(staff: staff, language: state.strings.language)
        }
        state.syncIndicator = indicator
        return true
    }

    /// Waits for a running sync to end (when the screen closes), so git is never left half-way.
    func waitForRunning() {
        guard schedule.isRunning else { return }
        while runner.take() == nil { usleep(100_000) }
    }
}

/// The top bar's words about syncing, and what a sync says in the status line.
enum SyncBarText: String, TextCatalogue {
    case synced, waiting, syncing, offline, offlineWaiting, failed, notYet, conflicts, nounChange, nounConflict
    case failedMessage, newConflicts, keptConflicts

    static let placeholders: [SyncBarText: [String]] = [
        .synced: ["time"],
        .waiting: ["changes"],
        .offlineWaiting: ["changes"],
        .conflicts: ["count"],
        .failedMessage: ["reason"],
        .newConflicts: ["conflicts"],
        .keptConflicts: ["conflicts"],
    ]
}
