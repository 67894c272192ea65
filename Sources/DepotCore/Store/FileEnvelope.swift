import Foundation

/// What a store file holds under its one content key, next to `schemaVersion`.
protocol FileContent: Codable, Sendable {
    static var contentKey: String { get }
}

extension Array: FileContent where Element: StoredRecord {
    static var contentKey: String { Element.collectionKey }
}

extension LibrarySettings: FileContent {
    static var contentKey: String { "library" }
}

extension SeasonPlan: FileContent {
    static var contentKey: String { "plan" }
}

/// A coding key made from any text.
struct TextKey: CodingKey {
    var stringValue: String
    var intValue: Int? { nil }

    init(_ text: String) { stringValue = text }
    init?(stringValue: String) { self.stringValue = stringValue }
    init?(intValue: Int) { nil }
}

/// The top level of every store file: `{ "schemaVersion" : 1, "partners" : [ ... ] }`.
struct FileEnvelope<Content: FileContent>: Decodable {
    var schemaVersion: Int
    var content: Content

    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: TextKey.self)
        schemaVersion = try container.decode(Int.self, forKey: TextKey("schemaVersion"))
        do {
            content = try container.decode(Content.self, forKey: TextKey(Content.contentKey))
        } catch {
            throw ContentDecodingError(schemaVersion: schemaVersion, underlying: error)
        }
    }
}

/// The content of a file did not decode; its schema version tells whether that is damage or an old layout.
struct ContentDecodingError: Error {
    var schemaVersion: Int
    var underlying: any Error
}

/// Writes store files: a fixed header with the schema version first, then the records in the file's layout.
enum FileEncoder {
    /// The file's bytes. For a record-per-line file, `lines` (if given) keeps the file's ``EncodedLines`` from one
    /// call to the next, so that only the records that changed are encoded again.
    static func encode<Content: FileContent>(
        _ content: Content, schemaVersion: Int, lines: EncodedLinesSlot? = nil
    ) throws -> [UInt8] {
        var out: [UInt8] = []
        out.append(contentsOf: "{\n  \"schemaVersion\" : \(schemaVersion),\n  \"\(Content.contentKey)\" : ".utf8)
        if let records = content as? any StoredRecordArray {
            try records.appendRecords(to: &out, lines: lines, schemaVersion: schemaVersion)
        } else {
            try appendIndented(pretty.encode(content), indent: 2, to: &out)
        }
        out.append(contentsOf: "\n}\n".utf8)
        return out
    }

    static let pretty: JSONEncoder = {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return encoder
    }()

    static let compact: JSONEncoder = {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }()

    /// Copies JSON text, indenting every line after the first. Foundation writes an empty array or object over
    /// three lines with a blank one between; it is written `[]` or `{}` instead.
    static func appendIndented(_ json: Data, indent: Int, to out: inout [UInt8]) {
        let spaces = [UInt8](repeating: UInt8(ascii: " "), count: indent)
        let bytes = [UInt8](json)
        var index = 0
        var inString = false
        var escaped = false
        while index < bytes.count {
            let byte = bytes[index]
            if inString {
                if escaped {
                    escaped = false
                } else if byte == UInt8(ascii: "\\") {
                    escaped = true
                } else if byte == UInt8(ascii: "\"") {
                    inString = false
                }
            } else if byte == UInt8(ascii: "\"") {
                inString = true
            } else if byte == UInt8(ascii: "[") || byte == UInt8(ascii: "{"),
                let end = emptyContainerEnd(bytes, from: index)
            {
                out.append(byte)
                out.append(bytes[end])
                index = end + 1
                continue
            }
            out.append(byte)
            if byte == UInt8(ascii: "\n") { out.append(contentsOf: spaces) }
            index += 1
        }
    }

    /// The index of the bracket closing the one at `start` when only white space lies between them.
    private static func emptyContainerEnd(_ bytes: [UInt8], from start: Int) -> Int? {
        let closing = bytes[start] == UInt8(ascii: "[") ? UInt8(ascii: "]") : UInt8(ascii: "}")
        var index = start + 1
        while index < bytes.count, bytes[index] == UInt8(ascii: " ") || bytes[index] == UInt8(ascii: "\n") {
            index += 1
        }
        return index < bytes.count && bytes[index] == closing && index > start + 1 ? index : nil
    }
}

/// An array of stored records, written one record at a time.
private protocol StoredRecordArray {
    func appendRecords(to out: inout [UInt8], lines: EncodedLinesSlot?, schemaVersion: Int) throws
}

extension Array: StoredRecordArray where Element: StoredRecord {
    fileprivate func appendRecords(to out: inout [UInt8], lines slot: EncodedLinesSlot?, schemaVersion: Int) throws {
        var lines: [[UInt8]]?
        if let slot, Element.layout == .recordPerLine {
            let encodedLines =
                slot.lines as? EncodedLines<Element>
                ?? slot.readFile?().flatMap { bytes in
                    slot.asRead?().flatMap { read -> EncodedLines<Element>? in
                        guard let records = read.records as? [Element], let ids = read.ids as? [Element.ID] else {
                            return nil
                        }
                        return EncodedLines(file: bytes, records: records, linesHold: ids, schemaVersion: schemaVersion)
                    } ?? EncodedLines(file: bytes, schemaVersion: schemaVersion)
                } ?? EncodedLines()
            slot.lines = encodedLines
            slot.readFile = nil
            slot.asRead = nil
            lines = try encodedLines.lines(for: self)
        }
        guard !isEmpty else {
            out.append(contentsOf: "[]".utf8)
            return
        }
        out.append(contentsOf: "[\n".utf8)
        for (index, record) in enumerated() {
            out.append(contentsOf: "    ".utf8)
            switch Element.layout {
            case .pretty: FileEncoder.appendIndented(try FileEncoder.pretty.encode(record), indent: 4, to: &out)
            case .recordPerLine:
                if let lines {
                    out.append(contentsOf: lines[index])
                } else {
                    out.append(contentsOf: try FileEncoder.compact.encode(record))
                }
            }
            out.append(contentsOf: index == count - 1 ? "\n  ]".utf8 : ",\n".utf8)
        }
    }
}
