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
/// JSON is an array of flat objects, one per line, keys in column order: text and amounts are strings (`"249.95"`),
/// days are `"YYYY-MM-DD"`, counts are numbers, a missing value is `null`.
public struct ExportTable: Hashable, Sendable {
    public var columns: [String]
    public var rows: [[ExportValue]]

    public init(columns: [String], rows: [[ExportValue]] = []) {
        self.columns = columns
        self.rows = rows
    }

    /// The header line and every row.
    public func csv(format: CSVFormat = .standard) -> String {
        // Written straight into one buffer, with no table of strings made first.
        var writer = CSVWriter.Bytes(format: format, capacity: (rows.count + 1) * columns.count * 16)
        for column in columns { writer.field(column) }
        writer.endRow()
        for row in rows {
            for value in row { writer.field(value.csvText(decimalComma: format.decimalComma)) }
            writer.endRow()
        }
        return writer.text
    }

    public func json() -> String {
        guard !rows.isEmpty else { return "[]\n" }
        let keys = columns.map(JSONText.string)
        var text = "[\n"
        for (index, row) in rows.enumerated() {
            text += "  {"
            for (column, value) in row.enumerated() {
                if column > 0 { text += "," }
                text += keys[column] + ":" + JSONText.value(value)
            }
            text += index == rows.count - 1 ? "}\n" : "},\n"
        }
        return text + "]\n"
    }
}

/// JSON text written by hand, so that keys keep their column order.
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
