import Foundation

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// What a spreadsheet cell holds, as the workbook says (CSV has no kinds: every field is text as typed).
public enum CellKind: Hashable, Sendable {
    /// A text cell (shared string, inline string or a formula's text).
    case text
    /// A number that is not shown as a date.
    case number
    /// A number shown as a date or time, or an ISO 8601 date cell; its text is the day, `2026-03-06`.
    case date
    case boolean
    /// An error value such as `#N/A` or `#REF!`.
    case error
    /// A formula whose value the workbook does not hold (a program that writes formulas without computing them);
    /// its text is the formula, `=SUM(A1:A3)`.
    case formula
    /// No cell, or a cell without a value.
    case empty
}

/// Reads the first worksheet of an Office Open XML workbook (`.xlsx`) into a table, as `CSVTable` holds a CSV file:
/// the first row with a value is the header, then one record per row, its line the row's number in the sheet. Each
/// field keeps the kind of its cell (`CSVRecord.kinds`), so that a barcode stored as a number or an age band a
/// spreadsheet made a date can be told apart from text.
///
/// The container (ZIP) is opened by the caller; `part` returns the bytes of one part by its path in the container,
/// or nil when there is no such part. The parts are found as the format says: `_rels/.rels` names the workbook, the
/// workbook's relations name its sheets, the shared strings and the styles (whose number formats tell a date from a
/// number).
public enum SpreadsheetReader {
    /// Why a workbook cannot be read: the message names the part and what is wrong, in English as `description`
    /// and in the language asked for as `text(in:)`.
    public struct Failure: Error, Hashable, Sendable, CustomStringConvertible, LocalizedText {
        public var problem: SpreadsheetProblemText
        public var values: [String]

        public init(_ problem: SpreadsheetProblemText, _ values: CustomStringConvertible...) {
            self.problem = problem
            self.values = values.map(\.description)
        }

        public var description: String { text(in: .english) }

        public func text(in language: Language) -> String {
            TextBook(language).filled(problem, values.map { $0 as CustomStringConvertible })
        }
    }

    public static func table(part: (String) throws -> [UInt8]?) throws(Failure) -> CSVTable {
        func read(_ path: String) throws(Failure) -> [UInt8]? {
            do {
                return try part(path)
            } catch {
                throw Failure(.cannotUnpack, path, "\(error)")
            }
        }
        // The workbook: named by the package's relations, else where every spreadsheet program puts it.
        var workbookPath = "xl/workbook.xml"
        if let bytes = try read("_rels/.rels") {
            let relations = try Relations.parse(bytes, path: "_rels/.rels", base: "")
            if let target = relations.first(where: { $0.type.hasSuffix("/officeDocument") })?.target {
                workbookPath = target
            }
        }
        guard let workbookBytes = try read(workbookPath) else {
            throw Failure(.noWorkbook, workbookPath)
        }
        let sheets = try WorkbookSheets.parse(workbookBytes, path: workbookPath)
        let folder = workbookPath.split(separator: "/").dropLast().joined(separator: "/")
        let relationsPath =
            (folder.isEmpty ? "" : folder + "/") + "_rels/"
            + (workbookPath.split(separator: "/").last.map(String.init) ?? "workbook.xml") + ".rels"
        let relations = try read(relationsPath).map { bytes throws(Failure) in
            try Relations.parse(bytes, path: relationsPath, base: folder)
        }
        func target(_ suffix: String) -> String? {
            relations?.first { $0.type.hasSuffix(suffix) }?.target
        }
        // The first sheet of the workbook that is a worksheet (not a chart sheet).
        var sheetPath: String?
        for sheet in sheets {
            if let relation = relations?.first(where: { $0.id == sheet.relation }) {
                if relation.type.hasSuffix("/worksheet") {
                    sheetPath = relation.target
                    break
                }
            }
        }
        if sheetPath == nil, relations == nil, !sheets.isEmpty { sheetPath = folder + "/worksheets/sheet1.xml" }
        guard let sheetPath else { throw Failure(.noWorksheet) }
        guard let sheetBytes = try read(sheetPath) else {
            throw Failure(.worksheetMissing, sheetPath)
        }
        let stringsPath = target("/sharedStrings") ?? (folder + "/sharedStrings.xml")
        let strings = try read(stringsPath).map { bytes throws(Failure) in
            try SharedStrings.parse(bytes, path: stringsPath)
        }
        let stylesPath = target("/styles") ?? (folder + "/styles.xml")
        let dateStyles = try read(stylesPath).map { bytes throws(Failure) in
            try Styles.dateStyles(bytes, path: stylesPath)
        }
        let rows = try Sheet.parse(sheetBytes, path: sheetPath, strings: strings ?? [], dateStyles: dateStyles ?? [])
        return table(rows)
    }

    /// Rows (by number, cells by column from 0) as a table: the first row with a value is the header; columns past
    /// the header's last name are left out, as columns without a name mean nothing.
    static func table(_ rows: [(number: Int, cells: [Int: (text: String, kind: CellKind)])]) -> CSVTable {
        let filled = rows.filter { row in row.cells.values.contains { !$0.text.trimmingSpaces.isEmpty } }
            .sorted { $0.number < $1.number }
        guard let first = filled.first else { return CSVTable(header: [], headerLine: 1, rows: []) }
        let width = (first.cells.filter { !$0.value.text.trimmingSpaces.isEmpty }.keys.max() ?? -1) + 1
        let header = (0..<width).map { (first.cells[$0]?.text ?? "").trimmingSpaces }
        let records = filled.dropFirst().map { row in
            CSVRecord(
                line: row.number, fields: (0..<width).map { row.cells[$0]?.text ?? "" },
                kinds: (0..<width).map { row.cells[$0]?.kind ?? .empty })
        }
        return CSVTable(header: header, headerLine: first.number, rows: Array(records), separator: ",")
    }

    /// `A1` → (row 1, column 0); nil when it is not a cell reference.
    static func reference(_ text: String) -> (row: Int, column: Int)? {
        var column = 0
        var letters = 0
        var row = 0
        var digits = 0
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 65...90 where digits == 0:
                column = column * 26 + Int(scalar.value - 64)
                letters += 1
            case 97...122 where digits == 0:
                column = column * 26 + Int(scalar.value - 96)
                letters += 1
            case 48...57:
                row = row * 10 + Int(scalar.value - 48)
                digits += 1
            default: return nil
            }
            if letters > 3 || digits > 7 { return nil }
        }
        guard letters > 0, digits > 0, row > 0 else { return nil }
        return (row, column - 1)
    }

    /// A number as the text a person would type: integers without a fraction or exponent (`12345678905`, not
    /// `1.2345678905E10`), others in their shortest form (`249.95`, not `249.94999999999999`).
    static func numberText(_ text: String) -> String {
        guard let value = Double(text.trimmingSpaces), value.isFinite else { return text }
        if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
        return String(value)
    }

    /// Whether a number format shows a date or time: one of the built-in date formats, or a format code with day,
    /// month, year, hour or second letters outside quotes, brackets and escapes.
    static func isDateFormat(id: Int, code: String?) -> Bool {
        if (14...22).contains(id) || (27...36).contains(id) || (45...47).contains(id) || (50...58).contains(id) {
            return true
        }
        guard let code, code.lowercased() != "general" else { return false }
        var inQuotes = false
        var inBrackets = false
        var escaped = false
        for character in code {
            if escaped {
                escaped = false
                continue
            }
            switch character {
            case "\\" where !inQuotes: escaped = true
            case "\"": inQuotes.toggle()
            case "[" where !inQuotes: inBrackets = true
            case "]" where !inQuotes: inBrackets = false
            case ";" where !inQuotes && !inBrackets:
                // Only the first section (positive numbers) decides.
                return false
            default:
                if !inQuotes && !inBrackets, "dmyhsDMYHS".contains(character) { return true }
            }
        }
        return false
    }

    /// The day of a date serial (days since 30 December 1899; the time of day dropped).
    static func day(serial text: String) -> Day? {
        guard let value = Double(text.trimmingSpaces), value.isFinite, value >= 1, value < 2_958_466 else {
            return nil
        }
        return Day(ordinal: Int(value.rounded(.down)) - 25_569)
    }
}

// MARK: - The parts

/// Parses one XML part with Foundation's XMLParser; elements are named without their namespace prefix.
private class PartParser: NSObject, XMLParserDelegate {
    let path: String

    init(path: String) { self.path = path }

    func parse(_ bytes: [UInt8]) throws(SpreadsheetReader.Failure) {
        let parser = XMLParser(data: Data(bytes))
        parser.delegate = self
        parser.shouldResolveExternalEntities = false
        let parsed = parser.parse()
        if let (line, column, reason) = error ?? (parsed ? nil : (parser.lineNumber, parser.columnNumber, "")) {
            let why = reason.trimmingCharacters(in: .whitespacesAndNewlines)
            throw why.isEmpty
                ? SpreadsheetReader.Failure(.notWellFormed, path, line, column)
                : SpreadsheetReader.Failure(.notWellFormedBecause, path, line, column, why)
        }
        // A part cut short: not every parser says so.
        if !open.isEmpty {
            throw SpreadsheetReader.Failure(.notClosed, path, open.last!)
        }
    }

    /// The first error the parser reported: where, and why.
    private var error: (line: Int, column: Int, reason: String)?
    /// The elements open, outermost first.
    private var open: [Substring] = []

    func parser(_ parser: XMLParser, parseErrorOccurred parseError: Error) {
        if error == nil {
            error = (parser.lineNumber, parser.columnNumber, Self.reason(parseError as NSError))
        }
    }

    func start(_ name: Substring, _ attributes: [String: String]) {}
    func end(_ name: Substring) {}
    func text(_ string: String) {}

    func parser(
        _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName: String?,
        attributes: [String: String] = [:]
    ) {
        let name = Self.local(elementName)
        open.append(name)
        start(name, attributes)
    }

    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName: String?) {
        let name = Self.local(elementName)
        if open.last == name {
            open.removeLast()
        } else if error == nil {
            error = (parser.lineNumber, parser.columnNumber, "</\(name)> closes <\(open.last ?? "")>")
        }
        end(name)
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) { text(string) }

    func parser(_ parser: XMLParser, foundCDATA block: Data) { text(String(decoding: block, as: UTF8.self)) }

    /// The parser's error in words; Foundation on Linux names only its domain and number.
    static func reason(_ error: NSError) -> String {
        // NSXMLParserError's numbers, which are libxml2's.
        switch error.code {
        case 4: return "the part is empty"
        case 5: return "it ends too early, or has text after its end: the file may be cut short"
        case 9: return "a character XML does not allow"
        case 73, 76, 85: return "its tags do not match"
        default: return "XML error \(error.code)"
        }
    }

    static func local(_ name: String) -> Substring {
        guard let colon = name.lastIndex(of: ":") else { return Substring(name) }
        return name[name.index(after: colon)...]
    }

    /// The value of the attribute `name` in any namespace (`r:id`, `id`).
    static func attribute(_ attributes: [String: String], _ name: String) -> String? {
        if let value = attributes[name] { return value }
        return attributes.first { local($0.key) == name && $0.key.contains(":") }?.value
    }
}

private final class Relations: PartParser {
    struct Relation {
        var id: String
        var type: String
        var target: String
    }

    let base: String
    var relations: [Relation] = []

    init(path: String, base: String) {
        self.base = base
        super.init(path: path)
    }

    static func parse(_ bytes: [UInt8], path: String, base: String) throws(SpreadsheetReader.Failure) -> [Relation] {
        let parser = Relations(path: path, base: base)
        try parser.parse(bytes)
        return parser.relations
    }

    override func start(_ name: Substring, _ attributes: [String: String]) {
        guard name == "Relationship", let id = attributes["Id"], let type = attributes["Type"],
            let target = attributes["Target"], attributes["TargetMode"] != "External"
        else { return }
        relations.append(Relation(id: id, type: type, target: Self.resolve(target, base: base)))
    }

    /// A target relative to the part's folder (or absolute, `/xl/...`) as a path in the container.
    static func resolve(_ target: String, base: String) -> String {
        var parts: [Substring] = target.hasPrefix("/") ? [] : base.split(separator: "/")
        for part in target.split(separator: "/") {
            if part == ".." {
                if !parts.isEmpty { parts.removeLast() }
            } else if part != "." {
                parts.append(part)
            }
        }
        return parts.joined(separator: "/")
    }
}

private final class WorkbookSheets: PartParser {
    var sheets: [(name: String, relation: String)] = []

    static func parse(_ bytes: [UInt8], path: String) throws(SpreadsheetReader.Failure) -> [(
        name: String, relation: String
    )] {
        let parser = WorkbookSheets(path: path)
        try parser.parse(bytes)
        return parser.sheets
    }

    override func start(_ name: Substring, _ attributes: [String: String]) {
        guard name == "sheet", let relation = Self.attribute(attributes, "id") else { return }
        sheets.append((attributes["name"] ?? "", relation))
    }
}

private final class SharedStrings: PartParser {
    var strings: [String] = []
    private var current = ""
    private var inText = false
    private var inPhonetic = false

    static func parse(_ bytes: [UInt8], path: String) throws(SpreadsheetReader.Failure) -> [String] {
        let parser = SharedStrings(path: path)
        try parser.parse(bytes)
        return parser.strings
    }

    override func start(_ name: Substring, _ attributes: [String: String]) {
        switch name {
        case "si": current = ""
        case "t": inText = !inPhonetic
        case "rPh": inPhonetic = true
        default: break
        }
    }

    override func end(_ name: Substring) {
        switch name {
        case "si": strings.append(current)
        case "t": inText = false
        case "rPh": inPhonetic = false
        default: break
        }
    }

    override func text(_ string: String) {
        if inText { current += string }
    }
}

private final class Styles: PartParser {
    private var formats: [Int: String] = [:]
    private var cellFormats: [Int] = []
    private var inCellFormats = false

    /// The indexes of the cell styles (`s` of a cell) that show a date.
    static func dateStyles(_ bytes: [UInt8], path: String) throws(SpreadsheetReader.Failure) -> Set<Int> {
        let parser = Styles(path: path)
        try parser.parse(bytes)
        var result: Set<Int> = []
        for (index, id) in parser.cellFormats.enumerated()
        where SpreadsheetReader.isDateFormat(id: id, code: parser.formats[id]) {
            result.insert(index)
        }
        return result
    }

    override func start(_ name: Substring, _ attributes: [String: String]) {
        switch name {
        case "numFmt":
            if let id = attributes["numFmtId"].flatMap(Int.init) { formats[id] = attributes["formatCode"] ?? "" }
        case "cellXfs": inCellFormats = true
        case "xf" where inCellFormats: cellFormats.append(attributes["numFmtId"].flatMap(Int.init) ?? 0)
        default: break
        }
    }

    override func end(_ name: Substring) {
        if name == "cellXfs" { inCellFormats = false }
    }
}

private final class Sheet: PartParser {
    typealias Row = (number: Int, cells: [Int: (text: String, kind: CellKind)])

    let strings: [String]
    let dateStyles: Set<Int>
    var rows: [Row] = []
    private var problem: SpreadsheetReader.Failure?
    private var row: Row?
    private var rowNumber = 0
    private var column = -1
    private var type = "n"
    private var style = 0
    private var value = ""
    private var inline = ""
    private var formula = ""
    private var inFormula = false
    private var inValue = false
    private var inInlineText = false
    private var inPhonetic = false
    private var inCell = false

    init(path: String, strings: [String], dateStyles: Set<Int>) {
        self.strings = strings
        self.dateStyles = dateStyles
        super.init(path: path)
    }

    static func parse(_ bytes: [UInt8], path: String, strings: [String], dateStyles: Set<Int>)
        throws(SpreadsheetReader.Failure) -> [Row]
    {
        let parser = Sheet(path: path, strings: strings, dateStyles: dateStyles)
        try parser.parse(bytes)
        if let problem = parser.problem { throw problem }
        return parser.rows
    }

    override func start(_ name: Substring, _ attributes: [String: String]) {
        switch name {
        case "row":
            rowNumber = attributes["r"].flatMap(Int.init) ?? rowNumber + 1
            row = (rowNumber, [:])
            column = -1
        case "c":
            if let text = attributes["r"], let reference = SpreadsheetReader.reference(text) {
                column = reference.column
            } else {
                column += 1
            }
            type = attributes["t"] ?? "n"
            style = attributes["s"].flatMap(Int.init) ?? 0
            value = ""
            inline = ""
            formula = ""
            inCell = true
        case "v" where inCell: inValue = true
        case "f" where inCell: inFormula = true
        case "rPh": inPhonetic = true
        case "t" where inCell && !inPhonetic: inInlineText = true
        default: break
        }
    }

    override func end(_ name: Substring) {
        switch name {
        case "v": inValue = false
        case "f": inFormula = false
        case "t": inInlineText = false
        case "rPh": inPhonetic = false
        case "c":
            inCell = false
            if let cell = cell() { row?.cells[column] = cell }
        case "row":
            if let row { rows.append(row) }
            row = nil
        default: break
        }
    }

    override func text(_ string: String) {
        if inValue {
            value += string
        } else if inInlineText {
            inline += string
        } else if inFormula {
            formula += string
        }
    }

    private func cell() -> (text: String, kind: CellKind)? {
        if !formula.isEmpty, value.isEmpty, type != "inlineStr" { return ("=" + formula, .formula) }
        switch type {
        case "s":
            guard let index = Int(value.trimmingSpaces) else { return nil }
            guard strings.indices.contains(index) else {
                problem =
                    problem
                    ?? SpreadsheetReader.Failure(
                        .sharedStringMissing, path, "\(SpreadsheetXML.columnName(column))\(rowNumber)", index,
                        strings.count)
                return nil
            }
            return (strings[index], .text)
        case "inlineStr": return (inline, .text)
        case "str": return (value, .text)
        case "b": return value.isEmpty ? nil : (value.trimmingSpaces == "1" ? "TRUE" : "FALSE", .boolean)
        case "e": return (value, .error)
        case "d":
            // An ISO 8601 date (and maybe a time): the day is its first ten characters.
            return value.isEmpty ? nil : (String(value.prefix(10)), .date)
        default:
            guard !value.isEmpty else { return nil }
            if dateStyles.contains(style), let day = SpreadsheetReader.day(serial: value) {
                return (day.description, .date)
            }
            return (SpreadsheetReader.numberText(value), .number)
        }
    }
}
