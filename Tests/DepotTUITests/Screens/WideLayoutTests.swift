import DepotCore
import Testing

@testable import DepotTUI

/// At 110 columns and more the detail pane goes beside the list; the list keeps what it shows at 80 columns.
@Suite("Wide windows")
struct WideLayoutTests {
    /// The words of the list's header row (the row under the list's frame).
    static func headers(_ lines: [String]) -> [String] {
        let row = lines[3]
        let list = row.split(separator: "│").first.map(String.init) ?? row
        return list.split(separator: " ").map(String.init)
    }

    @Test("every column shown at 80 columns is shown beside the detail pane", arguments: ["2", "3", "4", "5"])
    func listsKeepTheirColumns(tabKey: String) {
        var state = ScreenTest.app()
        state.press(.character(Character(tabKey)))
        let narrow = Self.headers(ScreenTest.screen(&state, width: 80, height: 24))
        for width in [110, 120, 140] {
            let lines = ScreenTest.screen(&state, width: width, height: 45)
            #expect(ScreenTest.garbage(in: lines, width: width) == [])
            let wide = Self.headers(lines)
            #expect(narrow.allSatisfy(wide.contains), "at \(width): \(wide) lacks some of \(narrow)")
        }
    }

    @Test func theListIsAsWideAsAt80AndTheDetailTakesTheRest() {
        let split = ListDetailLayout.split(Rect(x: 0, y: 2, width: 120, height: 40))
        #expect(split.list.width == 80)
        #expect(split.detail.x == 80)
        #expect(split.detail.width == 40)
        let narrow = ListDetailLayout.split(Rect(x: 0, y: 2, width: 80, height: 20))
        #expect(narrow.list.width == 80)
        #expect(narrow.detail.y > narrow.list.y)
    }

    @Test func formFieldsGrowWithTheWindow() {
        let name = "Vuggestuen og Børnehaven Lundbjerg, afdeling Nord ved Skolen"
        var state = ScreenTest.app()
        state.press(.character("2"), .character("n"))
        state.type(name)
        state.press(.tab)
        let wide = ScreenTest.screen(&state, width: 140, height: 45).joined(separator: "\n")
        #expect(wide.contains(name))
        let narrow = ScreenTest.screen(&state, width: 80, height: 24).joined(separator: "\n")
        #expect(!narrow.contains(name), "at 80 columns the field is narrower than the name")
    }

    @Test func aFieldsMessageIsNotCutAt80Columns() throws {
        var state = ScreenTest.app()
        state.press(.character("2"), .character("n"), .control("s"))
        let lines = ScreenTest.screen(&state)
        let postcode = try #require(lines.first { $0.contains("Postnr.") })
        #expect(postcode.contains("! skriv et helt tal, fx 45 (4)"), "\(postcode)")
    }
}
