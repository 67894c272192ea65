/// The change log entries a sync takes in from other machines' commits (`Depot-Change:` trailers), with each
/// record as it was before and after the change, read from the commit that carried it: the same before and after
/// a change made here keeps, so a record's history shows what changed there too.
extension LibrarySync {
    /// The marker that begins each commit in `git log` output read by `takenInWithVersions`.
    static let commitMarker = "\u{2}"

    /// The `git log` format that `takenInWithVersions` reads: the marker, the commit and its parents, the message.
    static let takenInFormat = "%x02%H %P%n%B%x00"

    /// The entries of `log` (in `takenInFormat`, oldest first), each record with the versions of the commit that
    /// carried it: before is the record in the commit's first parent, after the record in the commit. Where
    /// several entries of one commit touch the same record, the commit holds only the last version, so those
    /// entries keep no versions of that record; so does a commit of more than `RecordDiff.fullRecordLimit`
    /// records (an import), as a change made here would.
    func takenInWithVersions(_ log: String) -> [ChangeLog.Entry] {
        var cache: [String: LoadedFile?] = [:]
        func loaded(_ path: String, at revision: String) -> LoadedFile? {
            let key = "\(revision):\(path)"
            if let known = cache[key] { return known }
            var result: LoadedFile?
            if let file = StoreFile(relativePath: path), let shown = try? git.run(["show", key]), shown.succeeded {
                result = try? SyncMerge.content(file, Array(shown.output.utf8), side: revision, store.schema)
            }
            cache[key] = result
            return result
        }
        var entries: [ChangeLog.Entry] = []
        for chunk in log.split(separator: Character(LibrarySync.commitMarker)) {
            guard let newline = chunk.firstIndex(of: "\n") else { continue }
            let hashes = chunk[..<newline].split(separator: " ").map(String.init)
            var taken = LibrarySync.takenIn(String(chunk[chunk.index(after: newline)...]))
            guard let commit = hashes.first, !taken.isEmpty else {
                entries += taken
                continue
            }
            let parent = hashes.count > 1 ? hashes[1] : nil
            var touched: [String: Int] = [:]
            for entry in taken {
                for record in entry.records { touched["\(record.file)\u{0}\(record.id)", default: 0] += 1 }
            }
            if touched.count <= RecordDiff.fullRecordLimit {
                for index in taken.indices {
                    for position in taken[index].records.indices {
                        let record = taken[index].records[position]
                        guard touched["\(record.file)\u{0}\(record.id)"] == 1 else { continue }
                        taken[index].records[position].before = parent.flatMap { loaded(record.file, at: $0) }
                            .flatMap { LibrarySync.line(in: $0, id: record.id) }
                        taken[index].records[position].after = loaded(record.file, at: commit)
                            .flatMap { LibrarySync.line(in: $0, id: record.id) }
                    }
                }
            }
            entries += taken
        }
        return entries
    }

    /// The record `id` of a file's content as one line of JSON, as the change log keeps it; nil when there is none.
    static func line(in loaded: LoadedFile, id: String) -> String? {
        func find<R: StoredRecord>(_ records: [R]) -> String? {
            records.first { "\($0.id)" == id }.flatMap { RecordMerge.line(of: $0) }
        }
        switch loaded {
        case .settings(let settings): return RecordMerge.line(of: settings)
        case .partners(let records): return find(records)
        case .staff(let records): return find(records)
        case .items(let records): return find(records)
        case .crates(let records): return find(records)
        case .teams(let records): return find(records)
        case .events(let records): return find(records)
        case .deposits(let records): return find(records)
        case .plan(let plan): return plan.flatMap { RecordMerge.line(of: $0) }
        }
    }
}
