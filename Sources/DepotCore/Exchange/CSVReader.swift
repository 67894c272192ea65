/// One record of a CSV file and the line it starts on (1-based; a quoted field may span several lines).
public struct CSVRecord: Hashable, Sendable {
    public var line: Int
    public var fields: [String]
    /// What is wrong with the record's syntax, when something is; the fields are then a best effort.
    public var problem: String?
    /// The kind of each field's cell, for a record read from a workbook (`SpreadsheetReader`); empty for CSV,
    /// where every field is text as it was typed.
    public var kinds: [CellKind]

    public init(line: Int, fields: [String], problem: String? = nil, kinds: [CellKind] = []) {
        self.line = line
        self.fields = fields
        self.problem = problem
        self.kinds = kinds
    }
}

/// Something wrong with one line of a file: `line 14: price "12,3,4" is not an amount`.
public struct LineProblem: Error, Hashable, Sendable, CustomStringConvertible {
    public var line: Int
    public var message: String

    public init(line: Int, message: String) {
        self.line = line
        self.message = message
    }

    public var description: String { "line \(line): \(TerminalSafe.field(message, limit: TerminalSafe.lineLimit))" }
}

/// Reads CSV as RFC 4180 describes it, and as spreadsheets write it in practice.
///
/// - Fields in double quotes may hold the separator, line breaks and doubled quotes (`""` is one `"`).
/// - Lines end in CRLF, LF or a lone CR; a last line without a line ending is read too.
/// - A UTF-8 byte order mark is skipped; UTF-16 with a byte order mark is read; a file that is not valid UTF-8 is
///   read as Windows-1252, which is what Danish Excel writes when saving "CSV (semikolonsepareret)".
/// - The separator is given, or found from the first line: whichever of `,` `;` tab `|` occurs most outside quotes.
///   (A file whose header has as many commas as semicolons is read with `;`.)
/// - A quote inside an unquoted field is kept as it is (`12" vinyl`). Text after a closing quote, and a quote that is
///   never closed, make that record bad; reading goes on with the next record.
/// - Blank lines, and lines of separators only, are skipped.
public enum CSVReader {
    /// The records of `bytes`, with the separator that was used.
    public static func read(_ bytes: [UInt8], separator: Character? = nil) -> (
        records: [CSVRecord], separator: Character
    ) {
        let (utf8, isUTF8) = normalised(bytes)
        let separatorByte = separator?.asciiValue ?? detectSeparator(utf8)
        var parser = Parser(bytes: utf8, separator: separatorByte, isUTF8: isUTF8)
        return (parser.records(), Character(Unicode.Scalar(separatorByte)))
    }

    public static func read(_ text: String, separator: Character? = nil) -> (records: [CSVRecord], separator: Character)
    {
        read(Array(text.utf8), separator: separator)
    }

    /// The separator that occurs most often outside quotes on the first line (`;` on a tie); `,` when none does.
    static func detectSeparator(_ bytes: [UInt8]) -> UInt8 {
        var counts: [UInt8: Int] = [:]
        var inQuotes = false
        var sawText = false
        for byte in bytes {
            if byte == quote {
                inQuotes.toggle()
                sawText = true
            } else if !inQuotes && (byte == lf || byte == cr) {
                // Blank lines before the header do not count.
                if sawText { break }
                continue
            } else {
                sawText = true
                if !inQuotes, CSVFormat.separators.contains(where: { $0.asciiValue == byte }) {
                    counts[byte, default: 0] += 1
                }
            }
        }
        var best = UInt8(ascii: ",")
        var bestCount = 0
        // On a tie `;` wins: Danish text has decimal commas, hardly ever semicolons.
        for candidate in [";", "\t", ",", "|"].map({ UInt8(ascii: $0) }) {
            let count = counts[candidate] ?? 0
            if count > bestCount {
                best = candidate
                bestCount = count
            }
        }
        return best
    }

    /// The bytes as UTF-8 without a byte order mark, and whether they were valid UTF-8.
    private static func normalised(_ bytes: [UInt8]) -> ([UInt8], Bool) {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { return (Array(bytes.dropFirst(3)), true) }
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            let bigEndian = bytes[0] == 0xFE
            var units: [UInt16] = []
            units.reserveCapacity(bytes.count / 2)
            var index = 2
            while index + 1 < bytes.count {
                let high = UInt16(bytes[bigEndian ? index : index + 1])
                let low = UInt16(bytes[bigEndian ? index + 1 : index])
                units.append(high << 8 | low)
                index += 2
            }
            return (Array(String(decoding: units, as: UTF16.self).utf8), true)
        }
        return (bytes, String(validating: bytes, as: UTF8.self) != nil)
    }

    fileprivate static let quote = UInt8(ascii: "\"")
    fileprivate static let cr = UInt8(ascii: "\r")
    fileprivate static let lf = UInt8(ascii: "\n")

    private struct Parser {
        let bytes: [UInt8]
        let separator: UInt8
        let isUTF8: Bool
        var index = 0
        var line = 1

        init(bytes: [UInt8], separator: UInt8, isUTF8: Bool) {
            self.bytes = bytes
            self.separator = separator
            self.isUTF8 = isUTF8
        }

        mutating func records() -> [CSVRecord] {
            var records: [CSVRecord] = []
            while index < bytes.count {
                if let record = nextRecord(), !record.fields.allSatisfy(\.isEmpty) || record.problem != nil {
                    records.append(record)
                }
            }
            return records
        }

        /// Reads one record and the line ending after it.
        private mutating func nextRecord() -> CSVRecord? {
            let startLine = line
            let startIndex = index
            var fields: [String] = []
            var problem: String?
            while true {
                var field: [UInt8] = []
                if index < bytes.count && bytes[index] == CSVReader.quote {
                    let openedOn = line
                    index += 1
                    guard readQuoted(into: &field) else {
                        // Never closed: report it, and read on from the line after the record began.
                        index = startIndex
                        line = startLine
                        skipLine()
                        let message =
                            openedOn == startLine
                            ? CSVProblemText.english(.neverClosed)
                            : CSVProblemText.english(.neverClosedFrom, openedOn)
                        return CSVRecord(line: startLine, fields: fields, problem: message)
                    }
                    if index < bytes.count, !isEndOfField(bytes[index]) {
                        problem = problem ?? CSVProblemText.english(.textAfterQuote, fields.count + 1)
                        readUnquoted(into: &field)
                    }
                } else {
                    readUnquoted(into: &field)
                }
                fields.append(decode(field))
                if index < bytes.count && bytes[index] == separator {
                    index += 1
                    continue
                }
                skipLineEnding()
                return CSVRecord(line: startLine, fields: fields, problem: problem)
            }
        }

        private func isEndOfField(_ byte: UInt8) -> Bool {
            byte == separator || byte == CSVReader.cr || byte == CSVReader.lf
        }

        /// Reads up to the closing quote; false at the end of the input without one.
        private mutating func readQuoted(into field: inout [UInt8]) -> Bool {
            while index < bytes.count {
                let byte = bytes[index]
                if byte == CSVReader.quote {
                    if index + 1 < bytes.count && bytes[index + 1] == CSVReader.quote {
                        field.append(CSVReader.quote)
                        index += 2
                        continue
                    }
                    index += 1
                    return true
                }
                if byte == CSVReader.lf
                    || (byte == CSVReader.cr && !(index + 1 < bytes.count && bytes[index + 1] == CSVReader.lf))
                {
                    line += 1
                }
                field.append(byte)
                index += 1
            }
            return false
        }

        private mutating func readUnquoted(into field: inout [UInt8]) {
            while index < bytes.count && !isEndOfField(bytes[index]) {
                field.append(bytes[index])
                index += 1
            }
        }

        private mutating func skipLineEnding() {
            guard index < bytes.count else { return }
            if bytes[index] == CSVReader.cr {
                index += 1
                if index < bytes.count && bytes[index] == CSVReader.lf { index += 1 }
            } else if bytes[index] == CSVReader.lf {
                index += 1
            }
            line += 1
        }

        private mutating func skipLine() {
            while index < bytes.count && bytes[index] != CSVReader.cr && bytes[index] != CSVReader.lf { index += 1 }
            skipLineEnding()
        }

        private func decode(_ field: [UInt8]) -> String {
            isUTF8 ? String(decoding: field, as: UTF8.self) : Windows1252.decode(field)
        }
    }
}

/// The Windows code page Danish Excel uses for "CSV (semikolonsepareret)": Latin-1 with printable characters in
/// 0x80–0x9F (€, quotes, dashes).
enum Windows1252 {
    private static let high: [UInt32] = [
        0x20AC, 0x81, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8D,
        0x017D, 0x8F, 0x90, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A,
        0x0153, 0x9D, 0x017E, 0x0178,
    ]

    static func decode(_ bytes: [UInt8]) -> String {
        var scalars = String.UnicodeScalarView()
        for byte in bytes {
            let value = (0x80...0x9F).contains(byte) ? high[Int(byte - 0x80)] : UInt32(byte)
            scalars.append(Unicode.Scalar(value) ?? "\u{FFFD}")
        }
        return String(scalars)
    }
}
