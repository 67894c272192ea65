import Foundation
import Testing

@testable import DepotCore

/// English words a Danish error must not hold (words both languages spell alike, and JSON's own `null`, `true`,
/// `false`, are left out).
private let englishWords: Set<String> = [
    "the", "and", "of", "expected", "found", "unexpected", "end", "text", "string", "number", "must", "missing",
    "object", "array", "value", "comma", "digit", "digits", "invalid", "should", "not", "allowed", "after", "before",
    "inside", "key", "keys", "quotes", "double", "single", "is", "are", "cannot", "start", "with", "followed", "by",
    "more", "unterminated", "control", "character", "first", "second", "half", "pair", "surrogate", "valid",
    "trailing", "comments", "opened", "its", "item", "items", "range", "whole", "empty", "required", "has", "no",
    "line", "column", "date", "written", "amount", "such", "or", "unknown", "option", "arguments",
    "did", "you", "mean", "please", "provide", "one", "does", "take", "any", "was", "specified", "error", "usage",
    "see", "help", "information", "left", "team", "sign", "changes", "staff", "member", "called", "that", "matches",
    "give", "name", "days", "from", "to", "period",
]

/// The English words of `text` outside single quotes (what was typed, the values an option takes), to show in a
/// failing expectation.
private func english(in text: String) -> [String] {
    let unquoted = text.split(separator: "'", omittingEmptySubsequences: false).enumerated()
        .filter { $0.offset.isMultiple(of: 2) }.map(\.element).joined(separator: " ")
    return unquoted.lowercased().split { !$0.isLetter }.map(String.init).filter { englishWords.contains($0) }
}

/// The refusals of the argument parser, as swift-argument-parser 1.8.2 writes them, in Danish: the sentences and
/// their frame, with what was typed and the names of options kept.
struct ArgumentParserTextTests {
    private let usage = """
        Usage: depot overdue [--data <DIR>] [--format <format>]
          See 'depot overdue --help' for more information.
        """

    private func danish(_ error: String, help: String? = nil) -> String {
        let full = "Error: \(error)\n" + (help.map { "Help:  \($0)\n" } ?? "") + usage
        return ArgumentParserText.spoken(full, in: .danish)
    }

    @Test func theCommonRefusalsAreDanishAndKeepWhatWasTyped() {
        let cases: [(String, String)] = [
            ("3 unexpected arguments: 'a', 'b', 'c'", "Fejl: 3 uventede argumenter: 'a', 'b', 'c'"),
            ("Unexpected argument 'x'", "Fejl: Uventet argument 'x'"),
            ("Unknown option '--bogus'", "Fejl: Ukendt tilvalg '--bogus'"),
            (
                "Unknown option '--fromat'. Did you mean '--format'?",
                "Fejl: Ukendt tilvalg '--fromat'. Mente du '--format'?"
            ),
            ("Missing expected argument '<barcode>'", "Fejl: Der mangler et argument: '<barcode>'"),
            ("Missing value for '--data <DIR>'", "Fejl: Der mangler en værdi til '--data <DIR>'"),
            ("The value 'x' is invalid for '--times <N>'", "Fejl: Værdien 'x' kan ikke bruges til '--times <N>'"),
            (
                "The value 'xml' is invalid for '--format <format>'. Please provide one of 'text', 'csv' or 'json'.",
                "Fejl: Værdien 'xml' kan ikke bruges til '--format <format>'. Skriv 'text', 'csv' eller 'json'."
            ),
            (
                "The value 'x' is invalid for '--missing <missing>'. Please provide one of 'lost' and 'at-partner'.",
                "Fejl: Værdien 'x' kan ikke bruges til '--missing <missing>'. Skriv 'lost' eller 'at-partner'."
            ),
            (
                "The option '--excel' does not take any value, but 'yes' was specified.",
                "Fejl: Tilvalget '--excel' tager ingen værdi, men fik 'yes'."
            ),
            ("Missing required subcommand.", "Fejl: Der mangler en underkommando."),
        ]
        for (error, expected) in cases {
            let lines = danish(error).split(separator: "\n").map(String.init)
            #expect(lines.first == expected, "\(error)")
            #expect(lines.dropFirst().first == "Brug: depot overdue [--data <DIR>] [--format <format>]")
            #expect(lines.last == "  Se 'depot overdue --help' for mere.")
            #expect(english(in: lines.first ?? "").isEmpty, "\(lines)")
        }
    }

    @Test func theHelpLineIsSaidWithItsLabelLinedUpWithTheUsageAndAListOfValuesStays() {
        // The option's help in the line is the run's language already (`HelpText`); only its label is the parser's.
        let said = danish("Missing value for '--data <DIR>'", help: "--data <DIR>  Mappen med biblioteket.")
        #expect(
            said.split(separator: "\n").map(String.init) == [
                "Fejl: Der mangler en værdi til '--data <DIR>'",
                "Hjælp: --data <DIR>  Mappen med biblioteket.",
                "Brug:  depot overdue [--data <DIR>] [--format <format>]",
                "  Se 'depot overdue --help' for mere.",
            ])
        #expect(english(in: said).isEmpty, "\(said)")
        let list = ArgumentParserText.spoken(
            "Error: The value 'x' is invalid for '--scale <scale>'. Please provide one of the following:\n  - a\n  - b\n"
                + usage, in: .danish)
        #expect(
            list.hasPrefix(
                "Fejl: Værdien 'x' kan ikke bruges til '--scale <scale>'. Skriv en af disse:\n  - a\n  - b\n"))
    }

    @Test func depotsOwnReasonsAndUnknownFormsAreKeptAndEnglishIsUntouched() {
        #expect(danish("--lang skal være en af da, en.").hasPrefix("Fejl: --lang skal være en af da, en.\n"))
        #expect(danish("Something new the parser says").hasPrefix("Fejl: Something new the parser says\n"))
        let full = "Error: Unknown option '--bogus'\n" + usage
        #expect(ArgumentParserText.spoken(full, in: .english) == full)
    }
}

/// What is wrong in a damaged file, said in Danish from the catalogue, naming the same file, line, column and field
/// as in English.
struct JSONProblemTextTests {
    private struct Sample: Decodable {
        var id: String
        var count: Int
        var due: Day?
        var cap: Money?
        var small: UInt8?
    }

    /// The store's error for `json` read as `type` from `partners.json`.
    private func damage<T: Decodable>(_ json: String, as type: T.Type = [Sample].self) -> StoreError? {
        do {
            _ = try JSONFileDecoding.decode(type, from: Array(json.utf8))
            return nil
        } catch {
            return JSONFileDecoding.damage(error, file: "partners.json")
        }
    }

    @Test(arguments: [
        "", "[] x", "[1,]", #"{"a":1,}"#, "{'a':1}", "{", "{1:2}", #"{"a""#, #"{"a" 1}"#, #"[""#, "[\"a\nb\"]",
        "[\"a\u{01}\"]", #"["\u12"]"#, #"["\uD800x"]"#, #"["\uDC00"]"#, #"["\q"]"#, "[01]", "[-x]", "[1.x]",
        "[1ex]", "[tru]", "[", "[/]", "['a']", "[}", "[1", "[1 2]", #"{"x": }"#,
    ])
    func syntaxErrorsAreDanish(json: String) throws {
        let error = try #require(damage(json, as: [String: [String]].self) ?? damage(json, as: [String].self))
        let danish = error.text(in: .danish)
        let english = error.text(in: .english)
        #expect(danish != english)
        #expect(
            danish.hasPrefix("partners.json linje 1, kolonne ") || danish.hasPrefix("partners.json linje 2, kolonne "))
        let sentence = String(danish.drop { $0 != ":" })
        #expect(englishWordsIn(sentence).isEmpty, "\(danish) (\(english))")
    }

    @Test func decodingErrorsAreDanishAndNameTheField() throws {
        let cases: [(String, String)] = [
            (#"[{"id":"P1","count":"x"}]"#, #"der skulle stå et helt tal i "count", men der står en tekst"#),
            (#"[{"id":"P1","count":1.5}]"#, #"der skulle stå et helt tal i "count", men der står 1.5"#),
            (#"[{"id":"P1","count":1,"small":300}]"#, #"tallet 300 i "small" er uden for det tilladte"#),
            (#"[{"count":1}]"#, #""id" mangler i element 1"#),
            (
                #"[{"id":"P1","count":1,"due":"2026-13-45"}]"#,
                #""[1].due": der skulle stå en dato skrevet ÅÅÅÅ-MM-DD, men der står "2026-13-45""#
            ),
            (
                #"[{"id":"P1","count":1,"cap":"abc"}]"#,
                #""[1].cap": der skulle stå et beløb som "249.95", men der står "abc""#
            ),
        ]
        for (json, expected) in cases {
            let error = try #require(damage(json))
            let danish = error.text(in: .danish)
            #expect(danish.contains(expected), "\(danish)")
            #expect(danish.hasPrefix("partners.json linje 1, kolonne "), "\(danish)")
            #expect(error.text(in: .english).hasPrefix("partners.json line 1, column "))
        }
    }

    @Test func aProblemOfDepotCheckIsSaidInTheLanguageAndAnUnknownSentenceStays() throws {
        let problem = Problem(
            file: "library.json", line: 16, column: 21,
            message: #""library.dueSoonDays": must be from 0 to 365 days; found 400"#)
        #expect(
            problem.text(in: .danish)
                == #"library.json linje 16, kolonne 21: "library.dueSoonDays": skal være fra 0 til 365 dage; fundet 400"#
        )
        #expect(
            problem.text(in: .english)
                == #"library.json line 16, column 21: "library.dueSoonDays": must be from 0 to 365 days; found 400"#)
        let period = try #require(CalendarPeriod("6y")?.loanPeriodProblem)
        #expect(period == "must be from 1 day to 5 years; found 6y")
        #expect(
            JSONProblemText.spoken("a loan period " + period, in: .danish)
                == "en låneperiode skal være fra 1 dag til 5 år; fundet 6y")
        let unknown = Problem(file: "x.json", message: "a sentence nobody knows")
        #expect(unknown.text(in: .danish) == "x.json: a sentence nobody knows")
    }

    private func englishWordsIn(_ text: String) -> [String] { english(in: text) }
}

/// The desk's `--as`: a name not taken is refused in the language of the desk.
struct DeskIdentityLanguageTests {
    @Test func aMemberWhoLeftAndAnUnknownNameAreRefusedInDanish() throws {
        let data = Fixtures.library()
        let today = try #require(Day("2027-02-01"))
        guard case .failure(let left) = DeskIdentity.staff(named: "S02", in: data, today: today) else {
            Issue.record("S02 left on 2027-01-31")
            return
        }
        #expect(
            left.text(in: .danish)
                == "Peter Holm (S02) stoppede i teamet 2027-01-31 og kan ikke skrive under på ændringer")
        #expect(left.description == "Peter Holm (S02) left the team on 2027-01-31 and cannot sign changes")

        guard case .failure(let unknown) = DeskIdentity.staff(named: "Bo", in: data, today: today) else {
            Issue.record("no Bo")
            return
        }
        #expect(
            unknown.text(in: .danish)
                == #"ingen medarbejder hedder "Bo" eller har det id (staff.json har: S01 Lone Kjær)"#)
        #expect(
            unknown.description == #"no staff member is called "Bo" or has that id (staff.json has: S01 Lone Kjær)"#)
        #expect(english(in: unknown.text(in: .danish).replacingOccurrences(of: "staff.json", with: "")).isEmpty)
    }

    @Test func aNameSeveralHaveIsRefusedInDanish() {
        let failure = StaffLookup.Failure.ambiguous("lene", ["S03 Lene Ebbesen", "S04 Lene Mikkelsen"])
        #expect(
            failure.text(in: .danish)
                == #""lene" passer på 2 medarbejdere (S03 Lene Ebbesen; S04 Lene Mikkelsen); skriv mere af navnet, eller id"#
        )
        #expect(
            failure.description.hasPrefix(#""lene" matches 2 staff members (S03 Lene Ebbesen; S04 Lene Mikkelsen)"#))
    }
}

/// A file the store could not read or write is named in Danish, the operating system's reason too where it is a
/// common one.
struct FileProblemTextTests {
    @Test func aLinkWhereAFileShouldBeIsRefusedInDanish() throws {
        let folder = NSTemporaryDirectory() + "depot-file-problem-\(UUID().uuidString.prefix(8))"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try FileManager.default.createSymbolicLink(atPath: folder + "/partners.json", withDestinationPath: "elsewhere")
        #expect(throws: StoreError.self) { try AtomicFile.read(folder + "/partners.json") }
        do {
            _ = try AtomicFile.read(folder + "/partners.json")
        } catch let error as StoreError {
            #expect(
                error.text(in: .danish).hasSuffix(
                    "partners.json: er et symbolsk link, ikke en almindelig fil; den blev ikke læst"))
            #expect(
                error.text(in: .english).hasSuffix(
                    "partners.json: is a symbolic link, not a regular file; it was not read"))
        }
    }

    @Test func theOperatingSystemsReasonIsSaidAndAnUnknownOneKept() {
        let denied = StoreError.io(file: "crates.json", message: "cannot open (Permission denied)")
        #expect(denied.text(in: .danish) == "crates.json: kan ikke åbnes (adgang nægtet)")
        let odd = StoreError.io(file: "crates.json", message: "cannot open (Some rare reason)")
        #expect(odd.text(in: .danish) == "crates.json: kan ikke åbnes (Some rare reason)")
        let held = StoreError.io(
            file: ".depot.lock",
            message: "another Depot has held the library's lock for a minute; nothing was saved. "
                + "Try again; if it does not pass, that Depot has stopped responding")
        #expect(held.text(in: .danish).hasPrefix(".depot.lock: en anden Depot har holdt bibliotekets lås i et minut"))
        let recorded = StoreError.io(
            file: "crates.json",
            message: "crates.json: cannot replace the file (No space left on device); the change was recorded in "
                + "change.json and is finished the next time Depot opens the library")
        #expect(
            recorded.text(in: .danish)
                == "crates.json: crates.json: kan ikke erstatte filen (der er ikke mere plads på disken); ændringen blev "
                + "skrevet i change.json og gøres færdig, næste gang Depot åbner biblioteket")
        let fifo = Problem(file: "partners.json", message: "x")
        var read = fifo
        read.storeError = .io(
            file: "/lib/partners.json", message: "is a FIFO (named pipe), not a regular file; it was not read")
        #expect(
            read.text(in: .danish)
                == "partners.json: /lib/partners.json: er en FIFO (navngivet rør), ikke en almindelig fil; den blev ikke læst"
        )
    }
}

/// The rarer refusals of the store, made where they happen: a printer name in `library.json` that is none, a save
/// whose data could not be written as it would be read back, a backup that could not be kept. Each in Danish, the
/// file and what was found kept as they are.
struct RareStoreMessageLanguageTests {
    @Test func aPrinterNameThatIsNoneIsRefusedInDanishInTheFileAndOnTheCommandLine() throws {
        let folder = Fixtures.temporaryFolder()
        var data = Fixtures.library()
        data.settings.printer = "-o evil"
        try LibraryStore.create(folder: folder.path, with: data).close()
        let error = #expect(throws: StoreError.self) {
            try LibraryStore(folder: folder.path, forWriting: false).load()
        }
        let danish = try #require(error).text(in: .danish)
        #expect(
            danish.contains(
                #""library.printer": "-o evil" er ikke et printernavn (1 til 127 bogstaver, cifre, - _ . @; "#
                    + "må ikke begynde med -)"), "\(danish)")
        #expect(danish.hasPrefix("library.json linje "), "\(danish)")
        #expect(english(in: String(danish.drop { $0 != ":" })).isEmpty, "\(danish)")
        #expect(
            try #require(error).text(in: .english).contains(
                #""library.printer": "-o evil" is not a printer name (1 to 127 letters, digits, - _ . @; "#
                    + "not starting with -)"))
        #expect(
            TextPrintLayout.checkPrinterName("a b", in: .danish)
                == #""a b" er ikke et printernavn (1 til 127 bogstaver, cifre, - _ . @; må ikke begynde med -)"#)
        #expect(TextPrintLayout.checkPrinterName("bibliotek-sal", in: .danish) == nil)
    }

    @Test func aSaveOfADayThatCouldNotBeReadBackIsRefusedInDanish() throws {
        let folder = Fixtures.temporaryFolder()
        var data = Fixtures.library()
        try LibraryStore.create(folder: folder.path, with: data).close()
        data.teams[0].reviewOn = Day.latest.adding(days: 1)
        let store = try LibraryStore(folder: folder.path)
        defer { store.close() }
        _ = try store.load()
        let error = try #require(#expect(throws: StoreError.self) { try store.save(data, files: [.teams]) })
        let late = Day.latest.adding(days: 1).description
        #expect(
            error.text(in: .danish)
                == "teams.json: datoen \(late) ligger uden for 1900-01-01 til 9999-12-31 og kan ikke gemmes; "
                + "intet blev skrevet til denne fil")
        #expect(
            error.text(in: .english)
                == "teams.json: the date \(late) is outside 1900-01-01 to 9999-12-31 and cannot be saved; "
                + "nothing was written to this file")
    }

    @Test func aBackupThatCouldNotBeKeptIsSaidInDanish() throws {
        let folder = Fixtures.temporaryFolder()
        var data = Fixtures.library()
        try LibraryStore.create(folder: folder.path, with: data).close()
        let store = try LibraryStore(folder: folder.path)
        defer { store.close() }
        _ = try store.load()
        // The link is refused, and a folder stands where the copy would go, so neither can keep the backup.
        store.hardLink = { _, backup in
            mkdir(backup, 0o700)
            errno = EPERM
            return -1
        }
        // Two files, so that each is put in place by renaming after its backup is kept (one file alone is swapped
        // in, the old one becoming the backup).
        data.partners[0].childCount = 11
        data.staff[0].name += " Hansen"
        let error = try #require(
            #expect(throws: StoreError.self) { try store.save(data, files: [.partners, .staff]) })
        // The whole sentence, before it is cut to the length of a line for the terminal.
        guard case .io(_, let message) = error else {
            Issue.record("\(error)")
            return
        }
        let danish = FileProblemText.spoken(message, in: .danish)
        let backups = "\(folder.path)/backups/partners.json."
        #expect(danish.hasPrefix("\(folder.path)/partners.json: kan ikke gemme en backup i \(backups)"), "\(danish)")
        #expect(
            danish.contains("(et link kunne ikke laves: handlingen er ikke tilladt; en kopi heller ikke: \(backups)"),
            "\(danish)")
        #expect(
            danish.contains(
                ": er en mappe, ikke en almindelig fil; Depot skriver kun almindelige filer og skrev intet); "
                    + "ændringen blev skrevet i "), "\(danish)")
        let words = danish.split(separator: " ").filter { !$0.contains("/") }.joined(separator: " ")
        #expect(english(in: words).isEmpty, "\(danish)")
        #expect(error.text(in: .danish).hasPrefix("partners.json: \(folder.path)/partners.json: kan ikke gemme"))
        #expect(error.text(in: .english).contains("cannot keep a backup at \(folder.path)/backups/partners.json."))
    }
}
