import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Who changed what, and when: one JSON line per committed change in `history/YYYY-MM.jsonl` beside the library's
/// files (a new file each month, so old months can be archived or deleted by hand). Each line names the staff
/// member, the machine, the time, the change's summary and each record it touched with its version before and
/// after (for changes of up to `RecordDiff.fullRecordLimit` records; a larger one, such as an import, is counted).
///
/// The team reads it as the record's history; it is also what undoing one's own last change restores from. The
/// log is written after the change is in place and never decides anything: a line that cannot be written (a full
/// disk) loses the history of one change, not the change.
public struct ChangeLog {
    /// One committed change.
    public struct Entry: Codable, Hashable, Sendable {
        /// When it was committed, in UTC: `2026-12-02T09:15:04.120Z`.
        public var at: String
        /// The staff member, where Depot was told who is at the desk.
        public var by: String?
        /// The machine and process: `desk-pc/4711`.
        public var desk: String
        public var summary: String
        public var records: [Record]

        public struct Record: Codable, Hashable, Sendable {
            public var file: String
            public var id: String
            /// The record as it was, and as it became, each one line of JSON; nil where it did not exist (or the
            /// change was too large to keep them).
            public var before: String?
            public var after: String?
        }
    }

    /// The folder of the log, inside the library.
    public static let folderName = "history"

    static func append(
        summary: String, author: StaffMember.ID?, desk: String, changes: [RecordChange], in folder: String
    ) {
        guard !changes.isEmpty else { return }
        let now = Date()
        let entry = Entry(
            at: timestamp(now), by: author?.rawValue,
            desk: desk, summary: summary,
            records: changes.map {
                Entry.Record(file: $0.file.relativePath, id: $0.recordID, before: $0.before, after: $0.after)
            })
        append([entry], in: folder, now: now)
    }

    /// Writes `entries` at the end of this month's log as they are (changes made elsewhere, `LibrarySync`).
    static func append(_ entries: [Entry], in folder: String, now: Date = Date()) {
        var line: [UInt8] = []
        for entry in entries {
            guard let encoded = try? FileEncoder.compact.encode(entry) else { continue }
            line += Array(encoded)
            line.append(UInt8(ascii: "\n"))
        }
        guard !line.isEmpty else { return }
        let logFolder = "\(folder)/\(folderName)"
        guard (try? AtomicFile.makeFolder(logFolder)) != nil else { return }
        let path = "\(logFolder)/\(monthName(now)).jsonl"
        let fd = open(path, O_WRONLY | O_APPEND | O_CREAT | O_NOFOLLOW | O_CLOEXEC, 0o600)
        guard fd >= 0 else { return }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0, info.st_mode & S_IFMT == S_IFREG else { return }
        _ = AtomicFile.writeAll(Array(line), to: fd)
    }

    /// The entries of the last `months` months that touched the record `id` of `file`, newest first.
    public static func history(of id: String, in file: StoreFile, folder: String, months: Int = 3) -> [Entry] {
        // By time, not by place in the log: a sync appends what it took in from other machines when it arrives.
        entries(folder: folder, months: months).filter { entry in
            entry.records.contains { $0.file == file.relativePath && $0.id == id }
        }.reversed().sorted { $0.at > $1.at }
    }

    /// Every entry of the last `months` months, oldest first; lines that cannot be read are passed over.
    public static func entries(folder: String, months: Int = 3) -> [Entry] {
        let logFolder = "\(folder)/\(folderName)"
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: logFolder)) ?? [])
            .filter { $0.hasSuffix(".jsonl") && !$0.hasPrefix(".") }.sorted().suffix(max(months, 1))
        let decoder = JSONDecoder()
        var found: [Entry] = []
        for name in names {
            guard let bytes = try? AtomicFile.read("\(logFolder)/\(name)") else { continue }
            for line in bytes.split(separator: UInt8(ascii: "\n")) {
                if let entry = try? decoder.decode(Entry.self, from: Data(line)) { found.append(entry) }
            }
        }
        return found
    }

    /// The entries at the end of this month's log: those that end in its last 64 KB, each read whole however
    /// far back it starts (a version of a plan is larger than that), and always the last one. What other desks did
    /// a moment ago.
    public static func recentEntries(folder: String, now: Date = Date()) -> [Entry] {
        let decoder = JSONDecoder()
        var found: [Entry] = []
        linesFromEnd(of: logPath(folder, now)) { line, fromEnd in
            guard fromEnd < recentBytes || found.isEmpty else { return false }
            if let entry = try? decoder.decode(Entry.self, from: Data(line)) { found.append(entry) }
            return true
        }
        return found.reversed()
    }

    /// How far back from the end of the log `recentEntries` reads.
    static let recentBytes = 65_536

    private static func logPath(_ folder: String, _ now: Date) -> String {
        "\(folder)/\(folderName)/\(monthName(now)).jsonl"
    }

    /// Gives `body` each whole line of the file at `path`, newest first, with how many bytes of the file come after
    /// the line's end, until `body` returns false or the file's start. The file is read back from its end a piece at a
    /// time, so a line is found whole however long it is, and only the pieces needed are read.
    static func linesFromEnd(of path: String, _ body: (ArraySlice<UInt8>, Int) -> Bool) {
        let fd = open(path, O_RDONLY | O_NOFOLLOW | O_CLOEXEC)
        guard fd >= 0 else { return }
        defer { close(fd) }
        let size = Int(lseek(fd, 0, SEEK_END))
        guard size > 0 else { return }
        let newline = UInt8(ascii: "\n")
        // `pending` holds the bytes from `start` to `end` not yet given out: a line whose start is further back.
        var pending: [UInt8] = []
        var start = size
        var end = size
        var piece = 65_536
        while start > 0 {
            let from = max(0, start - piece)
            var bytes = [UInt8](repeating: 0, count: start - from)
            let count = bytes.withUnsafeMutableBytes { pread(fd, $0.baseAddress, $0.count, off_t(from)) }
            guard count == bytes.count else { return }
            pending = bytes + pending
            start = from
            // A long line is read in growing pieces, so it is copied a few times, not once per 64 KB.
            piece = min(piece * 2, 16 << 20)
            // Every line after the first newline is whole; the part before it waits for the piece before.
            var lineEnd = pending.count
            while let cut = pending[..<lineEnd].lastIndex(of: newline) {
                if cut + 1 < lineEnd, !body(pending[(cut + 1)..<lineEnd], size - end) { return }
                end -= lineEnd - cut
                lineEnd = cut
            }
            pending.removeSubrange(lineEnd...)
            if start == 0, !pending.isEmpty { _ = body(pending[...], size - end) }
        }
    }
    /// A new name for one desk (one open library), as its entries name it: `desk-pc/4711.9f3a`.
    static func newDesk() -> String {
        "\(ProcessInfo.processInfo.hostName)/\(getpid()).\(String(UInt16.random(in: 0...UInt16.max), radix: 16))"
    }

    static func timestamp(_ date: Date) -> String {
        var time = time_t(date.timeIntervalSince1970)
        var parts = tm()
        gmtime_r(&time, &parts)
        let millis = Int32((date.timeIntervalSince1970 - Double(time)) * 1000)
        // Padded by hand: the first `String(format:)` of a process set up Foundation's formatting, a millisecond
        // of the first save after opening.
        func pad(_ value: Int32, _ width: Int) -> String {
            let text = String(value)
            return String(repeating: "0", count: max(0, width - text.count)) + text
        }
        return "\(pad(parts.tm_year + 1900, 4))-\(pad(parts.tm_mon + 1, 2))-\(pad(parts.tm_mday, 2))T"
            + "\(pad(parts.tm_hour, 2)):\(pad(parts.tm_min, 2)):\(pad(parts.tm_sec, 2)).\(pad(millis, 3))Z"
    }

    private static func monthName(_ date: Date) -> String {
        String(timestamp(date).prefix(7))
    }
}

extension ChangeLog {
    /// Why a change cannot be undone.
    public enum UndoRefusal: Error, Hashable, Sendable {
        /// This desk has made no change this month (the log's current file).
        case nothingToUndo
        /// The change was too large to keep its records' versions (an import).
        case tooLarge
        /// Another desk changed one of its records since: undoing would throw their change away.
        case changedSince(file: String, id: String)
    }

    /// The last change `desk` committed, from this month's log: found whole however large it is (a re-plan's
    /// entry holds two versions of a season's plan) and however many entries other desks wrote after it.
    public static func lastChange(by desk: String, folder: String, now: Date = Date()) -> Entry? {
        let decoder = JSONDecoder()
        let mark = Array(desk.utf8)
        var found: Entry?
        linesFromEnd(of: logPath(folder, now)) { line, _ in
            // Only a line that names the desk is decoded.
            guard line.firstRange(of: mark) != nil,
                let entry = try? decoder.decode(Entry.self, from: Data(line)), entry.desk == desk
            else { return true }
            found = entry
            return false
        }
        return found
    }

    /// `data` with `entry`'s records put back as they were before it. Refused when a record is no longer as the
    /// change left it.
    public static func undoing(_ entry: Entry, in data: LibraryData) throws(UndoRefusal) -> (
        data: LibraryData, files: Set<StoreFile>
    ) {
        var undone = data
        var files: Set<StoreFile> = []
        for record in entry.records {
            guard record.before != nil || record.after != nil else { throw .tooLarge }
            guard let file = StoreFile(relativePath: record.file) else { throw .tooLarge }
            let now = data.recordLine(file, id: record.id)
            guard FieldDifference.between(ours: now, theirs: record.after).isEmpty,
                (now == nil) == (record.after == nil)
            else { throw .changedSince(file: record.file, id: record.id) }
            do {
                try undone.setRecord(file, id: record.id, json: record.before)
            } catch {
                throw .tooLarge
            }
            files.insert(file)
        }
        return (undone, files)
    }
}

extension StoreFile {
    /// The file with this path inside the library folder, or nil for a path that is none of Depot's.
    public init?(relativePath: String) {
        if let fixed = StoreFile.fixed.first(where: { $0.relativePath == relativePath }) {
            self = fixed
            return
        }
        if relativePath == StoreFile.catalogue.relativePath {
            self = .catalogue
            return
        }
        let parts = relativePath.split(separator: "/").map(String.init)
        guard parts.count == 2, parts[1].hasSuffix(".json") else { return nil }
        let stem = String(parts[1].dropLast(5))
        if parts[0] == ItemShard.folderName {
            guard let shard = ItemShard(name: stem) else { return nil }
            self = .items(shard)
            return
        }
        guard let season = Season(stem) else { return nil }
        switch parts[0] {
        case "deposits": self = .deposits(season)
        case "plans": self = .plan(season)
        default: return nil
        }
    }
}

extension LibraryData {
    /// The record `id` of `file` as one line of JSON, or nil when there is none.
    func recordLine(_ file: StoreFile, id: String) -> String? {
        func line<R: StoredRecord>(_ records: [R]) -> String? {
            records.first { "\($0.id)" == id }.flatMap { RecordMerge.line(of: $0) }
        }
        switch file {
        case .settings: return RecordMerge.line(of: settings)
        case .partners: return line(partners)
        case .staff: return line(staff)
        case .items, .catalogue: return line(items.array)
        case .crates: return line(crates)
        case .teams: return line(teams)
        case .events: return line(events)
        case .deposits: return line(deposits)
        case .plan(let season): return plan(for: season).flatMap { RecordMerge.line(of: $0) }
        }
    }
}
