import Foundation

/// The week as JSON for other tools: days with their holiday, visits (route, partner, address, crates), events and
/// task deadlines, and the closures touching the week. Keys are sorted, dates are `YYYY-MM-DD`,
/// an empty value is `null` (`docs/json-output.md`).
public enum WeekJSON {
    struct Document: Encodable {
        var library: String
        var week: String
        @NullWhenEmpty var route: String?
        var madeOn: Day
        var closures: [Closure]
        var days: [DayEntry]
    }

    struct Closure: Encodable {
        var partnerID: String
        var partner: String
        var first: Day
        var last: Day
        @NullWhenEmpty var reason: String?
    }

    struct DayEntry: Encodable {
        var day: Day
        @NullWhenEmpty var holiday: String?
        var visits: [Visit]
        var events: [EventEntry]
        var tasks: [Task]
    }

    struct Visit: Encodable {
        @NullWhenEmpty var routeID: String?
        @NullWhenEmpty var route: String?
        var stop: Int
        var partnerID: String
        var partner: String
        @NullWhenEmpty var address: String?
        @NullWhenEmpty var contact: String?
        @NullWhenEmpty var phone: String?
        @NullWhenEmpty var deliveryNotes: String?
        var kind: String
        /// `null` when nothing is packed for the partner yet.
        @NullWhenEmpty var leave: [String]?
        var collect: [String]
        /// Books kept back at the partner, collected one by one (their crate is home).
        var collectItems: [String]
        var sources: [String]
        /// The hard rules the stop's published visit breaks (what the route sheet marks with `!`); empty when none.
        var conflicts: [Conflict]
    }

    /// One broken rule: its name (`Violation.Rule`, e.g. "notRouteDay") and the sentence the route sheet prints.
    struct Conflict: Encodable, Hashable {
        var rule: String
        var text: String
    }

    struct EventEntry: Encodable {
        var id: String
        var title: String
        @NullWhenEmpty var startsAt: String?
        @NullWhenEmpty var venue: String?
    }

    struct Task: Encodable {
        var title: String
        var owner: String
        var belongsTo: String
        var done: Bool
    }

    /// The schedule as pretty-printed JSON with sorted keys; the conflicts' sentences in `language`.
    public static func json(for schedule: WeekSchedule, data: LibraryData, language: Language = .english) -> String {
        let words = PlanWords(language)
        let index = LibraryIndex(data)
        let routes = Dictionary(data.settings.routes.map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })
        let document = Document(
            library: data.settings.name, week: schedule.week.description, route: schedule.routeID?.rawValue,
            madeOn: schedule.madeOn,
            closures: schedule.closures.map {
                Closure(
                    partnerID: $0.partnerID.rawValue,
                    partner: data.partner($0.partnerID, in: index)?.name ?? $0.partnerID.rawValue,
                    first: $0.closure.days.first, last: $0.closure.days.last, reason: $0.closure.reason)
            },
            days: schedule.days.map { day in
                DayEntry(
                    day: day.day, holiday: day.holiday?.rawValue,
                    visits: day.routes.flatMap { route in
                        route.visits.enumerated().map { stop, visit in
                            let partner = data.partner(visit.partnerID, in: index)
                            return Visit(
                                routeID: visit.routeID?.rawValue, route: visit.routeID.flatMap { routes[$0] },
                                stop: stop + 1, partnerID: visit.partnerID.rawValue,
                                partner: partner?.name ?? visit.partnerID.rawValue,
                                address: partner?.address.singleLine, contact: partner?.contact.name,
                                phone: partner?.contact.phone, deliveryNotes: partner?.deliveryNotes,
                                kind: visit.kind.rawValue, leave: visit.leave?.map(\.rawValue),
                                collect: visit.collect.map(\.rawValue),
                                collectItems: visit.collectItems.map(\.rawValue),
                                sources: visit.sources.map(\.rawValue),
                                conflicts: conflicts(of: visit, in: schedule, words))
                        }
                    },
                    events: day.events.map {
                        EventEntry(id: $0.id.rawValue, title: $0.title, startsAt: $0.startsAt, venue: $0.venue)
                    },
                    tasks: day.tasks.map {
                        Task(
                            title: $0.task.title, owner: WeekText.staffName($0.task.ownerID, data: data),
                            belongsTo: $0.belongsTo, done: $0.task.isDone)
                    })
            })
        return (try? JSONOutput.text(document)) ?? "{}\n"
    }

    /// The stop's conflicts, each once, ordered by rule and sentence so the same plan gives the same file.
    private static func conflicts(of visit: ScheduledVisit, in schedule: WeekSchedule, _ words: PlanWords)
        -> [Conflict]
    {
        let all = (schedule.conflicts[visit.id] ?? []).map { Conflict(rule: $0.rule.rawValue, text: words.rule($0)) }
        return Set(all).sorted { ($0.rule, $0.text) < ($1.rule, $1.text) }
    }
}
