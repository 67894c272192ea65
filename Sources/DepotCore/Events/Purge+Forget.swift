import Foundation

/// The whole purge, on disk: the names are replaced and saved, then every other copy Depot wrote of them in the
/// library folder is removed — the earlier versions of `events.json` in `backups/`, temporary files of it left by
/// a cut-off write, and printouts and exports naming the readers — and the event's log says what went.
extension Purge {
    /// What a purge did.
    public struct Outcome: Hashable, Sendable {
        /// The readers whose names were replaced, in all the competitions.
        public var readerCount = 0
        public var competitionCount = 0
        /// The earlier versions of `events.json` removed from `backups/`: they all held the names.
        public var backups = Removal()
        /// Temporary files of `events.json` left by a write that was cut off.
        public var temporaryFiles = Removal()
        /// Printouts and exports in the library folder that named readers of the purged competitions.
        public var printouts = Removal()
        /// Lines of the change log (`history/`) that held the names, by file.
        public var history = Removal()
        /// What went wrong after the names were saved (each a sentence), or nothing.
        public var problems: [String] = []

        public init() {}

        /// The files removed, all kinds together.
        public var removedCount: Int { backups.removed.count + temporaryFiles.removed.count + printouts.removed.count }

        /// Files that still hold names because they could not be removed.
        public var failed: [String] { backups.failed + temporaryFiles.failed + printouts.failed + history.failed }
    }

    /// Runs `plan` against the library on disk: replaces the names (`apply`), saves `events.json`, then removes the
    /// other copies of the names and saves the event's log again with a note of exactly what was removed. Throws
    /// only when the first save fails, in which case nothing on disk has changed. Once the names are saved nothing
    /// is thrown: `data` is then what is on disk (or what should be, when only the second save failed, see
    /// `Outcome.problems`), so a caller keeps it.
    public static func run(
        _ plan: [Candidate], data: inout LibraryData, store: any ForgettingStore, today: Day,
        by staff: StaffMember.ID? = nil
    ) throws -> Outcome {
        let targets = ReaderNames.targets(of: plan, in: data)
        let files = apply(plan, to: &data, today: today, by: staff)
        var outcome = Outcome()
        guard !files.isEmpty else { return outcome }
        try store.save(data, files: files)
        outcome.competitionCount = targets.count
        outcome.readerCount = targets.reduce(0) { $0 + $1.readerCount }

        func attempt(_ what: String, _ body: () throws -> Removal) -> Removal {
            do {
                return try body()
            } catch {
                outcome.problems.append("\(what): \((error as? StoreError)?.description ?? "\(error)")")
                return Removal()
            }
        }
        outcome.backups = attempt("backups/events.json") { try store.forgetEarlierVersions(of: .events) }
        outcome.temporaryFiles = attempt("events.json's temporary files") {
            try store.removeTemporaryFiles(of: .events)
        }
        let names = ReaderNames(targets: targets, data: data)
        var printoutsOf: [Event.ID: [String]] = [:]
        outcome.printouts = attempt("printouts") {
            try store.removeOutputFiles { path, text in
                let events = names.events(namedIn: text, path: path)
                for event in events { printoutsOf[event, default: []].append(path) }
                return !events.isEmpty
            }
        }
        outcome.history = attempt("history/") {
            try store.removeHistoryLines { line in !names.events(namedIn: line, path: "").isEmpty }
        }
        outcome.problems += outcome.failed.map { "could not remove \($0); it still names readers" }

        for target in targets {
            guard let e = data.events.firstIndex(where: { $0.id == target.eventID }), !data.events[e].log.isEmpty
            else { continue }
            let mine = Set(printoutsOf[target.eventID] ?? [])
            let printouts = Removal(
                removed: outcome.printouts.removed.filter(mine.contains),
                failed: outcome.printouts.failed.filter { failure in mine.contains { failure.hasPrefix("\($0) (") } })
            data.events[e].log[data.events[e].log.count - 1].text +=
                " " + removalNote(outcome, printouts: printouts)
        }
        do {
            try store.save(data, files: [.events])
        } catch {
            outcome.problems.append(
                "the log note of what was removed was not saved: \((error as? StoreError)?.description ?? "\(error)")")
        }
        return outcome
    }

    /// "Samtidig slettet, fordi de rummede navnene: 5 tidligere udgaver af events.json i backups/, 1 midlertidig fil
    /// og 2 udskrifter (printouts/a.txt, printouts/b.html)."
    static func removalNote(_ outcome: Outcome, printouts: Removal) -> String {
        func counted(_ count: Int, _ one: String, _ many: String) -> String { "\(count) \(count == 1 ? one : many)" }
        var parts: [String] = []
        if !outcome.backups.removed.isEmpty {
            parts.append(
                counted(outcome.backups.removed.count, "tidligere udgave", "tidligere udgaver")
                    + " af events.json i backups/")
        }
        if !outcome.temporaryFiles.removed.isEmpty {
            parts.append(counted(outcome.temporaryFiles.removed.count, "midlertidig fil", "midlertidige filer"))
        }
        if !printouts.removed.isEmpty {
            parts.append(
                counted(printouts.removed.count, "udskrift", "udskrifter")
                    + " (\(printouts.removed.joined(separator: ", ")))")
        }
        let historyLines = outcome.history.removed.reduce(0) { total, entry in
            total + (Int(entry.split(separator: "(").last?.dropLast() ?? "") ?? 0)
        }
        if historyLines > 0 { parts.append(counted(historyLines, "linje", "linjer") + " i ændringsloggen (history/)") }
        var text: String
        switch parts.count {
        case 0: text = "Der var ingen andre kopier af navnene (backups, midlertidige filer, udskrifter)."
        case 1: text = "Samtidig slettet, fordi de rummede navnene: \(parts[0])."
        default:
            text =
                "Samtidig slettet, fordi de rummede navnene: \(parts.dropLast().joined(separator: ", ")) og "
                + "\(parts[parts.count - 1])."
        }
        let failed = outcome.backups.failed + outcome.temporaryFiles.failed + printouts.failed + outcome.history.failed
        if !failed.isEmpty {
            text += " Kunne ikke slettes og rummer stadig navne – slet dem i hånden: \(failed.joined(separator: ", "))."
        }
        return text
    }
}

/// Finds the readers' names of purged competitions in the text of a file. A name counts as a whole word, with its
/// capitals, and not where the library has the same word for something else: a book title ("Alma og
/// hestene"), a staff member or judge ("Freja Søgaard"), a partner, an event's title — those phrases are taken out
/// of the text first, and so is a date ("18 August 2027" is no reader called August). A name that a reader of a
/// competition still kept also has counts only in a text with the purged competition's title. A file whose name
/// carries the event's id (`resultater-E2027-01-1.txt`, as the screen names its printouts) is that competition's
/// when it has any of the names.
struct ReaderNames {
    struct Target: Hashable, Sendable {
        var eventID: Event.ID
        var title: String
        var readerCount: Int
        /// The readers' first names, as they were before the purge.
        var names: [String]
    }

    /// For each competition of `plan` still to be purged in `data`, its readers' names.
    static func targets(of plan: [Purge.Candidate], in data: LibraryData) -> [Target] {
        plan.compactMap { candidate in
            guard let event = data.events.first(where: { $0.id == candidate.eventID }),
                let competition = event.competition, competition.anonymisedOn == nil
            else { return nil }
            let names = Set(competition.readers.map(\.firstName)).filter { !$0.isEmpty }
            return Target(
                eventID: event.id, title: event.title, readerCount: competition.readers.count, names: names.sorted())
        }
    }

    let targets: [Target]
    /// The words and phrases of the library (after the purge, without any reader's name) that contain one of the
    /// names, longest first, as written and as HTML writes them.
    let phrases: [String]
    /// For each target, its names that readers still kept also have.
    let shared: [Event.ID: Set<String>]

    init(targets: [Target], data: LibraryData) {
        self.targets = targets
        var kept = Set<String>()
        var withoutReaders = data
        for index in withoutReaders.events.indices {
            guard var competition = withoutReaders.events[index].competition else { continue }
            if competition.anonymisedOn == nil { kept.formUnion(competition.readers.map(\.firstName)) }
            for reader in competition.readers.indices { competition.readers[reader].firstName = "" }
            withoutReaders.events[index].competition = competition
        }
        var shared: [Event.ID: Set<String>] = [:]
        for target in targets { shared[target.eventID] = kept.intersection(target.names) }
        self.shared = shared
        let allNames = Set(targets.flatMap(\.names))
        var found = Set<String>()
        if !allNames.isEmpty {
            ReaderNames.collectStrings(in: withoutReaders) { text in
                if allNames.contains(where: { ReaderNames.containsWord($0, in: text) }) { found.insert(text) }
            }
        }
        let phrases = found.union(found.map(HTMLPage.escape))
        self.phrases = phrases.sorted { $0.count != $1.count ? $0.count > $1.count : $0 < $1 }
    }

    /// The events of `targets` whose readers `text`, the text of the file at `path`, names.
    func events(namedIn text: String, path: String) -> [Event.ID] {
        let named = targets.filter { target in target.names.contains { ReaderNames.names($0, in: text) } }
        guard !named.isEmpty else { return [] }
        let cleaned = ReaderNames.withoutDates(erasing(phrases, from: text), names: Set(named.flatMap(\.names)))
        let fileName = FilePath.lastComponent(path)
        return named.filter { target in
            if ReaderNames.containsWord(target.eventID.rawValue, in: fileName) { return true }
            let hasTitle = text.contains(target.title) || text.contains(HTMLPage.escape(target.title))
            let shared = self.shared[target.eventID] ?? []
            return target.names.contains { name in
                ReaderNames.names(name, in: cleaned) && (hasTitle || !shared.contains(name))
            }
        }.map(\.eventID)
    }

    private func erasing(_ phrases: [String], from text: String) -> String {
        var text = text
        for phrase in phrases where text.contains(phrase) {
            text = text.replacingOccurrences(of: phrase, with: " ")
        }
        return text
    }

    /// Whether `text` has `name` as a whole word, as written or as HTML writes it.
    static func names(_ name: String, in text: String) -> Bool {
        containsWord(name, in: text) || containsWord(HTMLPage.escape(name), in: text)
    }

    /// The English month names, which printouts write with a capital as some children are called.
    static let months = [
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
        "November", "December",
    ]

    /// `text` without dates whose month is also one of `names`: "18 August", "August 2027".
    static func withoutDates(_ text: String, names: Set<String>) -> String {
        var text = text
        for month in months where names.contains(month) && text.contains(month) {
            guard let date = try? Regex("[0-9]{1,2} \(month)|\(month) [0-9]{4}") else { continue }
            text = text.replacing(date, with: " ")
        }
        return text
    }

    /// Whether `word` occurs in `text` with no letter, digit or underscore right before or after it (as `grep -w`
    /// reads a word).
    static func containsWord(_ word: String, in text: String) -> Bool {
        guard !word.isEmpty else { return false }
        func isWordCharacter(_ character: Character) -> Bool {
            character.isLetter || character.isNumber || character == "_"
        }
        var start = text.startIndex
        while start < text.endIndex, let found = text.range(of: word, range: start..<text.endIndex) {
            let before = found.lowerBound == text.startIndex ? nil : text[text.index(before: found.lowerBound)]
            let after = found.upperBound == text.endIndex ? nil : text[found.upperBound]
            if !(before.map(isWordCharacter) ?? false) && !(after.map(isWordCharacter) ?? false) { return true }
            start = text.index(after: found.lowerBound)
        }
        return false
    }

    /// Calls `body` with every string held anywhere in `value`.
    static func collectStrings(in value: Any, _ body: (String) -> Void) {
        if let text = value as? String {
            body(text)
            return
        }
        for child in Mirror(reflecting: value).children { collectStrings(in: child.value, body) }
    }
}
