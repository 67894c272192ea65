/// Phase two of planning: crates for every visit, visit by visit in date order.
///
/// Because every visit already has its day, the day each crate will come home is known when it is left, so a
/// crate's state is one number: the first day it may go out again (`ready`). A crate fits a visit when it is of the
/// partner's age groups, ready by the visit's day, new to the partner within the look-back seasons, and home again
/// before any pinned visit that leaves it. Of the crates that fit, the partner gets one whose theme differs from
/// what it had just before, waiting longest on the shelf, lowest identifier first; a band of its demand with no
/// crate falls back to its other age groups. When crates are still missing, the visit waits for crates to come
/// home: it moves to a later route day with room, at most three weeks, if more crates fit there. What is still
/// missing then is reported with the numbers behind it.
struct CrateAssigner {
    let context: PlanningContext
    private(set) var slots: [PlanSlot]
    private let slotsOf: [[Int]]
    private(set) var load: [[Int]]
    /// Per crate, the first day (ordinal) it may go out again.
    private var ready: [Int]
    /// Per participant, the crates it has had (look-back and this plan).
    private var had: [CrateSet]
    /// Per participant, the crates it has now and the themes of the crates it had last.
    private var atPartner: [[Int]]
    private var lastThemes: [[Int]]
    /// Per participant and theme (`participant * themes.count + theme`): 2 when it had the theme this season, 1
    /// when only in the look-back seasons before it, 0 when never.
    private var themeSeen: [UInt8]
    /// Per participant, the crates of each band (position in `AgeBand.allCases`) it had this season: its crate mix
    /// shares the next visit's bands by them.
    private var givenBands: [[Int]]
    /// Crates of a band wanted, and taken, on a route in a week.
    private var wanted: [WeekKey: Int] = [:]
    private var taken: [WeekKey: Int] = [:]

    /// How far a visit may wait for crates to come home.
    static let maximumPostponement = 21

    private struct WeekKey: Hashable {
        let route: Int
        let monday: Int
        let band: Int
    }

    init(context: PlanningContext, schedule: VisitScheduler) {
        self.context = context
        slots = schedule.slots
        slotsOf = schedule.slotsOf
        load = schedule.load
        ready = context.initialReady
        had = context.participants.map(\.lookBack)
        atPartner = context.participants.map(\.initialOut)
        lastThemes = context.participants.map(\.previousThemes)
        givenBands = context.participants.map(\.seasonBands)
        let themeCount = context.themes.count
        themeSeen = Array(repeating: 0, count: context.participants.count * themeCount)
        for (index, participant) in context.participants.enumerated() {
            for theme in participant.lookBackThemes { themeSeen[index * themeCount + theme] = 1 }
            for theme in participant.seasonThemes { themeSeen[index * themeCount + theme] = 2 }
        }
        for (index, participant) in context.participants.enumerated() {
            // Crates at the partner come home at its first visit; without one they stay out.
            let first = slotsOf[index].first { slots[$0].day != nil }.flatMap { slots[$0].day }
            for crate in participant.initialOut {
                ready[crate] = context.calendar.readyOrdinal(afterPickup: first?.ordinal ?? Int.max)
            }
        }
        for slot in slots where slot.day != nil && slot.kind != .collection {
            guard let route = context.participants[slot.participant].route else { continue }
            if let pin = slot.pin, context.pinCrates[pin] != nil { continue }
            for band in context.participants[slot.participant].demand {
                wanted[key(route, slot.day!, band), default: 0] += 1
            }
        }
    }

    mutating func run() {
        // Each entry carries the day it was queued for, so a postponed visit is simply queued again.
        var heap = MinHeap<(day: Int, participant: Int, slot: Int)> { lhs, rhs in
            (lhs.day, lhs.participant, lhs.slot) < (rhs.day, rhs.participant, rhs.slot)
        }
        for (index, slot) in slots.enumerated() where slot.day != nil {
            heap.push((slot.day!.ordinal, slot.participant, index))
        }
        while let entry = heap.pop() {
            if process(entry.slot) {
                heap.push((slots[entry.slot].day!.ordinal, entry.participant, entry.slot))
            }
        }
    }

    // MARK: One visit

    /// Gives the visit its crates, or postpones it (returns true) when a later day would give it more.
    private mutating func process(_ index: Int) -> Bool {
        let slot = slots[index]
        let participant = context.participants[slot.participant]
        let route = participant.route!
        let day = slot.day!
        let next = nextPlaced(after: index)
        let returnReady = context.calendar.readyOrdinal(afterPickup: next.map { slots[$0].day!.ordinal } ?? Int.max)
        let pickUp = atPartner[slot.participant]
        let themes = pickUp.isEmpty ? lastThemes[slot.participant] : pickUp.map { context.crateTheme[$0] }

        var leave: [Int] = []
        var missing: [AgeBand] = []
        if let pin = slot.pin, let crates = context.pinCrates[pin] {
            leave = crates
        } else if slot.kind != .collection {
            (leave, missing) = choose(slot.participant, day: day, returnReady: returnReady, themes: themes)
            if !missing.isEmpty, slot.pin == nil,
                let later = laterDay(
                    index, route: route, missing: missing.count, returnReady: returnReady, themes: themes)
            {
                postpone(index, to: later, route: route)
                return true
            }
        }

        slots[index].pickUp = pickUp
        slots[index].leave = leave
        for crate in leave {
            ready[crate] = returnReady
            had[slot.participant].insert(crate)
            givenBands[slot.participant][context.crateBand[crate]] += 1
            taken[key(route, day, context.band(ofCrate: crate)), default: 0] += 1
        }
        atPartner[slot.participant] = leave
        for crate in leave { themeSeen[slot.participant * context.themes.count + context.crateTheme[crate]] = 2 }
        if !leave.isEmpty { lastThemes[slot.participant] = leave.map { context.crateTheme[$0] } }
        for band in Set(missing).sorted() {
            let count = missing.filter { $0 == band }.count
            slots[index].shortages.append(
                (band, count, shortageReason(slot.participant, band: band, route: route, day: day, returnReady)))
        }

        // The van was booked for the estimate; free what is not used, here and at the next visit's pick-up.
        let unused = slot.leaveEstimate - leave.count
        if unused != 0 {
            book(route, day, -unused)
            if let next {
                slots[next].pickupEstimate -= unused
                book(route, slots[next].day!, -unused)
            }
        }
        if leave.isEmpty && pickUp.isEmpty && slot.pin == nil {
            slots[index].dropped = true
        }
        return false
    }

    /// The crates for a visit on `day`, one per band its crate mix asks for after what it had this season, and the
    /// bands left without one.
    private func choose(_ participant: Int, day: Day, returnReady: Int, themes: [Int]) -> ([Int], [AgeBand]) {
        let bands = context.participants[participant].bands
        var chosen: [Int] = []
        var themesSoFar = themes
        var missing: [AgeBand] = []
        let given = givenBands[participant]
        let demand = context.participants[participant].mix.next { given[AgeBand.allCases.firstIndex(of: $0)!] }
        // A worked-out mix is a share over the season, so a crate of another age group with a theme new this
        // season beats one of the band due that repeats a theme (the band catches up later); the partner's own
        // numbers are kept at every visit.
        let soft = context.participants[participant].mix.source == .derived
        for band in demand {
            var found: Int?
            var foundRepeats = false
            for candidate in [band] + bands.filter({ $0 != band }) where found == nil || (soft && foundRepeats) {
                guard
                    let option = best(
                        participant, band: candidate, day: day, returnReady: returnReady, chosen: chosen,
                        themes: themesSoFar)
                else { continue }
                let repeats = repeatsInSeason(participant, option, chosen: chosen)
                if found == nil || (foundRepeats && !repeats) {
                    found = option
                    foundRepeats = repeats
                }
            }
            if let found {
                chosen.append(found)
                themesSoFar.append(context.crateTheme[found])
            } else {
                missing.append(band)
            }
        }
        return (chosen, missing)
    }

    /// The crate of `band` that fits best: a theme new to the partner this season (nor at this visit), then one it
    /// did not have in the look-back seasons either, then one it has not just had, then the longest wait, then the
    /// lowest identifier. Theme variety comes before the wait because the wait only evens out the shelf, while a
    /// theme twice in a season is what the kindergarten notices.
    private func best(_ participant: Int, band: AgeBand, day: Day, returnReady: Int, chosen: [Int], themes: [Int])
        -> Int?
    {
        let bandIndex = AgeBand.allCases.firstIndex(of: band)!
        let ordinal = day.ordinal
        let base = participant * context.themes.count
        var best: Int?
        var bestSeen: UInt8 = .max
        var bestRepeat = true
        var bestReady = Int.max
        for crate in context.cratesByBand[bandIndex] where fits(crate, participant, ordinal, returnReady) {
            if chosen.contains(crate) { continue }
            let theme = context.crateTheme[crate]
            let seen = chosen.contains { context.crateTheme[$0] == theme } ? 2 : themeSeen[base + theme]
            if seen > bestSeen { continue }
            let repeats = themes.contains(theme)
            if best == nil || seen < bestSeen
                || CrateChoice.isBetter(repeats: repeats, ready: ready[crate], than: bestRepeat, ready: bestReady)
            {
                best = crate
                bestSeen = seen
                bestRepeat = repeats
                bestReady = ready[crate]
            }
        }
        return best
    }

    /// Whether the partner had the crate's theme this season (or at this visit).
    private func repeatsInSeason(_ participant: Int, _ crate: Int, chosen: [Int]) -> Bool {
        let theme = context.crateTheme[crate]
        return themeSeen[participant * context.themes.count + theme] == 2
            || chosen.contains { context.crateTheme[$0] == theme }
    }

    private func fits(_ crate: Int, _ participant: Int, _ ordinal: Int, _ returnReady: Int) -> Bool {
        guard ready[crate] <= ordinal, !had[participant].contains(crate) else { return false }
        if context.pinDaysOfCrate[crate].isEmpty { return true }
        let pinned = context.nextPinDay(of: crate, onOrAfter: ordinal)
        return pinned == Int.max || (pinned > ordinal && returnReady <= pinned)
    }

    // MARK: Waiting for crates

    /// The first later route day, within the postponement limit and before the next visit, with room in the van,
    /// the partner open, and fewer crates missing than `missing`.
    private func laterDay(_ index: Int, route: Int, missing: Int, returnReady: Int, themes: [Int]) -> Day? {
        let slot = slots[index]
        let participant = context.participants[slot.participant]
        let calendar = context.calendar
        let original = slot.postponedFrom ?? slot.day!
        var last = min(slot.latest, original.adding(days: CrateAssigner.maximumPostponement))
        if let next = nextPlaced(after: index) {
            last = min(last, slots[next].day!.adding(days: -VisitScheduler.minimumGap))
        }
        let need = slot.pickupEstimate + slot.leaveEstimate
        let capacity = context.routes[route].vanCapacity
        var day = slot.day!.adding(days: 1)
        while day <= last {
            defer { day = day.adding(days: 1) }
            guard let position = calendar.index(of: day), calendar.drives[route][position],
                load[route][position] + need <= capacity, participant.isOpen(day)
            else { continue }
            // The crates picked up must still be home in time for their pinned visits.
            let comesHome = calendar.readyOrdinal(afterPickup: day.ordinal)
            let blocked = atPartner[slot.participant].contains { crate in
                context.nextPinDay(of: crate, onOrAfter: slot.day!.ordinal) < comesHome
            }
            if blocked { return nil }
            let (_, stillMissing) = choose(slot.participant, day: day, returnReady: returnReady, themes: themes)
            if stillMissing.count < missing { return day }
        }
        return nil
    }

    private mutating func postpone(_ index: Int, to day: Day, route: Int) {
        let slot = slots[index]
        let need = slot.pickupEstimate + slot.leaveEstimate
        book(route, slot.day!, -need)
        book(route, day, need)
        let comesHome = context.calendar.readyOrdinal(afterPickup: day.ordinal)
        for crate in atPartner[slot.participant] { ready[crate] = comesHome }
        slots[index].postponedFrom = slot.postponedFrom ?? slot.day
        slots[index].day = day
    }

    // MARK: Reasons

    /// The numbers behind a missing crate of `band`: wanted and free on the route that week, and why the crates still
    /// free on the day did not fit the partner.
    private func shortageReason(_ participant: Int, band: AgeBand, route: Int, day: Day, _ returnReady: Int)
        -> UnplannedReason
    {
        let bandIndex = AgeBand.allCases.firstIndex(of: band)!
        var free = 0
        var hadBefore = 0
        var heldForPins = 0
        for crate in context.cratesByBand[bandIndex] where ready[crate] <= day.ordinal {
            free += 1
            if had[participant].contains(crate) {
                hadBefore += 1
            } else if !fits(crate, participant, day.ordinal, returnReady) {
                heldForPins += 1
            }
        }
        let week = key(route, day, band)
        return .cratesShort(
            band: band, wanted: max(1, wanted[week] ?? 0), freeThatWeek: free + (taken[week] ?? 0), freeOnDay: free,
            hadBefore: hadBefore, heldForPins: heldForPins, seasons: context.lookBackText)
    }

    // MARK: Helpers

    private func nextPlaced(after index: Int) -> Int? {
        let chain = slotsOf[slots[index].participant]
        guard let position = chain.firstIndex(of: index) else { return nil }
        return chain[(position + 1)...].first { slots[$0].day != nil && !slots[$0].dropped }
    }

    private mutating func book(_ route: Int, _ day: Day, _ crates: Int) {
        guard let index = context.calendar.index(of: day) else { return }
        load[route][index] += crates
    }

    private func key(_ route: Int, _ day: Day, _ band: AgeBand) -> WeekKey {
        WeekKey(
            route: route, monday: ISOWeek(containing: day).monday.ordinal,
            band: AgeBand.allCases.firstIndex(of: band)!)
    }
}
