/// Keeps a spreadsheet from running text as a formula (CSV injection): a title such as `=HYPERLINK("http://x","y")`
/// exported as it is would become a live link, or worse, when the file is opened in Excel or LibreOffice.
///
/// Following OWASP's advice, a text cell that starts with `=`, `+`, `-`, `@`, a tab or a carriage return is written
/// with a single quote in front, which spreadsheets show as text. Only text cells are changed: counts, amounts and
/// days are written by Depot itself and stay numbers (a negative amount stays `-12.50`). So that every text reads
/// back exactly, a text that already starts with quotes followed by one of those characters gets one more quote;
/// `restored` takes one quote off any cell of that shape.
public enum CSVFormula {
    /// `text` as a CSV text cell: with a single quote in front when a spreadsheet would read it as a formula.
    public static func neutralised(_ text: String) -> String {
        // Most text starts with none of the bytes that matter: then nothing is dropped and the first scalar is not a
        // formula's, which the first UTF-8 byte tells without breaking the text into characters.
        guard let first = text.utf8.first, first == UInt8(ascii: "'") || startsFormula(first) else { return text }
        return startsLikeFormula(text.drop(while: { $0 == "'" })) ? "'" + text : text
    }

    private static func startsFormula(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: "=") || byte == UInt8(ascii: "+") || byte == UInt8(ascii: "-")
            || byte == UInt8(ascii: "@") || byte == UInt8(ascii: "\t") || byte == UInt8(ascii: "\r")
    }

    /// A cell read from a CSV file, with the quote `neutralised` added taken off again.
    public static func restored(_ text: String) -> String {
        guard text.first == "'", startsLikeFormula(text.drop(while: { $0 == "'" })) else { return text }
        return String(text.dropFirst())
    }

    private static func startsLikeFormula(_ text: Substring) -> Bool {
        // Unicode scalars, not characters: "\r\n" is one Character.
        guard let first = text.unicodeScalars.first else { return false }
        return first == "=" || first == "+" || first == "-" || first == "@" || first == "\t" || first == "\r"
    }
}
