/// Writes CSV as RFC 4180 describes it: a field is quoted when it holds the separator, a quote or a line break, and a
/// quote inside is doubled. Every line, the last one too, ends with the format's line ending.
public enum CSVWriter {
    public static func text(_ rows: [[String]], format: CSVFormat = .standard) -> String {
        var text = format.byteOrderMark ? "\u{FEFF}" : ""
        for row in rows {
            text += row.map { field($0, separator: format.separator) }.joined(separator: String(format.separator))
            text += format.lineEnding
        }
        return text
    }

    /// One field, quoted when needed.
    public static func field(_ value: String, separator: Character) -> String {
        let needsQuotes = value.unicodeScalars.contains {
            $0 == "\"" || $0 == "\n" || $0 == "\r" || Character($0) == separator
        }
        guard needsQuotes else { return value }
        var quoted = "\""
        for character in value {
            quoted += character == "\"" ? "\"\"" : String(character)
        }
        return quoted + "\""
    }
}
