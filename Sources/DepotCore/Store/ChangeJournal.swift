import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Makes a change that touches several files all or nothing, after a kill or a power cut at any instant.
///
/// A return touches the crates, the deposits and the items. Each file is first written in full beside its target
/// under a temporary name and flushed. Then this journal, naming every temporary file and its target, is written
/// (atomically, so it is either whole or absent) and flushed: that is the moment the change happens. Then the
/// temporary files are renamed into place, one by one, and the journal is removed.
///
/// - Killed before the journal exists: the targets are untouched; the temporary files are leftovers, removed on the
///   next open. The change did not happen.
/// - Killed after: the next writer to open the library finishes the renames (a temporary file that is gone was
///   renamed already), and a reader reads the temporary files in place of their targets meanwhile. The change
///   happened.
///
/// The journal holds names only, relative to the library folder, and only names Depot itself would write: a
/// journal edited by hand cannot rename anything outside the library's own files.
struct ChangeJournal: Codable, Equatable {
    struct Entry: Codable, Equatable {
        /// The library file: `crates.json`, `deposits/2026-27.json`.
        var file: String
        /// The flushed new contents, beside it: `.crates.json.tmp-4711-9f3a…`.
        var temporary: String
        /// Where the old file is kept: `backups/crates.json.20261201T101500.123`.
        var backup: String?
    }

    var schemaVersion = 1
    var entries: [Entry]

    static let fileName = ".depot.journal"

    static func path(in folder: String) -> String { "\(folder)/\(fileName)" }

    /// Writes the journal and flushes it: after this returns, the change counts as made.
    func write(in folder: String) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        try AtomicFile.write(Array(try encoder.encode(self)), to: ChangeJournal.path(in: folder))
    }

    /// The journal of a change that was interrupted after it was made, or nil when there is none.
    /// Throws when a journal is there but cannot be trusted.
    static func pending(in folder: String) throws -> ChangeJournal? {
        let path = path(in: folder)
        guard try AtomicFile.exists(path) else { return nil }
        let journal: ChangeJournal
        do {
            journal = try JSONDecoder().decode(ChangeJournal.self, from: Data(try AtomicFile.read(path)))
        } catch {
            throw StoreError.damaged(
                file: fileName, line: nil, column: nil,
                message:
                    "the record of an interrupted change cannot be read (\(error)); move it away to keep the files "
                    + "as they are")
        }
        guard journal.entries.allSatisfy(\.isDepotsOwn) else {
            throw StoreError.damaged(
                file: fileName, line: nil, column: nil,
                message: "it names files that are not the library's own; nothing was renamed. Move it away")
        }
        return journal
    }

    /// The temporary files that stand in for their targets until the change is finished, by library file.
    func standIns(in folder: String) -> [String: String] {
        var found: [String: String] = [:]
        for entry in entries where (try? AtomicFile.exists("\(folder)/\(entry.temporary)")) == true {
            found[entry.file] = entry.temporary
        }
        return found
    }

    /// Finishes an interrupted change: renames what is still to be renamed, then removes the journal. Returns the
    /// files it put in place.
    func finish(in folder: String, hardLink: AtomicFile.HardLink = AtomicFile.systemHardLink) throws -> [String] {
        var finished: [String] = []
        for entry in entries {
            let temporary = "\(folder)/\(entry.temporary)"
            guard try AtomicFile.exists(temporary) else { continue }
            let target = "\(folder)/\(entry.file)"
            let staged = AtomicFile.Staged(
                temporary: temporary, path: target, replacesAFile: try AtomicFile.exists(target))
            try AtomicFile.commit(
                staged, backupPath: entry.backup.map { "\(folder)/\($0)" }, hardLink: hardLink,
                discardOnFailure: false)
            finished.append(entry.file)
        }
        unlink(ChangeJournal.path(in: folder))
        AtomicFile.syncFolder(folder)
        return finished
    }
}

extension ChangeJournal.Entry {
    /// Whether every name is one Depot writes: a library file, a temporary file beside it, a backup of it.
    var isDepotsOwn: Bool {
        let parts = file.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        let name = parts.last ?? ""
        // A fixed file, a catalogue shard, a season's deposits or plan: the names `StoreFile` makes.
        let folderOK = parts.count <= 2 && StoreFile(relativePath: file) != nil
        let prefix = (parts.count == 2 ? "\(parts[0])/" : "") + ".\(name)\(AtomicFile.temporaryMarker)"
        let temporaryOK =
            temporary.hasPrefix(prefix) && !temporary.dropFirst(prefix.count).contains("/")
            && !temporary.contains("..")
        let backupName = file.replacingOccurrences(of: "/", with: "_")
        let backupOK =
            backup.map { $0.hasPrefix("backups/\(backupName).") && !$0.dropFirst(8).contains("/") } ?? true
        return folderOK && temporaryOK && backupOK
    }
}
