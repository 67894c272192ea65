import Testing

@testable import DepotCore
@testable import DepotTUI

@Suite("Crates, Items and Deposits tabs render")
struct TabRenderingTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var tabKey: Character
        var title: String
        var headers: [String]
        var testDescription: String { title }
    }

    static let cases = [
        Case(tabKey: "3", title: "Kasser", headers: ["Nr.", "Tema", "Alder", "Tilstand", "Hvor"]),
        Case(tabKey: "4", title: "Materialer", headers: ["Stregkode", "Titel", "Alder", "Hvor", "Kasse"]),
        Case(tabKey: "5", title: "Depoter", headers: ["Id", "Partner", "Kasser", "Skal hjem", "Status"]),
    ]

    static let sizes = [(80, 24), (120, 40)]

    @Test("title, column headers and the selected record's detail are shown", arguments: cases, [0, 1])
    func rendersTab(_ tab: Case, sizeIndex: Int) throws {
        let (width, height) = Self.sizes[sizeIndex]
        var state = ScreenTest.app()
        state.press(.character(tab.tabKey))
        let lines = ScreenTest.screen(&state, width: width, height: height)
        #expect(ScreenTest.garbage(in: lines, width: width) == [])
        #expect(lines[0].contains(ScreenTest.sample.settings.name))
        #expect(lines[1].contains("\(tab.tabKey) \(tab.title)"))
        let headerRow = try #require(lines.first { line in tab.headers.allSatisfy { line.contains($0) } })
        #expect(lines.firstIndex(of: headerRow) == 3)
        #expect(lines[lines.count - 1].contains("/ søg"))
        let context = state.context
        switch tab.tabKey {
        case "3":
            #expect(lines[2].contains("Kasser (\(ScreenTest.sample.crates.count))"))
            let crate = try #require(state.cratesScreen?.selected(context))
            #expect(lines.contains { $0.contains(" \(crate.id) \(crate.theme) ") })
            #expect(lines.contains { $0.contains("Indhold (\(crate.itemBarcodes.count))") })
        case "4":
            #expect(lines[2].contains("Materialer (\(ScreenTest.sample.items.count))"))
            let item = try #require(state.itemsScreen?.selected(context))
            #expect(lines.contains { $0.contains(" \(item.barcode) ") })
            #expect(lines.contains { $0.contains(context.strings.money(item.price)) })
        default:
            #expect(lines[2].contains("Depoter: alle (\(ScreenTest.sample.deposits.count))"))
            let deposit = try #require(state.depositsScreen?.selected(context))
            #expect(lines.contains { $0.contains(" \(deposit.id) ") })
            #expect(lines.contains { $0.contains("(\(deposit.partnerID))") })
        }
    }

    @Test("the English screens have no untranslated text either", arguments: ["3", "4", "5"] as [Character])
    func rendersInEnglish(_ tabKey: Character) {
        var state = ScreenTest.app(.english)
        state.press(.character(tabKey), .tab)
        for (width, height) in Self.sizes {
            let lines = ScreenTest.screen(&state, width: width, height: height)
            #expect(ScreenTest.garbage(in: lines, width: width) == [])
        }
    }

    @Test("deposits are listed newest first")
    func depositsNewestFirst() throws {
        var state = ScreenTest.app()
        state.press(.character("5"))
        let newest = try #require(ScreenTest.sample.deposits.max { ($0.createdOn, $0.id) < ($1.createdOn, $1.id) })
        #expect(state.depositsScreen?.selected(state.context)?.createdOn == newest.createdOn)
    }
}

@Suite("Colours that carry meaning")
struct TabColourTests {
    /// The style of the cell under `header`'s first letter in the second list row (the first is selected).
    static func firstRowStyle(under header: String, in grid: CellGrid) throws -> Style {
        let headerLine = grid.lines()[3]
        let range = try #require(headerLine.range(of: header))
        let x = headerLine.distance(from: headerLine.startIndex, to: range.lowerBound)
        return grid[x, 5].style
    }

    @Test("a crate's age band is drawn in the crate colour")
    func crateColour() throws {
        var state = ScreenTest.app()
        state.press(.character("3"))
        var grid = CellGrid(width: 80, height: 24)
        AppView.render(&state, into: &grid)
        let crate = ScreenTest.sample.crates[1]
        #expect(try Self.firstRowStyle(under: "Alder", in: grid) == Palette.style(for: crate.ageBand))
    }

    @Test("a deposit's status is drawn in the status colour")
    func statusColour() throws {
        var state = ScreenTest.app()
        state.press(.character("5"), .character("s"), .character("s"), .character("s"))
        var grid = CellGrid(width: 80, height: 24)
        AppView.render(&state, into: &grid)
        #expect(try Self.firstRowStyle(under: "Status", in: grid) == Palette.style(for: .overdue))
    }
}

@Suite("Scanning a barcode")
struct ScanTests {
    @Test("an item's barcode opens the Items tab with that item selected")
    func scanItem() {
        var state = ScreenTest.app()
        let item = ScreenTest.sample.items[ScreenTest.sample.items.count * 2 / 3]
        state.handle(.scanned(item.barcode.rawValue))
        #expect(state.activeTab == 3)
        #expect(state.itemsScreen?.selected(state.context)?.barcode == item.barcode)
        #expect(state.message == state.strings.format(.scanFoundItem, item.barcode))
        #expect(!state.wantsBeep)
        let lines = ScreenTest.screen(&state)
        #expect(lines.contains { $0.contains(" \(item.barcode) ") })
    }

    @Test("a crate's number opens the Crates tab with that crate selected")
    func scanCrate() {
        var state = ScreenTest.app()
        let crate = ScreenTest.sample.crates[5]
        state.handle(.scanned(crate.id.rawValue.lowercased()))
        #expect(state.activeTab == 2)
        #expect(state.cratesScreen?.selected(state.context)?.id == crate.id)
    }

    @Test("an unknown barcode says so and beeps")
    func scanUnknown() {
        var state = ScreenTest.app()
        state.handle(.scanned("0000000000000"))
        #expect(state.activeTab == 0)
        #expect(state.message == state.strings.format(.scanUnknown, "0000000000000"))
        #expect(state.wantsBeep)
    }
}
