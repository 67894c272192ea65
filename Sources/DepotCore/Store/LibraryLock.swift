import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Lets any number of Depot processes open one library and change it: the lock is held only for the milliseconds a
/// change is being committed (exclusive) or the library's files are being read (shared), never while Depot runs.
///
/// The lock is an advisory `flock` on `.depot.lock` in the library folder. Readers share it, so a reader never sees
/// half of a change that touches several files; a writer holds it alone while it compares, merges and renames. The
/// operating system drops it when a process ends, however it ends, so a crash never leaves a stale lock. While it
/// commits, a writer leaves its process id and host name in the file, for the message a waiting writer shows.
///
/// The lock file is opened without following a link (`O_NOFOLLOW`) and must be a plain file with one name: a link
/// planted as `.depot.lock` would otherwise have its target emptied. With such a lock file, or in a folder Depot
/// cannot write, the store only reads (see `LibraryStore.readOnlyReason`).
final class LibraryLock {
    private var descriptor: Int32 = -1
    private let path: String

    /// Why changes cannot be locked (an unsafe lock file, a folder that cannot be written), or nil.
    private(set) var unusableReason: ReadOnlyReason?

    /// How long a writer waits for another one before giving up (it never gives up at once).
    static let longestWait: Duration = .seconds(60)
    /// After how long a waiting writer says so.
    static let patience: Duration = .seconds(1)

    init(folder: String) {
        path = "\(folder)/.depot.lock"
        var fd = open(path, O_RDWR | O_CREAT | O_NOFOLLOW | O_CLOEXEC, 0o600)
        if fd < 0, errno == EACCES || errno == EROFS {
            // A folder this user cannot write: readers still share the lock with the writers who can.
            fd = open(path, O_RDONLY | O_NOFOLLOW | O_CLOEXEC)
            if fd >= 0 || errno == ENOENT {
                unusableReason = .folderNotWritable
            }
        }
        guard fd >= 0 else {
            let error = errno
            if unusableReason == nil {
                unusableReason = error == ELOOP ? .lockIsALink : .lockCannotBeOpened(AtomicFile.describe(error))
            }
            return
        }
        var info = stat()
        guard fstat(fd, &info) == 0, info.st_mode & S_IFMT == S_IFREG, info.st_nlink == 1 else {
            close(fd)
            unusableReason = .lockIsNotAPlainFile
            return
        }
        descriptor = fd
    }

    deinit {
        if descriptor >= 0 { close(descriptor) }
    }

    /// Runs `body` holding the lock alone: no other process reads or writes the library meanwhile. Waits for the
    /// others (telling `onWait` who holds it, or "" when it does not say, once a second has passed) and gives up only after `longestWait`.
    func exclusively<Result>(onWait: ((String) -> Void)? = nil, _ body: () throws -> Result) throws -> Result {
        guard descriptor >= 0 else { throw StoreError.readOnly(reason: unusableReason ?? .lockIsNotAPlainFile) }
        try acquire(LOCK_EX, onWait: onWait)
        let owner = Array("process \(getpid()) on \(ProcessInfo.processInfo.hostName)\n".utf8)
        _ = ftruncate(descriptor, 0)
        _ = owner.withUnsafeBytes { pwrite(descriptor, $0.baseAddress, $0.count, 0) }
        defer {
            _ = ftruncate(descriptor, 0)
            flock(descriptor, LOCK_UN)
        }
        return try body()
    }

    /// Runs `body` sharing the lock with other readers, while no writer is committing. Without a usable lock file
    /// (a folder nobody may write) it reads without one.
    func shared<Result>(_ body: () throws -> Result) throws -> Result {
        guard descriptor >= 0 else { return try body() }
        try acquire(LOCK_SH, onWait: nil)
        defer { flock(descriptor, LOCK_UN) }
        return try body()
    }

    private func acquire(_ operation: Int32, onWait: ((String) -> Void)?) throws {
        let clock = ContinuousClock()
        let start = clock.now
        var told = false
        var pause: UInt32 = 200
        while flock(descriptor, operation | LOCK_NB) != 0 {
            guard errno == EWOULDBLOCK || errno == EINTR else {
                throw StoreError.io(
                    file: ".depot.lock", message: "cannot lock the library (\(AtomicFile.describe(errno)))")
            }
            let waited = clock.now - start
            if !told, waited >= LibraryLock.patience, let onWait {
                told = true
                onWait(holder() ?? "")
            }
            if waited >= LibraryLock.longestWait {
                throw StoreError.io(
                    file: ".depot.lock",
                    message:
                        "\(holder() ?? "another Depot") has held the library's lock for a minute; nothing was saved. "
                        + "Try again; if it does not pass, that Depot has stopped responding")
            }
            usleep(pause)
            pause = min(pause * 2, 5_000)
        }
    }

    /// Who is committing a change now, from the lock file: "process 4711 on desk-pc".
    private func holder() -> String? {
        var buffer = [UInt8](repeating: 0, count: 200)
        let count = buffer.withUnsafeMutableBytes { pread(descriptor, $0.baseAddress, $0.count, 0) }
        let text = String(decoding: buffer.prefix(max(count, 0)), as: UTF8.self)
            .trimmingCharacters(in: .whitespacesAndNewlines).filter { !$0.isASCIIControl }
        return text.isEmpty ? nil : text
    }
}

extension Character {
    /// A control character (C0, DEL), which has no place in a message.
    fileprivate var isASCIIControl: Bool { asciiValue.map { $0 < 0x20 || $0 == 0x7F } ?? false }
}

/// Why a store may only read: the store was opened so, or the library cannot be locked for changes. Another Depot
/// having the library open is never a reason.
public enum ReadOnlyReason: Equatable, Sendable, CustomStringConvertible, LocalizedText {
    case openedForReading
    case folderNotWritable
    case lockIsALink
    /// The system's reason, in its words.
    case lockCannotBeOpened(String)
    case lockIsNotAPlainFile

    public var description: String { text(in: .english) }

    public func text(in language: Language) -> String {
        let book = TextBook(language)
        switch self {
        case .openedForReading: return book[ReadOnlyText.openedForReading]
        case .folderNotWritable: return book[ReadOnlyText.folderNotWritable]
        case .lockIsALink: return book[ReadOnlyText.lockIsALink]
        case .lockCannotBeOpened(let reason):
            return book.format(
                ReadOnlyText.lockCannotBeOpened, TerminalSafe.field(reason, limit: TerminalSafe.lineLimit))
        case .lockIsNotAPlainFile: return book[ReadOnlyText.lockIsNotAPlainFile]
        }
    }
}

/// The sentences of `ReadOnlyReason`.
public enum ReadOnlyText: String, TextCatalogue {
    case openedForReading, folderNotWritable, lockIsALink, lockCannotBeOpened, lockIsNotAPlainFile

    public static let placeholders: [ReadOnlyText: [String]] = [.lockCannotBeOpened: ["reason"]]
}
