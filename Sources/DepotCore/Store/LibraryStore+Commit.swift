import Dispatch
import Foundation

/// What a committed change did.
public struct Commit: Sendable {
    /// The library as it now is on disk: this change on top of whatever other writers did first.
    public var data: LibraryData
    /// The files this change wrote.
    public var written: Set<StoreFile>
    /// The files another desk or program had changed since this store read them, read again for this commit.
    public var reloaded: [StoreFile]

    public init(data: LibraryData, written: Set<StoreFile>, reloaded: [StoreFile]) {
        self.data = data
        self.written = written
        self.reloaded = reloaded
    }
}

/// What another desk or program changed in the library since this store last read it.
public struct Refresh: Sendable {
    /// The library as it now is on disk.
    public var data: LibraryData
    /// The files that changed.
    public var files: [StoreFile]
    /// The records that changed, in file and identifier order.
    public var changes: [RecordChange]
}

extension LibraryStore {
    /// A change that can run again on a fresher library: it changes `data` in place and returns the files it
    /// touched, or throws (a desk rule's refusal) when it no longer applies.
    public typealias Replay = (_ data: inout LibraryData) throws -> Set<StoreFile>

    /// Commits a change: `ours` is the library this store last read or wrote (`current`) with the change made, and
    /// `files` are the files it touched.
    ///
    /// Under the library's lock, each file is compared with the version this store last read. When another writer
    /// changed any, they are read again and the change is made on top of them: by running `replay` again on the
    /// fresh library (a desk operation decides anew, so two desks packing the same crate cannot both succeed), or,
    /// without one, by merging record by record (`RecordMerge`): different records changed on each side are both
    /// kept; the same record changed on both sides throws `StoreError.conflicts` with both versions, and nothing is
    /// written. `current` is then the library on disk, for a person to choose from.
    public func commit(
        _ ours: LibraryData, files: Set<StoreFile>, summary: String = "", replay: Replay? = nil
    ) throws -> Commit {
        if let reason = readOnlyReason { throw StoreError.readOnly(reason: reason) }
        if let baseFiles, let outside = files.subtracting(baseFiles).min() {
            // `current` holds part of the library: writing another file would write what was never read.
            throw StoreError.io(
                file: outside.relativePath,
                message: "the library was read in part, without this file; nothing was saved. Read it whole first")
        }
        return try lock.exclusively(onWait: onWait) {
            _ = try finishInterruptedChange()
            let base = current
            var result = ours
            var written = files
            var reloaded: [StoreFile] = []
            // Against a program that rewrites a file every few milliseconds, each attempt reads it again; a short
            // pause of random length between attempts keeps them from falling in step with its writes.
            let deadline = DispatchTime.now().uptimeNanoseconds + 10_000_000_000
            var attempt = 0
            while attempt < 3 || DispatchTime.now().uptimeNanoseconds < deadline {
                attempt += 1
                if attempt > 1 { usleep(UInt32.random(in: 0...min(20, UInt32(attempt)) * 1000)) }
                let changed = changedFiles()
                if !changed.isEmpty {
                    guard let known = current else {
                        throw StoreError.changedOnDisk(file: changed[0].relativePath)
                    }
                    var theirs = known
                    for file in changed {
                        // The identity first, then the bytes: a file replaced between the two is then seen as
                        // changed again when writing, never as the version just read.
                        let path = "\(folder)/\(file.relativePath)"
                        let stamp = FileStamp(path: path)
                        theirs.replace(file, with: try read(file, at: path))
                        stamps[file] = stamp
                    }
                    current = theirs
                    reloaded += changed.filter { !reloaded.contains($0) }
                    if let replay {
                        var fresh = theirs
                        written = try replay(&fresh)
                        result = fresh
                    } else {
                        var merged = theirs
                        var conflicts: [RecordConflict] = []
                        for file in files.sorted() {
                            conflicts += merged.merge(file, base: base ?? known, ours: ours)
                        }
                        if !conflicts.isEmpty { throw StoreError.conflicts(conflicts) }
                        result = merged
                    }
                    let problems = LibraryCheck.problems(in: result, changed: Set(changed).union(written))
                    if !problems.isEmpty { throw StoreError.invalidRecords(problems) }
                }
                let previous = current
                if try write(result, files: written.sorted()) {
                    current = result
                    if let previous {
                        ChangeLog.append(
                            summary: summary, author: author, desk: desk,
                            changes: written.sorted().flatMap { previous.changes(in: $0, to: result) }, in: folder)
                    }
                    return Commit(data: result, written: written, reloaded: reloaded)
                }
            }
            throw StoreError.io(
                file: folder,
                message:
                    "other programs kept changing the library's files while this change was being saved; "
                    + "nothing was saved. Try again")
        }
    }

    /// What another desk or program changed since this store last read the library, read in; nil when nothing
    /// changed. Cheap when nothing did: it only looks at each file's identity.
    ///
    /// Without `adopting`, it only looks: `current` stays the base of the change being made (a form open on the
    /// screen), so that saving it still merges with, or conflicts with, what the other desk did. A look that finds
    /// only what the previous look found returns nil.
    public func refresh(adopting: Bool = true) throws -> Refresh? {
        guard let known = current else { return nil }
        func unseen(_ files: [StoreFile]) -> [StoreFile] {
            adopting ? files : files.filter { FileStamp(path: "\(folder)/\($0.relativePath)") != peeked[$0] }
        }
        guard !unseen(changedFiles()).isEmpty else { return nil }
        return try lock.shared {
            let changed = changedFiles()
            guard !unseen(changed).isEmpty else { return nil }
            let standIns = try ChangeJournal.pending(in: folder)?.standIns(in: folder) ?? [:]
            var fresh = known
            var newStamps: [StoreFile: FileStamp] = [:]
            for file in changed {
                let path = "\(folder)/\(standIns[file.relativePath] ?? file.relativePath)"
                newStamps[file] = FileStamp(path: path)
                fresh.replace(file, with: try read(file, at: path))
            }
            let problems = LibraryCheck.problems(in: fresh, changed: Set(changed))
            guard problems.isEmpty else { throw StoreError.invalidRecords(problems) }
            if adopting {
                stamps.merge(newStamps) { $1 }
                current = fresh
                peeked = [:]
            } else {
                peeked.merge(newStamps) { $1 }
            }
            return Refresh(
                data: fresh, files: changed, changes: changed.flatMap { known.changes(in: $0, to: fresh) })
        }
    }

    /// The files whose identity on disk differs from when this store last read or wrote them: changed, replaced,
    /// removed, or new (a season's deposits another desk began). Of a library read in part, only its files.
    func changedFiles() -> [StoreFile] {
        if let baseFiles {
            return baseFiles.filter { FileStamp(path: "\(folder)/\($0.relativePath)") != stamps[$0] }.sorted()
        }
        let present = Set(filesOnDisk())
        return present.union(stamps.keys).filter { file in
            FileStamp(path: "\(folder)/\(file.relativePath)") != stamps[file]
        }.sorted()
    }

    /// One file, decoded; a damaged one throws a `StoreError` naming it and the line.
    private func read(_ file: StoreFile, at path: String) throws -> LoadedFile {
        do {
            return try LibraryStore.decode(file, at: path, schema: schema)
        } catch {
            throw JSONFileDecoding.damage(error, file: file.relativePath)
        }
    }
}
