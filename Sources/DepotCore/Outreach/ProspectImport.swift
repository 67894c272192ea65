/// The municipality's list of institutions as prospects: a CSV with a header line naming the columns name,
/// address, postcode, town and (optionally) children and kind, in English or Danish (navn, adresse, postnummer, by,
/// børn, type), in any order.
///
/// Every row is checked before anything changes: one bad row (no name, a postcode that is not four digits, a count
/// of children that is no number) and nothing is imported, each bad row named by its line. An institution already
/// known by its name (a partner or a prospect) is left as it is, so the same list can be imported again after it
/// grew.
public enum ProspectImport {
    /// The columns, each with the names a header may give it.
    public enum Column: String, CaseIterable, Sendable {
        case name, address, postcode, town, children, kind

        var headerNames: [String] {
            switch self {
            case .name: return ["name", "navn", "institution"]
            case .address: return ["address", "adresse", "street", "vej"]
            case .postcode: return ["postcode", "postnummer", "postnr", "postnr.", "postalcode", "zip"]
            case .town: return ["town", "by", "city", "postdistrikt"]
            case .children: return ["children", "børn", "antal børn", "childcount"]
            case .kind: return ["kind", "type", "art"]
            }
        }

        var field: Outreach.Field {
            switch self {
            case .name: return .name
            case .address: return .address
            case .postcode: return .postcode
            case .town: return .town
            case .children: return .children
            case .kind: return .kind
            }
        }

        static let required: [Column] = [.name, .address, .postcode, .town]
    }

    /// Why the file was not imported.
    public enum Failure: Error, Hashable, Sendable, CustomStringConvertible, LocalizedText {
        /// The file could not be read as a table (the CSV reader's own English sentence).
        case unreadable(LineProblem)
        case missingColumns([Column], header: [String])
        /// Bad rows, by line.
        case badRows([RowProblem])

        public var description: String { text(in: .english) }

        public func text(in language: Language) -> String {
            let book = TextBook(language)
            switch self {
            case .unreadable(let problem):
                return book.format(
                    OutreachText.importLine, problem.line, CSVProblemText.spoken(problem.message, in: language))
            case .missingColumns(let columns, let header):
                return book.format(
                    OutreachText.importMissingColumns, columns.map(\.rawValue).joined(separator: ", "),
                    header.map { TerminalSafe.quote($0) }.joined(separator: ", "))
            case .badRows(let rows):
                let shown = rows.prefix(20).map { $0.text(in: language) }
                let more = rows.count > 20 ? ["…"] : []
                return book.format(OutreachText.importBadRows, count: rows.count, rows.count) + "\n"
                    + (shown + more).map { "  " + $0 }.joined(separator: "\n")
            }
        }
    }

    /// One bad row: its line in the file and what is wrong, naming the column.
    public struct RowProblem: Hashable, Sendable, LocalizedText {
        public var line: Int
        public var column: Column?
        /// The column's name as the file's header gives it.
        public var header: String?
        public var refusal: Outreach.Refusal?
        /// The reader's or the table's own sentence, when the row could not be read at all.
        public var message: String?

        public func text(in language: Language) -> String {
            let book = TextBook(language)
            let what = refusal?.text(in: language) ?? message.map { CSVProblemText.spoken($0, in: language) } ?? ""
            if let column { return book.format(OutreachText.importLineColumn, line, header ?? column.rawValue, what) }
            return book.format(OutreachText.importLine, line, what)
        }
    }

    /// A row naming an institution already known: its line and the partner's id.
    public struct KnownRow: Hashable, Sendable {
        public var line: Int
        public var partnerID: Partner.ID
    }

    /// What an import did.
    public struct Result: Hashable, Sendable {
        /// The new prospects, in file order.
        public var added: [Partner]
        /// Rows naming an institution already known, left as it is.
        public var known: [KnownRow]
    }

    /// Adds the file's institutions as prospects of kind `kind` (unless a kind column says otherwise), all or none.
    /// Touches partners.json.
    public static func run(
        _ text: String, kind: Partner.Kind = .kindergarten, today: Day, in data: inout LibraryData
    ) throws(Failure) -> Result {
        try run(bytes: Array(text.utf8), kind: kind, today: today, in: &data)
    }

    /// The same, from the file's bytes (UTF-8 with or without a byte order mark, or Excel's Windows-1252).
    public static func run(
        bytes: [UInt8], kind: Partner.Kind = .kindergarten, today: Day, in data: inout LibraryData
    ) throws(Failure) -> Result {
        let table: CSVTable
        do {
            table = try CSVTable.read(bytes)
        } catch {
            throw .unreadable(error)
        }
        var positions: [Column: Int] = [:]
        for column in Column.allCases {
            if let position = column.headerNames.lazy.compactMap({ table.column(named: $0) }).first {
                positions[column] = position
            }
        }
        let missing = Column.required.filter { positions[$0] == nil }
        guard missing.isEmpty else { throw .missingColumns(missing, header: table.header) }

        var problems = table.problems.map {
            RowProblem(line: $0.line, column: nil, header: nil, refusal: nil, message: $0.message)
        }
        var added: [Partner] = []
        var known: [KnownRow] = []
        var seen: [String: Int] = [:]
        for row in table.rows {
            func cell(_ column: Column) -> String { positions[column].map { row.fields[$0].trimmingSpaces } ?? "" }
            if row.fields.allSatisfy({ $0.trimmingSpaces.isEmpty }) { continue }
            let name = cell(.name)
            if !name.isEmpty,
                let partner = data.partners.first(where: { $0.name.trimmingSpaces.lowercased() == name.lowercased() })
            {
                known.append(KnownRow(line: row.line, partnerID: partner.id))
                continue
            }
            if !name.isEmpty, let earlier = seen[name.lowercased()] {
                problems.append(
                    RowProblem(
                        line: row.line, column: .name, refusal: Outreach.Refusal(.name, .sameNameAsLine(earlier))))
                continue
            }
            var rowKind = kind
            let kindText = cell(.kind)
            if !kindText.isEmpty {
                guard let found = Outreach.kind(kindText) else {
                    problems.append(
                        RowProblem(
                            line: row.line, column: .kind, refusal: Outreach.Refusal(.kind, .unknownKind(kindText))))
                    continue
                }
                rowKind = found
            }
            let children: Int?
            switch Outreach.children(cell(.children)) {
            case .success(let count): children = count
            case .failure(let refusal):
                problems.append(RowProblem(line: row.line, column: .children, refusal: refusal))
                continue
            }
            let new = Outreach.NewProspect(
                name: name, kind: rowKind, street: cell(.address), postcode: cell(.postcode), town: cell(.town),
                children: children)
            do {
                let partner = try Outreach.partner(from: new, today: today, data: data, taken: added)
                added.append(partner)
                seen[name.lowercased()] = row.line
            } catch {
                let column = Column.allCases.first { $0.field == error.field }
                problems.append(RowProblem(line: row.line, column: column, refusal: error))
            }
        }
        for index in problems.indices {
            if let column = problems[index].column, let position = positions[column] {
                problems[index].header = table.header[position]
            }
        }
        guard problems.isEmpty else { throw .badRows(problems.sorted { $0.line < $1.line }) }
        for partner in added { data.partners.upsert(partner) }
        return Result(added: added, known: known)
    }
}
