/// A finished plan read back against the library: where each crate is on each day (its stays at partners, from
/// the history and the plan), what each partner had before, and the van's load per route day. From it come the
/// hard-rule check, the quality figures and the explanations, independently of how the planner chose.
struct PlanAudit {
    /// A crate at a partner from `from` until the van picks it up on `until` (nil: not in the plan's days).
    struct Stay {
        let partnerID: Partner.ID
        let from: Day
        let until: Day?
        /// The visit that left it (nil for a deposit of the history).
        let visit: Int?
    }

    let context: PlanningContext
    let plan: Plan
    /// Per crate, its stays in order: the history's open deposit, then the plan's.
    private(set) var stays: [[Stay]]
    /// Per crate, the ordinal of the day it last came home in the history (`Int.min` if never out).
    private(set) var lastReturn: [Int]
    /// Per partner in the plan, the themes of the crates it had just before each visit.
    private(set) var previousThemes: [PlannedVisit.ID: [String]] = [:]
    private(set) var violations: [Violation] = []
    /// Per visit, the crates it leaves whose theme the partner had before (`themeRepeats`).
    private(set) var themeRepeats: [PlannedVisit.ID: [ThemeRepeat]] = [:]
    /// Per partner, the days it got crates (history and plan), by theme: for the look-back and season figures.
    private var historyThemes: [Partner.ID: (season: [String: Day], lookBack: [String: Day])] = [:]

    /// A crate left with a theme the partner already had: earlier this season (in the history, at an earlier visit
    /// or beside it at the same visit), or else in the look-back seasons before this one.
    struct ThemeRepeat {
        let crate: Int
        let theme: String
        let inSeason: Bool
        /// The last day it got a crate of the theme before.
        let since: Day
    }

    init(context: PlanningContext, plan: Plan) {
        self.context = context
        self.plan = plan
        let crateCount = context.data.crates.count
        stays = Array(repeating: [], count: crateCount)
        lastReturn = Array(repeating: Int.min, count: crateCount)
        audit()
    }

    private var data: LibraryData { context.data }

    // MARK: Building

    private mutating func audit() {
        let season = plan.request.season
        let partnersInPlan = Set(plan.visits.map(\.partnerID))
        // History: returns, open deposits, what each partner had in the look-back seasons and last.
        var openAt: [Partner.ID: [(crate: Int, from: Day)]] = [:]
        var hadBefore: [Partner.ID: [Int: Day]] = [:]
        var lastDeposit: [Partner.ID: Int] = [:]
        for (position, deposit) in data.deposits.enumerated() {
            // Packed and not sent: its crates are home, and the plan's visit it is packed for leaves them.
            if context.packedDeposits.contains(position) { continue }
            let start = deposit.dispatchedOn ?? deposit.createdOn
            let crates = deposit.crateIDs.compactMap { context.crateIndex[$0] }
            if let previous = lastDeposit[deposit.partnerID] {
                let earlier = data.deposits[previous]
                if (deposit.createdOn, deposit.id) > (earlier.createdOn, earlier.id) {
                    lastDeposit[deposit.partnerID] = position
                }
            } else {
                lastDeposit[deposit.partnerID] = position
            }
            let end = deposit.returnedOn ?? Day(ordinal: Int.max)
            if start <= plan.lastDay && end >= context.lookBackFirst {
                for crate in crates {
                    let known = hadBefore[deposit.partnerID]?[crate]
                    if known == nil || start > known! { hadBefore[deposit.partnerID, default: [:]][crate] = start }
                }
                if partnersInPlan.contains(deposit.partnerID) {
                    var themes = historyThemes[deposit.partnerID] ?? ([:], [:])
                    for crate in crates {
                        let theme = data.crates[crate].theme
                        if start >= season.firstDay {
                            themes.season[theme] = max(themes.season[theme] ?? start, start)
                        } else {
                            themes.lookBack[theme] = max(themes.lookBack[theme] ?? start, start)
                        }
                    }
                    historyThemes[deposit.partnerID] = themes
                }
            }
            for crate in crates {
                if let returned = deposit.returnedOn {
                    lastReturn[crate] = max(lastReturn[crate], returned.ordinal)
                } else if deposit.dueOn >= season.firstDay && partnersInPlan.contains(deposit.partnerID) {
                    openAt[deposit.partnerID, default: []].append((crate, start))
                } else {
                    // Out with a partner the plan does not visit (or due before the season): home on its due date.
                    stays[crate].append(
                        Stay(partnerID: deposit.partnerID, from: start, until: deposit.dueOn, visit: nil))
                }
            }
        }

        checkVisits()
        checkVans()
        checkDrivers()

        // Each partner's visits in order: pick-ups against what it has, crates against what it had.
        var visitsOf: [Partner.ID: [Int]] = [:]
        for (position, visit) in plan.visits.enumerated() { visitsOf[visit.partnerID, default: []].append(position) }
        for partnerID in visitsOf.keys.sorted() {
            let positions = visitsOf[partnerID]!.sorted { plan.visits[$0].id < plan.visits[$1].id }
            let partner = context.partnerIndex[partnerID].map { data.partners[$0] }
            var present: [Int: (from: Day, visit: Int?)] = [:]
            for open in openAt[partnerID] ?? [] { present[open.crate] = (open.from, nil) }
            var had = hadBefore[partnerID] ?? [:]
            var (seasonThemes, lookBackThemes) = historyThemes[partnerID] ?? ([:], [:])
            var lastThemes =
                lastDeposit[partnerID].map { position in
                    data.deposits[position].crateIDs.compactMap { context.crateIndex[$0] }.map {
                        data.crates[$0].theme
                    }
                } ?? []
            for position in positions {
                let visit = plan.visits[position]
                var themesBefore: [String] = []
                for id in visit.pickUp {
                    guard let crate = context.crateIndex[id], let stay = present.removeValue(forKey: crate) else {
                        add(.pickUpMismatch, visit, partner: partner, crate: id)
                        continue
                    }
                    themesBefore.append(data.crates[crate].theme)
                    stays[crate].append(
                        Stay(partnerID: partnerID, from: stay.from, until: visit.day, visit: stay.visit))
                }
                previousThemes[visit.id] = themesBefore.isEmpty ? lastThemes : themesBefore
                var seen = Set<Crate.ID>()
                for id in visit.leave {
                    guard seen.insert(id).inserted else {
                        add(.duplicate, visit, partner: partner, crate: id)
                        continue
                    }
                    guard let crate = context.crateIndex[id] else {
                        add(.unknownCrate, visit, partner: partner, crate: id)
                        continue
                    }
                    checkCrate(crate, visit, partner: partner, had: had[crate])
                    had[crate] = visit.day
                    present[crate] = (visit.day, position)
                    let theme = data.crates[crate].theme
                    if let since = seasonThemes[theme] {
                        themeRepeats[visit.id, default: []].append(
                            ThemeRepeat(crate: crate, theme: theme, inSeason: true, since: since))
                    } else if let since = lookBackThemes[theme] {
                        themeRepeats[visit.id, default: []].append(
                            ThemeRepeat(crate: crate, theme: theme, inSeason: false, since: since))
                    }
                    seasonThemes[theme] = visit.day
                }
                if !visit.leave.isEmpty {
                    lastThemes = visit.leave.compactMap { context.crateIndex[$0] }.map { data.crates[$0].theme }
                }
            }
            for crate in present.keys.sorted() {
                let stay = present[crate]!
                stays[crate].append(Stay(partnerID: partnerID, from: stay.from, until: nil, visit: stay.visit))
            }
        }
        checkCrateMovements()
        violations.sort(by: Violation.order)
    }

    /// Day, route and partner of every visit.
    private mutating func checkVisits() {
        var seen = Set<PlannedVisit.ID>()
        for visit in plan.visits {
            guard let partnerPosition = context.partnerIndex[visit.partnerID] else {
                add(.unknownPartner, visit, partner: nil)
                continue
            }
            let partner = data.partners[partnerPosition]
            if !seen.insert(visit.id).inserted { add(.duplicate, visit, partner: partner) }
            if visit.day < plan.firstDay || visit.day > plan.lastDay { add(.outsideSeason, visit, partner: partner) }
            if let holiday = DanishHolidays.holiday(on: visit.day) {
                add(.holiday, visit, partner: partner, note: holiday.name(.english))
            }
            if let closure = partner.closures.first(where: { $0.days.contains(visit.day) }) {
                add(.partnerClosed, visit, partner: partner, note: closure.reason)
            }
            if partner.routeID != visit.routeID {
                add(.wrongRoute, visit, partner: partner, note: partner.routeID?.rawValue)
            }
            if let route = context.routeIndex[visit.routeID].map({ context.routes[$0] }),
                !route.deliveryWeekdays.contains(visit.day.weekday)
            {
                add(.notRouteDay, visit, partner: partner, note: route.name)
            }
        }
    }

    /// Crates out and home together, per route day, against the van's capacity.
    private mutating func checkVans() {
        var loads: [Route.ID: [Day: Int]] = [:]
        for visit in plan.visits { loads[visit.routeID, default: [:]][visit.day, default: 0] += visit.vanLoad }
        for routeID in loads.keys.sorted() {
            let capacity = context.routeIndex[routeID].map { context.routes[$0].vanCapacity } ?? 0
            for (day, load) in loads[routeID]!.sorted(by: { $0.key < $1.key }) where load > capacity {
                violations.append(
                    Violation(
                        rule: .vanCapacity, day: day, routeID: routeID, count: load, limit: capacity,
                        note: context.routeIndex[routeID].map { context.routes[$0].name }))
            }
        }
    }

    /// One driver, one round a day: where a driver's routes both have visits on a day, the visits of the routes
    /// that do not drive on that weekday break the rule (when all of them do, the library's routes clash, and every
    /// visit of them does). The planner only uses route days, so only a visit moved by hand finds one.
    private mutating func checkDrivers() {
        var routesOn: [Day: [Route.ID: [Int]]] = [:]
        for (position, visit) in plan.visits.enumerated() {
            routesOn[visit.day, default: [:]][visit.routeID, default: []].append(position)
        }
        for day in routesOn.keys.sorted() {
            let routes = routesOn[day]!
            var byDriver: [String: [Route]] = [:]
            for id in routes.keys {
                guard let route = context.routeIndex[id].map({ context.routes[$0] }),
                    let driver = route.driver, !driver.isEmpty
                else { continue }
                byDriver[driver, default: []].append(route)
            }
            for driver in byDriver.keys.sorted() {
                let driven = byDriver[driver]!.sorted { $0.id < $1.id }
                guard driven.count > 1 else { continue }
                let offDay = driven.filter { !$0.deliveryWeekdays.contains(day.weekday) }
                for route in offDay.isEmpty ? driven : offDay {
                    let other =
                        driven.first { $0.id != route.id && !offDay.contains($0) }
                        ?? driven.first {
                            $0.id != route.id
                        }
                    for position in routes[route.id] ?? [] {
                        let visit = plan.visits[position]
                        violations.append(
                            Violation(
                                rule: .sharedDriver, day: day, partnerID: visit.partnerID,
                                partnerName: context.partnerIndex[visit.partnerID].map { data.partners[$0].name },
                                routeID: route.id, otherRouteID: other?.id, otherRouteName: other?.name, note: driver))
                    }
                }
            }
        }
    }

    /// A crate left at a visit: known, not in repair, of the partner's age groups, new to it.
    private mutating func checkCrate(_ crate: Int, _ visit: PlannedVisit, partner: Partner?, had: Day?) {
        let record = data.crates[crate]
        if record.state == .inRepair { add(.crateInRepair, visit, partner: partner, crate: record.id) }
        if let partner, !partner.ageGroups.contains(record.ageBand) {
            add(.ageBand, visit, partner: partner, crate: record.id, note: record.ageBand.rawValue)
        }
        if let had { add(.crateHadBefore, visit, partner: partner, crate: record.id, otherDay: had) }
    }

    /// Each crate's stays in order: never at two partners at once, and home the turnaround time in between.
    private mutating func checkCrateMovements() {
        let turnaround = context.calendar.turnaround
        for crate in stays.indices {
            stays[crate].sort { ($0.from, $0.visit ?? -1) < ($1.from, $1.visit ?? -1) }
            var previousUntil = lastReturn[crate]
            var previousPartner: Partner.ID?
            for (number, stay) in stays[crate].enumerated() {
                defer {
                    previousUntil = max(previousUntil, stay.until?.ordinal ?? Int.max)
                    previousPartner = stay.partnerID
                }
                guard let position = stay.visit else { continue }
                let visit = plan.visits[position]
                let partner = context.partnerIndex[visit.partnerID].map { data.partners[$0] }
                let crateID = data.crates[crate].id
                guard number > 0 || previousUntil != Int.min else { continue }
                let other = previousPartner.flatMap { context.partnerIndex[$0] }.map { data.partners[$0] }
                if previousUntil == Int.max || stay.from.ordinal < previousUntil {
                    add(
                        .crateElsewhere, visit, partner: partner, crate: crateID, other: other,
                        otherDay: previousUntil == Int.max ? nil : Day(ordinal: previousUntil))
                } else {
                    let home = context.calendar.workingDays(after: previousUntil, through: stay.from.ordinal)
                    if home < turnaround {
                        add(
                            .turnaround, visit, partner: partner, crate: crateID, other: other,
                            otherDay: Day(ordinal: previousUntil), count: home, limit: turnaround)
                    }
                }
            }
        }
    }

    private mutating func add(
        _ rule: Violation.Rule, _ visit: PlannedVisit, partner: Partner?, crate: Crate.ID? = nil,
        other: Partner? = nil, otherDay: Day? = nil, count: Int? = nil, limit: Int? = nil, note: String? = nil
    ) {
        violations.append(
            Violation(
                rule: rule, day: visit.day, partnerID: visit.partnerID, partnerName: partner?.name,
                routeID: visit.routeID, crateID: crate, otherPartnerID: other?.id, otherPartnerName: other?.name,
                otherDay: otherDay, count: count, limit: limit, note: note))
    }

    // MARK: Questions

    /// A crate that could have gone to `visit` in place of the repeat: of the same band, new to the partner, home
    /// through its turnaround that day and left nowhere else, whose theme the partner has not had this season nor
    /// at this visit (and for a look-back repeat, not in the look-back seasons either). Nil when the collection
    /// offered none: the repeat could not be avoided.
    func alternative(to repeated: ThemeRepeat, at visit: PlannedVisit) -> Int? {
        let ordinal = visit.day.ordinal
        let band = data.crates[repeated.crate].ageBand
        guard let bandIndex = AgeBand.allCases.firstIndex(of: band) else { return nil }
        var had = context.participantOfPartner[visit.partnerID].map { context.participants[$0].lookBack }
        var themes = Set(historyThemes[visit.partnerID]?.season.keys.map { $0 } ?? [])
        if !repeated.inSeason { themes.formUnion(historyThemes[visit.partnerID]?.lookBack.keys.map { $0 } ?? []) }
        for earlier in plan.visits(of: visit.partnerID) where earlier.day <= visit.day {
            for id in earlier.leave {
                guard let crate = context.crateIndex[id] else { continue }
                had?.insert(crate)
                themes.insert(data.crates[crate].theme)
            }
        }
        for crate in context.cratesByBand[bandIndex] where !(had?.contains(crate) ?? false) {
            guard !themes.contains(data.crates[crate].theme), !isOut(crate, on: ordinal) else { continue }
            let home = cameHome(crate, before: ordinal)
            if home == Int.min || context.calendar.readyOrdinal(afterPickup: home) <= ordinal { return crate }
        }
        return nil
    }

    /// Whether the crate is at a partner on the day with this ordinal (left on or before it, not yet picked up).
    func isOut(_ crate: Int, on ordinal: Int) -> Bool {
        stays[crate].contains { $0.from.ordinal <= ordinal && ($0.until.map { ordinal < $0.ordinal } ?? true) }
    }

    /// The last day before `ordinal` the crate came home (ordinal), or `Int.min`.
    func cameHome(_ crate: Int, before ordinal: Int) -> Int {
        var latest = lastReturn[crate] < ordinal ? lastReturn[crate] : Int.min
        for stay in stays[crate] {
            if let until = stay.until, until.ordinal <= ordinal { latest = max(latest, until.ordinal) }
        }
        return latest
    }
}
