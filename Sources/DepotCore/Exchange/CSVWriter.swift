/// Writes CSV as RFC 4180 describes it: a field is quoted when it holds the separator, a quote or a line break, and a
/// quote inside is doubled. Every line, the last one too, ends with the format's line ending.
///
/// The text is written as UTF-8 bytes into one buffer and made a string once at the end: the separator, quotes and
/// line breaks are ASCII, so a field is checked and copied byte by byte, never character by character.
public enum CSVWriter {
    public static func text(_ rows: [[String]], format: CSVFormat = .standard) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(rows.count * (rows.first?.count ?? 1) * 16)
        if format.byteOrderMark { out.append(contentsOf: [0xEF, 0xBB, 0xBF]) }
        let separator = format.separator.asciiValue ?? UInt8(ascii: ",")
        let lineEnding = Array(format.lineEnding.utf8)
        for row in rows {
            for (position, value) in row.enumerated() {
                if position > 0 { out.append(separator) }
                append(value, separator: separator, to: &out)
            }
            out.append(contentsOf: lineEnding)
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// One field, quoted when needed.
    public static func field(_ value: String, separator: Character) -> String {
        var out: [UInt8] = []
        append(value, separator: separator.asciiValue ?? UInt8(ascii: ","), to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    private static func append(_ value: String, separator: UInt8, to out: inout [UInt8]) {
        var value = value
        value.withUTF8 { bytes in
            let needsQuotes = bytes.contains {
                $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\n") || $0 == UInt8(ascii: "\r") || $0 == separator
            }
            guard needsQuotes else {
                out.append(contentsOf: bytes)
                return
            }
            out.append(UInt8(ascii: "\""))
            for byte in bytes {
                out.append(byte)
                if byte == UInt8(ascii: "\"") { out.append(byte) }
            }
            out.append(UInt8(ascii: "\""))
        }
    }
}
