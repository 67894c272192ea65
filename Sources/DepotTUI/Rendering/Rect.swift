/// A rectangle of cells: the area a widget draws into.
public struct Rect: Sendable, Hashable {
    public var x: Int
    public var y: Int
    public var width: Int
    public var height: Int

    public init(x: Int, y: Int, width: Int, height: Int) {
        self.x = x
        self.y = y
        self.width = max(0, width)
        self.height = max(0, height)
    }

    /// The column just right of the rectangle.
    public var maxX: Int { x + width }
    /// The row just below the rectangle.
    public var maxY: Int { y + height }
    /// Whether the rectangle holds no cells.
    public var isEmpty: Bool { width <= 0 || height <= 0 }

    /// The rectangle shrunk by `margin` cells on every side.
    public func inset(by margin: Int) -> Rect {
        inset(horizontal: margin, vertical: margin)
    }

    /// The rectangle shrunk by `horizontal` cells left and right and `vertical` cells top and bottom.
    public func inset(horizontal: Int, vertical: Int) -> Rect {
        Rect(x: x + horizontal, y: y + vertical, width: width - 2 * horizontal, height: height - 2 * vertical)
    }

    /// The cells both rectangles share (empty when they do not overlap).
    public func intersection(_ other: Rect) -> Rect {
        let left = max(x, other.x)
        let top = max(y, other.y)
        return Rect(x: left, y: top, width: min(maxX, other.maxX) - left, height: min(maxY, other.maxY) - top)
    }

    /// A rectangle of at most the given size centred in this one.
    public func centered(width: Int, height: Int) -> Rect {
        let clampedWidth = min(max(0, width), self.width)
        let clampedHeight = min(max(0, height), self.height)
        return Rect(
            x: x + (self.width - clampedWidth) / 2,
            y: y + (self.height - clampedHeight) / 2,
            width: clampedWidth,
            height: clampedHeight
        )
    }

    /// The single row `index` rows below the top (empty when outside the rectangle).
    public func row(_ index: Int) -> Rect {
        guard index >= 0, index < height else { return Rect(x: x, y: y + index, width: width, height: 0) }
        return Rect(x: x, y: y + index, width: width, height: 1)
    }

    /// Whether the cell at column `column`, row `line` lies inside the rectangle.
    public func contains(x column: Int, y line: Int) -> Bool {
        column >= x && column < maxX && line >= y && line < maxY
    }
}
