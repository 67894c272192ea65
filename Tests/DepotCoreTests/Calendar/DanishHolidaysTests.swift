import Testing

@testable import DepotCore

@Suite struct DanishHolidaysTests {
    private func day(_ text: String) -> Day { Day(text)! }

    /// Easter Sunday 2000–2035 as published (e.g. the tables of the Danish almanac and of the US Naval Observatory).
    private static let publishedEaster = [
        "04-23", "04-15", "03-31", "04-20", "04-11", "03-27", "04-16", "04-08", "03-23", "04-12",  // 2000–2009
        "04-04", "04-24", "04-08", "03-31", "04-20", "04-05", "03-27", "04-16", "04-01", "04-21",  // 2010–2019
        "04-12", "04-04", "04-17", "04-09", "03-31", "04-20", "04-05", "03-28", "04-16", "04-01",  // 2020–2029
        "04-21", "04-13", "03-28", "04-17", "04-09", "03-25",  // 2030–2035
    ]

    @Test func easterSundayMatchesThePublishedTable2000To2035() {
        for (offset, monthAndDay) in Self.publishedEaster.enumerated() {
            let year = 2000 + offset
            #expect(DanishHolidays.easterSunday(year: year) == day("\(year)-\(monthAndDay)"), "\(year)")
            #expect(DanishHolidays.holiday(on: day("\(year)-\(monthAndDay)")) == .easterSunday)
        }
    }

    @Test func fixedHolidaysFallOnTheSameDateEveryYear() {
        for year in 2000...2035 {
            #expect(DanishHolidays.holiday(on: Day(year: year, month: 1, day: 1)!) == .newYearsDay)
            #expect(DanishHolidays.holiday(on: Day(year: year, month: 12, day: 24)!) == .christmasEve)
            #expect(DanishHolidays.holiday(on: Day(year: year, month: 12, day: 25)!) == .christmasDay)
            #expect(DanishHolidays.holiday(on: Day(year: year, month: 12, day: 26)!) == .boxingDay)
            #expect(DanishHolidays.holiday(on: Day(year: year, month: 12, day: 31)!) == .newYearsEve)
            #expect(DanishHolidays.isHoliday(Day(year: year, month: 6, day: 5)!))
            #expect(!DanishHolidays.isHoliday(Day(year: year, month: 12, day: 23)!))
            #expect(!DanishHolidays.isHoliday(Day(year: year, month: 12, day: 27)!))
        }
    }

    @Test func movableHolidaysFollowEaster2026() {
        #expect(DanishHolidays.holiday(on: day("2026-04-02")) == .maundyThursday)
        #expect(DanishHolidays.holiday(on: day("2026-04-03")) == .goodFriday)
        #expect(DanishHolidays.holiday(on: day("2026-04-06")) == .easterMonday)
        #expect(DanishHolidays.holiday(on: day("2026-05-14")) == .ascensionDay)
        #expect(DanishHolidays.holiday(on: day("2026-05-24")) == .whitSunday)
        #expect(DanishHolidays.holiday(on: day("2026-05-25")) == .whitMonday)
        #expect(DanishHolidays.holiday(on: day("2026-04-07")) == nil)
    }

    @Test func storeBededagIsAHolidayUpTo2023Only() {
        #expect(DanishHolidays.holiday(on: day("2023-05-05")) == .greatPrayerDay)
        #expect(DanishHolidays.holidays(in: 2023).contains { $0.holiday == .greatPrayerDay })
        #expect(!DanishHolidays.isHoliday(day("2024-04-26")))
        #expect(!DanishHolidays.holidays(in: 2024).contains { $0.holiday == .greatPrayerDay })
    }

    @Test func holidaysOfAYearAreListedInDateOrder() {
        let list = DanishHolidays.holidays(in: 2027)
        #expect(list.count == 13)
        #expect(zip(list, list.dropFirst()).allSatisfy { $0.day <= $1.day })
        for (listed, holiday) in list { #expect(DanishHolidays.holiday(on: listed) == holiday) }
        #expect(DanishHolidays.holidays(in: 2023).count == 14)
    }

    @Test func holidaysHaveDanishAndEnglishNames() {
        #expect(DanishHolidays.name(of: day("2026-06-05"), language: .danish) == "Grundlovsdag")
        #expect(DanishHolidays.name(of: day("2026-06-05"), language: .english) == "Constitution Day")
        #expect(DanishHolidays.name(of: day("2026-04-02"), language: .danish) == "Skærtorsdag")
        #expect(DanishHolidays.name(of: day("2026-04-06"), language: .english) == "Easter Monday")
        #expect(DanishHolidays.name(of: day("2026-11-23"), language: .danish) == nil)
        for holiday in DanishHolidays.Holiday.allCases {
            #expect(!holiday.name(.danish).isEmpty && !holiday.name(.english).isEmpty)
        }
    }

    @Test func workingDaysSkipWeekendsAndHolidays() {
        // Wednesday 1 April 2026 + 1 working day: Maundy Thursday to Easter Monday are closed, so Tuesday 7 April.
        #expect(DanishHolidays.adding(workingDays: 1, to: day("2026-04-01")) == day("2026-04-07"))
        #expect(DanishHolidays.isWorkingDay(day("2026-11-23")))
        #expect(!DanishHolidays.isWorkingDay(day("2026-11-22")))
    }

    /// The generator's calendar used to keep its own list; it now uses `DanishHolidays`, which adds only Easter
    /// Sunday and Whit Sunday. Both are Sundays, so working days and van days — and the generated data — are the
    /// same as before.
    @Test func generatorWorkingDaysAreUnchangedByTheSharedHolidays() {
        for year in 1990...2100 {
            let easter = DanishHolidays.easterSunday(year: year)
            var previous: Set<Day> = [
                Day(year: year, month: 1, day: 1)!, easter.adding(days: -3), easter.adding(days: -2),
                easter.adding(days: 1), easter.adding(days: 39), easter.adding(days: 50),
                Day(year: year, month: 6, day: 5)!, Day(year: year, month: 12, day: 24)!,
                Day(year: year, month: 12, day: 25)!, Day(year: year, month: 12, day: 26)!,
                Day(year: year, month: 12, day: 31)!,
            ]
            if year <= 2023 { previous.insert(easter.adding(days: 26)) }
            let now = Set(DanishHolidays.holidays(in: year).map(\.day))
            #expect(now.subtracting(previous).allSatisfy { $0.weekday == .sunday }, "\(year)")
            #expect(previous.isSubset(of: now), "\(year)")
        }
        let calendar = RouteCalendar(years: 2020...2030)
        #expect(!calendar.isWorkingDay(day("2026-05-25")))
        #expect(calendar.isWorkingDay(day("2026-05-26")))
    }
}
