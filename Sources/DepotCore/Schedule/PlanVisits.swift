/// Visits of the library's published rotation plans: each published visit is a scheduled exchange (source
/// `.plan`) with the crates it picks up and leaves. Drafts are not scheduled: they are the coordinator's until
/// published.
public struct PlanVisits: ScheduledVisitSource {
    /// The source of visits made from published plans.
    public init() {}

    public func visits(in days: DayRange, data: LibraryData, today: Day) -> [ScheduledVisit] {
        var found: [ScheduledVisit.ID: ScheduledVisit] = [:]
        for seasonPlan in data.plans {
            guard let plan = seasonPlan.published, plan.firstDay <= days.last, plan.lastDay >= days.first else {
                continue
            }
            for visit in plan.visits where days.contains(visit.day) {
                let scheduled = ScheduledVisit(
                    day: visit.day, routeID: visit.routeID, partnerID: visit.partnerID, leave: visit.leave,
                    collect: visit.pickUp, sources: [.plan])
                found[scheduled.id] = found[scheduled.id].map { $0.merged(with: scheduled) } ?? scheduled
            }
        }
        return found.values.sorted { $0.id < $1.id }
    }

    /// The partner's first published visit after `day`, if a published plan has one: the day its crates are picked
    /// up again, and so the due date of crates sent on `day`.
    public static func nextVisit(of partner: Partner.ID, after day: Day, in data: LibraryData) -> Day? {
        data.plans.compactMap { seasonPlan in
            seasonPlan.publishedVisits(of: partner).first { $0.day > day }?.day
        }.min()
    }
}
