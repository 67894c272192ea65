import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Keeps a second Depot process from writing to a library that one is already editing.
///
/// The lock is an advisory `flock` on `.depot.lock` in the library folder, held as long as the store is open.
/// The operating system drops it when the process ends, however it ends, so a crash never leaves a stale lock.
/// The file holds the owner's process id and host name, for the message the second process shows.
final class LibraryLock {
    private var descriptor: Int32 = -1

    /// Who holds the lock, when it could not be taken: "process 4711 on desk-pc".
    private(set) var holder: String?

    var isHeld: Bool { descriptor >= 0 }

    /// Tries to take the lock without waiting.
    init(folder: String) {
        let path = "\(folder)/.depot.lock"
        let fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o600)
        guard fd >= 0 else {
            holder = "the lock file could not be opened (\(String(cString: strerror(errno))))"
            return
        }
        if flock(fd, LOCK_EX | LOCK_NB) != 0 {
            let text = (try? AtomicFile.read(path)).map { String(decoding: $0, as: UTF8.self) } ?? ""
            holder = text.trimmingCharacters(in: .whitespacesAndNewlines)
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
