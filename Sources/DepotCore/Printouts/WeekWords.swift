/// The words of the week printouts in Danish and English.
struct WeekWords {
    let language: Language
    let days: DayText

    init(_ language: Language) {
        self.language = language
        self.days = DayText(language)
    }

    private var danish: Bool { language == .danish }

    var teamTitle: String { danish ? "Ugeplan" : "Week schedule" }
    var routeSheetTitle: String { danish ? "Køreseddel" : "Route sheet" }
    var noRoute: String { danish ? "Uden rute" : "No route" }
    var driver: String { danish ? "chauffør" : "driver" }
    var nothing: String { danish ? "Ingen besøg, arrangementer eller frister." : "No visits, events or deadlines." }
    var closedThisWeek: String { danish ? "Lukket i ugen" : "Closed this week" }
    var closedToday: String { danish ? "Lukket" : "Closed" }
    var events: String { danish ? "Arrangementer" : "Events" }
    var deadlines: String { danish ? "Frister" : "Deadlines" }
    var done: String { danish ? "klaret" : "done" }
    var leave: String { danish ? "Aflever" : "Leave" }
    var collect: String { danish ? "Hent" : "Collect" }
    var unknown: String { danish ? "ikke pakket endnu" : "not packed yet" }
    var none: String { danish ? "ingen" : "none" }
    var contact: String { danish ? "Kontakt" : "Contact" }
    var phone: String { danish ? "tlf." : "phone" }
    var notes: String { danish ? "Bemærk" : "Note" }
    var stops: String { danish ? "stop" : "stops" }
    var cratesOut: String { danish ? "kasser ud" : "crates out" }
    var cratesHome: String { danish ? "kasser hjem" : "crates home" }
    var tickLine: String {
        danish
            ? "[ ] Afleveret  [ ] Hentet   Kl. _____  Kvittering ____________________"
            : "[ ] Left  [ ] Collected   Time _____  Signature ____________________"
    }
    var driverSignature: String {
        danish
            ? "Kørt af ______________________________   Dato ______________"
            : "Driven by ______________________________   Date ______________"
    }

    /// "side 1 af 2" / "page 1 of 2".
    func page(_ number: Int, of count: Int) -> String {
        danish ? "side \(number) af \(count)" : "page \(number) of \(count)"
    }

    func kind(_ kind: ScheduledVisit.Kind) -> String {
        switch kind {
        case .delivery: return danish ? "Levering" : "Delivery"
        case .exchange: return danish ? "Udskiftning" : "Exchange"
        case .collection: return danish ? "Afhentning" : "Collection"
        }
    }

    /// The kind of a visit, with "særlig levering" when the van goes on a day the partner's route does not run
    /// (a delivery asked for off the route).
    func kind(_ visit: ScheduledVisit, data: LibraryData, index: LibraryIndex) -> String {
        let base = kind(visit.kind)
        guard let partner = data.partner(visit.partnerID, in: index),
            !DueDates.isDeliveryDay(visit.day, for: partner, settings: data.settings)
        else { return base }
        return base + (danish ? " · særlig levering" : " · special delivery")
    }

    /// "Mandag 23. november 2026".
    func dayHeading(_ day: Day) -> String {
        let name = days.weekdayName(day.weekday)
        return name.prefix(1).uppercased() + name.dropFirst() + " " + days.long(day)
    }

    /// "uge 48 · 23. november 2026 – 29. november 2026".
    func weekLine(_ week: ISOWeek) -> String {
        "\(days.week(week)) · \(days.long(week.monday)) – \(days.long(week.monday.adding(days: 6)))"
    }

    /// "23.11.–4.12." style span of a closure, with the year left out.
    func span(_ range: DayRange) -> String {
        let first = range.first.components
        let last = range.last.components
        if range.first == range.last { return danish ? "\(first.day).\(first.month)." : "\(first.day)/\(first.month)" }
        return danish
            ? "\(first.day).\(first.month).–\(last.day).\(last.month)."
            : "\(first.day)/\(first.month)–\(last.day)/\(last.month)"
    }

    func routeName(_ routeID: Route.ID?, data: LibraryData) -> String {
        guard let routeID else { return noRoute }
        return data.settings.routes.first { $0.id == routeID }?.name ?? routeID.rawValue
    }

    /// "Rute Nord · chauffør Jens" (the driver when known).
    func routeHeading(_ routeID: Route.ID?, data: LibraryData) -> String {
        let name = routeName(routeID, data: data)
        guard let routeID, let driverName = data.settings.routes.first(where: { $0.id == routeID })?.driver else {
            return name
        }
        return "\(name) · \(driver) \(driverName)"
    }

    /// What the van collects: the crates, and the books kept back at the partner ("K013 + 2 bøger").
    func collecting(_ visit: ScheduledVisit) -> String {
        let count = visit.collectItems.count
        guard count > 0 else { return crates(visit.collect) }
        let books = danish ? (count == 1 ? "1 bog" : "\(count) bøger") : (count == 1 ? "1 book" : "\(count) books")
        return visit.collect.isEmpty ? books : crates(visit.collect) + " + " + books
    }

    /// "Bøger", the heading of the books kept back at a partner on a route sheet.
    var keptBooks: String { danish ? "Bøger" : "Books" }

    /// One line per book kept back: "5000100002352 Bamse og æblet".
    func bookLines(_ visit: ScheduledVisit, data: LibraryData, index: LibraryIndex) -> [String] {
        visit.collectItems.map { barcode in
            let title = index.itemPosition[barcode].map { data.items[$0].title }
            return title.map { "\(barcode.rawValue) \($0)" } ?? barcode.rawValue
        }
    }

    /// The crates as a list, or the word for unknown or none.
    func crates(_ crates: [Crate.ID]?) -> String {
        guard let crates else { return unknown }
        return crates.isEmpty ? none : crates.map(\.rawValue).joined(separator: ", ")
    }

    /// "Helligdag: Juledag", "Lukket: Juleaftensdag", both when two fall on the day.
    func holidayNote(on day: Day) -> String { DanishHolidays.closedNote(on: day, language: language) ?? "" }
}
