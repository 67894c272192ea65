/// The records of one record-per-line file as last written or read, each with its line of JSON, so that writing
/// the file again encodes only the records that changed: saving one deposit re-encodes one line of its season's
/// ~900, and the first save after opening too (the lines are then taken from the file itself, paired with the
/// records the store read from it, or decoded again when the file is not as the store read it).
///
/// A line is reused when the record is `==` to the one it was encoded from, or read from. Encoding is a function of
/// the record's value, so a file Depot wrote comes out byte for byte as a full encode would write it. Two
/// exceptions: Swift compares text by canonical equivalence, so if a text changes only in its Unicode form ("é" as
/// one scalar, or as "e" and an accent), the line keeps the bytes it was written with; and a line edited by hand
/// (keys in another order, spaces) stays as it is until its record changes. Depot reads both as the same record.
final class EncodedLines<Record: StoredRecord> {
    /// The records as last written, in the file's order (by identifier), and the line of each.
    private var records: [Record] = []
    private var lines: [[UInt8]] = []

    init() {}

    /// The records of a file and their lines, read from the file's bytes: nil unless the file has Depot's layout
    /// (one record a line, each line one whole JSON object) and `schemaVersion`. A line is paired with the record
    /// decoded from the same file in the same place, so whatever version of the file was read, each line holds
    /// exactly its record.
    init?(file bytes: [UInt8], schemaVersion: Int) {
        guard let envelope = try? JSONFileDecoding.decode(FileEnvelope<[Record]>.self, from: bytes),
            envelope.schemaVersion == schemaVersion,
            let lines = EncodedLines.recordLines(in: bytes), lines.count == envelope.content.count
        else { return nil }
        records = envelope.content
        self.lines = lines
    }

    /// The records of a file and their lines, with the records as the store read them from the same bytes: line `i`
    /// holds `records[i]` when `ids`, the identifiers in the order the file's lines held them when it was read,
    /// are those of `records` in order. Nil unless they are, the file has Depot's layout, and its header says
    /// `schemaVersion` (a file migrated when read holds other lines than its records).
    init?(file bytes: [UInt8], records: [Record], linesHold ids: [Record.ID], schemaVersion: Int) {
        guard records.count == ids.count, EncodedLines.schemaVersion(in: bytes) == schemaVersion,
            records.indices.allSatisfy({ records[$0].id == ids[$0] }),
            let lines = EncodedLines.recordLines(in: bytes), lines.count == records.count
        else { return nil }
        self.records = records
        self.lines = lines
    }

    /// The schema version in a header as Depot writes it (`{`, then `"schemaVersion" : 1,` on the next line); nil
    /// for any other opening.
    static func schemaVersion(in bytes: [UInt8]) -> Int? {
        let opening = Array("{\n  \"schemaVersion\" : ".utf8)
        guard bytes.count > opening.count, bytes.starts(with: opening) else { return nil }
        let digits = UInt8(ascii: "0")...UInt8(ascii: "9")
        var version = 0
        var index = opening.count
        while index < bytes.count, index - opening.count < 9, digits.contains(bytes[index]) {
            version = version * 10 + Int(bytes[index] - UInt8(ascii: "0"))
            index += 1
        }
        guard index > opening.count, index < bytes.count, bytes[index] == UInt8(ascii: ",") else { return nil }
        return version
    }

    /// The record lines of a file in Depot's layout: every line indented by four spaces, without its trailing
    /// comma, when each is one JSON object that closes where the line ends; nil when any is not (a record over
    /// several lines, written by hand or by another program).
    static func recordLines(in bytes: [UInt8]) -> [[UInt8]]? {
        // Read through the buffer: the first save of every file after opening walks all its bytes here.
        bytes.withUnsafeBufferPointer { bytes -> [[UInt8]]? in
            var lines: [[UInt8]] = []
            var start = 0
            let space = UInt8(ascii: " ")
            while start < bytes.count {
                var end = start
                while end < bytes.count, bytes[end] != UInt8(ascii: "\n") { end += 1 }
                if end - start > 4, bytes[start] == space, bytes[start + 1] == space, bytes[start + 2] == space,
                    bytes[start + 3] == space
                {
                    var last = end
                    if bytes[last - 1] == UInt8(ascii: ",") { last -= 1 }
                    let line = UnsafeBufferPointer(rebasing: bytes[(start + 4)..<last])
                    guard isOneObject(line) else { return nil }
                    lines.append(Array(line))
                }
                start = end + 1
            }
            return lines
        }
    }

    /// Whether `bytes` are one JSON object whose closing brace is the last byte (brackets counted outside strings).
    private static func isOneObject(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard bytes.first == UInt8(ascii: "{") else { return false }
        var depth = 0
        var index = 0
        while index < bytes.count {
            switch bytes[index] {
            case UInt8(ascii: "\""):
                // To the closing quote, stepping over escaped characters.
                index += 1
                while index < bytes.count, bytes[index] != UInt8(ascii: "\"") {
                    if bytes[index] == UInt8(ascii: "\\") { index += 1 }
                    index += 1
                }
            case UInt8(ascii: "{"), UInt8(ascii: "["): depth += 1
            case UInt8(ascii: "}"), UInt8(ascii: "]"):
                depth -= 1
                if depth == 0 { return index == bytes.count - 1 }
            default: break
            }
            index += 1
        }
        return false
    }

    /// The JSON of each record on one line, in order. Files list records by identifier, so the records last
    /// written are walked alongside, and a record's line is reused when it equals the one in the same place.
    func lines(for newRecords: [Record]) throws -> [[UInt8]] {
        var newLines: [[UInt8]] = []
        newLines.reserveCapacity(newRecords.count)
        var old = 0
        for record in newRecords {
            while old < records.count && records[old].id < record.id {
                old += 1
            }
            if old < records.count && records[old] == record {
                newLines.append(lines[old])
                old += 1
            } else {
                newLines.append(try [UInt8](FileEncoder.compact.encode(record)))
            }
        }
        records = newRecords
        lines = newLines
        return newLines
    }
}

/// Where a store keeps one file's ``EncodedLines`` from one save to the next. It starts out empty: the encoder fills
/// it on the first save, when the file's record type is known.
final class EncodedLinesSlot {
    var lines: AnyObject?
    /// Reads the file as it is on disk, for the first save to take the lines of unchanged records from
    /// (`EncodedLines.init(file:schemaVersion:)`); used once, then dropped.
    var readFile: (() -> [UInt8]?)?
    /// The records the store read from the file, while the file is still the one read; nil once it is not. Asked
    /// right after `readFile`, so that the bytes read are those the records came from.
    var asRead: (() -> RecordsAsRead?)?
}

/// The identifiers of a record-per-line file's records in the order of its lines, and the file's identity when
/// they were read (a `[Record.ID]`, of the file's record type).
struct LineOrder: Sendable {
    var stamp: FileStamp
    var ids: any Sendable
}

/// A file's records as the store read them (`records`, in identifier order), and their identifiers in the order
/// of the file's lines.
struct RecordsAsRead {
    var ids: any Sendable
    var records: any FileContent
}
