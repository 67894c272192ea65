/// Due dates as the desk proposes them: a loan period after the crates leave, moved to a day the van can actually
/// come for them.
///
/// A due date is always a day the van drives the partner's route (`Route.deliveryWeekdays`), never a Danish public
/// holiday (`DanishHolidays`) and never a day the partner is closed: a due date inside a summer closure moves to the
/// first route day after it. A partner with no route gets the next working day.
public enum DueDates {
    /// The proposed due date for crates sent to `partner` on `dispatchedOn`: the partner's loan period
    /// (`LibrarySettings.loanPeriod(for:)`) after that day, moved to the next delivery day on or after it.
    public static func propose(for partner: Partner, dispatchedOn: Day, settings: LibrarySettings) -> Day {
        let plain = settings.loanPeriod(for: partner).after(dispatchedOn)
        return nextDeliveryDay(for: partner, onOrAfter: plain, settings: settings)
    }

    /// How long a route takes to come round again: routes run on weekdays, every week.
    public static let routeCycleDays = 7

    /// The proposed due date for crates sent to `partner` on `dispatchedOn`, with the library's published plans:
    /// the loan period after that day, moved to the partner's first visit on or after it in the published plan of
    /// the *same* season as `dispatchedOn`, when that visit comes at most one route cycle (`routeCycleDays`) after
    /// the ordinary due date (`propose(for:dispatchedOn:settings:)`: the loan period moved to the next delivery
    /// day); otherwise the ordinary due date. So a loan is never longer than the loan period plus one route cycle
    /// (and the days to the route's weekday), and a plan of another season (next season's, published in December)
    /// never moves it: its visits are for crates sent then.
    public static func propose(for partner: Partner, dispatchedOn: Day, data: LibraryData) -> Day {
        let settings = data.settings
        let plain = settings.loanPeriod(for: partner).after(dispatchedOn)
        let ordinary = nextDeliveryDay(for: partner, onOrAfter: plain, settings: settings)
        let season = settings.season(containing: dispatchedOn)
        if let visit = PlanVisits.nextVisit(of: partner.id, after: plain.adding(days: -1), in: data, season: season),
            visit <= ordinary.adding(days: routeCycleDays)
        {
            return visit
        }
        return ordinary
    }

    /// The first day on or after `day` that the van can visit `partner`: one of its route's delivery weekdays, not a
    /// holiday and not in one of the partner's closures. Without a route (or with a route that has no weekdays), the
    /// first working day the partner is open.
    public static func nextDeliveryDay(for partner: Partner, onOrAfter day: Day, settings: LibrarySettings) -> Day {
        let weekdays = deliveryWeekdays(of: partner, settings: settings)
        var candidate = day
        // Closures are finite, so a free route day comes within a few weeks after the last one; the bound only
        // guards against a record that closes the partner for ever.
        for _ in 0..<(366 * 5) {
            if isDeliveryDay(candidate, for: partner, weekdays: weekdays) { return candidate }
            candidate = candidate.adding(days: 1)
        }
        return day
    }

    /// Whether the van can visit `partner` on `day`.
    public static func isDeliveryDay(_ day: Day, for partner: Partner, settings: LibrarySettings) -> Bool {
        isDeliveryDay(day, for: partner, weekdays: deliveryWeekdays(of: partner, settings: settings))
    }

    /// The weekdays the van can come to `partner`: its route's, or Monday to Friday without one.
    public static func deliveryWeekdays(of partner: Partner, settings: LibrarySettings) -> [Weekday] {
        if let routeID = partner.routeID, let route = settings.routes.first(where: { $0.id == routeID }),
            !route.deliveryWeekdays.isEmpty
        {
            return route.deliveryWeekdays
        }
        return Weekday.allCases.filter { !$0.isWeekend }
    }

    /// The due date after one more renewal: a loan period after the current due date, moved to a delivery day as
    /// `propose` does.
    public static func renewed(_ deposit: Deposit, for partner: Partner, settings: LibrarySettings) -> Day {
        let plain = settings.loanPeriod(for: partner).after(deposit.dueOn)
        return nextDeliveryDay(for: partner, onOrAfter: plain, settings: settings)
    }

    private static func isDeliveryDay(_ day: Day, for partner: Partner, weekdays: [Weekday]) -> Bool {
        weekdays.contains(day.weekday) && !DanishHolidays.isHoliday(day) && !partner.isClosed(on: day)
    }
}
