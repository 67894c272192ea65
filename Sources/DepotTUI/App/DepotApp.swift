import DepotCore

/// Runs the screen on a library folder until the user quits. The terminal is restored however it ends.
public enum DepotApp {
    /// `staff` names who is at the desk (`--as`): an id or a part of a name. Without it, the one remembered on this
    /// machine for this library, else Depot asks at the start.
    public static func run(folder: String, language: Language, today: Day, staff: String? = nil) throws {
        let store = try LibraryStore(folder: folder)
        defer { store.close() }
        let data = try store.load()
        let context = AppContext(
            data: data, today: today, strings: Strings(language), readOnlyReason: store.readOnlyReason)
        var state = AppState(context: context, persistence: store)
        if let staff {
            switch DeskIdentity.staff(named: staff, in: data, today: today) {
            case .success(let member): store.identify(member.id)
            case .failure(let refusal): throw StoreError.io(file: "--as", message: refusal.description)
            }
        } else if let remembered = DeskIdentity.remembered(for: store.folder),
            data.staff.contains(where: { $0.id == remembered && ($0.endedOn.map { $0 >= today } ?? true) })
        {
            store.author = remembered
        } else {
            state.askWhoIsAtTheDesk()
        }
        if !store.notices.isEmpty { state.report(store.notices.map(state.strings.describe).joined(separator: " ")) }
        let backend = try CursesBackend()
        defer { backend.shutdown() }
        let terminal = Terminal(backend: backend)
        try loop(&state, terminal: terminal, folder: store.folder)
    }

    /// How often, in milliseconds, an idle screen looks for changes other desks made.
    static let pollInterval = 500

    /// Draws, reads input, updates; until the state says quit.
    static func loop(_ state: inout AppState, terminal: Terminal, folder: String) throws {
        var scanner = ScanAssembler()
        while !state.shouldQuit {
            terminal.draw { grid in AppView.render(&state, into: &grid) }
            let key = terminal.readKey(
                timeoutMilliseconds: scanner.isCollecting ? ScanAssembler.burstGap : pollInterval)
            if key == nil && !scanner.isCollecting {
                // No key for a while: take in what other desks changed.
                state.pollLibrary(desk: ChangeLog.thisDesk)
                continue
            }
            for input in scanner.feed(key) {
                state.handle(input)
                if state.wantsBeep { terminal.backend.beep() }
                for job in state.takePrintJobs() {
                    state.report(Printing.send(job, libraryFolder: folder, terminal: terminal, strings: state.strings))
                }
                if state.shouldQuit { break }
            }
        }
    }
}
