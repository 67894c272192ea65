/// The head of a team as `depot events show TEAM` prints it: the review day and the shared aims, in the words and
/// shapes of the outcome report, so the two say them alike.
extension OutcomeReport {
    /// "Evaluering: 31. maj 2027 (om 189 dage)", then "Fælles mål" and each aim, wrapped to 80 columns.
    public func summaryLines(_ language: Language) -> [String] {
        let book = TextBook(language)
        var lines = [reviewText(book), "", book[ReportText.aims]]
        if aims.isEmpty { lines.append("  " + book[ReportText.noAims]) }
        for aim in aims { lines += TextWrap.lines(aim, width: 80, firstIndent: "  • ", indent: "    ") }
        return lines
    }
}
