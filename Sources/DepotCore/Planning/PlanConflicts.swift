/// The hard rules a plan's visits break, visit by visit, worked out again from the library as it is now (a closure
/// entered after publishing counts): what the route sheets mark with `!` and what holds back an exchange-dates
/// letter. Rules are judged from `today` on, as in the Plan tab: the past cannot be mended.
public struct PlanConflicts: Sendable {
    /// Every rule broken from `today` on, in the plan's order (by day).
    public let violations: [Violation]
    /// The same per visit. A van over capacity, which belongs to a route day, is a conflict of each visit of it.
    public let byVisit: [PlannedVisit.ID: [Violation]]

    /// Checks `plan` against the library as the planner sees it on `today` (`SeasonPlan.recheck`).
    public init(of plan: Plan, data: LibraryData, today: Day) {
        let past = plan.visits.filter { SeasonPlan.isFixed($0.day, today: today) }
        let planner = RotationPlanner(data: SeasonPlan.planningData(data, past: past, plan: plan, today: today))
        self.init(plan: plan, violations: planner.check(plan).filter { !SeasonPlan.isFixed($0.day, today: today) })
    }

    /// `violations` (already found) laid out per visit of `plan`.
    public init(plan: Plan, violations: [Violation]) {
        self.violations = violations
        var byVisit: [PlannedVisit.ID: [Violation]] = [:]
        var onRouteDay: [String: [PlannedVisit.ID]] = [:]
        for visit in plan.visits { onRouteDay["\(visit.routeID) \(visit.day)", default: []].append(visit.id) }
        for violation in violations {
            if let partner = violation.partnerID {
                byVisit[PlannedVisit.ID(partnerID: partner, day: violation.day), default: []].append(violation)
            } else if let route = violation.routeID {
                for id in onRouteDay["\(route) \(violation.day)"] ?? [] { byVisit[id, default: []].append(violation) }
            }
        }
        self.byVisit = byVisit
    }

    /// The conflicts of one partner's visits, in day order.
    public func of(partner: Partner.ID) -> [Violation] {
        byVisit.filter { $0.key.partnerID == partner }.sorted { $0.key.day < $1.key.day }.flatMap(\.value)
    }

    /// The conflicts of the published visits on `days`, from every published plan that reaches them, per visit.
    public static func published(in days: DayRange, data: LibraryData, today: Day) -> [PlannedVisit.ID: [Violation]] {
        var found: [PlannedVisit.ID: [Violation]] = [:]
        for seasonPlan in data.plans {
            guard let plan = seasonPlan.published, plan.firstDay <= days.last, plan.lastDay >= days.first,
                plan.visits.contains(where: { days.contains($0.day) && !SeasonPlan.isFixed($0.day, today: today) })
            else { continue }
            for (id, violations) in PlanConflicts(of: plan, data: data, today: today).byVisit
            where days.contains(id.day) {
                found[id, default: []] += violations
            }
        }
        return found
    }
}

extension PlanConflicts {
    /// Why a partner's exchange-dates letter is held back: how many rules its visits break, then each, one a line
    /// ("! tir 17.8. 2027, Børnehaven Skovmusen: rute Nord kører ikke onsdag"). A letter that says "the van comes
    /// on Tuesdays" and lists a Wednesday must not reach a kindergarten unnoticed.
    public static func heldBack(_ partner: String, _ violations: [Violation], language: Language) -> String {
        let book = TextBook(language)
        var seen = Set<String>()
        let lines = violations.map { "  ! " + $0.text(language) }.filter { seen.insert($0).inserted }
        let head = book.format(PlanWordsText.heldBack, partner, book.count(lines.count, PlanWordsText.nounRule))
        return ([head + ":"] + lines).joined(separator: "\n")
    }
}
