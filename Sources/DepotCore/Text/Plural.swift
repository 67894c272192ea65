/// Counts and numbers as the language writes them: "1 kasse", "2 kasser"; "14,2" and "469,90 kr." in Danish.
///
/// Plural forms follow CLDR's categories for whole numbers: Danish and English both have *one* (exactly 1) and
/// *other* (0, 2, 3, ...). A text with both forms is written "kasse|kasser", one form before the bar and other
/// after it, so that a catalogue entry holds both and a translator sees them side by side.
public enum Plural {
    /// The CLDR plural category of a whole number.
    public enum Category: Sendable, Hashable {
        case one
        case other
    }

    /// The category of `count` in `language`.
    public static func category(of count: Int, in language: Language) -> Category {
        switch language {
        case .danish, .english: count == 1 ? .one : .other
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
/// "14,2"), a decimal point and a comma in English ("1,260", "14.2").
public enum NumberText {
    /// A whole number, grouped in thousands from 10,000 on (Danish writes "1260" and "12.600").
    public static func whole(_ value: Int, in language: Language) -> String {
        let digits = String(value.magnitude)
        guard digits.count > 4 else { return value < 0 ? "-" + digits : digits }
        var grouped = ""
        for (offset, digit) in digits.enumerated() {
            if offset > 0, (digits.count - offset) % 3 == 0 { grouped.append(language == .danish ? "." : ",") }
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
        return sign + whole + (language == .danish ? "," : ".") + padded
    }
}
