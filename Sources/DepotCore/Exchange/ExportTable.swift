/// One cell of an exported table.
public enum ExportValue: Hashable, Sendable {
    case text(String)
    case number(Int)
    case amount(Money)
    case day(Day)
    /// No value: an empty CSV field, `null` in JSON.
    case none

    static func text(_ value: String?) -> ExportValue { value.map { .text($0) } ?? .none }
    static func day(_ value: Day?) -> ExportValue { value.map { .day($0) } ?? .none }

    /// The value as CSV writes it: amounts `249.95` (or `249,95` with a decimal comma), days `2026-11-23`, text
    /// with a quote in front when a spreadsheet would take it for a formula (`CSVFormula`).
    public func csvText(decimalComma: Bool = false) -> String {
        switch self {
        case .text(let text): return CSVFormula.neutralised(text)
        case .number(let number): return String(number)
        case .amount(let money):
            let text = money.description
            return decimalComma ? String(text.map { $0 == "." ? "," : $0 }) : text
        case .day(let day): return day.description
        case .none: return ""
        }
    }
}

/// Rows with named columns, written as CSV or as JSON for other tools and spreadsheets.
///
/// JSON is an array of flat objects, one per line, keys sorted: text and amounts are strings (`"249.95"`), days are
/// `"YYYY-MM-DD"`, counts are numbers, a missing value is `null`. A table with a totals row (the ledger) is an object
/// instead, `{"rows": [...], "totals": {...}}`, so that summing the rows does not count everything twice; CSV keeps
/// the totals as its last line, as a spreadsheet user expects.
public struct ExportTable: Hashable, Sendable {
    public var columns: [String]
    public var rows: [[ExportValue]]
    /// The totals of the rows, in the same columns; `nil` for a table without them.
    public var totals: [ExportValue]?

    public init(columns: [String], rows: [[ExportValue]] = [], totals: [ExportValue]? = nil) {
        self.columns = columns
        self.rows = rows
        self.totals = totals
    }

    /// The header line, every row, then the totals.
    public func csv(format: CSVFormat = .standard) -> String {
        // Written straight into one buffer, with no table of strings made first.
        var writer = CSVWriter.Bytes(format: format, capacity: (rows.count + 2) * columns.count * 16)
        for column in columns { writer.field(column) }
        writer.endRow()
        func write(_ row: [ExportValue]) {
            for value in row { writer.field(value.csvText(decimalComma: format.decimalComma)) }
            writer.endRow()
        }
        for row in rows { write(row) }
        if let totals { write(totals) }
        return writer.text
    }

    public func json() -> String {
        guard let totals else { return array(indent: "") + "\n" }
        return "{\n  \"rows\": " + array(indent: "  ") + ",\n  \"totals\": " + object(totals) + "\n}\n"
    }

    /// The rows as a JSON array, one object a line.
    private func array(indent: String) -> String {
        guard !rows.isEmpty else { return "[]" }
        return "[\n" + rows.map { indent + "  " + object($0) }.joined(separator: ",\n") + "\n" + indent + "]"
    }

    /// One row as a flat JSON object, keys sorted as JSONEncoder sorts them (by their UTF-8 bytes).
    private func object(_ row: [ExportValue]) -> String {
        let order = columns.indices.sorted { Array(columns[$0].utf8).lexicographicallyPrecedes(columns[$1].utf8) }
        let fields = order.map { column in
            JSONText.string(columns[column]) + ":" + JSONText.value(column < row.count ? row[column] : .none)
        }
        return "{" + fields.joined(separator: ",") + "}"
    }
}

/// JSON text written by hand: one object a line, which reads and diffs well for long tables.
enum JSONText {
    static func value(_ value: ExportValue) -> String {
        switch value {
        case .text(let text): return string(text)
        case .number(let number): return String(number)
        case .amount(let money): return string(money.description)
        case .day(let day): return string(day.description)
        case .none: return "null"
        }
    }

    /// A JSON string literal: quote, backslash and control characters escaped, everything else as it is (UTF-8).
    static func string(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            case _ where scalar.value < 0x20:
                let hex = String(scalar.value, radix: 16)
                result += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result + "\""
    }
}
