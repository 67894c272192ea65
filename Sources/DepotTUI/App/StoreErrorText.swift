import DepotCore

/// The store's refusals in the screen's language. English is the store's own sentence; Danish says the same
/// things in the words the desk uses, keeping the values from the files (names, line numbers) as they are.
extension Strings {
    /// Why the library could not be read or saved, for the message line.
    public func describe(_ error: StoreError) -> String {
        guard language == .danish else { return error.description }
        return TerminalSafe.message(danishSentence(error))
    }

    private func danishSentence(_ error: StoreError) -> String {
        switch error {
        case .damaged(let file, let line, let column, let message):
            var place = file
            if let line {
                place += " linje \(line)"
                if let column { place += ", kolonne \(column)" }
            }
            let message = TerminalSafe.field(message, limit: TerminalSafe.lineLimit)
            return "\(place) er beskadiget: \(message). Filen er ikke ændret; ret den, eller hent den fra backups/."
        case .invalidRecords(let problems):
            let shown = problems.prefix(5).map { $0.text(in: language) }.joined(separator: "\n  ")
            let more = problems.count > 5 ? "\n  (og \(problems.count - 5) til; `depot check` viser dem alle)" : ""
            return "Biblioteket har poster, der ikke passer sammen:\n  \(shown)\(more)"
        case .newerSchema(let file, let found, let supported):
            return
                "\(file) er skrevet af en nyere Depot (skemaversion \(found); denne læser op til \(supported)). "
                + "Opdatér Depot; filen er ikke ændret."
        case .notALibrary(let path):
            return "\(path) er ikke et Depot-bibliotek (der er ingen library.json)."
        case .incompleteLibrary(let path, let missing, let hasBackups):
            let names = missing.joined(separator: ", ")
            let them = missing.count == 1 ? "den" : "dem"
            let restore =
                hasBackups
                ? "Hent \(them) fra \(path)/backups/ (den nyeste kopi af hver) eller fra jeres egen backup."
                : "Hent \(them) fra jeres egen backup."
            return "\(path) er et beskadiget bibliotek: \(names) mangler. \(restore) Intet er ændret."
        case .folderNotEmpty(let path):
            return
                "\(path) indeholder andre filer og intet Depot-bibliotek; et nyt bibliotek laves kun i en tom eller "
                + "ny mappe. Intet er skrevet."
        case .readOnly(let reason):
            return "Biblioteket er kun åbent for læsning: \(danishReadOnlyReason(reason))"
        case .changedOnDisk(let file):
            return
                "\(file) blev ændret af et andet program, efter Depot læste den; intet er skrevet. "
                + "Indlæs biblioteket igen, og lav ændringen igen."
        case .io(let file, let message):
            return "\(file): \(TerminalSafe.field(message, limit: TerminalSafe.lineLimit))"
        case .conflicts(let conflicts):
            let shown = conflicts.prefix(5).map(danishConflict).joined(separator: "\n  ")
            let more = conflicts.count > 5 ? "\n  (og \(conflicts.count - 5) til)" : ""
            let records = conflicts.count == 1 ? "samme post" : "samme poster"
            return "En anden skranke ændrede \(records) imens; intet er gemt:\n  \(shown)\(more)"
        }
    }

    /// The lock's reasons (`LibraryLock`), said in Danish; one not known here is shown as it is.
    private func danishReadOnlyReason(_ reason: String) -> String {
        let known = [
            "the library folder cannot be written by this user": "denne bruger kan ikke skrive i biblioteksmappen",
            "the library is locked": "biblioteket er låst",
            "its lock file .depot.lock is a symbolic link; remove it (Depot does not write through links)":
                "låsefilen .depot.lock er et symbolsk link; fjern den (Depot skriver ikke gennem links)",
            "its lock file .depot.lock is not a plain file of its own; remove it":
                "låsefilen .depot.lock er ikke en almindelig fil for sig selv; fjern den",
        ]
        return known[reason] ?? TerminalSafe.field(reason, limit: TerminalSafe.lineLimit)
    }

    private func danishConflict(_ conflict: RecordConflict) -> String {
        let what: String
        switch (conflict.ours, conflict.theirs) {
        case (nil, _): what = "slettet her og ændret af en anden skranke"
        case (_, nil): what = "ændret her og slettet af en anden skranke"
        default:
            let names = conflict.fields.prefix(6).map(\.name).joined(separator: ", ")
            what = "ændret både her og af en anden skranke (\(names.isEmpty ? "hele posten" : names))"
        }
        let id = TerminalSafe.field(conflict.recordID, limit: TerminalSafe.quoteLimit)
        return "\(conflict.file.relativePath): post \(id) blev \(what)"
    }
}
