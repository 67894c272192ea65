#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A small interactive screen for checking the curses backend by hand: a table of Danish, Japanese and emoji
/// titles that reacts to the arrow keys, paging, resizing, `/` (filter), `d` (dialog), `p` (run a shell command
/// with the terminal suspended) and `q` (quit).
public enum BackendDemo {
    /// Runs the demo until `q` is pressed; throws when there is no terminal to run on.
    public static func runDemo() throws {
        let terminal = Terminal(backend: try CursesBackend())
        defer { terminal.backend.shutdown() }
        var model = Model()
        while !model.isFinished {
            terminal.draw { grid in model.render(into: &grid) }
            guard let key = terminal.readKey() else { continue }
            if key == .character("p"), model.filterIsFocused == false, model.dialogIsOpen == false {
                terminal.suspended { _ = system("printf '\\nUdskriver ... (demo)\\n'; sleep 1") }
                model.message = "Udskrift sendt"
                continue
            }
            model.handle(key)
            if model.wantsBeep {
                terminal.backend.beep()
                model.wantsBeep = false
            }
        }
    }

    private struct Model {
        let allRows: [[String]] = Self.sampleRows()
        var list = ListState()
        var filter = TextField()
        var filterIsFocused = false
        var dialogIsOpen = false
        var isFinished = false
        var wantsBeep = false
        var message = "Klar"
        var lastKey = ""

        var rows: [[String]] {
            guard !filter.text.isEmpty else { return allRows }
            return allRows.filter { $0[0].lowercased().contains(filter.text.lowercased()) }
        }

        mutating func handle(_ key: Key) {
            lastKey = "\(key)"
            if dialogIsOpen {
                if key == .enter || key == .escape { dialogIsOpen = false }
                return
            }
            if filterIsFocused {
                switch key {
                case .enter, .escape, .tab: filterIsFocused = false
                default:
                    if !filter.handle(key) { wantsBeep = true }
                    list.home()
                }
                return
            }
            switch key {
            case .character("q"): isFinished = true
            case .up: list.moveUp()
            case .down: list.moveDown()
            case .pageUp: list.pageUp()
            case .pageDown: list.pageDown()
            case .home: list.home()
            case .end: list.end()
            case .character("/"): filterIsFocused = true
            case .character("d"), .enter: dialogIsOpen = true
            case .resize: message = "Ny størrelse"
            default: wantsBeep = true
            }
        }

        mutating func render(into grid: inout CellGrid) {
            let parts = Layout.vertical([.length(1), .length(1), .fill, .length(1)]).split(grid.area)
            TabBar(titles: ["Bøger", "Partnere", "Arrangementer"], selectedIndex: 0).render(into: &grid, area: parts[0])
            let label = "Søg: "
            grid.put(label, x: 0, y: parts[1].y, style: .bold)
            let field = Rect(x: parts[1].x + 5, y: parts[1].y, width: parts[1].width - 5, height: 1)
            filter.render(into: &grid, area: field, focused: filterIsFocused, placeholder: "tryk / for at søge")
            let inner = Border(title: "Titler").render(into: &grid, area: parts[2])
            let table = TableView(
                columns: [
                    TableColumn("Titel", width: .flexible(minimum: 16, weight: 2), priority: 10),
                    TableColumn("Forfatter", width: .flexible(minimum: 12), priority: 5),
                    TableColumn("Sprog", width: .fixed(6), priority: 1),
                    TableColumn("Hylde", width: .fixed(7), priority: 3, alignment: .trailing),
                ],
                rows: rows,
                emptyMessage: "Ingen titler passer til søgningen."
            )
            table.render(into: &grid, area: inner, state: &list)
            let position = list.selected.map { "\($0 + 1)/\(list.itemCount)" } ?? "0/0"
            StatusLine(
                hints: [
                    KeyHint("↑↓", "flyt"), KeyHint("/", "søg"), KeyHint("d", "dialog"), KeyHint("p", "print"),
                    KeyHint("q", "afslut"),
                ],
                message: "\(message) · \(position) · \(grid.width)×\(grid.height) · \(lastKey)",
                style: .reverse,
                messageStyle: Style(foreground: .green)
            ).render(into: &grid, area: parts[3])
            if dialogIsOpen, let index = list.selected {
                Dialog(title: "Titel", lines: rows[index], buttonHint: "Enter OK  Esc Luk").render(
                    into: &grid,
                    area: grid.area
                )
            }
        }

        static func sampleRows() -> [[String]] {
            var rows = [
                ["Rasmus Klump på eventyr", "Carla og Vilhelm Hansen", "dansk", "79.1"],
                ["Cirkeline og den store flyvetur", "Hans Hansen", "dansk", "79.2"],
                ["Æblet der blev væk", "Ørnulf Ås", "dansk", "81.3"],
                ["Møllen ved åen", "Søren Kierkegård", "dansk", "82.0"],
                ["図書館戦争", "有川浩", "japansk", "99.4"],
                ["📚 Bogorm-klubben 👨‍👩‍👧‍👦", "Ida Jessen", "dansk", "10.7"],
                ["Café au lait (e\u{301} kombineret)", "Émile Zola", "fransk", "84.2"],
            ]
            for number in 1...40 {
                rows.append(["Ørkenens sønner, bind \(number)", "Åge Øster", "dansk", "\(60 + number).5"])
            }
            return rows
        }
    }
}
