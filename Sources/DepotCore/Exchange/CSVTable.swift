/// A CSV file with a header line: the column names, the good rows, and the rows that could not be read.
///
/// A row with fewer fields than the header, or with more fields that are not empty, is bad; so is a row the reader
/// found bad (a quote never closed, text after a closing quote). Bad rows carry their line number.
public struct CSVTable: Hashable, Sendable {
    public var header: [String]
    public var headerLine: Int
    public var rows: [CSVRecord]
    public var problems: [LineProblem]
    public var separator: Character

    public init(
        header: [String], headerLine: Int = 1, rows: [CSVRecord], problems: [LineProblem] = [],
        separator: Character = ","
    ) {
        self.header = header
        self.headerLine = headerLine
        self.rows = rows
        self.problems = problems
        self.separator = separator
    }

    /// Reads a table; throws when there is no usable header line.
    public static func read(_ bytes: [UInt8], separator: Character? = nil) throws(LineProblem) -> CSVTable {
        let (records, separator) = CSVReader.read(bytes, separator: separator)
        guard let first = records.first else {
            throw LineProblem(line: 1, message: CSVProblemText.english(.emptyFile))
        }
        if let problem = first.problem {
            throw LineProblem(line: first.line, message: CSVProblemText.english(.headerLine, problem))
        }
        let header = first.fields.map { $0.trimmingSpaces }
        var rows: [CSVRecord] = []
        var problems: [LineProblem] = []
        rows.reserveCapacity(records.count - 1)
        for var record in records.dropFirst() {
            if let problem = record.problem {
                problems.append(LineProblem(line: record.line, message: problem))
                continue
            }
            if record.fields.count < header.count {
                problems.append(
                    LineProblem(
                        line: record.line,
                        message: record.fields.count == 1
                            ? CSVProblemText.english(.oneFieldSeparator, header.count, CSVFormat.name(of: separator))
                            : CSVProblemText.english(
                                .fieldsSeparator, record.fields.count, header.count, CSVFormat.name(of: separator))))
                continue
            }
            if record.fields.count > header.count {
                guard record.fields[header.count...].allSatisfy({ $0.trimmingSpaces.isEmpty }) else {
                    problems.append(
                        LineProblem(
                            line: record.line,
                            message: CSVProblemText.english(.fieldsMore, record.fields.count, header.count)))
                    continue
                }
                record.fields.removeLast(record.fields.count - header.count)
            }
            rows.append(record)
        }
        return CSVTable(header: header, headerLine: first.line, rows: rows, problems: problems, separator: separator)
    }

    public static func read(_ text: String, separator: Character? = nil) throws(LineProblem) -> CSVTable {
        try read(Array(text.utf8), separator: separator)
    }

    /// The position of the column named `name`: case, accents' case and surrounding spaces ignored.
    public func column(named name: String) -> Int? {
        let wanted = name.trimmingSpaces.lowercased()
        return header.firstIndex { $0.lowercased() == wanted }
    }
}

extension String {
    /// Without spaces, tabs and non-breaking spaces at either end.
    var trimmingSpaces: String {
        func isSpace(_ character: Character) -> Bool { character == " " || character == "\t" || character == "\u{A0}" }
        guard let first = firstIndex(where: { !isSpace($0) }) else { return "" }
        let last = lastIndex(where: { !isSpace($0) })!
        return String(self[first...last])
    }
}
