import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Why a sync could not run or finish. Local data is never lost: whatever this desk changed is in a local commit
/// (or still in the files) when any of these is thrown.
public enum SyncError: Error, Sendable, Equatable {
    case gitUnavailable(reason: String)
    case notARepository(folder: String)
    case notTopLevel(folder: String, top: String)
    case noRemote(folder: String)
    case detachedHead(folder: String)
    case damagedLibrary(reason: String)
    case unrelatedHistories(remote: String)
    case mergeFailed(remote: String, files: [String], reason: String)
    case mergedLibraryInvalid(remote: String, problems: String)
    case gitFailed(step: String, reason: String)
}

/// Where this library syncs to: the remote, its address and the branch.
public struct SyncTarget: Sendable, Equatable {
    public var remote: String
    public var url: String
    public var branch: String
}

/// What one `depot sync` did.
public struct SyncReport: Sendable {
    public var target: SyncTarget
    /// Change log entries put in this sync's local commit.
    public var committedChanges: Int
    /// The remote had no branch for the library yet: the whole library was sent.
    public var firstPush = false
    /// Files whose content went to the remote, and files changed here by what came from it.
    public var sentFiles: [String] = []
    public var receivedFiles: [String] = []
    /// Conflicts this sync found (the same record changed at two desks), and all still open after it.
    public var newConflicts: [SyncConflict] = []
    public var openConflicts = 0
    /// Set when the remote could not be reached: the local commit is kept for the next sync.
    public var offlineReason: String?
    /// This sync restarted the shared history (`restartHistory`), or followed a restart made elsewhere.
    public var restartedHistory = false
    public var followedRestart = false
}

/// What waits in each direction, for `depot sync --status`.
public struct SyncStatus: Sendable {
    public var target: SyncTarget
    /// Change log entries made here since the last sync that reached the remote (committed or not), and files
    /// changed here not yet committed.
    public var changesToSend: Int
    public var uncommittedFiles: Int
    /// Files that differ between this desk's commits and the remote's branch, in each direction.
    public var filesToSend: Int
    public var filesToReceive: Int
    public var neverSent: Bool
    public var openConflicts: Int
    /// When this desk last synced (UTC), if ever.
    public var lastSynced: String?
    /// Set when the remote could not be reached: the counts are from the last fetch.
    public var offlineReason: String?
}

/// One library folder that is a git repository with a remote: commits this desk's changes, fetches, merges record
/// by record (through the merge driver it registers) and pushes. Never asks on the terminal and never loses local
/// data: a failed step leaves the local commit, and a merge that cannot be finished is undone.
public final class LibrarySync {
    public let store: LibraryStore
    public let git: Git
    public let folder: String
    /// Who syncs: the staff member's name, or the machine.
    let who: String
    let email: String
    /// The staff member at the desk, and the machine's name, for the commits' authors.
    let staffID: StaffMember.ID?
    let host: String
    /// Whether the branch has a commit yet (known once found; a sync never takes it away).
    private var hasHead = false
    let gitDirectory: String
    /// The shell command git runs to merge Depot's files (`'/usr/bin/depot' sync merge-driver`).
    let driverCommand: String

    public static let stateFileName = "depot-sync.json"
    public static let pendingFileName = "depot-sync-pending.jsonl"

    /// Opens the sync of `store`'s library. `staff` is who is at the desk (the commits' author); `driver` is the
    /// shell command that runs `depot sync merge-driver`.
    public init(store: LibraryStore, staff: StaffMember?, driver: String) throws(SyncError) {
        self.store = store
        self.folder = store.folder
        let host = ProcessInfo.processInfo.hostName
        self.host = host
        staffID = staff?.id
        who = staff.map { "\($0.name) (\(host))" } ?? "Depot (\(host))"
        email = "\(staff?.id.rawValue ?? "depot")@\(host).depot.invalid"
        git = Git(folder: store.folder, environment: ["DEPOT_SYNC_BY": who])
        driverCommand = driver
        let top: String
        do {
            // One run of git for both (a sync runs git some fifteen times; each run costs a few milliseconds).
            let found = try git.run(["rev-parse", "--show-toplevel", "--absolute-git-dir"])
            guard found.succeeded, found.lines.count == 2 else {
                throw SyncError.notARepository(folder: store.folder)
            }
            top = found.lines[0]
            gitDirectory = found.lines[1]
        } catch let error as SyncError {
            throw error
        } catch {
            throw .gitUnavailable(reason: "\(error)")
        }
        guard LibrarySync.realPath(top) == LibrarySync.realPath(store.folder) else {
            throw .notTopLevel(folder: store.folder, top: top)
        }
    }

    // MARK: Setting up

    /// The lines Depot keeps in `.gitignore`: what stays on this machine.
    static let ignored = [
        "/.depot.lock", "/\(ChangeJournal.fileName)", ".*\(AtomicFile.temporaryMarker)*", "/backups/",
        "/\(ChangeLog.folderName)/", "/printouts/",
    ]

    /// Writes `.gitignore` and `.gitattributes` (adding Depot's lines to what is there) and registers the merge
    /// driver in the repository's own configuration (which a clone does not carry, so every sync does it).
    public func install() throws(SyncError) {
        func addLines(_ name: String, _ lines: [String], heading: String) throws(SyncError) {
            let path = "\(folder)/\(name)"
            let existing = (try? AtomicFile.read(path)).map { String(decoding: $0, as: UTF8.self) } ?? ""
            let present = Set(existing.split(whereSeparator: \.isNewline).map(String.init))
            let missing = lines.filter { !present.contains($0) }
            guard !missing.isEmpty else { return }
            var text = existing
            if !text.isEmpty && !text.hasSuffix("\n") { text += "\n" }
            if !present.contains(heading) { text += heading + "\n" }
            text += missing.joined(separator: "\n") + "\n"
            do {
                try AtomicFile.write(Array(text.utf8), to: path)
            } catch {
                throw .gitFailed(step: name, reason: "\(error)")
            }
        }
        try addLines(
            ".gitignore", LibrarySync.ignored, heading: "# depot sync: what stays on this machine")
        try addLines(
            ".gitattributes", ["*.json merge=depot"], heading: "# depot sync: Depot merges its files record by record")
        let pending = LibrarySync.quoted("\(gitDirectory)/\(LibrarySync.pendingFileName)")
        let wanted = [
            "merge.depot.name": "Depot record merge",
            "merge.depot.driver": "\(driverCommand) --pending \(pending) %O %A %B %P",
        ]
        let config = try configuration()
        for (key, value) in wanted.sorted(by: { $0.key < $1.key }) where config[key] != value {
            try step("config") { try git.run(["config", key, value]) }
            cachedConfiguration?[key] = value
        }
    }

    private var cachedConfiguration: [String: String]?

    /// The repository's configuration (git's and the user's too), read once: `remote.origin.url` → its value.
    private func configuration() throws(SyncError) -> [String: String] {
        if let cachedConfiguration { return cachedConfiguration }
        let listed = try step("config") { try git.run(["config", "--list", "-z"]) }
        var config: [String: String] = [:]
        // With -z each entry is the key, a newline and the value, ended by a NUL: values may hold newlines.
        for entry in listed.output.split(separator: "\u{0}") {
            if let newline = entry.firstIndex(of: "\n") {
                config[String(entry[..<newline])] = String(entry[entry.index(after: newline)...])
            } else {
                config[String(entry)] = ""
            }
        }
        cachedConfiguration = config
        return config
    }

    /// The remote and branch to sync with: the branch's upstream, else `origin`, else the only remote.
    public func target() throws(SyncError) -> SyncTarget {
        let config = try configuration()
        let remotes = config.keys.filter { $0.hasPrefix("remote.") && $0.hasSuffix(".url") }.map {
            String($0.dropFirst("remote.".count).dropLast(".url".count))
        }.sorted()
        let branch: String
        do {
            guard let name = try git.value(["symbolic-ref", "--short", "-q", "HEAD"]) else {
                throw SyncError.detachedHead(folder: folder)
            }
            branch = name
        } catch let error as SyncError {
            throw error
        } catch {
            throw .gitUnavailable(reason: "\(error)")
        }
        let upstreamRemote = config["branch.\(branch).remote"]
        let upstreamBranch = config["branch.\(branch).merge"]
        let remote: String
        if let upstream = upstreamRemote, remotes.contains(upstream) {
            remote = upstream
        } else if remotes.contains("origin") {
            remote = "origin"
        } else if remotes.count == 1 {
            remote = remotes[0]
        } else {
            throw .noRemote(folder: folder)
        }
        var remoteBranch = branch
        if let merge = upstreamBranch, merge.hasPrefix("refs/heads/") {
            remoteBranch = String(merge.dropFirst("refs/heads/".count))
        }
        return SyncTarget(remote: remote, url: config["remote.\(remote).url"] ?? remote, branch: remoteBranch)
    }

    // MARK: Syncing

    /// Commits, fetches, merges and pushes. Offline, the report says so and the local commit waits.
    public func sync() throws(SyncError) -> SyncReport {
        try install()
        var target = try target()
        var report = SyncReport(target: target, committedChanges: 0)
        report.committedChanges = try commitLocal()
        var attempts = 0
        while true {
            attempts += 1
            let fetch = try step("fetch") { try git.run(["fetch", "--prune", target.remote]) }
            guard fetch.succeeded else {
                report.offlineReason = fetch.reason
                break
            }
            let remoteHead: String?
            (target.branch, remoteHead) = try chosenBranch(target)
            report.target = target
            let remoteRef = "refs/remotes/\(target.remote)/\(target.branch)"
            if let remoteHead {
                let (received, ahead) = try merge(remoteRef, remote: target.remote, into: &report)
                report.receivedFiles += received
                guard ahead > 0 else {
                    report.sentFiles = []
                    break
                }
                report.sentFiles = try step("diff") {
                    try git.run(["diff", "--name-only", remoteHead, "HEAD"])
                }.lines
            } else {
                report.firstPush = true
                report.sentFiles = try step("ls-files") { try git.run(["ls-files"]) }.lines
            }
            let push = try step("push") {
                try git.run(["push", "-u", target.remote, "HEAD:refs/heads/\(target.branch)"])
            }
            if push.succeeded { break }
            let text = push.error + push.output
            let raced = text.contains("[rejected]") || text.contains("non-fast-forward") || text.contains("fetch first")
            if raced && attempts < 5 {
                report.firstPush = false
                continue
            }
            report.offlineReason = push.reason
            break
        }
        if report.offlineReason == nil {
            let head = (try? git.value(["rev-parse", "HEAD"])) ?? nil
            saveState(lastSynced: ChangeLog.timestamp(Date()), syncedCommit: head)
        }
        report.openConflicts = (try? SyncConflictFile.read(folder: folder).count) ?? 0
        _ = LibraryFolder(path: folder).restrictPermissions()
        return report
    }

    /// What waits in each direction; fetches first unless `fetching` is false.
    public func status(fetching: Bool = true) throws(SyncError) -> SyncStatus {
        var target = try target()
        var offline: String?
        if fetching {
            let fetch = try step("fetch") { try git.run(["fetch", "--prune", target.remote]) }
            if !fetch.succeeded { offline = fetch.reason }
        }
        target.branch = try chosenBranch(target).branch
        let remoteRef = "refs/remotes/\(target.remote)/\(target.branch)"
        let hasHead = (try? git.value(["rev-parse", "--verify", "-q", "HEAD"])) ?? nil != nil
        let remoteHead = (try? git.value(["rev-parse", "--verify", "-q", remoteRef])) ?? nil
        let porcelain = try step("status") { try git.run(["status", "--porcelain"]) }.lines
        var toSend = 0
        var toReceive = 0
        if hasHead, let remoteHead {
            toSend = try step("diff") { try git.run(["diff", "--name-only", remoteHead, "HEAD"]) }.lines.count
            if let base = (try? git.value(["merge-base", "HEAD", remoteHead])) ?? nil {
                toReceive = try step("diff") { try git.run(["diff", "--name-only", base, remoteHead]) }.lines.count
                toSend = try step("diff") { try git.run(["diff", "--name-only", base, "HEAD"]) }.lines.count
            }
        } else if hasHead {
            toSend = try step("ls-files") { try git.run(["ls-files"]) }.lines.count
        }
        let state = loadState()
        return SyncStatus(
            target: target, changesToSend: changesSince(state.lastSynced).count,
            uncommittedFiles: porcelain.count, filesToSend: toSend, filesToReceive: toReceive,
            neverSent: remoteHead == nil,
            openConflicts: (try? SyncConflictFile.read(folder: folder).count) ?? 0, lastSynced: state.lastSynced,
            offlineReason: offline)
    }

    /// The remote's branch to follow: the one named, else (a library set up with `git init` on another default
    /// branch name) the remote's only branch.
    /// Also says the commit the remote's branch is at, if it has one (from the same run of git).
    private func chosenBranch(_ target: SyncTarget) throws(SyncError) -> (branch: String, head: String?) {
        let prefix = "refs/remotes/\(target.remote)/"
        var heads: [String: String] = [:]
        let listed = try step("for-each-ref") {
            try git.run(["for-each-ref", "--format=%(objectname) %(refname)", prefix])
        }
        for line in listed.lines {
            guard let space = line.firstIndex(of: " ") else { continue }
            let name = String(line[line.index(after: space)...].dropFirst(prefix.count))
            if name != "HEAD" { heads[name] = String(line[..<space]) }
        }
        let branch = heads[target.branch] != nil || heads.count != 1 ? target.branch : heads.keys.first ?? target.branch
        return (branch, heads[branch])
    }

    private func aheadCount(of remoteRef: String) throws -> Int {
        Int(try git.value(["rev-list", "--count", "\(remoteRef)..HEAD"]) ?? "0") ?? 0
    }

    /// Commits every change in the folder (under the library's lock, so no desk is half-way through a save), with
    /// the change log's lines since the last sync as the message. Returns how many entries it named.
    func commitLocal() throws(SyncError) -> Int {
        try locked { () throws(SyncError) -> Int in try commitChanges() }
    }

    /// The commit of `commitLocal`, under the lock the caller holds.
    private func commitChanges() throws(SyncError) -> Int {
        let now = ChangeLog.timestamp(Date())
        let state = loadState()
        do {
            _ = try store.finishInterruptedChange()
        } catch {
            throw .damagedLibrary(reason: (error as? StoreError)?.description ?? "\(error)")
        }
        try absorbPending()
        try step("add") { try git.run(["add", "-A"]) }
        let staged = try step("diff") { try git.run(["diff", "--cached", "--name-only"]) }.lines
        guard !staged.isEmpty else { return 0 }
        // Only what is committed needs reading: a sync with nothing new of its own does not load the library.
        let data: LibraryData
        do throws(SyncError) {
            data = try checkLibrary()
        } catch {
            _ = try? git.run(["reset", "-q"])
            throw error
        }
        if !hasHead { hasHead = (try? git.value(["rev-parse", "--verify", "-q", "HEAD"])) ?? nil != nil }
        let entries = changesSince(state.committedUpTo).filter { $0.at <= now }
        var lines = entries.map { entry in
            "\(entry.at.prefix(16).replacingOccurrences(of: "T", with: " ")) \(entry.by ?? "-"): \(entry.summary)"
        }
        if lines.count > 200 { lines = Array(lines.prefix(200)) + ["… \(entries.count - 200) more"] }
        let files = "\(staged.count) file\(staged.count == 1 ? "" : "s")"
        let subject =
            !hasHead
            ? "\(who): the library, first sync"
            : entries.isEmpty
                ? "\(who): \(files) changed outside Depot"
                : "\(who): \(entries.count) change\(entries.count == 1 ? "" : "s") in \(files)"
        let authors = LibrarySync.authors(of: entries, syncedBy: staffID, staff: data.staff)
        var environment = authorEnvironment
        var trailers: [String] = []
        if let first = authors.first {
            environment["GIT_AUTHOR_NAME"] = name(of: first)
            environment["GIT_AUTHOR_EMAIL"] = address(of: first.id)
            trailers = authors.dropFirst().map { "Co-authored-by: \(name(of: $0)) <\(address(of: $0.id))>" }
        }
        trailers += entries.prefix(200).map(LibrarySync.trailer(for:))
        let message = ([subject, ""] + lines + (trailers.isEmpty ? [] : [""] + trailers)).joined(separator: "\n")
        let commit = try step("commit") {
            try git.run(["commit", "-q", "-m", message], extra: environment)
        }
        guard commit.succeeded else { throw SyncError.gitFailed(step: "commit", reason: commit.reason) }
        hasHead = true
        saveState(committedUpTo: now)
        return entries.count
    }

    /// Whom a commit of `entries` is by: the staff member who made the changes, or, when several did, the one at
    /// this desk (else who made the most) first and the others after, in the order of their first change. Entries
    /// made without a name (`--as`, DEPOT_STAFF) name nobody; none named at all leaves the commit to the desk's.
    static func authors(of entries: [ChangeLog.Entry], syncedBy desk: StaffMember.ID?, staff: [StaffMember])
        -> [StaffMember]
    {
        var order: [String] = []
        var counts: [String: Int] = [:]
        for id in entries.compactMap(\.by) {
            if counts[id] == nil { order.append(id) }
            counts[id, default: 0] += 1
        }
        let known = order.compactMap { id in staff.first { $0.id.rawValue == id } }
        guard known.count > 1 else { return known }
        func made(_ member: StaffMember) -> Int { counts[member.id.rawValue] ?? 0 }
        // Who made the most, the earliest of them on a tie.
        let most = known.dropFirst().reduce(known[0]) { made($1) > made($0) ? $1 : $0 }
        let first = known.first { $0.id == desk } ?? most
        return [first] + known.filter { $0.id != first.id }
    }

    /// The line of a commit's message that carries one change log entry to the other machines:
    /// `Depot-Change: 2026-12-02T09:15:04.120Z S01 desk-pc events.json:E2027-01 Noted in E2027-01 …`.
    public static let changeTrailer = "Depot-Change:"
    /// The desk (after the machine's name) of the change log entries a sync took in from other machines.
    public static let takenInDesk = "sync"

    static func trailer(for entry: ChangeLog.Entry) -> String {
        func escaped(_ text: String) -> String {
            text.replacingOccurrences(of: "%", with: "%25").replacingOccurrences(of: " ", with: "%20")
                .replacingOccurrences(of: ",", with: "%2C").replacingOccurrences(of: "\n", with: "%0A")
        }
        let records = entry.records.map { "\(escaped($0.file)):\(escaped($0.id))" }.joined(separator: ",")
        let machine = entry.desk.split(separator: "/").first.map(String.init) ?? entry.desk
        let summary = entry.summary.split(whereSeparator: \.isNewline).joined(separator: " ")
        return [
            changeTrailer, entry.at, entry.by.map(escaped) ?? "-", escaped(machine.isEmpty ? "-" : machine),
            records.isEmpty ? "-" : records, summary,
        ].joined(separator: " ")
    }

    /// The change log entries that the commit messages in `log` carry (`trailer(for:)`), oldest first, each as
    /// made at its machine's desk `MACHINE/sync`, with the records it touched (their versions are filled in from the
    /// commits by `takenInWithVersions`).
    static func takenIn(_ log: String) -> [ChangeLog.Entry] {
        func unescaped(_ text: Substring) -> String { String(text).removingPercentEncoding ?? String(text) }
        return log.split(whereSeparator: { $0 == "\n" || $0 == "\u{0}" }).compactMap { line in
            guard line.hasPrefix(changeTrailer) else { return nil }
            let parts = line.dropFirst(changeTrailer.count).split(
                separator: " ", maxSplits: 4, omittingEmptySubsequences: true)
            guard parts.count >= 4 else { return nil }
            let records: [ChangeLog.Entry.Record] =
                parts[3] == "-"
                ? []
                : parts[3].split(separator: ",").compactMap { pair in
                    guard let colon = pair.firstIndex(of: ":") else { return nil }
                    return ChangeLog.Entry.Record(
                        file: unescaped(pair[..<colon]), id: unescaped(pair[pair.index(after: colon)...]), before: nil,
                        after: nil)
                }
            return ChangeLog.Entry(
                at: String(parts[0]), by: parts[1] == "-" ? nil : unescaped(parts[1]),
                desk: "\(unescaped(parts[2]))/\(takenInDesk)", summary: parts.count > 4 ? String(parts[4]) : "",
                records: records)
        }
    }

    private func name(of member: StaffMember) -> String { "\(member.name) (\(host))" }

    private func address(of id: StaffMember.ID) -> String { "\(id.rawValue)@\(host).depot.invalid" }

    /// Merges the remote's branch into this desk's; returns the files that changed here, and how many commits this
    /// desk then has that the remote has not (none: nothing to push).
    private func merge(_ remoteRef: String, remote: String, into report: inout SyncReport) throws(SyncError)
        -> (files: [String], ahead: Int)
    {
        // Both directions from one run of git: "AHEAD<tab>BEHIND".
        let counts = try step("rev-list") {
            try git.run(["rev-list", "--left-right", "--count", "HEAD...\(remoteRef)"])
        }.output.split(whereSeparator: \.isWhitespace).compactMap { Int($0) }
        let (aheadBefore, behind) = counts.count == 2 ? (counts[0], counts[1]) : (1, 1)
        guard behind > 0 else { return ([], aheadBefore) }
        // What the other desks changed since the histories parted: the files this merge brings. Git refuses the
        // diff when the histories have no commit in common.
        let difference = try step("diff") { try git.run(["diff", "--name-only", "HEAD...\(remoteRef)"]) }
        guard difference.succeeded else {
            guard (try? git.value(["merge-base", "HEAD", remoteRef])) ?? nil == nil else {
                throw .gitFailed(step: "diff", reason: difference.reason)
            }
            guard isRestart(remoteRef) else { throw .unrelatedHistories(remote: remote) }
            report.followedRestart = true
            let files = try follow(remoteRef, remote: remote, into: &report)
            return (files, (try? aheadCount(of: remoteRef)) ?? 1)
        }
        let incoming = difference.lines
        return try locked { () throws(SyncError) -> ([String], Int) in
            // A desk may have saved since this sync's commit: that change goes in first, or git would refuse.
            let committed = try commitChanges()
            report.committedChanges += committed
            try removePending()
            let ahead = aheadBefore + (committed > 0 ? 1 : 0)
            // Who made what comes in, for this desk's change log: the other machines' commits say it.
            let log = try? git.run(
                ["log", "--no-merges", "--reverse", "--format=\(LibrarySync.takenInFormat)", "HEAD..\(remoteRef)"])
            let taken = (log?.succeeded ?? false) ? takenInWithVersions(log?.output ?? "") : []
            if ahead == 0 {
                let result = try step("merge") { try git.run(["merge", "-q", "--ff-only", remoteRef]) }
                guard result.succeeded else {
                    throw SyncError.mergeFailed(remote: remote, files: [], reason: result.reason)
                }
            } else {
                let result = try step("merge") {
                    try git.run(["merge", "-q", "--no-ff", "--no-commit", remoteRef], extra: authorEnvironment)
                }
                guard result.succeeded else {
                    let files = (try? git.run(["diff", "--name-only", "--diff-filter=U"]).lines) ?? []
                    _ = try? git.run(["merge", "--abort"])
                    try? removePending()
                    throw SyncError.mergeFailed(remote: remote, files: files, reason: result.reason)
                }
                let found = try absorbPending()
                if !found.isEmpty { try step("add") { try git.run(["add", SyncConflictFile.name]) } }
                // Records each side changed soundly can still not fit together (one deleted a partner the other
                // made a deposit for): the deletion loses, as a conflict, and the sync goes on.
                do throws(SyncError) {
                    report.newConflicts += try keepReferencedRecords(remoteRef: remoteRef, remote: remote, found: found)
                } catch {
                    _ = try? git.run(["merge", "--abort"])
                    throw error
                }
                let commit = try step("commit") {
                    try git.run(
                        ["commit", "-q", "-m", "\(who): merged with \(remote)"], extra: authorEnvironment)
                }
                guard commit.succeeded else { throw SyncError.gitFailed(step: "commit", reason: commit.reason) }
            }
            ChangeLog.append(taken, in: folder)
            return (incoming, ahead == 0 ? 0 : ahead + 1)
        }
    }

    /// Checks that the library in the folder reads and fits together (under the lock the caller holds); returns it.
    @discardableResult
    private func checkLibrary() throws(SyncError) -> LibraryData {
        do {
            _ = try store.finishInterruptedChange()
            let (data, problems) = try store.loadFiles(stopAtFirst: true)
            guard let data else {
                throw SyncError.damagedLibrary(reason: problems.map(\.description).prefix(3).joined(separator: "; "))
            }
            let references = LibraryCheck.problems(in: data)
            guard references.isEmpty else {
                throw SyncError.damagedLibrary(
                    reason: references.map(\.description).prefix(3).joined(separator: "; "))
            }
            return data
        } catch let error as SyncError {
            throw error
        } catch let error as StoreError {
            throw .damagedLibrary(reason: error.description)
        } catch {
            throw .damagedLibrary(reason: "\(error)")
        }
    }

    // MARK: Restarting the history (data protection)

    /// The line that marks the first commit of a restarted history.
    public static let restartTrailer = "Depot-History-Restart:"

    /// After a purge: syncs, then replaces the shared branch by one commit holding the library as it is now, so
    /// that no earlier version (with readers' names) is left in the branch, and removes the old versions here. The
    /// other machines follow with their next sync. The server keeps unreferenced versions until `git gc`.
    public func restartHistory() throws(SyncError) -> SyncReport {
        var report = try sync()
        guard report.offlineReason == nil else { return report }
        let target = report.target
        let remoteRef = "refs/remotes/\(target.remote)/\(target.branch)"
        let old = (try? git.value(["rev-parse", "--verify", "-q", remoteRef])) ?? nil
        let head = (try? git.value(["rev-parse", "HEAD"])) ?? nil
        guard let old, old == head else {
            throw .gitFailed(step: "restart", reason: "\(target.remote) has changes this desk does not; sync again")
        }
        let token = String(UInt64.random(in: 0...UInt64.max), radix: 16)
        let message =
            "\(who): the history restarted after readers' names were purged\n\n\(LibrarySync.restartTrailer) \(token)"
        try locked { () throws(SyncError) in
            let made = try step("commit-tree") {
                try git.run(["commit-tree", "HEAD^{tree}", "-m", message], extra: authorEnvironment)
            }
            let root = made.output.trimmingCharacters(in: .whitespacesAndNewlines)
            guard made.succeeded, !root.isEmpty else {
                throw SyncError.gitFailed(step: "commit-tree", reason: made.reason)
            }
            let push = try step("push") {
                try git.run([
                    "push", "--force-with-lease=refs/heads/\(target.branch):\(old)", target.remote,
                    "\(root):refs/heads/\(target.branch)",
                ])
            }
            guard push.succeeded else { throw SyncError.gitFailed(step: "push", reason: push.reason) }
            try step("update-ref") { try git.run(["update-ref", "HEAD", root]) }
            try step("update-ref") { try git.run(["update-ref", remoteRef, root]) }
            forgetOldHistory()
            saveState(syncedCommit: root)
        }
        report.restartedHistory = true
        return report
    }

    /// Whether the remote's branch begins with a restart of the history.
    private func isRestart(_ remoteRef: String) -> Bool {
        guard let roots = try? git.run(["rev-list", "--max-parents=0", remoteRef]), roots.succeeded,
            let root = roots.lines.first,
            let body = try? git.run(["log", "-1", "--format=%B", root])
        else { return false }
        return body.output.contains(LibrarySync.restartTrailer)
    }

    /// Follows a restart made on another machine: this desk's changes since the last commit both had are carried
    /// over record by record onto the new history, the branch is reset to it, and the old versions are removed.
    private func follow(_ remoteRef: String, remote: String, into report: inout SyncReport) throws(SyncError)
        -> [String]
    {
        // The last commit both had: as the last sync noted it, else (a clone not synced yet) the remote's branch
        // before the fetch that brought the restart.
        let candidates = [
            loadState().syncedCommit, (try? git.value(["rev-parse", "-q", "--verify", "\(remoteRef)@{1}"])) ?? nil,
        ]
        guard
            let synced = candidates.compactMap({ $0 }).first(where: { commit in
                (try? git.run(["merge-base", "--is-ancestor", commit, "HEAD"]))?.succeeded == true
            })
        else { throw .unrelatedHistories(remote: remote) }
        return try locked { () throws(SyncError) -> [String] in
            report.committedChanges += try commitChanges()
            let changed = try step("diff") { try git.run(["diff", "--name-only", synced, "HEAD"]) }.lines
            func version(_ revision: String, _ path: String) -> [UInt8]? {
                guard let shown = try? git.run(["show", "\(revision):\(path)"]), shown.succeeded else { return nil }
                return Array(shown.output.utf8)
            }
            var carried: [(path: String, bytes: [UInt8])] = []
            var conflicts: [SyncConflict] = []
            for path in changed {
                guard let ours = version("HEAD", path) else { continue }
                let theirs = version(remoteRef, path)
                if path.hasSuffix(".json"), let theirs {
                    do {
                        let merged = try SyncMerge.merge(
                            path: path, base: version(synced, path) ?? [], ours: ours, theirs: theirs,
                            at: ChangeLog.timestamp(Date()), foundBy: who)
                        carried.append((path, merged.bytes))
                        conflicts += merged.conflicts
                    } catch {
                        throw SyncError.mergeFailed(remote: remote, files: [path], reason: "\(error)")
                    }
                } else {
                    carried.append((path, ours))
                }
            }
            let before = try? store.loadFiles(stopAtFirst: true).0
            let ours = try step("rev-parse") { try git.run(["rev-parse", "HEAD"]) }.lines.first ?? "HEAD"
            let reset = try step("reset") { try git.run(["reset", "-q", "--hard", remoteRef]) }
            guard reset.succeeded else { throw SyncError.gitFailed(step: "reset", reason: reset.reason) }
            do {
                for (path, bytes) in carried {
                    let full = "\(folder)/\(path)"
                    if let slash = full.lastIndex(of: "/") { try AtomicFile.makeFolder(String(full[..<slash])) }
                    try AtomicFile.write(bytes, to: full)
                }
                if !conflicts.isEmpty {
                    try SyncConflictFile.write(try SyncConflictFile.read(folder: folder) + conflicts, folder: folder)
                }
            } catch {
                throw SyncError.gitFailed(step: "restart", reason: "\(error)")
            }
            // What this desk carried over may refer to a record the restarted history no longer has, or the
            // other way round: the deletion loses here too, or every later sync would stop at the commit.
            report.newConflicts += try keepReferencedRecords(
                remoteRef: remoteRef, remote: remote, found: conflicts, ours: ours, base: synced)
            _ = try commitChanges()
            if let before, let after = try? store.loadFiles(stopAtFirst: true).0 {
                SyncForget.forgetPurged(before: before, after: after, store: store)
            }
            forgetOldHistory()
            saveState(syncedCommit: (try? git.value(["rev-parse", remoteRef])) ?? nil)
            return changed
        }
    }

    /// Drops every version no branch holds any more: the reflog, then the objects.
    private func forgetOldHistory() {
        _ = try? git.run(["reflog", "expire", "--expire=now", "--all"])
        _ = try? git.run(["gc", "-q", "--prune=now"])
    }

    // MARK: Conflicts the merge driver found

    /// Moves the conflicts the merge driver noted into `sync-conflicts.json`; returns them.
    @discardableResult
    func absorbPending() throws(SyncError) -> [SyncConflict] {
        let path = "\(gitDirectory)/\(LibrarySync.pendingFileName)"
        guard let bytes = try? AtomicFile.read(path) else { return [] }
        let decoder = JSONDecoder()
        let found = bytes.split(separator: UInt8(ascii: "\n")).compactMap {
            try? decoder.decode(SyncConflict.self, from: Data($0))
        }
        if !found.isEmpty {
            do {
                let existing = try SyncConflictFile.read(folder: folder)
                try SyncConflictFile.write(existing + found, folder: folder)
            } catch {
                throw .gitFailed(step: SyncConflictFile.name, reason: "\(error)")
            }
        }
        unlink(path)
        return found
    }

    private func removePending() throws(SyncError) {
        unlink("\(gitDirectory)/\(LibrarySync.pendingFileName)")
    }

    /// Notes conflicts the merge driver found, for the sync that runs it to put in `sync-conflicts.json`.
    public static func notePending(_ conflicts: [SyncConflict], at path: String) throws {
        guard !conflicts.isEmpty else { return }
        var bytes: [UInt8] = []
        for conflict in conflicts {
            bytes += Array(try FileEncoder.compact.encode(conflict))
            bytes.append(UInt8(ascii: "\n"))
        }
        let fd = open(path, O_WRONLY | O_APPEND | O_CREAT | O_NOFOLLOW | O_CLOEXEC, 0o600)
        guard fd >= 0 else { throw SyncMerge.Failure(description: "\(path): \(AtomicFile.describe(errno))") }
        defer { close(fd) }
        if let problem = AtomicFile.writeAll(bytes, to: fd) { throw SyncMerge.Failure(description: problem) }
    }

    // MARK: Helpers

    private var authorEnvironment: [String: String] {
        let name = who
        return [
            "GIT_AUTHOR_NAME": name, "GIT_AUTHOR_EMAIL": email, "GIT_COMMITTER_NAME": name,
            "GIT_COMMITTER_EMAIL": email,
        ]
    }

    /// The change log's entries after `time` (all of the last two months' when nil).
    private func changesSince(_ time: String?) -> [ChangeLog.Entry] {
        // Not what a sync took in from other machines: those were made and sent there.
        ChangeLog.entries(folder: folder, months: 2).filter { entry in
            !entry.desk.hasSuffix("/\(LibrarySync.takenInDesk)") && (time.map { entry.at > $0 } ?? true)
        }
    }

    private func locked<T>(_ body: () throws(SyncError) -> T) throws(SyncError) -> T {
        do {
            return try store.lock.exclusively(onWait: store.onWait) { try body() }
        } catch let error as SyncError {
            throw error
        } catch let error as StoreError {
            throw .damagedLibrary(reason: error.description)
        } catch {
            throw .gitFailed(step: "lock", reason: "\(error)")
        }
    }

    @discardableResult
    func step(_ name: String, _ body: () throws -> Git.Result) throws(SyncError) -> Git.Result {
        do {
            return try body()
        } catch let error as Git.Unavailable {
            throw .gitUnavailable(reason: error.description)
        } catch {
            throw .gitFailed(step: name, reason: "\(error)")
        }
    }

    private struct State: Codable {
        var committedUpTo: String?
        var lastSynced: String?
        /// The commit this desk and the remote last had both: the base for carrying changes over a restart.
        var syncedCommit: String?
    }

    private func loadState() -> State {
        let path = "\(gitDirectory)/\(LibrarySync.stateFileName)"
        guard let bytes = try? AtomicFile.read(path),
            let state = try? JSONDecoder().decode(State.self, from: Data(bytes))
        else { return State() }
        return state
    }

    private func saveState(committedUpTo: String? = nil, lastSynced: String? = nil, syncedCommit: String? = nil) {
        var state = loadState()
        if let committedUpTo { state.committedUpTo = committedUpTo }
        if let lastSynced { state.lastSynced = lastSynced }
        if let syncedCommit { state.syncedCommit = syncedCommit }
        if let bytes = try? FileEncoder.compact.encode(state) {
            try? AtomicFile.write(Array(bytes), to: "\(gitDirectory)/\(LibrarySync.stateFileName)")
        }
    }

    /// `text` in single quotes for the shell git runs the driver with.
    public static func quoted(_ text: String) -> String {
        "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }

    static func realPath(_ path: String) -> String {
        guard let resolved = realpath(path, nil) else { return path }
        defer { free(resolved) }
        return String(cString: resolved)
    }
}
