import Testing

@testable import DepotCore

@Suite("Calendar days")
struct DayTests {
    @Test(arguments: [
        ("1970-01-01", 0), ("2026-11-23", 20_780), ("2000-02-29", 11_016), ("1969-12-31", -1),
    ])
    func daysCountFromTheEpoch(text: String, ordinal: Int) {
        #expect(Day(text)?.ordinal == ordinal)
        #expect(Day(ordinal: ordinal).description == text)
    }

    @Test func impossibleDaysAreRejected() {
        #expect(Day("2026-02-29") == nil)
        #expect(Day("2026-13-01") == nil)
        #expect(Day("2026-1-1") == nil)
        #expect(Day(year: 2024, month: 2, day: 29) != nil)
    }

    @Test func weekdaysStartOnMonday() {
        #expect(Day("2026-11-23")!.weekday == .monday)
        #expect(Day("2026-11-29")!.weekday == .sunday)
        #expect(Day("1970-01-01")!.weekday == .thursday)
    }

    @Test func addingMonthsClampsToTheEndOfAShortMonth() {
        #expect(Day("2027-01-31")!.adding(months: 1) == Day("2027-02-28"))
        #expect(Day("2028-01-31")!.adding(months: 1) == Day("2028-02-29"))
        #expect(Day("2026-11-23")!.adding(months: 3) == Day("2027-02-23"))
        #expect(Day("2026-03-15")!.adding(months: -3) == Day("2025-12-15"))
    }

    @Test func daysEncodeAsISOText() throws {
        let json = try FileEncoder.compact.encode([Day("2026-11-23")!])
        #expect(String(decoding: json, as: UTF8.self) == #"["2026-11-23"]"#)
    }
}

@Suite("ISO weeks")
struct ISOWeekTests {
    @Test(arguments: [
        ("2026-11-23", 2026, 48), ("2027-01-01", 2026, 53), ("2027-01-04", 2027, 1), ("2024-12-30", 2025, 1),
        ("2021-01-03", 2020, 53), ("2026-01-01", 2026, 1),
    ])
    func weekOfADay(text: String, year: Int, week: Int) {
        let isoWeek = ISOWeek(containing: Day(text)!)
        #expect(isoWeek.year == year)
        #expect(isoWeek.week == week)
    }

    @Test func yearsWithFiftyThreeWeeks() {
        #expect(ISOWeek.weeksIn(year: 2026) == 53)
        #expect(ISOWeek.weeksIn(year: 2020) == 53)
        #expect(ISOWeek.weeksIn(year: 2027) == 52)
        #expect(ISOWeek(year: 2027, week: 53) == nil)
    }

    @Test func aWeekAcrossNewYearStartsOnItsMonday() {
        let week = ISOWeek(year: 2026, week: 53)!
        #expect(week.monday == Day("2026-12-28"))
        #expect(week.days.last == Day("2027-01-03"))
        #expect(week.next == ISOWeek(year: 2027, week: 1))
        #expect(ISOWeek(year: 2027, week: 1)!.previous == week)
    }

    @Test func weeksReadAndWriteTheirISOName() {
        #expect(ISOWeek("2026-W48") == ISOWeek(year: 2026, week: 48))
        #expect(ISOWeek(year: 2027, week: 3)!.description == "2027-W03")
    }
}

@Suite("Seasons")
struct SeasonTests {
    @Test func aSeasonRunsFromAugustToJuly() {
        let season = Season(containing: Day("2026-11-23")!)
        #expect(season.description == "2026/27")
        #expect(season.firstDay == Day("2026-08-01"))
        #expect(season.lastDay == Day("2027-07-31"))
        #expect(Season(containing: Day("2027-07-31")!) == season)
        #expect(Season(containing: Day("2027-08-01")!) == season.next)
    }

    @Test func seasonsParseTheirUsualNames() {
        #expect(Season("2026/27") == Season(startYear: 2026))
        #expect(Season("2026-27") == Season(startYear: 2026))
        #expect(Season("2026/2027") == Season(startYear: 2026))
        #expect(Season("2026/28") == nil)
        #expect(Season("ost") == nil)
    }
}

@Suite("Typed dates")
struct DayInputTests {
    let today = Day("2026-11-23")!

    @Test(arguments: [
        ("2026-12-01", "2026-12-01"), ("1/12", "2026-12-01"), ("1.12", "2026-12-01"), ("5/1", "2027-01-05"),
        ("1/12/2027", "2027-12-01"), ("1/12-27", "2027-12-01"), ("+3m", "2027-02-23"), ("+2w", "2026-12-07"),
        ("+10d", "2026-12-03"), ("uge 49", "2026-11-30"), ("u2", "2027-01-11"), ("week 48", "2026-11-23"),
        ("uge 2 2026", "2026-01-05"), ("i dag", "2026-11-23"), ("tomorrow", "2026-11-24"),
    ])
    func aTypedDateIsUnderstood(typed: String, expected: String) throws {
        #expect(try DayInput.parse(typed, today: today).get() == Day(expected)!)
    }

    @Test func nonsenseIsRefusedWithTheReason() {
        #expect(DayInput.parse("", today: today) == .failure(.empty))
        #expect(DayInput.parse("snart", today: today) == .failure(.notUnderstood("snart")))
        #expect(DayInput.parse("31/2", today: today) == .failure(.noSuchDay("31/2")))
        #expect(DayInput.parse("uge 54", today: today) == .failure(.noSuchWeek("uge 54")))
    }
}

@Suite("Money")
struct MoneyTests {
    @Test(arguments: [("249.95", 24_995), ("249,95", 24_995), ("249", 24_900), ("0.5", 50), ("-5", -500)])
    func amountsParseExactly(text: String, minorUnits: Int) {
        #expect(Money(text)?.minorUnits == minorUnits)
    }

    @Test func amountsPrintWithTwoDecimals() {
        #expect(Money(minorUnits: 24_995).description == "249.95")
        #expect(Money(minorUnits: -5).description == "-0.05")
        #expect(Money(minorUnits: 24_995).danishText == "249,95 kr.")
    }

    @Test func badAmountsAreRejected() {
        for text in ["", "12.345", "abc", "1.2.3", "12,"] { #expect(Money(text) == nil, "\(text)") }
    }

    @Test func sumsAreExact() {
        let tenCents = Money("0.10")!
        let total = (0..<10).reduce(Money.zero) { sum, _ in sum + tenCents }
        #expect(total == Money(kroner: 1))
    }
}

@Suite("Identifiers")
struct IdentifierTests {
    @Test func numbersInsideIdentifiersOrderByValue() {
        let ids: [Partner.ID] = ["P10", "P2", "P001", "K7", "P1a", "Ø1"]
        #expect(ids.sorted().map(\.rawValue) == ["K7", "P001", "P1a", "P2", "P10", "Ø1"])
    }

    @Test func identifiersAreTheirTextInJSON() throws {
        let json = try FileEncoder.compact.encode(["P007" as Partner.ID])
        #expect(String(decoding: json, as: UTF8.self) == #"["P007"]"#)
        #expect(try FastJSONDecoder().decode([Partner.ID].self, from: json) == ["P007"])
    }
}
