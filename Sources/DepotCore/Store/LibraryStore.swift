import Dispatch
import Foundation
import Synchronization

/// A library on disk: a folder of JSON files that a person can read, back up and diff.
///
/// - Loading reads every file (in parallel), checks that records fit together, and fails with one readable
///   sentence naming the file and line or record when something is wrong. A damaged file is never overwritten.
/// - Any number of processes open one library and change it. A change is committed under the library's lock, held
///   for milliseconds (see ``LibraryLock``): the store compares each file with the version it last read, and where
///   another desk or program changed one, reads it again and replays the change on it or merges record by record
///   (see `commit`). Only the same record changed on both sides is a conflict, and it is never overwritten.
/// - Saving rewrites only the files named, each atomically, keeping the previous versions in `backups/`.
public final class LibraryStore {
    public let folder: String
    public let schema: SchemaCatalogue
    let lock: LibraryLock
    private let forWriting: Bool
    /// Each file's identity when this store last read or wrote it; a file that was not there has none.
    var stamps: [StoreFile: FileStamp] = [:]
    /// Each file's identity when `refresh(adopting: false)` last looked at it.
    var peeked: [StoreFile: FileStamp] = [:]
    /// The library as this store last read or wrote it: the base of the next change's merge.
    public internal(set) var current: LibraryData?
    /// The files the last read with `.withoutCatalogue` came from, as read; nil after any other read.
    private var partialRead: [StoreFile: FileStamp]?
    /// When `current` holds part of the library (read with `.items(in:)`), the files it came from, including shards
    /// that were not there: a change may write only these, and only these are compared with the disk. Nil when
    /// `current` is the whole library.
    var baseFiles: Set<StoreFile>?
    /// For each record-per-line file saved so far, its records' lines as written (an ``EncodedLines``), so that the
    /// next save encodes only the records that changed. Nil for a store that writes once (`create`).
    private var encodedLines: [StoreFile: EncodedLinesSlot]? = [:]
    /// For each record-per-line file read, the identifiers in the order of its lines and the file's identity then:
    /// the first save of it after opening pairs its lines with the records read (`RecordsAsRead`) rather than
    /// decoding it again.
    private var lineOrders: [StoreFile: LineOrder] = [:]

    /// A hook for tests: runs between writing a temporary file and renaming it into place.
    var beforeRename: AtomicFile.BeforeRename?

    /// How backups are linked; a test replaces it to act as a file system without hard links.
    var hardLink: AtomicFile.HardLink = AtomicFile.systemHardLink

    /// Told who holds the lock when a commit has waited for another writer for over a second.
    public var onWait: ((String) -> Void)?

    /// This desk in the change log (machine, process, store): how a screen tells its own changes from others'.
    public let desk = ChangeLog.newDesk()

    /// Who makes this store's changes, for the change log (`ChangeLog`): a staff member's identifier, or nil.
    public var author: StaffMember.ID?

    /// Why the store may not write, or nil when it may: opened for reading, a folder this user cannot write, an
    /// unsafe lock file. Another Depot having the library open is never a reason.
    public var readOnlyReason: ReadOnlyReason? {
        guard forWriting else { return .openedForReading }
        return lock.unusableReason
    }

    public var isReadOnly: Bool { readOnlyReason != nil }

    /// Opens the library in `folder`. With `forWriting`, finishes a change that a killed writer left half done and
    /// tidies what it left behind, under the lock.
    public init(folder: String, forWriting: Bool = true, schema: SchemaCatalogue = .standard) throws {
        self.folder = LibraryStore.normalised(folder)
        self.schema = schema
        self.forWriting = forWriting
        let layout = LibraryFolder(path: self.folder)
        switch layout.shape {
        case .complete: break
        case .incomplete(let missing):
            throw StoreError.incompleteLibrary(path: self.folder, missing: missing, hasBackups: layout.hasBackups)
        case .absentOrEmpty, .foreign:
            throw StoreError.notALibrary(path: self.folder)
        }
        lock = LibraryLock(folder: self.folder)
        if forWriting, lock.unusableReason == nil {
            notices = try lock.exclusively(onWait: nil) {
                var notices: [StoreNotice] = []
                let finished = try finishInterruptedChange()
                if !finished.isEmpty { notices.append(.finishedInterruptedChange(files: finished)) }
                if let split = try splitCatalogueIfNeeded() { notices.append(split) }
                return notices + LibraryStore.tidy(layout)
            }
        }
    }

    /// Finishes the change a killed writer recorded in the journal; the files it put in place. Under the lock.
    func finishInterruptedChange() throws -> [String] {
        guard let journal = try ChangeJournal.pending(in: folder) else { return [] }
        return try journal.finish(in: folder)
    }

    /// What opening the library for writing tidied up (leftovers of crashed saves, loose permissions).
    public private(set) var notices: [StoreNotice] = []

    private static func tidy(_ layout: LibraryFolder) -> [StoreNotice] {
        var notices: [StoreNotice] = []
        let removed = layout.removeLeftovers()
        if !removed.isEmpty {
            notices.append(.removedLeftovers(names: removed.map(\.name), bytes: removed.reduce(0) { $0 + $1.size }))
        }
        let restricted = layout.restrictPermissions()
        if restricted > 0 { notices.append(.restrictedPermissions(count: restricted)) }
        return notices
    }

    /// The temporary files that crashed saves left in the library, which the next writer removes.
    public func leftoverTemporaryFiles() -> [(name: String, size: Int64)] {
        LibraryFolder(path: folder).leftovers().map { ($0.name, $0.size) }
    }

    /// Creates a new library in `folder` and writes every file of `data`. The folder must be new or empty: a
    /// library is never made over another one, a damaged one or someone's other files.
    @discardableResult
    public static func create(folder: String, with data: LibraryData) throws -> LibraryStore {
        let folder = normalised(folder)
        let layout = LibraryFolder(path: folder)
        switch layout.shape {
        case .absentOrEmpty: break
        case .complete:
            throw StoreError.io(file: folder, message: "a library exists there already; nothing was written")
        case .incomplete(let missing):
            throw StoreError.incompleteLibrary(path: folder, missing: missing, hasBackups: layout.hasBackups)
        case .foreign:
            throw StoreError.folderNotEmpty(path: folder)
        }
        try AtomicFile.makeFolder(folder)
        try AtomicFile.makeFolder("\(folder)/\(ItemShard.folderName)")
        // library.json goes last: until it exists, the folder is not a library.
        let store = LibraryStore(newFolder: folder)
        try store.lock.exclusively {
            _ = try store.write(data, files: store.files(for: data).filter { $0 != .settings })
            _ = try store.write(data, files: [.settings])
        }
        return try LibraryStore(folder: folder)
    }

    private init(newFolder folder: String) {
        self.folder = folder
        self.schema = .standard
        self.forWriting = true
        self.lock = LibraryLock(folder: folder)
        self.encodedLines = nil
    }

    /// Kept for callers that end their use of a store; the lock is held only while committing, so there is
    /// nothing to give back.
    public func close() {}

    private static func normalised(_ folder: String) -> String {
        var path = folder == "~" || folder.hasPrefix("~/") ? NSHomeDirectory() + folder.dropFirst() : folder
        while path.count > 1 && path.hasSuffix("/") { path.removeLast() }
        return path
    }

    // MARK: Loading

    /// Which of the library's files a read needs.
    public enum LoadScope: Equatable, Sendable {
        /// Every file, and every reference between records checked: what a store that writes reads, and the base
        /// of its next change.
        case whole
        /// Every file but the catalogue's shards, for work that needs partners, crates, deposits and plans only
        /// (the week schedule, overdue and due lists, reminders): at city scale the catalogue is two thirds of the
        /// bytes and of the decoding. Every other reference is checked; the books that crates and deposits name are
        /// not looked up. The few items such work shows are read on demand (`loadItems(_:into:)`). A library read
        /// this way is never the base of a change: `current` is left as it was.
        case withoutCatalogue
        /// The settings, the staff and the catalogue's shards named (the whole catalogue when it is kept in one
        /// file), for a change to those items alone: importing a few items. An item's barcode decides its shard, so
        /// looking a barcode up among these items finds it if the catalogue has it (with its leading zeros too:
        /// they come before the last two characters). The items are checked; the crates and deposits that name
        /// them are not read, and need not be: such a change adds and corrects items, never removes one or changes
        /// a barcode. A library read this way is the base of a change to those shards only (`commit` refuses any
        /// other file), compared with the disk file by file as after a whole read.
        case items(in: Set<ItemShard>)
    }

    /// Reads the library, or the part of it `scope` names. Throws `StoreError` naming the file and line, or the
    /// records that do not fit.
    public func load(_ scope: LoadScope = .whole) throws -> LibraryData {
        let files = self.files(in: scope)
        let (data, problems) = try lock.shared { try loadFiles(files, stopAtFirst: true) }
        guard let data else { throw StoreError.invalidRecords(problems) }
        let referenceProblems = LibraryCheck.problems(in: data, catalogue: scope != .withoutCatalogue)
        guard referenceProblems.isEmpty else { throw StoreError.invalidRecords(referenceProblems) }
        switch scope {
        case .whole:
            current = data
            baseFiles = nil
        case .items:
            current = data
            baseFiles = Set(files)
        case .withoutCatalogue:
            break
        }
        partialRead = scope == .withoutCatalogue ? stamps : nil
        return data
    }

    /// The files a read of `scope` decodes.
    private func files(in scope: LoadScope) -> [StoreFile] {
        switch scope {
        case .whole: return filesOnDisk()
        case .withoutCatalogue: return filesOnDisk().filter { !$0.holdsItems }
        case .items(let shards):
            let catalogue = catalogueFilesOnDisk()
            return [.settings, .staff]
                + (catalogue == [.catalogue] ? catalogue : shards.sorted().map { StoreFile.items($0) })
        }
    }

    /// The whole library, as `load()` reads it, from `partial` (this store's last read, with `.withoutCatalogue`,
    /// and items added by `loadItems`) and the catalogue's shards, read now: the files `partial` came from are not
    /// decoded again. When one of them changed since (another desk saved, a season's file appeared), a change was
    /// interrupted, or this store read something else in between, the whole library is read again instead. Checked
    /// in full; the base of this store's next change, as after `load()`.
    public func load(completing partial: LibraryData) throws -> LibraryData {
        let completed = try lock.shared { () throws -> LibraryData? in
            guard let read = partialRead, try ChangeJournal.pending(in: folder) == nil else { return nil }
            let others = filesOnDisk().filter { !$0.holdsItems }
            let now = others.reduce(into: [StoreFile: FileStamp]()) { stamps, file in
                stamps[file] = FileStamp(path: "\(folder)/\(file.relativePath)")
            }
            guard now == read else { return nil }
            let shards = catalogueFilesOnDisk()
            let decoded = try decodeAll(shards)
            lineOrders.merge(decoded.orders) { _, shard in shard }
            var catalogue = CatalogueFiles()
            for file in shards {
                switch decoded.results[file]! {
                case .failure(let error): throw error
                case .success(.items(let value)): catalogue.add(value, from: file)
                case .success: break
                }
            }
            stamps.merge(decoded.stamps) { _, shard in shard }
            var whole = partial
            whole.items = catalogue.inBarcodeOrder()
            return whole
        }
        guard let completed else { return try load() }
        let problems = LibraryCheck.problems(in: completed)
        guard problems.isEmpty else { throw StoreError.invalidRecords(problems) }
        current = completed
        baseFiles = nil
        partialRead = nil
        return completed
    }

    /// Adds to `data` (read with `.withoutCatalogue`) the items among `barcodes` that the catalogue holds, reading
    /// only the shards they belong in. Barcodes the catalogue lacks are left out, as a look-up that finds nothing.
    public func loadItems(_ barcodes: some Sequence<Item.ID>, into data: inout LibraryData) throws {
        let wanted = Set(barcodes).subtracting(data.items.lazy.map(\.id))
        guard !wanted.isEmpty else { return }
        let onDisk = catalogueFilesOnDisk()
        let files =
            onDisk == [.catalogue]
            ? onDisk : Set(wanted.map { StoreFile.items(of: $0) }).intersection(onDisk).sorted()
        let decoded = try lock.shared { try decodeAll(files) }
        var found: [Item] = []
        for file in files {
            switch decoded.results[file]! {
            case .failure(let error): throw error
            case .success(.items(let items)): found += items.filter { wanted.contains($0.id) }
            case .success: break
            }
        }
        data.items.append(contentsOf: found)
        data.items.sortIfNeeded()
    }

    /// Every problem in the library: damaged files first, then records that do not fit together.
    public func check() -> [Problem] {
        do {
            let (data, problems) = try lock.shared { try loadFiles(stopAtFirst: false) }
            guard let data else { return problems }
            let referenceProblems = LibraryCheck.problems(in: data)
            guard referenceProblems.isEmpty else { return referenceProblems }
            return JourneyCheck.problems(in: data)
        } catch let error as StoreError {
            return [Problem(file: folder, message: error.description)]
        } catch {
            return [Problem(file: folder, message: "\(error)")]
        }
    }

    /// The files present: the fixed ones, one per deposit season found in `deposits/` and one per plan found in
    /// `plans/` (a library without a `plans/` folder has no plans).
    func filesOnDisk() -> [StoreFile] {
        func seasons(in subfolder: String) -> [Season] {
            let names = (try? FileManager.default.contentsOfDirectory(atPath: "\(folder)/\(subfolder)")) ?? []
            return names.filter { $0.hasSuffix(".json") && !$0.hasPrefix(".") }.compactMap { name in
                Season(String(name.dropLast(5)))
            }.sorted()
        }
        return StoreFile.fixed + catalogueFilesOnDisk() + seasons(in: "deposits").map { StoreFile.deposits($0) }
            + seasons(in: "plans").map { StoreFile.plan($0) }
    }

    /// The catalogue's files: the shards in `items/`, or `items.json` in a library that has not been split yet (a
    /// library that has both was split by a Depot interrupted before it moved `items.json` away: the shards hold it).
    func catalogueFilesOnDisk() -> [StoreFile] {
        let shardFolder = "\(folder)/\(ItemShard.folderName)"
        guard (try? AtomicFile.isFolder(shardFolder)) == true else {
            return (try? AtomicFile.exists("\(folder)/\(StoreFile.catalogue.relativePath)")) == true ? [.catalogue] : []
        }
        let names = (try? FileManager.default.contentsOfDirectory(atPath: shardFolder)) ?? []
        return names.filter { $0.hasSuffix(".json") && !$0.hasPrefix(".") }.compactMap { name in
            ItemShard(name: String(name.dropLast(5))).map { StoreFile.items($0) }
        }.sorted()
    }

    /// Decodes `files` (every file on disk when nil) into a library; without `stopAtFirst`, every damaged file is
    /// a problem returned rather than the first thrown.
    func loadFiles(_ files: [StoreFile]? = nil, stopAtFirst: Bool) throws -> (LibraryData?, [Problem]) {
        let files = files ?? filesOnDisk()
        let (results, fileStamps, orders) = try decodeAll(files)
        stamps = fileStamps
        lineOrders = orders
        if stopAtFirst,
            let firstFailure = files.lazy.compactMap({ file -> StoreError? in
                if case .failure(let error) = results[file]! { return error }
                return nil
            }).first
        {
            throw firstFailure
        }
        // Each file's records are taken out of the results, so that the catalogue's merge holds the only reference
        // to each shard's items and can move them rather than copy them.
        var loaded = consume results
        var problems: [Problem] = []
        var settings: LibrarySettings?
        var data = LibraryData(
            settings: LibrarySettings(name: "", address: Address(street: "", postalCode: "", city: "")))
        var catalogue = CatalogueFiles()
        for file in files {
            guard let result = loaded.removeValue(forKey: file) else { continue }
            switch result {
            case .failure(let error):
                problems.append(LibraryStore.problem(from: error, file: file))
            case .success(.settings(let value)): settings = value
            // The shards interleave in barcode order: the items are put in order once all are read (below).
            case .success(.items(let value)): catalogue.add(value, from: file)
            case .success(.deposits(let value)): data.deposits.append(contentsOf: value)
            case .success(.plan(let value)): if let value { data.plans.append(value) }
            case .success(let content): data.replace(file, with: content)
            }
        }
        guard problems.isEmpty, let settings else { return (nil, problems) }
        data.settings = settings
        data.items = catalogue.inBarcodeOrder()
        data.deposits.sortIfNeeded()
        data.plans.sort { $0.season < $1.season }
        return (data, [])
    }

    /// Decodes `files` on all cores, each with its identity as read. A change interrupted after it was made has its
    /// new files read in place of the old, as the next writer will put them in place.
    private func decodeAll(_ files: [StoreFile]) throws -> (
        results: [StoreFile: Result<LoadedFile, StoreError>], stamps: [StoreFile: FileStamp],
        orders: [StoreFile: LineOrder]
    ) {
        let standIns = try ChangeJournal.pending(in: folder)?.standIns(in: folder) ?? [:]
        let results = Mutex<[StoreFile: Result<LoadedFile, StoreError>]>([:])
        let stamps = Mutex<[StoreFile: FileStamp]>([:])
        let orders = Mutex<[StoreFile: LineOrder]>([:])
        let folder = folder
        let schema = schema
        // Largest files first, so the two cores finish together.
        let order = files.sorted { LibraryStore.loadCost($0) > LibraryStore.loadCost($1) }
        DispatchQueue.concurrentPerform(iterations: order.count) { index in
            let file = order[index]
            let path = "\(folder)/\(standIns[file.relativePath] ?? file.relativePath)"
            let stamp = FileStamp(path: path)
            if let stamp { stamps.withLock { $0[file] = stamp } }
            var ids: (any Sendable)?
            let result = Result { try LibraryStore.decode(file, at: path, schema: schema, lineOrder: &ids) }
                .mapError { JSONFileDecoding.damage($0, file: file.relativePath) }
            results.withLock { $0[file] = result }
            if let stamp, let ids { orders.withLock { $0[file] = LineOrder(stamp: stamp, ids: ids) } }
        }
        return (results.withLock { $0 }, stamps.withLock { $0 }, orders.withLock { $0 })
    }

    private static func loadCost(_ file: StoreFile) -> Int {
        switch file {
        case .catalogue: return 3
        case .deposits, .crates: return 2
        default: return 1
        }
    }

    private static func problem(from error: StoreError, file: StoreFile) -> Problem {
        if case .damaged(_, let line, let column, let message) = error {
            return Problem(file: file.relativePath, line: line, column: column, message: message)
        }
        var problem = Problem(file: file.relativePath, message: error.description)
        problem.storeError = error
        return problem
    }

    static func decode(_ file: StoreFile, at path: String, schema: SchemaCatalogue) throws -> LoadedFile {
        var ids: (any Sendable)?
        return try decode(file, at: path, schema: schema, lineOrder: &ids)
    }

    /// Decodes one file; for a record-per-line file, `lineOrder` is set to its records' identifiers in the order of
    /// its lines (before they are sorted).
    static func decode(
        _ file: StoreFile, at path: String, schema: SchemaCatalogue, lineOrder: inout (any Sendable)?
    ) throws -> LoadedFile {
        guard try AtomicFile.exists(path) else {
            if file == .settings {
                throw StoreError.damaged(file: file.relativePath, line: nil, column: nil, message: "missing")
            }
            return emptyContent(of: file)
        }
        let bytes = try AtomicFile.read(path)
        switch file {
        case .settings: return .settings(try read(LibrarySettings.self, bytes, file, schema))
        case .partners: return .partners(try read([Partner].self, bytes, file, schema).sortedIfNeeded())
        case .staff: return .staff(try read([StaffMember].self, bytes, file, schema).sortedIfNeeded())
        case .items(let shard):
            let read = try read([Item].self, bytes, file, schema)
            lineOrder = read.map(\.id)
            let items = read.sortedIfNeeded()
            // An item in another shard's file (moved by hand) would be dropped by the next save of this one.
            // By position: `first(where:)` copied every item to look at its barcode.
            if let position = items.indices.first(where: { ItemShard(of: items[$0].id) != shard }) {
                let stray = items[position]
                throw StoreError.damaged(
                    file: file.relativePath, line: nil, column: nil,
                    message:
                        "item \(stray.id) belongs in \(StoreFile.items(of: stray.id).relativePath) (its barcode ends "
                        + "in \(ItemShard(of: stray.id).name)); move its line there")
            }
            return .items(items)
        case .catalogue:
            let items = try read([Item].self, bytes, file, schema)
            lineOrder = items.map(\.id)
            return .items(items.sortedIfNeeded())
        case .crates:
            let crates = try read([Crate].self, bytes, file, schema)
            lineOrder = crates.map(\.id)
            return .crates(crates.sortedIfNeeded())
        case .teams: return .teams(try read([PartnershipTeam].self, bytes, file, schema).sortedIfNeeded())
        case .events: return .events(try read([Event].self, bytes, file, schema).sortedIfNeeded())
        case .deposits:
            let deposits = try read([Deposit].self, bytes, file, schema)
            lineOrder = deposits.map(\.id)
            return .deposits(deposits)
        case .plan(let season):
            let plan = try read(SeasonPlan.self, bytes, file, schema)
            guard plan.season.startYear == season.startYear else {
                throw StoreError.damaged(
                    file: file.relativePath, line: nil, column: nil,
                    message: "the plan inside is for the season \(plan.season), not \(season)")
            }
            return .plan(plan)
        }
    }

    /// What a missing or blank file holds: no records (settings cannot be blank; callers refuse that first).
    static func emptyContent(of file: StoreFile) -> LoadedFile {
        switch file {
        case .settings, .partners: return .partners([])
        case .staff: return .staff([])
        case .items, .catalogue: return .items([])
        case .crates: return .crates([])
        case .teams: return .teams([])
        case .events: return .events([])
        case .deposits: return .deposits([])
        case .plan: return .plan(nil)
        }
    }

    /// Decodes one file, migrating it first when it was written by an older Depot.
    private static func read<Content: FileContent>(
        _ type: Content.Type, _ bytes: [UInt8], _ file: StoreFile, _ schema: SchemaCatalogue
    ) throws -> Content {
        let current = schema.currentVersion(of: Content.contentKey)
        let name = file.relativePath
        let envelope: FileEnvelope<Content>
        do {
            envelope = try JSONFileDecoding.decode(FileEnvelope<Content>.self, from: bytes)
        } catch let error as ContentDecodingError where error.schemaVersion != current {
            return try migrated(type, bytes, version: error.schemaVersion, current: current, name, schema)
        }
        if envelope.schemaVersion != current {
            return try migrated(type, bytes, version: envelope.schemaVersion, current: current, name, schema)
        }
        return envelope.content
    }

    private static func migrated<Content: FileContent>(
        _ type: Content.Type, _ bytes: [UInt8], version: Int, current: Int, _ name: String, _ schema: SchemaCatalogue
    ) throws -> Content {
        guard version < current else { throw StoreError.newerSchema(file: name, found: version, supported: current) }
        let upgraded = try schema.migrate(bytes, contentKey: Content.contentKey, from: version, file: name)
        return try JSONFileDecoding.decode(FileEnvelope<Content>.self, from: upgraded).content
    }

    // MARK: Saving

    /// The files that hold `data`: the fixed ones, one per season that has deposits and one per plan.
    public func files(for data: LibraryData) -> [StoreFile] {
        let seasons = Set(data.deposits.map { data.season(of: $0) })
        let shards = Set(data.items.map { ItemShard(of: $0.id) })
        return StoreFile.fixed + shards.sorted().map { StoreFile.items($0) } + seasons.sorted().map { .deposits($0) }
            + data.plans.map { .plan($0.season) }
    }

    /// Writes the named files of `data`, merging with what other writers changed meanwhile (see `commit`). Each
    /// file is replaced atomically and its previous version kept in `backups/`. Nothing is written when the store is
    /// read-only or another writer changed the same record.
    public func save(_ data: LibraryData, files: Set<StoreFile>) throws {
        _ = try commit(data, files: files)
    }

    /// Writes every file of `data`.
    public func saveAll(_ data: LibraryData) throws {
        try save(data, files: Set(files(for: data)))
    }

    /// Writes `files`: one file atomically on its own; several all or nothing, through a ``ChangeJournal``. Under
    /// the lock. Once the new files are staged, each target must still be the file this store last read (its
    /// stamp): if another program replaced one meanwhile, nothing is written and false is returned, for the caller
    /// to read it and merge again.
    func write(_ data: LibraryData, files: [StoreFile]) throws -> Bool {
        let backups = "\(folder)/backups"
        try AtomicFile.makeFolder(backups)
        var staged: [(file: StoreFile, staged: AtomicFile.Staged, backup: String)] = []
        func stillAsRead(_ file: StoreFile) -> Bool {
            FileStamp(path: "\(folder)/\(file.relativePath)") == stamps[file]
        }
        do {
            for file in files {
                let bytes = try encode(file, of: data)
                let path = "\(folder)/\(file.relativePath)"
                let parent = FilePath.parent(path)
                if parent != folder { try AtomicFile.makeFolder(parent) }
                let backupName = file.backupName
                let backup = "backups/\(backupName).\(LibraryStore.timestamp())"
                staged.append((file, try AtomicFile.stage(bytes, for: path), backup))
            }
            guard files.allSatisfy(stillAsRead) else {
                for entry in staged { entry.staged.discard() }
                return false
            }
            if staged.count > 1 {
                let entries = staged.map { entry in
                    ChangeJournal.Entry(
                        file: entry.file.relativePath, temporary: relative(entry.staged.temporary), backup: entry.backup
                    )
                }
                try ChangeJournal(entries: entries).write(in: folder)
            }
        } catch {
            for entry in staged { entry.staged.discard() }
            throw error
        }
        // From here on the change is made: an interruption is finished by the next open, so nothing is discarded.
        let journaled = staged.count > 1
        for entry in staged {
            if journaled {
                try beforeRename?(entry.staged.temporary)
            } else {
                do {
                    try beforeRename?(entry.staged.temporary)
                } catch {
                    entry.staged.discard()
                    throw error
                }
                // One file: swapped in only if it is still the one read, with no window between look and swap.
                if entry.staged.replacesAFile, let expected = stamps[entry.file] {
                    switch try AtomicFile.replace(
                        entry.staged, ifStill: expected, backupPath: "\(folder)/\(entry.backup)")
                    {
                    case true?:
                        stamps[entry.file] = FileStamp(path: entry.staged.path)
                        pruneBackups(named: entry.file.backupName, in: backups, keeping: data.settings.backupsToKeep)
                        return true
                    case false?: return false
                    case nil: break
                    }
                }
                guard stillAsRead(entry.file) else {
                    entry.staged.discard()
                    return false
                }
            }
            do {
                try AtomicFile.commit(
                    entry.staged, backupPath: "\(folder)/\(entry.backup)", hardLink: hardLink,
                    discardOnFailure: !journaled)
            } catch let error as StoreError where journaled {
                throw StoreError.io(
                    file: entry.file.relativePath,
                    message:
                        "\(error.uncutSentence); the change was recorded in \(ChangeJournal.fileName) and is finished "
                        + "the next time Depot opens the library")
            }
            stamps[entry.file] = FileStamp(path: entry.staged.path)
        }
        if journaled {
            unlink(ChangeJournal.path(in: folder))
            AtomicFile.syncFolder(folder)
        }
        for entry in staged {
            pruneBackups(named: entry.file.backupName, in: backups, keeping: data.settings.backupsToKeep)
        }
        return true
    }

    /// `path` relative to the library folder.
    private func relative(_ path: String) -> String {
        path.hasPrefix(folder + "/") ? String(path.dropFirst(folder.count + 1)) : path
    }

    private func encode(_ file: StoreFile, of data: LibraryData) throws -> [UInt8] {
        let lines = encodedLines.map { slots in slots[file] ?? EncodedLinesSlot() }
        if let lines, lines.lines == nil {
            let path = "\(folder)/\(file.relativePath)"
            lines.readFile = { (try? AtomicFile.exists(path)) == true ? try? AtomicFile.read(path) : nil }
            // The records as this store read them, while the file is still the one read: its lines hold them.
            if let order = lineOrders[file], order.stamp == stamps[file], let current,
                let records = try? content(of: file, in: current)
            {
                lines.asRead = {
                    FileStamp(path: path) == order.stamp ? RecordsAsRead(ids: order.ids, records: records) : nil
                }
            }
        }
        encodedLines?[file] = lines
        func encoded<Content: FileContent>(_ content: Content) throws -> [UInt8] {
            do {
                return try FileEncoder.encode(
                    content, schemaVersion: schema.currentVersion(of: Content.contentKey), lines: lines)
            } catch EncodingError.invalidValue(_, let context) {
                // A value that could not be read back, such as a day after 9999-12-31: refuse the save.
                throw StoreError.io(
                    file: file.relativePath,
                    message: TextBook(.english).format(FileProblemText.notWrittenToFile, context.debugDescription))
            }
        }
        return try encoded(try content(of: file, in: data))
    }

    /// What `file` holds of `data`, in the file's order.
    private func content(of file: StoreFile, in data: LibraryData) throws -> any FileContent {
        switch file {
        case .settings: return data.settings
        case .partners: return data.partners.sortedIfNeeded()
        case .staff: return data.staff.sortedIfNeeded()
        case .items(let shard): return data.items.inShard(shard).sortedIfNeeded()
        case .catalogue: return data.items.sortedIfNeeded().array
        case .crates: return data.crates.sortedIfNeeded()
        case .teams: return data.teams.sortedIfNeeded()
        case .events: return data.events.sortedIfNeeded()
        case .deposits(let season): return data.deposits.filter { data.season(of: $0) == season }.sortedIfNeeded()
        case .plan(let season):
            guard let plan = data.plan(for: season) else {
                throw StoreError.io(file: file.relativePath, message: "the library has no plan for \(season)")
            }
            return plan
        }
    }

    /// `20261123T124501.123`: sorts in time order, unique enough for backups of one file.
    static func timestamp() -> String {
        var now = timespec()
        clock_gettime(CLOCK_REALTIME, &now)
        var time = now.tv_sec
        var parts = tm()
        gmtime_r(&time, &parts)
        func pad(_ value: Int32, _ width: Int) -> String {
            let text = String(value)
            return String(repeating: "0", count: max(0, width - text.count)) + text
        }
        let millis = Int32(now.tv_nsec / 1_000_000)
        return "\(pad(parts.tm_year + 1900, 4))\(pad(parts.tm_mon + 1, 2))\(pad(parts.tm_mday, 2))T"
            + "\(pad(parts.tm_hour, 2))\(pad(parts.tm_min, 2))\(pad(parts.tm_sec, 2)).\(pad(millis, 3))"
    }

    private func pruneBackups(named name: String, in backups: String, keeping count: Int) {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: backups) else { return }
        let mine = names.filter { $0.hasPrefix("\(name).") }.sorted()
        for old in mine.dropLast(max(count, 0)) {
            unlink("\(backups)/\(old)")
        }
    }
}

extension RangeReplaceableCollection where Self: MutableCollection, Element: Record {
    /// Replaces the record with `record`'s identifier, or adds it where it belongs in identifier order (the order
    /// files keep their records in). For a form that saves a new or an edited record alike.
    public mutating func upsert(_ record: Element) {
        if let index = firstIndex(where: { $0.id == record.id }) {
            self[index] = record
        } else {
            insert(record, at: firstIndex { record.id < $0.id } ?? endIndex)
        }
    }
}

/// The items read from the catalogue's files, gathered for one catalogue in barcode order.
private struct CatalogueFiles {
    private var shards: [(shard: ItemShard, items: [Item])] = []
    /// Items of a file that is not a shard (the catalogue in one file, from before the split).
    private var others: [Item] = []

    mutating func add(_ items: [Item], from file: StoreFile) {
        if case .items(let shard) = file { shards.append((shard, items)) } else { others += items }
    }

    /// The catalogue, in barcode order; the items read are moved into it, and this is left empty.
    mutating func inBarcodeOrder() -> ItemCatalogue {
        guard others.isEmpty else {
            defer { self = CatalogueFiles() }
            return ItemCatalogue.inBarcodeOrder(shards.flatMap(\.items) + others)
        }
        return ItemCatalogue.merging(&shards)
    }
}

extension ItemCatalogue {
    /// Sorted by barcode; a no-op check for the usual already-sorted case.
    func sortedIfNeeded() -> ItemCatalogue {
        var copy = self
        copy.sortIfNeeded()
        return copy
    }

    mutating func sortIfNeeded() {
        for index in indices.dropFirst() where self[index].id < self[index - 1].id {
            self = ItemCatalogue(ItemCatalogue.sortedByBarcode(array))
            return
        }
    }

    /// A catalogue of `items` in barcode order (`sortedByBarcode`). Each item is copied once, straight into the
    /// catalogue's chunks: sorting a whole library's 60,000 into an array first copied each twice.
    static func inBarcodeOrder(_ items: [Item]) -> ItemCatalogue {
        guard let order = barcodeOrder(items) else { return ItemCatalogue(items) }
        return ItemCatalogue(order.lazy.map { items[$0] })
    }

    /// The items of the shards' files `runs` (each in barcode order, as a file keeps its records), in barcode order:
    /// the same catalogue as `inBarcodeOrder` of the runs one after another, without sorting all of them again.
    /// `runs` is emptied.
    ///
    /// A city's 100 shards interleave, so every load put its 60,000 items in order; each shard is in order already,
    /// so a merge of the runs does it in one pass: each item's barcode is read as a number once. The merge goes from
    /// the largest barcode down, taking each run's last item off its end, so every item is moved into the
    /// catalogue's chunks rather than copied (a copy retained each of its texts, and letting go of the runs then
    /// released them all again, on the one core). A barcode that is not a number, or a run out of order, leaves it
    /// to `inBarcodeOrder`.
    static func merging(_ runs: inout [(shard: ItemShard, items: [Item])]) -> ItemCatalogue {
        var keys: [[UInt64]] = []
        keys.reserveCapacity(runs.count)
        var total = 0
        for run in runs {
            var runKeys: [UInt64] = []
            runKeys.reserveCapacity(run.items.count)
            for item in run.items {
                guard let key = numericKey(item.barcode.rawValue), key >= (runKeys.last ?? 0) else {
                    defer { runs = [] }
                    return inBarcodeOrder(runs.flatMap(\.items))
                }
                runKeys.append(key)
            }
            keys.append(runKeys)
            total += runKeys.count
        }
        // A binary heap of the runs' last items not yet taken, largest key first; of equal keys the later run's
        // first, so that read forwards they keep the order a stable sort of the runs one after another leaves them.
        var heap: [(key: UInt64, run: Int)] = []
        heap.reserveCapacity(runs.count)
        var left = keys.map(\.count)
        func precedes(_ a: (key: UInt64, run: Int), _ b: (key: UInt64, run: Int)) -> Bool {
            a.key != b.key ? a.key > b.key : a.run > b.run
        }
        func siftDown(_ start: Int) {
            var parent = start
            while true {
                let left = 2 * parent + 1
                guard left < heap.count else { return }
                var child = left
                if left + 1 < heap.count, precedes(heap[left + 1], heap[left]) { child = left + 1 }
                guard precedes(heap[child], heap[parent]) else { return }
                heap.swapAt(child, parent)
                parent = child
            }
        }
        for run in keys.indices where left[run] > 0 { heap.append((keys[run][left[run] - 1], run)) }
        for start in stride(from: heap.count / 2 - 1, through: 0, by: -1) { siftDown(start) }
        let codes = runs.map(\.shard.code)
        var chunks: [[Item]] = []
        var chunkCodes: [[UInt16]] = []
        var end = total
        while end > 0 {
            // The chunks from the last: every one full but the last.
            let start = (end - 1) & ~ItemCatalogue.mask
            var shardCodes = [UInt16](repeating: 0, count: end - start)
            let items = [Item](unsafeUninitializedCapacity: ItemCatalogue.chunkSize) { buffer, initialized in
                for position in stride(from: end - start - 1, through: 0, by: -1) {
                    let run = heap[0].run
                    left[run] -= 1
                    (buffer.baseAddress! + position).initialize(to: runs[run].items.removeLast())
                    shardCodes[position] = codes[run]
                    if left[run] > 0 {
                        heap[0] = (keys[run][left[run] - 1], run)
                    } else {
                        heap[0] = heap[heap.count - 1]
                        heap.removeLast()
                    }
                    siftDown(0)
                }
                initialized = end - start
            }
            chunks.append(items)
            chunkCodes.append(shardCodes)
            end = start
        }
        runs = []
        return ItemCatalogue(chunks: chunks.reversed(), shardCodes: chunkCodes.reversed(), count: total)
    }

    /// `items` in barcode order, as `Identifier`'s `<` orders them; items with equal barcodes keep their order.
    static func sortedByBarcode(_ items: [Item]) -> [Item] {
        barcodeOrder(items).map { $0.map { items[$0] } } ?? items
    }

    /// The positions of `items` in barcode order, or nil when they are in that order already. A library's shards
    /// interleave (an item's shard is its barcode's last two characters), so every load sorts all 60,000: this
    /// moves small positions rather than items, and a barcode of digits only (the usual kind) is compared as the
    /// number it is, read once, rather than character by character in every comparison.
    private static func barcodeOrder(_ items: [Item]) -> [Int]? {
        let keys = items.map { numericKey($0.barcode.rawValue) }
        var sorted = true
        for index in items.indices.dropFirst() {
            let inOrder =
                if let left = keys[index - 1], let right = keys[index] {
                    left <= right
                } else {
                    !(items[index].barcode < items[index - 1].barcode)
                }
            if !inOrder {
                sorted = false
                break
            }
        }
        guard !sorted else { return nil }
        var order = Array(items.indices)
        order.sort { a, b in
            if let left = keys[a], let right = keys[b] { return left != right ? left < right : a < b }
            if items[a].barcode < items[b].barcode { return true }
            if items[b].barcode < items[a].barcode { return false }
            return a < b
        }
        return order
    }

    /// The value of a barcode of 1 to 18 ASCII digits, which orders such barcodes as `String.compare(numericallyTo:)`
    /// does (leading zeros aside, the value decides); nil for any other barcode.
    static func numericKey(_ text: String) -> UInt64? {
        text.utf8.withContiguousStorageIfAvailable(Digits.value) ?? nil
    }

}

extension Array where Element: Record {

    /// Sorted by identifier; a no-op check for the usual already-sorted case.
    func sortedIfNeeded() -> [Element] {
        var copy = self
        copy.sortIfNeeded()
        return copy
    }

    mutating func sortIfNeeded() {
        for index in indices.dropFirst() where self[index].id < self[index - 1].id {
            sort { $0.id < $1.id }
            return
        }
    }
}
