/// A key press, or a change of the terminal's size, as the screens see it.
public enum Key: Sendable, Hashable {
    /// A printable character, including space.
    case character(Character)
    case enter
    case escape
    case tab
    /// Shift-Tab.
    case backTab
    case backspace
    case delete
    case insert
    case up
    case down
    case left
    case right
    case pageUp
    case pageDown
    case home
    case end
    /// F1 to F63.
    case function(Int)
    /// Ctrl with a letter, in lower case: Ctrl-S is `.control("s")`. Ctrl-H, Ctrl-I, Ctrl-J and Ctrl-M arrive as
    /// `.backspace`, `.tab` and `.enter`, because terminals send the same bytes for them.
    case control(Character)
    /// The terminal was resized: re-read its size and redraw everything.
    case resize
}
