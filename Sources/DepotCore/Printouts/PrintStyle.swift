/// The print rules every HTML printout shares, so that a browser prints it as Depot's text printouts are: on A4
/// (not the browser's default US Letter), with "Side N af M" at the foot of every sheet, a table's heading repeated
/// on each sheet it continues onto, and a stop, a crate list or a signature block never cut in two.
public enum PrintStyle {
    /// The CSS, for a page in `language`.
    public static func css(_ language: Language, margin: String = "15mm") -> String {
        let (page, of) = language == .danish ? ("Side", "af") : ("Page", "of")
        return """
            @page {
              size: A4;
              margin: \(margin) \(margin) 20mm;
              @bottom-center { content: "\(page) " counter(page) " \(of) " counter(pages); font: 9pt sans-serif; }
            }
            thead { display: table-header-group; }
            tfoot { display: table-footer-group; }
            tr, .stop, .crates, .signature { break-inside: avoid; page-break-inside: avoid; }
            h1, h2, h3 { break-after: avoid; page-break-after: avoid; }
            """
    }
}
