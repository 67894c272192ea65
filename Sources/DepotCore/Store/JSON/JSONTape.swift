import Foundation

/// A parsed JSON document: an owned copy of the text and the flat tape of tokens describing it.
///
/// The text is copied (with zero padding, see ``JSONParser``) so the tape and every decoder built on
/// it stay valid for as long as anything holds on to the tape, whatever happens to the caller's buffer.
///
/// Nothing changes a tape once it is parsed: its memory is only read, so any number of threads may decode
/// from it at once (hence `@unchecked Sendable`).
final class JSONTape: @unchecked Sendable {
    /// Zero bytes kept after the text so scanning loops stop without bounds checks.
    static let padding = 16

    /// The UTF-8 text, followed by ``padding`` zero bytes.
    let text: UnsafeMutablePointer<UInt8>
    /// The length of the text, without the padding.
    let byteCount: Int
    let tokens: UnsafeMutablePointer<JSONToken>
    let tokenCount: Int

    /// Parses `source`, which must be UTF-8 JSON text.
    init(parsing source: UnsafeRawBufferPointer) throws(JSONSyntaxError) {
        guard source.count < Int(UInt32.max) - Self.padding else {
            throw JSONSyntaxError(
                position: JSONPosition(line: 1, column: 1), message: "the text is too large (over 4 GB)")
        }
        let text = UnsafeMutablePointer<UInt8>.allocate(capacity: source.count + Self.padding)
        if let sourceBase = source.baseAddress {
            UnsafeMutableRawPointer(text).copyMemory(from: sourceBase, byteCount: source.count)
        }
        (text + source.count).initialize(repeating: 0, count: Self.padding)
        let tokens: JSONTokenBuffer
        do throws(JSONSyntaxError) {
            tokens = try JSONParser(text: text, count: source.count).parse()
        } catch {
            text.deallocate()
            throw error
        }
        self.text = text
        self.byteCount = source.count
        self.tokens = tokens.base
        self.tokenCount = tokens.count
    }

    deinit {
        text.deallocate()
        tokens.deallocate()
    }

    /// The tape index of the top-level value.
    var rootIndex: Int { 0 }

    /// The tape index of a `null` token that is not part of the document; it stands in for values
    /// that are absent, such as a missing `super` key.
    var absentValueIndex: Int { tokenCount - 1 }

    /// The tape index of the value that follows the value at `index` (its next sibling, or whatever
    /// comes after its container).
    func index(after index: Int) -> Int {
        let token = tokens[index]
        return token.isContainer ? Int(token.end) : index + 1
    }

    // MARK: Strings

    /// The text of the string token at `index`, with escapes resolved.
    func string(at index: Int) -> String {
        let token = tokens[index]
        let bytes = UnsafeBufferPointer(start: text + Int(token.start), count: Int(token.end - token.start))
        if !token.flags.contains(.escaped) {
            return String(decoding: bytes, as: UTF8.self)
        }
        return JSONTape.unescape(bytes)
    }

    /// Resolves the escapes of a string the parser has already validated. The result is never longer
    /// than the escaped text, so it is written straight into the new string's storage.
    private static func unescape(_ escaped: UnsafeBufferPointer<UInt8>) -> String {
        String(unsafeUninitializedCapacity: escaped.count) { output in
            var read = 0
            var written = 0
            func write(_ byte: UInt8) {
                output[written] = byte
                written += 1
            }
            while read < escaped.count {
                let byte = escaped[read]
                guard byte == ASCII.backslash else {
                    write(byte)
                    read += 1
                    continue
                }
                let letter = escaped[read + 1]
                read += 2
                switch letter {
                case UInt8(ascii: "b"): write(0x08)
                case UInt8(ascii: "f"): write(0x0C)
                case UInt8(ascii: "n"): write(ASCII.newline)
                case UInt8(ascii: "r"): write(ASCII.carriageReturn)
                case UInt8(ascii: "t"): write(ASCII.tab)
                case ASCII.lowercaseU:
                    var scalar = hexQuad(escaped, at: read)
                    read += 4
                    if UTF16.isLeadSurrogate(UInt16(scalar)) {
                        let trail = hexQuad(escaped, at: read + 2)
                        read += 6
                        scalar = 0x10000 + ((scalar - 0xD800) << 10) + (trail - 0xDC00)
                    }
                    for unit in UTF8.encode(Unicode.Scalar(scalar) ?? "\u{FFFD}")! {
                        write(unit)
                    }
                default: write(letter)  // \" \\ \/
                }
            }
            return written
        }
    }

    private static func hexQuad(_ bytes: UnsafeBufferPointer<UInt8>, at offset: Int) -> UInt32 {
        var value: UInt32 = 0
        for index in offset..<offset + 4 {
            value = value << 4 | UInt32(hexDigitValue(bytes[index]) ?? 0)
        }
        return value
    }

    // MARK: Object members

    /// The tape index of the value of the first member of the object at `objectIndex` whose key is
    /// `name`, or `nil` if there is none. Keys compare like Swift strings (canonical equivalence),
    /// with a byte comparison for the usual all-ASCII case.
    func memberValueIndex(named name: UnsafeBufferPointer<UInt8>, inObjectAt objectIndex: Int) -> Int? {
        let nameIsASCII = name.allSatisfy { $0 < 0x80 }
        var keyIndex = objectIndex + 1
        let end = Int(tokens[objectIndex].end)
        while keyIndex < end {
            let key = tokens[keyIndex]
            if key.flags.isEmpty && nameIsASCII {
                if Int(key.end - key.start) == name.count && bytesEqual(text + Int(key.start), name) {
                    return keyIndex + 1
                }
            } else if string(at: keyIndex) == String(decoding: name, as: UTF8.self) {
                return keyIndex + 1
            }
            keyIndex = index(after: keyIndex + 1)
        }
        return nil
    }

    /// Whether the `name.count` bytes at `bytes` are the bytes of `name`. Keys are short, so a plain
    /// loop beats calling `memcmp`.
    private func bytesEqual(_ bytes: UnsafePointer<UInt8>, _ name: UnsafeBufferPointer<UInt8>) -> Bool {
        for offset in 0..<name.count where bytes[offset] != name[offset] {
            return false
        }
        return true
    }

    /// Calls `body` with the tape indices of each key and value of the object at `objectIndex`, in
    /// document order.
    func forEachMember(ofObjectAt objectIndex: Int, _ body: (_ keyIndex: Int, _ valueIndex: Int) throws -> Void)
        rethrows
    {
        var keyIndex = objectIndex + 1
        let end = Int(tokens[objectIndex].end)
        while keyIndex < end {
            try body(keyIndex, keyIndex + 1)
            keyIndex = index(after: keyIndex + 1)
        }
    }

    // MARK: Positions

    /// Where the value at `index` starts (for a string, its opening quote).
    func position(ofTokenAt index: Int) -> JSONPosition {
        let token = tokens[index]
        let offset = token.kind == .string ? Int(token.start) - 1 : Int(token.start)
        return JSONPosition(ofByte: offset, in: text, count: byteCount)
    }

    /// The raw text of the number token at `index`.
    func numberText(at index: Int) -> UnsafeBufferPointer<UInt8> {
        let token = tokens[index]
        return UnsafeBufferPointer(start: text + Int(token.start), count: Int(token.end - token.start))
    }
}
