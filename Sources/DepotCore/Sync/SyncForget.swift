/// A machine following a history restarted after a purge elsewhere: the purge's other half here. The names the
/// other machine purged are still in this machine's own copies (its change log, its backups, its printouts), which
/// never travel; they are removed as `Purge.run` removes them where it ran.
enum SyncForget {
    /// The readers named in `before` (this machine's library before following) whose competition `after` (the
    /// library as the restarted history has it) has anonymised, and the removal of every local copy of them.
    static func forgetPurged(before: LibraryData, after: LibraryData, store: LibraryStore) {
        let targets = before.events.compactMap { old -> ReaderNames.Target? in
            guard let competition = old.competition, competition.anonymisedOn == nil,
                after.events.first(where: { $0.id == old.id })?.competition?.anonymisedOn != nil
            else { return nil }
            let names = Set(competition.readers.map(\.firstName)).filter { !$0.isEmpty }
            return ReaderNames.Target(
                eventID: old.id, title: old.title, readerCount: competition.readers.count, names: names.sorted())
        }
        _ = try? store.forgetEarlierVersions(of: .events)
        _ = try? store.removeTemporaryFiles(of: .events)
        guard !targets.isEmpty else { return }
        let names = ReaderNames(targets: targets, data: after)
        _ = try? store.removeOutputFiles { path, text in !names.events(namedIn: text, path: path).isEmpty }
        _ = try? store.removeHistoryLines { line in !names.events(namedIn: line, path: "").isEmpty }
    }
}
