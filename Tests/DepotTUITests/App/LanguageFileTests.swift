import DepotCore
import Foundation
import Testing

@testable import DepotTUI

@Suite("The screen's language files")
struct LanguageFileTests {
    @Test func everyLanguageHasExactlyTheKeysAndPlaceholdersTheCodeDeclares() {
        let languages = Language.allCases.map(LanguageTexts.bundled)
        for texts in languages {
            #expect(Strings.missingTexts(in: texts).isEmpty, "\(texts.code): \(Strings.missingTexts(in: texts))")
            let problems = Strings.textProblems(in: texts)
            #expect(problems.isEmpty, "\(problems.joined(separator: "\n"))")
        }
        #expect(Strings.pluralMismatches(in: languages).isEmpty, "\(Strings.pluralMismatches(in: languages))")
    }

    /// A key says what its text is for: no numbered copies ("overdue2") a translator cannot tell apart.
    @Test func noKeyIsANumberedCopyOfAnother() {
        for texts in Language.allCases.map(LanguageTexts.bundled) {
            for (catalogue, entries) in texts.catalogues {
                let numbered = entries.keys.filter { $0.last?.isNumber == true }.sorted()
                #expect(numbered.isEmpty, "\(texts.code) \(catalogue): \(numbered)")
            }
        }
    }

    @Test func theCheckFindsATextWhosePlaceholdersDiffer() {
        let texts = LanguageTexts(
            code: "xx",
            catalogues: [
                "TextKey": [
                    "tooSmall": .text("Larger: {width}×{rows}"), "tabWeek": .text("Week {week}"), "gone": .text(""),
                ],
                "Nothing": [:],
            ])
        let problems = Strings.textProblems(in: texts)
        #expect(problems.contains { $0.hasPrefix("TextKey.tooSmall in xx: \"Larger: {width}×{rows}\"") })
        #expect(problems.contains { $0.hasPrefix("TextKey.tabWeek in xx") && $0.contains("no placeholders") })
        #expect(problems.contains("xx: TextKey.gone is not a key"))
        #expect(problems.contains("xx: no catalogue is called Nothing"))
        let plural = LanguageTexts(code: "yy", catalogues: ["TextKey": ["tabWeek": .plural([.one: "a", .other: "b"])]])
        #expect(
            Strings.pluralMismatches(in: [plural, LanguageTexts.bundled(.danish)]) == [
                "TextKey.tabWeek has plural forms in only some languages"
            ])
    }

    @Test func theDeclaredOrderPutsEachValueInItsPlace() {
        let danish = Strings(.danish)
        #expect(danish.format(.tooSmall, 80, 24) == "Gør vinduet større (mindst 80×24)")
        #expect(danish.format(.scanFinished, "D1", 3, 5) == "Modtaget D1: 3 af 5 tilbage")
        #expect(danish.count(1, PlanTabText.nounConflict) == "1 konflikt")
        #expect(Strings(.english).count(2, PlanTabText.nounConflict) == "2 conflicts")
        // Danish and English put the two seasons in different orders in the same sentence.
        #expect(
            danish.format(PlanTabText.closuresMissing, 2, "2025/26", "2026/27")
                == "! 2 mangler lukkedage i 2026/27 (havde i 2025/26) – L kopierer sidste års")
        #expect(
            Strings(.english).format(PlanTabText.closuresMissing, 2, "2025/26", "2026/27")
                == "! 2 partners have no closures in 2026/27 (had in 2025/26): L copies them")
    }

    /// A new language is a file: a tiny Norwegian one from the tests' fixtures goes through the same loading,
    /// placeholders and plurals, and the completeness check names what it still lacks. (A `Language` case cannot be
    /// added from a test; with one, `Strings(.norwegian)` would read `nb.json` from the resources like this.)
    @Test func aThirdLanguageIsOneMoreFile() throws {
        let folder = try #require(Bundle.module.url(forResource: "Texts", withExtension: nil))
        let norwegian = try LanguageTexts.load(code: "nb", folder: folder)
        let strings = Strings(.danish, texts: norwegian)
        #expect(strings[.tabWeek] == "Uke")
        #expect(strings.format(.tooSmall, 80, 24) == "Gjør vinduet større (minst 80×24)")
        #expect(strings.count(1, PlanTabText.nounConflict) == "1 konflikt")
        #expect(
            strings.format(
                PlanTabText.summary, strings.count(3, PlanTabText.nounVisit),
                strings.count(2, PlanTabText.nounConflict), 1)
                == "3 besøk · 2 konflikter · 1 ikke planlagt")
        #expect(Strings.textProblems(in: norwegian).isEmpty)
        let missing = Strings.missingTexts(in: norwegian)
        #expect(missing.contains("TextKey.tabPlan") && missing.contains("WeekTabText.weekHeading"))
        #expect(!missing.contains("TextKey.tabWeek"))
        #expect(strings[.tabPlan] == "tabPlan")
    }
}
