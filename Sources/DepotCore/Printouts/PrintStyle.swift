/// The print rules every HTML printout shares, so that a browser prints it as Depot's text printouts are: on A4
/// (not the browser's default US Letter), with "Side N af M" at the foot of every sheet, a table's heading repeated
/// on each sheet it continues onto, and a stop, a crate list or a signature block never cut in two.
public enum PrintStyle {
    /// The CSS, for a page in `language`.
    public static func css(_ language: Language, margin: String = "15mm") -> String {
        return """
            @page {
              size: A4;
              margin: \(margin) \(margin) 20mm;
              @bottom-center { content: \(pageLine(language)); font: 9pt sans-serif; }
            }
            thead { display: table-header-group; }
            tfoot { display: table-footer-group; }
            tr, .stop, .crates, .signature { break-inside: avoid; page-break-inside: avoid; }
            h1, h2, h3 { break-after: avoid; page-break-after: avoid; }
            """
    }

    /// The foot line "Side N af M" as CSS content: the language file's text (`WeekPrintText.pageFoot`) with its
    /// placeholders as the page counters, e.g. `"Side " counter(page) " af " counter(pages)`.
    static func pageLine(_ language: Language) -> String {
        let text = TextBook(language)[WeekPrintText.pageFoot]
        var parts: [String] = []
        var rest = Substring(text)
        while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
            if open > rest.startIndex { parts.append(quoted(rest[..<open])) }
            let name = rest[rest.index(after: open)..<close]
            parts.append(name == "count" ? "counter(pages)" : "counter(page)")
            rest = rest[rest.index(after: close)...]
        }
        if !rest.isEmpty { parts.append(quoted(rest)) }
        return parts.joined(separator: " ")
    }

    private static func quoted(_ text: Substring) -> String {
        "\"" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }
}
