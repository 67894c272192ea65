import DepotCore
import Foundation

/// Input as the application sees it: a key, or a whole barcode typed by a scanner.
public enum AppInput: Hashable, Sendable {
    case key(Key)
    /// Digits (or letters) that arrived in one quick burst and ended with Enter.
    case scanned(String)
}

/// Saves a changed library, and forgets what it wrote before when the purge asks (`ForgettingStore`); the real
/// one is the `LibraryStore`, tests may pass their own.
public protocol LibraryPersistence: ForgettingStore {
    /// Commits a change made to the library last read, merged with or replayed on what other desks did meanwhile
    /// (`LibraryStore.commit`).
    func commit(_ data: LibraryData, files: Set<StoreFile>, summary: String, replay: LibraryStore.Replay?) throws
        -> Commit
    /// What other desks changed since the library was last read, or nil (`LibraryStore.refresh`).
    func refresh(adopting: Bool) throws -> Refresh?
    /// The library as last read or written; after a conflict, the version on disk.
    var current: LibraryData? { get }
    /// Names the staff member at the desk, for the change log, and remembers them on this machine.
    func identify(_ staff: StaffMember.ID)
    /// The staff member at the desk, once known (`identify`, `--as`, remembered).
    var deskAuthor: StaffMember.ID? { get }
}

extension LibraryPersistence {
    public func commit(_ data: LibraryData, files: Set<StoreFile>, summary: String, replay: LibraryStore.Replay?)
        throws -> Commit
    {
        try save(data, files: files)
        return Commit(data: data, written: files, reloaded: [])
    }

    public func refresh(adopting: Bool) throws -> Refresh? { nil }

    public var current: LibraryData? { nil }

    public func identify(_ staff: StaffMember.ID) {}

    public var deskAuthor: StaffMember.ID? { nil }
}

extension LibraryStore: LibraryPersistence {
    public func identify(_ staff: StaffMember.ID) {
        author = staff
        DeskIdentity.remember(staff, for: folder)
    }

    public var deskAuthor: StaffMember.ID? { author }
}

/// The whole state of the screen, and the one place it changes: `handle(_:)`.
public struct AppState {
    public private(set) var context: AppContext
    public var tabs: [any TabScreen]
    public private(set) var activeTab = 0
    public private(set) var form: FormState?
    public private(set) var confirmation: Confirmation?
    public private(set) var overlay: (any Overlay)?
    /// Set while Ctrl-C asks whether to throw away what is typed in the overlay (`Overlay.hasUnsavedInput`).
    public private(set) var isAskingToLeaveOverlay = false
    /// Printouts asked for and not yet sent; the run loop takes them (`takePrintJobs`).
    public private(set) var printJobs: [PrintJob] = []
    public private(set) var isShowingHelp = false
    /// The first line of the help shown, when it is longer than the window.
    public private(set) var helpOffset = 0
    /// The line under the status bar: what the last action did, or why it could not. It goes once it is old news:
    /// on the third key after it, once `messageLifetime` has passed, so that neither a quick next key nor a desk left alone hides it.
    public private(set) var message = "" {
        didSet {
            messageShownAt = clock()
            inputsSinceMessage = 0
        }
    }
    /// How long a message stays at least, once more keys have come (see `message`).
    public static let messageLifetime: TimeInterval = 6
    /// The time, for the age of a message; tests set their own.
    public var clock: @Sendable () -> Date = { Date() }
    private var messageShownAt = Date.distantPast
    private var inputsSinceMessage = 0
    public private(set) var shouldQuit = false
    /// Set when the screen was left with Ctrl-C, so that the command can end with the usual status 130.
    public private(set) var wasInterrupted = false
    /// Set when the last input deserves a beep (an unknown barcode).
    public private(set) var wantsBeep = false
    /// How many changes were saved since the screen opened: what an undone key must not have done.
    public private(set) var savedChanges = 0
    /// What the top bar says about syncing with the team's shared repository; nil when the library does not sync
    /// (`AutoSync` sets it).
    public internal(set) var syncIndicator: SyncIndicator?
    private let persistence: (any LibraryPersistence)?
    /// The last reason a change from outside could not be read in, so it is said once, not twice a second.
    private var lastReloadFailure: String?
    /// Tabs whose lists were built from an older library; each is rebuilt when it is next shown, so that
    /// starting Depot or saving a change costs the visible tab only (the items tab folds 60,000 titles).
    private var staleTabs: Set<Int> = []

    /// The tabs of the main screen, in order; their numbers are their keys.
    public static func standardTabs() -> [any TabScreen] {
        [
            OverviewScreen(), PartnersScreen(), CratesScreen(), ItemsScreen(), DepositsScreen(), WeekScreen(),
            PlanScreen(), EventsScreen(),
        ]
    }

    public init(context: AppContext, persistence: (any LibraryPersistence)?, tabs: [any TabScreen] = standardTabs()) {
        self.context = context
        self.persistence = persistence
        self.tabs = tabs
        if let reason = context.readOnlyReason { message = reason }
        refreshTabs()
    }

    public var strings: Strings { context.strings }

    /// The staff member at the desk, as the store knows them (the author of its changes), or nil.
    var deskStaff: StaffMember? {
        guard let id = (persistence as? LibraryStore)?.author else { return nil }
        return context.data.staff.first { $0.id == id }
    }

    /// The books of the catalogue that the first frame (the Overview) names: a screen opened on the library without
    /// its catalogue reads these first (see `DepotApp.run`).
    public static func booksForFirstFrame(in data: LibraryData, today: Day) -> Set<Item.ID> {
        OverviewScreen.booksNamed(in: data, today: today)
    }

    /// Takes in the whole library after the screen was opened on a part of it (`LibraryStore.LoadScope`): the
    /// look-ups are built again and every tab is brought up to date as it is shown.
    public mutating func takeWholeLibrary(_ data: LibraryData) {
        context.replaceData(data)
        refreshTabs()
    }

    /// Marks every tab out of date and brings the visible one up to date, unless an overlay covers it (a return
    /// saves each scan): then it is brought up to date when the overlay closes.
    private mutating func refreshTabs() {
        staleTabs = Set(tabs.indices)
        if overlay == nil { refreshIfStale(activeTab) }
    }

    private mutating func refreshIfStale(_ index: Int) {
        guard staleTabs.remove(index) != nil else { return }
        tabs[index].refresh(context)
    }

    /// Makes `index` the visible tab, bringing its lists up to date first.
    private mutating func activate(_ index: Int) {
        refreshIfStale(index)
        activeTab = index
    }

    // MARK: Input

    public mutating func handle(_ input: AppInput) {
        wantsBeep = false
        // Who is at the desk, for the screens that record it (a task ticked off or deleted).
        context.deskStaffID = persistence?.deskAuthor
        if input == .key(.control("c")) {
            interrupt()
            return
        }
        if isAskingToLeaveOverlay {
            isAskingToLeaveOverlay = false
            // As in a form: yes throws away what was typed (the overlay closes), any other key goes back to it. A
            // scan is never lost to the question: it goes on to the overlay.
            guard case .key(let key) = input else { return handle(input) }
            if [.character("j"), .character("y"), .character("J"), .character("Y")].contains(key) {
                overlay = nil
                refreshIfStale(activeTab)
            }
            return
        }
        if overlay != nil, confirmation == nil {
            handleOverlay(input)
        } else {
            switch input {
            case .key(let key): handle(key)
            case .scanned(let code): handleScan(code)
            }
        }
        // A saved change's next step, once the form or question that made it has closed.
        if let next = followUp {
            followUp = nil
            perform(next(context))
        }
        // The overlay that saved changes under it has closed: the visible tab catches up now.
        if overlay == nil { refreshIfStale(activeTab) }
        ageMessage()
    }

    /// Counts this input against the message shown, and lets an old one go (see `message`).
    private mutating func ageMessage() {
        guard !message.isEmpty else { return }
        inputsSinceMessage += 1
        // The input that said it, and then three more.
        if inputsSinceMessage > 3, clock().timeIntervalSince(messageShownAt) >= Self.messageLifetime { message = "" }
    }

    /// Ctrl-C: in a form with typed text it asks first, as Esc does, and so it does in an overlay with something
    /// typed or chosen and not saved (a second Ctrl-C quits); else it quits.
    private mutating func interrupt() {
        if var current = form, current.isDirty, !current.isAskingToDiscard {
            current.isAskingToDiscard = true
            form = current
            return
        }
        if form == nil, confirmation == nil, let current = overlay, current.hasUnsavedInput, !isAskingToLeaveOverlay {
            isAskingToLeaveOverlay = true
            return
        }
        shouldQuit = true
        wasInterrupted = true
    }

    /// Set by a saved change with a next step (`Change.then`).
    private var followUp: ((AppContext) -> ScreenCommand)?

    private mutating func handle(_ key: Key) {
        if key == .resize { return }
        if confirmation != nil {
            handleConfirmation(key)
            return
        }
        if form != nil {
            handleForm(key)
            return
        }
        if isShowingHelp {
            switch key {
            case .escape, .character("?"), .character("q"): isShowingHelp = false
            case .down, .character("j"): helpOffset += 1
            case .up, .character("k"): helpOffset = max(0, helpOffset - 1)
            case .pageDown, .character(" "): helpOffset += 10
            case .pageUp: helpOffset = max(0, helpOffset - 10)
            case .home: helpOffset = 0
            case .end: helpOffset = Int.max / 2
            default: break
            }
            return
        }
        let command = tabs[activeTab].handle(key, context)
        if case .ignored = command {
            handleGlobal(key)
        } else {
            perform(command)
        }
    }

    private mutating func handleGlobal(_ key: Key) {
        switch key {
        case .character("q"): shouldQuit = true
        case .character("?"), .function(1):
            isShowingHelp = true
            helpOffset = 0
        case .control("z"):
            undoLastChange()
        case .character("H"):
            // The selected record's recent history, from the library's change log.
            guard let record = tabs[activeTab].selectedRecord(context),
                let folder = (persistence as? LibraryStore)?.folder
            else { break }
            let entries = ChangeLog.history(of: record.id, in: record.file, folder: folder)
            overlay = HistoryOverlay(title: record.name, entries: entries, staff: context.data.staff)
        case .character("!"):
            // The conflicts a sync set aside, to choose between field by field.
            guard let folder = (persistence as? LibraryStore)?.folder else { break }
            let open = (try? SyncConflictFile.read(folder: folder)) ?? []
            if open.isEmpty {
                message = strings[SyncConflictText.noneOpen]
            } else {
                overlay = SyncConflictOverlay(open)
            }
        case .character(let character) where character.isNumber:
            if let number = character.wholeNumberValue, (1...tabs.count).contains(number) { activate(number - 1) }
        case .left: activate((activeTab + tabs.count - 1) % tabs.count)
        case .right: activate((activeTab + 1) % tabs.count)
        case .escape: message = ""
        default: break
        }
    }

    private mutating func perform(_ command: ScreenCommand) {
        switch command {
        case .handled, .ignored: break
        case .message(let text): message = text
        case .openForm(let newForm):
            if let reason = context.readOnlyReason {
                message = reason
            } else {
                form = newForm
            }
        case .confirm(let question):
            if let reason = context.readOnlyReason {
                message = reason
            } else {
                confirmation = question
            }
        case .apply(let change): _ = save(change)
        case .jump(let jump): show(jump)
        case .openOverlay(let newOverlay):
            if let reason = context.readOnlyReason {
                message = reason
            } else {
                overlay = newOverlay
            }
        case .print(let job): printJobs.append(job)
        }
    }

    private mutating func handleOverlay(_ input: AppInput) {
        guard var current = overlay else { return }
        let outcome = current.handle(input, context)
        overlay = current
        switch outcome {
        case .stay: break
        case .close: overlay = nil
        case .closeSaying(let text):
            overlay = nil
            message = text
        case .message(let text, let beep):
            message = text
            wantsBeep = beep
        case .save(let change, let close):
            if save(change) == nil, close { overlay = nil }
        case .identify(let staff, let text):
            persistence?.identify(staff)
            overlay = nil
            message = text
        case .print(let job): printJobs.append(job)
        }
    }

    /// Keeps the help's first line within its lines, once the window's height says how many fit.
    mutating func clampHelpOffset(to maximum: Int) {
        helpOffset = max(0, min(helpOffset, maximum))
    }

    /// Lets the overlay know the area it is drawn in (`Overlay.willRender`), before each frame.
    mutating func fitOverlay(to area: Rect) {
        overlay?.willRender(in: area, context)
    }

    /// Hands the printouts asked for to the caller, which sends them.
    public mutating func takePrintJobs() -> [PrintJob] {
        defer { printJobs = [] }
        return printJobs
    }

    /// Ctrl-Z: asks, then puts back the records of this screen's last change, unless another desk changed them
    /// since (`ChangeLog.undoing`). Pressed again, it undoes the undo.
    private mutating func undoLastChange() {
        guard context.readOnlyReason == nil, let store = persistence as? LibraryStore else { return }
        guard let entry = ChangeLog.lastChange(by: store.desk, folder: store.folder) else {
            message = strings[DesksText.undoNothing]
            return
        }
        do {
            let (undone, files) = try ChangeLog.undoing(entry, in: context.data)
            let summary = strings.format(DesksText.undone, entry.summary)
            confirmation = Confirmation(
                question: strings.format(DesksText.undoQuestion, entry.summary),
                change: Change(summary: summary, files: files) { data in data = undone })
        } catch {
            switch error {
            case .nothingToUndo: message = strings[DesksText.undoNothing]
            case .tooLarge: message = strings[DesksText.undoTooLarge]
            case .changedSince(let file, let id): message = strings.format(DesksText.undoChangedSince, id, file)
            }
            wantsBeep = true
        }
    }

    /// Asks who is at the desk (for the change log), when Depot was not told and does not remember.
    public mutating func askWhoIsAtTheDesk() {
        let current = context.data.staff.filter { $0.endedOn.map { $0 >= context.today } ?? true }
        guard !current.isEmpty, context.readOnlyReason == nil else { return }
        overlay = StaffPickerOverlay(staff: current)
    }

    /// Records the outcome of sending a printout.
    public mutating func report(_ text: String) {
        message = text
    }

    /// Takes in what other desks or programs changed in the library since it was last read, keeping the tab,
    /// selection and any open form, and says briefly what changed and who did it. The run loop calls it about twice
    /// a second while no key is pressed; it costs a look at each file's identity when nothing changed.
    public mutating func pollLibrary() {
        guard let persistence else { return }
        // While a form, a question or an overlay is open, the change it will save was made from the library as it
        // was: only look, so that saving still merges with (or conflicts with) the other desk's change, and say so.
        let busy = form != nil || confirmation != nil || overlay != nil
        let refresh: Refresh
        do {
            guard let found = try persistence.refresh(adopting: !busy) else { return }
            refresh = found
        } catch {
            let reason = (error as? StoreError)?.text(in: strings.language) ?? "\(error)"
            let text = strings.format(DesksText.reloadFailed, reason)
            if lastReloadFailure != text {
                lastReloadFailure = text
                message = text
            }
            return
        }
        lastReloadFailure = nil
        if busy {
            let warning = strings.format(DesksText.formChangedElsewhere, OtherDesks.records(refresh, strings))
            if form != nil { form?.message = warning } else { message = warning }
            return
        }
        context.replaceData(refresh.data, touched: Set(refresh.files))
        refreshTabs()
        let store = persistence as? LibraryStore
        message = OtherDesks.describe(
            refresh, data: refresh.data, folder: store?.folder, desk: store?.desk, strings: strings)
    }

    private mutating func handleForm(_ key: Key) {
        guard var current = form else { return }
        switch current.handle(key, strings: strings) {
        case .stay:
            form = current
        case .close:
            form = nil
        case .save(let change):
            form = current
            if let failure = save(change) {
                if overlay is ConflictOverlay {
                    // The record changed under the form: both versions are in the chooser, nothing typed is lost.
                    form = nil
                    return
                }
                current.message = strings.format(.saveFailed, failure)
                form = current
            } else {
                form = nil
            }
        }
    }

    private mutating func handleConfirmation(_ key: Key) {
        guard let question = confirmation else { return }
        switch key {
        case .character("j"), .character("y"), .character("J"), .character("Y"):
            confirmation = nil
            _ = save(question.change)
        case .character("n"), .character("N"), .escape:
            confirmation = nil
        default:
            break
        }
    }

    /// Applies `change` to a copy of the library and saves the files it names; only then is the copy kept.
    /// Returns why saving failed, or nil.
    private mutating func save(_ change: Change) -> String? {
        if let reason = context.readOnlyReason {
            message = reason
            return reason
        }
        var updated = context.data
        var summary = change.summary
        if change.files.isEmpty, change.perform == nil, change.then != nil {
            // Only a next step (after a question, `Change.next`): nothing to write.
            followUp = change.then
            return nil
        }
        var reloaded: [StoreFile] = []
        var touched: Set<StoreFile>? = change.perform == nil ? change.files : nil
        do {
            if let perform = change.perform, let persistence {
                summary = try perform(&updated, persistence)
            } else {
                change.apply(&updated)
                if let persistence {
                    let commit = try persistence.commit(
                        updated, files: change.files, summary: summary, replay: change.replay)
                    updated = commit.data
                    reloaded = commit.reloaded
                    if !reloaded.isEmpty { touched = nil }
                }
            }
        } catch StoreError.conflicts(let conflicts) {
            // Another desk changed the same record: show the library as it is, and both versions to choose from.
            if let theirs = persistence?.current {
                context.replaceData(theirs)
                refreshTabs()
            }
            overlay = ConflictOverlay(conflicts, summary: summary)
            message = strings.format(DesksText.conflictFound, conflicts.count)
            return message
        } catch let error as DeskError {
            // Replayed on what another desk did meanwhile, the desk's rule no longer allows it.
            if let theirs = persistence?.current {
                context.replaceData(theirs)
                refreshTabs()
            }
            let reason = strings.format(DesksText.refusedAfterOtherDesk, error.localizedDescription(strings.language))
            message = reason
            wantsBeep = true
            return reason
        } catch {
            let reason = (error as? StoreError).map(strings.describe) ?? "\(error)"
            message = strings.format(.saveFailed, reason)
            return reason
        }
        context.replaceData(updated, touched: touched)
        savedChanges += 1
        refreshTabs()
        message = reloaded.isEmpty ? summary : strings.format(DesksText.savedWithOthers, summary)
        // The change's record is shown without undoing the tabs' filters: a return leaves the Depots tab on the
        // status it was on, even though the deposit it took home has left that status.
        if let jump = change.reveal { show(jump, keepingFilters: true) }
        followUp = change.then
        return nil
    }

    /// A barcode from the scanner: into the form or filter being typed; a book at a partner offers its deposit's
    /// return; else find the item or crate.
    private mutating func handleScan(_ code: String) {
        if form != nil {
            form?.type(code)
            handleForm(.enter)
            return
        }
        if tabs[activeTab].isCapturingText || confirmation != nil || isShowingHelp {
            for character in code { handle(.character(character)) }
            handle(.enter)
            return
        }
        let trimmed = code.trimmingCharacters(in: .whitespaces)
        // A book of a deposit out at a partner: offer to scan that deposit home, this scan counted.
        if context.readOnlyReason == nil,
            let deposit = ScanIn.depositToScanHome(for: Item.ID(trimmed), in: context.data, index: context.index)
        {
            overlay = ScanInOverlay(deposit: deposit, context: context, firstScan: trimmed)
            return
        }
        if context.index.itemPosition[Item.ID(trimmed)] != nil {
            show(.item(Item.ID(trimmed)))
            message = strings.format(.scanFoundItem, trimmed)
        } else if let crate = context.data.crates.first(where: {
            $0.id.rawValue.caseInsensitiveCompare(trimmed) == .orderedSame
        }) {
            show(.crate(crate.id))
            message = strings.format(.scanFoundCrate, crate.id)
        } else {
            message = strings.format(.scanUnknown, trimmed)
            wantsBeep = true
        }
    }

    /// Switches to the first tab that lists the record and selects it there; `keepingFilters` passes over a tab
    /// whose own filters hide it (`TabScreen.revealKeepingFilters`) instead of changing them.
    public mutating func show(_ jump: Jump, keepingFilters: Bool = false) {
        let order = [activeTab] + tabs.indices.filter { $0 != activeTab && $0 != 0 }
        for index in order {
            refreshIfStale(index)
            let shown =
                keepingFilters ? tabs[index].revealKeepingFilters(jump, context) : tabs[index].reveal(jump, context)
            if shown {
                activeTab = index
                return
            }
        }
    }
}
