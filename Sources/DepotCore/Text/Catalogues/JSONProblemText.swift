/// What is wrong in a damaged file, in Depot's languages: the sentences of the JSON parser and decoder
/// (`JSONParser`, `JSONDecoderImpl`), of `JSONFileDecoding`, of the values Depot reads itself (dates, amounts) and of
/// the store's own checks of a file.
///
/// Those sentences are made in English where the problem is found and travel as text (`StoreError.damaged`,
/// `Problem.message`), so the English texts of this catalogue are those sentences word for word, placeholders where
/// they put a value; `spoken(_:in:)` finds the values by them and says the sentence in the language asked for. The
/// phrases inside a sentence ("a number", `item 3 of "items"`, "line 4, column 2") are said the same way. A sentence
/// of a form the catalogue does not know is left in English; the file, line and field named stay as they are.
public enum JSONProblemText: String, TextCatalogue {
    // The parser's.
    case emptyText, trailingCharacters, trailingComma, singleQuotedKey, endInsideObject, expectedKey
    case endExpectedColon, expectedColon, unterminatedLineBreak, unterminated, controlInString, unicodeEscape
    case firstHalf, secondHalf, invalidEscape, badEncoding, leadingZero, digitAfterMinus, digitAfterPoint
    case digitInExponent, invalidLiteral, endExpectedValue, comments, singleQuotedString, expectedValue, unclosed
    case expectedSeparator
    // Values Depot reads itself.
    case dayRange, dayFormat, amountFormat, amountRange, periodFormat, loanPeriod, seasonFormat, closureBoth
    case closureNeeds, notAPrinterName
    // The decoder's and `JSONFileDecoding`'s.
    case outOfRangeFor, outOfRange, missingKeyIn, missingKey, tooShortIn, tooShort, emptyNull, shouldBe, noRequired
    case invalidString, invalidInt
    // The store's checks of a file.
    case missingFile, topLevel, schemaTooOld, itemShard, planSeason, newerSchema, journalUnreadable, journalForeign
    // The most general, tried last.
    case typeMismatchFor, typeMismatch
    // Phrases inside the sentences.
    case aString, aNumber, aWholeNumber, trueOrFalse, anObject, anArray, aValueOfType, endOfText, controlCharacter
    case text, aList, anObjectInBraces, ofType, theFile, theObject, theArray, anObjectMember, anArrayElement
    case items, itemOf, item, position, valueOfField

    public static let placeholders: [JSONProblemText: [String]] = [
        .trailingComma: ["closer"], .expectedKey: ["found"], .expectedColon: ["found"], .controlInString: ["code"],
        .firstHalf: ["code"], .secondHalf: ["code"], .invalidEscape: ["character"], .badEncoding: ["byte"],
        .digitAfterMinus: ["found"], .digitAfterPoint: ["found"], .digitInExponent: ["found"],
        .invalidLiteral: ["word"], .expectedValue: ["found"], .unclosed: ["container", "position", "closer"],
        .expectedSeparator: ["closer", "after", "found"],
        .dayRange: ["earliest", "latest", "text"], .dayFormat: ["text"], .amountFormat: ["text"],
        .amountRange: ["low", "high", "text"], .periodFormat: ["text"], .loanPeriod: ["problem"],
        .notAPrinterName: ["name"], .outOfRangeFor: ["number", "field"], .outOfRange: ["number"],
        .missingKeyIn: ["key", "field"],
        .missingKey: ["key"], .tooShortIn: ["items", "field"], .tooShort: ["items"], .emptyNull: ["field", "type"],
        .shouldBe: ["field", "type"], .noRequired: ["owner", "key"], .invalidString: ["type", "value"],
        .invalidInt: ["type", "value"],
        .schemaTooOld: ["version", "next"], .itemShard: ["item", "file", "ending"], .planSeason: ["found", "season"],
        .newerSchema: ["version"], .journalUnreadable: ["error"],
        .typeMismatchFor: ["expected", "field", "found"], .typeMismatch: ["expected", "found"],
        .aValueOfType: ["type"], .controlCharacter: ["code"], .ofType: ["type"], .items: ["count"],
        .itemOf: ["index", "field"], .item: ["index"], .position: ["line", "column"],
    ]

    /// The sentences, in the order they are tried: a sentence whose words another's placeholders could take comes
    /// before it.
    static let sentences: [JSONProblemText] = [
        .emptyText, .trailingCharacters, .trailingComma, .singleQuotedKey, .endInsideObject, .expectedKey,
        .endExpectedColon, .expectedColon, .unterminatedLineBreak, .unterminated, .controlInString, .unicodeEscape,
        .firstHalf, .secondHalf, .invalidEscape, .badEncoding, .leadingZero, .digitAfterMinus, .digitAfterPoint,
        .digitInExponent, .invalidLiteral, .endExpectedValue, .comments, .singleQuotedString, .expectedValue,
        .unclosed, .expectedSeparator, .dayRange, .dayFormat, .amountFormat, .amountRange, .periodFormat,
        .loanPeriod, .seasonFormat, .closureBoth, .closureNeeds, .notAPrinterName, .outOfRangeFor,
        .outOfRange, .missingKeyIn, .missingKey, .tooShortIn, .tooShort, .emptyNull, .shouldBe, .noRequired,
        .invalidString, .invalidInt, .missingFile, .topLevel, .schemaTooOld, .itemShard, .planSeason, .newerSchema,
        .journalUnreadable, .journalForeign, .typeMismatchFor, .typeMismatch,
    ]

    /// The phrases a value in a sentence can be ("a number", "the end of the text"); a value that is none of them
    /// (a character in quotes, `true`, a number found) is said as it is.
    static let phrases: [JSONProblemText] = [
        .aString, .aNumber, .aWholeNumber, .trueOrFalse, .anObject, .anArray, .aValueOfType, .endOfText,
        .controlCharacter, .text, .aList, .anObjectInBraces, .ofType, .theFile, .theObject, .theArray,
        .anObjectMember, .anArrayElement, .itemOf, .item, .position,
    ]

    /// The placeholders whose values are said as phrases; the others (what was found in the file, keys, names of
    /// files and types) are kept as they are.
    static let phrasePlaceholders: Set<String> = [
        "found", "expected", "type", "field", "owner", "container", "after", "position", "items",
    ]

    /// `message`, a sentence about a damaged file as Depot writes it in English, in `language`; a sentence of a form
    /// this catalogue does not know is left as it is. "\"deposits[3].dueDate\": …" keeps the field and says the rest.
    public static func spoken(_ message: String, in language: Language) -> String {
        guard language != .english else { return message }
        return sentence(message, TextBook(language), TextBook(.english))
    }

    static func sentence(_ text: String, _ book: TextBook, _ english: TextBook) -> String {
        for key in sentences {
            guard let values = LanguageTexts.unfill(text, template: english[key]) else { continue }
            return book.filled(key, said(key, values, book, english))
        }
        if let limit = limitRefusal(text, book, english) { return limit }
        // `JSONFileDecoding` puts the field before a sentence that does not name it: "\"partners[2]\": …".
        if let colon = text.range(of: ": "),
            text.hasPrefix("\"") || text.hasPrefix(english[JSONProblemText.theFile] + ":")
        {
            let field = String(text[..<colon.lowerBound])
            if field == english[JSONProblemText.theFile] || (field.hasSuffix("\"") && field.count > 1) {
                let rest = String(text[colon.upperBound...])
                return phrase(field, book, english) + ": " + sentence(rest, book, english)
            }
        }
        return text
    }

    /// The values of `key`'s placeholders in the language of `book`, in the order the key declares them.
    private static func said(
        _ key: JSONProblemText, _ values: [String: String], _ book: TextBook, _ english: TextBook
    ) -> [String] {
        (placeholders[key] ?? []).map { name in
            let value = values[name] ?? ""
            if name == "problem" { return sentence(value, book, english) }
            // "Cannot initialize Kind from invalid String value …" names a Swift type, which means nothing to the
            // reader: the field the sentence follows is said in words instead.
            if name == "type", key == .invalidString || key == .invalidInt { return book[JSONProblemText.valueOfField] }
            return phrasePlaceholders.contains(name) ? phrase(value, book, english) : value
        }
    }

    /// A phrase of a sentence in `book`'s language: "a number" → "et tal", `item 3 of "items"` → `element 3 i
    /// "items"`, "2 items" → "2 elementer"; a value that is no phrase is kept.
    static func phrase(_ text: String, _ book: TextBook, _ english: TextBook) -> String {
        for key in phrases {
            guard let values = LanguageTexts.unfill(text, template: english[key]) else { continue }
            return book.filled(key, said(key, values, book, english))
        }
        for category in [Plural.Category.one, .other] {
            let template = english.texts.entry(catalogueName, JSONProblemText.items.rawValue)
                .flatMap { entry -> String? in
                    if case .plural(let forms) = entry { return forms[category] }
                    return nil
                }
            guard let template, let values = LanguageTexts.unfill(text, template: template),
                let count = values["count"].flatMap({ Int($0) })
            else { continue }
            return book.format(JSONProblemText.items, count: count, values["count"] ?? "")
        }
        return text
    }

    /// A number out of its range (`NumberLimit.refusal`): "must be from 0 to 365 days; found 400", said with the
    /// limit's own words (`LimitText`).
    private static func limitRefusal(_ text: String, _ book: TextBook, _ english: TextBook) -> String? {
        guard let values = LanguageTexts.unfill(text, template: english[LimitText.mustBe]),
            let range = values["range"], let found = values["found"],
            let bounds = LanguageTexts.unfill(range, template: english[LimitText.fromTo])
        else { return nil }
        let low = counted(bounds["low"] ?? "", book, english)
        let high = counted(bounds["high"] ?? "", book, english)
        return book.format(LimitText.mustBe, book.format(LimitText.fromTo, low, high), found)
    }

    /// "365 days" → "365 dage": a count with a unit of `LimitText`, in `book`'s language; a bare number as it is.
    private static func counted(_ text: String, _ book: TextBook, _ english: TextBook) -> String {
        for unit in LimitText.allCases where unit != .fromTo && unit != .mustBe {
            guard case .plural(let forms) = english.texts.entry(LimitText.catalogueName, unit.rawValue) else {
                continue
            }
            for category in Plural.Category.allCases {
                guard let template = forms[category], let values = LanguageTexts.unfill(text, template: template),
                    let number = values["count"], let count = Int(number.filter(\.isNumber))
                else { continue }
                return book.format(unit, count: count, NumberText.whole(count, in: book.language))
            }
        }
        return text
    }
}
