import Foundation
import Testing

@testable import DepotCore

/// Day and period arithmetic at the ends of `Int`, the range of days read from text, and the command-line values:
/// each of these trapped (SIGILL) before.
@Suite("Calendar limits")
struct CalendarLimitsTests {
    private let today = Day("2026-12-01")!

    // MARK: Day arithmetic

    @Test func addingDaysSaturatesInsteadOfOverflowing() {
        #expect(today.adding(days: Int.max) == Day.maximum)
        #expect(today.adding(days: Int.min) == Day.minimum)
        #expect(Day.maximum.adding(days: 1) == Day.maximum)
        #expect(today.adding(days: 30) == Day("2026-12-31")!)
        // A day beyond the bounds (the planner's "never") is never moved the wrong way.
        let never = Day(ordinal: Int.max)
        #expect(never.adding(days: 1) == never)
        #expect(never.adding(days: 0) == never)
    }

    @Test func addingMonthsSaturatesInsteadOfOverflowing() {
        #expect(today.adding(months: Int.max) == Day.maximum)
        #expect(today.adding(months: Int.min) == Day.minimum)
        #expect(Day("2027-01-31")!.adding(months: 1) == Day("2027-02-28")!)
    }

    @Test func daysUntilSaturates() {
        #expect(Day(ordinal: Int.min).days(until: Day(ordinal: Int.max)) == Int.max)
        #expect(Day(ordinal: Int.max).days(until: Day(ordinal: Int.min)) == Int.min)
        #expect(today.days(until: Day("2026-12-24")!) == 23)
    }

    @Test func componentsOfAnyOrdinalDoNotTrap() {
        #expect(Day(ordinal: Int.max).year == 99_999)
        #expect(Day(ordinal: Int.min).year == 1)
        #expect(Day(year: Int.max, month: 1, day: 1) == nil)
        #expect(Day(year: Int.min, month: 1, day: 1) == nil)
    }

    @Test(arguments: [CalendarPeriod.Unit.days, .weeks, .months, .years])
    func aHugePeriodSaturates(unit: CalendarPeriod.Unit) {
        #expect(CalendarPeriod(Int.max, unit).after(today) == Day.maximum)
        #expect(CalendarPeriod(Int.min, unit).after(today) == Day.minimum)
    }

    @Test func loanPeriodsAreOneDayToFiveYears() {
        #expect(CalendarPeriod("1826d")!.loanPeriodProblem == nil)
        #expect(CalendarPeriod("260w")!.loanPeriodProblem == nil)
        #expect(CalendarPeriod("60m")!.loanPeriodProblem == nil)
        #expect(CalendarPeriod("5y")!.loanPeriodProblem == nil)
        #expect(CalendarPeriod("1827d")!.loanPeriodProblem == "must be from 1 day to 5 years; found 1827d")
        #expect(CalendarPeriod("261w")!.loanPeriodProblem != nil)
        #expect(CalendarPeriod("9223372036854775807d")!.loanPeriodProblem != nil)
        #expect(CalendarPeriod(0, .days).loanPeriodProblem != nil)
    }

    @Test func workingDaysStopAtTheLastDay() {
        let nearEnd = Day.maximum.adding(days: -10)
        #expect(DanishHolidays.adding(workingDays: Int.max, to: nearEnd) == Day.maximum)
    }

    @Test func holidaysOfAnyYearDoNotTrap() {
        #expect(DanishHolidays.easterSunday(year: -5) == DanishHolidays.easterSunday(year: 1))
        #expect(DanishHolidays.easterSunday(year: 2027) == Day("2027-03-28")!)
        #expect(DanishHolidays.holidays(in: Int.max).isEmpty == false)
    }

    @Test func seasonsAndWeeksOfAnyNumbersDoNotTrap() {
        #expect(Season(startYear: 2026, startMonth: 13).firstDay == Day("2026-12-01")!)
        #expect(Season(startYear: Int.max).firstDay >= Day("9999-12-31")!)
        #expect(ISOWeek(year: Int.max, week: 1) == nil)
        #expect(ISOWeek("9223372036854775807-W01") == nil)
        #expect(ISOWeek("2026-W53") != nil)
        #expect(Season("2026/27")!.isSupported)
        #expect(Season("9999/00")!.isSupported == false)
        #expect(Season(startYear: 1899).isSupported == false)
    }

    // MARK: Days from text

    @Test func daysReadFromTextAreFrom1900To9999() {
        #expect(Day("0000-03-01") == nil)
        #expect(Day("1899-12-31") == nil)
        #expect(Day("1900-01-01") == Day.earliest)
        #expect(Day("9999-12-31") == Day.latest)
        #expect(Day.problem(with: "0000-03-01") == "must be from 1900-01-01 to 9999-12-31; found 0000-03-01")
        #expect(Day.problem(with: "1/3") == "must be a date written as YYYY-MM-DD; found 1/3")
    }

    @Test func aDayOutsideTheRangeIsRefusedInAFileWithTheRange() throws {
        let error = #expect(throws: DecodingError.self) {
            try FastJSONDecoder().decode([Day].self, from: Array(#"["2026-12-01", "0000-03-01"]"#.utf8))
        }
        let damage = JSONFileDecoding.damage(try #require(error), file: "teams.json")
        #expect(damage.description.contains("a date must be from 1900-01-01 to 9999-12-31, found \"0000-03-01\""))
    }

    @Test func aDayThatCouldNotBeReadBackIsNotWritten() throws {
        #expect(throws: EncodingError.self) { try JSONEncoder().encode([Day.latest.adding(days: 1)]) }
        #expect(try JSONEncoder().encode([Day.latest]) == Data(#"["9999-12-31"]"#.utf8))
    }

    @Test func savingADayAfter9999IsRefusedAndLeavesTheFile() throws {
        let folder = Fixtures.temporaryFolder()
        var data = Fixtures.library()
        try LibraryStore.create(folder: folder.path, with: data).close()
        let before = try folder.read("teams.json")
        data.teams[0].reviewOn = Day.latest.adding(days: 1)
        let store = try LibraryStore(folder: folder.path)
        defer { store.close() }
        #expect(throws: StoreError.self) { try store.save(data, files: [.teams]) }
        #expect(try folder.read("teams.json") == before)
    }

    // MARK: Days typed by a person

    @Test func typedDaysOutsideTheRangeAreRefused() throws {
        #expect(DayInput.parse("+9223372036854775807d", today: today) == .failure(.outOfRange("+9223372036854775807d")))
        #expect(DayInput.parse("+9223372036854775807w", today: today) == .failure(.outOfRange("+9223372036854775807w")))
        #expect(DayInput.parse("+8000y", today: today) == .failure(.outOfRange("+8000y")))
        #expect(DayInput.parse("0000-03-01", today: today) == .failure(.outOfRange("0000-03-01")))
        #expect(
            DayInput.parse("1/1/99999999999999999999", today: today)
                == .failure(.outOfRange("1/1/99999999999999999999")))
        #expect(DayInput.parse("1/1/0099", today: today) == .failure(.outOfRange("1/1/0099")))
        #expect(DayInput.parse("uge 2 99999999999999", today: today) == .failure(.noSuchWeek("uge 2 99999999999999")))
        #expect(
            DayInput.parse("uge 2 9223372036854775807", today: today)
                == .failure(.noSuchWeek("uge 2 9223372036854775807")))
        #expect(try DayInput.parse("+2w", today: today).get() == Day("2026-12-15")!)
        #expect(try DayInput.parse("9999-12-31", today: today).get() == Day.latest)
    }

    @Test func typedDaysNearTheEndDoNotTrap() {
        let last = Day.latest
        #expect(DayInput.parse("i morgen", today: last) == .failure(.outOfRange("i morgen")))
        #expect(DayInput.parse("uge 1", today: last) == .failure(.outOfRange("uge 1")))
        #expect(DayInput.parse("1/1", today: last) == .failure(.outOfRange("1/1")))
    }

    // MARK: Command-line values

    @Test func dueWithinIsFromNoDaysToFiveYears() {
        #expect(
            OptionValues.dueWithin("9223372036854775807d")
                == .failure(OptionRefusal("--within must be from 0 days to 5 years; found 9223372036854775807d")))
        #expect(
            OptionValues.dueWithin("9223372036854775807")
                == .failure(OptionRefusal("--within must be from 0 days to 5 years; found 9223372036854775807d")))
        #expect(
            OptionValues.dueWithin("6y") == .failure(OptionRefusal("--within must be from 0 days to 5 years; found 6y"))
        )
        #expect(OptionValues.dueWithin("2w") == .success(.weeks(2)))
        #expect(OptionValues.dueWithin("0") == .success(.days(0)))
        #expect(OptionValues.dueWithin("5y") == .success(CalendarPeriod(5, .years)))
        #expect(OptionValues.dueWithin("-5") != .success(.days(-5)))
    }

    @Test func lookBackAndTaskNumbersAreRangeChecked() {
        #expect(
            OptionValues.number(Int.max, option: "--look-back", within: Limits.lookBackSeasons)
                == OptionRefusal("--look-back must be from 0 to 20 seasons; found 9223372036854775807"))
        #expect(OptionValues.number(-1, option: "--look-back", within: Limits.lookBackSeasons) != nil)
        #expect(OptionValues.number(1, option: "--look-back", within: Limits.lookBackSeasons) == nil)
        #expect(OptionValues.number(Int.min, option: "N", within: Limits.taskNumber) != nil)
        #expect(OptionValues.number(1, option: "N", within: Limits.taskNumber) == nil)
    }

    @Test func aTypedDueDayNamesTheOptionAndTheRange() {
        #expect(
            OptionValues.day("+9223372036854775807d", option: "--due", today: today)
                == .failure(
                    OptionRefusal(
                        "--due: \"+9223372036854775807d\" is outside 1900-01-01 to 9999-12-31, the days Depot accepts"))
        )
        #expect(OptionValues.day("+2w", option: "--due", today: today) == .success(Day("2026-12-15")!))
    }

    @Test func sampleTodayLeavesRoomForHistoryAndPlans() {
        #expect(
            OptionValues.isoDay("0000-03-01", option: "--today", range: OptionValues.sampleToday)
                == .failure(OptionRefusal("--today must be from 1910-01-01 to 9989-12-31; found \"0000-03-01\"")))
        #expect(
            OptionValues.isoDay("9999-12-31", option: "--today", range: OptionValues.sampleToday)
                == .failure(OptionRefusal("--today must be from 1910-01-01 to 9989-12-31; found \"9999-12-31\"")))
        #expect(
            OptionValues.isoDay("1/12", option: "--today", range: OptionValues.sampleToday)
                == .failure(OptionRefusal("--today must be a date written as YYYY-MM-DD; found 1/12")))
        #expect(OptionValues.isoDay("2026-11-23", option: "--today") == .success(Day("2026-11-23")!))
    }

    @Test func weeksNameTheYearsAndWeeksAccepted() {
        #expect(
            OptionValues.isoWeek("2026-W99", option: "--week")
                == .failure(OptionRefusal("--week: 2026 has weeks 1 to 53; found week 99")))
        #expect(
            OptionValues.isoWeek("9223372036854775807-W01", option: "--week")
                == .failure(
                    OptionRefusal("--week must be in the years 1900 to 9999; found \"9223372036854775807-W01\"")))
        #expect(OptionValues.isoWeek("2026-W48", option: "--week") == .success(ISOWeek(year: 2026, week: 48)!))
    }

    @Test func theNextNumberAfterTheLargestIsAFreeOne() {
        #expect(NextNumber.after([]) == 1)
        #expect(NextNumber.after([3, 7]) == 8)
        #expect(NextNumber.after([Int.max]) == 1)
        #expect(NextNumber.after([1, 2, Int.max]) == 3)
    }

    @Test func aReaderIDOfIntMaxDoesNotStopRegistration() throws {
        var competition = Competition(format: CompetitionFormat.readyMade[0])
        try competition.register(firstName: "Ida", className: "5.a", school: "Skolen", schoolID: nil, book: nil)
        competition.readers[0].id = Reader.ID("R\(Int.max)")
        let id = try competition.register(firstName: "Bo", className: "5.b", school: "Skolen", schoolID: nil, book: nil)
        #expect(id == Reader.ID("R01"))
    }

    // MARK: Money

    @Test func amountsBeyondAHundredMillionKronerAreNotRead() {
        #expect(Money("999999999999999.99") == nil)
        #expect(Money("100000000.00") == Money(kroner: 100_000_000))
        #expect(Money("-100000000.01") == nil)
        #expect(Money("249,95") == Money(kroner: 249, øre: 95))
    }

    @Test func aHugeTurnaroundIsNeverReadyRatherThanATrap() {
        let calendar = PlanCalendar(
            first: today, last: today.adding(days: 60), turnaround: Int.max, routes: [])
        #expect(calendar.readyOrdinal(afterPickup: today.ordinal) == Int.max)
        #expect(calendar.readyOrdinal(afterPickup: Int.min) == Int.max)
        #expect(calendar.workingDays(after: Int.min, through: Day.minimum.ordinal + 3) >= 0)
        let usual = PlanCalendar(first: today, last: today.adding(days: 60), turnaround: 5, routes: [])
        #expect(usual.readyOrdinal(afterPickup: Day("2026-12-01")!.ordinal) == Day("2026-12-08")!.ordinal)
    }
}
