import Testing

@testable import DepotTUI

@Test func putWritesTextFromTheGivenColumn() {
    var grid = CellGrid(width: 10, height: 2)
    let used = grid.put("Bøger", x: 2, y: 1)
    #expect(used == 5)
    #expect(grid.lines() == ["", "  Bøger"])
}

@Test func putStoresAWideCharacterAsACellAndAContinuation() {
    var grid = CellGrid(width: 6, height: 1)
    grid.put("図a", x: 0, y: 0)
    #expect(grid[0, 0] == Cell(symbol: "図", width: 2))
    #expect(grid[1, 0].isContinuation)
    #expect(grid[2, 0].symbol == "a")
    #expect(grid.lines() == ["図a"])
}

@Test func putTruncatesWithEllipsisAtMaxWidth() {
    var grid = CellGrid(width: 20, height: 1)
    grid.put("Cirkeline og den store flyvetur", x: 0, y: 0, maxWidth: 10)
    #expect(grid.lines() == ["Cirkeline…"])
}

@Test func putPadsWithASpaceWhereAWideCharacterWouldCrossTheEdge() {
    var grid = CellGrid(width: 6, height: 1)
    grid.fill(grid.area, symbol: "x")
    let used = grid.put("図書館", x: 0, y: 0, maxWidth: 4)
    #expect(used == 4)
    #expect(grid.lines() == ["図… xx"])
}

@Test func putStopsAtTheRightEdgeOfTheGrid() {
    var grid = CellGrid(width: 5, height: 1)
    grid.put("Ørkenens sønner", x: 1, y: 0)
    #expect(grid.lines() == [" Ørk…"])
}

@Test func overwritingHalfOfAWideCharacterBlanksTheOtherHalf() {
    var grid = CellGrid(width: 4, height: 1)
    grid.put("図書", x: 0, y: 0)
    grid.put("a", x: 1, y: 0)
    #expect(grid.lines() == [" a書"])
    #expect(!grid[2, 0].isContinuation)
}

@Test func fillPaintsEveryCellOfTheRectangle() {
    var grid = CellGrid(width: 4, height: 3)
    grid.fill(Rect(x: 1, y: 1, width: 2, height: 2), style: .reverse, symbol: "#")
    #expect(grid.lines() == ["", " ##", " ##"])
    #expect(grid[1, 1].style == .reverse)
    #expect(grid[0, 1].style == .plain)
}

@Test func linesTrimTrailingSpaces() {
    var grid = CellGrid(width: 8, height: 1)
    grid.put("å  ", x: 0, y: 0)
    #expect(grid.lines() == ["å"])
}

@Test func diffOfIdenticalGridsIsEmpty() {
    var grid = CellGrid(width: 10, height: 3)
    grid.put("Depot", x: 0, y: 0)
    #expect(grid.diff(from: grid).isEmpty)
}

@Test func diffListsOnlyChangedCells() {
    var previous = CellGrid(width: 10, height: 3)
    previous.put("Depot", x: 0, y: 0)
    var next = previous
    next.put("Dapot", x: 0, y: 0)
    next.put("!", x: 9, y: 2, style: .bold)
    #expect(
        next.diff(from: previous) == [
            CellChange(x: 1, y: 0, cell: Cell(symbol: "a", width: 1)),
            CellChange(x: 9, y: 2, cell: Cell(symbol: "!", width: 1, style: .bold)),
        ]
    )
}

@Test func diffReportsAStyleChangeAlone() {
    var previous = CellGrid(width: 3, height: 1)
    previous.put("abc", x: 0, y: 0)
    var next = previous
    next.apply(.reverse, to: Rect(x: 2, y: 0, width: 1, height: 1))
    #expect(next.diff(from: previous).map(\.x) == [2])
}

@Test func diffAgainstAGridOfAnotherSizeListsEveryCell() {
    let previous = CellGrid(width: 2, height: 2)
    let next = CellGrid(width: 3, height: 2)
    #expect(next.diff(from: previous).count == 6)
}
