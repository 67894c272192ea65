/// Counts and numbers as the language writes them: "1 kasse", "2 kasser"; "14,2" and "469,90 kr." in Danish.
///
/// Plural forms follow CLDR's categories for whole numbers: Danish and English both have *one* (exactly 1) and
/// *other* (0, 2, 3, ...). In the language files a text with forms is `{"one": "kasse", "other": "kasser"}`; texts
/// still written in Swift give both as "kasse|kasser", one form before the bar and other after it.
public enum Plural {
    /// The CLDR plural category of a whole number, named as in the language files.
    public enum Category: String, Sendable, Hashable, CaseIterable {
        case one
        case other
    }

    /// The category of `count` in `language`. Danish and English, like Norwegian, Swedish and German, have *one*
    /// for exactly 1; a language with another rule (French: 0 and 1) adds a case here and, if it needs them,
    /// CLDR's other categories to `Category`.
    public static func category(of count: Int, in language: Language) -> Category {
        count == 1 ? .one : .other
    }

    /// The form of a language file's entry for `count`: a plural's form for the count's category (else *other*),
    /// a plain text as it is.
    public static func form(_ entry: TextEntry, count: Int, in language: Language) -> String {
        switch entry {
        case .text(let text): text
        case .plural(let forms): forms[category(of: count, in: language)] ?? entry.plain
        }
    }

    /// The form of `forms` ("kasse|kasser") for `count`; text without a bar is the same for every count.
    public static func form(_ forms: String, count: Int, in language: Language) -> String {
        let parts = forms.split(separator: "|", maxSplits: 1, omittingEmptySubsequences: false)
        guard parts.count == 2 else { return forms }
        return String(category(of: count, in: language) == .one ? parts[0] : parts[1])
    }

    /// The count and the noun in its form: "1 kasse", "3 kasser".
    public static func count(_ count: Int, _ forms: String, in language: Language) -> String {
        "\(NumberText.whole(count, in: language)) \(form(forms, count: count, in: language))"
    }
}

/// Numbers as the language writes them: a decimal comma and a dot between thousands in Danish ("1.260",
/// "14,2"), a decimal point and a comma in English ("1,260", "14.2"). The signs are in the language files
/// (`NumberFormatText`), so a new language brings its own.
public enum NumberText {
    private static func sign(_ key: NumberFormatText, _ language: Language) -> String { TextBook(language)[key] }

    /// A whole number, grouped in thousands from 10,000 on (Danish writes "1260" and "12.600").
    public static func whole(_ value: Int, in language: Language) -> String {
        let digits = String(value.magnitude)
        guard digits.count > 4 else { return value < 0 ? "-" + digits : digits }
        let separator = sign(.groupSeparator, language)
        var grouped = ""
        for (offset, digit) in digits.enumerated() {
            if offset > 0, (digits.count - offset) % 3 == 0 { grouped += separator }
            grouped.append(digit)
        }
        return value < 0 ? "-" + grouped : grouped
    }

    /// `value` with `fractionDigits` decimals, rounded half away from zero: "14,2" in Danish.
    public static func decimal(_ value: Double, fractionDigits: Int, in language: Language) -> String {
        guard value.isFinite else { return "\(value)" }
        let digits = max(0, min(6, fractionDigits))
        var scale = 1.0
        for _ in 0..<digits { scale *= 10 }
        let scaled = (value.magnitude * scale).rounded(.toNearestOrAwayFromZero)
        guard scaled < 1e15 else { return "\(value)" }
        let units = Int(scaled)
        let divisor = Int(scale)
        let whole = Self.whole(units / divisor, in: language)
        let sign = value < 0 && units != 0 ? "-" : ""
        guard digits > 0 else { return sign + whole }
        let fraction = String(units % divisor)
        let padded = String(repeating: "0", count: digits - fraction.count) + fraction
        return sign + whole + Self.sign(.decimalSeparator, language) + padded
    }

    /// An amount with its two decimals, grouped as a whole number is: "469,90", "12.600,00" / "469.90".
    public static func amount(_ money: Money, in language: Language) -> String {
        let units = money.minorUnits
        let cents = String(units.magnitude % 100)
        let whole = Self.whole(Int(units.magnitude / 100), in: language)
        return (units < 0 ? "-" : "") + whole + sign(.decimalSeparator, language)
            + String(repeating: "0", count: 2 - cents.count) + cents
    }

    /// An amount in kroner as the language writes it: "469,90 kr." / "DKK 469.90".
    public static func kroner(_ money: Money, in language: Language) -> String {
        TextBook(language).format(NumberFormatText.kroner, amount(money, in: language))
    }
}

/// The signs of numbers and amounts in a language.
public enum NumberFormatText: String, TextCatalogue {
    /// "," in Danish.
    case decimalSeparator
    /// "." in Danish, between thousands from 10.000 on.
    case groupSeparator
    /// "{amount} kr.".
    case kroner

    public static let placeholders: [NumberFormatText: [String]] = [.kroner: ["amount"]]
}
