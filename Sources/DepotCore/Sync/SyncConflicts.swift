import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// One record that two desks on different machines changed, each in their own way, found when their changes met
/// in a sync. The library's file keeps one version (the one already in the shared repository, `inFile`), and this
/// record keeps the other (`setAside`, the version of the desk whose sync found the conflict) until a person
/// chooses. Like CouchDB's `_conflicts`: the sync goes on, and everything else travels.
public struct SyncConflict: Codable, Hashable, Sendable {
    /// A short name made from what the conflict holds (`C3f9a01b2`), so the same conflict found twice is one.
    public var id: String
    /// The library's file, as in the folder: `partners.json`, `items/05.json`.
    public var file: String
    /// The record's identifier in that file: `P003`.
    public var record: String
    /// Each version as one line of JSON; nil where the record does not exist on that side.
    public var base: String?
    public var inFile: String?
    public var setAside: String?
    /// When the sync found it (UTC) and who ran it: "Anna Holm (desk-pc)".
    public var at: String
    public var foundBy: String
    /// Set when the sync kept a record that one machine had deleted, because the other machine's changes still
    /// refer to it (`inFile` is the record kept, `setAside` nil, the deletion): who deleted it, "Anna Holm
    /// (desk-a)", and the records that refer to it, "deposits/2026-27.json D2026-0003".
    public var deletedBy: String?
    public var neededBy: [String]?

    public init(
        file: String, record: String, base: String?, inFile: String?, setAside: String?, at: String,
        foundBy: String, deletedBy: String? = nil, neededBy: [String]? = nil
    ) {
        self.file = file
        self.record = record
        self.base = base
        self.inFile = inFile
        self.setAside = setAside
        self.at = at
        self.foundBy = foundBy
        self.deletedBy = deletedBy
        self.neededBy = neededBy
        self.id = SyncConflict.identifier(file: file, record: record, inFile: inFile, setAside: setAside)
    }

    /// The fields that differ between the two versions (nested fields as `contact.phone`).
    public var fields: [FieldDifference] { FieldDifference.between(ours: setAside, theirs: inFile) }

    /// The record chosen: the version in the library now (`current`, which may have changed since) with the
    /// fields in `mine` taken from the version set aside. Nil when the choice is no record at all.
    public func resolved(current: String?, takingSetAside mine: Set<String>) -> String? {
        if mine.isEmpty { return current }
        let aside = setAside.flatMap(FieldDifference.object(from:))
        guard let aside else { return nil }
        guard var record = current.flatMap(FieldDifference.object(from:)) else { return setAside }
        let flat = FieldDifference.flattened(aside)
        for field in mine {
            FieldDifference.set(flat[field], at: field.split(separator: "."), in: &record)
        }
        return FieldDifference.text(of: record)
    }

    /// FNV-1a over what the conflict holds: the same on every machine.
    static func identifier(file: String, record: String, inFile: String?, setAside: String?) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in "\(file)\u{0}\(record)\u{0}\(inFile ?? "-")\u{0}\(setAside ?? "-")".utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x100_0000_01b3
        }
        let hex = String(hash, radix: 16)
        return "C" + String(repeating: "0", count: max(0, 16 - hex.count)) + hex.prefix(9)
    }
}

/// `sync-conflicts.json` in the library folder: the conflicts not yet resolved, one per line in identifier order,
/// committed and synced like the library's files (so every desk sees them, and a resolution travels). The store
/// never reads it: a library with conflicts opens and works as usual.
public enum SyncConflictFile {
    public static let name = "sync-conflicts.json"
    static let schemaVersion = 1

    private struct Envelope: Codable {
        var schemaVersion: Int
        var conflicts: [SyncConflict]
    }

    /// The conflicts in the library `folder`; none when the file is absent. A damaged file throws a `StoreError`
    /// naming it and the line.
    public static func read(folder: String) throws -> [SyncConflict] {
        let path = "\(folder)/\(name)"
        guard try AtomicFile.exists(path) else { return [] }
        return try decode(try AtomicFile.read(path))
    }

    static func decode(_ bytes: [UInt8]) throws -> [SyncConflict] {
        if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) { return [] }
        do {
            let envelope = try JSONFileDecoding.decode(Envelope.self, from: bytes)
            guard envelope.schemaVersion <= schemaVersion else {
                throw StoreError.damaged(
                    file: name, line: nil, column: nil,
                    message: "written by a newer Depot (schema version \(envelope.schemaVersion)); update Depot")
            }
            return envelope.conflicts
        } catch let error as StoreError {
            throw error
        } catch {
            throw JSONFileDecoding.damage(error, file: name)
        }
    }

    /// The file's bytes: one conflict a line, in identifier order, each once.
    static func encode(_ conflicts: [SyncConflict]) -> [UInt8] {
        var seen: Set<String> = []
        let unique = conflicts.sorted { $0.id < $1.id }.filter { seen.insert($0.id).inserted }
        var out = Array("{\n  \"schemaVersion\" : \(schemaVersion),\n  \"conflicts\" : ".utf8)
        if unique.isEmpty {
            out += Array("[]".utf8)
        } else {
            out += Array("[\n".utf8)
            for (index, conflict) in unique.enumerated() {
                out += Array("    ".utf8)
                out += (try? FileEncoder.compact.encode(conflict)).map(Array.init) ?? []
                out += Array((index == unique.count - 1 ? "\n  ]" : ",\n").utf8)
            }
        }
        out += Array("\n}\n".utf8)
        return out
    }

    /// Writes `conflicts` (the file goes when none are left), atomically and never through a link.
    public static func write(_ conflicts: [SyncConflict], folder: String) throws {
        let path = "\(folder)/\(name)"
        if conflicts.isEmpty {
            if try AtomicFile.exists(path) { unlink(path) }
            return
        }
        try AtomicFile.write(encode(conflicts), to: path)
    }

    /// Three-way merge of two versions of the file: a conflict added on either side is kept, one resolved (gone)
    /// on either side stays gone.
    static func merge(base: [SyncConflict], ours: [SyncConflict], theirs: [SyncConflict]) -> [SyncConflict] {
        let before = Set(base.map(\.id))
        let mine = Set(ours.map(\.id))
        let others = Set(theirs.map(\.id))
        return (ours + theirs).filter { conflict in
            before.contains(conflict.id) ? mine.contains(conflict.id) && others.contains(conflict.id) : true
        }
    }
}
