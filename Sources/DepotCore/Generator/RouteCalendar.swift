/// Working days, Danish public holidays (`DanishHolidays`) and van days for generating a realistic deposit history.
struct RouteCalendar {
    private let holidays: Set<Int>

    init(years: ClosedRange<Int>) {
        var holidays = Set<Int>()
        for year in years {
            for holiday in DanishHolidays.holidays(in: year) { holidays.insert(holiday.day.ordinal) }
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
}
