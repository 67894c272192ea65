/// Changes by hand. Each edited visit is pinned (its day and crates go into `request.pins`), so that planning again
/// keeps it; check the result with `RotationPlanner.check(_:)`, which gives every hard rule the edit breaks.
extension Plan {
    /// Pins a visit as it is: its day and the crates it leaves.
    public mutating func pin(_ id: PlannedVisit.ID) {
        guard let position = visits.firstIndex(where: { $0.id == id }) else { return }
        visits[position].pinned = true
        setPin(for: visits[position], replacing: id.day)
    }

    /// Takes a visit's pin away: planning again may move it and choose its crates.
    public mutating func unpin(_ id: PlannedVisit.ID) {
        request.pins.removeAll { $0.partnerID == id.partnerID && $0.day == id.day }
        if let position = visits.firstIndex(where: { $0.id == id }) { visits[position].pinned = false }
    }

    /// Moves a visit to another day and pins it there. The crates stay as they are. Returns false when there is no
    /// such visit or the partner already has a visit on `day`.
    @discardableResult
    public mutating func move(_ id: PlannedVisit.ID, to day: Day) -> Bool {
        guard let position = visits.firstIndex(where: { $0.id == id }),
            !visits.contains(where: { $0.partnerID == id.partnerID && $0.day == day })
        else { return false }
        visits[position].day = day
        visits[position].pinned = true
        setPin(for: visits[position], replacing: id.day)
        visits.sort(by: PlannedVisit.planOrder)
        return true
    }

    /// Swaps a crate left at one visit with a crate left at another, and pins both visits. Each partner's next
    /// visit that picked up its old crate picks up the new one instead. Returns false when a visit or a crate is not
    /// there.
    @discardableResult
    public mutating func swapLeftCrates(
        _ first: Crate.ID, at firstVisit: PlannedVisit.ID, with second: Crate.ID, at secondVisit: PlannedVisit.ID
    ) -> Bool {
        guard firstVisit != secondVisit,
            let one = visits.firstIndex(where: { $0.id == firstVisit }),
            let other = visits.firstIndex(where: { $0.id == secondVisit }),
            let slotOne = visits[one].leave.firstIndex(of: first),
            let slotOther = visits[other].leave.firstIndex(of: second)
        else { return false }
        let pickUpOne = nextPickUp(of: first, after: visits[one])
        let pickUpOther = nextPickUp(of: second, after: visits[other])
        visits[one].leave[slotOne] = second
        visits[other].leave[slotOther] = first
        visits[one].leave.sort()
        visits[other].leave.sort()
        if let pickUpOne, let slot = visits[pickUpOne].pickUp.firstIndex(of: first) {
            visits[pickUpOne].pickUp[slot] = second
            visits[pickUpOne].pickUp.sort()
        }
        if let pickUpOther, let slot = visits[pickUpOther].pickUp.firstIndex(of: second) {
            visits[pickUpOther].pickUp[slot] = first
            visits[pickUpOther].pickUp.sort()
        }
        for position in [one, other] {
            visits[position].pinned = true
            setPin(for: visits[position], replacing: visits[position].day)
        }
        return true
    }

    /// The partner's first visit after `visit` that picks up `crate`.
    private func nextPickUp(of crate: Crate.ID, after visit: PlannedVisit) -> Int? {
        visits.indices.filter { visits[$0].partnerID == visit.partnerID && visits[$0].day > visit.day }
            .min { visits[$0].day < visits[$1].day }
            .flatMap { visits[$0].pickUp.contains(crate) ? $0 : nil }
    }

    private mutating func setPin(for visit: PlannedVisit, replacing day: Day) {
        request.pins.removeAll { $0.partnerID == visit.partnerID && ($0.day == day || $0.day == visit.day) }
        request.pins.append(Pin(partnerID: visit.partnerID, day: visit.day, crates: visit.leave))
        request.pins.sort { ($0.day, $0.partnerID) < ($1.day, $1.partnerID) }
    }
}

extension SeasonPlan {
    /// The day to propose for a new visit to `partner` in `week`: its first open van day from that week's Monday
    /// (and not before `today`) — a weekday its route drives, not a public holiday or a day the library closes, not
    /// a day the partner is closed (its dated and recurring closures, and the library's recurring closed weeks), and
    /// not a day it already has a visit — looking on through the season when that week has none. Nil when the
    /// partner has no route or the season no such day.
    public func proposedDay(for partner: Partner, week: ISOWeek, data: LibraryData, today: Day) -> Day? {
        guard let routeID = partner.routeID,
            let route = data.settings.routes.first(where: { $0.id == routeID }), !route.deliveryWeekdays.isEmpty
        else { return nil }
        let library = data.settings.recurringClosures ?? []
        let taken = Set(draft.visits(of: partner.id).map(\.day))
        var day = max(week.monday, today, season.firstDay)
        while day <= season.lastDay {
            if route.deliveryWeekdays.contains(day.weekday), DanishHolidays.holiday(on: day) == nil,
                !partner.isClosed(on: day), !library.contains(where: { $0.contains(day) }), !taken.contains(day)
            {
                return day
            }
            day = day.adding(days: 1)
        }
        return nil
    }

    /// `F`: pins every visit from `today` on that the draft has as published (same partner, day and crates), or,
    /// when all of them are pinned already, takes those pins away. Published visits the draft has changed are left
    /// as they are. Returns how many visits it pinned (positive) or unpinned (negative), and how many published
    /// visits the draft has changed.
    @discardableResult
    public mutating func pinPublished(today: Day) -> (changed: Int, differing: Int) {
        guard let published else { return (0, 0) }
        let coming = published.visits.filter { !SeasonPlan.isFixed($0.day, today: today) }
        var same: [PlannedVisit.ID] = []
        var differing = 0
        for visit in coming {
            if let current = draft.visit(visit.id), current.leave == visit.leave, current.routeID == visit.routeID {
                same.append(visit.id)
            } else {
                differing += 1
            }
        }
        let unpinned = same.filter { draft.visit($0)?.pinned == false }
        if unpinned.isEmpty {
            for id in same { draft.unpin(id) }
            return (-same.count, differing)
        }
        for id in unpinned { draft.pin(id) }
        return (unpinned.count, differing)
    }
}
