/// The days being planned as small integers (0 is the first day), the days each route drives, and the turnaround
/// arithmetic in working days (`DanishHolidays`), precomputed so that each look-up is an array access.
struct PlanCalendar: Sendable {
    let first: Day
    let last: Day
    /// Working days a crate stays home between partners.
    let turnaround: Int
    /// Per route, per day of the window: the route's delivery weekday and no public holiday.
    let drives: [[Bool]]
    /// Per day of the window: a public holiday.
    let holiday: [Bool]

    /// The first day the working-day table covers, as an ordinal.
    private let base: Int
    /// Working days in `base...base + i`.
    private let workingThrough: [Int]
    /// The working days from `base` on, as ordinals.
    private let workingOrdinals: [Int]

    /// Working days are tabled this far around the window, for crates that came home before it and turnarounds
    /// that end after it.
    private static let marginBefore = 400
    private static let marginAfter = 120

    init(first: Day, last: Day, turnaround: Int, routes: [Route]) {
        self.first = first
        self.last = max(first, last)
        self.turnaround = max(0, turnaround)
        let count = first.days(until: self.last) + 1
        var holiday = Array(repeating: false, count: count)
        for index in 0..<count { holiday[index] = DanishHolidays.isHoliday(first.adding(days: index)) }
        self.holiday = holiday
        drives = routes.map { route in
            let weekdays = route.deliveryWeekdays
            return (0..<count).map { index in
                !holiday[index] && weekdays.contains(first.adding(days: index).weekday)
            }
        }
        base = first.ordinal - PlanCalendar.marginBefore
        let span = PlanCalendar.marginBefore + count + PlanCalendar.marginAfter
        var through: [Int] = []
        var ordinals: [Int] = []
        through.reserveCapacity(span)
        var running = 0
        for offset in 0..<span {
            let day = Day(ordinal: base + offset)
            if DanishHolidays.isWorkingDay(day) {
                running += 1
                ordinals.append(day.ordinal)
            }
            through.append(running)
        }
        workingThrough = through
        workingOrdinals = ordinals
    }

    var dayCount: Int { holiday.count }

    /// The day's position in the window, or nil outside it.
    func index(of day: Day) -> Int? {
        let index = first.days(until: day)
        return index >= 0 && index < holiday.count ? index : nil
    }

    func day(_ index: Int) -> Day { first.adding(days: index) }

    func contains(_ day: Day) -> Bool { index(of: day) != nil }

    /// The first day a crate picked up on the day with this ordinal may go out again: the turnaround's last working
    /// day after it (5 working days after a Tuesday is the next Tuesday). `Int.max` stays `Int.max`, and so does
    /// a turnaround too long to count (the library's is at most 60 working days, `Limits`).
    func readyOrdinal(afterPickup ordinal: Int) -> Int {
        guard ordinal != Int.max else { return Int.max }
        guard turnaround > 0 else { return ordinal }
        let (offset, outside) = ordinal.subtractingReportingOverflow(base)
        if !outside && offset >= 0 && offset < workingThrough.count {
            let (position, overflow) = workingThrough[offset].addingReportingOverflow(turnaround - 1)
            if overflow { return Int.max }
            if position < workingOrdinals.count { return workingOrdinals[position] }
        }
        guard turnaround <= Limits.turnaroundWorkingDays.range.upperBound * 10 else { return Int.max }
        return DanishHolidays.adding(workingDays: turnaround, to: Day(ordinal: ordinal)).ordinal
    }

    /// Working days strictly after `from` up to and including `to` (ordinals): how long a crate was home.
    /// Days beyond `Day.minimum`...`Day.maximum` (`Int.min` for "never out") are counted from those bounds.
    func workingDays(after from: Int, through to: Int) -> Int {
        let from = min(max(from, Day.minimum.ordinal - 1), Day.maximum.ordinal)
        let to = min(max(to, Day.minimum.ordinal), Day.maximum.ordinal)
        guard to > from else { return 0 }
        let low = from - base
        let high = to - base
        if low >= 0 && high < workingThrough.count { return workingThrough[high] - workingThrough[low] }
        var count = 0
        var day = from + 1
        while day <= to {
            if DanishHolidays.isWorkingDay(Day(ordinal: day)) { count += 1 }
            day += 1
        }
        return count
    }
}
