import Testing

@testable import DepotCore

/// Numbers, amounts, dates and counts as each language writes them, all from the language files.
@Suite("Numbers, amounts and days in each language")
struct NumberAndDayTextTests {
    @Test func amountsHaveTheLanguagesDecimalSignAndThousands() {
        #expect(NumberText.amount(Money(minorUnits: 46_990), in: .danish) == "469,90")
        #expect(NumberText.amount(Money(minorUnits: 46_990), in: .english) == "469.90")
        #expect(NumberText.amount(Money(minorUnits: 1_260_005), in: .danish) == "12.600,05")
        #expect(NumberText.amount(Money(minorUnits: 1_260_005), in: .english) == "12,600.05")
        #expect(NumberText.amount(Money(minorUnits: 126_000), in: .danish) == "1260,00")
        #expect(NumberText.amount(Money(minorUnits: -5), in: .danish) == "-0,05")
        #expect(NumberText.amount(.zero, in: .english) == "0.00")
    }

    @Test func kronerAreWrittenAsTheLanguageDoes() {
        #expect(NumberText.kroner(Money(minorUnits: 46_990), in: .danish) == "469,90 kr.")
        #expect(NumberText.kroner(Money(minorUnits: 46_990), in: .english) == "DKK 469.90")
        #expect(Money(minorUnits: 1_260_000).danishText == "12.600,00 kr.")
    }

    @Test func theSignsComeFromTheLanguageFiles() {
        for language in Language.allCases {
            let book = TextBook(language)
            #expect(
                NumberText.decimal(14.25, fractionDigits: 1, in: language).contains(
                    book[NumberFormatText.decimalSeparator]))
            #expect(NumberText.whole(60_000, in: language) == "60" + book[NumberFormatText.groupSeparator] + "000")
        }
    }

    @Test func daysAndWeeksInEachLanguage() throws {
        let day = try #require(Day(year: 2026, month: 11, day: 23))
        #expect(DayText(.danish).long(day) == "23. november 2026")
        #expect(DayText(.english).long(day) == "23 November 2026")
        #expect(DayText(.danish).short(day) == "man 23.11.")
        #expect(DayText(.english).short(day) == "Mon 23/11")
        #expect(DayText(.danish).week(ISOWeek(containing: day)) == "uge 48")
        #expect(DayText(.english).week(ISOWeek(containing: day)) == "week 48")
        #expect(DayText(.danish).weekdayName(.sunday) == "søndag")
        #expect(DayText(.english).monthName(5) == "May")
    }

    @Test func countsTakeTheFormOfTheirNumber() {
        let danish = TextBook(.danish)
        let english = TextBook(.english)
        #expect(danish.count(1, CommandText.nounDeposit) == "1 depot")
        #expect(danish.count(2, CommandText.nounDeposit) == "2 depoter")
        #expect(danish.count(0, CommandText.nounLetter) == "0 breve")
        #expect(english.count(1, CommandText.nounLetter) == "1 letter")
        #expect(english.count(12_000, CommandText.nounRow) == "12,000 rows")
        #expect(danish.count(12_000, CommandText.nounRow) == "12.000 rækker")
    }

    @Test func everyClosedDayHasAName() {
        for holiday in DanishHolidays.Holiday.allCases {
            #expect(HolidayText(rawValue: holiday.rawValue) != nil, "\(holiday)")
        }
        #expect(DanishHolidays.Holiday.christmasEve.name(.danish) == "Juleaftensdag")
        #expect(DanishHolidays.Holiday.whitMonday.name(.english) == "Whit Monday")
    }

    @Test func theLocaleChoosesTheLanguageByItsCode() {
        #expect(Language.resolve(explicit: nil, environment: ["LANG": "da_DK.UTF-8"]) == .danish)
        #expect(Language.resolve(explicit: nil, environment: ["LANG": "en_GB.UTF-8"]) == .english)
        #expect(Language.resolve(explicit: nil, environment: ["LANG": "C.UTF-8"]) == .english)
        #expect(Language.resolve(explicit: nil, environment: ["LANG": "nb_NO.UTF-8"]) == .english)
        #expect(Language.resolve(explicit: "da", environment: ["LANG": "C"]) == .danish)
        #expect(Language.resolve(explicit: nil, environment: [:]) == .danish)
        #expect(Language(code: "EN") == .english && Language(code: "dansk") == .danish && Language(code: "xx") == nil)
    }
}
