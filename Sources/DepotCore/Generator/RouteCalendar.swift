/// Working days, Danish public holidays and van days for generating a realistic deposit history.
struct RouteCalendar {
    private let holidays: Set<Int>

    init(years: ClosedRange<Int>) {
        var holidays = Set<Int>()
        for year in years {
            for day in RouteCalendar.publicHolidays(in: year) { holidays.insert(day.ordinal) }
        }
        self.holidays = holidays
    }

    func isHoliday(_ day: Day) -> Bool { holidays.contains(day.ordinal) }

    func isWorkingDay(_ day: Day) -> Bool { !day.weekday.isWeekend && !isHoliday(day) }

    /// Whether the van drives a route with these weekdays on `day`. It does not drive between Christmas and New Year.
    func isRouteDay(_ day: Day, weekdays: [Weekday]) -> Bool {
        guard weekdays.contains(day.weekday), isWorkingDay(day) else { return false }
        let (_, month, dayOfMonth) = day.components
        return !(month == 12 && dayOfMonth >= 23) && !(month == 1 && dayOfMonth <= 1)
    }

    /// The working day `count` working days after `day`.
    func adding(workingDays count: Int, to day: Day) -> Day {
        var result = day
        var left = count
        while left > 0 {
            result = result.adding(days: 1)
            if isWorkingDay(result) { left -= 1 }
        }
        return result
    }

    /// The latest working day on or before `day`.
    func workingDay(onOrBefore day: Day) -> Day {
        var result = day
        while !isWorkingDay(result) { result = result.adding(days: -1) }
        return result
    }

    /// Danish public holidays (and the days the library treats as such) in one calendar year.
    static func publicHolidays(in year: Int) -> [Day] {
        let easter = easterSunday(year: year)
        var days = [
            Day(year: year, month: 1, day: 1)!,
            easter.adding(days: -3),  // Skærtorsdag
            easter.adding(days: -2),  // Langfredag
            easter.adding(days: 1),  // 2. påskedag
            easter.adding(days: 39),  // Kristi himmelfartsdag
            easter.adding(days: 50),  // 2. pinsedag
            Day(year: year, month: 6, day: 5)!,  // Grundlovsdag
            Day(year: year, month: 12, day: 24)!,
            Day(year: year, month: 12, day: 25)!,
            Day(year: year, month: 12, day: 26)!,
            Day(year: year, month: 12, day: 31)!,
        ]
        if year <= 2023 { days.append(easter.adding(days: 26)) }  // Store bededag, abolished from 2024
        return days
    }

    /// Easter Sunday in the Gregorian calendar (the anonymous Gregorian computus).
    static func easterSunday(year: Int) -> Day {
        let a = year % 19
        let b = year / 100
        let c = year % 100
        let d = b / 4
        let e = b % 4
        let f = (b + 8) / 25
        let g = (b - f + 1) / 3
        let h = (19 * a + b - d - g + 15) % 30
        let i = c / 4
        let k = c % 4
        let l = (32 + 2 * e + 2 * i - h - k) % 7
        let m = (a + 11 * h + 22 * l) / 451
        let month = (h + l - 7 * m + 114) / 31
        let day = (h + l - 7 * m + 114) % 31 + 1
        return Day(year: year, month: month, day: day)!
    }
}
