import DepotCore
import Dispatch
import Synchronization

/// What every screen may read: the library, its look-ups, today and the language.
public struct AppContext: Sendable {
    public private(set) var data: LibraryData
    public private(set) var index: LibraryIndex
    public var today: Day
    public var strings: Strings
    /// Why changes cannot be saved (another Depot has the library open), or nil.
    public var readOnlyReason: String?
    /// The staff member at the desk (the store's author), when known: offered first where a form asks who, and
    /// named in a task's history when it is ticked off or deleted.
    public var deskStaffID: StaffMember.ID?
    private var whereaboutsCache = WhereaboutsCache()

    /// Where every crate and item is (from the deposits), worked out the first time a screen asks after a change.
    public var whereabouts: Whereabouts { whereaboutsCache.value(for: data) }

    public init(data: LibraryData, today: Day, strings: Strings, readOnlyReason: String? = nil) {
        self.data = data
        self.index = LibraryIndex(data)
        self.today = today
        self.strings = strings
        self.readOnlyReason = readOnlyReason
    }

    /// Replaces the library after a saved change and brings the look-ups up to date: after a change to some files
    /// (each scan of a return is one deposit file, a write-off one item shard), only what those files feed is
    /// worked out again; without `touched` (another desk's changes came in too), everything.
    mutating func replaceData(_ data: LibraryData, touched: Set<StoreFile>? = nil) {
        let previous = self.data
        self.data = data
        guard let touched, !touched.isEmpty else {
            index = LibraryIndex(data)
            // The whole library after the part the first frame was drawn from (`prepareWhereabouts`): with the same
            // deposits and crates, the whereabouts worked out meanwhile hold but for the items' statuses.
            if data.deposits == previous.deposits, data.crates == previous.crates,
                var known = whereaboutsCache.take()
            {
                known.updateStatuses(from: previous.items, to: data.items)
                whereaboutsCache = WhereaboutsCache(known)
                return
            }
            whereaboutsCache = WhereaboutsCache()
            whereaboutsCache.prepare(for: data)
            return
        }
        index.update(from: previous, to: data, touched: touched)
        let movesTouched = touched.contains { file in
            switch file {
            case .items, .plan, .settings, .teams, .events, .staff, .partners, .deposits: return false
            case .catalogue, .crates: return true
            }
        }
        // Taken out of the old cache, so that updating them changes them in place (a copy of this context that
        // still holds the old cache builds its own again if it asks).
        var known = movesTouched ? nil : whereaboutsCache.take()
        if known != nil, touched.contains(where: { if case .deposits = $0 { true } else { false } }),
            known?.updateDates(from: previous.deposits, to: data.deposits) == false
        {
            known = nil
        }
        if known != nil, touched.contains(where: \.holdsItems) {
            known?.updateStatuses(from: previous.items, to: data.items)
        }
        whereaboutsCache = WhereaboutsCache(known)
    }

    /// Starts working out the whereabouts on another core: as the screen opens, from the library read so far (all but
    /// the catalogue), while the catalogue is read. Taking in the whole library then keeps them.
    public func prepareWhereabouts() {
        whereaboutsCache.prepare(for: data)
    }

    var dueSoonDays: Int { data.settings.dueSoonDays }
}

/// Holds the `Whereabouts` of one version of the library, built on first use: most keys never need it, and at city
/// scale it costs a pass over every deposit.
final class WhereaboutsCache: Sendable {
    private let stored: Mutex<Whereabouts?>

    init(_ known: Whereabouts? = nil) { stored = Mutex(known) }

    /// The whereabouts if they were built already, taken out: this cache builds them again if asked.
    func take() -> Whereabouts? { stored.withLock { value in value.take() } }

    /// Starts working the whereabouts out on another core, for a screen that will ask soon: after the whole library
    /// is read in, the first frame of the Items or Crates tab found them ready instead of spending 30 ms on them. One
    /// that asks while they are being worked out waits for them (they are worked out once).
    func prepare(for data: LibraryData) {
        DispatchQueue.global(qos: .userInitiated).async { _ = self.value(for: data) }
    }

    func value(for data: LibraryData) -> Whereabouts {
        stored.withLock { value in
            if let value { return value }
            let built = Whereabouts(data: data)
            value = built
            return built
        }
    }
}

/// A change to the library, described so that it can be applied to a copy, saved, and only then kept.
public struct Change {
    /// Shown in the status line once saved: "Saved: Børnehuset Solsikken".
    public var summary: String
    /// The files the change touches; only these are written.
    public var files: Set<StoreFile>
    public var apply: (inout LibraryData) -> Void
    /// The change made again on a fresher library, when another desk changed the files first: a desk operation
    /// decides anew (`LibraryStore.Replay`). Without one, the change is merged record by record.
    public var replay: LibraryStore.Replay?
    /// Where to put the selection afterwards, e.g. on the record just created.
    public var reveal: Jump?
    /// For a change that does more on disk than write `files` (the purge): applies and saves it itself instead
    /// of `apply` and one save, and returns the status line. It throws only when nothing was saved.
    public var perform: ((inout LibraryData, any LibraryPersistence) throws -> String)?
    /// What to do once the change is saved, from the library as saved: open the scan-in of the crates an exchange
    /// brings home, the send form after its question. Runs after the form or question that made the change closed.
    public var then: ((AppContext) -> ScreenCommand)?

    public init(
        summary: String, files: Set<StoreFile>, reveal: Jump? = nil,
        perform: ((inout LibraryData, any LibraryPersistence) throws -> String)? = nil,
        then: ((AppContext) -> ScreenCommand)? = nil, apply: @escaping (inout LibraryData) -> Void
    ) {
        self.summary = summary
        self.files = files
        self.reveal = reveal
        self.perform = perform
        self.then = then
        self.apply = apply
    }

    /// Nothing to save: only `then`, after a question (a yes that opens a form).
    static func next(_ then: @escaping (AppContext) -> ScreenCommand) -> Change {
        Change(summary: "", files: [], then: then) { _ in }
    }
}

/// A record to show: a scan, an Enter on the overview, a link from a detail pane.
public enum Jump: Hashable, Sendable {
    case partner(Partner.ID)
    case crate(Crate.ID)
    case item(Item.ID)
    case deposit(Deposit.ID)
    /// A partner's visit on a day in the Plan tab's grid.
    case plannedVisit(Partner.ID, Day)
}

/// What a screen asks of the application after a key.
public enum ScreenCommand {
    /// The key did something (or nothing worth saying).
    case handled
    /// The screen has no use for the key; the application's global keys may.
    case ignored
    case message(String)
    case openForm(FormState)
    case openOverlay(any Overlay)
    case print(PrintJob)
    case confirm(Confirmation)
    case apply(Change)
    case jump(Jump)
}

/// A yes/no question before a change that ends or deletes something.
public struct Confirmation {
    public var question: String
    public var change: Change

    public init(question: String, change: Change) {
        self.question = question
        self.change = change
    }
}
