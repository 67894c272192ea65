import Foundation
import Testing

@testable import DepotCore

/// The purge on disk: after it, no file in the library folder names a purged reader, and the log says what went.
@Suite struct PurgeForgetTests {
    static let today = Day(year: 2028, month: 4, day: 1)!
    static let names = ["Ida", "Noah", "Freja", "Oscar"]
    /// Where the library uses the readers' names for something else; these stay.
    static let otherUses = ["Noah og arken", "Freja Søgaard"]

    /// The purge tests' library, plus a staff member and a book that bear two readers' names, and a competition
    /// still within its retention period whose reader is also called Oscar.
    static func library() throws -> LibraryData {
        var data = try EventsPurgeTests.library()
        data.staff.append(
            StaffMember(
                id: "S03", name: "Freja Søgaard", affiliation: .init(kind: .publicLibrary, institution: "Rønde"),
                role: "bibliotekar"))
        data.items[0].title = "Noah og arken"
        var kept = CompetitionSamples.heatAndFinal()
        for (index, name) in ["Oscar", "Mads", "Luna", "Emil"].enumerated() { kept.readers[index].firstName = name }
        kept.rounds[1].day = Day(year: 2028, month: 3, day: 1)!
        data.events.append(
            Event(
                id: "E2028-01", kind: .readingCompetition, title: "Mesterskab 2028",
                startsOn: Day(year: 2028, month: 2, day: 1)!, competition: kept))
        return data
    }

    /// A library on disk after some saves (so `backups/` holds versions with the names), with a temporary file
    /// left by a cut-off write and printouts of both competitions and of a week.
    static func folderWithCopies() throws -> (TemporaryFolder, LibraryStore, LibraryData) {
        let folder = TemporaryFolder("purge-forget")
        var data = try library()
        let store = try LibraryStore.create(folder: folder.path, with: data)
        _ = try store.load()
        for number in 1...3 {
            data.events[data.events.count - 2].notes = "Ændring \(number)"
            try store.save(data, files: [.events])
        }
        try folder.write(".events.json.tmp-4242", try folder.read("events.json"))
        try FileManager.default.createDirectory(atPath: folder.file("printouts"), withIntermediateDirectories: true)
        let purged = try #require(data.events.first { $0.id == "E2027-09" })
        let keptEvent = try #require(data.events.first { $0.id == "E2028-01" })
        let competition = try #require(purged.competition)
        try folder.write(
            "printouts/resultater-E2027-09-1.txt",
            CompetitionResults.text(event: purged, competition: competition, round: 0, language: .danish))
        try folder.write(
            "printouts/diplomer.html",
            CompetitionCertificates.html(event: purged, competition: competition, round: 0, language: .english))
        try folder.write(
            "resultater.txt",
            CompetitionRunningOrder.text(event: purged, competition: competition, round: 0, language: .english))
        try folder.write(
            "printouts/mesterskab-2028.txt",
            try CompetitionRunningOrder.text(
                event: keptEvent, competition: #require(keptEvent.competition), round: 0, language: .danish))
        try folder.write(
            "printouts/uge-11.txt",
            "Uge 11\n18 March 2027: Mesterskab 2027, Rønde\nPakkes: Noah og arken\nVagt: Freja Søgaard\n"
                + "Thursday 18 August 2027\n")
        try folder.write("printouts/.diplomer.html.tmp", "<p>Ida</p><p>Oscar</p>")
        return (folder, store, data)
    }

    /// Every file in the folder whose text names one of `names` as a whole word, once the library's other uses
    /// of the words and the week printout's dates are taken out.
    static func filesNaming(_ names: [String], in folder: String) throws -> [String] {
        let files = FileManager.default.enumerator(atPath: folder)?.allObjects as? [String] ?? []
        var found: [String] = []
        for file in files.sorted() {
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: "\(folder)/\(file)", isDirectory: &isFolder),
                !isFolder.boolValue
            else { continue }
            var text = String(decoding: try Data(contentsOf: URL(fileURLWithPath: "\(folder)/\(file)")), as: UTF8.self)
            for phrase in otherUses + ["18 August"] { text = text.replacingOccurrences(of: phrase, with: " ") }
            for name in names {
                let pattern = try NSRegularExpression(pattern: "(?<![\\p{L}\\p{N}_])\(name)(?![\\p{L}\\p{N}_])")
                if pattern.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) != nil {
                    found.append("\(file): \(name)")
                }
            }
        }
        return found
    }

    @Test func beforeThePurgeTheNamesAreInManyFiles() throws {
        let (folder, store, _) = try Self.folderWithCopies()
        defer { store.close() }
        let naming = Set(try Self.filesNaming(Self.names, in: folder.path).map { $0.split(separator: ":")[0] })
        #expect(naming.contains("events.json") && naming.contains(".events.json.tmp-4242"))
        #expect(naming.contains("printouts/diplomer.html") && naming.contains("resultater.txt"))
        #expect(naming.filter { $0.hasPrefix("backups/events.json.") }.count == 3)
    }

    @Test func afterThePurgeNoFileNamesAPurgedReader() throws {
        let (folder, store, before) = try Self.folderWithCopies()
        defer { store.close() }
        var data = before
        let plan = Purge.plan(data, Self.today)
        #expect(plan.map(\.eventID) == ["E2027-09"])
        let outcome = try Purge.run(plan, data: &data, store: store, today: Self.today, by: "S01")
        #expect(outcome.problems == [])
        #expect(outcome.readerCount == 4 && outcome.competitionCount == 1)
        // Oscar also reads in the 2028 competition, which is kept: only its events.json and printout may name him.
        #expect(try Self.filesNaming(["Ida", "Noah", "Freja"], in: folder.path) == [])
        let keptOscar =
            try backupsNamingOscar(folder.path) + ["events.json: Oscar", "printouts/mesterskab-2028.txt: Oscar"]
        #expect(try Self.filesNaming(["Oscar"], in: folder.path).sorted() == keptOscar.sorted())
        #expect(outcome.backups.removed.count == 4)
        #expect(outcome.temporaryFiles.removed == [".events.json.tmp-4242"])
        #expect(
            outcome.printouts.removed == [
                "printouts/.diplomer.html.tmp", "printouts/diplomer.html", "printouts/resultater-E2027-09-1.txt",
                "resultater.txt",
            ])
        // The week printout and the kept competition's stay; so does the record of the purge on disk.
        #expect(FileManager.default.fileExists(atPath: folder.file("printouts/uge-11.txt")))
        #expect(FileManager.default.fileExists(atPath: folder.file("printouts/mesterskab-2028.txt")))
        let onDisk = try LibraryStore(folder: folder.path, forWriting: false).load()
        #expect(onDisk == data)
        let note = try #require(onDisk.events.first { $0.id == "E2027-09" }?.log.last)
        #expect(note.on == Self.today && note.authorID == "S01")
        #expect(note.text.contains("4 oplæsere hedder nu Oplæser 1–Oplæser 4"))
        #expect(note.text.contains("4 tidligere udgaver af events.json i backups/"))
        #expect(note.text.contains("1 midlertidig fil"))
        #expect(
            note.text.contains(
                "4 udskrifter (printouts/.diplomer.html.tmp, printouts/diplomer.html, "
                    + "printouts/resultater-E2027-09-1.txt, resultater.txt)"))
        // The second save keeps one backup: the purged version, without the names.
        let backups = try FileManager.default.contentsOfDirectory(atPath: folder.file("backups"))
            .filter { $0.hasPrefix("events.json.") }
        #expect(backups.count == 1)
    }

    /// The backups that still name Oscar: only the one made after the purge, which has the kept competition's.
    private func backupsNamingOscar(_ folder: String) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: "\(folder)/backups").filter {
            $0.hasPrefix("events.json.")
        }.map { "backups/\($0): Oscar" }
    }

    @Test func aFailedSaveRemovesNothing() throws {
        let store = FakeStore()
        store.saveFailure = StoreError.readOnly(reason: .openedForReading)
        var data = try Self.library()
        #expect(throws: StoreError.self) {
            try Purge.run(Purge.plan(data, Self.today), data: &data, store: store, today: Self.today)
        }
        #expect(store.calls == ["save"])
    }

    @Test func filesThatCannotBeRemovedAreNamedInTheNoteAndTheOutcome() throws {
        let store = FakeStore()
        store.printouts = Removal(removed: ["printouts/a.txt"], failed: ["printouts/b.txt (Permission denied)"])
        var data = try Self.library()
        let outcome = try Purge.run(Purge.plan(data, Self.today), data: &data, store: store, today: Self.today)
        #expect(store.calls == ["save", "backups", "temporary", "outputs", "save"])
        #expect(outcome.problems == ["could not remove printouts/b.txt (Permission denied); it still names readers"])
        let note = try #require(store.saved.last?.events.first { $0.id == "E2027-09" }?.log.last?.text)
        #expect(note.contains("Kunne ikke slettes og rummer stadig navne – slet dem i hånden: printouts/b.txt"))
    }

    @Test func nothingDueWritesNothing() throws {
        let store = FakeStore()
        var data = try Self.library()
        let outcome = try Purge.run([], data: &data, store: store, today: Self.today)
        #expect(store.calls == [] && outcome == Purge.Outcome())
    }

    @Test func aNameCountsAsAWholeWordAndNotInADateOrATitle() throws {
        let target = ReaderNames.Target(eventID: "E1", title: "Mesterskab", readerCount: 2, names: ["August", "Ida"])
        var data = LibraryData(
            settings: LibrarySettings(name: "", address: Address(street: "", postalCode: "", city: "")))
        data.items = try Self.library().items
        data.items[1].title = "Ida og Idas hund"
        let names = ReaderNames(targets: [target], data: data)
        #expect(names.events(namedIn: "1. August, 5.a", path: "x.txt") == ["E1"])
        #expect(names.events(namedIn: "<td>Ida</td>", path: "x.html") == ["E1"])
        #expect(names.events(namedIn: "Thursday 18 August 2027; August 2027", path: "x.txt") == [])
        #expect(names.events(namedIn: "Idas, Augusta, august, Ida_", path: "x.txt") == [])
        #expect(names.events(namedIn: "Pakkes: Ida og Idas hund", path: "x.txt") == [])
        #expect(names.events(namedIn: "Pakkes: Ida og Idas hund; Ida, 5.b", path: "x.txt") == ["E1"])
    }
}

/// A store that records what the purge asks of it.
final class FakeStore: ForgettingStore {
    var calls: [String] = []
    var saved: [LibraryData] = []
    var saveFailure: (any Error)?
    var printouts = Removal()

    func save(_ data: LibraryData, files: Set<StoreFile>) throws {
        calls.append("save")
        if let saveFailure { throw saveFailure }
        saved.append(data)
    }

    func forgetEarlierVersions(of file: StoreFile) throws -> Removal {
        calls.append("backups")
        return Removal()
    }

    func removeTemporaryFiles(of file: StoreFile) throws -> Removal {
        calls.append("temporary")
        return Removal()
    }

    func removeOutputFiles(where matches: (String, String) -> Bool) throws -> Removal {
        calls.append("outputs")
        for path in printouts.removed + printouts.failed.map({ String($0.prefix { $0 != " " }) }) {
            _ = matches(path, "Ida, 5.a")
        }
        return printouts
    }
}
