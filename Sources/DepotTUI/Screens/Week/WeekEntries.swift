import DepotCore

/// One thing the Week tab lists, in the order it is shown: the week's closures, then day by day the day's heading,
/// who is closed, each route with its stops, the events and the task deadlines. Entries do not depend on the
/// width of the screen; `WeekLines` lays them out.
enum WeekEntry: Hashable {
    case closuresHeading
    /// Partners closed over the same days for the same reason.
    case closure(days: DayRange, reason: String?, partners: [Partner.ID])
    case day(WeekSchedule.DaySchedule)
    case closedToday([Partner.ID])
    case route(WeekSchedule.RouteDay)
    /// A stop of a route: its number on the route sheet, and whether the partner is closed that day.
    case visit(ScheduledVisit, stop: Int, partnerClosed: Bool)
    case event(Event)
    case task(WeekSchedule.TaskDeadline)
    case nothing
    case gap

    /// Whether the cursor stops on the entry.
    var isSelectable: Bool {
        switch self {
        case .closure, .visit, .event, .task: return true
        default: return false
        }
    }

    /// Whether the entry starts a section whose heading should stay in view above a selected entry.
    var isHeading: Bool {
        switch self {
        case .closuresHeading, .day: return true
        default: return false
        }
    }

    /// Whether the entry shows the same thing as `other`, perhaps changed: a stop of the same partner on the same
    /// day (its crates packed or sent since), else an equal entry. Keeps the selection on a stop across a change.
    func isSameEntry(as other: WeekEntry) -> Bool {
        if case .visit(let visit, _, _) = self, case .visit(let previous, _, _) = other {
            return visit.id == previous.id
        }
        return self == other
    }

    /// The partner Enter goes to.
    var partnerID: Partner.ID? {
        switch self {
        case .visit(let visit, _, _): return visit.partnerID
        case .closure(_, _, let partners): return partners.count == 1 ? partners[0] : nil
        default: return nil
        }
    }

    /// The entries of `schedule`, in reading order.
    static func entries(of schedule: WeekSchedule) -> [WeekEntry] {
        var entries: [WeekEntry] = []
        if !schedule.closures.isEmpty {
            entries.append(.closuresHeading)
            var groups: [(days: DayRange, reason: String?, partners: [Partner.ID])] = []
            for notice in schedule.closures {
                if let index = groups.firstIndex(where: {
                    $0.days == notice.closure.days && $0.reason == notice.closure.reason
                }) {
                    groups[index].partners.append(notice.partnerID)
                } else {
                    groups.append((notice.closure.days, notice.closure.reason, [notice.partnerID]))
                }
            }
            let sorted = groups.sorted { ($0.days.first, $0.days.last) < ($1.days.first, $1.days.last) }
            entries += sorted.map { .closure(days: $0.days, reason: $0.reason, partners: $0.partners) }
            entries.append(.gap)
        }
        for (number, day) in schedule.days.enumerated() {
            if number > 0 { entries.append(.gap) }
            entries.append(.day(day))
            if !day.closed.isEmpty { entries.append(.closedToday(day.closed)) }
            let closed = Set(day.closed)
            for route in day.routes {
                entries.append(.route(route))
                for (stop, visit) in route.visits.enumerated() {
                    entries.append(.visit(visit, stop: stop + 1, partnerClosed: closed.contains(visit.partnerID)))
                }
            }
            entries += day.events.map(WeekEntry.event)
            entries += day.tasks.map(WeekEntry.task)
            if !day.hasActivity { entries.append(.nothing) }
        }
        return entries
    }
}
