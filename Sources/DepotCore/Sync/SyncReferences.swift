import Foundation

/// What a record-by-record merge cannot see: two machines' changes, each sound, that together leave a reference
/// dangling. One machine deleted a partner (a crate, a staff member, a book, a team) while the other made a deposit
/// for it, packed it, named them on a task. The rule (docs/design.md, "Flere maskiner"): a deletion that the other
/// side's changes still refer to loses. The record is kept, as the side that still had it has it, and a
/// ``SyncConflict`` says who deleted it and what refers to it, for a librarian to keep it or to delete it once
/// nothing refers to it any more. The sync then goes on, so a deletion never blocks the machines' other changes.
enum SyncReferences {
    /// A record that a reference problem says is missing: its file and identifier.
    struct Referent: Hashable, Comparable, Sendable {
        var file: StoreFile
        var id: String

        static func < (lhs: Referent, rhs: Referent) -> Bool { (lhs.file, lhs.id) < (rhs.file, rhs.id) }
    }

    /// The records `problem` says are missing, or none when it is another kind of problem (a date before another,
    /// a book in two crates): those no kept record can mend.
    static func missing(in problem: Problem, itemFile: (Item.ID) -> StoreFile) -> [Referent] {
        problem.sentence.map { missing(in: $0, itemFile: itemFile) } ?? []
    }

    static func missing(in sentence: CheckSentence, itemFile: (Item.ID) -> StoreFile) -> [Referent] {
        func value(_ index: Int) -> String? {
            guard sentence.values.indices.contains(index), case .text(let text) = sentence.values[index] else {
                return nil
            }
            return text
        }
        func one(_ file: StoreFile, _ index: Int) -> [Referent] {
            value(index).map { [Referent(file: file, id: $0)] } ?? []
        }
        switch sentence.key {
        case .partnerMissing, .pinPartnerMissing: return one(.partners, 0)
        case .readerSchoolMissing: return one(.partners, 1)
        case .crateMissing, .pinCrateMissing: return one(.crates, 0)
        case .itemNotInCatalogue:
            return value(0).map { [Referent(file: itemFile(Item.ID($0)), id: $0)] } ?? []
        case .memberNotStaff, .attendeeMissing: return one(.staff, 0)
        case .contactStaffMissing, .noteAuthorMissing: return one(.staff, 1)
        case .taskOwnerMissing, .correctionByMissing: return one(.staff, 2)
        case .teamMissing: return one(.teams, 0)
        case .planDraft, .planPublished:
            // A plan's problem is a sentence inside the sentence naming the draft or the published version.
            return sentence.values.flatMap { value -> [Referent] in
                if case .sentence(let inner) = value { return missing(in: inner, itemFile: itemFile) }
                return []
            }
        default: return []
        }
    }

    /// The records `problems` are about: each problem's own record, the other crate of a book packed in two, and
    /// the settings for a route they lack.
    static func named(in problems: [Problem]) -> [Referent] {
        var seen: Set<Referent> = []
        var named: [Referent] = []
        for problem in problems {
            var found: [Referent] = []
            if let file = StoreFile(relativePath: problem.file), let id = problem.recordID {
                found.append(Referent(file: file, id: id))
            }
            if let sentence = problem.sentence, sentence.key == .alsoPackedIn, sentence.values.count > 1,
                case .text(let crate) = sentence.values[1]
            {
                found.append(Referent(file: .crates, id: crate))
            }
            if problem.sentence?.key == .routeNotInLibrary { found.append(Referent(file: .settings, id: "library")) }
            for referent in found where seen.insert(referent).inserted { named.append(referent) }
        }
        return named
    }

    /// One record kept although one side deleted it.
    struct Kept: Sendable {
        var referent: Referent
        /// The record as kept (one line of JSON), and the revision it came from.
        var record: String
        var from: String
        /// The records that refer to it: "deposits/2026-27.json D2026-0003".
        var neededBy: [String]
    }

    /// Puts back in `data` the deleted records its reference problems name, taking each from the first of `sides`
    /// that has it (`record(referent, side)`), until nothing more can be put back. A kept record may refer to
    /// another deleted one (a crate to its books): each round checks again. Returns what was kept and the problems
    /// left, which no kept record mends.
    static func keep(
        in data: inout LibraryData, sides: [String], itemFile: (Item.ID) -> StoreFile,
        record: (Referent, String) -> String?
    ) -> (kept: [Kept], left: [Problem]) {
        var kept: [Referent: Kept] = [:]
        var problems = LibraryCheck.problems(in: data)
        var rounds = 0
        while !problems.isEmpty && rounds < 16 {
            rounds += 1
            var needed: [Referent: [String]] = [:]
            for problem in problems {
                let by = "\(problem.file) \(problem.recordID ?? "")".trimmingCharacters(in: .whitespaces)
                for referent in missing(in: problem, itemFile: itemFile)
                where kept[referent] == nil && data.recordLine(referent.file, id: referent.id) == nil {
                    if !(needed[referent]?.contains(by) ?? false) { needed[referent, default: []].append(by) }
                }
            }
            var progress = false
            for (referent, by) in needed.sorted(by: { $0.key < $1.key }) {
                for side in sides {
                    guard let line = record(referent, side) else { continue }
                    do {
                        try data.setRecord(referent.file, id: referent.id, json: line)
                    } catch {
                        continue
                    }
                    kept[referent] = Kept(referent: referent, record: line, from: side, neededBy: by)
                    progress = true
                    break
                }
            }
            guard progress else { break }
            problems = LibraryCheck.problems(in: data)
        }
        return (kept.values.sorted { $0.referent < $1.referent }, problems)
    }
}

extension LibrarySync {
    /// After `git merge --no-commit` (the merge driver's conflicts already in `sync-conflicts.json`): reads the
    /// merged library and, where a deletion on one side left references of the other dangling, keeps the deleted
    /// records (`SyncReferences.keep`); what that does not mend, the records the problems name take the shared
    /// repository's version (`SyncReferences.named`), this desk's set aside. Writes the files and stages them, and
    /// notes a conflict for each record. Returns the conflicts to report: `found` (the driver's) without those a
    /// kept record replaces, and the new. Throws `mergedLibraryInvalid` naming every problem left when the merged
    /// library still does not fit together (a file that cannot be read).
    /// `ours` is this desk's side (its commit before a restart was followed), `base` the commit both last had
    /// (found from the two sides when nil).
    func keepReferencedRecords(
        remoteRef: String, remote: String, found: [SyncConflict], ours: String = "HEAD", base known: String? = nil
    ) throws(SyncError) -> [SyncConflict] {
        var data: LibraryData
        do {
            _ = try store.finishInterruptedChange()
            let (loaded, problems) = try store.loadFiles(stopAtFirst: true)
            guard let loaded else {
                throw SyncError.mergedLibraryInvalid(
                    remote: remote, problems: LibrarySync.listed(problems.map(\.description)))
            }
            data = loaded
        } catch let error as SyncError {
            throw error
        } catch {
            throw .mergedLibraryInvalid(remote: remote, problems: (error as? StoreError)?.description ?? "\(error)")
        }
        let split = (try? AtomicFile.isFolder("\(folder)/\(ItemShard.folderName)")) ?? true
        let itemFile: (Item.ID) -> StoreFile = { split ? StoreFile.items(of: $0) : .catalogue }
        var versions: [String: LibraryData?] = [:]
        let current = data
        /// The library with `file` as it is at `revision` (nil when the file is not there).
        func version(_ file: StoreFile, at revision: String) -> LibraryData? {
            let key = "\(revision):\(file.relativePath)"
            if let known = versions[key] { return known }
            var side: LibraryData?
            if let shown = try? git.run(["show", key]), shown.succeeded,
                let loaded = try? SyncMerge.content(
                    file, Array(shown.output.utf8), side: revision, store.schema)
            {
                var library = current
                library.replace(file, with: loaded)
                side = library
            }
            versions[key] = side
            return side
        }
        let (kept, stillLeft) = SyncReferences.keep(in: &data, sides: [ours, remoteRef], itemFile: itemFile) {
            referent, side in version(referent.file, at: side)?.recordLine(referent.file, id: referent.id)
        }
        let base = known ?? ((try? git.value(["merge-base", ours, remoteRef])) ?? nil)
        let at = ChangeLog.timestamp(Date())
        func baseLine(_ referent: SyncReferences.Referent) -> String? {
            base.flatMap { version(referent.file, at: $0) }?.recordLine(referent.file, id: referent.id)
        }
        // What no kept record mends (one book packed into a crate at each machine): as for the same record changed
        // at both, the records the problem names take the shared repository's version, this desk's is set aside.
        var left = stillLeft
        var setAside: [SyncConflict] = []
        var rounds = 0
        while !left.isEmpty && rounds < 8 {
            rounds += 1
            var progress = false
            for referent in SyncReferences.named(in: left) where !kept.contains(where: { $0.referent == referent }) {
                let mine = data.recordLine(referent.file, id: referent.id)
                let shared = version(referent.file, at: remoteRef)?.recordLine(referent.file, id: referent.id)
                guard mine != shared, (try? data.setRecord(referent.file, id: referent.id, json: shared)) != nil
                else { continue }
                setAside.append(
                    SyncConflict(
                        file: referent.file.relativePath, record: referent.id, base: baseLine(referent),
                        inFile: shared, setAside: mine, at: at, foundBy: who))
                progress = true
            }
            guard progress else { break }
            left = LibraryCheck.problems(in: data)
        }
        guard left.isEmpty else {
            throw .mergedLibraryInvalid(remote: remote, problems: LibrarySync.listed(left.map(\.description)))
        }
        /// Who deleted a record at `side`: the author of the last commit there since the histories parted that
        /// changed its file.
        func deleter(of path: String, at side: String) -> String {
            let range = base.map { "\($0)..\(side)" } ?? side
            return ((try? git.value(["log", "-1", "--format=%an", range, "--", path])) ?? nil) ?? "-"
        }
        let written = Set(kept.map(\.referent.file)).union(setAside.compactMap(\.storeFile))
        for file in written.sorted() {
            do {
                let bytes = try SyncMerge.encode(data.content(of: file), schema: store.schema)
                try AtomicFile.write(bytes, to: "\(folder)/\(file.relativePath)")
            } catch {
                throw .gitFailed(step: file.relativePath, reason: "\(error)")
            }
            try step("add") { try git.run(["add", file.relativePath]) }
        }
        var added: [SyncConflict] =
            kept.map { record in
                let path = record.referent.file.relativePath
                return SyncConflict(
                    file: path, record: record.referent.id, base: baseLine(record.referent), inFile: record.record,
                    setAside: nil, at: at, foundBy: who,
                    deletedBy: deleter(of: path, at: record.from == ours ? remoteRef : ours),
                    neededBy: record.neededBy)
            } + setAside
        // The driver's conflict over a record now kept (deleted there, changed here) is the kept one, told better.
        var replaced = found.filter { conflict in
            kept.contains { $0.referent.file.relativePath == conflict.file && $0.referent.id == conflict.record }
        }
        // A record deleted here and changed there is in the file already; when others refer to it, its conflict
        // says so too, as the same deletion met from the other side would.
        for conflict in found where conflict.setAside == nil && conflict.inFile != nil && conflict.neededBy == nil {
            guard let file = conflict.storeFile else { continue }
            var without = data
            guard (try? without.setRecord(file, id: conflict.record, json: nil)) != nil else { continue }
            let referent = SyncReferences.Referent(file: file, id: conflict.record)
            var by: [String] = []
            for problem in LibraryCheck.problems(in: without, changed: [file])
            where SyncReferences.missing(in: problem, itemFile: itemFile).contains(referent) {
                let name = "\(problem.file) \(problem.recordID ?? "")".trimmingCharacters(in: .whitespaces)
                if !by.contains(name) { by.append(name) }
            }
            guard !by.isEmpty else { continue }
            var told = conflict
            told.deletedBy = deleter(of: conflict.file, at: ours)
            told.neededBy = by
            replaced.append(conflict)
            added.append(told)
        }
        guard !added.isEmpty else { return found }
        let replacedIDs = Set(replaced.map(\.id))
        do {
            let open = try SyncConflictFile.read(folder: folder)
            try SyncConflictFile.write(open.filter { !replacedIDs.contains($0.id) } + added, folder: folder)
        } catch {
            throw .gitFailed(step: SyncConflictFile.name, reason: "\(error)")
        }
        try step("add") { try git.run(["add", "-A", "--", SyncConflictFile.name]) }
        return found.filter { !replacedIDs.contains($0.id) } + added
    }

    /// Problems as one text: the first ten, and how many more.
    static func listed(_ problems: [String]) -> String {
        let shown = problems.prefix(10).joined(separator: "; ")
        return problems.count > 10 ? "\(shown); … \(problems.count - 10) more" : shown
    }
}
