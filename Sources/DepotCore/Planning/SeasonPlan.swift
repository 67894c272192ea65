/// A season's rotation plan as the library keeps it (`plans/2027-28.json`): the draft the coordinator works on and
/// the version in force, which the schedule, the week printouts and the desk use.
///
/// - Every change to the draft is saved as it is made, so no work is lost; the published version does not change
///   until the coordinator publishes again.
/// - Publishing copies the draft into `published`, counts the revision up and notes the day.
/// - Once a season has begun, what happened is not rewritten: re-planning plans from today on and copies every
///   visit before today back exactly as it was, and edits by hand may not touch them (`isFixed`). Hard rules are
///   judged from today on: the past cannot be mended.
public struct SeasonPlan: Hashable, Codable, Sendable {
    /// Where the plan stands, from the coordinator's side.
    public enum State: String, Codable, CaseIterable, Sendable {
        /// Never published: nobody else sees it yet.
        case draft
        /// Published, and the draft is the published version.
        case published
        /// Published, and the draft has changes that are not published yet.
        case revising
    }

    /// What the coordinator works on; the Plan tab shows it.
    public var draft: Plan
    /// The version in force; nil until the first publication.
    public var published: Plan?
    /// How many times the plan has been published: 0 for a draft, 1 for the first publication.
    public var revision: Int
    /// The day of the last publication.
    public var publishedOn: Day?

    /// A plan that has not been published.
    public init(draft: Plan, published: Plan? = nil, revision: Int = 0, publishedOn: Day? = nil) {
        self.draft = draft
        self.published = published
        self.revision = revision
        self.publishedOn = publishedOn
    }

    private enum CodingKeys: String, CodingKey {
        case draft, published, revision, publishedOn
    }

    /// Refuses a revision outside `Limits.planRevision`.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        draft = try container.decode(Plan.self, forKey: .draft)
        published = try container.decodeIfPresent(Plan.self, forKey: .published)
        revision = try container.decode(Int.self, forKey: .revision, within: Limits.planRevision)
        publishedOn = try container.decodeIfPresent(Day.self, forKey: .publishedOn)
    }

    public var season: Season { draft.season }

    public var state: State {
        guard let published else { return .draft }
        return published == draft ? .published : .revising
    }

    /// Puts the draft in force: its visits become the library's scheduled exchanges.
    public mutating func publish(on day: Day) {
        published = draft
        revision += 1
        publishedOn = day
    }

    /// Whether a visit on `day` lies in the past, and so is kept as it happened.
    public static func isFixed(_ day: Day, today: Day) -> Bool { day < today }

    /// Plans the draft again around its pins. Once the season has begun, only the days from `today` on are planned:
    /// from what the desk recorded (deposits), and where it recorded nothing, from the plan's past visits as if they
    /// happened (`planningData`). The visits before `today` are copied back exactly as they were. The hard rules are
    /// then checked again.
    public mutating func replan(data: LibraryData, today: Day) {
        let past = draft.visits.filter { SeasonPlan.isFixed($0.day, today: today) }
        var request = draft.request
        if !past.isEmpty || (draft.season.contains(today) && today > draft.season.firstDay) {
            request.startingOn = today
            request.pins.removeAll { SeasonPlan.isFixed($0.day, today: today) }
        }
        let history = SeasonPlan.planningData(data, past: past, plan: draft, today: today)
        let planner = RotationPlanner(data: history)
        let kept = (published?.visits ?? []).filter { !SeasonPlan.isFixed($0.day, today: today) }
        var plan = planner.plan(request, keeping: kept)
        if !past.isEmpty {
            plan.visits = past + plan.visits.filter { !SeasonPlan.isFixed($0.day, today: today) }
            plan.visits.sort(by: PlannedVisit.planOrder)
            plan.unplanned.removeAll { SeasonPlan.isFixed($0.day, today: today) }
        }
        draft = plan
        recheck(data: data, today: today)
    }

    /// Checks the draft against the hard rules after an edit by hand, and measures it again. Rules broken before
    /// `today` are not listed and the figures leave those visits out: they happened and cannot be changed.
    public mutating func recheck(data: LibraryData, today: Day) {
        let past = draft.visits.filter { SeasonPlan.isFixed($0.day, today: today) }
        let planner = RotationPlanner(data: SeasonPlan.planningData(data, past: past, plan: draft, today: today))
        draft.violations = planner.check(draft).filter { !SeasonPlan.isFixed($0.day, today: today) }
        // The figures, too, are for what can still change: the visits from today on.
        var coming = draft
        coming.visits.removeAll { SeasonPlan.isFixed($0.day, today: today) }
        draft.quality = planner.quality(of: coming)
    }

    /// The library as the planner should see it on `today`, so that the plan's past visits and what comes after
    /// fit together even where the desk was not used for them: a deposit still open whose crates a past visit picked
    /// up counts as home that day; one whose crate a past visit left somewhere else counts as home by then (on its
    /// due date, as the plan assumed); and a crate a past visit left that no deposit records counts as a deposit
    /// sent that day, due on the partner's next visit in the plan (and home then, if that day has passed).
    static func planningData(_ data: LibraryData, past: [PlannedVisit], plan: Plan, today: Day) -> LibraryData {
        guard !past.isEmpty else { return data }
        var recorded: [Partner.ID: [Int]] = [:]
        var withCrate: [Crate.ID: [Int]] = [:]
        for (position, deposit) in data.deposits.enumerated() {
            recorded[deposit.partnerID, default: []].append(position)
            for crate in deposit.crateIDs { withCrate[crate, default: []].append(position) }
        }
        /// Whether `deposit` records `visit` leaving `crate`: the partner's, with the crate, sent within two weeks.
        func records(_ deposit: Deposit, _ visit: PlannedVisit, _ crate: Crate.ID) -> Bool {
            let sent = deposit.dispatchedOn ?? deposit.createdOn
            return deposit.partnerID == visit.partnerID && deposit.crateIDs.contains(crate)
                && abs(sent.days(until: visit.day)) <= 14
        }
        let kinds = Dictionary(data.partners.map { ($0.id, $0.depositKind) }, uniquingKeysWith: { first, _ in first })
        var copy = data
        for visit in past where !visit.pickUp.isEmpty {
            for position in recorded[visit.partnerID] ?? [] {
                let deposit = copy.deposits[position]
                guard deposit.returnedOn == nil, !deposit.isPackedNotSent,
                    (deposit.dispatchedOn ?? deposit.createdOn) <= visit.day,
                    deposit.crateIDs.contains(where: visit.pickUp.contains)
                else { continue }
                copy.deposits[position].returnedOn = visit.day
            }
        }
        for visit in past {
            for crate in visit.leave {
                for position in withCrate[crate] ?? [] {
                    let deposit = copy.deposits[position]
                    guard deposit.returnedOn == nil, !deposit.isPackedNotSent,
                        (deposit.dispatchedOn ?? deposit.createdOn) < visit.day,
                        !records(deposit, visit, crate)
                    else { continue }
                    copy.deposits[position].returnedOn = min(max(deposit.dueOn, deposit.createdOn), visit.day)
                }
            }
        }
        for visit in past {
            let later = plan.visits(of: visit.partnerID).filter { $0.day > visit.day }
            for crate in visit.leave {
                let known = recorded[visit.partnerID]?.contains { records(data.deposits[$0], visit, crate) }
                guard known != true else { continue }
                let pickUp = later.first { $0.pickUp.contains(crate) }?.day
                copy.deposits.append(
                    Deposit(
                        id: Deposit.ID("plan \(visit.partnerID) \(visit.day) \(crate)"), partnerID: visit.partnerID,
                        kind: kinds[visit.partnerID] ?? .deposit, crateIDs: [crate], itemBarcodes: [],
                        createdOn: visit.day, dispatchedOn: visit.day, dueOn: pickUp ?? plan.season.lastDay,
                        returnedOn: pickUp.flatMap { $0 < today ? $0 : nil }))
            }
        }
        return copy
    }

    /// Pins the partner's visit on `day` in the draft: the visit there as it is, or, when the partner has none that
    /// day, a visit on that day whose crates the planner chooses at the next re-plan. Returns false for a day before
    /// `today` (what happened stays as it was).
    @discardableResult
    public mutating func pin(partner: Partner.ID, day: Day, today: Day) -> Bool {
        guard !SeasonPlan.isFixed(day, today: today) else { return false }
        let id = PlannedVisit.ID(partnerID: partner, day: day)
        if draft.visit(id) != nil {
            draft.pin(id)
        } else {
            draft.request.pins.removeAll { $0.partnerID == partner && $0.day == day }
            draft.request.pins.append(Pin(partnerID: partner, day: day))
            draft.request.pins.sort { ($0.day, $0.partnerID) < ($1.day, $1.partnerID) }
        }
        return true
    }

    /// A new request for `season`: every partner taking part, planned from `today` when the season has begun.
    public static func request(for season: Season, today: Day, lookBackSeasons: Int = 1) -> PlanRequest {
        let startingOn = season.contains(today) && today > season.firstDay ? today : nil
        return PlanRequest(season: season, startingOn: startingOn, lookBackSeasons: lookBackSeasons)
    }

    /// The library's plan for `season` planned again around its pins, or a new draft when it has none.
    /// `lookBackSeasons` replaces the draft's when given.
    public static func planned(
        _ season: Season, in data: LibraryData, today: Day, lookBackSeasons: Int? = nil
    ) -> SeasonPlan {
        if var existing = data.plan(for: season) {
            if let lookBackSeasons { existing.draft.request.lookBackSeasons = lookBackSeasons }
            existing.replan(data: data, today: today)
            return existing
        }
        let request = SeasonPlan.request(for: season, today: today, lookBackSeasons: lookBackSeasons ?? 1)
        var plan = SeasonPlan(draft: RotationPlanner(data: data).plan(request))
        plan.recheck(data: data, today: today)
        return plan
    }

    /// The published visits of one partner, in date order.
    public func publishedVisits(of partner: Partner.ID) -> [PlannedVisit] { published?.visits(of: partner) ?? [] }
}

extension LibraryData {
    /// The library's plan for `season`, if it has one.
    public func plan(for season: Season) -> SeasonPlan? {
        plans.first { $0.season.startYear == season.startYear }
    }

    /// Keeps `plan` as the library's plan for its season, replacing the one there was.
    public mutating func setPlan(_ plan: SeasonPlan) {
        plans.removeAll { $0.season.startYear == plan.season.startYear }
        plans.append(plan)
        plans.sort { $0.season < $1.season }
    }
}
