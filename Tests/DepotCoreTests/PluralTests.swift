import Testing

@testable import DepotCore

@Suite("Plurals and numbers")
struct PluralTests {
    @Test func oneIsSingularAndEveryOtherCountPlural() {
        #expect(Plural.count(1, "kasse|kasser", in: .danish) == "1 kasse")
        #expect(Plural.count(0, "kasse|kasser", in: .danish) == "0 kasser")
        #expect(Plural.count(2, "konflikt|konflikter", in: .danish) == "2 konflikter")
        #expect(Plural.count(1, "crate|crates", in: .english) == "1 crate")
        #expect(Plural.count(21, "crate|crates", in: .english) == "21 crates")
        #expect(Plural.count(5, "besøg", in: .danish) == "5 besøg")
    }

    @Test func danishWritesADecimalComma() {
        #expect(NumberText.decimal(14.2, fractionDigits: 1, in: .danish) == "14,2")
        #expect(NumberText.decimal(0.7, fractionDigits: 1, in: .danish) == "0,7")
        #expect(NumberText.decimal(0.05, fractionDigits: 1, in: .danish) == "0,1")
        #expect(NumberText.decimal(-3.25, fractionDigits: 2, in: .english) == "-3.25")
        #expect(NumberText.decimal(14.2, fractionDigits: 1, in: .english) == "14.2")
        #expect(NumberText.decimal(12_600.5, fractionDigits: 1, in: .danish) == "12.600,5")
    }

    @Test func largeWholeNumbersAreGroupedInThousands() {
        #expect(NumberText.whole(1260, in: .danish) == "1260")
        #expect(NumberText.whole(60_000, in: .danish) == "60.000")
        #expect(NumberText.whole(1_234_567, in: .english) == "1,234,567")
        #expect(NumberText.whole(-60_000, in: .danish) == "-60.000")
    }

    @Test func amountsAreKronerWithADecimalComma() {
        #expect(Money(minorUnits: 46_990).danishText == "469,90 kr.")
    }
}
