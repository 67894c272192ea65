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
        said(.exchangeDatesForTheSeason, season)
    }

    func attention(_ name: String) -> String { said(.attn, name) }

    func greeting(_ partner: Partner) -> String {
        let name = partner.contact.name.split(separator: " ").first.map(String.init)
        if let name { return said(.dear, name) }
        return said(.dear, partner.name)
    }

    /// What the list is and what to do on the day.
    func introduction(route: String?, weekdays: [Weekday]) -> String {
        // "om tirsdagen og fredagen" / "on Tuesdays and Fridays".
        let names = weekdays.sorted().map { days.weekdayName($0) + (said(.s)) }
        let list = ExchangeDatesWords.list(names, and: said(.and))
        if danish {
            let van = route.map { "Bogbilen kører rute \($0) og kommer om \(list). " } ?? ""
            return
                "Her er jeres byttedage for hele sæsonen. \(van)Sæt kasserne frem ved indgangen om morgenen på byttedagen, så chaufføren kan tage dem med og sætte de nye ind."
        }
        let van = route.map { "The van drives route \($0) and comes on \(list). " } ?? ""
        return
            "Here are your exchange dates for the whole season. \(van)Please put the crates out by the entrance on the morning of exchange day, so that the driver can take them and leave the new ones."
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
            return said(.youGet, crates(fresh))
        case (_, 0):
            let last = isLast ? (said(.theLastTimeThisSeason)) : ""
            return said(.pickedUp, crates(out), last)
        default:
            return danish
                ? "\(crates(out)) hentes, \(fresh) \(fresh == 1 ? "ny kasse kommer" : "nye kasser kommer")"
                : "\(crates(out)) picked up, \(fresh) new \(fresh == 1 ? "crate" : "crates") left"
        }
    }

    var noDates: String {
        said(.noExchangeDatesArePlanned)
    }

    var changes: String {
        said(.ifADayDoesNotSuitNoCharge)
    }

    /// The exemption sentence only for partners that are exempt.
    func closing(exempt: Bool) -> String {
        guard !exempt else { return changes }
        return said(.ifADayDoesNotSuit)
    }

    var regards: String { said(.kindRegards) }

    /// "a, b og c".
    static func list(_ items: [String], and word: String) -> String {
        guard items.count > 1 else { return items.first ?? "" }
        return items.dropLast().joined(separator: ", ") + " \(word) " + items.last!
    }
}

/// The texts of `ExchangeDatesWords` in the language files.
public enum ExchangeDatesText: String, TextCatalogue {
    case exchangeDatesForTheSeason
    case attn
    case dear
    case s
    case and
    case youGet
    case theLastTimeThisSeason
    case pickedUp
    case noExchangeDatesArePlanned
    case ifADayDoesNotSuitNoCharge
    case ifADayDoesNotSuit
    case kindRegards

    public static let placeholders: [ExchangeDatesText: [String]] = [
        .exchangeDatesForTheSeason: ["season"],
        .attn: ["name"],
        .dear: ["name"],
        .youGet: ["crates"],
        .pickedUp: ["crates", "last"],
    ]
}

extension ExchangeDatesWords {
    fileprivate func said(_ key: ExchangeDatesText, _ arguments: CustomStringConvertible...) -> String {
        TextBook(language).filled(key, arguments)
    }
}
