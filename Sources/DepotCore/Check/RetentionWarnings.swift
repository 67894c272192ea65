/// What `depot check` reports besides problems: things that are not wrong with the records, and do not stop the
/// library from opening, but that someone must do. Today: readers' names kept past their retention date.
extension LibraryCheck {
    /// One warning per competition whose readers' names are past the retention period on `today` and not yet
    /// removed — the competitions `depot purge` would purge (`Purge.plan`).
    public static func warnings(in data: LibraryData, today: Day) -> [Problem] {
        let months = data.settings.readerRetention
        return Purge.plan(data, today).map { candidate in
            let names =
                candidate.readerCount == 1 ? "1 reader's name is" : "\(candidate.readerCount) readers' names are"
            return Problem(
                file: StoreFile.events.relativePath, recordID: candidate.eventID.rawValue,
                message: "\(names) past their retention date (final \(candidate.finalOn), kept \(months) "
                    + "month\(months == 1 ? "" : "s"), until \(candidate.purgeFrom.adding(days: -1))); run `depot purge`"
            )
        }
    }
}

extension LibraryStore {
    /// Every problem in the library (as `check()`), and, when the records fit together, the warnings
    /// (`LibraryCheck.warnings`) on `today`.
    public func check(today: Day) -> (problems: [Problem], warnings: [Problem]) {
        do {
            let (data, problems) = try lock.shared { try loadFiles(stopAtFirst: false) }
            guard let data else { return (problems, []) }
            let referenceProblems = LibraryCheck.problems(in: data)
            guard referenceProblems.isEmpty else { return (referenceProblems, []) }
            return (JourneyCheck.problems(in: data), LibraryCheck.warnings(in: data, today: today))
        } catch let error as StoreError {
            return ([Problem(file: folder, message: error.description)], [])
        } catch {
            return ([Problem(file: folder, message: "\(error)")], [])
        }
    }
}
