/// The selection and scroll position of a list or table, kept by the screen between frames.
///
/// Every change clamps: the selection stays within the items and the first visible row (`offset`) moves just
/// enough to keep the selection on screen. With no items there is no selection.
public struct ListState: Sendable, Hashable {
    /// How many items the list holds; setting it clamps the selection.
    public var itemCount: Int {
        didSet { clamp() }
    }
    /// How many rows the list showed when last drawn; paging moves by this much. Widgets update it when rendering.
    public var visibleRows: Int {
        didSet { clamp() }
    }
    /// The index of the selected item, or `nil` when there are no items.
    public private(set) var selected: Int?
    /// The index of the first visible item.
    public private(set) var offset: Int = 0

    public init(itemCount: Int = 0, selected: Int = 0, visibleRows: Int = 10) {
        self.itemCount = max(0, itemCount)
        self.visibleRows = max(1, visibleRows)
        self.selected = selected
        clamp()
    }

    /// Selects the item at `index`, clamped to the items.
    public mutating func select(_ index: Int) {
        selected = index
        clamp()
    }

    /// Selects the previous item (stays on the first).
    public mutating func moveUp() {
        move(by: -1)
    }

    /// Selects the next item (stays on the last).
    public mutating func moveDown() {
        move(by: 1)
    }

    /// Moves the selection one screenful up.
    public mutating func pageUp() {
        move(by: -visibleRows)
    }

    /// Moves the selection one screenful down.
    public mutating func pageDown() {
        move(by: visibleRows)
    }

    /// Selects the first item.
    public mutating func home() {
        select(0)
    }

    /// Selects the last item.
    public mutating func end() {
        select(itemCount - 1)
    }

    /// Moves the selection by `delta` items, clamped to the list.
    public mutating func move(by delta: Int) {
        select((selected ?? 0) + delta)
    }

    private mutating func clamp() {
        if itemCount < 0 {
            itemCount = 0
        }
        if visibleRows < 1 {
            visibleRows = 1
        }
        guard itemCount > 0 else {
            selected = nil
            offset = 0
            return
        }
        let index = min(max(selected ?? 0, 0), itemCount - 1)
        selected = index
        if index < offset {
            offset = index
        } else if index >= offset + visibleRows {
            offset = index - visibleRows + 1
        }
        offset = min(max(0, offset), max(0, itemCount - visibleRows))
    }
}
