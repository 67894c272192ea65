/// A partner taking part in a plan, with what the planner needs to know about it, worked out once.
struct Participant: Sendable {
    let partner: Partner
    /// Position in the settings' routes; nil when the partner has none (it then gets no visits).
    let route: Int?
    let loan: CalendarPeriod
    /// One age band per crate of its first visit (as many crates as every visit), and its crate mix: how the
    /// bands are shared over the visits.
    var demand: [AgeBand]
    var mix = VisitMix(crates: 0, bands: [], weights: [], source: .derived)
    /// Crates of each band (by position in `AgeBand.allCases`) it had this season before the plan starts.
    var seasonBands = Array(repeating: 0, count: AgeBand.allCases.count)
    /// Its age groups: the bands a crate for it may have.
    let bands: [AgeBand]
    /// Whether its crates all go home at a last visit (deposit partners before the summer; an ended partnership).
    let collects: Bool
    /// The last day it can be visited: the window's last day, or the day before its partnership ends.
    let endBound: Day
    /// The last day for the final collection (before the summer closure), the day it is wanted on, and the first
    /// day a pinned visit without crates counts as the collection.
    let collectionEnd: Day
    let collectionTarget: Day
    let collectionWindowStart: Day
    /// Crates at the partner when the plan starts (from open deposits due in the plan), picked up at its first
    /// visit, and their earliest due date.
    var initialOut: [Int] = []
    var initialDue: Day?
    /// Crates it had in the look-back seasons.
    var lookBack: CrateSet
    /// Themes of the crates it had last, so the first crates of the plan do not repeat them.
    var previousThemes: [Int] = []
    /// Themes of crates it had this season before the plan starts, and in the look-back seasons before this one.
    var seasonThemes: [Int] = []
    var lookBackThemes: [Int] = []
    /// Its pins (positions in the request's pins), by day.
    var pins: [Int] = []

    /// Whether the partner is open on `day`.
    func isOpen(_ day: Day) -> Bool { !partner.isClosed(on: day) }

    /// Half the loan period starting on `day`, in days: how near a pin must be to take a planned visit's place.
    func halfLoan(from day: Day) -> Int { max(1, day.days(until: loan.after(day)) / 2) }
}

/// The library and the request, turned into arrays indexed by small integers: crates by position, bands and themes
/// as numbers, each partner's look-back crates as a bitset, the days of the season as positions.
struct PlanningContext: Sendable {
    let data: LibraryData
    let request: PlanRequest
    let settings: LibrarySettings
    let calendar: PlanCalendar
    let routes: [Route]
    let routeIndex: [Route.ID: Int]
    let crateIndex: [Crate.ID: Int]
    let partnerIndex: [Partner.ID: Int]
    /// Per crate: its age band's position in `AgeBand.allCases`, its theme's position in `themes`, whether it can
    /// go out (not in repair).
    let crateBand: [Int]
    let crateTheme: [Int]
    let themes: [String]
    let usable: [Bool]
    /// Usable crates of each band, in identifier order.
    let cratesByBand: [[Int]]
    var participants: [Participant]
    let participantOfPartner: [Partner.ID: Int]
    /// Per crate, the first day (ordinal) it may go out as far as the history knows; `Int.max` while it is out with
    /// no known return, or at a partner in the plan (the planner sets it when that partner's first visit is known).
    let initialReady: [Int]
    /// Per pin: its crates as positions (nil when the planner chooses); crates the library lacks are left out.
    let pinCrates: [[Int]?]
    /// Per crate: the days (ordinals) of pinned visits that leave it, in order.
    let pinDaysOfCrate: [[Int]]
    /// The first day of the first look-back season, and the seasons as text ("2026/27–2027/28").
    let lookBackFirst: Day
    let lookBackText: String
    /// Cells that cannot be planned whatever the planner does: a partner without a route, a pin outside the season.
    let upfrontUnplanned: [UnplannedSlot]
    /// Visits the desk has packed crates for (not sent yet), with those crates: pinned so that the crates go to
    /// the partner they are packed for, on that visit. `request.pins` holds them beside the coordinator's own.
    let packedVisits: [PlannedVisit.ID: [Crate.ID]]
    /// Positions in `data.deposits` of those packed deposits: home until their visit, not at the partner.
    let packedDeposits: Set<Int>

    init(data library: LibraryData, request original: PlanRequest) {
        var request = original
        let settings = request.settings ?? library.settings
        let season = request.season
        let data = PlanningContext.withRecurringClosures(library, settings: settings, season: season)
        let first = max(season.firstDay, request.startingOn ?? season.firstDay)
        let calendar = PlanCalendar(
            first: first, last: season.lastDay, turnaround: settings.turnaroundWorkingDays, routes: settings.routes)
        let crateIndex = PlanningContext.positions(data.crates.map(\.id))
        let partnerIndex = PlanningContext.positions(data.partners.map(\.id))
        let lookBackSeason = Season(
            startYear: season.startYear - max(0, request.lookBackSeasons), startMonth: season.startMonth)

        // Crates.
        let themes = Array(Set(data.crates.map(\.theme))).sorted()
        let themeIndex = PlanningContext.positions(themes)
        let crateBand = data.crates.map { AgeBand.allCases.firstIndex(of: $0.ageBand)! }
        let crateTheme = data.crates.map { themeIndex[$0.theme]! }
        let usable = data.crates.map { $0.state != .inRepair }
        let byID = data.crates.indices.sorted { data.crates[$0].id < data.crates[$1].id }
        var byBand = Array(repeating: [Int](), count: AgeBand.allCases.count)
        for crate in byID where usable[crate] { byBand[crateBand[crate]].append(crate) }

        var unplanned: [UnplannedSlot] = []
        let selected = PlanningContext.selectPartners(data: data, request: request, first: first, unplanned: &unplanned)
        let participantOfPartner = PlanningContext.positions(selected.map(\.id))
        let packed = PlanningContext.packedPins(
            data, partners: selected, first: first, last: calendar.last, startingOn: request.startingOn,
            pins: request.pins)
        request.pins = packed.pins
        let packedVisits = packed.visits
        let packedDeposits = packed.deposits
        var participants = selected.map { partner in
            PlanningContext.participant(
                partner, request: request, settings: settings, first: first, last: calendar.last,
                crates: data.crates.count)
        }

        // History: look-back crates, crates out, when crates came home, each partner's last deposit.
        var lastReturn = Array(repeating: Int.min, count: data.crates.count)
        var openDue = Array(repeating: Int.min, count: data.crates.count)
        var latest = Array(repeating: -1, count: participants.count)
        let lookBackFirst = lookBackSeason.firstDay
        for (position, deposit) in data.deposits.enumerated() {
            // Packed and not sent: the crates are home, held for the visit they are packed for (a pin).
            if packedDeposits.contains(position) { continue }
            let crates = deposit.crateIDs.compactMap { crateIndex[$0] }
            for crate in crates {
                if let returned = deposit.returnedOn {
                    lastReturn[crate] = max(lastReturn[crate], returned.ordinal)
                } else {
                    openDue[crate] = max(openDue[crate], deposit.dueOn.ordinal)
                }
            }
            guard let participant = participantOfPartner[deposit.partnerID] else { continue }
            let start = deposit.dispatchedOn ?? deposit.createdOn
            let end = deposit.returnedOn ?? Day(ordinal: Int.max)
            if start <= calendar.last && end >= lookBackFirst {
                for crate in crates { participants[participant].lookBack.insert(crate) }
                if start >= season.firstDay {
                    participants[participant].seasonThemes += crates.map { crateTheme[$0] }
                    for crate in crates { participants[participant].seasonBands[crateBand[crate]] += 1 }
                } else {
                    participants[participant].lookBackThemes += crates.map { crateTheme[$0] }
                }
            }
            let previous = latest[participant]
            if previous < 0
                || (deposit.createdOn, deposit.id) > (data.deposits[previous].createdOn, data.deposits[previous].id)
            {
                latest[participant] = position
            }
            if deposit.returnedOn == nil && deposit.dueOn >= season.firstDay {
                participants[participant].initialOut += crates.filter { usable[$0] }
                let due = max(deposit.dueOn, first)
                participants[participant].initialDue = min(participants[participant].initialDue ?? due, due)
            }
        }
        var ready = Array(repeating: Int.min, count: data.crates.count)
        for (crate, record) in data.crates.enumerated() {
            if openDue[crate] != Int.min {
                ready[crate] = calendar.readyOrdinal(afterPickup: openDue[crate])
            } else if record.state == .out || record.state == .packed {
                ready[crate] = Int.max
            } else if lastReturn[crate] != Int.min {
                ready[crate] = calendar.readyOrdinal(afterPickup: lastReturn[crate])
            }
        }
        for index in participants.indices {
            participants[index].initialOut = Array(Set(participants[index].initialOut)).sorted {
                data.crates[$0].id < data.crates[$1].id
            }
            for crate in participants[index].initialOut { ready[crate] = Int.max }
            if latest[index] >= 0 {
                let deposit = data.deposits[latest[index]]
                participants[index].previousThemes = deposit.crateIDs.compactMap { crateIndex[$0] }.map {
                    crateTheme[$0]
                }
            }
        }

        // Demand: the request's, else the partner's crate mix, worked out where it gives no numbers
        // (`CrateMix.visitMix`) from its children per age group and the crates of its last deposit.
        let shelf = CrateChoice.shelf(data)
        for index in participants.indices {
            let participant = participants[index]
            let mix: VisitMix
            if let requested = request.crateDemands.last(where: { $0.partnerID == participant.partner.id })?.bands {
                mix = CrateChoice.requestMix(requested, ageGroups: participant.bands)
            } else {
                let last =
                    latest[index] >= 0
                    ? data.deposits[latest[index]].crateIDs.compactMap { crateIndex[$0] }.map {
                        data.crates[$0].ageBand
                    } : nil
                mix = CrateChoice.visitMix(for: participant.partner, lastBands: last, shelf: shelf)
            }
            participants[index].mix = mix
            participants[index].demand = mix.firstVisit
        }
        for participant in participants where participant.route == nil || participant.bands.isEmpty {
            let reason: UnplannedReason = participant.route == nil ? .noRoute : .noAgeGroups
            unplanned.append(PlanningContext.upfront(participant, day: first, reason: reason, routes: settings.routes))
        }

        // Pins.
        var pinCrates: [[Int]?] = []
        var pinDays = Array(repeating: [Int](), count: data.crates.count)
        for (position, pin) in request.pins.enumerated() {
            let crates = pin.crates.map { ids in ids.compactMap { crateIndex[$0] } }
            pinCrates.append(crates)
            guard let participant = participantOfPartner[pin.partnerID] else {
                if partnerIndex[pin.partnerID] == nil {
                    unplanned.append(
                        UnplannedSlot(
                            partnerID: pin.partnerID, partnerName: pin.partnerID.rawValue, routeID: nil,
                            routeName: nil, day: pin.day, visitPlanned: false, kind: .exchange, missingCrates: 0,
                            reason: .unknownPartner))
                }
                continue
            }
            guard calendar.contains(pin.day) && pin.day <= participants[participant].endBound else {
                unplanned.append(
                    PlanningContext.upfront(
                        participants[participant], day: pin.day, reason: .pinOutsideSeason, routes: settings.routes))
                continue
            }
            guard participants[participant].route != nil else { continue }
            if participants[participant].pins.contains(where: { request.pins[$0].day == pin.day }) { continue }
            participants[participant].pins.append(position)
            for crate in crates ?? [] {
                pinDays[crate].append(pin.day.ordinal)
                participants[participant].lookBack.insert(crate)
            }
        }
        for index in participants.indices {
            participants[index].pins.sort { request.pins[$0].day < request.pins[$1].day }
        }
        for crate in pinDays.indices { pinDays[crate].sort() }

        self.data = data
        self.request = request
        self.packedVisits = packedVisits
        self.packedDeposits = packedDeposits
        self.settings = settings
        self.calendar = calendar
        routes = settings.routes
        routeIndex = PlanningContext.positions(settings.routes.map(\.id))
        self.crateIndex = crateIndex
        self.partnerIndex = partnerIndex
        self.crateBand = crateBand
        self.crateTheme = crateTheme
        self.themes = themes
        self.usable = usable
        cratesByBand = byBand
        self.participants = participants
        self.participantOfPartner = participantOfPartner
        initialReady = ready
        self.pinCrates = pinCrates
        pinDaysOfCrate = pinDays
        self.lookBackFirst = lookBackFirst
        lookBackText = lookBackSeason == season ? season.description : "\(lookBackSeason)–\(season)"
        upfrontUnplanned = unplanned
    }

    /// The band of a crate as an `AgeBand`.
    func band(ofCrate crate: Int) -> AgeBand { AgeBand.allCases[crateBand[crate]] }

    /// The first pinned day (ordinal) on or after `ordinal` that leaves `crate`, or `Int.max`.
    func nextPinDay(of crate: Int, onOrAfter ordinal: Int) -> Int {
        for day in pinDaysOfCrate[crate] where day >= ordinal { return day }
        return Int.max
    }

    // MARK: Building

    /// The coordinator's pins, and one for each visit in the plan's days the desk has packed crates for, leaving
    /// the packed crates. The visit is the one the deposit is packed for (`Deposit.visitOn`), else the partner's
    /// next visit from the day the plan starts on (a season that has begun) or the day it was packed, as the week
    /// schedule takes it. A packed deposit whose visit comes before the plan's first day (planning next season)
    /// goes out before it, and counts as at the partner like any deposit sent. A pin of the coordinator's on that
    /// day keeps its crates and gets the packed ones too.
    private static func packedPins(
        _ data: LibraryData, partners: [Partner], first: Day, last: Day, startingOn: Day?, pins: [Pin]
    ) -> (pins: [Pin], visits: [PlannedVisit.ID: [Crate.ID]], deposits: Set<Int>) {
        let byID = Dictionary(partners.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        var visits: [PlannedVisit.ID: [Crate.ID]] = [:]
        var deposits = Set<Int>()
        for (position, deposit) in data.deposits.enumerated() where deposit.isPackedNotSent {
            guard let partner = byID[deposit.partnerID] else { continue }
            let from = startingOn ?? deposit.createdOn
            let day = DepositVisits.packedVisit(of: deposit, partner: partner, data: data, today: from)
            guard day >= first, day <= last else { continue }
            visits[PlannedVisit.ID(partnerID: partner.id, day: day), default: []] += deposit.crateIDs
            deposits.insert(position)
        }
        guard !visits.isEmpty else { return (pins, [:], []) }
        var result = pins
        for (id, crates) in visits.sorted(by: { $0.key < $1.key }) {
            if let position = result.firstIndex(where: { $0.partnerID == id.partnerID && $0.day == id.day }) {
                let own = result[position].crates ?? []
                result[position].crates = own + crates.filter { !own.contains($0) }
            } else {
                result.append(Pin(partnerID: id.partnerID, day: id.day, crates: crates))
            }
        }
        result.sort { ($0.day, $0.partnerID) < ($1.day, $1.partnerID) }
        return (result, visits.mapValues { Array(Set($0)).sorted() }, deposits)
    }

    /// The library with every partner's recurring closures, and the library's own, written out as dated closures
    /// over the season (and a little either side), so that every rule and explanation sees them as closures.
    static func withRecurringClosures(_ data: LibraryData, settings: LibrarySettings, season: Season) -> LibraryData {
        let library = settings.recurringClosures ?? []
        guard !library.isEmpty || data.partners.contains(where: { !($0.recurringClosures ?? []).isEmpty }) else {
            return data
        }
        let window = DayRange(first: season.firstDay.adding(days: -60), last: season.lastDay.adding(days: 60))
        var copy = data
        for index in copy.partners.indices {
            let partner = copy.partners[index]
            guard !library.isEmpty || !(partner.recurringClosures ?? []).isEmpty else { continue }
            let outside = partner.closures.filter { !$0.days.overlaps(window) }
            copy.partners[index].closures = outside + partner.closures(overlapping: window, library: library)
            copy.partners[index].recurringClosures = nil
        }
        return copy
    }

    private static func positions<Key: Hashable>(_ keys: [Key]) -> [Key: Int] {
        var positions: [Key: Int] = [:]
        positions.reserveCapacity(keys.count)
        for (position, key) in keys.enumerated() where positions[key] == nil { positions[key] = position }
        return positions
    }

    /// The partners of the plan, in identifier order: those asked for (or every partner taking deposits whose
    /// partnership has not ended before the plan starts: no prospect, declined or paused one), and any partner with
    /// a pin.
    private static func selectPartners(
        data: LibraryData, request: PlanRequest, first: Day, unplanned: inout [UnplannedSlot]
    ) -> [Partner] {
        var chosen: [Partner]
        if let ids = request.partnerIDs {
            let wanted = Set(ids)
            chosen = data.partners.filter { wanted.contains($0.id) }
            let known = Set(data.partners.map(\.id))
            for id in ids.sorted() where !known.contains(id) {
                unplanned.append(
                    UnplannedSlot(
                        partnerID: id, partnerName: id.rawValue, routeID: nil, routeName: nil, day: first,
                        visitPlanned: false, kind: .delivery, missingCrates: 0, reason: .unknownPartner))
            }
        } else {
            chosen = data.partners.filter { $0.takesDeposits && ($0.endedOn.map { $0 > first } ?? true) }
        }
        let pinned = Set(request.pins.map(\.partnerID))
        let chosenIDs = Set(chosen.map(\.id))
        chosen += data.partners.filter { pinned.contains($0.id) && !chosenIDs.contains($0.id) }
        return chosen.sorted { $0.id < $1.id }
    }

    private static func participant(
        _ partner: Partner, request: PlanRequest, settings: LibrarySettings, first: Day, last: Day, crates: Int
    ) -> Participant {
        let route = partner.routeID.flatMap { id in settings.routes.firstIndex { $0.id == id } }
        var endBound = last
        var ends = false
        if let ended = partner.endedOn, ended <= last {
            endBound = max(first, ended.adding(days: -1))
            ends = true
        }
        // The summer closure: the one overlapping the last six weeks that starts last.
        let tail = DayRange(first: endBound.adding(days: -42), last: endBound)
        let summer = partner.closures.filter { $0.days.overlaps(tail) && $0.days.first > first }.max {
            $0.days.first < $1.days.first
        }
        let collectionEnd = max(first, min(endBound, summer.map { $0.days.first.adding(days: -1) } ?? endBound))
        let bands = Array(Set(partner.ageGroups)).sorted()
        return Participant(
            partner: partner, route: route, loan: settings.loanPeriod(for: partner), demand: [], bands: bands,
            collects: ends || (request.collectsBeforeSummer && partner.depositKind == .deposit), endBound: endBound,
            collectionEnd: collectionEnd, collectionTarget: max(first, collectionEnd.adding(days: -14)),
            collectionWindowStart: max(first, collectionEnd.adding(days: -35)), lookBack: CrateSet(capacity: crates))
    }

    private static func upfront(
        _ participant: Participant, day: Day, reason: UnplannedReason, routes: [Route]
    ) -> UnplannedSlot {
        let route = participant.route.map { routes[$0] }
        return UnplannedSlot(
            partnerID: participant.partner.id, partnerName: participant.partner.name, routeID: route?.id,
            routeName: route?.name, day: day, visitPlanned: false, kind: .delivery,
            missingCrates: participant.demand.count, reason: reason)
    }
}

extension Deposit {
    /// Packed for a partner and not sent yet (as `Desk.packedDeposits` reads it): its crates are still home.
    var isPackedNotSent: Bool { dispatchedOn == nil && returnedOn == nil }
}
