import ArgumentParser
import DepotCore
import Foundation

/// `depot sync`: one library on several machines, through a git repository they share.
struct SyncCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sync",
        abstract: helpText(.syncAbstract),
        discussion: helpText(.syncDiscussion),
        subcommands: [SyncMergeDriverCommand.self])

    @OptionGroup var libraryOptions: LibraryOptions
    @OptionGroup var language: LanguageOption

    @Flag(help: ArgumentHelp(helpText(.syncStatus)))
    var status = false

    @Flag(
        help: ArgumentHelp(helpText(.syncRestartHistory)))
    var restartHistory = false

    func validate() throws {
        if status && restartHistory { throw ValidationError(words[.syncStatusOrRestartNotBoth]) }
    }

    func run() throws {
        // What git writes in the library (a merged file, a new season's) is for this user alone, as Depot's own.
        umask(0o077)
        let words = language.words
        let book = TextBook(language.language)
        let store = try explainingErrors { try openLibrary(libraryOptions.folder, forWriting: !status) }
        defer { store.close() }
        let data = try explainingErrors { try store.load() }
        try identify(store, in: data, libraryOptions, today: Day.today())
        let staff = store.author.flatMap { id in data.staff.first { $0.id == id } }
        let sync: LibrarySync
        do {
            sync = try LibrarySync(store: store, staff: staff, driver: SyncCommand.driverCommand())
        } catch {
            throw failure(error.text(in: language.language))
        }
        if status {
            let found: SyncStatus
            do {
                found = try sync.status()
            } catch {
                throw failure(error.text(in: language.language))
            }
            print(SyncCommand.describe(found, book: book, words: words))
            return
        }
        let report: SyncReport
        do {
            report = try restartHistory ? sync.restartHistory() : sync.sync()
        } catch {
            throw failure(error.text(in: language.language))
        }
        let target = report.target
        var lines: [String] = []
        if report.committedChanges > 0 {
            lines.append(book.format(SyncText.committed, book.count(report.committedChanges, SyncText.nounChange)))
        }
        if let reason = report.offlineReason {
            lines.append(book.format(SyncText.offline, target.remote, target.url, reason))
        } else if report.firstPush {
            lines.append(
                book.format(
                    SyncText.firstPush, target.remote, target.url, book.count(report.sentFiles.count, SyncText.nounFile)
                ))
        } else if report.sentFiles.isEmpty && report.receivedFiles.isEmpty {
            lines.append(book.format(SyncText.nothingNew, target.remote))
        } else {
            lines.append(
                book.format(
                    SyncText.synced, target.remote, book.count(report.sentFiles.count, SyncText.nounFile),
                    book.count(Set(report.receivedFiles).count, SyncText.nounFile)))
        }
        if report.followedRestart { lines.append(book.format(SyncText.historyFollowed, target.remote)) }
        if report.restartedHistory { lines.append(book.format(SyncText.historyRestarted, target.remote)) }
        if !report.newConflicts.isEmpty {
            // Records kept over a deletion are said apart: no record was changed at two desks there.
            let kept = report.newConflicts.filter { $0.neededBy != nil }
            let changed = report.newConflicts.count - kept.count
            if changed > 0 {
                lines.append(book.format(SyncText.newConflicts, book.count(changed, SyncText.nounConflict)))
            }
            if !kept.isEmpty {
                lines.append(
                    book.format(
                        SyncText.keptForReferences, book.count(kept.count, SyncText.nounConflict),
                        kept.map { "\($0.file) \($0.record)" }.joined(separator: ", ")))
            }
        } else if report.openConflicts > 0 {
            lines.append(book.format(SyncText.openConflicts, book.count(report.openConflicts, SyncText.nounConflict)))
        }
        let text = TerminalSafe.lines(lines.joined(separator: "\n"))
        if report.offlineReason != nil {
            printError(text)
            throw ExitCode(2)
        }
        print(text)
    }

    static func describe(_ status: SyncStatus, book: TextBook, words: Words) -> String {
        var lines = [
            book.format(SyncText.statusRemote, status.target.remote, status.target.url, status.target.branch)
        ]
        if let reason = status.offlineReason {
            lines.append(book.format(SyncText.statusOffline, status.target.remote, reason))
        }
        if status.neverSent {
            lines.append(book[SyncText.statusNeverSent])
        } else {
            lines.append(
                book.format(
                    SyncText.statusToSend, book.count(status.changesToSend, SyncText.nounChange),
                    book.count(max(status.uncommittedFiles, status.filesToSend), SyncText.nounFile)))
            lines.append(book.format(SyncText.statusToReceive, book.count(status.filesToReceive, SyncText.nounFile)))
        }
        if status.openConflicts > 0 {
            lines.append(book.format(SyncText.openConflicts, book.count(status.openConflicts, SyncText.nounConflict)))
        }
        lines.append(
            status.lastSynced.map {
                book.format(SyncText.statusLastSynced, $0.prefix(16).replacingOccurrences(of: "T", with: " "))
            } ?? book[SyncText.statusNeverSynced])
        return TerminalSafe.lines(lines.joined(separator: "\n"))
    }

    /// The shell command git runs to merge Depot's files: this very program, by its full path.
    static func driverCommand() -> String {
        var path = CommandLine.arguments.first ?? "depot"
        if let resolved = realpath("/proc/self/exe", nil) {
            path = String(cString: resolved)
            free(resolved)
        } else if !path.hasPrefix("/") {
            path = FileManager.default.currentDirectoryPath + "/" + path
        }
        return "\(LibrarySync.quoted(path)) sync merge-driver"
    }
}

/// `depot sync merge-driver`: what git runs to merge one of Depot's files (registered by `depot sync`).
struct SyncMergeDriverCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "merge-driver",
        abstract: helpText(.syncMergeDriverAbstract),
        shouldDisplay: false)

    @Option(help: ArgumentHelp(helpText(.syncMergeDriverPending), valueName: "FILE"))
    var pending: String

    @Argument(help: ArgumentHelp(helpText(.syncMergeDriverBase), valueName: "BASE"))
    var base: String

    @Argument(help: ArgumentHelp(helpText(.syncMergeDriverCurrent), valueName: "CURRENT"))
    var current: String

    @Argument(help: ArgumentHelp(helpText(.syncMergeDriverOther), valueName: "OTHER"))
    var other: String

    @Argument(help: ArgumentHelp(helpText(.syncMergeDriverPath), valueName: "PATH"))
    var path: String

    func run() throws {
        func bytes(_ file: String) throws -> [UInt8] {
            Array(try Data(contentsOf: URL(fileURLWithPath: file)))
        }
        let environment = ProcessInfo.processInfo.environment
        let who = environment["DEPOT_SYNC_BY"] ?? "Depot (\(ProcessInfo.processInfo.hostName))"
        do {
            let (merged, conflicts) = try SyncMerge.merge(
                path: path, base: try bytes(base), ours: try bytes(current), theirs: try bytes(other),
                at: SyncConflict.timestamp(), foundBy: who)
            try Data(merged).write(to: URL(fileURLWithPath: current))
            try LibrarySync.notePending(conflicts, at: pending)
        } catch {
            printError("depot sync merge-driver: \(path): \(spoken(error))")
            throw ExitCode.failure
        }
    }
}

/// `depot conflicts`: the records that two desks changed each in their own way, found by `depot sync`.
struct ConflictsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "conflicts",
        abstract: helpText(.syncConflictsAbstract),
        discussion: helpText(.syncConflictsDiscussion),
        subcommands: [ConflictsListCommand.self, ConflictsResolveCommand.self],
        defaultSubcommand: ConflictsListCommand.self)
}

struct ConflictsListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list", abstract: helpText(.conflictsListAbstract))

    @OptionGroup var libraryOptions: LibraryOptions
    @OptionGroup var language: LanguageOption

    func run() throws {
        let book = TextBook(language.language)
        let folder = libraryOptions.folder
        _ = try explainingErrors { try LibraryStore(folder: folder, forWriting: false) }
        let conflicts = try explainingErrors { try SyncConflictFile.read(folder: folder) }
        guard !conflicts.isEmpty else {
            print(book[SyncText.noConflicts])
            return
        }
        var lines: [String] = []
        for conflict in conflicts {
            let fields = conflict.isWholeRecord ? [] : conflict.fields
            let names = fields.isEmpty ? book[SyncText.conflictDeleted] : fields.map(\.name).joined(separator: ", ")
            lines.append(
                book.format(
                    SyncText.conflictLine, conflict.id, conflict.file, conflict.record, names,
                    conflict.at.prefix(16).replacingOccurrences(of: "T", with: " "), conflict.foundBy))
            if let neededBy = conflict.neededBy {
                lines.append(
                    book.format(
                        SyncText.conflictKept, conflict.record, conflict.deletedBy ?? "-",
                        neededBy.joined(separator: ", ")))
            }
            if fields.isEmpty {
                lines.append(
                    book.format(
                        SyncText.conflictField, conflict.record, conflict.inFile ?? book[SyncText.conflictAbsent],
                        conflict.setAside ?? book[SyncText.conflictAbsent]))
            }
            for field in fields {
                lines.append(
                    book.format(
                        SyncText.conflictField, field.name, field.theirs ?? book[SyncText.conflictAbsent],
                        field.ours ?? book[SyncText.conflictAbsent]))
            }
        }
        print(TerminalSafe.lines(lines.joined(separator: "\n")))
    }
}

struct ConflictsResolveCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "resolve",
        abstract: helpText(.conflictsResolveAbstract))

    @OptionGroup var libraryOptions: LibraryOptions
    @OptionGroup var language: LanguageOption

    @Argument(help: ArgumentHelp(helpText(.conflictsResolveId), valueName: "ID"))
    var id: String

    @Option(
        help: ArgumentHelp(
            helpText(.conflictsResolveKeep),
            valueName: "mine|theirs"))
    var keep: String?

    @Option(
        name: .customLong("field"),
        help: ArgumentHelp(
            helpText(.conflictsResolveFields),
            valueName: "NAME=mine|theirs"))
    var fields: [String] = []

    func validate() throws {
        let book = TextBook(language.language)
        if keep == nil && fields.isEmpty { throw ValidationError(book[SyncText.keepMineOrTheirs]) }
        if let keep, keep != "mine" && keep != "theirs" { throw ValidationError(book[SyncText.keepMineOrTheirs]) }
        for field in fields {
            let parts = field.split(separator: "=", maxSplits: 1)
            guard parts.count == 2, parts[1] == "mine" || parts[1] == "theirs" else {
                throw ValidationError(book[SyncText.keepMineOrTheirs])
            }
        }
    }

    func run() throws {
        let book = TextBook(language.language)
        let store = try explainingErrors { try openLibrary(libraryOptions.folder, forWriting: true) }
        defer { store.close() }
        let data = try explainingErrors { try store.load() }
        try identify(store, in: data, libraryOptions, today: Day.today())
        let conflicts = try explainingErrors { try SyncConflictFile.read(folder: store.folder) }
        let matching = conflicts.filter { $0.id == id || (id.count >= 4 && $0.id.hasPrefix(id)) }
        guard matching.count == 1, let conflict = matching.first else {
            throw failure(book.format(SyncText.unknownConflict, id))
        }
        let differing = conflict.isWholeRecord ? [] : conflict.fields.map(\.name)
        var chosen: Set<String> = keep == "mine" ? Set(differing) : []
        if conflict.isWholeRecord, keep == "mine" { chosen = ["*"] }
        for field in fields {
            let parts = field.split(separator: "=", maxSplits: 1).map(String.init)
            guard differing.contains(parts[0]) else {
                throw failure(book.format(SyncText.unknownField, parts[0], differing.joined(separator: ", ")))
            }
            if parts[1] == "mine" { chosen.insert(parts[0]) } else { chosen.remove(parts[0]) }
        }
        _ = try explainingErrors {
            try SyncConflictResolution.resolve(
                conflict, takingSetAside: chosen, store: store, data: data,
                summary: book.format(SyncText.resolveSummary, conflict.id))
        }
        print(book.format(SyncText.resolved, conflict.id, conflict.file, conflict.record))
        print(book[SyncText.resolvedSyncHint])
    }
}
