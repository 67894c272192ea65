/// The sentences of `depot sync` and `depot conflicts`. The texts are in the language files under "SyncText".
public enum SyncText: String, TextCatalogue {
    case gitUnavailable
    case notARepository
    case notTopLevel
    case noRemote
    case detachedHead
    case damagedLibrary
    case unrelatedHistories
    case mergeFailed
    case mergedLibraryInvalid
    case gitFailed
    case offline
    case firstPush
    case synced
    case nothingNew
    case committed
    case newConflicts
    case openConflicts
    case statusRemote
    case statusToSend
    case statusToReceive
    case statusNeverSent
    case statusLastSynced
    case statusNeverSynced
    case statusOffline
    case nounChange
    case nounFile
    case nounConflict
    case noConflicts
    case conflictLine
    case conflictField
    case conflictDeleted
    case conflictAbsent
    case resolved
    case resolvedSyncHint
    case unknownConflict
    case unknownField
    case keepMineOrTheirs
    case resolveSummary
    case purgeLeavesGitHistory
    case historyRestarted
    case historyFollowed
    case conflictKept
    case keptForReferences

    public static let placeholders: [SyncText: [String]] = [
        .gitUnavailable: ["reason"],
        .notARepository: ["folder"],
        .notTopLevel: ["folder", "top"],
        .noRemote: ["folder"],
        .detachedHead: ["folder"],
        .damagedLibrary: ["reason"],
        .unrelatedHistories: ["remote"],
        .mergeFailed: ["remote", "files", "reason"],
        .mergedLibraryInvalid: ["remote", "problems"],
        .gitFailed: ["step", "reason"],
        .offline: ["remote", "url", "reason"],
        .firstPush: ["remote", "url", "files"],
        .synced: ["remote", "sent", "received"],
        .nothingNew: ["remote"],
        .committed: ["changes"],
        .newConflicts: ["conflicts"],
        .openConflicts: ["conflicts"],
        .statusRemote: ["remote", "url", "branch"],
        .statusToSend: ["changes", "files"],
        .statusToReceive: ["files"],
        .statusLastSynced: ["time"],
        .statusOffline: ["remote", "reason"],
        .conflictLine: ["id", "file", "record", "fields", "time", "who"],
        .conflictField: ["field", "inFile", "setAside"],
        .resolved: ["id", "file", "record"],
        .unknownConflict: ["id"],
        .unknownField: ["field", "fields"],
        .resolveSummary: ["id"],
        .historyRestarted: ["remote"],
        .historyFollowed: ["remote"],
        .conflictKept: ["record", "who", "records"],
        .keptForReferences: ["conflicts", "records"],
    ]
}

extension SyncError: LocalizedText, CustomStringConvertible {
    public func text(in language: Language) -> String {
        let book = TextBook(language)
        switch self {
        case .gitUnavailable(let reason): return book.format(SyncText.gitUnavailable, reason)
        case .notARepository(let folder): return book.format(SyncText.notARepository, folder)
        case .notTopLevel(let folder, let top): return book.format(SyncText.notTopLevel, folder, top)
        case .noRemote(let folder): return book.format(SyncText.noRemote, folder)
        case .detachedHead(let folder): return book.format(SyncText.detachedHead, folder)
        case .damagedLibrary(let reason): return book.format(SyncText.damagedLibrary, reason)
        case .unrelatedHistories(let remote): return book.format(SyncText.unrelatedHistories, remote)
        case .mergeFailed(let remote, let files, let reason):
            return book.format(
                SyncText.mergeFailed, remote, files.isEmpty ? "-" : files.prefix(5).joined(separator: ", "), reason)
        case .mergedLibraryInvalid(let remote, let problems):
            return book.format(SyncText.mergedLibraryInvalid, remote, problems)
        case .gitFailed(let step, let reason): return book.format(SyncText.gitFailed, step, reason)
        }
    }

    public var description: String { text(in: .english) }
}
