import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Keeps a second Depot process from writing to a library that one is already editing.
///
/// The lock is an advisory `flock` on `.depot.lock` in the library folder, held as long as the store is open.
/// The operating system drops it when the process ends, however it ends, so a crash never leaves a stale lock.
/// The file holds the owner's process id and host name, for the message the second process shows.
///
/// The lock file is opened without following a link (`O_NOFOLLOW`) and must be a plain file with one name: a link
/// planted as `.depot.lock` would otherwise have its target emptied. Such a lock file leaves the library read-only,
/// with the reason.
final class LibraryLock {
    private var descriptor: Int32 = -1

    /// Who holds the lock, or what is wrong with the lock file, when the lock could not be taken:
    /// "process 4711 on desk-pc".
    private(set) var holder: String?

    /// True when the lock could not be taken because the lock file itself is unsafe to use.
    private(set) var lockFileIsUnsafe = false

    var isHeld: Bool { descriptor >= 0 }

    /// Tries to take the lock without waiting.
    init(folder: String) {
        let path = "\(folder)/.depot.lock"
        let fd = open(path, O_RDWR | O_CREAT | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC, 0o600)
        guard fd >= 0 else {
            let error = errno
            lockFileIsUnsafe = error == ELOOP
            holder =
                error == ELOOP
                ? "its lock file .depot.lock is a symbolic link; remove it (Depot does not write through links)"
                : "the lock file .depot.lock could not be opened (\(AtomicFile.describe(error)))"
            return
        }
        var info = stat()
        guard fstat(fd, &info) == 0, info.st_mode & S_IFMT == S_IFREG, info.st_nlink == 1 else {
            close(fd)
            lockFileIsUnsafe = true
            holder = "its lock file .depot.lock is not a plain file of its own; remove it"
            return
        }
        if flock(fd, LOCK_EX | LOCK_NB) != 0 {
            var buffer = [UInt8](repeating: 0, count: 200)
            let count = buffer.withUnsafeMutableBytes { pread(fd, $0.baseAddress, $0.count, 0) }
            let text = String(decoding: buffer.prefix(max(count, 0)), as: UTF8.self)
            holder = text.trimmingCharacters(in: .whitespacesAndNewlines).filter { !$0.isASCIIControl }
            if holder?.isEmpty ?? true { holder = "another Depot" }
            close(fd)
            return
        }
        descriptor = fd
        let owner = Array("process \(getpid()) on \(ProcessInfo.processInfo.hostName)\n".utf8)
        _ = ftruncate(fd, 0)
        _ = owner.withUnsafeBytes { pwrite(fd, $0.baseAddress, $0.count, 0) }
    }

    func release() {
        guard descriptor >= 0 else { return }
        _ = ftruncate(descriptor, 0)
        flock(descriptor, LOCK_UN)
        close(descriptor)
        descriptor = -1
    }

    deinit { release() }
}

extension Character {
    /// A control character (C0, DEL), which has no place in a message.
    fileprivate var isASCIIControl: Bool { asciiValue.map { $0 < 0x20 || $0 == 0x7F } ?? false }
}
