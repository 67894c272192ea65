import Testing

@testable import DepotTUI

@Test func emptyListHasNoSelection() {
    var state = ListState(itemCount: 0)
    state.moveDown()
    #expect(state.selected == nil)
    #expect(state.offset == 0)
}

@Test func movingUpFromTheFirstItemStaysOnIt() {
    var state = ListState(itemCount: 5)
    state.moveUp()
    #expect(state.selected == 0)
}

@Test func movingDownFromTheLastItemStaysOnIt() {
    var state = ListState(itemCount: 3, selected: 2)
    state.moveDown()
    #expect(state.selected == 2)
}

@Test func movingDownPastTheVisibleRowsScrollsByOne() {
    var state = ListState(itemCount: 20, visibleRows: 5)
    for _ in 0..<5 {
        state.moveDown()
    }
    #expect(state.selected == 5)
    #expect(state.offset == 1)
}

@Test func movingBackUpInsideTheVisibleRowsKeepsTheOffset() {
    var state = ListState(itemCount: 20, selected: 10, visibleRows: 5)
    #expect(state.offset == 6)
    state.moveUp()
    #expect(state.selected == 9)
    #expect(state.offset == 6)
}

@Test func pageDownMovesOneScreenfulAndClampsAtTheEnd() {
    var state = ListState(itemCount: 12, visibleRows: 5)
    state.pageDown()
    #expect(state.selected == 5)
    state.pageDown()
    state.pageDown()
    #expect(state.selected == 11)
    #expect(state.offset == 7)
}

@Test func pageUpMovesOneScreenfulAndClampsAtTheStart() {
    var state = ListState(itemCount: 12, selected: 7, visibleRows: 5)
    state.pageUp()
    #expect(state.selected == 2)
    #expect(state.offset == 2)
    state.pageUp()
    #expect(state.selected == 0)
    #expect(state.offset == 0)
}

@Test func homeAndEndSelectFirstAndLastItems() {
    var state = ListState(itemCount: 30, visibleRows: 10)
    state.end()
    #expect(state.selected == 29)
    #expect(state.offset == 20)
    state.home()
    #expect(state.selected == 0)
    #expect(state.offset == 0)
}

@Test func shrinkingTheItemCountClampsTheSelection() {
    var state = ListState(itemCount: 30, selected: 25, visibleRows: 10)
    state.itemCount = 4
    #expect(state.selected == 3)
    #expect(state.offset == 0)
}

@Test func growingTheVisibleRowsPullsTheOffsetBackToFillTheScreen() {
    var state = ListState(itemCount: 30, selected: 29, visibleRows: 10)
    state.visibleRows = 25
    #expect(state.offset == 5)
}
