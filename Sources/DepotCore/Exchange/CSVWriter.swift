/// Writes CSV as RFC 4180 describes it: a field is quoted when it holds the separator, a quote or a line break, and a
/// quote inside is doubled. Every line, the last one too, ends with the format's line ending.
///
/// The text is written as UTF-8 bytes into one buffer and made a string once at the end: the separator, quotes and
/// line breaks are ASCII, so a field is checked and copied byte by byte, never character by character.
public enum CSVWriter {
    public static func text(_ rows: [[String]], format: CSVFormat = .standard) -> String {
        var writer = Bytes(format: format, capacity: rows.count * (rows.first?.count ?? 1) * 16)
        for row in rows {
            for value in row { writer.field(value) }
            writer.endRow()
        }
        return writer.text
    }

    /// One field, quoted when needed.
    public static func field(_ value: String, separator: Character) -> String {
        var writer = Bytes(
            format: CSVFormat(separator: separator, byteOrderMark: false), capacity: value.utf8.count + 2)
        writer.field(value)
        return writer.text
    }

    /// CSV text being written field by field into one buffer of UTF-8 bytes.
    struct Bytes {
        private var out: [UInt8] = []
        private let separator: UInt8
        private let lineEnding: [UInt8]
        private var atRowStart = true

        init(format: CSVFormat, capacity: Int) {
            out.reserveCapacity(capacity)
            if format.byteOrderMark { out.append(contentsOf: [0xEF, 0xBB, 0xBF]) }
            separator = format.separator.asciiValue ?? UInt8(ascii: ",")
            lineEnding = Array(format.lineEnding.utf8)
        }

        var text: String { String(decoding: out, as: UTF8.self) }

        mutating func field(_ value: String) {
            if !atRowStart { out.append(separator) }
            atRowStart = false
            var value = value
            value.withUTF8 { bytes in
                var needsQuotes = false
                for byte in bytes
                where byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r")
                    || byte == separator
                {
                    needsQuotes = true
                    break
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

        mutating func endRow() {
            out.append(contentsOf: lineEnding)
            atRowStart = true
        }
    }
}
