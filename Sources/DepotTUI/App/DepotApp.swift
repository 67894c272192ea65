import DepotCore

/// Runs the screen on a library folder until the user quits. The terminal is restored however it ends.
public enum DepotApp {
    public static func run(folder: String, language: Language, today: Day) throws {
        let store = try LibraryStore(folder: folder)
        defer { store.close() }
        let data = try store.load()
        let context = AppContext(
            data: data, today: today, strings: Strings(language), readOnlyReason: store.readOnlyReason)
        var state = AppState(context: context, persistence: store)
        if !store.notices.isEmpty { state.report(store.notices.map(state.strings.describe).joined(separator: " ")) }
        let backend = try CursesBackend()
        defer { backend.shutdown() }
        let terminal = Terminal(backend: backend)
        try loop(&state, terminal: terminal, folder: store.folder)
    }

    /// Draws, reads input, updates; until the state says quit.
    static func loop(_ state: inout AppState, terminal: Terminal, folder: String) throws {
        var scanner = ScanAssembler()
        while !state.shouldQuit {
            terminal.draw { grid in AppView.render(&state, into: &grid) }
            let key = terminal.readKey(timeoutMilliseconds: scanner.isCollecting ? ScanAssembler.burstGap : nil)
            if key == nil && !scanner.isCollecting { continue }
            for input in scanner.feed(key) {
                state.handle(input)
                if state.wantsBeep { terminal.backend.beep() }
                for job in state.takePrintJobs() {
                    state.report(
                        Printing.send(
                            job, libraryFolder: folder, terminal: terminal, strings: state.strings,
                            printer: state.context.data.settings.printer))
                }
                if state.shouldQuit { break }
            }
        }
    }
}
