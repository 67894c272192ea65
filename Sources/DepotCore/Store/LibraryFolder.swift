import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// A library folder as the file system shows it, before any record is read: which of Depot's files are there,
/// what a crashed save left behind, and who may read it.
struct LibraryFolder {
    let path: String

    /// The folders Depot writes in, besides the library folder itself.
    static let subfolders = [ItemShard.folderName, "deposits", "plans", "backups", "printouts", ChangeLog.folderName]

    /// Entries that do not make a folder "not empty": Depot's own lock, a Mac's folder settings, a git repository
    /// made for the library before its first file.
    static let ignorable: Set<String> = [".depot.lock", ".DS_Store", ".git"]

    enum Shape: Equatable {
        /// No folder, or one with nothing in it: a library may be created there.
        case absentOrEmpty
        /// Every file a library has.
        case complete
        /// Some of Depot's files, not all: a damaged library (a half-copied folder, a sync tool, a slip).
        case incomplete(missing: [String])
        /// A folder with other things in it and none of Depot's files.
        case foreign
    }

    var shape: Shape {
        var info = stat()
        guard stat(path, &info) == 0 else { return .absentOrEmpty }
        guard info.st_mode & S_IFMT == S_IFDIR else { return .foreign }
        let names = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
        let present = Set(names)
        let required = StoreFile.fixed.map(\.relativePath)
        var missing = required.filter { !present.contains($0) }
        // The catalogue: its shards' folder, or the one file of a library from before the split.
        if !present.contains(ItemShard.folderName) && !present.contains(StoreFile.catalogue.relativePath) {
            missing.insert("\(ItemShard.folderName)/", at: min(3, missing.count))
        }
        if missing.isEmpty { return .complete }
        let depotNames = Set(required + LibraryFolder.subfolders + [StoreFile.catalogue.relativePath])
        if present.contains(where: depotNames.contains) { return .incomplete(missing: missing) }
        return present.subtracting(LibraryFolder.ignorable).isEmpty ? .absentOrEmpty : .foreign
    }

    /// Whether `backups/` holds earlier versions of any file.
    var hasBackups: Bool {
        !((try? FileManager.default.contentsOfDirectory(atPath: "\(path)/backups")) ?? []).isEmpty
    }

    // MARK: Leftovers of crashed saves

    /// A temporary file that a save began and never renamed into place.
    struct Leftover: Equatable {
        /// Relative to the library folder: `.items.json.tmp-4711-9f3a6c2e`, `deposits/.2026-27.json.tmp-…`.
        var name: String
        var size: Int64
    }

    /// The temporary files left by processes that have ended (or older than an hour, whoever made them). A save
    /// in progress in a live process on this machine is left alone.
    func leftovers(now: Date = Date()) -> [Leftover] {
        let journal = (try? ChangeJournal.pending(in: path)) ?? nil
        let needed = Set(journal?.entries.map(\.temporary) ?? [])
        var found: [Leftover] = []
        for relative in [""] + LibraryFolder.subfolders {
            let folder = relative.isEmpty ? path : "\(path)/\(relative)"
            let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
            for name in names.sorted() where name.hasPrefix(".") && name.contains(AtomicFile.temporaryMarker) {
                var info = stat()
                guard lstat("\(folder)/\(name)", &info) == 0 else { continue }
                // A file, or the folder a catalogue was being split into (`.items.tmp-PID-token`).
                let kind = info.st_mode & S_IFMT
                guard kind == S_IFREG || (kind == S_IFDIR && relative.isEmpty) else { continue }
                if kind == S_IFDIR { info.st_size = LibraryFolder.bytes(inFolder: "\(folder)/\(name)") }
                let age = now.timeIntervalSince1970 - Double(info.st_mtim.tv_sec)
                guard age > 3600 || !LibraryFolder.isAlive(writerOf: name) else { continue }
                let entry = relative.isEmpty ? name : "\(relative)/\(name)"
                guard !needed.contains(entry) else { continue }
                found.append(Leftover(name: entry, size: Int64(info.st_size)))
            }
        }
        return found
    }

    /// Whether the process named in a temporary file's name (`.x.json.tmp-PID-token`) still runs here.
    static func isAlive(writerOf name: String) -> Bool {
        guard let marker = name.range(of: AtomicFile.temporaryMarker) else { return false }
        let digits = name[marker.upperBound...].prefix { $0.isASCII && $0.isNumber }
        guard let pid = Int32(digits), pid > 0 else { return false }
        if pid == getpid() { return true }
        return kill(pid, 0) == 0 || errno == EPERM
    }

    /// Removes the leftovers; returns those it removed.
    func removeLeftovers() -> [Leftover] {
        leftovers().filter { leftover in
            let entry = "\(path)/\(leftover.name)"
            if (try? AtomicFile.isFolder(entry)) == true {
                return (try? FileManager.default.removeItem(atPath: entry)) != nil
            }
            return unlink(entry) == 0
        }
    }

    /// The bytes of the regular files directly in `folder`.
    static func bytes(inFolder folder: String) -> off_t {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        return names.reduce(0) { total, name in
            var info = stat()
            return lstat("\(folder)/\(name)", &info) == 0 ? total + info.st_size : total
        }
    }

    // MARK: Permissions

    /// Takes the group's and others' permissions off the library's files (0600) and folders (0700): a library
    /// copied with `cp -r` or unpacked from an archive often arrives readable by everyone. Returns how many
    /// entries changed. Links are not followed.
    func restrictPermissions() -> Int {
        var changed = 0
        func restrict(_ entry: String, folder: Bool) {
            var info = stat()
            guard lstat(entry, &info) == 0 else { return }
            let kind = info.st_mode & S_IFMT
            guard kind == (folder ? S_IFDIR : S_IFREG), info.st_mode & 0o077 != 0 else { return }
            if chmod(entry, info.st_mode & 0o700) == 0 { changed += 1 }
        }
        restrict(path, folder: true)
        for relative in [""] + LibraryFolder.subfolders {
            let folder = relative.isEmpty ? path : "\(path)/\(relative)"
            if !relative.isEmpty { restrict(folder, folder: true) }
            for name in (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? [] {
                restrict("\(folder)/\(name)", folder: false)
            }
        }
        return changed
    }
}

/// What the store did to a library folder when it opened it for writing, for the user to be told.
public enum StoreNotice: Equatable, Sendable, CustomStringConvertible {
    /// A change to several files was interrupted after it was made; opening put these files in place.
    case finishedInterruptedChange(files: [String])
    /// Temporary files of saves that never finished (a crash, a kill) were removed.
    case removedLeftovers(names: [String], bytes: Int64)
    /// Files or folders readable by others were made private to their owner.
    case restrictedPermissions(count: Int)
    /// The item catalogue, kept in one file by an older Depot, was split into shards in `items/`.
    case splitCatalogue(items: Int, shards: Int)

    /// In English, for logs and tests; people are told `text(in:)`.
    public var description: String { text(in: .english) }
}

extension LibraryFolder {
    /// "11.7 MB", "245 KB", "12 bytes"; "11,7 MB", "12 byte" in Danish.
    static func size(_ bytes: Int64, in language: Language = .english) -> String {
        if bytes >= 1_000_000 {
            return NumberText.decimal(Double(bytes) / 1_000_000, fractionDigits: 1, in: language) + " MB"
        }
        if bytes >= 1000 { return "\(NumberText.whole(Int(bytes / 1000), in: language)) KB" }
        return "\(bytes) " + (language == .english && bytes != 1 ? "bytes" : "byte")
    }
}
