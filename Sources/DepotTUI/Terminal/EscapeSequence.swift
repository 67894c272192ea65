/// Reads the VT100/xterm key sequences that curses passes on as separate keys when `TERM` does not describe the
/// terminal (`TERM=xterm` or `vt100` inside tmux or screen): Home arrives as Esc `[` `1` `~`, not as a key.
///
/// Known: `Esc [ n ~` (1/7 Home, 2 Insert, 3 Delete, 4/8 End, 5 PgUp, 6 PgDn, 11–15 F1–F5, 17–21 F6–F10,
/// 23–24 F11–F12), `Esc [ A…D/H/F/Z` and `Esc O A…D/H/F/P…S/M` (arrows, Home, End, Shift-Tab, F1–F4, keypad
/// Enter), `Esc [ [ A…E` (F1–F5 on the Linux console); modifiers (`Esc [ 1 ; 5 H`) are ignored. A complete
/// sequence that means no key (a mouse report, pasted-text markers) is swallowed rather than typed.
public enum EscapeSequence {
    /// What the keys after an Esc make so far.
    public enum Match: Hashable, Sendable {
        /// A whole sequence: this key, or nothing when it means no key Depot knows.
        case key(Key?)
        /// The start of a sequence: read on.
        case incomplete
        /// Not a sequence: the Esc was pressed on its own, and the keys are themselves.
        case none
    }

    /// The most keys after Esc that are read before deciding it is no sequence.
    public static let longest = 12
    /// How long to wait for the next key of a sequence, in milliseconds; the keys of one sequence arrive together.
    public static let keyGap = 15

    /// Matches the keys that followed an Esc.
    public static func match(_ keys: [Key]) -> Match {
        var characters: [Character] = []
        for key in keys {
            guard case .character(let character) = key, character.isASCII else { return .none }
            characters.append(character)
        }
        guard let introducer = characters.first else { return .incomplete }
        let rest = Array(characters.dropFirst())
        switch introducer {
        case "O": return ss3(rest)
        case "[": return csi(rest)
        default: return .none
        }
    }

    private static func ss3(_ rest: [Character]) -> Match {
        guard let final = rest.first else { return .incomplete }
        guard rest.count == 1 else { return .none }
        switch final {
        case "A": return .key(.up)
        case "B": return .key(.down)
        case "C": return .key(.right)
        case "D": return .key(.left)
        case "H": return .key(.home)
        case "F": return .key(.end)
        case "M": return .key(.enter)
        case "P", "Q", "R", "S": return .key(functionKey(final, in: "PQRS"))
        default: return .key(nil)
        }
    }

    private static func csi(_ rest: [Character]) -> Match {
        if rest.first == "[" {
            guard rest.count >= 2 else { return .incomplete }
            guard rest.count == 2 else { return .none }
            switch rest[1] {
            case "A", "B", "C", "D", "E":
                return .key(functionKey(rest[1], in: "ABCDE"))
            default: return .key(nil)
            }
        }
        var parameters = ""
        for (index, character) in rest.enumerated() {
            let value = character.asciiValue ?? 0
            switch value {
            case 0x30...0x3F:
                parameters.append(character)
            case 0x20...0x2F:
                continue
            case 0x40...0x7E:
                guard index == rest.count - 1 else { return .none }
                return .key(csiKey(final: character, parameters: parameters))
            default:
                return .none
            }
        }
        return .incomplete
    }

    private static func csiKey(final: Character, parameters: String) -> Key? {
        let numbers = parameters.split(separator: ";", omittingEmptySubsequences: false).map { Int($0) }
        let first = numbers.first ?? nil
        switch final {
        case "A": return .up
        case "B": return .down
        case "C": return .right
        case "D": return .left
        case "H": return .home
        case "F": return .end
        case "Z": return .backTab
        case "P", "Q", "R", "S":
            // `Esc [ 1 ; 2 P` is Shift-F1 on xterm; plain `Esc [ P` is not a key.
            guard first == 1 else { return nil }
            return functionKey(final, in: "PQRS")
        case "~":
            guard let first else { return nil }
            return tildeKey(first)
        default: return nil
        }
    }

    /// F1 for the first letter of `letters`, F2 for the second, ...
    private static func functionKey(_ letter: Character, in letters: String) -> Key? {
        guard let index = letters.firstIndex(of: letter) else { return nil }
        return .function(letters.distance(from: letters.startIndex, to: index) + 1)
    }

    private static func tildeKey(_ number: Int) -> Key? {
        switch number {
        case 1, 7: .home
        case 2: .insert
        case 3: .delete
        case 4, 8: .end
        case 5: .pageUp
        case 6: .pageDown
        case 11...15: .function(number - 10)
        case 17...21: .function(number - 11)
        case 23, 24: .function(number - 12)
        default: nil
        }
    }
}
