/// A plain-text table for the terminal: a header line, then the rows, columns padded to their widest cell and two
/// spaces apart. Numbers are right-aligned. Widths count characters, which is right for Danish text. Cells come from
/// the library: control characters in them are shown escaped (`TerminalSafe.escape`), so each row stays one line.
public struct TextTable: Sendable {
    public enum Alignment: Sendable {
        case left, right
    }

    public struct Column: Sendable {
        public var title: String
        public var alignment: Alignment

        public init(_ title: String, _ alignment: Alignment = .left) {
            self.title = title
            self.alignment = alignment
        }
    }

    public var columns: [Column]
    public var rows: [[String]]

    public init(columns: [Column], rows: [[String]] = []) {
        self.columns = columns
        self.rows = rows
    }

    /// The table; with `ruleBeforeLast`, a line of dashes before the last row (a totals row).
    public func text(ruleBeforeLast: Bool = false) -> String {
        let rows = rows.map { $0.map(TerminalSafe.escape) }
        var widths = columns.map(\.title.count)
        for row in rows {
            for (index, cell) in row.enumerated() where index < widths.count {
                widths[index] = max(widths[index], cell.count)
            }
        }
        func line(_ cells: [String]) -> String {
            var parts: [String] = []
            for (index, column) in columns.enumerated() {
                let cell = index < cells.count ? cells[index] : ""
                let padding = String(repeating: " ", count: widths[index] - cell.count)
                parts.append(column.alignment == .right ? padding + cell : cell + padding)
            }
            var text = parts.joined(separator: "  ")
            while text.last == " " { text.removeLast() }
            return text
        }
        var lines = [line(columns.map(\.title))]
        for (index, row) in rows.enumerated() {
            if ruleBeforeLast && index == rows.count - 1 {
                lines.append(String(repeating: "-", count: widths.reduce(0, +) + 2 * (widths.count - 1)))
            }
            lines.append(line(row))
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
