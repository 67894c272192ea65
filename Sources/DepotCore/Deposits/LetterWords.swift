/// The sentences of a reminder letter in Danish and English.
struct LetterWords {
    let language: Language
    let currency: String

    private var days: DayText { DayText(language) }

    /// "onsdag 2. december 2026" / "Wednesday 2 December 2026".
    func date(_ day: Day) -> String { "\(days.weekdayName(day.weekday)) \(days.long(day))" }

    func money(_ amount: Money) -> String {
        switch language {
        case .danish:
            return currency == "DKK"
                ? amount.danishText : "\(amount.description.replacingOccurrences(of: ".", with: ",")) \(currency)"
        case .english:
            return "\(currency) \(amount)"
        }
    }

    func attention(_ name: String) -> String { said(.forTheAttentionOf, name) }

    func placeAndDate(_ city: String, _ day: Day) -> String { "\(city), \(days.long(day))" }

    var subject: String { said(.aReminderAboutYourBook) }

    func greeting(_ partner: Partner) -> String {
        let name = partner.contact.name.isEmpty ? nil : partner.contact.name
        switch language {
        case .danish: return "Kære \(name ?? partner.name)"
        case .english: return "Dear \(name ?? partner.name)"
        }
    }

    var introduction: String {
        switch language {
        case .danish:
            return "Tak fordi I læser med børnene! Vi skriver for at minde jer om de bogkasser, I har lånt hos os:"
        case .english:
            return
                "Thank you for reading with the children! We are writing to remind you of the book crates you have borrowed from us:"
        }
    }

    func crateLine(crate: Crate.ID, theme: String?, items: Int, deposit: Deposit, today: Day) -> String {
        let overdueDays = deposit.dueOn.days(until: today)
        switch language {
        case .danish:
            var text = "Kasse \(crate)"
            if let theme, !theme.isEmpty { text += " «\(theme)»" }
            text += items == 1 ? ", 1 bog" : ", \(items) bøger"
            if overdueDays > 0 {
                let ago = overdueDays == 1 ? "i går" : "for \(overdueDays) dage siden"
                return text + ": skulle have været afleveret \(date(deposit.dueOn)), \(ago)."
            }
            let when = overdueDays == 0 ? "i dag" : (overdueDays == -1 ? "i morgen" : "om \(-overdueDays) dage")
            return text + ": skal afleveres \(date(deposit.dueOn)), \(when)."
        case .english:
            var text = "Crate \(crate)"
            if let theme, !theme.isEmpty { text += " \"\(theme)\"" }
            text += items == 1 ? ", 1 book" : ", \(items) books"
            if overdueDays > 0 {
                let ago = overdueDays == 1 ? "yesterday" : "\(overdueDays) days ago"
                return text + ": was due back on \(date(deposit.dueOn)), \(ago)."
            }
            let when = overdueDays == 0 ? "today" : (overdueDays == -1 ? "tomorrow" : "in \(-overdueDays) days")
            return text + ": is due back on \(date(deposit.dueOn)), \(when)."
        }
    }

    var keptBackIntroduction: String {
        switch language {
        case .danish: return "Vi savner også stadig disse bøger fra tidligere kasser:"
        case .english: return "We are also still missing these books from earlier crates:"
        }
    }

    func andOthers(_ count: Int) -> String {
        switch language {
        case .danish: return count == 1 ? "og 1 bog mere" : "og \(count) bøger mere"
        case .english: return count == 1 ? "and 1 more book" : "and \(count) more books"
        }
    }

    func nextVisit(_ day: Day, hasRoute: Bool) -> String {
        switch language {
        case .danish:
            let who = hasRoute ? "Bogbilen kommer næste gang" : "Vi kan hente kasserne"
            return
                "\(who) \(date(day)). Stil gerne kasserne frem, så de kan komme med. Passer dagen ikke, så ring eller skriv til os, så finder vi en anden."
        case .english:
            let who = hasRoute ? "The book van comes next on" : "We can collect the crates on"
            return
                "\(who) \(date(day)). Please put the crates out so they can be taken along. If the day does not suit you, call or write to us and we will find another."
        }
    }

    var exempt: String {
        switch language {
        case .danish:
            return
                "I skal ikke betale noget: I betaler hverken gebyr for sen aflevering eller erstatning for bøger, der er blevet væk eller gået i stykker. Vi vil bare gerne have bøgerne hjem, så andre børn også kan få glæde af dem."
        case .english:
            return
                "Nothing will be charged: you pay neither late fees nor replacement costs for books that have gone missing or been damaged. We would simply like the books back so that other children can enjoy them too."
        }
    }

    func charged(_ policy: FinePolicy, fineSoFar: Money, replacement: Money) -> String {
        switch language {
        case .danish:
            var text =
                "Efter jeres aftale med biblioteket koster sen aflevering \(money(policy.finePerOverdueDay)) pr. dag, højst \(money(policy.fineCap)) pr. depot. Gebyret er indtil nu \(money(fineSoFar))."
            if replacement > .zero {
                text += " Bøger, der er meldt bortkomne, erstattes med i alt \(money(replacement))."
            }
            return text
        case .english:
            var text =
                "Under your agreement with the library, a late return costs \(money(policy.finePerOverdueDay)) a day, at most \(money(policy.fineCap)) per deposit. The fine so far is \(money(fineSoFar))."
            if replacement > .zero {
                text += " Books reported lost are charged at \(money(replacement)) in all."
            }
            return text
        }
    }

    var closing: String {
        switch language {
        case .danish: return "Har I spørgsmål, eller mangler I noget, så kontakt os endelig."
        case .english: return "If you have any questions or need anything, please get in touch."
        }
    }

    var regards: String { said(.kindRegards) }
}

/// The texts of `LetterWords` in the language files.
public enum LetterText: String, TextCatalogue {
    case forTheAttentionOf
    case aReminderAboutYourBook
    case kindRegards

    public static let placeholders: [LetterText: [String]] = [
        .forTheAttentionOf: ["name"]
    ]
}

extension LetterWords {
    fileprivate func said(_ key: LetterText, _ arguments: CustomStringConvertible...) -> String {
        TextBook(language).filled(key, arguments)
    }
}
