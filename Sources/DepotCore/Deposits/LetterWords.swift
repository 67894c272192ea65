/// The sentences of a reminder letter in Danish and English.
struct LetterWords {
    let language: Language
    let currency: String

    private var days: DayText { DayText(language) }

    /// "onsdag 2. december 2026" / "Wednesday 2 December 2026".
    func date(_ day: Day) -> String { "\(days.weekdayName(day.weekday)) \(days.long(day))" }

    func money(_ amount: Money) -> String {
        currency == "DKK"
            ? NumberText.kroner(amount, in: language)
            : said(.amountInCurrency, NumberText.amount(amount, in: language), currency)
    }

    func attention(_ name: String) -> String { said(.forTheAttentionOf, name) }

    func placeAndDate(_ city: String, _ day: Day) -> String { "\(city), \(days.long(day))" }

    var subject: String { said(.aReminderAboutYourBook) }

    func greeting(_ partner: Partner) -> String {
        said(.dear, partner.contact.name.isEmpty ? partner.name : partner.contact.name)
    }

    var introduction: String { said(.introduction) }

    func crateLine(crate: Crate.ID, theme: String?, items: Int, deposit: Deposit, today: Day) -> String {
        let overdueDays = deposit.dueOn.days(until: today)
        let book = TextBook(language)
        var text = said(.crate, crate)
        if let theme, !theme.isEmpty { text += said(.theme, theme) }
        text += ", " + book.count(items, LetterText.nounBook)
        if overdueDays > 0 {
            let ago = overdueDays == 1 ? said(.yesterday) : said(.daysAgo, book.count(overdueDays, LetterText.nounDay))
            return text + said(.wasDue, date(deposit.dueOn), ago)
        }
        let when =
            overdueDays == 0
            ? said(.today)
            : (overdueDays == -1 ? said(.tomorrow) : said(.inDays, book.count(-overdueDays, LetterText.nounDay)))
        return text + said(.isDue, date(deposit.dueOn), when)
    }

    var keptBackIntroduction: String { said(.keptBackIntroduction) }

    func andOthers(_ count: Int) -> String {
        said(.andOthers, TextBook(language).count(count, LetterText.nounMoreBook))
    }

    func nextVisit(_ day: Day, hasRoute: Bool) -> String {
        said(hasRoute ? .nextVisitVan : .nextVisitCollect, date(day))
    }

    var exempt: String { said(.exempt) }

    func charged(_ policy: FinePolicy, fineSoFar: Money, replacement: Money) -> String {
        let fine = said(.charged, money(policy.finePerOverdueDay), money(policy.fineCap), money(fineSoFar))
        return replacement > .zero ? fine + said(.replacement, money(replacement)) : fine
    }

    var closing: String { said(.closing) }

    var regards: String { said(.kindRegards) }
}

/// The texts of `LetterWords` in the language files.
public enum LetterText: String, TextCatalogue {
    case amountInCurrency, dear, introduction, crate, theme, nounBook, nounDay, yesterday, daysAgo, wasDue, today
    case tomorrow, inDays, isDue, keptBackIntroduction, andOthers, nounMoreBook, nextVisitVan, nextVisitCollect
    case exempt, charged, replacement, closing
    case forTheAttentionOf
    case aReminderAboutYourBook
    case kindRegards

    public static let placeholders: [LetterText: [String]] = [
        .amountInCurrency: ["amount", "currency"], .dear: ["name"], .crate: ["crate"], .theme: ["theme"],
        .daysAgo: ["days"], .wasDue: ["date", "ago"], .inDays: ["days"], .isDue: ["date", "when"],
        .andOthers: ["books"], .nextVisitVan: ["date"], .nextVisitCollect: ["date"],
        .charged: ["perDay", "cap", "soFar"], .replacement: ["amount"],
        .forTheAttentionOf: ["name"],
    ]
}

extension LetterWords {
    fileprivate func said(_ key: LetterText, _ arguments: CustomStringConvertible...) -> String {
        TextBook(language).filled(key, arguments)
    }
}
