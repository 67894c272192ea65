import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Files removed from a library folder, and those that could not be.
public struct Removal: Hashable, Sendable {
    /// The paths removed, relative to the library folder, in name order: `backups/events.json.20270318T101500.000`.
    public var removed: [String] = []
    /// The paths that could not be removed, each with why: `printouts/x.txt (Permission denied)`.
    public var failed: [String] = []

    public init(removed: [String] = [], failed: [String] = []) {
        self.removed = removed
        self.failed = failed
    }
}

/// What forgetting needs of the library on disk: saving, and removing the copies Depot wrote before. The purge of
/// readers' names runs against it (`Purge.run`); the `LibraryStore` is the real one, tests may pass their own.
public protocol ForgettingStore: AnyObject {
    func save(_ data: LibraryData, files: Set<StoreFile>) throws
    /// Removes every version of `file` kept in `backups/`.
    func forgetEarlierVersions(of file: StoreFile) throws -> Removal
    /// Removes temporary files of `file` left beside it by a write that never finished.
    func removeTemporaryFiles(of file: StoreFile) throws -> Removal
    /// Removes the files saved into the library folder beside its records (printouts, exports) for which `matches`
    /// is true; it is given each file's path relative to the folder and its text.
    func removeOutputFiles(where matches: (_ path: String, _ text: String) -> Bool) throws -> Removal
    /// Takes the lines for which `matches` is true out of the change log (`ChangeLog`); `removed` names each file
    /// changed with the number of lines: `history/2026-12.jsonl (3)`.
    func removeHistoryLines(where matches: (_ line: String) -> Bool) throws -> Removal
}

extension ForgettingStore {
    public func removeHistoryLines(where matches: (_ line: String) -> Bool) throws -> Removal { Removal() }
}

extension StoreFile {
    /// How this file's backups in `backups/` are named, before the `.timestamp`: `deposits_2026-27.json`.
    var backupName: String { relativePath.replacingOccurrences(of: "/", with: "_") }

    /// How the temporary files written beside this file begin: `.events.json.tmp-`. `AtomicFile` names them
    /// `.NAME.tmp-` followed by something unique to the write.
    var temporaryPrefix: String { ".\(FilePath.lastComponent(relativePath)).tmp-" }
}

extension LibraryStore: ForgettingStore {
    /// The largest file `removeOutputFiles` reads; printouts and exports are far smaller.
    static let largestOutputFile = 32 << 20

    /// Removes every version of `file` kept in `backups/` (after a purge they all hold what was purged; the next
    /// save keeps the new version there again). Refused when the store may not write.
    public func forgetEarlierVersions(of file: StoreFile) throws -> Removal {
        if let reason = readOnlyReason { throw StoreError.readOnly(reason: reason) }
        let prefix = "\(file.backupName)."
        return remove(in: "backups") { name in
            // `events.json.` also begins the backups of nothing else: no store file is called events.json.*.
            name.hasPrefix(prefix) && name.dropFirst(prefix.count).first?.isNumber == true
        }
    }

    /// Removes the temporary files of `file` left by a write that was cut off (`.events.json.tmp-4242`). The store
    /// holds the library's lock, so no write of its own is under way. Refused when the store may not write.
    public func removeTemporaryFiles(of file: StoreFile) throws -> Removal {
        if let reason = readOnlyReason { throw StoreError.readOnly(reason: reason) }
        let parent = FilePath.parent(file.relativePath)
        let prefix = file.temporaryPrefix
        return remove(in: parent) { $0.hasPrefix(prefix) && $0.count > prefix.count }
    }

    /// Removes the files in the library folder and its subfolders that are not the store's own and for which
    /// `matches` is true. The store's own are its record files and their temporary files, `backups/` and the lock.
    /// Symbolic links are neither followed nor removed, so nothing outside the folder is read or touched; files
    /// larger than `largestOutputFile` are not read. Refused when the store may not write.
    public func removeOutputFiles(where matches: (_ path: String, _ text: String) -> Bool) throws -> Removal {
        if let reason = readOnlyReason { throw StoreError.readOnly(reason: reason) }
        let records = Set(filesOnDisk().map(\.relativePath))
        let recordFolders: Set<String> = ["", "deposits", "plans"]
        let temporaryPrefixes = Set(filesOnDisk().map(\.temporaryPrefix))
        var removal = Removal()
        var folders = [""]
        while let relative = folders.popLast() {
            let absolute = relative.isEmpty ? folder : "\(folder)/\(relative)"
            let names: [String]
            do {
                names = try FileManager.default.contentsOfDirectory(atPath: absolute).sorted()
            } catch {
                removal.failed.append("\(relative.isEmpty ? "." : relative)/ (cannot be listed)")
                continue
            }
            for name in names {
                let path = relative.isEmpty ? name : "\(relative)/\(name)"
                if path == "backups" || path == ChangeLog.folderName || path == ".depot.lock"
                    || records.contains(path)
                {
                    continue
                }
                if recordFolders.contains(relative), temporaryPrefixes.contains(where: { name.hasPrefix($0) }) {
                    continue
                }
                var info = stat()
                guard lstat("\(folder)/\(path)", &info) == 0 else { continue }
                switch info.st_mode & S_IFMT {
                case S_IFDIR:
                    folders.append(path)
                case S_IFREG:
                    guard Int(info.st_size) <= LibraryStore.largestOutputFile,
                        let bytes = try? AtomicFile.read("\(folder)/\(path)")
                    else { continue }
                    if matches(path, String(decoding: bytes, as: UTF8.self)) { unlink(path, into: &removal) }
                default:
                    continue
                }
            }
        }
        removal.removed.sort()
        removal.failed.sort()
        return removal
    }

    public func removeHistoryLines(where matches: (_ line: String) -> Bool) throws -> Removal {
        if let reason = readOnlyReason { throw StoreError.readOnly(reason: reason) }
        let logFolder = "\(folder)/\(ChangeLog.folderName)"
        var removal = Removal()
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: logFolder)) ?? []).sorted()
        try lock.exclusively(onWait: onWait) {
            for name in names where name.hasSuffix(".jsonl") && !name.hasPrefix(".") {
                let path = "\(logFolder)/\(name)"
                guard let bytes = try? AtomicFile.read(path) else { continue }
                let lines = bytes.split(separator: UInt8(ascii: "\n"))
                let kept = lines.filter { !matches(String(decoding: $0, as: UTF8.self)) }
                guard kept.count < lines.count else { continue }
                do {
                    try AtomicFile.write(kept.flatMap { Array($0) + [UInt8(ascii: "\n")] }, to: path)
                    removal.removed.append("\(ChangeLog.folderName)/\(name) (\(lines.count - kept.count))")
                } catch {
                    removal.failed.append("\(ChangeLog.folderName)/\(name) (\(error))")
                }
            }
        }
        return removal
    }

    /// Removes the regular files in the subfolder `relative` ("" for the library folder) whose names `matches`.
    private func remove(in relative: String, where matches: (String) -> Bool) -> Removal {
        var removal = Removal()
        let absolute = relative.isEmpty ? folder : "\(folder)/\(relative)"
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: absolute) else { return removal }
        for name in names.sorted() where matches(name) {
            let path = relative.isEmpty ? name : "\(relative)/\(name)"
            var info = stat()
            guard lstat("\(folder)/\(path)", &info) == 0, info.st_mode & S_IFMT == S_IFREG else { continue }
            unlink(path, into: &removal)
        }
        if !removal.removed.isEmpty { AtomicFile.syncFolder(absolute) }
        return removal
    }

    private func unlink(_ path: String, into removal: inout Removal) {
        if Glibc.unlink("\(folder)/\(path)") == 0 {
            removal.removed.append(path)
        } else {
            removal.failed.append("\(path) (\(String(cString: strerror(errno))))")
        }
    }
}
