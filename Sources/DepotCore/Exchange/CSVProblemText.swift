/// What is wrong with a CSV file's line (`CSVReader`, `CSVTable`), in Depot's languages.
///
/// The sentences are made in English where the reader finds the problem and travel as text in `LineProblem`, so,
/// as with `JSONProblemText`, the English texts here are those sentences word for word (the reader makes them from
/// these texts), and `spoken(_:in:)` says one in the language asked for. A sentence of another form is left as it is.
public enum CSVProblemText: String, TextCatalogue {
    case emptyFile, headerLine, oneFieldSeparator, fieldsSeparator, fieldsMore, neverClosed, neverClosedFrom
    case textAfterQuote

    public static let placeholders: [CSVProblemText: [String]] = [
        .headerLine: ["problem"], .oneFieldSeparator: ["header", "separator"],
        .fieldsSeparator: ["count", "header", "separator"], .fieldsMore: ["count", "header"],
        .neverClosedFrom: ["line"], .textAfterQuote: ["number"],
    ]

    /// The sentences, most particular first ("… (is the separator ";"?)" before the sentence it ends).
    static let sentences: [CSVProblemText] = [
        .emptyFile, .headerLine, .oneFieldSeparator, .fieldsSeparator, .fieldsMore, .neverClosed, .neverClosedFrom,
        .textAfterQuote,
    ]

    /// The English sentence of `key`, as the reader writes it.
    static func english(_ key: CSVProblemText, _ arguments: CustomStringConvertible...) -> String {
        TextBook(.english).filled(key, arguments)
    }

    /// `message`, a problem of a CSV line as the reader writes it in English, in `language`; one of no form this
    /// catalogue knows (a row's problem already said in the language) is left as it is.
    public static func spoken(_ message: String, in language: Language) -> String {
        guard language != .english else { return message }
        let book = TextBook(language)
        return book.saying(message, asOneOf: sentences, english: TextBook(.english)) { name, value in
            name == "problem" ? spoken(value, in: language) : value
        } ?? message
    }
}
