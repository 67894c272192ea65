import Foundation

#if canImport(Glibc)
    import Glibc
#endif

extension LibraryStore {
    /// Splits a catalogue kept in one file (`items.json`, as Depot wrote it before) into shards in `items/`, so that
    /// changing an item rewrites a few hundred records rather than the whole catalogue. Under the lock, when the
    /// library is opened for writing.
    ///
    /// The shards are written into a temporary folder that is renamed to `items/` in one step, so an interruption
    /// leaves either the old file alone or the complete shards; `items.json` then moves to `backups/`. A catalogue
    /// that cannot be read is left as it is, for loading to report.
    func splitCatalogueIfNeeded() throws -> StoreNotice? {
        let single = "\(folder)/\(StoreFile.catalogue.relativePath)"
        let shardFolder = "\(folder)/\(ItemShard.folderName)"
        guard try AtomicFile.exists(single) else { return nil }
        if try AtomicFile.isFolder(shardFolder) {
            // Split by a Depot interrupted before it moved the old file away: the shards hold the catalogue.
            try moveToBackups(single)
            return nil
        }
        guard case .items(let items)? = try? LibraryStore.decode(.catalogue, at: single, schema: schema) else {
            return nil
        }
        let token = String(UInt64.random(in: 0...UInt64.max), radix: 16)
        let staging = "\(folder)/.\(ItemShard.folderName)\(AtomicFile.temporaryMarker)\(getpid())-\(token)"
        try AtomicFile.makeFolder(staging)
        do {
            let version = schema.currentVersion(of: [Item].contentKey)
            let shards = Dictionary(grouping: items) { ItemShard(of: $0.id) }
            for (shard, records) in shards {
                let path = "\(staging)/\(shard.name).json"
                let staged = try AtomicFile.stage(try FileEncoder.encode(records, schemaVersion: version), for: path)
                guard rename(staged.temporary, path) == 0 else {
                    staged.discard()
                    throw StoreError.io(
                        file: path, message: "cannot name the new shard (\(AtomicFile.describe(errno)))")
                }
            }
            AtomicFile.syncFolder(staging)
            guard rename(staging, shardFolder) == 0 else {
                throw StoreError.io(
                    file: shardFolder,
                    message: "cannot put the split catalogue in place (\(AtomicFile.describe(errno)))")
            }
        } catch {
            try? FileManager.default.removeItem(atPath: staging)
            throw error
        }
        AtomicFile.syncFolder(folder)
        try moveToBackups(single)
        return .splitCatalogue(items: items.count, shards: Set(items.map { ItemShard(of: $0.id) }).count)
    }

    /// Moves the old single-file catalogue into `backups/`, where it is kept like any earlier version.
    private func moveToBackups(_ path: String) throws {
        let backups = "\(folder)/backups"
        try AtomicFile.makeFolder(backups)
        let target = "\(backups)/\(StoreFile.catalogue.backupName).\(LibraryStore.timestamp())"
        guard rename(path, target) == 0 else {
            throw StoreError.io(
                file: path, message: "cannot move the old catalogue to backups/ (\(AtomicFile.describe(errno)))")
        }
        AtomicFile.syncFolder(folder)
        AtomicFile.syncFolder(backups)
    }
}
