import Foundation

/// Reads item fields as a circulation system or a spreadsheet writes them. Loose where a person would not hesitate
/// ("Børn 0-3 år" is the 0–3 band, "Billedbog" a picture book, "1.249,95 kr." an amount), strict where guessing could
/// be wrong: anything else is a bad row.
enum ItemFieldText {
    /// Age bands: `0-3`, `3-6`, `skole`/`school`; Danish and English words and ranges inside longer text ("Børn 0-3
    /// år", "Billedbøger 3-6 år", "småbørn", "børnehave", "indskoling"); the crate colours (rød, grøn, blå). When the
    /// words point at different bands, or at none, the value is not understood.
    static func ageBand(_ text: String) -> AgeBand? {
        var normal = text.lowercased()
        for dash in ["–", "—", "‐", "−"] { normal = normal.replacingOccurrences(of: dash, with: "-") }
        for word in [" til ", " to "] { normal = normal.replacingOccurrences(of: word, with: "-") }
        normal = normal.replacingOccurrences(of: " - ", with: "-")
        let tokens = normal.split { !($0.isLetter || $0.isNumber || $0 == "-" || $0 == "+") }
        var found: Set<AgeBand> = []
        for token in tokens {
            if let band = ageBandWord(String(token)) { found.insert(band) }
        }
        return found.count == 1 ? found.first : nil
    }

    private static let toddlerWords: Set<String> = [
        "småbørn", "smaaboern", "baby", "babyer", "babies", "vuggestue", "toddler", "toddlers", "dagpleje", "rød",
        "roed", "red",
    ]
    private static let preschoolWords: Set<String> = [
        "børnehave", "boernehave", "børnehaver", "preschool", "kindergarten", "grøn", "groen", "green",
    ]
    private static let schoolWords: Set<String> = [
        "skole", "school", "skolebørn", "skoleboern", "indskoling", "mellemtrin", "blå", "blaa", "blue",
    ]

    private static func ageBandWord(_ token: String) -> AgeBand? {
        if let band = AgeBand(rawValue: token) { return band }
        if toddlerWords.contains(token) { return .toddlers }
        if preschoolWords.contains(token) { return .preschool }
        if schoolWords.contains(token) { return .school }
        // Ranges of years: 0-3 (and 0-2, 1-3), 3-6 (and 3-5, 4-6), from 6 up is school.
        let parts = token.split(separator: "-", omittingEmptySubsequences: false)
        if parts.count == 2, let low = Int(parts[0]), let high = Int(parts[1]), low < high {
            if high <= 3 { return .toddlers }
            if low >= 6 { return .school }
            if low >= 2 && high <= 7 { return .preschool }
            return nil
        }
        if token.hasSuffix("+"), let low = Int(token.dropLast()) {
            if low >= 6 { return .school }
            if low >= 3 { return .preschool }
        }
        return nil
    }

    /// Formats by Depot's name (`pictureBook`) or the Danish and English words: billedbog, papbog/pegebog, bog,
    /// lydbog, spil, andet.
    static func format(_ text: String) -> Item.Format? {
        let key = text.lowercased().filter { $0.isLetter }
        switch key {
        case "picturebook", "picturebooks", "billedbog", "billedbøger": return .pictureBook
        case "boardbook", "boardbooks", "papbog", "papbøger", "pegebog", "pegebøger": return .boardBook
        case "book", "books", "bog", "bøger", "børnebog", "børnebøger", "skønlitteratur", "faglitteratur": return .book
        case "audiobook", "audiobooks", "lydbog", "lydbøger": return .audiobook
        case "game", "games", "spil", "brætspil", "boardgame": return .game
        case "other", "andet", "andre", "øvrige": return .other
        default: return nil
        }
    }

    /// Amounts: `249,95`, `249.95`, `249`, `1.249,95`, `1,249.95`, `1 249,95`, with `kr.`, `kr` or `DKK` before or
    /// after. Thousands separators are accepted only in groups of three digits; at most two decimals.
    static func amount(_ text: String) -> Money? {
        var normal = text.lowercased().trimmingSpaces
        for unit in ["kr.", "kr", "dkk"] {
            if normal.hasSuffix(unit) { normal = String(normal.dropLast(unit.count)).trimmingSpaces }
            if normal.hasPrefix(unit) { normal = String(normal.dropFirst(unit.count)).trimmingSpaces }
        }
        normal = normal.replacingOccurrences(of: "\u{A0}", with: " ")
        let characters = Array(normal)
        let commas = characters.filter { $0 == "," }.count
        let points = characters.filter { $0 == "." }.count
        let spaced = characters.contains(" ")
        // The decimal separator is the last comma or point; the other mark (or a space) groups thousands.
        var grouping: Character?
        if commas > 0 && points > 0 {
            grouping = characters.lastIndex(of: ",")! > characters.lastIndex(of: ".")! ? "." : ","
        } else if commas > 1 {
            grouping = ","
        } else if points > 1 {
            grouping = "."
        } else if spaced {
            grouping = " "
        }
        if let grouping {
            if spaced && grouping != " " { return nil }
            guard let ungrouped = withoutGrouping(characters, grouping) else { return nil }
            normal = ungrouped
        }
        return Money(normal)
    }

    /// The text with its thousands separators removed; nil unless each is followed by exactly three digits.
    private static func withoutGrouping(_ characters: [Character], _ grouping: Character) -> String? {
        var result = ""
        for (index, character) in characters.enumerated() {
            guard character == grouping else {
                result.append(character)
                continue
            }
            guard index > 0, characters[index - 1].isASCIIDigit else { return nil }
            let following = characters[(index + 1)...].prefix { $0.isASCIIDigit }
            guard following.count == 3 else { return nil }
        }
        return result
    }

    /// What is wrong with a barcode, or nil when it is fine.
    /// `1.23457E+12`, `1,2E+12`, `5e+13`: digits, an optional decimal point or comma and digits, then `E+` and
    /// digits; how a spreadsheet shows a long number. (Without the `+`, as in `3274E001`, it may be a real barcode.)
    static func looksScientific(_ text: String) -> Bool {
        let upper = Array(text.uppercased())
        guard let e = upper.firstIndex(of: "E") else { return false }
        let mantissa = upper[..<e]
        guard upper[(e + 1)...].first == "+" else { return false }
        let exponent = upper[(e + 2)...]
        let separators = mantissa.filter { $0 == "." || $0 == "," }.count
        return !exponent.isEmpty && exponent.allSatisfy(\.isASCIIDigit) && separators <= 1
            && mantissa.first?.isASCIIDigit == true && mantissa.last?.isASCIIDigit == true
            && mantissa.allSatisfy { $0.isASCIIDigit || $0 == "." || $0 == "," }
    }

    static func barcodeProblem(_ text: String, _ book: TextBook = TextBook(.english)) -> String? {
        if text.isEmpty { return book[ImportText.noBarcode] }
        if text.contains(where: { $0.isWhitespace }) {
            return book.format(ImportText.barcodeSpace, TerminalSafe.quote(text))
        }
        if looksScientific(text) { return book.format(ImportText.barcodeScientific, TerminalSafe.quote(text)) }
        return nil
    }

    /// Whether `text` reads as a date a spreadsheet wrote: three numbers (`06/03/26`, `06-03-2026`, `2026-03-06`,
    /// `6.3.2026`), or a number and a month's name (`06-mar`, `3. jun`).
    static func looksLikeDate(_ text: String) -> Bool {
        let parts = text.lowercased().split { "/.- ".contains($0) }
        guard (2...3).contains(parts.count), parts.allSatisfy({ !$0.isEmpty && $0.count <= 9 }) else { return false }
        let numbers = parts.filter { $0.allSatisfy(\.isASCIIDigit) }
        if numbers.count == 3 { return true }
        let months = [
            "jan", "feb", "mar", "apr", "maj", "may", "jun", "jul", "aug", "sep", "okt", "oct", "nov", "dec",
        ]
        return parts.count == 2 && numbers.count == 1
            && parts.contains { part in months.contains { part.hasPrefix($0) } }
    }
}
