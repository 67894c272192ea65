/// How much room one part of a layout asks for.
public enum Constraint: Sendable, Hashable {
    /// Exactly this many cells (less if the area is too small).
    case length(Int)
    /// This percentage of the area (after spacing).
    case percentage(Int)
    /// At least this many cells, growing like `.fill` when room is left over.
    case min(Int)
    /// An equal share of whatever room is left over.
    case fill
}

/// Splits a rectangle into rows or columns by constraints, so that screens compose from rectangles.
///
///     let parts = Layout.vertical([.length(1), .fill, .length(1)]).split(screen)
///     // parts[0]: tab bar, parts[1]: body, parts[2]: status line
public struct Layout: Sendable, Hashable {
    /// Whether parts are stacked top to bottom or placed left to right.
    public enum Direction: Sendable, Hashable {
        case vertical
        case horizontal
    }

    public var direction: Direction
    public var constraints: [Constraint]
    /// Empty cells between neighbouring parts.
    public var spacing: Int

    public init(direction: Direction, constraints: [Constraint], spacing: Int = 0) {
        self.direction = direction
        self.constraints = constraints
        self.spacing = spacing
    }

    /// Parts stacked top to bottom.
    public static func vertical(_ constraints: [Constraint], spacing: Int = 0) -> Layout {
        Layout(direction: .vertical, constraints: constraints, spacing: spacing)
    }

    /// Parts placed left to right.
    public static func horizontal(_ constraints: [Constraint], spacing: Int = 0) -> Layout {
        Layout(direction: .horizontal, constraints: constraints, spacing: spacing)
    }

    /// One rectangle per constraint, in order. Fixed sizes are served first, in order, then what is left over
    /// is shared by the `.min` and `.fill` parts; the first parts get the odd cells.
    public func split(_ area: Rect) -> [Rect] {
        guard !constraints.isEmpty else { return [] }
        let extent = direction == .vertical ? area.height : area.width
        let gaps = max(0, spacing) * (constraints.count - 1)
        let total = max(0, extent - gaps)
        let sizes = Self.sizes(for: constraints, total: total)

        var rects: [Rect] = []
        var position = direction == .vertical ? area.y : area.x
        let end = direction == .vertical ? area.maxY : area.maxX
        for size in sizes {
            let start = min(position, end)
            let length = min(size, end - start)
            switch direction {
            case .vertical:
                rects.append(Rect(x: area.x, y: start, width: area.width, height: length))
            case .horizontal:
                rects.append(Rect(x: start, y: area.y, width: length, height: area.height))
            }
            position = start + length + max(0, spacing)
        }
        return rects
    }

    private static func sizes(for constraints: [Constraint], total: Int) -> [Int] {
        var remaining = total
        var sizes: [Int] = []
        var growers: [Int] = []
        for (index, constraint) in constraints.enumerated() {
            let wanted: Int
            switch constraint {
            case .length(let length):
                wanted = length
            case .percentage(let percent):
                wanted = total * percent / 100
            case .min(let minimum):
                wanted = minimum
                growers.append(index)
            case .fill:
                wanted = 0
                growers.append(index)
            }
            let granted = min(max(0, wanted), remaining)
            sizes.append(granted)
            remaining -= granted
        }
        if !growers.isEmpty, remaining > 0 {
            let share = remaining / growers.count
            let extra = remaining % growers.count
            for (rank, index) in growers.enumerated() {
                sizes[index] += share + (rank < extra ? 1 : 0)
            }
        }
        return sizes
    }
}
