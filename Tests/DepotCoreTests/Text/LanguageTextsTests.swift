import Foundation
import Testing

@testable import DepotCore

@Suite("Language files")
struct LanguageTextsTests {
    @Test func everyLanguageHasItsFileInTheProgramsResources() throws {
        #expect(LanguageTexts.problems.isEmpty, "\(LanguageTexts.problems)")
        let folder = try #require(LanguageTexts.bundledFolder)
        for language in Language.allCases {
            #expect(
                FileManager.default.fileExists(atPath: folder.appendingPathComponent("\(language.rawValue).json").path))
            let texts = LanguageTexts.bundled(language)
            #expect(texts.code == language.rawValue)
            #expect(!texts.catalogues.isEmpty)
        }
        #expect(LanguageTexts.bundled(.danish).entry("TextKey", "tabWeek") == .text("Uge"))
        #expect(LanguageTexts.bundled(.english).entry("TextKey", "tabWeek") == .text("Week"))
    }

    @Test func thePrintoutsHaveEveryTextInEveryLanguage() {
        let languages = Language.allCases.map(LanguageTexts.bundled)
        for texts in languages {
            for catalogue in TextBook.catalogues {
                #expect(
                    catalogue.missing(in: texts).isEmpty, "\(texts.code) \(catalogue): \(catalogue.missing(in: texts))")
                #expect(
                    catalogue.unknown(in: texts).isEmpty, "\(texts.code) \(catalogue): \(catalogue.unknown(in: texts))")
                #expect(catalogue.placeholderProblems(in: texts).isEmpty, "\(catalogue.placeholderProblems(in: texts))")
            }
        }
        for catalogue in TextBook.catalogues { #expect(catalogue.pluralMismatches(in: languages).isEmpty) }
        #expect(TextBook(.danish).count(2, WeekPrintText.nounBook) == "2 bøger")
        #expect(TextBook(.english).format(WeekPrintText.page, 1, 2) == "page 1 of 2")
    }

    /// A translator's file stays easy to compare and merge: catalogues and keys sorted, one entry a line, no key
    /// twice (JSON itself would let the second win without a word).
    @Test func theFilesAreSortedWithOneEntryALine() throws {
        let folder = try #require(LanguageTexts.bundledFolder)
        for language in Language.allCases {
            let file = folder.appendingPathComponent("\(language.rawValue).json")
            let lines = try String(contentsOf: file, encoding: .utf8).split(separator: "\n").map(String.init)
            var catalogues: [String] = []
            var keys: [String] = []
            for (number, line) in lines.enumerated() {
                let name = line.drop { $0 == " " }.split(separator: "\"", omittingEmptySubsequences: false)
                guard name.count > 2, name[0].isEmpty else { continue }
                if line.hasPrefix("  \""), line.hasSuffix("{") {
                    #expect(keys == keys.sorted(), "\(file.lastPathComponent): keys before line \(number + 1)")
                    catalogues.append(String(name[1]))
                    keys = []
                } else if line.hasPrefix("    \"") {
                    keys.append(String(name[1]))
                    #expect(Set(keys).count == keys.count, "\(file.lastPathComponent) line \(number + 1): twice")
                } else {
                    Issue.record("\(file.lastPathComponent) line \(number + 1) is not one entry: \(line)")
                }
            }
            #expect(keys == keys.sorted())
            #expect(catalogues == catalogues.sorted() && !catalogues.isEmpty)
        }
    }

    @Test func placeholdersAreFilledByNameInAnyOrder() {
        let names = ["count", "lastSeason", "season"]
        #expect(
            LanguageTexts.fill(
                "! {count} mangler lukkedage i {season} (havde i {lastSeason})", names: names,
                values: ["3", "2025/26", "2026/27"]) == "! 3 mangler lukkedage i 2026/27 (havde i 2025/26)")
        #expect(LanguageTexts.fill("{a}{a} {b}", names: ["a", "b"], values: ["x", "y"]) == "xx y")
        // Braces that are no declared placeholder are text, and a value that looks like one is not filled again.
        #expect(LanguageTexts.fill("{x} {} {a", names: ["a"], values: ["1"]) == "{x} {} {a")
        #expect(LanguageTexts.fill("{a} {b}", names: ["a", "b"], values: ["{b}", "2"]) == "{b} 2")
        #expect(
            LanguageTexts.placeholders(in: "Uge {week} · {from} – {to} {} {ikke et navn}") == ["week", "from", "to"])
    }

    @Test func pluralFormsFollowTheCount() throws {
        let texts = try LanguageTexts.parse(
            Data(#"{"X": {"crate": {"one": "kasse", "other": "kasser"}, "plain": "besøg"}}"#.utf8), code: "da",
            file: "da.json")
        let crate = try #require(texts.entry("X", "crate"))
        #expect(Plural.form(crate, count: 1, in: .danish) == "kasse")
        #expect(Plural.form(crate, count: 0, in: .danish) == "kasser")
        #expect(Plural.form(crate, count: 2, in: .danish) == "kasser")
        #expect(crate.plain == "kasser")
        #expect(Plural.form(try #require(texts.entry("X", "plain")), count: 1, in: .danish) == "besøg")
    }

    @Test(arguments: [
        (#"{"X": {"a": {"one": "x"}}}"#, #"X.a needs the plural forms "one" and "other""#),
        (#"{"X": {"a": {"one": "x", "other": "y", "few": "z"}}}"#, #"X.a has the plural form "few""#),
        (#"{"X": {"a": 3}}"#, "X.a must be a text or an object of plural forms"),
        (#"{"X": ["a"]}"#, "X must be an object of texts by key"),
        (#"["a"]"#, "must hold an object of catalogues"),
        (#"{"X": {"a": "b",}"#, "is not valid JSON"),
    ])
    func aDamagedFileIsRefusedNamingTheFileAndKey(json: String, message: String) {
        #expect {
            try LanguageTexts.parse(Data(json.utf8), code: "xx", file: "Texts/xx.json")
        } throws: { error in
            let description = "\(error)"
            return description.hasPrefix("Texts/xx.json: ") && description.contains(message)
        }
    }

    @Test func theQuickReadOfALanguageFileGivesWhatTheSlowReadGives() throws {
        let folder = try #require(LanguageTexts.bundledFolder)
        for language in Language.allCases {
            let url = folder.appendingPathComponent("\(language.rawValue).json")
            let data = try Data(contentsOf: url)
            #expect(LanguageTexts.parseQuickly(data, code: language.rawValue) != nil, "the bundled file reads quickly")
            let quick = try LanguageTexts.parse(data, code: language.rawValue, file: url.path)
            let slow = try LanguageTexts.parseAsObjects(data, code: language.rawValue, file: url.path)
            #expect(quick.catalogues == slow.catalogues)
            #expect(quick.catalogues.count > 20)
        }
    }

    @Test func aMissingFileIsNamed() {
        let folder = URL(fileURLWithPath: NSTemporaryDirectory()).appendingPathComponent("no-texts-\(UUID())")
        #expect {
            try LanguageTexts.load(code: "sv", folder: folder)
        } throws: { error in
            "\(error)".contains("no-texts-") && "\(error)".contains("sv.json: cannot be read")
        }
    }
}
