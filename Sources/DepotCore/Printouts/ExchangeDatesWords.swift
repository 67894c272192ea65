/// The words of the exchange-dates printout, in Danish or English.
struct ExchangeDatesWords: Sendable {
    let language: Language
    let days: DayText

    init(_ language: Language) {
        self.language = language
        days = DayText(language)
    }

    private var danish: Bool { language == .danish }

    func title(_ season: Season) -> String {
        danish ? "Byttedage i sæsonen \(season)" : "Exchange dates for the season \(season)"
    }

    func attention(_ name: String) -> String { danish ? "Att.: \(name)" : "Attn: \(name)" }

    func greeting(_ partner: Partner) -> String {
        let name = partner.contact.name.split(separator: " ").first.map(String.init)
        if let name { return danish ? "Kære \(name)" : "Dear \(name)" }
        return danish ? "Kære \(partner.name)" : "Dear \(partner.name)"
    }

    /// What the list is and what to do on the day.
    func introduction(route: String?, weekdays: [Weekday]) -> String {
        // "om tirsdagen og fredagen" / "on Tuesdays and Fridays".
        let names = weekdays.sorted().map { days.weekdayName($0) + (danish ? "en" : "s") }
        let list = ExchangeDatesWords.list(names, and: danish ? "og" : "and")
        if danish {
            let van = route.map { "Bogbilen kører rute \($0) og kommer om \(list). " } ?? ""
            return "Her er jeres byttedage for hele sæsonen. \(van)Sæt kasserne frem ved indgangen om morgenen "
                + "på byttedagen, så chaufføren kan tage dem med og sætte de nye ind."
        }
        let van = route.map { "The van drives route \($0) and comes on \(list). " } ?? ""
        return "Here are your exchange dates for the whole season. \(van)Please put the crates out by the entrance "
            + "on the morning of exchange day, so that the driver can take them and leave the new ones."
    }

    var columns: (week: String, date: String, what: String) {
        danish ? ("Uge", "Dato", "Hvad sker der") : ("Week", "Date", "What happens")
    }

    /// "tirsdag 10. august 2027" / "Tuesday 10 August 2027".
    func date(_ day: Day) -> String { "\(days.weekdayName(day.weekday)) \(days.long(day))" }

    func crates(_ count: Int) -> String {
        danish ? "\(count) \(count == 1 ? "kasse" : "kasser")" : "\(count) \(count == 1 ? "crate" : "crates")"
    }

    /// What happens at a visit, from the partner's side.
    func happens(_ visit: PlannedVisit, isLast: Bool) -> String {
        let out = visit.pickUp.count
        let fresh = visit.leave.count
        switch (out, fresh) {
        case (0, _):
            return danish ? "I får \(crates(fresh))" : "You get \(crates(fresh))"
        case (_, 0):
            let last = isLast ? (danish ? " (sidste gang i sæsonen)" : " (the last time this season)") : ""
            return danish ? "\(crates(out)) hentes\(last)" : "\(crates(out)) picked up\(last)"
        default:
            return danish
                ? "\(crates(out)) hentes, \(fresh) \(fresh == 1 ? "ny kasse kommer" : "nye kasser kommer")"
                : "\(crates(out)) picked up, \(fresh) new \(fresh == 1 ? "crate" : "crates") left"
        }
    }

    var noDates: String {
        danish
            ? "Der er ingen byttedage planlagt for jer i denne sæson."
            : "No exchange dates are planned for you this season."
    }

    var changes: String {
        danish
            ? "Kan I ikke tage imod bilen en af dagene, så ring eller skriv til os i god tid, så finder vi en anden dag. "
                + "I betaler ikke for bøger, der bliver væk eller går i stykker."
            : "If a day does not suit you, call or write to us in good time and we will find another. You pay nothing "
                + "for books that are lost or damaged."
    }

    /// The exemption sentence only for partners that are exempt.
    func closing(exempt: Bool) -> String {
        guard !exempt else { return changes }
        return danish
            ? "Kan I ikke tage imod bilen en af dagene, så ring eller skriv til os i god tid, så finder vi en anden dag."
            : "If a day does not suit you, call or write to us in good time and we will find another."
    }

    var regards: String { danish ? "Venlig hilsen" : "Kind regards" }

    /// "a, b og c".
    static func list(_ items: [String], and word: String) -> String {
        guard items.count > 1 else { return items.first ?? "" }
        return items.dropLast().joined(separator: ", ") + " \(word) " + items.last!
    }
}
