/// A deposit's dates, planned before crates are chosen for it.
struct PlannedDeposit {
    var partnerIndex: Int
    /// The route day the crates leave (or are to leave) the library.
    var visit: Day
    var createdOn: Day
    var dueOn: Day
    var returnedOn: Day?
    var renewals = 0
    var notes: String?
    /// Items to record lost or damaged when the deposit comes back (this season's exceptions).
    var lostItems = 0
    var damagedItems = 0

    /// Whether the crates have left by `today`.
    func isDispatched(asOf today: Day) -> Bool { visit <= today }
}

/// Plans every partner's deposits as a chain of route days: each exchange visit returns the old crates and leaves
/// fresh ones. Deposits follow the season (first dispatch in August/September, last collection before the summer
/// closure); kindergarten libraries run year to year.
struct DepositPlanner {
    let partners: [PartnerBuild]
    let routes: [RouteSpec]
    let settings: LibrarySettings
    let seasons: [Season]
    let today: Day
    let calendar: RouteCalendar
    let profile: ScaleProfile
    var random: RandomSource
    /// Crates already booked per route day, keyed by `ordinal * 64 + route index`.
    private var load: [Int: Int] = [:]
    /// Per partner and season, which of the first weeks of the season the first crates go out in.
    private var startWeeks: [[Int]] = []

    /// Weeks of the season in which the first crates go out (from ISO week 32, early August).
    static let startWindowWeeks = 6

    init(
        partners: [PartnerBuild], routes: [RouteSpec], settings: LibrarySettings, seasons: [Season], today: Day,
        calendar: RouteCalendar, profile: ScaleProfile, random: RandomSource
    ) {
        self.partners = partners
        self.routes = routes
        self.settings = settings
        self.seasons = seasons
        self.today = today
        self.calendar = calendar
        self.profile = profile
        self.random = random
    }

    /// The planned deposits of each partner, in order.
    mutating func plan() -> [[PlannedDeposit]] {
        assignStartWeeks()
        var plans: [[PlannedDeposit]] = []
        for index in partners.indices {
            if partners[index].partner.depositKind == .kindergartenLibrary {
                plans.append(planLibrary(index))
            } else {
                plans.append(planSeasons(index))
            }
        }
        leaveOverdue(&plans)
        chooseExceptions(&plans)
        return plans
    }

    // MARK: Start weeks

    /// Spreads the first dispatches of each season evenly over the start window, each age band on its own, so
    /// that exchanges (and the crates they need) are spread over the weeks too.
    private mutating func assignStartWeeks() {
        startWeeks = Array(repeating: Array(repeating: 0, count: seasons.count), count: partners.count)
        for season in seasons.indices {
            for band in AgeBand.allCases {
                let starters = partners.indices.filter { index in
                    let partner = partners[index]
                    return partner.crateBands[0] == band && partner.firstSeason <= season
                        && season <= partner.lastSeason
                }
                let offset = random.below(DepositPlanner.startWindowWeeks)
                for (position, index) in random.shuffled(starters).enumerated() {
                    startWeeks[index][season] = (offset + position) % DepositPlanner.startWindowWeeks
                }
            }
        }
    }

    private func startDay(season: Int, partner: Int) -> Day {
        let monday = ISOWeek(year: seasons[season].startYear, week: 32)!.monday
        return monday.adding(days: 7 * startWeeks[partner][season])
    }

    /// The last collection before the summer closure, spread over three weeks from ISO week 23.
    private func finalCollectionDay(season: Int, partner: Int) -> Day {
        let monday = ISOWeek(year: seasons[season].startYear + 1, week: 23)!.monday
        return monday.adding(days: 7 * (startWeeks[partner][season] % 3))
    }

    // MARK: Chains

    private mutating func planSeasons(_ index: Int) -> [PlannedDeposit] {
        let partner = partners[index]
        let period = settings.loanPeriod(for: partner.partner)
        let crates = partner.crateBands.count
        var deposits: [PlannedDeposit] = []
        for season in partner.firstSeason...partner.lastSeason {
            var visit = routeDay(onOrAfter: startDay(season: season, partner: index), partner: index, crates: crates)
            let finalTarget = firstRouteDay(onOrAfter: finalCollectionDay(season: season, partner: index), index)
            while true {
                let natural = period.after(visit)
                var deposit = start(index, visit: visit)
                guard deposit.createdOn <= today else { return deposits }
                let isLast = natural.adding(days: 56) > finalTarget
                if isLast {
                    deposit.dueOn = routeDay(onOrAfter: finalTarget, partner: index, crates: crates)
                    if natural < deposit.dueOn {
                        deposit.notes = "Sidste periode før sommerferien – hentes ved sommerindsamlingen"
                    }
                } else if natural.adding(days: 28 + 56) <= finalTarget, random.chance(perMille: 40) {
                    deposit.dueOn = routeDay(near: natural.adding(days: 28), partner: index, crates: 2 * crates)
                    deposit.renewals = 1
                    deposit.notes = "Forlænget 4 uger efter ønske fra kontaktpersonen"
                } else {
                    deposit.dueOn = routeDay(near: natural, partner: index, crates: 2 * crates)
                }
                let back = returnDay(of: &deposit, crates: isLast ? crates : 2 * crates, mayBeLate: !isLast)
                deposit.returnedOn = back <= today ? back : nil
                deposits.append(deposit)
                // Packed but not sent yet: nothing after it has happened.
                if visit > today { return deposits }
                if isLast { break }
                visit = back
            }
        }
        return deposits
    }

    /// A kindergarten library keeps its books a whole loan period (a year) and is exchanged at the same visit.
    private mutating func planLibrary(_ index: Int) -> [PlannedDeposit] {
        let partner = partners[index]
        let period = settings.loanPeriod(for: partner.partner)
        let crates = partner.crateBands.count
        var deposits: [PlannedDeposit] = []
        var visit = routeDay(
            onOrAfter: startDay(season: partner.firstSeason, partner: index), partner: index, crates: crates)
        while true {
            var deposit = start(index, visit: visit)
            guard deposit.createdOn <= today else { return deposits }
            deposit.dueOn = routeDay(near: period.after(visit), partner: index, crates: 2 * crates)
            let back = returnDay(of: &deposit, crates: 2 * crates, mayBeLate: true)
            deposit.returnedOn = back <= today ? back : nil
            deposits.append(deposit)
            if visit > today { return deposits }
            visit = back
        }
    }

    /// A deposit leaving on `visit`, packed one to three working days before (but within the visit's season, whose
    /// file it belongs in).
    private mutating func start(_ index: Int, visit: Day) -> PlannedDeposit {
        var packed = calendar.workingDay(onOrBefore: visit.adding(days: -random.int(in: 1...3)))
        let seasonStart = settings.season(containing: visit).firstDay
        if packed < seasonStart {
            packed = seasonStart
            while !calendar.isWorkingDay(packed) && packed < visit { packed = packed.adding(days: 1) }
        }
        var deposit = PlannedDeposit(partnerIndex: index, visit: visit, createdOn: packed, dueOn: visit)
        if random.chance(perMille: 60) { deposit.notes = random.pick(DepositPlanner.requests) }
        return deposit
    }

    /// The day the crates come home: the due date, or now and then a week later when they were not put out.
    private mutating func returnDay(of deposit: inout PlannedDeposit, crates: Int, mayBeLate: Bool) -> Day {
        guard mayBeLate, deposit.dueOn.adding(days: 35) < today, random.chance(perMille: 40) else {
            return deposit.dueOn
        }
        deposit.notes = "Kasserne var ikke sat frem ved udskiftningen – hentet ugen efter"
        return routeDay(onOrAfter: deposit.dueOn.adding(days: 6), partner: deposit.partnerIndex, crates: crates)
    }

    private static let requests = [
        "Ønsker bøger om at starte i skole",
        "Ønsker bøger om at få en lillebror eller lillesøster",
        "Gerne nogle bøger på engelsk og arabisk næste gang",
        "Ønsker bøger om brandbiler og redningskøretøjer",
        "Ønsker dinosaurer næste gang",
        "Ønsker bøger om at sige farvel – en af børnenes bedsteforældre er død",
    ]

    // MARK: Route days

    /// The first route day on or after `day` when the partner is open and the van has room for `crates`.
    private mutating func routeDay(onOrAfter day: Day, partner index: Int, crates: Int) -> Day {
        var candidate = day
        while !book(candidate, partner: index, crates: crates) { candidate = candidate.adding(days: 1) }
        return candidate
    }

    /// The route day nearest to `day` (the later one on a tie) when the partner is open and the van has room.
    /// Taking the nearest rather than the next keeps a partner's exchanges on the same week of the cycle.
    private mutating func routeDay(near day: Day, partner index: Int, crates: Int) -> Day {
        for distance in 0..<7 {
            if book(day.adding(days: distance), partner: index, crates: crates) { return day.adding(days: distance) }
            if distance > 0, book(day.adding(days: -distance), partner: index, crates: crates) {
                return day.adding(days: -distance)
            }
        }
        return routeDay(onOrAfter: day.adding(days: 7), partner: index, crates: crates)
    }

    /// Books room for `crates` in the van on `day` if it is a route day, the partner is open and there is room.
    private mutating func book(_ day: Day, partner index: Int, crates: Int) -> Bool {
        let partner = partners[index]
        let route = routes[partner.routeIndex]
        guard calendar.isRouteDay(day, weekdays: route.weekdays), !partner.isClosed(on: day) else { return false }
        let needed = min(crates, route.vanCapacity)
        let key = day.ordinal * 64 + partner.routeIndex
        let used = load[key, default: 0]
        guard used + needed <= route.vanCapacity else { return false }
        load[key] = used + needed
        return true
    }

    /// The first route day on or after `day` when the partner is open, ignoring the van's load.
    private func firstRouteDay(onOrAfter day: Day, _ index: Int) -> Day {
        let partner = partners[index]
        let weekdays = routes[partner.routeIndex].weekdays
        var candidate = day
        while !calendar.isRouteDay(candidate, weekdays: weekdays) || partner.isClosed(on: candidate) {
            candidate = candidate.adding(days: 1)
        }
        return candidate
    }

    // MARK: The present

    /// Leaves a few deposits that were due in the last three weeks unreturned: their crates were not put out, and
    /// the next deposit has not been made.
    private mutating func leaveOverdue(_ plans: inout [[PlannedDeposit]]) {
        var candidates: [(partner: Int, deposit: Int)] = []
        for (partner, deposits) in plans.enumerated() where partners[partner].partner.endedOn == nil {
            for (number, deposit) in deposits.enumerated() {
                guard let returned = deposit.returnedOn, returned == deposit.dueOn, returned < today,
                    returned.adding(days: 20) >= today
                else { continue }
                candidates.append((partner, number))
            }
        }
        for candidate in random.shuffled(candidates).prefix(profile.overdueDeposits) {
            var deposits = plans[candidate.partner]
            guard candidate.deposit < deposits.count, deposits[candidate.deposit].returnedOn != nil else { continue }
            deposits.removeSubrange((candidate.deposit + 1)...)
            let due = deposits[candidate.deposit].dueOn
            deposits[candidate.deposit].returnedOn = nil
            deposits[candidate.deposit].notes =
                "Kasserne var ikke sat frem ved udskiftningen \(DepositPlanner.danishDate(due)) – ny tid aftales "
                + "med kontaktpersonen"
            plans[candidate.partner] = deposits
        }
    }

    /// Picks deposits returned this season to come back with lost or damaged items.
    private mutating func chooseExceptions(_ plans: inout [[PlannedDeposit]]) {
        let seasonStart = seasons[seasons.count - 1].firstDay
        var candidates: [(partner: Int, deposit: Int)] = []
        for (partner, deposits) in plans.enumerated() {
            for (number, deposit) in deposits.enumerated() {
                if let returned = deposit.returnedOn, returned >= seasonStart { candidates.append((partner, number)) }
            }
        }
        let chosen = random.shuffled(candidates)
        for (position, candidate) in chosen.enumerated() {
            if position < profile.lostDepositsThisSeason {
                plans[candidate.partner][candidate.deposit].lostItems = random.chance(perMille: 300) ? 2 : 1
            } else if position < profile.lostDepositsThisSeason + profile.damagedDepositsThisSeason {
                plans[candidate.partner][candidate.deposit].damagedItems = 1
            }
        }
    }

    /// "17. november".
    static func danishDate(_ day: Day) -> String {
        let months = [
            "januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september", "oktober",
            "november", "december",
        ]
        return "\(day.dayOfMonth). \(months[day.month - 1])"
    }
}
