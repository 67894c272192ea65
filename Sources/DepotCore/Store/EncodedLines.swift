/// The records of one record-per-line file as last written, each with its line of JSON, so that writing the file
/// again encodes only the records that changed: saving one deposit re-encodes one line of its season's ~900.
///
/// A line is reused when the record is `==` to the one it was encoded from. Encoding is a function of the record's
/// value, so the file comes out byte for byte as a full encode would write it. One exception: Swift compares text
/// by canonical equivalence, so if a text changes only in its Unicode form ("é" as one scalar, or as "e" and an
/// accent), the line keeps the bytes it was written with. Depot reads both as the same text.
final class EncodedLines<Record: StoredRecord> {
    /// The records as last written, in the file's order (by identifier), and the line of each.
    private var records: [Record] = []
    private var lines: [[UInt8]] = []

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
}
