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

    /// The partner's first published visit after `day` in the published plan of `season` (by default the season
    /// `day` is in), if it has one. Only that season's plan counts: next season's plan, published months ahead,
    /// says nothing about crates sent or packed now.
    public static func nextVisit(of partner: Partner.ID, after day: Day, in data: LibraryData, season: Season? = nil)
        -> Day?
    {
        let season = season ?? data.settings.season(containing: day)
        return data.plan(for: season)?.publishedVisits(of: partner).lazy.map(\.day).filter { $0 > day }.min()
    }
}
