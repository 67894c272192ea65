import Foundation
import Testing

@testable import DepotCore

extension DepositsTests {
    @Suite struct ReminderLetterTests {
        private func day(_ text: String) -> Day { Day(text)! }

        private func library() throws -> LibraryData {
            var data = try DeskFixtures.withSolsikkenDeposit()
            try Desk.dispatch(crates: ["K002"], to: "P002", on: day("2026-09-01"), in: &data)
            return data
        }

        private func partner(_ id: Partner.ID, in data: LibraryData) -> Partner { data.partners.first { $0.id == id }! }

        /// The letter with its line breaks undone, so that a sentence can be looked for wherever it wraps.
        private func flat(_ letter: String) -> String {
            letter.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: " ")
        }

        private func expectFits(_ letter: String, sourceLocation: SourceLocation = #_sourceLocation) {
            for line in letter.split(separator: "\n", omittingEmptySubsequences: false) {
                #expect(line.count <= 80, "\(line)", sourceLocation: sourceLocation)
                #expect(line.last != " ", "trailing space: \(line)", sourceLocation: sourceLocation)
            }
        }

        @Test func letterToAnExemptPartnerSaysNothingIsCharged() throws {
            let data = try library()
            let letter = ReminderLetter.text(
                for: partner("P001", in: data), data: data, today: day("2026-11-23"), language: .danish)
            #expect(letter.hasPrefix("Syddjurs Bibliotekerne, Børneteamet\nHovedgaden 40, 8410 Rønde\n"))
            #expect(flat(letter).contains("Att.: Mette Sørensen"))
            #expect(flat(letter).contains("Kære Mette Sørensen"))
            #expect(flat(letter).contains("Kasse K001 „Dyr i skoven“, 4 bøger: skal hjem onsdag 2. december 2026"))
            #expect(flat(letter).contains("I skal ikke betale noget"))
            #expect(!flat(letter).contains("kr."))
            // The day the route sheet collects the crate: its due date, not the first Wednesday after the letter.
            #expect(flat(letter).contains("Bogbilen kommer næste gang onsdag 2. december 2026"))
            expectFits(letter)
        }

        @Test func letterToAChargedPartnerGivesRatesAndTheFineSoFar() throws {
            let data = try library()
            let letter = ReminderLetter.text(
                for: partner("P002", in: data), data: data, today: day("2026-12-11"), language: .english)
            #expect(flat(letter).contains("Dear Åse Ærø"))
            #expect(flat(letter).contains("Crate K002 \"Kroppen\", 4 books: was due back on Tuesday 1 December 2026"))
            #expect(flat(letter).contains("10 days ago"))
            #expect(flat(letter).contains("DKK 5.00 a"))
            #expect(flat(letter).contains("The fine so far is DKK 50.00."))
            #expect(!flat(letter).contains("Nothing will be charged"))
            expectFits(letter)
        }

        @Test func letterMentionsBooksKeptBackEarlier() throws {
            var data = try DeskFixtures.withSolsikkenDeposit()
            try Desk.exchange(
                partner: "P001", newCrates: ["K002"], on: day("2026-12-02"),
                missing: [DeskFixtures.barcode(4): .stillAtPartner], in: &data)
            let letter = ReminderLetter.text(
                for: partner("P001", in: data), data: data, today: day("2027-02-24"), language: .english)
            #expect(flat(letter).contains("We are also still missing these books from earlier crates:"))
            #expect(flat(letter).contains("Cykelmyggen Egon (5000100000004)"))
            expectFits(letter)
        }

        @Test func noLetterWhenNothingIsDueSoon() throws {
            let data = try library()
            let today = day("2026-10-01")
            #expect(ReminderLetter.partnersToRemind(data: data, today: today).isEmpty)
            #expect(
                ReminderLetter.text(for: partner("P001", in: data), data: data, today: today, language: .danish) == "")
            #expect(
                ReminderLetter.partnersToRemind(data: data, today: day("2026-11-23")).map(\.id) == ["P001", "P002"])
        }

        @Test func sampleLettersFitEightyColumnsInBothLanguages() {
            let data = LibraryGenerator(scale: .sample).generate()
            let today = Day(year: 2026, month: 11, day: 23)!
            let partners = ReminderLetter.partnersToRemind(data: data, today: today)
            #expect(partners.count >= 3)
            for partner in partners {
                for language in Language.allCases {
                    let letter = ReminderLetter.text(for: partner, data: data, today: today, language: language)
                    #expect(flat(letter).contains(partner.name))
                    #expect(flat(letter).contains(data.settings.name))
                    expectFits(letter)
                }
            }
        }

        @Test func longWordsAndIndentsWrapWithinTheWidth() {
            let lines = TextWrap.lines(
                "en " + String(repeating: "x", count: 30) + " to tre", width: 12, firstIndent: "- ", indent: "  ")
            #expect(lines == ["- en", "  xxxxxxxxxx", "  xxxxxxxxxx", "  xxxxxxxxxx", "  to tre"])
            #expect(TextWrap.lines("", width: 10) == [""])
        }
    }
}
