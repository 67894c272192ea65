import CNCurses

/// Turns what curses' `get_wch` returns into a `Key`.
///
/// `get_wch` gives a status and a code: status `OK` with a character code, or status `KEY_CODE_YES` with one of
/// curses' `KEY_…` codes for a special key. Keeping this mapping pure makes it testable without a terminal.
public enum KeyDecoder {
    /// The status `get_wch` returns for a character.
    public static let characterStatus = OK
    /// The status `get_wch` returns for a special key.
    public static let keyCodeStatus = KEY_CODE_YES

    /// The key for a `get_wch` result, or `nil` for an error status or a code with no `Key` equivalent.
    public static func decode(status: Int32, code: UInt32) -> Key? {
        switch status {
        case characterStatus: character(code)
        case keyCodeStatus: specialKey(Int32(truncatingIfNeeded: code))
        default: nil
        }
    }

    private static func character(_ code: UInt32) -> Key? {
        switch code {
        case 8, 127: return .backspace
        case 9: return .tab
        case 10, 13: return .enter
        case 27: return .escape
        case 1...26: return .control(Character(Unicode.Scalar(UInt8(code) + 0x60)))
        case 0...31: return nil
        default:
            guard let scalar = Unicode.Scalar(code) else { return nil }
            return .character(Character(scalar))
        }
    }

    private static func specialKey(_ code: Int32) -> Key? {
        switch code {
        case KEY_UP: .up
        case KEY_DOWN: .down
        case KEY_LEFT: .left
        case KEY_RIGHT: .right
        case KEY_PPAGE: .pageUp
        case KEY_NPAGE: .pageDown
        case KEY_HOME: .home
        case KEY_END: .end
        case KEY_BACKSPACE: .backspace
        case KEY_DC: .delete
        case KEY_IC: .insert
        case KEY_BTAB: .backTab
        case KEY_ENTER: .enter
        case KEY_RESIZE: .resize
        case (KEY_F0 + 1)...(KEY_F0 + 63): .function(Int(code - KEY_F0))
        default: nil
        }
    }
}
