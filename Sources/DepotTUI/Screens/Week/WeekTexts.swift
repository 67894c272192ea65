import DepotCore

/// The texts of the Week tab (tab 6). Named `WeekTabText`, not `WeekText`, because `DepotCore.WeekText` is the
/// printout the tab prints, and both are in scope here and in the tests.
enum WeekTabText: String, TextCatalogue {
    // The heading of the week
    case weekHeading, thisWeek, nextWeek, lastWeek, weeksAhead, weeksAgo, allRoutes, onlyRoute
    // Days
    case today, dayMonth, holiday, closedNames, closedCount, closedThisWeek, nothing
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

    static let danish: [WeekTabText: String] = [
        .weekHeading: "Uge {0} · {1} – {2}", .thisWeek: "denne uge", .nextWeek: "næste uge",
        .lastWeek: "sidste uge", .weeksAhead: "om {0} uger", .weeksAgo: "for {0} uger siden",
        .allRoutes: "alle ruter", .onlyRoute: "kun rute {0}",
        .today: "i dag", .dayMonth: "{0}.{1}.", .holiday: "helligdag: {0}", .closedNames: "Lukket: {0}",
        .closedCount: "Lukket: {0} partnere (se øverst)", .closedThisWeek: "Lukket i ugen",
        .nothing: "Ingen besøg, arrangementer eller frister.",
        .noRoute: "Uden rute", .driver: "chauffør {0}", .oneStop: "1 stop", .stops: "{0} stop",
        .routeCrates: "kasser ud: {0} · hjem: {1}",
        .delivery: "Levering", .exchange: "Udskiftning", .collection: "Afhentning", .out: "ud", .home: "hjem",
        .notPacked: "ikke pakket", .noCrates: "ingen", .keptBooks: "+{0} bog/bøger", .partnerClosed: "lukket den dag!",
        .specialDelivery: "særlig levering (ruten kører ikke den dag)",
        .event: "Arrangement", .meeting: "Møde", .deadline: "Frist", .overdueDay: "1 dag over fristen",
        .overdueDays: "{0} dage over fristen", .done: "klaret",
        .detailAddress: "Adresse", .detailContact: "Kontakt", .detailPhone: "Telefon", .detailNotes: "Bemærk",
        .detailLeave: "Aflever", .detailCollect: "Hent", .detailVenue: "Sted", .detailTime: "Tid",
        .itemCount: "{0} materialer", .detailOwner: "Ansvarlig", .detailBelongsTo: "Hører til",
        .detailPartners: "Partnere",
        .detailDue: "Frist", .detailClosed: "Lukket", .detailReason: "Grund", .detailRoute: "Rute",
        .goPrompt: "Gå til uge: ", .goHint: "fx 49, uge 49, 2026-W49, 1/12 eller 2026-12-01",
        .goEmpty: "Skriv en uge eller en dag, fx 49 eller 1/12",
        .goNotUnderstood: "Forstår ikke \"{0}\": skriv fx 49, uge 49, 2026-W49, 1/12 eller 2026-12-01",
        .goNoSuchDay: "Den dag findes ikke: \"{0}\"", .goNoSuchWeek: "Den uge findes ikke: \"{0}\"",
        .keyWeeks: "uge", .keyThisWeek: "denne uge", .keyGoTo: "gå til uge",
        .helpGoTo: "gå til uge: 49, uge 49, 2026-W49, 1/12", .keyPrint: "udskriv ugen",
        .keyPrintItems: "udskriv ugen med pakkelister til kasserne, der skal ud",
        .keyRoute: "rute", .keyPartner: "gå til partneren", .keyMove: "flyt", .keyPage: "side op/ned, top/bund",
        .keyCancel: "fortryd",
    ]

    static let english: [WeekTabText: String] = [
        .weekHeading: "Week {0} · {1} – {2}", .thisWeek: "this week", .nextWeek: "next week",
        .lastWeek: "last week", .weeksAhead: "in {0} weeks", .weeksAgo: "{0} weeks ago",
        .allRoutes: "all routes", .onlyRoute: "route {0} only",
        .today: "today", .dayMonth: "{0}/{1}", .holiday: "public holiday: {0}", .closedNames: "Closed: {0}",
        .closedCount: "Closed: {0} partners (see top)", .closedThisWeek: "Closed this week",
        .nothing: "No visits, events or deadlines.",
        .noRoute: "No route", .driver: "driver {0}", .oneStop: "1 stop", .stops: "{0} stops",
        .routeCrates: "crates out: {0} · home: {1}",
        .delivery: "Delivery", .exchange: "Exchange", .collection: "Collection", .out: "out", .home: "home",
        .notPacked: "not packed", .noCrates: "none", .keptBooks: "+{0} book(s)", .partnerClosed: "closed that day!",
        .specialDelivery: "special delivery (the route does not run that day)",
        .event: "Event", .meeting: "Meeting", .deadline: "Deadline", .overdueDay: "1 day overdue",
        .overdueDays: "{0} days overdue",
        .done: "done",
        .detailAddress: "Address", .detailContact: "Contact", .detailPhone: "Phone", .detailNotes: "Note",
        .detailLeave: "Leave", .detailCollect: "Collect", .detailVenue: "Venue", .detailTime: "Time",
        .itemCount: "{0} items", .detailOwner: "Owner", .detailBelongsTo: "Belongs to", .detailPartners: "Partners",
        .detailDue: "Due", .detailClosed: "Closed", .detailReason: "Reason", .detailRoute: "Route",
        .goPrompt: "Go to week: ", .goHint: "e.g. 49, week 49, 2026-W49, 1/12 or 2026-12-01",
        .goEmpty: "Type a week or a day, e.g. 49 or 1/12",
        .goNotUnderstood: "Cannot read \"{0}\": type e.g. 49, week 49, 2026-W49, 1/12 or 2026-12-01",
        .goNoSuchDay: "There is no such day: \"{0}\"", .goNoSuchWeek: "There is no such week: \"{0}\"",
        .keyWeeks: "week", .keyThisWeek: "this week", .keyGoTo: "go to week",
        .helpGoTo: "go to week: 49, week 49, 2026-W49, 1/12", .keyPrint: "print the week",
        .keyPrintItems: "print the week with packing lists of the crates going out",
        .keyRoute: "route", .keyPartner: "go to the partner", .keyMove: "move", .keyPage: "page up/down, top/end",
        .keyCancel: "cancel",
    ]
}
