/// The words of the week printouts (week text, route sheets, calendar), from catalogue `WeekPrintText` of the
/// language files.
struct WeekWords {
    let language: Language
    let days: DayText
    private let book: TextBook

    init(_ language: Language) {
        self.language = language
        self.days = DayText(language)
        self.book = TextBook(language)
    }

    private func text(_ key: WeekPrintText) -> String { book[key] }

    var teamTitle: String { text(.teamTitle) }
    var routeSheetTitle: String { text(.routeSheetTitle) }
    var noRoute: String { text(.noRoute) }
    var driver: String { text(.driver) }
    var nothing: String { text(.nothing) }
    var closedThisWeek: String { text(.closedThisWeek) }
    var closedToday: String { text(.closedToday) }
    var events: String { text(.events) }
    var deadlines: String { text(.deadlines) }
    var done: String { text(.done) }
    var leave: String { text(.leave) }
    var collect: String { text(.collect) }
    var unknown: String { text(.unknown) }
    var none: String { text(.none) }
    var contact: String { text(.contact) }
    var phone: String { text(.phone) }
    var notes: String { text(.notes) }
    var stops: String { text(.stops) }
    var cratesOut: String { text(.cratesOut) }
    var cratesHome: String { text(.cratesHome) }
    var tickLine: String { text(.tickLine) }
    var driverSignature: String { text(.driverSignature) }

    /// "side 1 af 2" / "page 1 of 2".
    func page(_ number: Int, of count: Int) -> String {
        book.format(WeekPrintText.page, number, count)
    }

    func kind(_ kind: ScheduledVisit.Kind) -> String {
        switch kind {
        case .delivery: return text(.kindDelivery)
        case .exchange: return text(.kindExchange)
        case .collection: return text(.kindCollection)
        }
    }

    /// The kind of a visit, with "særlig levering" when the van goes on a day the partner's route does not run
    /// (a delivery asked for off the route); not for a planned visit the published plan put on such a day, whose
    /// conflict line in `schedule` says what is wrong.
    func kind(_ visit: ScheduledVisit, in schedule: WeekSchedule?, data: LibraryData, index: LibraryIndex) -> String {
        let base = kind(visit.kind)
        if schedule?.conflicts[visit.id]?.contains(where: { $0.rule == .notRouteDay }) == true { return base }
        guard let partner = data.partner(visit.partnerID, in: index),
            !DueDates.isDeliveryDay(visit.day, for: partner, settings: data.settings)
        else { return base }
        return base + " · " + specialDelivery
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
        let from = book.format(WeekPrintText.dayMonth, first.day, first.month)
        return range.first == range.last ? from : from + "–" + book.format(WeekPrintText.dayMonth, last.day, last.month)
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
        let books = book.count(count, WeekPrintText.nounBook)
        return visit.collect.isEmpty ? books : crates(visit.collect) + " + " + books
    }

    /// "Bøger", the heading of the books kept back at a partner on a route sheet.
    var keptBooks: String { text(.keptBooks) }

    /// "! Konflikt i planen: rute Nord kører ikke onsdag": one hard rule a published visit breaks (`PlanConflicts`),
    /// without the day and partner the sheet already names.
    func conflict(_ violation: Violation) -> String {
        book.format(WeekPrintText.conflict, PlanWords(language).rule(violation))
    }

    /// The conflict lines of a stop, each once (a rule found twice for one visit, as a van over capacity on two
    /// counts, is said once).
    func conflicts(_ visit: ScheduledVisit, in schedule: WeekSchedule) -> [String] {
        var seen = Set<String>()
        return (schedule.conflicts[visit.id] ?? []).map(conflict).filter { seen.insert($0).inserted }
    }

    /// "særlig levering", after the kind of a visit on a day off the partner's route.
    var specialDelivery: String { text(.specialDelivery) }

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

extension WeekSchedule {
    /// The conflict lines of a stop as the route sheet prints them ("! Konflikt i planen: rute Nord kører ikke
    /// onsdag"), each once: the Week tab shows the same lines as the sheet it prints.
    public func conflictLines(of visit: ScheduledVisit, language: Language) -> [String] {
        WeekWords(language).conflicts(visit, in: self)
    }
}

/// The keys of the week printouts' words.
enum WeekPrintText: String, TextCatalogue {
    case closedThisWeek, closedToday, collect, conflict, contact, cratesHome, cratesOut, dayMonth, deadlines, done,
        driver,
        driverSignature, events, keptBooks, kindCollection, kindDelivery, kindExchange, leave, noRoute, none, notes,
        nothing, nounBook, page, pageFoot, phone, routeSheetTitle, specialDelivery, stops, teamTitle, tickLine, unknown

    static let placeholders: [WeekPrintText: [String]] = [
        .page: ["number", "count"], .pageFoot: ["number", "count"], .dayMonth: ["day", "month"], .conflict: ["reason"],
    ]
}
