/// A small seeded pseudo-random source (SplitMix64) for generated libraries.
///
/// Every draw is plain integer arithmetic, so one seed gives the same sequence on every machine and every Swift
/// version. The standard library's `random(in:using:)` helpers are deliberately not used: their algorithms are not
/// promised to stay the same between releases.
struct RandomSource {
    private var state: UInt64

    init(seed: UInt64) {
        state = seed
    }

    /// A source for one part of the library, so that changing how one part draws does not shift the others.
    init(seed: UInt64, stream: String) {
        var mixed = seed
        for byte in stream.utf8 {
            mixed = (mixed ^ UInt64(byte)) &* 0x100_0000_01b3
        }
        state = mixed
        _ = next()
    }

    /// The next 64 random bits.
    mutating func next() -> UInt64 {
        state &+= 0x9e37_79b9_7f4a_7c15
        var z = state
        z = (z ^ (z >> 30)) &* 0xbf58_476d_1ce4_e5b9
        z = (z ^ (z >> 27)) &* 0x94d0_49bb_1331_11eb
        return z ^ (z >> 31)
    }

    /// A number in `0..<bound` (bound > 0), by multiplying into the high word.
    mutating func below(_ bound: Int) -> Int {
        precondition(bound > 0, "the bound must be positive")
        return Int(next().multipliedFullWidth(by: UInt64(bound)).high)
    }

    /// A number in the closed range.
    mutating func int(in range: ClosedRange<Int>) -> Int {
        range.lowerBound + below(range.upperBound - range.lowerBound + 1)
    }

    /// True with the given chance in thousandths: `chance(perMille: 50)` is true about one time in twenty.
    mutating func chance(perMille: Int) -> Bool {
        below(1000) < perMille
    }

    /// One element of a non-empty array.
    mutating func pick<Element>(_ elements: [Element]) -> Element {
        elements[below(elements.count)]
    }

    /// The elements in a random order (Fisher–Yates).
    mutating func shuffled<Element>(_ elements: [Element]) -> [Element] {
        var result = elements
        var index = result.count - 1
        while index > 0 {
            result.swapAt(index, below(index + 1))
            index -= 1
        }
        return result
    }
}
