import Testing

@testable import DepotTUI

@Test func firstFrameClearsTheScreenAndSendsEveryNonBlankCell() {
    let backend = TestBackend(columns: 10, rows: 2)
    let terminal = Terminal(backend: backend)
    terminal.draw { grid in grid.put("Depot", x: 0, y: 0) }
    #expect(backend.clearCount == 1)
    #expect(backend.drawnChanges.first?.count == 5)
    #expect(backend.screen.lines() == ["Depot", ""])
}

@Test func laterFramesSendOnlyTheChangedCells() {
    let backend = TestBackend(columns: 10, rows: 2)
    let terminal = Terminal(backend: backend)
    terminal.draw { grid in grid.put("Side 1", x: 0, y: 0) }
    terminal.draw { grid in grid.put("Side 2", x: 0, y: 0) }
    #expect(backend.drawnChanges.last == [CellChange(x: 5, y: 0, cell: Cell(symbol: "2", width: 1))])
    #expect(backend.presentedGrids.last?.lines() == ["Side 2", ""])
    #expect(backend.clearCount == 1)
}

@Test func unchangedFrameSendsNothing() {
    let backend = TestBackend(columns: 10, rows: 2)
    let terminal = Terminal(backend: backend)
    terminal.draw { grid in grid.put("Ø", x: 0, y: 0) }
    terminal.draw { grid in grid.put("Ø", x: 0, y: 0) }
    #expect(backend.drawnChanges.count == 1)
    #expect(backend.presentedGrids.count == 2)
}

@Test func resizeKeyMakesTheNextFrameAFullRedrawAtTheNewSize() {
    let backend = TestBackend(columns: 10, rows: 2)
    let terminal = Terminal(backend: backend)
    terminal.draw { grid in grid.put("Depot", x: 0, y: 0) }
    backend.resize(columns: 14, rows: 3)
    #expect(terminal.readKey() == .resize)
    let grid = terminal.draw { grid in grid.put("Depot", x: 0, y: 2) }
    #expect(backend.clearCount == 2)
    #expect(grid.width == 14)
    #expect(backend.screen.lines() == ["", "", "Depot"])
}

@Test func wideCharactersReachTheScreenWhole() {
    let backend = TestBackend(columns: 10, rows: 1)
    let terminal = Terminal(backend: backend)
    terminal.draw { grid in grid.put("ab", x: 0, y: 0) }
    terminal.draw { grid in grid.put("図", x: 0, y: 0) }
    #expect(backend.screen.lines() == ["図"])
}

@Test func scriptedKeysAreReadInOrderThenNothing() {
    let backend = TestBackend(columns: 10, rows: 1, keys: [.down, .character("q")])
    let terminal = Terminal(backend: backend)
    #expect(terminal.readKey() == .down)
    #expect(terminal.readKey() == .character("q"))
    #expect(terminal.readKey(timeoutMilliseconds: 10) == nil)
}

@Test func suspendedWorkRunsWithTheTerminalHandedBackThenRedrawsInFull() {
    let backend = TestBackend(columns: 10, rows: 1)
    let terminal = Terminal(backend: backend)
    terminal.draw { grid in grid.put("x", x: 0, y: 0) }
    let wasSuspended = terminal.suspended { backend.isSuspended }
    #expect(wasSuspended)
    #expect(!backend.isSuspended)
    #expect(terminal.previousGrid == nil)
}

@Suite struct BusyLineTests {
    @Test func aMessageWhileBusyGoesOnTheLastRowOverTheFrameLastDrawn() {
        let backend = TestBackend(columns: 30, rows: 3)
        let terminal = Terminal(backend: backend)
        terminal.draw { grid in _ = grid.put("Overblik", x: 0, y: 0) }
        terminal.showOnLastRow("Venter på process 42")
        let lines = backend.screen.lines()
        #expect(lines[0].hasPrefix("Overblik"))
        #expect(lines[2].hasPrefix(" Venter på process 42"))
    }
}
