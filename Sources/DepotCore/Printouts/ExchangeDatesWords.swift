/// The words of the exchange-dates printout, in Danish or English.
struct ExchangeDatesWords: Sendable {
    let language: Language
    let days: DayText

    init(_ language: Language) {
        self.language = language
        days = DayText(language)
    }

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
        let van = route.map { said(.vanRoute, $0, list) } ?? ""
        return said(.introduction, van)
    }

    var columns: (week: String, date: String, what: String) {
        (said(.columnWeek), said(.columnDate), said(.columnWhat))
    }

    /// "tirsdag 10. august 2027" / "Tuesday 10 August 2027".
    func date(_ day: Day) -> String { "\(days.weekdayName(day.weekday)) \(days.long(day))" }

    func crates(_ count: Int) -> String {
        TextBook(language).count(count, ExchangeDatesText.nounCrate)
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
            return TextBook(language).format(
                ExchangeDatesText.pickedUpNewLeft, count: fresh, crates(out), NumberText.whole(fresh, in: language))
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
    case introduction
    case vanRoute
    case columnWeek
    case columnDate
    case columnWhat
    case nounCrate
    case pickedUpNewLeft

    public static let placeholders: [ExchangeDatesText: [String]] = [
        .exchangeDatesForTheSeason: ["season"],
        .attn: ["name"],
        .dear: ["name"],
        .youGet: ["crates"],
        .pickedUp: ["crates", "last"],
        .introduction: ["van"],
        .vanRoute: ["route", "days"],
        .pickedUpNewLeft: ["crates", "count"],
    ]
}

extension ExchangeDatesWords {
    fileprivate func said(_ key: ExchangeDatesText, _ arguments: CustomStringConvertible...) -> String {
        TextBook(language).filled(key, arguments)
    }
}
