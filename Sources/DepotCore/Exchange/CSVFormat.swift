/// How a CSV file is written: the separator between fields, the line ending and whether it starts with a byte order
/// mark.
///
/// Depot writes RFC 4180 (`,` and CRLF). Danish Excel expects `;` (the comma is its decimal separator) and only reads
/// æ, ø and å right from a UTF-8 file when the file starts with a byte order mark: that is `CSVFormat.excel`.
public struct CSVFormat: Hashable, Sendable {
    /// An ASCII separator: `,`, `;`, tab or `|`.
    public var separator: Character
    public var lineEnding: String
    public var byteOrderMark: Bool
    /// Whether amounts are written with a decimal comma (`249,95`), as Danish Excel reads them as numbers.
    public var decimalComma: Bool

    public init(
        separator: Character = ",", lineEnding: String = "\r\n", byteOrderMark: Bool = false,
        decimalComma: Bool = false
    ) {
        precondition(separator.isASCII && separator != "\"" && separator != "\n" && separator != "\r")
        self.separator = separator
        self.lineEnding = lineEnding
        self.byteOrderMark = byteOrderMark
        self.decimalComma = decimalComma
    }

    /// RFC 4180: comma, CRLF, no byte order mark, amounts as `249.95`.
    public static let standard = CSVFormat()

    /// For Danish Excel: semicolon, CRLF, a UTF-8 byte order mark, amounts as `249,95`.
    public static let excel = CSVFormat(separator: ";", byteOrderMark: true, decimalComma: true)

    /// The separators Depot reads and writes.
    public static let separators: [Character] = [",", ";", "\t", "|"]

    /// Reads a separator as typed on a command line: `;`, `,`, `|`, `tab` or `\t`.
    public static func separator(named name: String) -> Character? {
        switch name {
        case ",", "comma", "komma": return ","
        case ";", "semicolon", "semikolon": return ";"
        case "|", "pipe": return "|"
        case "\t", "\\t", "tab", "tabulator": return "\t"
        default: return nil
        }
    }

    /// How a separator is shown in messages: `";"` or `tab`.
    public static func name(of separator: Character) -> String {
        separator == "\t" ? "tab" : "\"\(separator)\""
    }
}
