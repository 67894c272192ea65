import DepotCore

/// The texts of the Week tab (tab 6). Named `WeekTabText`, not `WeekText`, because `DepotCore.WeekText` is the
/// printout the tab prints, and both are in scope here and in the tests.
enum WeekTabText: String, TextCatalogue {
    // The heading of the week
    case weekHeading, thisWeek, nextWeek, lastWeek, weeksAhead, weeksAgo, allRoutes, onlyRoute
    // Days
    case today, dayMonth, closedNames, closedCount, closedThisWeek, nothing
    // Routes and visits
    case noRoute, driver, oneStop, stops, routeCrates, delivery, exchange, collection, out, home, notPacked, noCrates
    case partnerClosed, keptBooks, specialDelivery
    // Events and deadlines
    case event, meeting, deadline, overdueDay, overdueDays, done
    // Details (wide screens)
    case detailAddress, detailContact, detailPhone, detailNotes, detailLeave, detailCollect, detailVenue, detailTime
    case itemCount, detailOwner, detailBelongsTo, detailPartners, detailDue, detailClosed, detailReason, detailRoute
    // Going to a week
    case goPrompt, goHint, goEmpty, goNotUnderstood, goNoSuchDay, goNoSuchWeek
    // Keys
    case keyWeeks, keyThisWeek, keyGoTo, helpGoTo, keyPrint, keyPrintItems, keyRoute, keyPartner, keyMove, keyPage,
        keyCancel

    /// The names of the placeholders in each text (`{name}` in the language files), in the order `format` is
    /// given them.
    static let placeholders: [WeekTabText: [String]] = [
        .weekHeading: ["week", "from", "to"],
        .weeksAhead: ["weeks"],
        .weeksAgo: ["weeks"],
        .onlyRoute: ["route"],
        .dayMonth: ["day", "month"],
        .closedNames: ["partners"],
        .closedCount: ["count"],
        .driver: ["driver"],
        .stops: ["count"],
        .routeCrates: ["out", "home"],
        .keptBooks: ["count"],
        .overdueDays: ["days"],
        .itemCount: ["count"],
        .goNotUnderstood: ["text"],
        .goNoSuchDay: ["text"],
        .goNoSuchWeek: ["text"],
    ]
}
