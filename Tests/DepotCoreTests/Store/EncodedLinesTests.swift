import Foundation
import Testing

@testable import DepotCore

@Suite("Saving re-encodes only the records that changed")
struct EncodedLinesTests {
    /// The bytes of a file, compared as bytes: comparing text would treat different spellings of "é" as equal.
    private func bytes(_ folder: TemporaryFolder, _ file: StoreFile) -> Data? {
        FileManager.default.contents(atPath: folder.file(file.relativePath))
    }

    /// Checks that every file of `data` in `folder` is byte for byte what writing `data` afresh gives.
    private func expectSameBytesAsAFreshWrite(
        _ folder: TemporaryFolder, _ data: LibraryData, _ step: String,
        sourceLocation: SourceLocation = #_sourceLocation
    ) throws {
        let fresh = Fixtures.temporaryFolder("fresh")
        try LibraryStore.create(folder: fresh.path, with: data).close()
        let store = try LibraryStore(folder: fresh.path, forWriting: false)
        for file in store.files(for: data) {
            let written = bytes(folder, file)
            #expect(written != nil, "\(step): \(file)", sourceLocation: sourceLocation)
            #expect(written == bytes(fresh, file), "\(step): \(file)", sourceLocation: sourceLocation)
        }
    }

    /// Saves after all sorts of edits (the files need not pass the reference checks for this).
    @Test func savesAfterEditsWriteTheSameBytesAsWritingEverythingAfresh() throws {
        let folder = Fixtures.temporaryFolder()
        var data = LibraryGenerator(scale: .sample).generate()
        try LibraryStore.create(folder: folder.path, with: data).close()
        let store = try LibraryStore(folder: folder.path)
        data = try store.load()
        let newest = data.deposits.indices.max { data.deposits[$0].createdOn < data.deposits[$1].createdOn }!
        let season = StoreFile.deposits(data.season(of: data.deposits[newest]))
        let original = data.deposits[newest]

        // The first save encodes every record; the ones after reuse the lines of records that did not change.
        data.deposits[newest].notes = "first change"
        try store.save(data, files: [season])
        try expectSameBytesAsAFreshWrite(folder, data, "first save")

        data.deposits[newest].notes = "second change, with \"quotes\", æøå and a / slash"
        data.deposits[newest].renewals += 1
        try store.save(data, files: [season])
        try expectSameBytesAsAFreshWrite(folder, data, "changed again")

        data.deposits[newest] = original
        try store.save(data, files: [season])
        try expectSameBytesAsAFreshWrite(folder, data, "changed back")

        var added = original
        added.id = "D9999-0001"
        added.notes = nil
        data.deposits.append(added)
        try store.save(data, files: [season])
        try expectSameBytesAsAFreshWrite(folder, data, "a deposit added")

        data.items[3].title = "Ny titel"
        data.items[7].author = nil
        data.crates[2].itemBarcodes.removeLast()
        try store.save(data, files: [.items(of: data.items[3].id), .items(of: data.items[7].id), .crates])
        try expectSameBytesAsAFreshWrite(folder, data, "items and a crate changed")

        let removed = data.items.remove(at: 5)
        data.crates = []
        try store.save(data, files: [.items(of: removed.id), .crates])
        try expectSameBytesAsAFreshWrite(folder, data, "an item removed, no crates left")

        data.items.append(Item(barcode: "5000000099999", title: "Sidst", ageBand: .preschool, price: Money(kroner: 99)))
        data.crates = Fixtures.library().crates
        try store.save(data, files: [.items(of: "5000000099999"), .crates])
        try expectSameBytesAsAFreshWrite(folder, data, "an item and crates added")
    }

    @Test func aLineIsReusedOnlyForAnEqualRecordInTheSamePlace() throws {
        func fresh(_ items: [Item]) throws -> [[UInt8]] {
            try items.map { try [UInt8](FileEncoder.compact.encode($0)) }
        }
        let lines = EncodedLines<Item>()
        var items = Fixtures.library().items.array
        #expect(try lines.lines(for: items) == fresh(items))
        items[2].price = Money(kroner: 1)
        items.remove(at: 4)
        items.insert(Item(barcode: "5000000000000", title: "Først", ageBand: .toddlers, price: .zero), at: 0)
        #expect(try lines.lines(for: items) == fresh(items))
        // Out of identifier order, lines are encoded afresh rather than mixed up.
        items.reverse()
        #expect(try lines.lines(for: items) == fresh(items))
        #expect(try lines.lines(for: []) == [])
        #expect(try lines.lines(for: items) == fresh(items))
    }

    /// The first save after opening takes the lines of unchanged records from the file as read, so a line edited
    /// by hand (keys in another order) stays until its record changes; the changed record is written as Depot
    /// writes it, and the file still reads as the library.
    @Test func theFirstSaveTakesUnchangedLinesFromTheFileAsRead() throws {
        let folder = Fixtures.temporaryFolder()
        var data = LibraryGenerator(scale: .sample).generate()
        try LibraryStore.create(folder: folder.path, with: data).close()
        let path = folder.file(StoreFile.crates.relativePath)
        var text = try String(contentsOfFile: path, encoding: .utf8)
        let first = try #require(text.split(separator: "\n").first { $0.hasPrefix("    {") })
        // The same record with its keys turned round: still one object on one line.
        var body = String(first.dropFirst(4))
        let comma = body.hasSuffix(",")
        if comma { body.removeLast() }
        let record = try #require(try JSONSerialization.jsonObject(with: Data(body.utf8)) as? [String: Any])
        var fields: [String] = []
        for key in record.keys.sorted(by: >) {
            let value = try JSONSerialization.data(
                withJSONObject: record[key]!, options: [.fragmentsAllowed, .withoutEscapingSlashes])
            fields.append("\"\(key)\":" + String(decoding: value, as: UTF8.self))
        }
        let reordered = "    {" + fields.joined(separator: ",") + "}" + (comma ? "," : "")
        #expect(reordered != String(first))
        text = text.replacingOccurrences(of: String(first), with: reordered)
        try text.write(toFile: path, atomically: true, encoding: .utf8)

        let store = try LibraryStore(folder: folder.path)
        data = try store.load()
        data.crates[data.crates.count - 1].notes = "changed"
        try store.save(data, files: [.crates])
        let saved = try String(contentsOfFile: path, encoding: .utf8)
        #expect(saved.contains(reordered), "the untouched, hand-edited line is kept")
        #expect(saved.contains("\"notes\":\"changed\""))
        #expect(try LibraryStore(folder: folder.path, forWriting: false).load().crates == data.crates)
    }

    /// The first save after opening pairs the file's lines with the records the store read from it, without
    /// decoding the file again, only when the file's lines held those records in that order.
    @Test func aFilesLinesArePairedWithTheRecordsReadOnlyInTheOrderTheyHeldThem() throws {
        let folder = Fixtures.temporaryFolder()
        let data = LibraryGenerator(scale: .sample).generate()
        try LibraryStore.create(folder: folder.path, with: data).close()
        let file = try #require(FileManager.default.contents(atPath: folder.file(StoreFile.crates.relativePath)))
        let bytes = [UInt8](file)
        let crates = data.crates.sorted { $0.id < $1.id }
        let ids = crates.map(\.id)
        let lines = try #require(EncodedLines<Crate>.recordLines(in: bytes))
        #expect(EncodedLines<Crate>.schemaVersion(in: bytes) == 1)

        let paired = try #require(EncodedLines(file: bytes, records: crates, linesHold: ids, schemaVersion: 1))
        var changed = crates
        changed[1].notes = "changed"
        let written = try paired.lines(for: changed)
        #expect(written[0] == lines[0] && written[2...] == lines[2...], "the unchanged records keep the file's lines")
        #expect(written[1] == [UInt8](try FileEncoder.compact.encode(changed[1])))

        // Lines in another order than the records, another set, another version, or records missing: no pairing.
        var swapped = ids
        swapped.swapAt(0, 1)
        #expect(EncodedLines(file: bytes, records: crates, linesHold: swapped, schemaVersion: 1) == nil)
        var other = ids
        other[3] = "K9999"
        #expect(EncodedLines(file: bytes, records: crates, linesHold: other, schemaVersion: 1) == nil)
        #expect(EncodedLines(file: bytes, records: crates, linesHold: ids, schemaVersion: 2) == nil)
        #expect(
            EncodedLines(
                file: bytes, records: Array(crates.dropLast()), linesHold: Array(ids.dropLast()), schemaVersion: 1)
                == nil)
        #expect(EncodedLines<Crate>.schemaVersion(in: Array("{\"schemaVersion\":1,".utf8)) == nil)
        #expect(EncodedLines<Crate>.schemaVersion(in: Array("{\n  \"schemaVersion\" : 12,\n".utf8)) == 12)
    }

    /// A season's file with its lines out of order by hand: the first save cannot pair them with the records read
    /// (which are in identifier order), decodes the file instead, and writes what a fresh write of the library does.
    @Test func aFileReadOutOfOrderIsWrittenInOrderByItsFirstSave() throws {
        let folder = Fixtures.temporaryFolder()
        var data = LibraryGenerator(scale: .sample).generate()
        try LibraryStore.create(folder: folder.path, with: data).close()
        let newest = data.deposits.indices.max { data.deposits[$0].createdOn < data.deposits[$1].createdOn }!
        let season = StoreFile.deposits(data.season(of: data.deposits[newest]))
        let id = data.deposits[newest].id
        let path = folder.file(season.relativePath)
        var lines = try String(contentsOfFile: path, encoding: .utf8).components(separatedBy: "\n")
        let records = lines.indices.filter { lines[$0].hasPrefix("    {") }
        try #require(records.count >= 3)
        // The first two records' lines swapped, each keeping its place's trailing comma.
        let first = lines[records[0]].dropLast()
        lines[records[0]] = lines[records[1]].dropLast() + ","
        lines[records[1]] = first + ","
        try lines.joined(separator: "\n").write(toFile: path, atomically: true, encoding: .utf8)

        let store = try LibraryStore(folder: folder.path)
        data = try store.load()
        data.deposits[try #require(data.deposits.firstIndex { $0.id == id })].notes = "changed"
        try store.save(data, files: [season])
        try expectSameBytesAsAFreshWrite(folder, data, "first save of a file read out of order")
    }

    /// A file whose records are not one a line gives no lines to reuse: the first save writes every record.
    @Test func aFileWithRecordsOverSeveralLinesIsNotTakenLineByLine() throws {
        #expect(EncodedLines<Crate>.recordLines(in: Array("[\n    {\"a\":1,\n    \"b\":{\"c\":2}}\n]".utf8)) == nil)
        #expect(
            EncodedLines<Crate>.recordLines(in: Array("[\n    {\"a\":\"}\"},\n    {\"b\":[1]}\n]".utf8))?.count == 2)
        #expect(EncodedLines<Crate>.recordLines(in: Array("[\n    {\"a\":{\"b\":1}\n]".utf8)) == nil)
        #expect(EncodedLines<Crate>.recordLines(in: Array("[\n    {\"a\":1}}\n]".utf8)) == nil)
        // Escaped quotes and backslashes inside strings do not end them.
        #expect(
            EncodedLines<Crate>.recordLines(in: Array(#"[\#n    {"a":"x\"}"},\#n    {"b":"\\"}\#n]"#.utf8))?.count == 2)
        #expect(EncodedLines<Crate>.recordLines(in: Array(#"[\#n    {"a":"\\"}"}\#n]"#.utf8)) == nil)
        // Pretty-printed: the records' lines are their fields, not objects.
        let pretty = Array(
            "{\n  \"schemaVersion\" : 1,\n  \"crates\" : [\n    {\n      \"id\" : \"K1\"\n    }\n  ]\n}\n".utf8)
        #expect(EncodedLines<Crate>(file: pretty, schemaVersion: 1) == nil)
    }
}
