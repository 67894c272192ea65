import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// The merge driver git runs for Depot's files (registered by `depot sync`): the same three-way merge by record as
/// two desks on one machine get (`RecordMerge`), on the three versions git hands over. Different records changed
/// on each side both go in; the same record changed differently on both keeps the version from the shared
/// repository in the file and the other in a ``SyncConflict``. Only a file that cannot be read fails the merge.
public enum SyncMerge {
    /// Why a file cannot be merged by record.
    public struct Failure: Error, Sendable, CustomStringConvertible {
        public var description: String
    }

    /// Merges the file at `path` (relative to the library, as git names it): `base` is the common ancestor, `ours`
    /// the version of this desk, `theirs` the one fetched. Returns the merged bytes and the conflicts.
    public static func merge(
        path: String, base: [UInt8], ours: [UInt8], theirs: [UInt8], at: String, foundBy: String,
        schema: SchemaCatalogue = .standard
    ) throws -> (bytes: [UInt8], conflicts: [SyncConflict]) {
        if path == SyncConflictFile.name {
            let merged = SyncConflictFile.merge(
                base: try SyncConflictFile.decode(base), ours: try SyncConflictFile.decode(ours),
                theirs: try SyncConflictFile.decode(theirs))
            return (SyncConflictFile.encode(merged), [])
        }
        guard let file = StoreFile(relativePath: path) else {
            throw Failure(description: "\(path) is not one of Depot's files")
        }
        let b = try content(file, base, side: "the common version", schema)
        let o = try content(file, ours, side: "this desk's version", schema)
        let t = try content(file, theirs, side: "the shared repository's version", schema)
        func version(_ key: String) -> Int { schema.currentVersion(of: key) }
        func records<R: StoredRecord>(_ b: [R], _ o: [R], _ t: [R]) throws -> ([UInt8], [RecordConflict]) {
            let (merged, conflicts) = RecordMerge.merge(base: b, ours: o, theirs: t, file: file)
            return (try FileEncoder.encode(merged, schemaVersion: version(R.collectionKey)), conflicts)
        }
        let bytes: [UInt8]
        let conflicts: [RecordConflict]
        switch (b, o, t) {
        case (.settings(let b), .settings(let o), .settings(let t)):
            let (merged, found) = RecordMerge.merge(base: b, ours: o, theirs: t, file: file, id: "library")
            guard let merged else { throw Failure(description: "\(path): the library's settings are missing") }
            bytes = try FileEncoder.encode(merged, schemaVersion: version(LibrarySettings.contentKey))
            conflicts = found
        case (.partners(let b), .partners(let o), .partners(let t)): (bytes, conflicts) = try records(b, o, t)
        case (.staff(let b), .staff(let o), .staff(let t)): (bytes, conflicts) = try records(b, o, t)
        case (.items(let b), .items(let o), .items(let t)): (bytes, conflicts) = try records(b, o, t)
        case (.crates(let b), .crates(let o), .crates(let t)): (bytes, conflicts) = try records(b, o, t)
        case (.teams(let b), .teams(let o), .teams(let t)): (bytes, conflicts) = try records(b, o, t)
        case (.events(let b), .events(let o), .events(let t)): (bytes, conflicts) = try records(b, o, t)
        case (.deposits(let b), .deposits(let o), .deposits(let t)): (bytes, conflicts) = try records(b, o, t)
        case (.plan(let b), .plan(let o), .plan(let t)):
            let id = "\(b?.season ?? o?.season ?? t?.season ?? Season(startYear: 2000))"
            let (merged, found) = RecordMerge.merge(base: b, ours: o, theirs: t, file: file, id: id)
            guard let merged else {
                throw Failure(description: "\(path): the plan was deleted on one side and changed on the other")
            }
            bytes = try FileEncoder.encode(merged, schemaVersion: version(SeasonPlan.contentKey))
            conflicts = found
        default:
            throw Failure(description: "\(path): the three versions are not the same kind of file")
        }
        return (
            bytes,
            conflicts.map {
                SyncConflict(
                    file: path, record: $0.recordID, base: $0.base, inFile: $0.theirs, setAside: $0.ours, at: at,
                    foundBy: foundBy)
            }
        )
    }

    /// The bytes of a file holding `loaded`, as the store writes them: records in identifier order.
    static func encode(_ loaded: LoadedFile, schema: SchemaCatalogue) throws -> [UInt8] {
        func records<R: StoredRecord>(_ records: [R]) throws -> [UInt8] {
            try FileEncoder.encode(records.sortedIfNeeded(), schemaVersion: schema.currentVersion(of: R.collectionKey))
        }
        switch loaded {
        case .settings(let settings):
            return try FileEncoder.encode(
                settings, schemaVersion: schema.currentVersion(of: LibrarySettings.contentKey))
        case .partners(let partners): return try records(partners)
        case .staff(let staff): return try records(staff)
        case .items(let items): return try records(items)
        case .crates(let crates): return try records(crates)
        case .teams(let teams): return try records(teams)
        case .events(let events): return try records(events)
        case .deposits(let deposits): return try records(deposits)
        case .plan(let plan):
            guard let plan else { throw Failure(description: "a plan's file is gone") }
            return try FileEncoder.encode(plan, schemaVersion: schema.currentVersion(of: SeasonPlan.contentKey))
        }
    }

    /// One version's records; an empty file (git's stand-in for a file that one side does not have) holds none.
    static func content(_ file: StoreFile, _ bytes: [UInt8], side: String, _ schema: SchemaCatalogue) throws
        -> LoadedFile
    {
        if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) {
            if file == .settings { throw Failure(description: "\(file.relativePath): \(side) is empty") }
            return LibraryStore.emptyContent(of: file)
        }
        let folder =
            FileManager.default.temporaryDirectory.path
            + "/depot-merge-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        try AtomicFile.makeFolder(folder)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let path = "\(folder)/version.json"
        try AtomicFile.write(bytes, to: path)
        do {
            return try LibraryStore.decode(file, at: path, schema: schema)
        } catch {
            let damage = JSONFileDecoding.damage(error, file: file.relativePath)
            throw Failure(description: "\(side) of \(damage.description)")
        }
    }
}
