import Testing

@testable import DepotCore

/// The desk's refusals come from the language files (`DeskErrorText`), with the glossary's words and plurals.
@Suite struct DeskErrorTextTests {
    static let day = Day(year: 2027, month: 5, day: 18)!

    static let errors: [DeskError] = [
        .unknownItem("5000100000005"), .itemNotAvailable("5000100000005", status: .lost),
        .itemNotAvailable("5000100000005", status: .damaged), .itemNotKeptBack("5000100000005"),
        .crateNotHome("K001", state: .out), .crateHoldsUnavailableItem("K001", item: "5000100000005", status: .lost),
        .partnerEnded(name: "Skovmusen", on: day), .renewalLimitReached("D2026-0001", limit: 1),
        .renewalLimitReached("D2026-0001", limit: 2), .notAVisitDay(day, partner: "Skovmusen", next: day),
        .missingNotDecided(count: 1), .missingNotDecided(count: 3), .unknownPartner("P999"),
    ]

    @Test func everyRefusalHasItsTextInEveryLanguage() {
        for error in Self.errors {
            for language in Language.allCases {
                let text = error.localizedDescription(language)
                #expect(!text.isEmpty)
                #expect(!text.contains("{"), "\(text)")
                for key in DeskErrorText.allCases { #expect(text != key.rawValue) }
            }
            #expect(error.localizedDescription(.danish) != error.localizedDescription(.english))
        }
        #expect(DeskErrorText.missing(in: .danish).isEmpty)
        #expect(DeskErrorText.missing(in: .english).isEmpty)
    }

    @Test func countsTakeTheirPluralForm() {
        #expect(DeskError.missingNotDecided(count: 1).localizedDescription(.danish).hasPrefix("1 materiale blev ikke"))
        #expect(DeskError.missingNotDecided(count: 3).localizedDescription(.danish).hasPrefix("3 materialer blev ikke"))
        #expect(DeskError.missingNotDecided(count: 1).localizedDescription(.english).hasPrefix("1 book was not"))
        #expect(DeskError.missingNotDecided(count: 3).localizedDescription(.english).hasPrefix("3 books were not"))
        #expect(DeskError.renewalLimitReached("D1", limit: 1).localizedDescription(.danish).contains("én gang"))
        #expect(DeskError.renewalLimitReached("D1", limit: 2).localizedDescription(.english).contains("2 times"))
    }

    @Test func danishUsesTheGlossarysWords() {
        let danish = Self.errors.map { $0.localizedDescription(.danish) }.joined(separator: "\n")
        for drift in ["bortkommet", "beskadiget", "samarbejdspartner", "»", "«"] {
            #expect(!danish.contains(drift), "\(drift)")
        }
        #expect(danish.contains("18. maj 2027"))
        #expect(DeskError.itemNotAvailable("X", status: .lost).localizedDescription(.danish).contains("tabt"))
    }

    @Test func aHeldBackLetterCountsItsRules() {
        let rule = Violation(rule: .notRouteDay, day: Self.day, partnerID: "P1", partnerName: "Skovmusen")
        let one = PlanConflicts.heldBack("Skovmusen", [rule], language: .danish)
        #expect(one.hasPrefix("Brevet til Skovmusen holdes tilbage: dets besøg bryder 1 regel:"))
        var other = rule
        other.rule = .holiday
        let two = PlanConflicts.heldBack("Skovmusen", [rule, other], language: .english)
        #expect(two.hasPrefix("The letter to Skovmusen is held back: its visits break 2 rules:"))
    }

    @Test func htmlPrintoutsNumberTheirPagesInTheLanguage() {
        #expect(PrintStyle.css(.danish).contains(#"content: "Side " counter(page) " af " counter(pages);"#))
        #expect(PrintStyle.css(.english).contains(#"content: "Page " counter(page) " of " counter(pages);"#))
    }
}
