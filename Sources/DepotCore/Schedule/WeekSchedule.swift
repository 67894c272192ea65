/// One ISO week of the children's team: the van's visits by route and day, events, task deadlines, public holidays
/// and partner closures. The team schedule, the drivers' route sheets, the calendar file and the JSON are all made
/// from this one value.
public struct WeekSchedule: Hashable, Sendable {
    /// The visits of one route on one day, in the order the van makes them.
    public struct RouteDay: Hashable, Sendable {
        /// `nil` gathers the visits to partners without a route.
        public var routeID: Route.ID?
        public var day: Day
        /// In stop order: postal code, then street, then partner name (see `stopOrder`).
        public var visits: [ScheduledVisit]
    }

    /// A task that falls due on a day of the week, with what it belongs to.
    public struct TaskDeadline: Hashable, Sendable {
        public var task: EventTask
        /// The event the task belongs to, or `nil` for a team's own task.
        public var eventID: Event.ID?
        /// The event's title or the team's name.
        public var belongsTo: String
    }

    /// A partner closed on one or more days of the week.
    public struct ClosureNotice: Hashable, Sendable {
        public var partnerID: Partner.ID
        public var closure: Partner.Closure
    }

    /// One day of the week with everything on it.
    public struct DaySchedule: Hashable, Sendable {
        public var day: Day
        public var holiday: DanishHolidays.Holiday?
        /// Routes in the library's order, then partners without a route; only routes with visits.
        public var routes: [RouteDay]
        /// Events running that day (a multi-day event is on each of its days).
        public var events: [Event]
        public var tasks: [TaskDeadline]
        /// Partners closed that day.
        public var closed: [Partner.ID]

        /// All visits of the day in route and stop order.
        public var visits: [ScheduledVisit] { routes.flatMap(\.visits) }

        /// Whether anything happens that day (holidays and closures alone do not count).
        public var hasActivity: Bool { !routes.isEmpty || !events.isEmpty || !tasks.isEmpty }
    }

    public var week: ISOWeek
    /// The route the schedule is limited to, if any.
    public var routeID: Route.ID?
    /// The day the schedule was made.
    public var madeOn: Day
    /// Monday to Friday, and Saturday or Sunday when something is on.
    public var days: [DaySchedule]
    /// Closures that touch the week, of the partners the schedule covers.
    public var closures: [ClosureNotice]
    /// The hard rules the week's published visits break, from the day it was made on (`PlanConflicts`): the route
    /// sheets mark those stops with `!` and the reason, so the driver is not sent into a conflict unwarned.
    public var conflicts: [ScheduledVisit.ID: [Violation]] = [:]

    /// Every visit of the week, in day, route and stop order.
    public var visits: [ScheduledVisit] { days.flatMap(\.visits) }

    /// Every route day with visits, in day and route order: one route sheet each.
    public var routeDays: [RouteDay] { days.flatMap(\.routes) }

    /// Builds the week from `sources` (the deposits unless told otherwise). With `route`, only that route's visits
    /// and the closures of its partners; events, tasks and holidays are always shown. With `checkingPlans`, the
    /// published visits are checked against the hard rules (`conflicts`, for the route sheets); that reads the whole
    /// published plan, so a calendar of the season leaves it out.
    public static func build(
        data: LibraryData, week: ISOWeek, route: Route.ID? = nil, today: Day,
        sources: [any ScheduledVisitSource] = [DepositVisits()], checkingPlans: Bool = false
    ) -> WeekSchedule {
        let span = DayRange(first: week.monday, last: week.monday.adding(days: 6))
        var merged: [ScheduledVisit.ID: ScheduledVisit] = [:]
        for source in sources {
            for visit in source.visits(in: span, data: data, today: today) where span.contains(visit.day) {
                merged[visit.id] = merged[visit.id].map { $0.merged(with: visit) } ?? visit
            }
        }
        let partners = Dictionary(data.partners.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        var visits = Array(merged.values)
        if let route { visits = visits.filter { $0.routeID == route } }
        let routeOrder = Dictionary(
            data.settings.routes.enumerated().map { ($0.element.id, $0.offset) }, uniquingKeysWith: min)
        let covered = data.partners.filter { partner in
            partner.isActive && (route == nil || partner.routeID == route)
        }
        let closures = covered.flatMap { partner in
            partner.closures.filter { $0.days.overlaps(span) }.map { ClosureNotice(partnerID: partner.id, closure: $0) }
        }
        let tasks = taskDeadlines(data: data, in: span)
        var days: [DaySchedule] = []
        for day in week.days {
            let todays = visits.filter { $0.day == day }
            let routeIDs = Set(todays.map(\.routeID)).sorted { a, b in
                (a.flatMap { routeOrder[$0] } ?? Int.max, a?.rawValue ?? "")
                    < (b.flatMap { routeOrder[$0] } ?? Int.max, b?.rawValue ?? "")
            }
            let routes = routeIDs.map { routeID in
                RouteDay(
                    routeID: routeID, day: day,
                    visits: inStopOrder(todays.filter { $0.routeID == routeID }) { partners[$0] })
            }
            let events = data.events.filter { event in
                event.startsOn <= day && day <= (event.endsOn ?? event.startsOn)
            }
            let schedule = DaySchedule(
                day: day, holiday: DanishHolidays.holiday(on: day), routes: routes, events: events,
                tasks: tasks.filter { $0.task.dueOn == day },
                closed: covered.filter { $0.isClosed(on: day) }.map(\.id))
            if !day.weekday.isWeekend || schedule.hasActivity { days.append(schedule) }
        }
        var conflicts: [ScheduledVisit.ID: [Violation]] = [:]
        if checkingPlans, sources.contains(where: { $0 is PlanVisits }) {
            let planned = Set(visits.filter { $0.sources.contains(.plan) }.map(\.id))
            if !planned.isEmpty {
                conflicts = PlanConflicts.published(in: span, data: data, today: today).filter {
                    planned.contains($0.key)
                }
            }
        }
        return WeekSchedule(
            week: week, routeID: route, madeOn: today, days: days, closures: closures, conflicts: conflicts)
    }

    /// The order of stops on a route sheet: postal code, then street, then name (Danish alphabet). Depot keeps no
    /// map positions, and in a Danish municipality a postal code is a town or a part of one, so stops in one postal
    /// code are near each other and a street's stops come together; the driver can still take them in another order.
    public static func stopOrder(_ a: Partner?, _ aID: Partner.ID, _ b: Partner?, _ bID: Partner.ID) -> Bool {
        StopKey(a, aID) < StopKey(b, bID)
    }

    /// `visits` in stop order (`stopOrder`). Each visit's sort key is worked out once, with one look-up of its
    /// partner, not again in every comparison of the sort.
    static func inStopOrder(
        _ visits: [ScheduledVisit], partner: (Partner.ID) -> Partner?
    ) -> [ScheduledVisit] {
        let keys = visits.map { StopKey(partner($0.partnerID), $0.partnerID) }
        return visits.indices.sorted { keys[$0] < keys[$1] }.map { visits[$0] }
    }

    /// Where a partner's stop comes on a route sheet: postal code, street, name (Danish alphabet), then id.
    struct StopKey: Comparable {
        var postalCode: String
        var street: DanishSortKey
        var name: DanishSortKey
        var id: Partner.ID

        init(_ partner: Partner?, _ id: Partner.ID) {
            postalCode = partner?.address.postalCode ?? ""
            street = DanishSortKey(partner?.address.street ?? "")
            name = DanishSortKey(partner?.name ?? "")
            self.id = id
        }

        static func < (a: StopKey, b: StopKey) -> Bool {
            if a.postalCode != b.postalCode { return a.postalCode < b.postalCode }
            if a.street != b.street { return a.street < b.street }
            if a.name != b.name { return a.name < b.name }
            return a.id < b.id
        }
    }

    private static func taskDeadlines(data: LibraryData, in span: DayRange) -> [TaskDeadline] {
        var deadlines: [TaskDeadline] = []
        for event in data.events {
            for task in event.tasks where span.contains(task.dueOn) {
                deadlines.append(TaskDeadline(task: task, eventID: event.id, belongsTo: event.title))
            }
        }
        for team in data.teams {
            for task in team.tasks where span.contains(task.dueOn) {
                deadlines.append(TaskDeadline(task: task, eventID: nil, belongsTo: team.name))
            }
        }
        return deadlines.sorted { ($0.task.dueOn, $0.task.title) < ($1.task.dueOn, $1.task.title) }
    }
}

extension WeekSchedule {
    /// The week the Friday printout is for: from Friday to Sunday the next week, on other days the current one.
    public static func defaultWeek(today: Day) -> ISOWeek {
        let week = ISOWeek(containing: today)
        return today.weekday >= .friday ? week.next : week
    }

    /// The schedule cut down to one partner's visits, and the events it takes part in: the partner's calendar.
    /// Tasks (internal to the team) are left out; holidays stay.
    public func only(partner: Partner.ID) -> WeekSchedule {
        var copy = self
        copy.closures = closures.filter { $0.partnerID == partner }
        copy.days = days.map { day in
            var day = day
            day.routes = day.routes.compactMap { route in
                var route = route
                route.visits = route.visits.filter { $0.partnerID == partner }
                return route.visits.isEmpty ? nil : route
            }
            day.events = day.events.filter { $0.partnerIDs.contains(partner) }
            day.tasks = []
            day.closed = day.closed.filter { $0 == partner }
            return day
        }
        return copy
    }
}
