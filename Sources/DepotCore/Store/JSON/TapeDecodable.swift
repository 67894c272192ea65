/// A record that `FastJSONDecoder` reads straight from the tape: its members are walked once in document order and
/// matched by their bytes, and each value is read for the field's own type, with no keyed container, no look-up of
/// keys by name and no run-time type tests.
///
/// The reader only handles a record in its plain, valid shape. Anything else (a missing or `null` required field, a
/// value of the wrong kind, a duplicated or escaped key, a nested value it does not read) makes it throw
/// ``TapeShapeMismatch``; the decoder then decodes the record again through its `init(from:)`, which accepts
/// exactly what it accepted before and says what is wrong with file, line, column and field. So the reader decides
/// nothing about what a valid record is: `init(from:)` stays the one description of the format, and the tests check
/// that the reader gives the same values (`TapeDecodableTests`).
protocol TapeDecodable: Decodable, JSONFastPath {
    /// The record in the object at `objectIndex`. Throws rather than returning nil, as ``TextDecodable`` does: the
    /// decoder calls this without knowing the type at compile time.
    init(tape: TapeReader, objectAt objectIndex: Int) throws(TapeShapeMismatch)
    /// The keys the reader reads, in the order the store writes them (sorted, so each is found at the first try). The
    /// tests check them against the record's stored properties, so that a field added to the record is not silently
    /// left out.
    static var tapeKeys: [StaticString] { get }
}

/// The record is not in the shape its tape reader reads; its `init(from:)` decodes it instead.
struct TapeShapeMismatch: Error {}

/// Reads values of a record's fields from a parsed document for a ``TapeDecodable`` record.
struct TapeReader {
    let tape: JSONTape

    /// Calls `body` with the number of each member's key in `keys` (or nil for a key the record does not read) and the
    /// tape index of its value. Throws if the value at `objectIndex` is not an object, or a key is escaped or comes
    /// twice (the first would win: `init(from:)` sorts that out).
    ///
    /// The search for a key starts after the key found before it, so keys in the order of `keys` (the store writes
    /// them sorted) are each found at the first try.
    @inline(__always)
    func forEachMember(
        ofObjectAt objectIndex: Int, keys: [StaticString],
        _ body: (_ key: Int?, _ valueIndex: Int) throws(TapeShapeMismatch) -> Void
    ) throws(TapeShapeMismatch) {
        let object = tape.tokens[objectIndex]
        guard object.kind == .object else { throw TapeShapeMismatch() }
        var seen: UInt64 = 0
        var next = 0
        var keyIndex = objectIndex + 1
        let end = Int(object.end)
        while keyIndex < end {
            let key = tape.tokens[keyIndex]
            guard key.flags.isEmpty else { throw TapeShapeMismatch() }
            let start = tape.text + Int(key.start)
            let length = Int(key.end - key.start)
            var found: Int?
            var number = next
            for _ in 0..<keys.count {
                let name = keys[number]
                if name.utf8CodeUnitCount == length && Self.equal(start, name.utf8Start, length) {
                    found = number
                    break
                }
                number = number + 1 == keys.count ? 0 : number + 1
            }
            if let found {
                next = found + 1 == keys.count ? 0 : found + 1
                let bit: UInt64 = 1 << UInt64(found)
                guard seen & bit == 0 else { throw TapeShapeMismatch() }
                seen |= bit
            }
            try body(found, keyIndex + 1)
            keyIndex = tape.index(after: keyIndex + 1)
        }
    }

    @inline(__always)
    private static func equal(_ left: UnsafePointer<UInt8>, _ right: UnsafePointer<UInt8>, _ count: Int) -> Bool {
        for offset in 0..<count where left[offset] != right[offset] {
            return false
        }
        return true
    }

    // MARK: Values

    func isNull(_ index: Int) -> Bool { tape.tokens[index].kind == .null }

    /// The bytes of the string at `index`, unescaped only if they need it.
    @inline(__always)
    private func withStringBytes<T>(
        _ index: Int, _ body: (UnsafeBufferPointer<UInt8>) throws(TapeShapeMismatch) -> T
    ) throws(TapeShapeMismatch) -> T {
        let token = tape.tokens[index]
        guard token.kind == .string else { throw TapeShapeMismatch() }
        guard token.flags.contains(.escaped) else {
            return try body(
                UnsafeBufferPointer(start: tape.text + Int(token.start), count: Int(token.end - token.start)))
        }
        var text = tape.string(at: index)
        do {
            return try text.withUTF8 { bytes in try body(bytes) }
        } catch {
            throw TapeShapeMismatch()
        }
    }

    func string(_ index: Int) throws(TapeShapeMismatch) -> String {
        guard tape.tokens[index].kind == .string else { throw TapeShapeMismatch() }
        return tape.string(at: index)
    }

    func optionalString(_ index: Int) throws(TapeShapeMismatch) -> String? {
        isNull(index) ? nil : try string(index)
    }

    func identifier<Subject>(_ index: Int) throws(TapeShapeMismatch) -> Identifier<Subject> {
        Identifier(try string(index))
    }

    /// A list of identifiers, each a string.
    func identifiers<Subject>(_ index: Int) throws(TapeShapeMismatch) -> [Identifier<Subject>] {
        try array(index) { element throws(TapeShapeMismatch) in try identifier(element) }
    }

    /// A list whose elements `element` reads from their tape indices.
    func array<Element>(
        _ index: Int, _ element: (Int) throws(TapeShapeMismatch) -> Element
    ) throws(TapeShapeMismatch) -> [Element] {
        let token = tape.tokens[index]
        guard token.kind == .array else { throw TapeShapeMismatch() }
        var result: [Element] = []
        result.reserveCapacity(Int(token.count))
        var elementIndex = index + 1
        for _ in 0..<Int(token.count) {
            result.append(try element(elementIndex))
            elementIndex = tape.index(after: elementIndex)
        }
        return result
    }

    /// A day read from the string's bytes, with no string made for it.
    func day(_ index: Int) throws(TapeShapeMismatch) -> Day {
        try withStringBytes(index) { bytes throws(TapeShapeMismatch) in
            guard let day = Day(utf8: bytes) else { throw TapeShapeMismatch() }
            return day
        }
    }

    func optionalDay(_ index: Int) throws(TapeShapeMismatch) -> Day? {
        isNull(index) ? nil : try day(index)
    }

    /// An amount read from the string's bytes, within the file limit.
    func money(_ index: Int) throws(TapeShapeMismatch) -> Money {
        try withStringBytes(index) { bytes throws(TapeShapeMismatch) in
            guard let money = Money(parsingUTF8: bytes), money.isWithinFileLimit else { throw TapeShapeMismatch() }
            return money
        }
    }

    /// A value of an enum written as its raw text, found by comparing the bytes with each case's raw value, with no
    /// string made for it.
    func rawValue<Value: RawRepresentable & CaseIterable>(_ index: Int) throws(TapeShapeMismatch) -> Value
    where Value.RawValue == String {
        try withStringBytes(index) { bytes throws(TapeShapeMismatch) in
            for value in Value.allCases {
                var raw = value.rawValue
                let matches = raw.withUTF8 { raw in
                    raw.count == bytes.count
                        && (raw.isEmpty || Self.equal(raw.baseAddress!, bytes.baseAddress!, raw.count))
                }
                if matches { return value }
            }
            throw TapeShapeMismatch()
        }
    }

    func int(_ index: Int) throws(TapeShapeMismatch) -> Int {
        do {
            return try Int.read(from: tape, at: index)
        } catch {
            throw TapeShapeMismatch()
        }
    }
}
