/// Phase one of planning: the days of every partner's visits, before any crate is chosen.
///
/// Each partner's visits form a chain: the first near the season's start (or the due date of crates it already
/// has), each next one a loan period after the last, and for deposit partners a last collection before the summer
/// closure. Chains advance together in order of the day each next visit is wanted (a heap), so that the van's
/// capacity is shared fairly in time. A visit goes to the nearest route day on which the partner is open, that is no
/// holiday and on which the van has room for the crates it moves (ties: the day with fewer crates, then the later
/// one, so no loan is cut short); first deliveries go to the emptiest route day of the first weeks, and last
/// collections to the emptiest of the five weeks before the summer closure. Pins are fixed points: a pin takes the
/// place of the planned visit it is nearest to.
struct VisitScheduler {
    let context: PlanningContext
    /// Crates booked per route and day of the window.
    private(set) var load: [[Int]]
    private(set) var slots: [PlanSlot] = []
    /// Each participant's slots, in chain order.
    private(set) var slotsOf: [[Int]]
    /// Per participant: the days (calendar positions, in order) of its published visits, which a re-plan keeps
    /// where a hard rule allows (`RotationPlanner.plan(_:keeping:)`).
    let published: [[Int]]

    /// First deliveries spread over at most these days from the window's start.
    static let startWindowDays = 42
    /// Days a planned visit keeps from the partner's previous one.
    static let minimumGap = 7

    private struct Cursor {
        var number = 0
        var lastDay: Day?
        var lastKind: PlannedVisit.Kind?
        var outstanding: Int
        var nextPin = 0
        var finished = false
    }

    private struct Proposal {
        let participant: Int
        let target: Day
        let kind: PlannedVisit.Kind
        let timing: PlannedVisit.Timing
        let pin: Int?
        let earliest: Day
        let latest: Day
    }

    init(context: PlanningContext, keeping visits: [PlannedVisit] = []) {
        self.context = context
        var published = Array(repeating: [Int](), count: context.participants.count)
        for visit in visits {
            guard let participant = context.participantOfPartner[visit.partnerID],
                let index = context.calendar.index(of: visit.day)
            else { continue }
            published[participant].append(index)
        }
        self.published = published.map { Array(Set($0)).sorted() }
        load = context.routes.map { _ in Array(repeating: 0, count: context.calendar.dayCount) }
        slotsOf = Array(repeating: [], count: context.participants.count)
    }

    mutating func run() {
        let participants = context.participants
        var pinReservation = Array(repeating: 0, count: context.request.pins.count)
        for participant in participants where participant.route != nil && !participant.bands.isEmpty {
            for pin in participant.pins {
                let leaves = context.pinCrates[pin]?.count ?? participant.demand.count
                pinReservation[pin] = leaves + participant.demand.count
                book(participant.route!, context.request.pins[pin].day, pinReservation[pin])
            }
        }
        var cursors = participants.map { Cursor(outstanding: $0.initialOut.count) }
        var heap = MinHeap<Proposal> { lhs, rhs in
            (lhs.target.ordinal, lhs.participant) < (rhs.target.ordinal, rhs.participant)
        }
        for index in participants.indices where participants[index].route != nil && !participants[index].bands.isEmpty {
            if let proposal = propose(index, cursors[index]) { heap.push(proposal) }
        }
        while let proposal = heap.pop() {
            let index = proposal.participant
            if let pin = proposal.pin {
                book(participants[index].route!, context.request.pins[pin].day, -pinReservation[pin])
            }
            schedule(proposal, cursor: &cursors[index])
            if let next = propose(index, cursors[index]) { heap.push(next) }
        }
    }

    // MARK: Chains

    /// The partner's next visit: planned from its last one, or its next pin when that is nearer.
    private func propose(_ index: Int, _ cursor: Cursor) -> Proposal? {
        let participant = context.participants[index]
        let first = context.calendar.first
        let pin = cursor.nextPin < participant.pins.count ? participant.pins[cursor.nextPin] : nil
        let pinDay = pin.map { context.request.pins[$0].day }

        var planned: (target: Day, kind: PlannedVisit.Kind, timing: PlannedVisit.Timing)?
        if cursor.finished {
            planned = nil
        } else if cursor.number == 0 {
            if let due = participant.initialDue, !participant.initialOut.isEmpty {
                let collect = participant.collects && due >= participant.collectionWindowStart
                planned = (due, collect ? .collection : .exchange, .due)
            } else if !participant.collects || first < participant.collectionWindowStart {
                planned = (first, .delivery, .start)
            }
        } else if let last = cursor.lastDay {
            let next = participant.loan.after(last)
            if participant.collects {
                if cursor.outstanding == 0
                    && next.adding(days: participant.halfLoan(from: next)) > participant.collectionTarget
                {
                    planned = nil
                } else if next.adding(days: participant.halfLoan(from: next)) > participant.collectionTarget {
                    planned = (max(participant.collectionTarget, last.adding(days: 1)), .collection, .collection)
                } else {
                    planned = (next, cursor.outstanding > 0 ? .exchange : .delivery, .loanPeriod)
                }
            } else {
                planned = (next, cursor.outstanding > 0 ? .exchange : .delivery, .loanPeriod)
            }
        }
        if let target = planned?.target, target > participant.endBound { planned = nil }

        if let pin, let pinDay {
            let cutoff = planned.map { $0.target.adding(days: participant.halfLoan(from: $0.target)) }
            if cutoff == nil || pinDay < cutoff! {
                let explicit = context.pinCrates[pin]
                let outstanding = cursor.number == 0 ? participant.initialOut.count : cursor.outstanding
                var kind = PlannedVisit.Kind.delivery
                if outstanding > 0 {
                    let collects =
                        explicit?.isEmpty == true
                        || (explicit == nil && participant.collects && pinDay >= participant.collectionWindowStart)
                    kind = collects ? .collection : .exchange
                }
                return Proposal(
                    participant: index, target: pinDay, kind: kind, timing: .pinned, pin: pin, earliest: pinDay,
                    latest: pinDay)
            }
        }
        guard let planned else { return nil }
        var earliest = first
        if let last = cursor.lastDay { earliest = max(earliest, last.adding(days: VisitScheduler.minimumGap)) }
        var latest = planned.kind == .collection ? participant.collectionEnd : participant.endBound
        if let pinDay { latest = min(latest, pinDay.adding(days: -1)) }
        return Proposal(
            participant: index, target: max(planned.target, first), kind: planned.kind, timing: planned.timing,
            pin: nil, earliest: earliest, latest: latest)
    }

    private mutating func schedule(_ proposal: Proposal, cursor: inout Cursor) {
        let index = proposal.participant
        let participant = context.participants[index]
        let route = participant.route!
        let pickups = cursor.number == 0 ? participant.initialOut.count : cursor.outstanding
        var leaves = proposal.kind == .collection ? 0 : participant.demand.count
        if let pin = proposal.pin, let crates = context.pinCrates[pin] { leaves = crates.count }
        var slot = PlanSlot(
            participant: index, kind: proposal.kind, timing: proposal.timing, target: proposal.target,
            pin: proposal.pin, pickupEstimate: pickups, leaveEstimate: leaves, latest: proposal.latest)
        let need = pickups + leaves

        if proposal.pin != nil {
            slot.day = proposal.target
        } else {
            let half = participant.halfLoan(from: proposal.target)
            var low = max(proposal.earliest, proposal.target.adding(days: -half))
            var high = min(proposal.latest, proposal.target.adding(days: half))
            if let kept = keptDay(index, participant, route, proposal, low: low, high: high, need) {
                slot.day = kept
            } else if proposal.timing == .start {
                let window = min(VisitScheduler.startWindowDays, half)
                low = proposal.earliest
                let end = min(high, low.adding(days: window - 1))
                slot.day = emptiest(participant, route, from: low, to: end, near: low, need)
                high = min(proposal.latest, low.adding(days: window + half))
            } else if proposal.timing == .collection {
                let from = max(proposal.earliest, participant.collectionWindowStart)
                slot.day = emptiest(participant, route, from: from, to: proposal.latest, near: proposal.target, need)
            }
            if slot.day == nil {
                slot.day = nearest(participant, route, to: proposal.target, from: low, to: high, need)
            }
            if slot.day == nil { slot.failure = noDayReason(participant, route, from: low, to: high, need) }
        }
        if let day = slot.day { book(route, day, need) }

        cursor.number += 1
        cursor.lastDay = slot.day ?? proposal.target
        cursor.lastKind = proposal.kind
        if slot.day != nil { cursor.outstanding = leaves }
        if proposal.pin != nil { cursor.nextPin += 1 }
        if proposal.kind == .collection { cursor.finished = true }
        slotsOf[index].append(slots.count)
        slots.append(slot)
    }

    // MARK: Days

    /// The published day of the partner's that this visit keeps: the one nearest the day wanted in the window the
    /// visit may go to (for first deliveries and last collections their wider windows) on which the van still has
    /// room and the partner is open. Keeping published days comes first because each one moved is a letter that
    /// is wrong; the planner's own preferences (the emptiest day, the nearest) only decide days not published.
    private func keptDay(
        _ index: Int, _ participant: Participant, _ route: Int, _ proposal: Proposal, low: Day, high: Day,
        _ need: Int
    ) -> Day? {
        let days = published[index]
        guard !days.isEmpty else { return nil }
        var from = low
        var to = high
        switch proposal.timing {
        case .start:
            from = proposal.earliest
            to = min(
                proposal.latest, from.adding(days: VisitScheduler.startWindowDays + participant.halfLoan(from: from)))
        case .collection:
            from = max(proposal.earliest, participant.collectionWindowStart)
            to = proposal.latest
        default: break
        }
        let calendar = context.calendar
        let first = calendar.first.days(until: from)
        let last = calendar.first.days(until: to)
        let target = calendar.first.days(until: proposal.target)
        var best: Int?
        for day in days where day >= first && day <= last && fits(participant, route, day, need) {
            if let current = best, abs(current - target) <= abs(day - target) { continue }
            best = day
        }
        return best.map(calendar.day)
    }

    private mutating func book(_ route: Int, _ day: Day, _ crates: Int) {
        guard let index = context.calendar.index(of: day) else { return }
        load[route][index] += crates
    }

    private func fits(_ participant: Participant, _ route: Int, _ index: Int, _ need: Int) -> Bool {
        context.calendar.drives[route][index] && load[route][index] + need <= context.routes[route].vanCapacity
            && participant.isOpen(context.calendar.day(index))
    }

    /// The route day in `from...to` with the fewest crates booked; of equals the nearest `near`, then the later.
    private func emptiest(_ participant: Participant, _ route: Int, from: Day, to: Day, near: Day, _ need: Int)
        -> Day?
    {
        let calendar = context.calendar
        let low = max(0, calendar.first.days(until: from))
        let high = min(calendar.dayCount - 1, calendar.first.days(until: to))
        guard low <= high else { return nil }
        let center = calendar.first.days(until: near)
        var best: Int?
        for index in low...high where fits(participant, route, index, need) {
            guard let current = best else {
                best = index
                continue
            }
            let key = (load[route][index], abs(index - center), -index)
            if key < (load[route][current], abs(current - center), -current) { best = index }
        }
        return best.map(calendar.day)
    }

    /// The route day nearest `target` in `from...to` that fits; at equal distance the one with fewer crates, then
    /// the later one.
    private func nearest(_ participant: Participant, _ route: Int, to target: Day, from: Day, to last: Day, _ need: Int)
        -> Day?
    {
        let calendar = context.calendar
        guard let center = calendar.index(of: min(max(target, calendar.first), calendar.last)) else { return nil }
        let low = max(0, calendar.first.days(until: from))
        let high = min(calendar.dayCount - 1, calendar.first.days(until: last))
        guard low <= high else { return nil }
        let reach = max(center - low, high - center)
        for distance in 0...max(0, reach) {
            let later = center + distance
            let earlier = center - distance
            let laterFits = later >= low && later <= high && fits(participant, route, later, need)
            let earlierFits =
                distance > 0 && earlier >= low && earlier <= high && fits(participant, route, earlier, need)
            if laterFits && earlierFits {
                return calendar.day(load[route][earlier] < load[route][later] ? earlier : later)
            }
            if laterFits { return calendar.day(later) }
            if earlierFits { return calendar.day(earlier) }
        }
        return nil
    }

    /// Why no day in `from...to` would do: the route days there, and how many were holidays, closed or full.
    private func noDayReason(_ participant: Participant, _ route: Int, from: Day, to: Day, _ need: Int)
        -> UnplannedReason
    {
        let calendar = context.calendar
        let weekdays = context.routes[route].deliveryWeekdays
        var routeDays = 0
        var holidays = 0
        var closed = 0
        var full = 0
        var day = from
        while day <= to {
            if weekdays.contains(day.weekday) {
                routeDays += 1
                if DanishHolidays.isHoliday(day) {
                    holidays += 1
                } else if !participant.isOpen(day) {
                    closed += 1
                } else if let index = calendar.index(of: day),
                    load[route][index] + need > context.routes[route].vanCapacity
                {
                    full += 1
                }
            }
            day = day.adding(days: 1)
        }
        return .noVisitDay(
            from: from, to: max(from, to), routeDays: routeDays, holidays: holidays, closed: closed, vanFull: full,
            capacity: context.routes[route].vanCapacity)
    }
}
