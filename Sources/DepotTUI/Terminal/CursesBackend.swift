import CNCurses

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Why the curses backend could not start.
public enum CursesBackendError: Error, CustomStringConvertible {
    /// Standard input or output is not a terminal (e.g. output is piped to a file).
    case notATerminal
    /// curses does not know the terminal named by the TERM environment variable.
    case unknownTerminal(String)

    public var description: String {
        switch self {
        case .notATerminal:
            "The screen needs a terminal: standard input and output must not be redirected."
        case .unknownTerminal(let name):
            "The terminal type \"\(name)\" is unknown to curses; try TERM=xterm-256color."
        }
    }
}

/// A backend that draws on the real terminal through ncursesw.
///
/// Starting it sets a UTF-8 locale, enters curses mode (no echo, keys read one at a time, Esc after 25 ms, hidden
/// cursor) and uses colours when the terminal has them and `NO_COLOR` is not set. The terminal is always restored:
/// by `shutdown()`, by `deinit`, at exit, and on SIGINT, SIGTERM, SIGHUP and SIGQUIT (which then exit with status
/// 128 + the signal number).
public final class CursesBackend: TerminalBackend {
    /// Whether styles show their colours; without colours only the attributes (bold, reverse, …) are used.
    public let usesColor: Bool
    private var colorPairs: [Int: Int16] = [:]
    private var defaultColorsAvailable = false
    private var isShutDown = false

    /// Starts curses mode. With `controlCAsKey` Ctrl-C (and Ctrl-Z, Ctrl-\) arrive as keys instead of signals;
    /// by default Ctrl-C ends the program, restoring the terminal.
    public init(controlCAsKey: Bool = false) throws {
        guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else { throw CursesBackendError.notATerminal }
        Self.installRestoreHooks()
        _ = depot_set_locale()
        guard depot_start_curses() == 1 else {
            throw CursesBackendError.unknownTerminal(getenv("TERM").map { String(cString: $0) } ?? "")
        }
        let noColorRequested = getenv("NO_COLOR").map { $0.pointee != 0 } ?? false
        if has_colors() && !noColorRequested && start_color() == OK {
            usesColor = true
            defaultColorsAvailable = use_default_colors() == OK
        } else {
            usesColor = false
        }
        let screen = depot_stdscr()
        if controlCAsKey {
            raw()
        } else {
            cbreak()
        }
        noecho()
        nonl()
        intrflush(screen, false)
        keypad(screen, true)
        set_escdelay(25)
        curs_set(0)
        // After the curses mode calls, which rewrite the terminal settings; def_prog_mode then keeps this change
        // for when the program resumes after suspend().
        Self.disableFlowControl()
        def_prog_mode()
    }

    deinit {
        shutdown()
    }

    public var size: Size {
        let screen = depot_stdscr()
        return Size(columns: Int(getmaxx(screen)), rows: Int(getmaxy(screen)))
    }

    public func draw(changes: [CellChange]) {
        let screen = depot_stdscr()
        for change in changes where !change.cell.isContinuation {
            let (attributes, pair) = rendition(of: change.cell.style)
            let y = Int32(change.y)
            let x = Int32(change.x)
            put(change.cell.symbol, y: y, x: x, attributes: attributes, pair: pair)
            // Where the C library thinks a character we count as wide is narrow, blank the second column so that
            // curses' picture of the screen matches ours.
            if change.cell.width == 2, getcury(screen) == y, getcurx(screen) == x + 1 {
                put(" ", y: y, x: x + 1, attributes: attributes, pair: pair)
            }
        }
    }

    public func clear() {
        CNCurses.clear()
    }

    public func flush() {
        refresh()
    }

    public func readKey(timeoutMilliseconds: Int?) -> Key? {
        let screen = depot_stdscr()
        wtimeout(screen, Int32(clamping: timeoutMilliseconds ?? -1))
        while true {
            var code: wint_t = 0
            let status = wget_wch(screen, &code)
            guard status != ERR else { return nil }
            if let key = KeyDecoder.decode(status: status, code: UInt32(code)) {
                return key
            }
        }
    }

    public func beep() {
        _ = CNCurses.beep()
    }

    public func suspend() {
        def_prog_mode()
        endwin()
    }

    public func resume() {
        reset_prog_mode()
        refresh()
    }

    public func shutdown() {
        guard !isShutDown else { return }
        isShutDown = true
        depot_restore_terminal()
    }

    private func put(_ symbol: String, y: Int32, x: Int32, attributes: attr_t, pair: Int16) {
        var wide = Self.cursesScalars(of: symbol).map { wchar_t(bitPattern: $0.value) }
        wide.append(0)
        _ = depot_put_cell(y, x, wide, attributes, pair)
    }

    /// The scalars of a grapheme cluster that fit one curses cell: the first, then the combining marks and variation
    /// selectors that follow it, up to the zero-width joiner of an emoji sequence, which terminals draw
    /// inconsistently (a family emoji shows as its first person).
    private static func cursesScalars(of symbol: String) -> [Unicode.Scalar] {
        var scalars: [Unicode.Scalar] = []
        for scalar in symbol.unicodeScalars {
            if scalars.isEmpty {
                scalars.append(scalar)
                continue
            }
            let category = scalar.properties.generalCategory
            guard scalars.count < 5,
                scalar.properties.isVariationSelector || category == .nonspacingMark
                    || category == .enclosingMark
            else { break }
            scalars.append(scalar)
        }
        return scalars
    }

    /// The curses attributes and colour pair for a style; pairs are allocated on first use.
    private func rendition(of style: Style) -> (attr_t, Int16) {
        var attributes = depot_a_normal()
        if style.attributes.contains(.bold) { attributes |= depot_a_bold() }
        if style.attributes.contains(.dim) { attributes |= depot_a_dim() }
        if style.attributes.contains(.reverse) { attributes |= depot_a_reverse() }
        if style.attributes.contains(.underline) { attributes |= depot_a_underline() }
        guard usesColor, style.foreground != .default || style.background != .default else { return (attributes, 0) }
        return (attributes, colorPair(foreground: style.foreground, background: style.background))
    }

    private func colorPair(foreground: Color, background: Color) -> Int16 {
        let key = Int(Self.cursesNumber(foreground)) * 16 + Int(Self.cursesNumber(background))
        if let pair = colorPairs[key] {
            return pair
        }
        let next = colorPairs.count + 1
        guard next < min(Int(depot_color_pairs()), Int(Int16.max)) else { return 0 }
        let fallbackForeground = defaultColorsAvailable ? -1 : COLOR_WHITE
        let fallbackBackground = defaultColorsAvailable ? -1 : COLOR_BLACK
        let cursesForeground = foreground == .default ? fallbackForeground : Self.cursesNumber(foreground)
        let cursesBackground = background == .default ? fallbackBackground : Self.cursesNumber(background)
        guard init_pair(Int16(next), Int16(cursesForeground), Int16(cursesBackground)) == OK else { return 0 }
        colorPairs[key] = Int16(next)
        return Int16(next)
    }

    private static func cursesNumber(_ color: Color) -> Int32 {
        switch color {
        case .default: -1
        case .black: COLOR_BLACK
        case .red: COLOR_RED
        case .green: COLOR_GREEN
        case .yellow: COLOR_YELLOW
        case .blue: COLOR_BLUE
        case .magenta: COLOR_MAGENTA
        case .cyan: COLOR_CYAN
        case .white: COLOR_WHITE
        }
    }

    /// Turns off XON/XOFF so that Ctrl-S and Ctrl-Q reach the program as keys (cbreak leaves them to the tty).
    private static func disableFlowControl() {
        var settings = termios()
        guard tcgetattr(STDIN_FILENO, &settings) == 0 else { return }
        settings.c_iflag &= ~tcflag_t(IXON)
        tcsetattr(STDIN_FILENO, TCSANOW, &settings)
    }

    /// Installs, once per process, the exit hook and the signal handlers that restore the terminal.
    private static func installRestoreHooks() {
        _ = restoreHooksInstalled
    }

    private static let restoreHooksInstalled: Void = {
        atexit { depot_restore_terminal() }
        var action = sigaction()
        #if canImport(Glibc)
            action.__sigaction_handler.sa_handler = { signalNumber in depot_emergency_endwin(signalNumber) }
        #else
            action.__sigaction_u.__sa_handler = { signalNumber in depot_emergency_endwin(signalNumber) }
        #endif
        sigemptyset(&action.sa_mask)
        action.sa_flags = 0
        for signalNumber in [SIGINT, SIGTERM, SIGHUP, SIGQUIT] {
            sigaction(signalNumber, &action, nil)
        }
    }()
}
