/// A terminal colour from the basic eight-colour palette, or the terminal's own default.
public enum Color: Sendable, Hashable, CaseIterable {
    case `default`
    case black
    case red
    case green
    case yellow
    case blue
    case magenta
    case cyan
    case white
}

/// How a cell looks: foreground and background colour plus text attributes.
public struct Style: Sendable, Hashable {
    /// Text attributes that can be combined, such as bold and reverse.
    public struct Attributes: OptionSet, Sendable, Hashable {
        public let rawValue: UInt8

        public init(rawValue: UInt8) {
            self.rawValue = rawValue
        }

        public static let bold = Attributes(rawValue: 1 << 0)
        public static let dim = Attributes(rawValue: 1 << 1)
        public static let reverse = Attributes(rawValue: 1 << 2)
        public static let underline = Attributes(rawValue: 1 << 3)
    }

    public var foreground: Color
    public var background: Color
    public var attributes: Attributes

    public init(foreground: Color = .default, background: Color = .default, attributes: Attributes = []) {
        self.foreground = foreground
        self.background = background
        self.attributes = attributes
    }

    /// The terminal's default colours with no attributes.
    public static let plain = Style()
    /// Bold text in the default colours.
    public static let bold = Style(attributes: .bold)
    /// Dim text in the default colours.
    public static let dim = Style(attributes: .dim)
    /// Reversed video, used for the selected row and the text cursor.
    public static let reverse = Style(attributes: .reverse)
    /// Underlined text in the default colours.
    public static let underline = Style(attributes: .underline)

    /// This style with `attributes` added.
    public func adding(_ attributes: Attributes) -> Style {
        var copy = self
        copy.attributes.formUnion(attributes)
        return copy
    }

    /// This style with `other` laid over it: `other`'s non-default colours win and the attributes are united.
    public func patched(with other: Style) -> Style {
        Style(
            foreground: other.foreground == .default ? foreground : other.foreground,
            background: other.background == .default ? background : other.background,
            attributes: attributes.union(other.attributes)
        )
    }
}
