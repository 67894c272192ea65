import Foundation
import Testing

@testable import DepotTUI

/// Compares a rendered screen with a text snapshot kept under `Tests/DepotTUITests/Snapshots/`, so that a change
/// to a screen shows as a readable diff in review. Run with `DEPOT_RECORD_SNAPSHOTS=1` to write the snapshots anew
/// (then read the diff before committing).
func expectSnapshot(
    _ grid: CellGrid, named name: String, filePath: String = #filePath,
    sourceLocation: SourceLocation = #_sourceLocation
) {
    let folder = URL(fileURLWithPath: filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Snapshots")
    let file = folder.appendingPathComponent("\(name).txt")
    let actual = grid.lines().joined(separator: "\n") + "\n"
    if ProcessInfo.processInfo.environment["DEPOT_RECORD_SNAPSHOTS"] != nil {
        try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try? actual.write(to: file, atomically: true, encoding: .utf8)
        return
    }
    guard let expected = try? String(contentsOf: file, encoding: .utf8) else {
        Issue.record(
            "No snapshot \(name).txt; run the tests with DEPOT_RECORD_SNAPSHOTS=1", sourceLocation: sourceLocation)
        return
    }
    expectScreen(grid, expected, sourceLocation: sourceLocation)
}
