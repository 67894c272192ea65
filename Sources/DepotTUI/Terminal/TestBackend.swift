/// A backend for tests: a fixed-size screen in memory that records every frame and replays scripted keys.
public final class TestBackend: TerminalBackend {
    public private(set) var size: Size
    /// The screen as the changes sent so far have left it. Like a real terminal it ignores continuation cells:
    /// a wide character covers its second column itself.
    public private(set) var screen: CellGrid
    /// The screen after each `flush()`, oldest first.
    public private(set) var presentedGrids: [CellGrid] = []
    /// The changes of each `draw(changes:)` call, oldest first.
    public private(set) var drawnChanges: [[CellChange]] = []
    /// Keys still to be returned by `readKey`, first one next.
    public var scriptedKeys: [Key]
    /// Keys that arrive after a pause, in milliseconds since the last key was read, once `scriptedKeys` is empty:
    /// a `readKey` whose timeout is shorter than the pause gives nil and the pause shrinks by the timeout, as on a
    /// terminal. A `readKey` without a timeout waits out the pause.
    public var timedKeys: [(key: Key, afterMilliseconds: Int)] = []
    /// The time the timed keys have taken so far.
    public private(set) var elapsedMilliseconds = 0
    public private(set) var beepCount = 0
    public private(set) var clearCount = 0
    public private(set) var isSuspended = false
    public private(set) var isShutDown = false

    public init(columns: Int, rows: Int, keys: [Key] = []) {
        size = Size(columns: columns, rows: rows)
        screen = CellGrid(width: columns, height: rows)
        scriptedKeys = keys
    }

    /// Changes the size and queues a `.resize` key, as a real terminal would.
    public func resize(columns: Int, rows: Int) {
        size = Size(columns: columns, rows: rows)
        scriptedKeys.insert(.resize, at: 0)
    }

    public func draw(changes: [CellChange]) {
        drawnChanges.append(changes)
        for change in changes where !change.cell.isContinuation {
            screen.set(change.cell, x: change.x, y: change.y)
        }
    }

    public func clear() {
        clearCount += 1
        screen = CellGrid(width: size.columns, height: size.rows)
    }

    public func flush() {
        presentedGrids.append(screen)
    }

    public func readKey(timeoutMilliseconds: Int?) -> Key? {
        if !scriptedKeys.isEmpty { return scriptedKeys.removeFirst() }
        guard let next = timedKeys.first else { return nil }
        if let timeoutMilliseconds, timeoutMilliseconds < next.afterMilliseconds {
            timedKeys[0].afterMilliseconds -= max(0, timeoutMilliseconds)
            elapsedMilliseconds += max(0, timeoutMilliseconds)
            return nil
        }
        elapsedMilliseconds += next.afterMilliseconds
        timedKeys.removeFirst()
        return next.key
    }

    public func beep() {
        beepCount += 1
    }

    public func suspend() {
        isSuspended = true
    }

    public func resume() {
        isSuspended = false
    }

    public func shutdown() {
        isShutDown = true
    }
}
