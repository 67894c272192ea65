/// A place in a JSON text, as a person reading it in an editor would name it.
public struct JSONPosition: Sendable, Equatable, CustomStringConvertible {
    /// The line number, counting from 1.
    public var line: Int
    /// The column, counting from 1, in characters (Unicode scalars) from the start of the line.
    public var column: Int

    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }

    /// "line 12, column 5"
    public var description: String { "line \(line), column \(column)" }
}

/// The text is not well-formed JSON (RFC 8259).
///
/// `message` is a short, plain-English description such as "unterminated string"; `position` is where
/// the problem was found.
public struct JSONSyntaxError: Error, Sendable, CustomStringConvertible {
    public var position: JSONPosition
    public var message: String

    public init(position: JSONPosition, message: String) {
        self.position = position
        self.message = message
    }

    /// "line 3, column 14: unterminated string"
    public var description: String { "\(position): \(message)" }
}

/// Where a decoding problem is in the JSON text, and what it is in plain English.
///
/// ``FastJSONDecoder`` stores one as the `underlyingError` of every `DecodingError` it throws, so a
/// caller can report, say, `items.json line 12, column 5: expected a number for "price", found a string`.
public struct JSONPositionedError: Error, Sendable, CustomStringConvertible {
    public var position: JSONPosition
    /// For example `expected a number for "price", found a string`.
    public var message: String

    public init(position: JSONPosition, message: String) {
        self.position = position
        self.message = message
    }

    /// "line 12, column 5: expected a number for "price", found a string"
    public var description: String { "\(position): \(message)" }
}

extension JSONPosition {
    /// The position of the byte at `offset` in `text`.
    ///
    /// A line ends at `\n`, at `\r\n`, or at a lone `\r`. A leading byte order mark takes up no column.
    /// This walks the text from the start, so it is only meant for reporting errors.
    init(ofByte offset: Int, in text: UnsafePointer<UInt8>, count: Int) {
        var line = 1
        var column = 1
        var index = JSONPosition.hasByteOrderMark(text, count: count) ? 3 : 0
        let end = min(offset, count)
        while index < end {
            let byte = text[index]
            if byte == ASCII.newline {
                line += 1
                column = 1
            } else if byte == ASCII.carriageReturn {
                if index + 1 >= count || text[index + 1] != ASCII.newline {
                    line += 1
                    column = 1
                }
            } else if byte & 0xC0 != 0x80 {
                // Every byte except a UTF-8 continuation byte starts a new character.
                column += 1
            }
            index += 1
        }
        self.init(line: line, column: column)
    }

    static func hasByteOrderMark(_ text: UnsafePointer<UInt8>, count: Int) -> Bool {
        count >= 3 && text[0] == 0xEF && text[1] == 0xBB && text[2] == 0xBF
    }
}

/// Byte values the parser and decoder talk about.
enum ASCII {
    static let tab = UInt8(ascii: "\t")
    static let newline = UInt8(ascii: "\n")
    static let carriageReturn = UInt8(ascii: "\r")
    static let space = UInt8(ascii: " ")
    static let quote = UInt8(ascii: "\"")
    static let apostrophe = UInt8(ascii: "'")
    static let plus = UInt8(ascii: "+")
    static let comma = UInt8(ascii: ",")
    static let minus = UInt8(ascii: "-")
    static let period = UInt8(ascii: ".")
    static let slash = UInt8(ascii: "/")
    static let zero = UInt8(ascii: "0")
    static let nine = UInt8(ascii: "9")
    static let colon = UInt8(ascii: ":")
    static let openBracket = UInt8(ascii: "[")
    static let backslash = UInt8(ascii: "\\")
    static let closeBracket = UInt8(ascii: "]")
    static let openBrace = UInt8(ascii: "{")
    static let closeBrace = UInt8(ascii: "}")
    static let lowercaseE = UInt8(ascii: "e")
    static let lowercaseU = UInt8(ascii: "u")

    static func isDigit(_ byte: UInt8) -> Bool { byte &- zero < 10 }
}
