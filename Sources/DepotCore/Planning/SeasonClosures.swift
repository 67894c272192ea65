/// Closures the coordinator has probably not entered yet: a partner that had closures last season and has none for
/// the season being planned. Kindergartens send next year's holidays late, and a plan made without them sends the
/// van to a closed door (the sample's 2027/28 plan collected crates in the summer-closed weeks and at Christmas).
///
/// A partner counts when it takes part in the season (on a route, its partnership not ended by the season's first
/// day), had a dated closure starting in the season before, and has neither a dated closure starting in this season
/// nor a recurring closure of its own. The library's recurring closures do not count: they are the library's
/// weeks, not the partner's.
public struct MissingClosures: Hashable, Sendable {
    public var partnerID: Partner.ID
    public var partnerName: String
    /// Its closures that started last season.
    public var lastSeason: [Partner.Closure]
    /// The same closures a year on (`SeasonClosures.nextYear`), as `--copy-closures` adds them.
    public var proposed: [Partner.Closure]
}

public enum SeasonClosures {
    /// The partners taking part in `season` whose closures for it seem missing, in identifier order.
    public static func missing(for season: Season, in data: LibraryData) -> [MissingClosures] {
        let previous = season.previous.range
        let current = season.range
        var found: [MissingClosures] = []
        for partner in data.partners.sorted(by: { $0.id < $1.id }) {
            guard partner.routeID != nil, partner.takesDeposits, partner.endedOn.map({ $0 > season.firstDay }) ?? true,
                (partner.recurringClosures ?? []).isEmpty,
                !partner.closures.contains(where: { current.contains($0.days.first) })
            else { continue }
            let last = partner.closures.filter { previous.contains($0.days.first) }
            guard !last.isEmpty else { continue }
            found.append(
                MissingClosures(
                    partnerID: partner.id, partnerName: partner.name, lastSeason: last,
                    proposed: last.map(nextYear)))
        }
        return found
    }

    /// Adds last season's closures, a year on, to every partner `missing` names; returns the partners changed.
    @discardableResult
    public static func copyLastSeason(into season: Season, data: inout LibraryData) -> [Partner.ID] {
        let missing = missing(for: season, in: data)
        let positions = Dictionary(
            data.partners.indices.map { (data.partners[$0].id, $0) }, uniquingKeysWith: { first, _ in first })
        for gap in missing {
            guard let position = positions[gap.partnerID] else { continue }
            var closures = data.partners[position].closures
            for closure in gap.proposed where !closures.contains(closure) { closures.append(closure) }
            closures.sort { ($0.days.first, $0.days.last) < ($1.days.first, $1.days.last) }
            data.partners[position].closures = closures
        }
        return missing.map(\.partnerID)
    }

    /// A closure a year later. One of whole weeks (Monday to Friday or Sunday, as summer closures are agreed: "uge
    /// 28–30") keeps its ISO weeks and length; any other keeps its dates ("23/12–1/1").
    public static func nextYear(_ closure: Partner.Closure) -> Partner.Closure {
        let days = closure.days
        let wholeWeeks =
            days.first.weekday == .monday && (days.last.weekday == .friday || days.last.weekday == .sunday)
        if wholeWeeks {
            let week = ISOWeek(containing: days.first)
            let year = week.year + 1
            if let target = ISOWeek(year: year, week: min(week.week, ISOWeek.weeksIn(year: year))) {
                let first = target.monday
                return Partner.Closure(
                    days: DayRange(first: first, last: first.adding(days: days.dayCount - 1)), reason: closure.reason)
            }
        }
        return Partner.Closure(
            days: DayRange(first: days.first.adding(months: 12), last: days.last.adding(months: 12)),
            reason: closure.reason)
    }
}
