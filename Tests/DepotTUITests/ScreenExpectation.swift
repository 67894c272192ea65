import Testing

@testable import DepotTUI

/// Checks that `grid` shows `expected` (rows separated by newlines, trailing spaces and empty last rows ignored);
/// on failure the two screens are printed side by side.
func expectScreen(_ grid: CellGrid, _ expected: String, sourceLocation: SourceLocation = #_sourceLocation) {
    var actualLines = grid.lines()
    while actualLines.last == "" {
        actualLines.removeLast()
    }
    var expectedLines = expected.split(separator: "\n", omittingEmptySubsequences: false).map { line in
        var trimmed = String(line)
        while trimmed.last == " " {
            trimmed.removeLast()
        }
        return trimmed
    }
    while expectedLines.last == "" {
        expectedLines.removeLast()
    }
    guard actualLines != expectedLines else { return }
    let rowCount = max(actualLines.count, expectedLines.count)
    var report = "Screen differs (actual | expected):\n"
    for row in 0..<rowCount {
        let actual = row < actualLines.count ? actualLines[row] : ""
        let wanted = row < expectedLines.count ? expectedLines[row] : ""
        let marker = actual == wanted ? " " : "≠"
        report += "\(marker) \(pad(actual, toWidth: grid.width)) | \(wanted)\n"
    }
    Issue.record(Comment(rawValue: report), sourceLocation: sourceLocation)
}
