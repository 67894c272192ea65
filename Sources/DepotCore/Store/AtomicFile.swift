import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Writes files so that a crash at any moment leaves either the old or the new file, never a torn one:
/// write a temporary file beside the target, flush it, rename it over the target, flush the folder.
/// New files are readable by their owner only (0600): the library holds names of children and staff.
enum AtomicFile {
    /// A test hook that runs after the temporary file is flushed and before the rename.
    typealias BeforeRename = (_ temporaryPath: String) throws -> Void

    /// Writes `bytes` to `path`. When `backupPath` is given and `path` exists, the old file is kept there
    /// (a hard link, so it costs no copy).
    static func write(
        _ bytes: [UInt8], to path: String, backupPath: String? = nil, beforeRename: BeforeRename? = nil
    ) throws {
        let name = (path as NSString).lastPathComponent
        let folder = (path as NSString).deletingLastPathComponent
        let temporary = "\(folder)/.\(name).tmp-\(getpid())"
        let fd = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o600)
        guard fd >= 0 else { throw failure(path, "cannot create a temporary file") }
        var ok = bytes.withUnsafeBytes { buffer -> Bool in
            var offset = 0
            while offset < buffer.count {
                let written = Glibc.write(fd, buffer.baseAddress! + offset, buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    return false
                }
                offset += written
            }
            return true
        }
        let writeError = errno
        ok = ok && fsync(fd) == 0
        close(fd)
        guard ok else {
            unlink(temporary)
            throw failure(path, "cannot write (\(String(cString: strerror(writeError))))")
        }
        do {
            try beforeRename?(temporary)
        } catch {
            unlink(temporary)
            throw error
        }
        if let backupPath, access(path, F_OK) == 0 {
            unlink(backupPath)
            if link(path, backupPath) != 0 {
                unlink(temporary)
                throw failure(path, "cannot keep a backup at \(backupPath)")
            }
        }
        guard rename(temporary, path) == 0 else {
            let error = errno
            unlink(temporary)
            throw failure(path, "cannot replace the file (\(String(cString: strerror(error))))")
        }
        syncFolder(folder)
    }

    /// Flushes a folder so that a rename in it survives a power cut.
    static func syncFolder(_ folder: String) {
        let fd = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard fd >= 0 else { return }
        fsync(fd)
        close(fd)
    }

    /// Creates a folder (and its parents) readable by the owner only.
    static func makeFolder(_ path: String) throws {
        do {
            try FileManager.default.createDirectory(
                atPath: path, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        } catch {
            throw StoreError.io(file: path, message: "cannot create the folder (\(error.localizedDescription))")
        }
    }

    /// Reads a whole file.
    static func read(_ path: String) throws -> [UInt8] {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { throw failure(path, "cannot open (\(String(cString: strerror(errno))))") }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { throw failure(path, "cannot read its size") }
        var bytes = [UInt8](repeating: 0, count: Int(info.st_size))
        var offset = 0
        while offset < bytes.count {
            let count = bytes.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress! + offset, $0.count - offset) }
            if count < 0 && errno == EINTR { continue }
            guard count > 0 else { throw failure(path, "cannot read") }
            offset += count
        }
        return bytes
    }

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
        guard stat(path, &info) == 0 else { return nil }
        inode = UInt64(info.st_ino)
        size = Int64(info.st_size)
        modifiedSeconds = Int(info.st_mtim.tv_sec)
        modifiedNanoseconds = Int(info.st_mtim.tv_nsec)
    }
}
