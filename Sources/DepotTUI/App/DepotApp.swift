import DepotCore
import Foundation

/// Runs the screen on a library folder until the user quits. The terminal is restored however it ends.
public enum DepotApp {
    /// With `createdFromSample` the screen opens saying that the library was just made from the sample, and where
    /// (the caller prints it again after quitting, where the shell keeps it). `staff` names who is at the desk
    /// (`--as`): an id or a part of a name; without it, the one remembered on this machine for this library, else
    /// Depot asks at the start.
    /// `syncDriver` is the shell command that runs `depot sync merge-driver`: with it, a library folder that is a git
    /// repository with a remote syncs by itself (`AutoSync`).
    /// Returns whether the screen was left with Ctrl-C (the command then ends with status 130, as a shell expects).
    @discardableResult
    public static func run(
        folder: String, language: Language, today: Day, createdFromSample: Bool = false, staff: String? = nil,
        syncDriver: String? = nil
    ) throws -> Bool {
        let store = try LibraryStore(folder: folder)
        defer { store.close() }
        // The first frame (the Overview) is drawn from the library without its catalogue, but for the books it names;
        // the catalogue is read after it, the whole library checked and taken in before the first key is: at city
        // scale the catalogue is two thirds of the reading, and the librarian sees the Overview meanwhile. The other
        // files are not read twice (`load(completing:)`) unless another desk changed them in between.
        var data = try store.load(.withoutCatalogue)
        try store.loadItems(AppState.booksForFirstFrame(in: data, today: today), into: &data)
        let context = AppContext(
            data: data, today: today, strings: Strings(language),
            readOnlyReason: store.readOnlyReason?.text(in: language))
        var state = AppState(context: context, persistence: store)
        if let staff {
            switch DeskIdentity.staff(named: staff, in: data, today: today) {
            case .success(let member): store.identify(member.id)
            case .failure(let refusal): throw StoreError.io(file: "--as", message: refusal.text(in: language))
            }
        } else if let remembered = DeskIdentity.remembered(for: store.folder),
            data.staff.contains(where: { $0.id == remembered && ($0.endedOn.map { $0 >= today } ?? true) })
        {
            store.author = remembered
        } else {
            state.askWhoIsAtTheDesk()
        }
        let opening = openingMessage(
            state.strings, folder: store.folder, createdFromSample: createdFromSample, notices: store.notices,
            readOnlyReason: store.readOnlyReason?.text(in: language))
        if !opening.isEmpty { state.report(opening) }
        let backend = try CursesBackend(controlCAsKey: true)
        defer { backend.shutdown() }
        let terminal = Terminal(backend: backend)
        let strings = state.strings
        // A save that waits over a second for another desk's says so; the next frame replaces the line.
        store.onWait = { holder in
            let who = holder.isEmpty ? strings[DesksText.anotherDesk].lowercased() : holder
            terminal.showOnLastRow(strings.format(DesksText.waitingForLock, who))
        }
        var autoSync: AutoSync?
        if let syncDriver, !store.isReadOnly, AutoSyncRunner.mightSync(folder: store.folder) {
            // What git writes in the library is for this user alone, as Depot's own files (as `depot sync` does).
            umask(0o077)
            autoSync = AutoSync(
                runner: AutoSyncRunner(folder: store.folder, driver: syncDriver), now: .now,
                savedChanges: state.savedChanges)
        }
        terminal.draw { grid in AppView.render(&state, into: &grid) }
        // While the catalogue is read: where every crate and book is, which the Items and Crates tabs show.
        state.context.prepareWhereabouts()
        state.takeWholeLibrary(try store.load(completing: data))
        try loop(&state, terminal: terminal, folder: store.folder, autoSync: &autoSync)
        if let autoSync, autoSync.schedule.isRunning {
            terminal.showOnLastRow(strings[SyncBarText.syncing])
            autoSync.waitForRunning()
        }
        return state.wasInterrupted
    }

    /// How often, in milliseconds, an idle screen looks for changes other desks made.
    static let pollInterval = 500

    /// What the screen says as it opens: that the library was just made, what opening it tidied, why it is
    /// read-only; empty when there is nothing to say.
    static func openingMessage(
        _ strings: Strings, folder: String, createdFromSample: Bool, notices: [StoreNotice], readOnlyReason: String?
    ) -> String {
        var parts: [String] = []
        if createdFromSample { parts.append(strings.format(.firstRun, folder)) }
        parts += notices.map(strings.describe)
        if let readOnlyReason, !parts.isEmpty { parts.append(readOnlyReason) }
        return parts.joined(separator: " ")
    }

    /// Draws, reads input, updates; until the state says quit. A digit is acted on at once and undone when it
    /// turns out to be the first of a scanner's burst (`ScanAssembler`). While no key comes, it looks for changes
    /// other desks made (`AppState.pollLibrary`).
    static func loop(_ state: inout AppState, terminal: Terminal, folder: String) throws {
        var none: AutoSync?
        try loop(&state, terminal: terminal, folder: folder, autoSync: &none)
    }

    /// The loop, syncing by itself on every turn when `autoSync` is given.
    static func loop(_ state: inout AppState, terminal: Terminal, folder: String, autoSync: inout AutoSync?) throws {
        var scanner = ScanAssembler(settings: state.context.data.settings.scanner)
        var beforeTentative: AppState?
        while !state.shouldQuit {
            // Not in the middle of a scanner's burst, whose first digit may yet be undone (with what came after).
            if !scanner.isCollecting, autoSync?.tick(&state, now: .now) == false {
                autoSync = nil
            }
            terminal.draw { grid in AppView.render(&state, into: &grid) }
            let key = terminal.readKey(timeoutMilliseconds: scanner.isCollecting ? scanner.keyGap : pollInterval)
            if key == nil && !scanner.isCollecting {
                // No key for a while: take in what other desks changed.
                state.pollLibrary()
                continue
            }
            for step in scanner.feed(key) {
                switch step {
                case .tentative(let key):
                    beforeTentative = state
                    let saves = state.savedChanges
                    let sentSomething = deliver(.key(key), to: &state, terminal: terminal, folder: folder)
                    if sentSomething || state.savedChanges != saves || state.shouldQuit {
                        beforeTentative = nil
                        scanner.cannotUndo()
                    }
                case .undo:
                    if let before = beforeTentative { state = before }
                    beforeTentative = nil
                case .input(let input):
                    beforeTentative = nil
                    deliver(input, to: &state, terminal: terminal, folder: folder)
                }
                if state.shouldQuit { break }
            }
        }
    }

    /// Hands one input to the state, then rings and prints what it asks for; whether it printed anything.
    @discardableResult
    private static func deliver(_ input: AppInput, to state: inout AppState, terminal: Terminal, folder: String)
        -> Bool
    {
        state.handle(input)
        if state.wantsBeep { terminal.backend.beep() }
        let jobs = state.takePrintJobs()
        for job in jobs {
            state.report(
                Printing.send(
                    job, libraryFolder: folder, terminal: terminal, strings: state.strings,
                    queue: state.context.data.settings.printer))
        }
        return !jobs.isEmpty
    }
}
