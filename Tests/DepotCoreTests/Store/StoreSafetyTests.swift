import Foundation
import Testing

@testable import DepotCore

#if canImport(Glibc)
    import Glibc
#endif

/// Every file of a folder, by relative path, with its bytes: to prove that a refusal changed nothing.
private func snapshot(_ folder: TemporaryFolder) throws -> [String: Data] {
    var files: [String: Data] = [:]
    let enumerator = FileManager.default.enumerator(atPath: folder.path)
    while let relative = enumerator?.nextObject() as? String {
        var isFolder: ObjCBool = false
        _ = FileManager.default.fileExists(atPath: folder.file(relative), isDirectory: &isFolder)
        if !isFolder.boolValue { files[relative] = FileManager.default.contents(atPath: folder.file(relative)) }
    }
    return files
}

private func mode(_ path: String) -> mode_t {
    var info = stat()
    lstat(path, &info)
    return info.st_mode & 0o777
}

@Suite("A library is made only where there is none")
struct LibraryCreationSafetyTests {
    @Test func aFolderMissingLibraryJSONIsDamagedAndLeftAsItIs() throws {
        let folder = Fixtures.temporaryFolder()
        try LibraryStore.create(folder: folder.path, with: Fixtures.library()).close()
        unlink(folder.file("library.json"))
        let before = try snapshot(folder)

        #expect(
            throws: StoreError.incompleteLibrary(path: folder.path, missing: ["library.json"], hasBackups: false)
        ) { try LibraryLocation.ensureLibrary(at: folder.path) }
        #expect(throws: StoreError.self) { try LibraryStore.create(folder: folder.path, with: Fixtures.library()) }
        #expect(try snapshot(folder) == before)
    }

    @Test func theMessageNamesTheMissingFilesAndTheBackups() throws {
        let folder = Fixtures.temporaryFolder()
        var data = Fixtures.library()
        try LibraryStore.create(folder: folder.path, with: data).close()
        let store = try LibraryStore(folder: folder.path)
        _ = try store.load()
        data.partners[0].childCount = 7
        try store.save(data, files: [.partners])
        store.close()
        try FileManager.default.removeItem(atPath: folder.file("items"))
        unlink(folder.file("crates.json"))
        do {
            _ = try LibraryStore(folder: folder.path, forWriting: false)
            Issue.record("a damaged library was opened")
        } catch let error as StoreError {
            #expect(
                error.description.contains("crates.json, items/ are missing"), "\(error)")
            #expect(error.description.contains("backups/"))
            #expect(error.description.contains("Nothing was changed"))
        }
    }

    @Test func aFolderWithOtherFilesIsNotMadeALibrary() throws {
        let folder = Fixtures.temporaryFolder()
        try folder.write("thesis.txt", "mine")
        #expect(throws: StoreError.folderNotEmpty(path: folder.path)) {
            try LibraryLocation.ensureLibrary(at: folder.path)
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["thesis.txt"])
    }

    @Test func anEmptyOrNewFolderGetsTheSample() throws {
        let folder = Fixtures.temporaryFolder()
        #expect(try LibraryLocation.ensureLibrary(at: folder.path))
        #expect(try !LibraryLocation.ensureLibrary(at: folder.path))
        let fresh = folder.file("new/library")
        #expect(try LibraryLocation.ensureLibrary(at: fresh))
        #expect(try LibraryStore(folder: fresh, forWriting: false).load().partners.isEmpty == false)
    }
}

@Suite("No write follows a link")
struct LinkSafetyTests {
    @Test func aLockFileThatIsALinkLeavesTheLibraryReadOnlyAndItsTargetWhole() throws {
        let folder = Fixtures.temporaryFolder()
        try LibraryStore.create(folder: folder.path, with: Fixtures.library()).close()
        try folder.write("precious.txt", "do not empty me")
        unlink(folder.file(".depot.lock"))
        symlink(folder.file("precious.txt"), folder.file(".depot.lock"))

        let store = try LibraryStore(folder: folder.path)
        #expect(store.isReadOnly)
        #expect(store.readOnlyReason == .lockIsALink)
        #expect(store.readOnlyReason?.description.contains("symbolic link") == true)
        let data = try store.load()
        #expect(throws: StoreError.self) { try store.save(data, files: [.partners]) }
        store.close()
        #expect(try folder.read("precious.txt") == "do not empty me")
    }

    @Test func temporaryFilesHaveUnpredictableNamesAndAPlantedLinkIsNotFollowed() throws {
        let folder = Fixtures.temporaryFolder()
        try folder.write("precious.txt", "do not overwrite me")
        // The name a temporary file had before: a link planted there must not receive the write.
        symlink(folder.file("precious.txt"), folder.file(".out.txt.tmp-\(getpid())"))
        var names: [String] = []
        for text in ["one", "two"] {
            try AtomicFile.write(Array(text.utf8), to: folder.file("out.txt")) { names.append($0) }
        }
        #expect(names.count == 2 && names[0] != names[1])
        #expect(names.allSatisfy { !$0.hasSuffix("tmp-\(getpid())") })
        #expect(try folder.read("out.txt") == "two")
        #expect(try folder.read("precious.txt") == "do not overwrite me")
    }

    @Test func outputOntoALinkAFIFOOrADeviceIsRefusedByName() throws {
        let folder = Fixtures.temporaryFolder()
        try folder.write("precious.txt", "keep")
        symlink(folder.file("precious.txt"), folder.file("link.txt"))
        mkfifo(folder.file("pipe"), 0o600)

        for (name, kind) in [("link.txt", "symbolic link"), ("pipe", "FIFO")] {
            do {
                try ExportFile.write("letters", to: folder.file(name))
                Issue.record("wrote onto \(name)")
            } catch {
                #expect(error.description.contains(kind))
                #expect(error.description.contains(name))
            }
        }
        #expect(throws: StoreError.self) { try AtomicFile.requireRegularOrAbsent("/dev/null") }
        #expect(try folder.read("precious.txt") == "keep")
        #expect(mode(folder.file("pipe")) == 0o600)
        var info = stat()
        lstat(folder.file("link.txt"), &info)
        #expect(info.st_mode & S_IFMT == S_IFLNK)
    }

    @Test func aDataFileThatIsAFIFOOrALinkIsRefusedByNameWithoutWaiting() throws {
        let folder = Fixtures.temporaryFolder()
        try LibraryStore.create(folder: folder.path, with: Fixtures.library()).close()
        let shard = StoreFile.items(of: Fixtures.library().items[0].id).relativePath
        try FileManager.default.moveItem(atPath: folder.file(shard), toPath: folder.file("items.real"))
        mkfifo(folder.file(shard), 0o600)
        let problems = try LibraryStore(folder: folder.path, forWriting: false).check()
        #expect(problems.contains { $0.file == shard && $0.message.contains("FIFO") })

        unlink(folder.file(shard))
        symlink(folder.file("items.real"), folder.file(shard))
        #expect {
            try LibraryStore(folder: folder.path, forWriting: false).load()
        } throws: { error in
            "\(error)".contains(shard) && "\(error)".contains("symbolic link")
        }
    }

    @Test func aBackupsFolderThatIsALinkIsNotWrittenThrough() throws {
        let folder = Fixtures.temporaryFolder()
        let elsewhere = Fixtures.temporaryFolder("elsewhere")
        var data = Fixtures.library()
        try LibraryStore.create(folder: folder.path, with: data).close()
        try? FileManager.default.removeItem(atPath: folder.file("backups"))
        symlink(elsewhere.path, folder.file("backups"))
        let store = try LibraryStore(folder: folder.path)
        _ = try store.load()
        data.partners[0].childCount = 3
        #expect(throws: StoreError.self) { try store.save(data, files: [.partners]) }
        #expect(try FileManager.default.contentsOfDirectory(atPath: elsewhere.path).isEmpty)
    }
}

@Suite("Saves where the file system is unusual")
struct UnusualFileSystemTests {
    @Test func backupsAreCopiedWhereHardLinksAreRefused() throws {
        let folder = Fixtures.temporaryFolder()
        var data = Fixtures.library()
        try LibraryStore.create(folder: folder.path, with: data).close()
        let before = try folder.read("partners.json")
        let store = try LibraryStore(folder: folder.path)
        _ = try store.load()
        store.hardLink = { _, _ in
            errno = EPERM
            return -1
        }
        data.partners[0].childCount = 11
        try store.save(data, files: [.partners])
        let backups = try FileManager.default.contentsOfDirectory(atPath: folder.file("backups"))
            .filter { $0.hasPrefix("partners.json.") }
        #expect(backups.count == 1)
        #expect(try folder.read("backups/\(backups[0])") == before)
        #expect(mode(folder.file("backups/\(backups[0])")) == 0o600)
        #expect(try folder.read("partners.json").contains("\"childCount\" : 11"))
    }
}

@Suite("Opening a library for writing tidies it")
struct OpeningTidiesTests {
    @Test func leftoversOfEndedProcessesAreRemovedAndNamed() throws {
        let folder = Fixtures.temporaryFolder()
        try LibraryStore.create(folder: folder.path, with: Fixtures.library()).close()
        // 2147483646 is above any pid the kernel hands out, so its writer has ended.
        try folder.write(".items.json.tmp-2147483646-abc", String(repeating: "x", count: 2048))
        try folder.write("deposits/.2026-27.json.tmp-2147483646", "old-style name")
        try folder.write(".crates.json.tmp-\(getpid())-live", "a save in progress here")

        let reader = try LibraryStore(folder: folder.path, forWriting: false)
        #expect(
            reader.leftoverTemporaryFiles().map(\.name).sorted() == [
                ".items.json.tmp-2147483646-abc", "deposits/.2026-27.json.tmp-2147483646",
            ])
        #expect(reader.notices.isEmpty)

        let store = try LibraryStore(folder: folder.path)
        defer { store.close() }
        guard case .removedLeftovers(let names, let bytes)? = store.notices.first else {
            Issue.record("no notice of the removed leftovers")
            return
        }
        #expect(names.count == 2)
        #expect(bytes == 2048 + 14)
        #expect(!FileManager.default.fileExists(atPath: folder.file(".items.json.tmp-2147483646-abc")))
        #expect(FileManager.default.fileExists(atPath: folder.file(".crates.json.tmp-\(getpid())-live")))
        #expect(try store.load() == Fixtures.library())
    }

    @Test func aLibraryCopiedReadableByOthersIsMadePrivate() throws {
        let folder = Fixtures.temporaryFolder()
        var data = Fixtures.library()
        try LibraryStore.create(folder: folder.path, with: data).close()
        let store0 = try LibraryStore(folder: folder.path)
        _ = try store0.load()
        data.partners[0].childCount = 9
        try store0.save(data, files: [.partners])
        store0.close()
        let backup = try FileManager.default.contentsOfDirectory(atPath: folder.file("backups"))[0]
        let shard = StoreFile.items(of: data.items[0].id).relativePath
        chmod(folder.path, 0o755)
        chmod(folder.file(shard), 0o644)
        chmod(folder.file("deposits"), 0o755)
        chmod(folder.file("backups/\(backup)"), 0o644)

        let store = try LibraryStore(folder: folder.path)
        defer { store.close() }
        #expect(store.notices == [.restrictedPermissions(count: 4)])
        #expect(mode(folder.path) == 0o700)
        #expect(mode(folder.file(shard)) == 0o600)
        #expect(mode(folder.file("deposits")) == 0o700)
        #expect(mode(folder.file("backups/\(backup)")) == 0o600)
    }
}

@Suite("Path arithmetic that never traps")
struct FilePathTests {
    @Test func parentsAndLastComponents() {
        #expect(FilePath.parent("a/b/c.json") == "a/b")
        #expect(FilePath.parent("c.json") == "")
        #expect(FilePath.parent("{") == "")
        #expect(FilePath.parent("(") == "")
        #expect(FilePath.parent("/c") == "/")
        #expect(FilePath.parent("/a//b/") == "/a")
        #expect(FilePath.lastComponent("a/b/c.json") == "c.json")
        #expect(FilePath.lastComponent("{") == "{")
        #expect(FilePath.lastComponent("/a/b/") == "b")
        #expect(FilePath.absolute("x").hasSuffix("/x") && FilePath.absolute("x").hasPrefix("/"))
    }
}

@Suite("A failed flush says what failed")
struct FlushFailureTests {
    @Test func aFailedFsyncIsNamedWithItsOwnError() {
        // A pipe takes the bytes but cannot be flushed to a disk: fsync fails with EINVAL.
        var ends: [Int32] = [0, 0]
        #expect(pipe(&ends) == 0)
        defer {
            close(ends[0])
            close(ends[1])
        }
        let problem = AtomicFile.writeAll(Array("x".utf8), to: ends[1])
        #expect(problem == "cannot flush the file to the disk (\(AtomicFile.describe(EINVAL)))")
    }
}
