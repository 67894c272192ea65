/// One entry on a ``JSONTape``: a JSON value, or an object key, with where it sits in the text.
///
/// Values appear on the tape in document order. An object's members follow the object's own token as
/// key/value pairs; an array's elements follow the array's token. A container records the tape index
/// just past its last descendant, so a whole object or array can be skipped in O(1).
struct JSONToken {
    enum Kind: UInt8 {
        case object
        case array
        case string
        case number
        case `true`
        case `false`
        case null
    }

    /// Facts about a string's or a number's text that decoding needs.
    struct Flags: OptionSet {
        var rawValue: UInt8

        /// The string contains at least one backslash escape.
        static let escaped = Flags(rawValue: 1 << 0)
        /// The string contains bytes outside ASCII.
        static let nonASCII = Flags(rawValue: 1 << 1)
        /// The number has a fraction or an exponent, so it is not written as a plain integer.
        static let fractionOrExponent = Flags(rawValue: 1 << 2)
    }

    var kind: Kind
    var flags: Flags
    /// Byte offset where the value starts: the `{` or `[` of a container, the first byte after the
    /// opening quote of a string, the first character of a number or literal.
    var start: UInt32
    /// For strings and numbers, the byte offset just past the content (a string's closing quote).
    /// For containers, the tape index just past the container's last descendant.
    var end: UInt32
    /// For containers, the number of array elements or object members.
    var count: UInt32

    var isContainer: Bool { kind.rawValue <= Kind.array.rawValue }

    init(kind: Kind, flags: Flags = [], start: Int, end: Int = 0) {
        self.kind = kind
        self.flags = flags
        self.start = UInt32(truncatingIfNeeded: start)
        self.end = UInt32(truncatingIfNeeded: end)
        self.count = 0
    }
}

/// A growable, manually managed array of tokens, so the parser's appends stay cheap.
///
/// Whoever ends up holding the storage must call ``deallocate()`` exactly once.
struct JSONTokenBuffer {
    private(set) var base: UnsafeMutablePointer<JSONToken>
    private(set) var capacity: Int
    private(set) var count = 0

    init(capacity: Int) {
        self.capacity = max(capacity, 16)
        base = .allocate(capacity: self.capacity)
    }

    subscript(index: Int) -> JSONToken {
        get { base[index] }
        nonmutating set { base[index] = newValue }
    }

    /// Appends `token` and returns its index.
    @discardableResult
    mutating func append(_ token: JSONToken) -> Int {
        if count == capacity { grow() }
        (base + count).initialize(to: token)
        count += 1
        return count - 1
    }

    func deallocate() {
        base.deallocate()
    }

    private mutating func grow() {
        let newCapacity = capacity * 2
        let newBase = UnsafeMutablePointer<JSONToken>.allocate(capacity: newCapacity)
        newBase.moveInitialize(from: base, count: count)
        base.deallocate()
        base = newBase
        capacity = newCapacity
    }
}
