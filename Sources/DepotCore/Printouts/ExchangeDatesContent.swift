/// What both forms of the exchange-dates printout show: the partner's visits that move crates, its route and
/// whether it is exempt from charges.
struct ExchangeDatesContent {
    let visits: [PlannedVisit]
    let routeName: String?
    let weekdays: [Weekday]
    let exempt: Bool

    init(partner: Partner, plan: Plan, data: LibraryData) {
        visits = plan.visits(of: partner.id).filter { $0.vanLoad > 0 }
        let settings = plan.request.settings ?? data.settings
        let route = partner.routeID.flatMap { id in settings.routes.first { $0.id == id } }
        routeName = route?.name
        weekdays = route?.deliveryWeekdays ?? []
        exempt = data.settings.finePolicy(for: partner).mode == .exempt
    }
}
