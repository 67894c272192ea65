/// How a plain-text printout is put on A4 paper by the printer command (CUPS `lp`/`lpr` and its text filter), so
/// that the page Depot lays out (`WeekPages`: 64 lines of at most 80 columns, a form feed between pages) is one
/// sheet of paper and "side N af M" is true on paper. Without options a queue prints 10 characters and 6 lines an
/// inch inside its own margins, which wraps 78-column lines and spills pages onto the next sheet.
public enum TextPrintLayout {
    /// A4 in points (1/72 inch).
    public static let paper = (width: 595.0, height: 842.0)
    /// Margins in points: 0.5 inch, more than the unprintable edge of ordinary printers (0.25 inch).
    public static let margins = (left: 36.0, right: 36.0, top: 36.0, bottom: 36.0)
    /// Characters and lines an inch.
    public static let charactersPerInch = 12
    public static let linesPerInch = 6

    /// Columns and lines that fit inside the margins.
    public static var columns: Int {
        Int((paper.width - margins.left - margins.right) / 72 * Double(charactersPerInch))
    }
    public static var lines: Int { Int((paper.height - margins.top - margins.bottom) / 72 * Double(linesPerInch)) }

    /// The `-o` options for `lp` or CUPS `lpr`.
    public static var printerOptions: [String] {
        [
            "media=A4", "cpi=\(charactersPerInch)", "lpi=\(linesPerInch)", "page-left=\(Int(margins.left))",
            "page-right=\(Int(margins.right))", "page-top=\(Int(margins.top))",
            "page-bottom=\(Int(margins.bottom))",
        ].flatMap { ["-o", $0] }
    }

    /// Whether `name` can name a printer queue: 1 to 127 characters, letters, digits and `-_.@`, not starting
    /// with `-` (so it can never be read as an option). A sentence in `language` saying why when it cannot
    /// (`JSONProblemText.notAPrinterName`; in English in a file's problem, which is said in the reader's language
    /// when it is shown).
    public static func checkPrinterName(_ name: String, in language: Language = .english) -> String? {
        let allowed = name.unicodeScalars.allSatisfy { scalar in
            ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) || ("0"..."9").contains(scalar)
                || "-_.@".unicodeScalars.contains(scalar)
        }
        if (1...127).contains(name.count), allowed, !name.hasPrefix("-") { return nil }
        return TextBook(language).format(JSONProblemText.notAPrinterName, TerminalSafe.quote(name))
    }
}
