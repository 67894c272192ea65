/// Makes text from the library safe to show on a terminal: a title or a name read from a file must not be able to
/// move the cursor, change colours, retitle the window, hide the rest of a line or reverse it.
///
/// Control characters are shown visibly as `\u{1B}`: C0 controls (U+0000–U+001F, tab and line breaks included),
/// DEL, C1 controls (U+0080–U+009F), the bidirectional overrides, embeddings and isolates (U+202A–U+202E,
/// U+2066–U+2069, U+200E, U+200F, U+061C) and the Unicode line and paragraph separators (U+2028, U+2029). Letters
/// of every script (æ, ø, å, é, emoji) are kept as they are. The escaping is for reading, not for reading back: a
/// backslash in the data is not doubled.
///
/// Only terminal text goes through here. Files for other programs (JSON, CSV, HTML, iCalendar) escape in their own
/// way and keep the data exact.
public enum TerminalSafe {
    /// One field: every control character shown visibly, line breaks and tabs too, so that a field stays on its line.
    public static func escape(_ text: String) -> String {
        escaped(text, keeping: { _ in false })
    }

    /// A whole printout made of lines: the line feeds (and the form feeds between pages) that lay it out are kept,
    /// every other control character is shown visibly.
    public static func lines(_ text: String) -> String {
        escaped(text, keeping: { $0 == "\n" || $0 == "\u{0C}" })
    }

    /// A message for standard error: escaped like `lines`, NUL bytes never kept, and cut to `limit` characters
    /// with "…" (a damaged file must not produce a message of megabytes).
    public static func message(_ text: String, limit: Int = messageLimit) -> String {
        // Cut before escaping too, so that a value of megabytes is not escaped whole.
        cut(lines(cut(text, to: limit)), to: limit)
    }

    /// A value quoted in a message: escaped like a field, cut to `limit` characters with "…", in double quotes.
    public static func quote(_ value: String, limit: Int = quoteLimit) -> String {
        "\"" + field(value, limit: limit) + "\""
    }

    /// One field of a message: escaped like `escape` and cut to `limit` characters with "…".
    public static func field(_ text: String, limit: Int) -> String {
        cut(escape(cut(text, to: limit)), to: limit)
    }

    /// At most `limit` characters: the start of `text` and "…" when it is longer.
    public static func cut(_ text: String, to limit: Int) -> String {
        guard limit > 0 else { return "" }
        guard let end = text.index(text.startIndex, offsetBy: limit, limitedBy: text.endIndex), end < text.endIndex
        else { return text }
        return String(text[..<text.index(before: end)]) + "…"
    }

    /// How long a value quoted in a message may be.
    public static let quoteLimit = 80
    /// How long the explanation in one line of a message may be (a problem, a damaged file's message).
    public static let lineLimit = 300
    /// How long one message may be: a sentence with a few quoted values, or a short list of problems.
    public static let messageLimit = 1500

    /// Whether `scalar` is shown as an escape rather than as itself.
    public static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00...0x1F, 0x7F...0x9F: return true
        case 0x061C, 0x200E, 0x200F, 0x2028, 0x2029, 0x202A...0x202E, 0x2066...0x2069: return true
        default: return false
        }
    }

    private static func escaped(_ text: String, keeping kept: (Unicode.Scalar) -> Bool) -> String {
        guard text.unicodeScalars.contains(where: { isControl($0) && !kept($0) }) else { return text }
        var result = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if isControl(scalar) && !kept(scalar) {
                result.append(contentsOf: "\\u{\(String(scalar.value, radix: 16, uppercase: true))}".unicodeScalars)
            } else {
                result.append(scalar)
            }
        }
        return String(result)
    }
}
