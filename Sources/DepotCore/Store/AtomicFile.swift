import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Writes files so that a crash at any moment leaves either the old or the new file, never a torn one:
/// write a temporary file beside the target, flush it, rename it over the target, flush the folder.
///
/// No write follows a link: the target must be absent or a regular file (never a symbolic link, a device node or a
/// FIFO), and the temporary file gets an unpredictable name and is created exclusively (`O_EXCL | O_NOFOLLOW`), so
/// a link planted under its name makes the write fail instead of landing somewhere else. New files are readable by
/// their owner only (0600): the library holds names of children and staff.
enum AtomicFile {
    /// A test hook that runs after the temporary file is flushed and before the rename.
    typealias BeforeRename = (_ temporaryPath: String) throws -> Void

    /// How a backup is made: a hard link (no copy). A test replaces it to act as a file system without hard links.
    typealias HardLink = @Sendable (_ existing: String, _ new: String) -> Int32

    static let systemHardLink: HardLink = { existing, new in link(existing, new) }

    /// The marker in a temporary file's name: `.items.json.tmp-4711-9f3a6c2e01b7`.
    static let temporaryMarker = ".tmp-"

    /// Writes `bytes` to `path`. When `backupPath` is given and `path` exists, the old file is kept there: a hard
    /// link where the file system allows it, else a copy.
    static func write(
        _ bytes: [UInt8], to path: String, backupPath: String? = nil, beforeRename: BeforeRename? = nil,
        hardLink: HardLink = systemHardLink
    ) throws {
        let staged = try stage(bytes, for: path)
        do {
            try beforeRename?(staged.temporary)
        } catch {
            staged.discard()
            throw error
        }
        try commit(staged, backupPath: backupPath, hardLink: hardLink)
    }

    /// A file's new contents, written and flushed beside it under a temporary name, not yet in place.
    struct Staged: Sendable {
        var temporary: String
        var path: String
        /// Whether a file was at `path` when it was staged (it is then kept as a backup).
        var replacesAFile: Bool

        func discard() { unlink(temporary) }
    }

    /// Writes `bytes` beside `path` under a new temporary name and flushes them; `path` is not touched.
    static func stage(_ bytes: [UInt8], for path: String) throws -> Staged {
        let existing = try requireRegularOrAbsent(path)
        let (fd, temporary) = try createTemporary(beside: path)
        if let problem = writeAll(bytes, to: fd) {
            close(fd)
            unlink(temporary)
            throw failure(path, problem)
        }
        if close(fd) != 0 {
            let error = errno
            unlink(temporary)
            throw failure(path, "cannot finish writing the temporary file (\(describe(error)))")
        }
        return Staged(temporary: temporary, path: path, replacesAFile: existing)
    }

    /// Puts a staged file in place: keeps the old one at `backupPath`, renames, flushes the folder. On failure the
    /// temporary file is removed, unless a journal still needs it (`discardOnFailure: false`).
    static func commit(
        _ staged: Staged, backupPath: String?, hardLink: HardLink = systemHardLink, discardOnFailure: Bool = true
    ) throws {
        if let backupPath, staged.replacesAFile {
            do {
                try keepBackup(of: staged.path, at: backupPath, hardLink: hardLink)
            } catch {
                if discardOnFailure { staged.discard() }
                throw error
            }
        }
        guard rename(staged.temporary, staged.path) == 0 else {
            let error = errno
            if discardOnFailure { staged.discard() }
            throw failure(staged.path, "cannot replace the file (\(describe(error)))")
        }
        syncFolder(FilePath.parent(staged.path))
    }

    /// Puts a staged file in place only if the file it replaces is still `expected`, with no window in between:
    /// the two are swapped in one step (`renameat2` with `RENAME_EXCHANGE`), then the file taken out is looked at.
    /// When it is not the one expected (another program replaced it a moment ago), the swap is undone, the staged
    /// file discarded and false returned: nothing was lost. When it is, it becomes the backup. Nil when the file
    /// system or the C library cannot swap; the caller then renames as usual.
    static func replace(_ staged: Staged, ifStill expected: FileStamp, backupPath: String) throws -> Bool? {
        guard let swap = exchangeFunction else { return nil }
        let ours = FileStamp(path: staged.temporary)
        guard swap(AT_FDCWD, staged.temporary, AT_FDCWD, staged.path, renameExchange) == 0 else {
            if errno == EINVAL || errno == ENOSYS || errno == ENOTSUP { return nil }
            let error = errno
            staged.discard()
            throw failure(staged.path, "cannot replace the file (\(describe(error)))")
        }
        // The old file is now under the temporary name.
        guard FileStamp(path: staged.temporary) == expected else {
            // Another program replaced the file just before the swap. Swap back only while ours is still in place:
            // when the program has already put a newer file there (renaming over ours), swapping would put its
            // older version back and throw the newer one away. The older one under the temporary name then goes.
            if FileStamp(path: staged.path) == ours {
                if swap(AT_FDCWD, staged.temporary, AT_FDCWD, staged.path, renameExchange) == 0 { staged.discard() }
            } else {
                staged.discard()
            }
            return false
        }
        unlink(backupPath)
        if rename(staged.temporary, backupPath) != 0 { staged.discard() }
        syncFolder(FilePath.parent(staged.path))
        return true
    }

    private static let renameExchange: UInt32 = 1 << 1

    private typealias Exchange =
        @convention(c) (
            Int32, UnsafePointer<CChar>, Int32, UnsafePointer<CChar>, UInt32
        ) -> Int32

    /// `renameat2` from the C library, where it has one (glibc 2.28 and later); Swift's Glibc does not import it.
    private static let exchangeFunction: Exchange? = {
        #if os(Linux)
            guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "renameat2") else { return nil }
            return unsafeBitCast(symbol, to: Exchange.self)
        #else
            return nil
        #endif
    }()

    /// Writes every byte and flushes it to the disk; the reason when that failed.
    static func writeAll(_ bytes: [UInt8], to fd: Int32) -> String? {
        let failedWrite = bytes.withUnsafeBytes { buffer -> Int32? in
            guard let base = buffer.baseAddress else { return nil }
            var offset = 0
            while offset < buffer.count {
                let written = Glibc.write(fd, base + offset, buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    return errno
                }
                offset += written
            }
            return nil
        }
        if let failedWrite { return "cannot write (\(describe(failedWrite)))" }
        if fsync(fd) != 0 { return "cannot flush the file to the disk (\(describe(errno)))" }
        return nil
    }

    /// Creates an empty temporary file beside `path`, exclusively, under a name nobody can guess.
    private static func createTemporary(beside path: String) throws -> (Int32, String) {
        let name = FilePath.lastComponent(path)
        let folder = FilePath.parent(path)
        var lastError: Int32 = 0
        for _ in 0..<8 {
            let token = String(UInt64.random(in: 0...UInt64.max), radix: 16)
            let temporary = "\(folder)/.\(name)\(temporaryMarker)\(getpid())-\(token)"
            let fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o600)
            if fd >= 0 { return (fd, temporary) }
            lastError = errno
            if lastError != EEXIST { break }
        }
        throw failure(path, "cannot create a temporary file beside it (\(describe(lastError)))")
    }

    /// Keeps the current file at `backupPath`: a hard link, or a copy where the file system refuses hard links
    /// (FAT, exFAT, some network shares).
    private static func keepBackup(of path: String, at backupPath: String, hardLink: HardLink) throws {
        unlink(backupPath)
        if hardLink(path, backupPath) == 0 {
            syncFolder(FilePath.parent(backupPath))
            return
        }
        let linkError = errno
        do {
            try write(try read(path), to: backupPath)
        } catch {
            throw failure(
                path,
                TextBook(.english).format(
                    FileProblemText.cannotKeepBackup, backupPath, describe(linkError),
                    (error as? StoreError)?.uncutSentence ?? "\(error)"))
        }
    }

    /// Whether `path` exists; throws when it exists but is not a regular file, since writing there would follow a
    /// link or replace a device, a FIFO or a folder.
    @discardableResult
    static func requireRegularOrAbsent(_ path: String) throws -> Bool {
        var info = stat()
        guard lstat(path, &info) == 0 else {
            if errno == ENOENT { return false }
            throw failure(path, "cannot look at the file (\(describe(errno)))")
        }
        if let kind = irregularKind(info.st_mode) {
            throw failure(path, "is \(kind), not a regular file; Depot writes only regular files and wrote nothing")
        }
        return true
    }

    /// Whether anything (a file, a link, even a dangling one) has this name.
    static func exists(_ path: String) throws -> Bool {
        var info = stat()
        if lstat(path, &info) == 0 { return true }
        if errno == ENOENT { return false }
        throw failure(path, "cannot look at the file (\(describe(errno)))")
    }

    /// Whether `path` is a real folder (not a link to one).
    static func isFolder(_ path: String) throws -> Bool {
        var info = stat()
        if lstat(path, &info) == 0 { return info.st_mode & S_IFMT == S_IFDIR }
        if errno == ENOENT { return false }
        throw failure(path, "cannot look at the folder (\(describe(errno)))")
    }

    /// "a symbolic link", "a FIFO", … for anything but a regular file.
    static func irregularKind(_ mode: mode_t) -> String? {
        switch mode & S_IFMT {
        case S_IFREG: return nil
        case S_IFLNK: return "a symbolic link"
        case S_IFIFO: return "a FIFO (named pipe)"
        case S_IFCHR, S_IFBLK: return "a device"
        case S_IFDIR: return "a folder"
        case S_IFSOCK: return "a socket"
        default: return "not a plain file"
        }
    }

    /// Flushes a folder so that a create or rename in it survives a power cut. Some file systems cannot flush a
    /// folder; the rename has happened by then, so that is not an error.
    static func syncFolder(_ folder: String) {
        let fd = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard fd >= 0 else { return }
        fsync(fd)
        close(fd)
    }

    /// Creates a folder (and its parents) readable by the owner only, and flushes its parent so the new folder
    /// survives a power cut. An existing folder must be a real folder, not a link to one elsewhere.
    static func makeFolder(_ path: String) throws {
        var info = stat()
        if lstat(path, &info) == 0 {
            guard info.st_mode & S_IFMT == S_IFDIR else {
                let kind = irregularKind(info.st_mode) ?? "a file"
                throw StoreError.io(
                    file: path, message: "is \(kind), not a folder; Depot writes only inside the library")
            }
            return
        }
        let parent = FilePath.parent(path)
        if !parent.isEmpty, parent != path, access(parent, F_OK) != 0 { try makeFolder(parent) }
        if mkdir(path, 0o700) != 0 && errno != EEXIST {
            throw StoreError.io(file: path, message: "cannot create the folder (\(describe(errno)))")
        }
        syncFolder(parent.isEmpty ? "." : parent)
    }

    /// Reads a whole regular file. A link, a FIFO or a device is refused by name rather than followed or waited on.
    static func read(_ path: String) throws -> [UInt8] {
        let fd = open(path, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC)
        guard fd >= 0 else {
            let error = errno
            if error == ELOOP { throw failure(path, "is a symbolic link, not a regular file; it was not read") }
            throw failure(path, "cannot open (\(describe(error)))")
        }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { throw failure(path, "cannot read its size (\(describe(errno)))") }
        if let kind = irregularKind(info.st_mode) {
            throw failure(path, "is \(kind), not a regular file; it was not read")
        }
        var bytes = [UInt8](repeating: 0, count: Int(info.st_size))
        var offset = 0
        while offset < bytes.count {
            let count = bytes.withUnsafeMutableBytes { buffer -> Int in
                guard let base = buffer.baseAddress else { return 0 }
                return Glibc.read(fd, base + offset, buffer.count - offset)
            }
            if count < 0 && errno == EINTR { continue }
            if count < 0 { throw failure(path, "cannot read (\(describe(errno)))") }
            guard count > 0 else { throw failure(path, "cannot read: the file became shorter while it was read") }
            offset += count
        }
        return bytes
    }

    /// The operating system's words for an error number.
    static func describe(_ error: Int32) -> String { String(cString: strerror(error)) }

    private static func failure(_ path: String, _ message: String) -> StoreError {
        StoreError.io(file: path, message: message)
    }
}

/// What a file looked like on disk when Depot last read or wrote it, to notice changes made by others.
struct FileStamp: Equatable, Sendable {
    var inode: UInt64
    var size: Int64
    var modifiedSeconds: Int
    var modifiedNanoseconds: Int

    init?(path: String) {
        var info = stat()
        guard lstat(path, &info) == 0 else { return nil }
        inode = UInt64(info.st_ino)
        size = Int64(info.st_size)
        modifiedSeconds = Int(info.st_mtim.tv_sec)
        modifiedNanoseconds = Int(info.st_mtim.tv_nsec)
    }
}
