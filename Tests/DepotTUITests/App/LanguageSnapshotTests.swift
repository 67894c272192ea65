import DepotCore
import Testing

@testable import DepotTUI

/// Every tab in both languages at 100×30, a window between the desk PC's 80 columns and the laptop's 120, and in
/// English at 80×24 (the Danish 80×24 snapshots are `AppStateTests`' and the tabs' own): a text that grows in
/// translation shows in the diff, and no row may be wider than the window or show a key's name.
@Suite("Every tab in both languages")
struct LanguageSnapshotTests {
    static let tabs = ["overview", "partners", "crates", "items", "deposits", "week", "plan", "events"]

    @Test(arguments: [(Language.danish, 100, 30), (.english, 100, 30), (.english, 80, 24)])
    func everyTabMatchesItsSnapshot(language: Language, columns: Int, rows: Int) {
        var state = ScreenTest.app(language)
        for (number, name) in Self.tabs.enumerated() {
            state.press(.character(Character(String(number + 1))))
            // The Plan tab opens empty on a library without a plan: plan the season, as `P` does.
            if name == "plan" { state.press(.character("P")) }
            let grid = AppFixtures.render(&state, columns: columns, rows: rows)
            #expect(ScreenTest.garbage(in: grid.lines(), width: columns) == [], "\(name) \(language)")
            expectSnapshot(grid, named: "\(name)-\(columns)x\(rows).\(language.rawValue)")
        }
    }
}
