/// Plans a season's crate rotation: which partner gets which crates on which day, so that every partner gets
/// fresh books each time and no van is overloaded.
///
/// ```swift
/// let planner = RotationPlanner(data: library)
/// var plan = planner.plan(PlanRequest(season: Season(startYear: 2027)))
/// plan.move(plan.visits[0].id, to: someDay)       // by hand: the visit is pinned
/// let problems = planner.check(plan)              // the hard rules, at once
/// plan = planner.plan(plan.request)               // plan the rest around the pins
/// print(planner.explain(partner: "P007", day: someDay, in: plan))
/// ```
///
/// The hard rules: a partner never gets a crate it had in the look-back seasons or earlier in the plan; a crate's
/// age band is one of the partner's age groups; a crate stays home the turnaround time (working days) between
/// partners; a route day never carries more crates than the van holds; no visit on a public holiday, a day the
/// route does not drive or a day the partner is closed. See `VisitScheduler` and `CrateAssigner` for how.
///
/// **How the van is counted.** Every crate that rides the van on a route day counts once: those it takes out to
/// partners and those it brings home (`PlannedVisit.vanLoad`), whatever order the stops are in. That is the safe
/// count: it holds even if all the crates going out are loaded in the morning and all the crates coming home are
/// still aboard at the last stop.
///
/// The same library and request always give the same plan: ties are broken by day, partner and crate identifier,
/// never by the order of a set or dictionary.
public struct RotationPlanner: Sendable {
    /// The library planned for: partners, crates, their history and the settings.
    public let data: LibraryData

    /// A planner for `data`; keep it to plan, check and explain with the same library.
    public init(data: LibraryData) {
        self.data = data
    }

    /// Plans `request` for `data`.
    public static func plan(_ request: PlanRequest, data: LibraryData) -> Plan {
        RotationPlanner(data: data).plan(request)
    }

    /// Plans the season: days first, then crates, keeping every pin. The days of `published` (the version in
    /// force, when re-planning) are kept wherever a hard rule allows: minimal change is the first preference
    /// for a visit's day, before the emptiest or nearest route day.
    public func plan(_ request: PlanRequest, keeping published: [PlannedVisit] = []) -> Plan {
        let context = PlanningContext(data: data, request: request)
        var scheduler = VisitScheduler(context: context, keeping: published)
        scheduler.run()
        var assigner = CrateAssigner(context: context, schedule: scheduler)
        assigner.run()
        let (visits, unplanned) = RotationPlanner.assemble(context, assigner.slots)
        var plan = Plan(
            request: request, firstDay: context.calendar.first, lastDay: context.calendar.last, visits: visits,
            unplanned: unplanned, violations: [], quality: PlanQuality.empty)
        let audit = PlanAudit(context: context, plan: plan)
        plan.violations = audit.violations
        plan.quality = audit.quality()
        return plan
    }

    /// The hard rules `plan` breaks, at once after an edit by hand: each with the visit, the crate and the reason.
    /// An empty list means the plan keeps them all. The rules are checked against the library and the plan's
    /// request (look-back seasons, settings).
    public func check(_ plan: Plan) -> [Violation] {
        PlanAudit(context: PlanningContext(data: data, request: plan.request), plan: plan).violations
    }

    /// The quality figures of `plan` (after an edit by hand).
    public func quality(of plan: Plan) -> PlanQuality {
        PlanAudit(context: PlanningContext(data: data, request: plan.request), plan: plan).quality()
    }

    /// Why `partner`'s visit on `day` is on that day and leaves those crates, in readable lines.
    public func explain(partner: Partner.ID, day: Day, in plan: Plan, language: Language = .english) -> Explanation {
        let context = PlanningContext(data: data, request: plan.request)
        let audit = PlanAudit(context: context, plan: plan)
        return PlanExplainer(audit: audit, words: PlanWords(language)).explain(partner: partner, day: day)
    }

    // MARK: Assembly

    private static func assemble(_ context: PlanningContext, _ slots: [PlanSlot]) -> ([PlannedVisit], [UnplannedSlot]) {
        let crates = context.data.crates
        func ids(_ positions: [Int]) -> [Crate.ID] { positions.map { crates[$0].id }.sorted() }
        var visits: [PlannedVisit] = []
        var unplanned = context.upfrontUnplanned
        for slot in slots {
            let participant = context.participants[slot.participant]
            let route = context.routes[participant.route!]
            if let day = slot.day, !slot.dropped {
                var kind = slot.kind
                if slot.pickUp.isEmpty && !slot.leave.isEmpty { kind = .delivery }
                if !slot.pickUp.isEmpty && slot.leave.isEmpty { kind = .collection }
                if !slot.pickUp.isEmpty && !slot.leave.isEmpty { kind = .exchange }
                visits.append(
                    PlannedVisit(
                        partnerID: participant.partner.id, day: day, routeID: route.id, kind: kind,
                        timing: slot.timing, target: slot.target, postponedFrom: slot.postponedFrom,
                        pickUp: ids(slot.pickUp), leave: ids(slot.leave), pinned: slot.pin != nil))
            }
            func unplannedSlot(day: Day, planned: Bool, missing: Int, reason: UnplannedReason) -> UnplannedSlot {
                UnplannedSlot(
                    partnerID: participant.partner.id, partnerName: participant.partner.name, routeID: route.id,
                    routeName: route.name, day: day, visitPlanned: planned, kind: slot.kind, missingCrates: missing,
                    reason: reason)
            }
            if let failure = slot.failure {
                unplanned.append(
                    unplannedSlot(day: slot.target, planned: false, missing: slot.leaveEstimate, reason: failure))
            }
            for shortage in slot.shortages {
                unplanned.append(
                    unplannedSlot(
                        day: slot.day!, planned: !slot.dropped, missing: shortage.missing, reason: shortage.reason))
            }
        }
        visits.sort(by: PlannedVisit.planOrder)
        unplanned.sort(by: UnplannedSlot.planOrder)
        return (visits, unplanned)
    }
}

extension PlanQuality {
    static let empty = PlanQuality(
        crates: 0, cratesIdlePerWeek: 0, themeRepeats: 0, visits: 0, cratesLeft: 0, unplannedSlots: 0,
        cratesMissing: 0, routes: [], visitsPerRouteDaySpread: 0)
}
