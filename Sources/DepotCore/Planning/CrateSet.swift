/// A set of crates by their position in the library's crate list, one bit each: a partner's crates of the
/// look-back seasons, tested thousands of times while planning.
struct CrateSet: Hashable, Sendable {
    private var words: [UInt64]

    init(capacity: Int) {
        words = Array(repeating: 0, count: (capacity + 63) / 64)
    }

    func contains(_ crate: Int) -> Bool { words[crate >> 6] & (1 << UInt64(crate & 63)) != 0 }

    mutating func insert(_ crate: Int) { words[crate >> 6] |= 1 << UInt64(crate & 63) }
}
