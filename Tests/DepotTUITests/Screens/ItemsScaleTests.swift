import Testing

@testable import DepotCore
@testable import DepotTUI

@Suite("Items tab at city scale")
struct ItemsScaleTests {
    /// Speed is measured by `depot-bench`, not here; this checks that narrowing a 60,000-item list one key at a
    /// time (each key searching only the previous matches) finds exactly what a fresh search finds.
    @Test("60,000 items: filtering as you type finds the same items as a fresh search")
    func filterAtCityScale() throws {
        let data = LibraryGenerator(scale: .city).generate()
        #expect(data.items.count == 60_000)
        var state = ScreenTest.app(data: data)
        state.press(.character("4"), .character("/"))
        var grid = CellGrid(width: 120, height: 40)
        for character in "bamse" {
            state.press(.character(character))
            AppView.render(&state, into: &grid)
        }
        func count(_ query: String) -> Int {
            data.items.filter {
                SearchText("\($0.barcode) \($0.title) \($0.author ?? "")").contains(SearchText(query))
            }.count
        }
        #expect(grid.lines()[2].contains("(\(count("bamse")) af 60000)"))
        // Backspace goes back to what the shorter query found; a new letter then searches from there.
        for _ in 0..<3 { state.press(.backspace) }
        AppView.render(&state, into: &grid)
        #expect(grid.lines()[2].contains("(\(count("ba")) af 60000)"))
        state.press(.character("r"))
        AppView.render(&state, into: &grid)
        #expect(grid.lines()[2].contains("(\(count("bar")) af 60000)"))
        for _ in 0..<3 { state.press(.backspace) }
        state.press(.character("ø"))
        AppView.render(&state, into: &grid)
        #expect(grid.lines()[2].contains("(\(count("ø")) af 60000)"))
    }
}
