import Foundation

extension SyncConflict {
    /// The time now as the change log writes it (UTC, milliseconds).
    public static func timestamp(_ date: Date = Date()) -> String { ChangeLog.timestamp(date) }

    /// The library's file the conflict is in, or nil when the name is none of Depot's.
    public var storeFile: StoreFile? { StoreFile(relativePath: file) }

    /// Whether one side deleted the record: then the choice is the whole record, not fields.
    public var isWholeRecord: Bool { inFile == nil || setAside == nil }
}

extension LibraryData {
    /// The record `id` of `file` as one line of JSON (as a conflict holds it), or nil when there is none.
    public func recordText(_ file: StoreFile, id: String) -> String? { recordLine(file, id: id) }
}

/// Resolving a sync conflict: an ordinary change through the store (so it is in the change log and syncs like any
/// other), then the conflict leaves `sync-conflicts.json`. A choice that would leave a reference dangling (deleting
/// a partner a deposit still names) is refused, naming the records that refer to it.
public enum SyncConflictResolution {
    /// Puts the chosen version of `conflict`'s record in the library: the version there now with `fields` taken
    /// from the version set aside (every differing field for "mine", none for "theirs"). Returns the commit, or
    /// nil when the record is already as chosen.
    public static func resolve(
        _ conflict: SyncConflict, takingSetAside fields: Set<String>, store: LibraryStore, data: LibraryData,
        summary: String
    ) throws -> Commit? {
        guard let file = conflict.storeFile else {
            throw StoreError.io(file: conflict.file, message: "is not one of the library's files")
        }
        let current = data.recordText(file, id: conflict.record)
        let chosen: String?
        if conflict.isWholeRecord {
            chosen = fields.isEmpty ? current : conflict.setAside
        } else {
            chosen = conflict.resolved(current: current, takingSetAside: fields)
        }
        let unchanged =
            (chosen == nil && current == nil)
            || (chosen != nil && current != nil && FieldDifference.between(ours: chosen, theirs: current).isEmpty)
        var commit: Commit?
        if !unchanged {
            var changed = data
            try changed.setRecord(file, id: conflict.record, json: chosen)
            // A record kept because others refer to it is deleted only once nothing does (nor is any other
            // choice saved that leaves a reference dangling): the problems name what still refers to it.
            let problems = LibraryCheck.problems(in: changed, changed: [file])
            if !problems.isEmpty { throw StoreError.invalidRecords(problems) }
            commit = try store.commit(changed, files: [file], summary: summary)
        }
        try remove(conflict.id, folder: store.folder, store: store)
        return commit
    }

    /// Takes the conflict `id` out of the library's conflict file, under the library's lock.
    static func remove(_ id: String, folder: String, store: LibraryStore) throws {
        try store.lock.exclusively(onWait: store.onWait) {
            let conflicts = try SyncConflictFile.read(folder: folder)
            try SyncConflictFile.write(conflicts.filter { $0.id != id }, folder: folder)
        }
    }
}
