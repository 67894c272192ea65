import DepotCore

/// The desk on the Week tab: `v` packs for the selected stop's visit, `b` marks the van gone from that stop and `B`
/// from every stop of its route that day: what was packed for those visits is sent on that day, after a yes.
extension WeekScreen {
    /// The stop under the selection.
    var selectedVisit: ScheduledVisit? {
        guard let selected, case .visit(let visit, _, _) = entries[selected] else { return nil }
        return visit
    }

    /// The route day the selected stop is on.
    var selectedRouteDay: WeekSchedule.RouteDay? {
        guard let selected, selectedVisit != nil else { return nil }
        for entry in entries[..<selected].reversed() {
            if case .route(let route) = entry { return route }
        }
        return nil
    }

    /// `v`: the pack form for the selected stop's partner and day.
    func packForVisit(_ context: AppContext) -> ScreenCommand {
        guard let visit = selectedVisit else { return .message(context.strings[DeskText.vanNoStop]) }
        let partner = context.data.partner(visit.partnerID, in: context.index)
        return DeskActions.packForVisit(partner, visit: visit.day, context)
    }

    /// `b` (one stop) or `B` (the stop's whole route that day): the van has left.
    func vanLeft(wholeRoute: Bool, _ context: AppContext) -> ScreenCommand {
        let strings = context.strings
        guard let visit = selectedVisit, let route = selectedRouteDay else {
            return .message(strings[DeskText.vanNoStop])
        }
        let day = visit.day
        let dayText = "\(strings.days.weekdayName(day.weekday)) \(strings.days.long(day))"
        guard day <= context.today else { return .message(strings.format(DeskText.vanNotYet, dayText)) }
        let stops = wholeRoute ? route.visits : [visit]
        var senders: [(partner: Partner, crates: [Crate.ID])] = []
        for stop in stops {
            guard let partner = context.data.partner(stop.partnerID, in: context.index) else { continue }
            let packed = Desk.packedDeposits(for: partner, visit: day, in: context.data).flatMap(\.crateIDs)
            if !packed.isEmpty { senders.append((partner, packed)) }
        }
        let routeName = route.routeID.flatMap { id in context.data.settings.routes.first { $0.id == id }?.name } ?? ""
        guard !senders.isEmpty else {
            if !wholeRoute, let partner = context.data.partner(visit.partnerID, in: context.index) {
                return .message(
                    DeskError.nothingPackedForVisit(partner: partner.name, day: day).localizedDescription(
                        strings.language))
            }
            return .message(strings.format(DeskText.vanNothingPacked, routeName, dayText))
        }
        let crates = senders.flatMap(\.crates)
        let crateText = crates.map(\.rawValue).joined(separator: " ")
        let today = context.today
        let result = DeskCommands.change(strings.format(DeskText.vanLeftDone, routeName, crateText), context) {
            data throws(DeskError) in
            var change = DeskChange()
            for sender in senders {
                change.merge(try Desk.vanLeft(for: sender.partner.id, on: day, today: today, in: &data))
            }
            return change
        }
        switch result {
        case .success(let change):
            let question =
                wholeRoute
                ? strings.format(
                    DeskText.vanLeftRoute, routeName, dayText, strings.count(crates.count, DeskText.nounCrate),
                    strings.count(senders.count, DeskText.nounPartner))
                : strings.format(DeskText.vanLeftStop, dayText, crateText, senders[0].partner.name)
            return .confirm(Confirmation(question: question, change: change))
        case .failure(let error):
            return .message(error.localizedDescription(strings.language))
        }
    }
}
