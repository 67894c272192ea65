/// A single-pass, strict (RFC 8259) JSON parser that writes a ``JSONToken`` tape.
///
/// The text must be followed by at least ``JSONTape/padding`` zero bytes. A zero byte is neither
/// whitespace, nor part of a number, nor allowed unescaped in a string, so every scanning loop stops
/// at the end of the text by itself; the loops need no bounds checks, and the string scanner can read
/// eight bytes at a time.
///
/// Nesting is tracked on an explicit stack, so deeply nested input cannot overflow the call stack.
struct JSONParser {
    private let text: UnsafePointer<UInt8>
    private let count: Int
    private var position = 0
    private var tokens: JSONTokenBuffer
    /// Tape indices of the objects and arrays that are open at `position`, innermost last.
    private var openContainers: [Int] = []

    init(text: UnsafePointer<UInt8>, count: Int) {
        self.text = text
        self.count = count
        // Typical documents have a token every eight to ten bytes; the buffer grows if needed.
        tokens = JSONTokenBuffer(capacity: count / 8)
    }

    /// Parses the whole text. The returned tokens end with an extra `null` token (standing in for
    /// absent values); the caller owns them.
    consuming func parse() throws(JSONSyntaxError) -> JSONTokenBuffer {
        do throws(JSONSyntaxError) {
            try parseDocument()
        } catch {
            tokens.deallocate()
            throw error
        }
        tokens.append(JSONToken(kind: .null, start: count))
        return tokens
    }

    private mutating func parseDocument() throws(JSONSyntaxError) {
        if JSONPosition.hasByteOrderMark(text, count: count) {
            position = 3
        }
        skipWhitespace()
        if position >= count {
            throw syntaxError("expected a JSON value, but the text is empty")
        }
        try parseValue()
        skipWhitespace()
        if position < count {
            throw syntaxError("trailing characters after the JSON value")
        }
    }

    /// Parses one value, including everything nested in it.
    private mutating func parseValue() throws(JSONSyntaxError) {
        nextValue: while true {
            skipWhitespace()
            switch text[position] {
            case ASCII.openBrace:
                if openContainer(.object, closedBy: ASCII.closeBrace) {
                    try parseKey(afterComma: false)
                    continue nextValue
                }
            case ASCII.openBracket:
                if openContainer(.array, closedBy: ASCII.closeBracket) {
                    continue nextValue
                }
            case ASCII.quote:
                try parseString()
            case ASCII.minus, ASCII.zero...ASCII.nine:
                try parseNumber()
            case UInt8(ascii: "t"):
                try parseLiteral("true", kind: .true)
            case UInt8(ascii: "f"):
                try parseLiteral("false", kind: .false)
            case UInt8(ascii: "n"):
                try parseLiteral("null", kind: .null)
            default:
                throw unexpectedCharacterWhereValueExpected()
            }

            // A value is complete. Close the containers it completes, then go on to the next value.
            while let container = openContainers.last {
                skipWhitespace()
                let byte = text[position]
                let isObject = tokens[container].kind == .object
                if byte == ASCII.comma {
                    let commaPosition = position
                    position &+= 1
                    tokens[container].count += 1
                    skipWhitespace()
                    if isObject {
                        try parseKey(afterComma: true)
                    } else if text[position] == ASCII.closeBracket {
                        throw syntaxError("a comma before ']' is not allowed (trailing comma)", at: commaPosition)
                    }
                    continue nextValue
                }
                if byte == (isObject ? ASCII.closeBrace : ASCII.closeBracket) {
                    position &+= 1
                    tokens[container].end = UInt32(truncatingIfNeeded: tokens.count)
                    openContainers.removeLast()
                    continue
                }
                throw missingSeparator(inObject: isObject, openedAt: Int(tokens[container].start))
            }
            return
        }
    }

    /// Writes the token of an object or array starting at `position`. Returns `true` when the
    /// container has content to parse, `false` when it is empty (and already closed).
    private mutating func openContainer(_ kind: JSONToken.Kind, closedBy closer: UInt8) -> Bool {
        let index = tokens.append(JSONToken(kind: kind, start: position))
        position &+= 1
        skipWhitespace()
        if text[position] == closer {
            position &+= 1
            tokens[index].end = UInt32(truncatingIfNeeded: tokens.count)
            return false
        }
        tokens[index].count = 1
        openContainers.append(index)
        return true
    }

    /// Parses an object key and the colon after it. Whitespace before the key is already skipped.
    private mutating func parseKey(afterComma: Bool) throws(JSONSyntaxError) {
        let byte = text[position]
        guard byte == ASCII.quote else {
            if afterComma && byte == ASCII.closeBrace {
                throw syntaxError("a comma before '}' is not allowed (trailing comma)", at: lastComma(before: position))
            }
            if byte == ASCII.apostrophe {
                throw syntaxError("object keys must be in double quotes, not single quotes")
            }
            if position >= count {
                throw syntaxError("unexpected end of the text inside an object, expected a key")
            }
            throw syntaxError("expected a key in double quotes, found \(describeCharacter(at: position))")
        }
        try parseString()
        skipWhitespace()
        guard text[position] == ASCII.colon else {
            if position >= count {
                throw syntaxError("unexpected end of the text, expected ':' after an object key")
            }
            throw syntaxError("expected ':' after an object key, found \(describeCharacter(at: position))")
        }
        position &+= 1
    }

    // MARK: Strings

    @inline(__always)
    private mutating func parseString() throws(JSONSyntaxError) {
        let quotePosition = position
        var flags: JSONToken.Flags = []
        // The scan works on a local copy of the position, which can stay in a register.
        var end = Self.endOfPlainStringBytes(in: text, from: quotePosition &+ 1)
        while text[end] != ASCII.quote {
            position = end
            try skipSpecialStringByte(inStringAt: quotePosition, flags: &flags)
            end = Self.endOfPlainStringBytes(in: text, from: position)
        }
        tokens.append(JSONToken(kind: .string, flags: flags, start: quotePosition + 1, end: end))
        position = end &+ 1
    }

    /// Handles the byte at `position` inside a string that is not plain text and not the closing quote:
    /// an escape, a multi-byte character, or an error.
    private mutating func skipSpecialStringByte(
        inStringAt quotePosition: Int, flags: inout JSONToken.Flags
    ) throws(JSONSyntaxError) {
        let byte = text[position]
        if byte == ASCII.backslash {
            flags.insert(.escaped)
            try skipEscape(inStringAt: quotePosition)
        } else if byte >= 0x80 {
            flags.insert(.nonASCII)
            try skipMultiByteCharacter()
        } else if position >= count {
            throw syntaxError("unterminated string", at: quotePosition)
        } else if byte == ASCII.newline || byte == ASCII.carriageReturn {
            throw syntaxError("unterminated string (a string cannot contain a line break)", at: quotePosition)
        } else {
            throw syntaxError("control character \(hex: UInt32(byte)) must be escaped inside a string")
        }
    }

    /// The offset of the first byte at or after `start` that needs attention inside a string: `"`, `\`,
    /// a control character or a non-ASCII byte. Works eight bytes at a time.
    @inline(__always)
    private static func endOfPlainStringBytes(in text: UnsafePointer<UInt8>, from start: Int) -> Int {
        var offset = start
        while true {
            let word = UInt64(littleEndian: UnsafeRawPointer(text + offset).loadUnaligned(as: UInt64.self))
            let special = specialStringBytes(in: word)
            if special != 0 {
                return offset &+ special.trailingZeroBitCount &>> 3
            }
            offset &+= 8
        }
    }

    /// Sets the high bit of each byte of `word` that is `"`, `\`, below 0x20 or above 0x7F. Bytes above
    /// the first such byte may be flagged wrongly, so only the lowest flag is meaningful.
    @inline(__always)
    private static func specialStringBytes(in word: UInt64) -> UInt64 {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highBits: UInt64 = 0x8080_8080_8080_8080
        let quotes = word ^ (ones &* UInt64(ASCII.quote))
        let backslashes = word ^ (ones &* UInt64(ASCII.backslash))
        let isQuote = (quotes &- ones) & ~quotes
        let isBackslash = (backslashes &- ones) & ~backslashes
        let isControl = (word &- ones &* 0x20) & ~word
        return (isQuote | isBackslash | isControl | word) & highBits
    }

    private mutating func skipEscape(inStringAt quotePosition: Int) throws(JSONSyntaxError) {
        let escapeStart = position
        let letter = text[position + 1]
        switch letter {
        case ASCII.quote, ASCII.backslash, ASCII.slash, UInt8(ascii: "b"), UInt8(ascii: "f"), UInt8(ascii: "n"),
            UInt8(ascii: "r"), UInt8(ascii: "t"):
            position += 2
        case ASCII.lowercaseU:
            guard let unit = hexQuad(at: position + 2) else {
                throw syntaxError("invalid escape: \\u must be followed by four hexadecimal digits")
            }
            position += 6
            if UTF16.isLeadSurrogate(unit) {
                guard text[position] == ASCII.backslash, text[position + 1] == ASCII.lowercaseU,
                    let trail = hexQuad(at: position + 2), UTF16.isTrailSurrogate(trail)
                else {
                    throw syntaxError(
                        "invalid escape: \\u\(hexDigits(unit)) is the first half of a surrogate pair "
                            + "but no second half follows", at: escapeStart)
                }
                position += 6
            } else if UTF16.isTrailSurrogate(unit) {
                throw syntaxError(
                    "invalid escape: \\u\(hexDigits(unit)) is the second half of a surrogate pair "
                        + "without a first half", at: escapeStart)
            }
        default:
            if position + 1 >= count {
                throw syntaxError("unterminated string", at: quotePosition)
            }
            throw syntaxError("invalid escape \\\(describeRawCharacter(at: position + 1))")
        }
    }

    /// The value of the four hexadecimal digits at `offset`, or `nil` if they are not four hex digits.
    private func hexQuad(at offset: Int) -> UInt16? {
        var value: UInt16 = 0
        for index in offset..<offset + 4 {
            guard let digit = hexDigitValue(text[index]) else { return nil }
            value = value << 4 | UInt16(digit)
        }
        return value
    }

    /// Validates the UTF-8 sequence that starts with the non-ASCII byte at `position`, and skips it.
    private mutating func skipMultiByteCharacter() throws(JSONSyntaxError) {
        let length = validUTF8SequenceLength(at: position)
        guard length > 0 else {
            throw syntaxError("the text is not valid UTF-8 (byte \(hex: UInt32(text[position]), prefix: "0x"))")
        }
        position += length
    }

    /// The length of the well-formed UTF-8 sequence starting at `offset`, or 0 if it is malformed.
    /// Reading past the text is safe: the zero padding is never a continuation byte.
    private func validUTF8SequenceLength(at offset: Int) -> Int {
        func isContinuation(_ byte: UInt8) -> Bool { byte & 0xC0 == 0x80 }
        let lead = text[offset]
        let second = text[offset + 1]
        switch lead {
        case 0xC2...0xDF:
            return isContinuation(second) ? 2 : 0
        case 0xE0...0xEF:
            let secondRange: ClosedRange<UInt8> =
                switch lead {
                case 0xE0: 0xA0...0xBF  // no overlong forms
                case 0xED: 0x80...0x9F  // no surrogates
                default: 0x80...0xBF
                }
            return secondRange.contains(second) && isContinuation(text[offset + 2]) ? 3 : 0
        case 0xF0...0xF4:
            let secondRange: ClosedRange<UInt8> =
                switch lead {
                case 0xF0: 0x90...0xBF  // no overlong forms
                case 0xF4: 0x80...0x8F  // nothing above U+10FFFF
                default: 0x80...0xBF
                }
            let isValid =
                secondRange.contains(second) && isContinuation(text[offset + 2]) && isContinuation(text[offset + 3])
            return isValid ? 4 : 0
        default:
            return 0
        }
    }

    // MARK: Numbers and literals

    private mutating func parseNumber() throws(JSONSyntaxError) {
        let start = position
        var flags: JSONToken.Flags = []
        if text[position] == ASCII.minus {
            position &+= 1
        }
        let firstDigit = text[position]
        if firstDigit == ASCII.zero {
            position &+= 1
            if ASCII.isDigit(text[position]) {
                throw syntaxError("a number cannot start with 0 followed by more digits", at: start)
            }
        } else if ASCII.isDigit(firstDigit) {
            skipDigits()
        } else {
            throw syntaxError("expected a digit after '-', found \(describeCharacter(at: position))")
        }
        if text[position] == ASCII.period {
            flags.insert(.fractionOrExponent)
            position &+= 1
            guard ASCII.isDigit(text[position]) else {
                throw syntaxError("expected a digit after the decimal point, found \(describeCharacter(at: position))")
            }
            skipDigits()
        }
        if text[position] | 0x20 == ASCII.lowercaseE {
            flags.insert(.fractionOrExponent)
            position &+= 1
            if text[position] == ASCII.plus || text[position] == ASCII.minus {
                position &+= 1
            }
            guard ASCII.isDigit(text[position]) else {
                throw syntaxError("expected a digit in the exponent, found \(describeCharacter(at: position))")
            }
            skipDigits()
        }
        tokens.append(JSONToken(kind: .number, flags: flags, start: start, end: position))
    }

    @inline(__always)
    private mutating func skipDigits() {
        while ASCII.isDigit(text[position]) {
            position &+= 1
        }
    }

    private mutating func parseLiteral(_ word: StaticString, kind: JSONToken.Kind) throws(JSONSyntaxError) {
        let bytes = UnsafeBufferPointer(start: word.utf8Start, count: word.utf8CodeUnitCount)
        for (offset, byte) in bytes.enumerated() where text[position + offset] != byte {
            throw syntaxError("invalid value, expected '\(word)'")
        }
        tokens.append(JSONToken(kind: kind, start: position))
        position += bytes.count
    }

    @inline(__always)
    private mutating func skipWhitespace() {
        while true {
            switch text[position] {
            case ASCII.space, ASCII.newline, ASCII.carriageReturn, ASCII.tab:
                position &+= 1
            default:
                return
            }
        }
    }

    // MARK: Errors

    private func syntaxError(_ message: String, at offset: Int? = nil) -> JSONSyntaxError {
        let position = JSONPosition(ofByte: offset ?? self.position, in: text, count: count)
        return JSONSyntaxError(position: position, message: message)
    }

    private func unexpectedCharacterWhereValueExpected() -> JSONSyntaxError {
        if position >= count {
            return syntaxError("unexpected end of the text, expected a value")
        }
        switch text[position] {
        case ASCII.slash:
            return syntaxError("comments are not allowed in JSON")
        case ASCII.apostrophe:
            return syntaxError("strings must be in double quotes, not single quotes")
        default:
            return syntaxError("expected a value, found \(describeCharacter(at: position))")
        }
    }

    private func missingSeparator(inObject: Bool, openedAt openOffset: Int) -> JSONSyntaxError {
        let (name, closer) = inObject ? ("object", "}") : ("array", "]")
        if position >= count {
            let opened = JSONPosition(ofByte: openOffset, in: text, count: count)
            return syntaxError("unexpected end of the text: the \(name) opened at \(opened) is missing its '\(closer)'")
        }
        let after = inObject ? "an object member" : "an array element"
        return syntaxError("expected ',' or '\(closer)' after \(after), found \(describeCharacter(at: position))")
    }

    /// The offset of the comma that precedes `offset`, skipping whitespace.
    private func lastComma(before offset: Int) -> Int {
        var index = offset - 1
        while index > 0 && text[index] != ASCII.comma {
            index -= 1
        }
        return index
    }

    /// The character at `offset` for an error message: `'x'`, or words for invisible ones.
    private func describeCharacter(at offset: Int) -> String {
        if offset >= count {
            return "the end of the text"
        }
        let byte = text[offset]
        if byte < 0x20 || byte == 0x7F {
            return "control character \(hex: UInt32(byte))"
        }
        return "'\(describeRawCharacter(at: offset))'"
    }

    /// The character at `offset` as it would print, or its byte value if it is not valid UTF-8.
    private func describeRawCharacter(at offset: Int) -> String {
        let byte = text[offset]
        if byte < 0x80 {
            return String(UnicodeScalar(byte))
        }
        let length = validUTF8SequenceLength(at: offset)
        guard length > 0 else { return "(byte \(hex: UInt32(byte), prefix: "0x"))" }
        return String(decoding: UnsafeBufferPointer(start: text + offset, count: length), as: UTF8.self)
    }
}

func hexDigitValue(_ byte: UInt8) -> UInt8? {
    switch byte {
    case ASCII.zero...ASCII.nine: byte - ASCII.zero
    case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
    case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
    default: nil
    }
}

/// Four uppercase hexadecimal digits, as in `D83D`.
private func hexDigits(_ unit: UInt16) -> String {
    let digits = String(unit, radix: 16, uppercase: true)
    return String(repeating: "0", count: 4 - digits.count) + digits
}

extension String.StringInterpolation {
    /// `\(hex: 0x1F)` gives "U+001F"; `\(hex: 0xC3, prefix: "0x")` gives "0xC3".
    fileprivate mutating func appendInterpolation(hex value: UInt32, prefix: String = "U+") {
        let digits = String(value, radix: 16, uppercase: true)
        let width = prefix == "U+" ? 4 : 2
        appendLiteral(prefix + String(repeating: "0", count: max(0, width - digits.count)) + digits)
    }
}
