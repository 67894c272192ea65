import Testing

@testable import DepotTUI

private let titleColumns = [
    TableColumn("Titel", width: .flexible(minimum: 20, weight: 2), priority: 10),
    TableColumn("Forfatter", width: .flexible(minimum: 12), priority: 5),
    TableColumn("Sprog", width: .fixed(6), priority: 1),
    TableColumn("Hylde", width: .fixed(5), priority: 3, alignment: .trailing),
]

private let titleRows = [
    ["Rasmus Klump på eventyr", "Carla og Vilhelm Hansen", "dansk", "79.1"],
    ["Æblet der blev væk", "Ørnulf Ås", "dansk", "81.3"],
    ["図書館戦争", "有川浩", "japansk", "99.4"],
    ["📚 Bogorm-klubben", "Ida Jessen", "dansk", "10.7"],
]

/// A whole screen: tab bar, the table in a titled border, and a status line.
private func drawTitleScreen(width: Int, height: Int, selected: Int = 0) -> CellGrid {
    var grid = CellGrid(width: width, height: height)
    let parts = Layout.vertical([.length(1), .fill, .length(1)]).split(grid.area)
    TabBar(titles: ["Bøger", "Partnere"], selectedIndex: 0).render(into: &grid, area: parts[0])
    let inner = Border(title: "Titler").render(into: &grid, area: parts[1])
    var state = ListState(itemCount: titleRows.count, selected: selected)
    TableView(columns: titleColumns, rows: titleRows).render(into: &grid, area: inner, state: &state)
    StatusLine(hints: [KeyHint("↑↓", "flyt"), KeyHint("q", "afslut")], message: "4 titler")
        .render(into: &grid, area: parts[2])
    return grid
}

@Test func tableScreenAt80By24MatchesSnapshot() {
    let grid = drawTitleScreen(width: 80, height: 24)
    expectScreen(
        grid,
        """
         1 Bøger  2 Partnere
        ┌─ Titler ─────────────────────────────────────────────────────────────────────┐
        │Titel                                     Forfatter              Sprog   Hylde│
        │Rasmus Klump på eventyr                   Carla og Vilhelm Han…  dansk    79.1│
        │Æblet der blev væk                        Ørnulf Ås              dansk    81.3│
        │図書館戦争                                有川浩                 japan…   99.4│
        │📚 Bogorm-klubben                         Ida Jessen             dansk    10.7│
        │                                                                              │
        │                                                                              │
        │                                                                              │
        │                                                                              │
        │                                                                              │
        │                                                                              │
        │                                                                              │
        │                                                                              │
        │                                                                              │
        │                                                                              │
        │                                                                              │
        │                                                                              │
        │                                                                              │
        │                                                                              │
        │                                                                              │
        └──────────────────────────────────────────────────────────────────────────────┘
        ↑↓ flyt  q afslut                                                       4 titler
        """
    )
}

@Test func tableHidesLowPriorityColumnsAt40Columns() {
    let grid = drawTitleScreen(width: 40, height: 9)
    expectScreen(
        grid,
        """
         1 Bøger  2 Partnere
        ┌─ Titler ─────────────────────────────┐
        │Titel                    Forfatter    │
        │Rasmus Klump på eventyr  Carla og Vil…│
        │Æblet der blev væk       Ørnulf Ås    │
        │図書館戦争               有川浩       │
        │📚 Bogorm-klubben        Ida Jessen   │
        └──────────────────────────────────────┘
        ↑↓ flyt  q afslut               4 titler
        """
    )
}

@Test func columnsAreHiddenLowestPriorityFirst() {
    let table = TableView(columns: titleColumns, rows: [])
    #expect(table.columnSlots(availableWidth: 78).map(\.index) == [0, 1, 2, 3])
    #expect(table.columnSlots(availableWidth: 45).map(\.index) == [0, 1, 3])
    #expect(table.columnSlots(availableWidth: 38).map(\.index) == [0, 1])
    #expect(table.columnSlots(availableWidth: 25).map(\.index) == [0])
}

@Test func spareRoomGoesToFlexibleColumnsByWeight() {
    let table = TableView(columns: titleColumns, rows: [])
    #expect(table.columnSlots(availableWidth: 78).map(\.width) == [40, 21, 6, 5])
}

@Test func selectedRowIsReversedAcrossTheWholeWidth() {
    let grid = drawTitleScreen(width: 80, height: 24, selected: 1)
    #expect(grid[1, 4].style.attributes.contains(.reverse))
    #expect(grid[78, 4].style.attributes.contains(.reverse))
    #expect(!grid[1, 3].style.attributes.contains(.reverse))
}

@Test func tableScrollsToKeepTheSelectionVisible() {
    var grid = CellGrid(width: 20, height: 4)
    var state = ListState(itemCount: 10, selected: 5)
    let rows = (1...10).map { ["Bog \($0)"] }
    TableView(columns: [TableColumn("Titel", width: .flexible(minimum: 5))], rows: rows)
        .render(into: &grid, area: grid.area, state: &state)
    #expect(grid.lines() == ["Titel", "Bog 4", "Bog 5", "Bog 6"])
    #expect(state.offset == 3)
}

@Test func emptyTableShowsTheEmptyMessage() {
    var grid = CellGrid(width: 30, height: 4)
    var state = ListState()
    TableView(columns: titleColumns, rows: [], emptyMessage: "Ingen titler endnu.")
        .render(into: &grid, area: grid.area, state: &state)
    #expect(grid.lines()[1] == "Ingen titler endnu.")
    #expect(state.selected == nil)
}

@Test func listViewShowsItemsWithoutAHeader() {
    var grid = CellGrid(width: 12, height: 3)
    var state = ListState(itemCount: 3, selected: 1)
    ListView(items: ["Ærø", "Møn", "Fanø"]).render(into: &grid, area: grid.area, state: &state)
    #expect(grid.lines() == ["Ærø", "Møn", "Fanø"])
    #expect(grid[0, 1].style == .reverse)
}
