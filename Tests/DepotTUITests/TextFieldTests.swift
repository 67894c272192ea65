import Testing

@testable import DepotTUI

@Test func newFieldHasTheCursorAtTheEnd() {
    let field = TextField(text: "Ørn")
    #expect(field.cursor == 3)
}

@Test func insertingTypesAtTheCursor() {
    var field = TextField(text: "Mlle")
    field.moveToStart()
    field.moveRight()
    field.insert("ø")
    #expect(field.text == "Mølle")
    #expect(field.cursor == 2)
}

@Test func backspaceDeletesTheCharacterBeforeTheCursor() {
    var field = TextField(text: "åen")
    field.deleteBackward()
    #expect(field.text == "åe")
    #expect(field.cursor == 2)
}

@Test func backspaceAtTheStartDoesNothing() {
    var field = TextField(text: "å")
    field.moveToStart()
    field.deleteBackward()
    #expect(field.text == "å")
    #expect(field.cursor == 0)
}

@Test func deleteRemovesTheCharacterUnderTheCursor() {
    var field = TextField(text: "abc")
    field.moveToStart()
    field.deleteForward()
    #expect(field.text == "bc")
    #expect(field.cursor == 0)
}

@Test func cursorMovesByWholeCharactersIncludingCombinedOnes() {
    var field = TextField(text: "Cafe\u{301}s")
    field.moveLeft()
    field.moveLeft()
    field.deleteForward()
    #expect(field.text == "Cafs")
}

@Test func cursorStaysWithinTheText() {
    var field = TextField(text: "ab")
    field.moveRight()
    #expect(field.cursor == 2)
    field.moveToStart()
    field.moveLeft()
    #expect(field.cursor == 0)
}

@Test func editingKeysAreHandledAndOthersAreNot() {
    var field = TextField()
    let keys: [Key] = [.character("æ"), .character("g"), .home, .delete, .end, .down]
    let handled = keys.map { field.handle($0) }
    #expect(handled == [true, true, true, true, true, false])
    #expect(field.text == "g")
}

@Test func controlUClearsTheField() {
    var field = TextField(text: "Rasmus")
    field.handle(.control("u"))
    #expect(field.text.isEmpty)
    #expect(field.cursor == 0)
}

@Test func renderedCursorIsAReversedCell() {
    var field = TextField(text: "æble")
    field.moveLeft()
    var grid = CellGrid(width: 10, height: 1)
    field.render(into: &grid, area: grid.area)
    #expect(grid.lines() == ["æble"])
    #expect(grid[3, 0].style == .reverse)
    #expect(grid[2, 0].style == .plain)
}

@Test func renderedCursorAtTheEndIsAReversedSpace() {
    let field = TextField(text: "ab")
    var grid = CellGrid(width: 10, height: 1)
    field.render(into: &grid, area: grid.area)
    #expect(grid[2, 0] == Cell(symbol: " ", width: 1, style: .reverse))
}

@Test func longTextScrollsSoTheCursorStaysVisible() {
    let field = TextField(text: "Ørkenens sønner")
    var grid = CellGrid(width: 6, height: 1)
    field.render(into: &grid, area: grid.area)
    #expect(grid.lines() == ["ønner"])
    #expect(grid[5, 0].style == .reverse)
}

@Test func onlyTheFocusedFieldScrollsToItsCursor() {
    let field = TextField(text: "Læseteknik 5; Fortolkning 5")
    var focused = CellGrid(width: 12, height: 1)
    field.render(into: &focused, area: focused.area, focused: true)
    #expect(focused.lines() == ["rtolkning 5"])  // and the cursor, a reversed space, after it
    var other = CellGrid(width: 12, height: 1)
    field.render(into: &other, area: other.area, focused: false)
    #expect(other.lines() == ["Læseteknik 5"])
}
