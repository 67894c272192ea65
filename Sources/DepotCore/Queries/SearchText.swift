import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Text folded for searching as a Danish librarian types: case ignored, accents ignored (é → e, ü → u), and the
/// Danish letters matched in both spellings (å = aa, æ = ae, ø = oe), so "aarhus" finds "Århus" and "søren" finds
/// "Soeren". Folded text is plain bytes, so a search over 60,000 titles is a byte scan.
public struct SearchText: Sendable, Hashable {
    public let bytes: [UInt8]

    public init(_ text: String) {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        SearchText.fold(text, into: &bytes)
        self.bytes = bytes
    }

    /// Folds `text` scalar by scalar: ASCII in place, the Latin-1 letters from a table of their folds made once, the
    /// rest through Unicode's case mapping and decomposition.
    static func fold(_ text: String, into bytes: inout [UInt8]) {
        let quick = withUnsafeTemporaryAllocation(of: UInt8.self, capacity: text.utf8.count) { out -> Bool in
            var written = 0
            guard let base = out.baseAddress, foldQuickly(text, into: base, at: &written) else { return text.isEmpty }
            bytes.append(contentsOf: UnsafeBufferPointer(start: base, count: written))
            return true
        }
        guard !quick else { return }
        var text = text
        text.withUTF8 { utf8 in
            let folds = latin1Folds
            var index = 0
            while index < utf8.count {
                let byte = utf8[index]
                if byte < 0x80 {
                    bytes.append(byte &- 0x41 < 26 ? byte + 0x20 : byte)
                    index += 1
                } else if byte == 0xC3, index + 1 < utf8.count, case let fold = folds[Int(utf8[index + 1] & 0x3F)],
                    fold != 0
                {
                    bytes.append(UInt8(truncatingIfNeeded: fold))
                    if fold > 0xFF { bytes.append(UInt8(truncatingIfNeeded: fold >> 8)) }
                    index += 2
                } else {
                    let length = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : 2
                    let end = min(index + length, utf8.count)
                    for scalar in String(decoding: UnsafeBufferPointer(rebasing: utf8[index..<end]), as: UTF8.self)
                        .unicodeScalars
                    {
                        fold(scalar, into: &bytes)
                    }
                    index = end
                }
            }
        }
    }

    /// Folds `text` into `out` from `written` on, when it holds nothing but ASCII and Latin-1 letters (nearly every
    /// title and name does): such a fold is never longer than the text's UTF-8, so `out` needs room for that many
    /// bytes. False, with `written` as it was, for any other text. The Items tab folds 60,000 items when it first
    /// opens; appending byte by byte to an array was 45 instructions a byte.
    @inline(__always)
    static func foldQuickly(_ text: String, into out: UnsafeMutablePointer<UInt8>, at written: inout Int) -> Bool {
        var text = text
        return text.withUTF8 { utf8 in
            let folds = latin1Folds
            var at = written
            var index = 0
            while index < utf8.count {
                let byte = utf8[index]
                if byte < 0x80 {
                    out[at] = byte &- 0x41 < 26 ? byte + 0x20 : byte
                    at += 1
                    index += 1
                    continue
                }
                // U+00C0 to U+00FF: 0xC3 and a byte whose low six bits are the scalar's.
                guard byte == 0xC3, index + 1 < utf8.count else { return false }
                let fold = folds[Int(utf8[index + 1] & 0x3F)]
                guard fold != 0 else { return false }
                out[at] = UInt8(truncatingIfNeeded: fold)
                at += 1
                if fold > 0xFF {
                    out[at] = UInt8(truncatingIfNeeded: fold >> 8)
                    at += 1
                }
                index += 2
            }
            written = at
            return true
        }
    }

    /// The folds of U+00C0 to U+00FF (À to ÿ), by `fold(_:into:)` of each: the first byte in the low eight bits, a
    /// second one (if any) in the high eight. A fold of any other length would be 0, and folded the slow way.
    private static let latin1Folds: [UInt16] = (UInt32(0xC0)...0xFF).map { value in
        var folded: [UInt8] = []
        fold(Unicode.Scalar(value)!, into: &folded)
        switch folded.count {
        case 1 where folded[0] != 0: return UInt16(folded[0])
        case 2 where folded[0] != 0: return UInt16(folded[0]) | UInt16(folded[1]) << 8
        default: return 0
        }
    }

    /// Text folded already.
    init(bytes: [UInt8]) {
        self.bytes = bytes
    }

    /// Whether `needle` occurs anywhere in this text.
    public func contains(_ needle: SearchText) -> Bool {
        let pattern = needle.bytes
        guard !pattern.isEmpty else { return true }
        guard pattern.count <= bytes.count else { return false }
        return bytes.withUnsafeBufferPointer { haystack in
            pattern.withUnsafeBufferPointer { pattern in
                let first = pattern[0]
                let last = haystack.count - pattern.count
                var start = 0
                while start <= last {
                    if haystack[start] == first {
                        var matched = 1
                        while matched < pattern.count && haystack[start + matched] == pattern[matched] { matched += 1 }
                        if matched == pattern.count { return true }
                    }
                    start += 1
                }
                return false
            }
        }
    }

    /// How one scalar is folded: the one description of folding, which the quick ways follow.
    static func fold(_ scalar: Unicode.Scalar, into bytes: inout [UInt8]) {
        let value = scalar.value
        if value < 0x80 {
            let byte = UInt8(value)
            bytes.append(byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte)
            return
        }
        switch scalar {
        case "å", "Å": bytes.append(contentsOf: [0x61, 0x61])
        case "æ", "Æ": bytes.append(contentsOf: [0x61, 0x65])
        case "ø", "Ø": bytes.append(contentsOf: [0x6F, 0x65])
        case "ß": bytes.append(contentsOf: [0x73, 0x73])
        default:
            // Decompose (é → e + ◌́) and keep the base letters; marks are dropped.
            let lower = String(scalar).lowercased().decomposedStringWithCanonicalMapping
            for part in lower.unicodeScalars where part.properties.generalCategory != .nonspacingMark {
                if part.value < 0x80 {
                    bytes.append(UInt8(part.value))
                } else {
                    bytes.append(contentsOf: Array(String(part).utf8))
                }
            }
        }
    }
}

/// Many search texts one after another in one buffer, so that finding which of them hold a needle is one scan at
/// the speed of memory (`memchr`) rather than a walk over 60,000 separate arrays. Built once for a set of texts and
/// asked again for each new query.
public struct SearchCorpus: Sendable {
    /// The texts, each followed by a 0 byte: a needle without one cannot match across two texts.
    private let bytes: [UInt8]
    /// Where each text starts in `bytes`, and after the last one where a next one would.
    private let starts: [Int]
    /// How often each byte value occurs in `bytes`, or in the corpus this one was made from (a search only uses it
    /// to choose which byte of a needle to look for first, so an estimate does).
    private let frequency: [Int]

    public init(_ texts: [SearchText]) {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(texts.reduce(0) { $0 + $1.bytes.count + 1 })
        var starts: [Int] = []
        starts.reserveCapacity(texts.count + 1)
        for text in texts {
            starts.append(bytes.count)
            bytes.append(contentsOf: text.bytes)
            bytes.append(0)
        }
        starts.append(bytes.count)
        self.init(bytes: bytes, starts: starts)
    }

    /// Folds texts straight into one buffer: `begin`, then `fold` each part (`space` between), then `end`. The Items
    /// tab folds 60,000 items this way when it first opens; a `SearchText` each was an allocation each, and then all
    /// of them were copied into a corpus at the first key of a filter.
    public struct Builder {
        fileprivate var bytes: [UInt8] = []
        fileprivate var starts: [Int] = []
        /// The byte counts of the first corpus texts were copied from: a corpus remade after a save copies most of
        /// its texts, and counting 3 MB again was half of remaking it.
        fileprivate var frequency: [Int]?

        public init(texts: Int = 0, bytes: Int = 0) {
            starts.reserveCapacity(texts + 1)
            self.bytes.reserveCapacity(bytes)
        }

        /// One text of three parts joined by spaces (an item's barcode, title and author), folded.
        public mutating func append(joining first: String, _ second: String, _ third: String) {
            starts.append(bytes.count)
            let room = first.utf8.count + second.utf8.count + third.utf8.count + 3
            let quick = withUnsafeTemporaryAllocation(of: UInt8.self, capacity: room) { out -> Bool in
                guard let base = out.baseAddress else { return false }
                var written = 0
                guard SearchText.foldQuickly(first, into: base, at: &written) else { return false }
                base[written] = 0x20
                written += 1
                guard SearchText.foldQuickly(second, into: base, at: &written) else { return false }
                base[written] = 0x20
                written += 1
                guard SearchText.foldQuickly(third, into: base, at: &written) else { return false }
                base[written] = 0
                bytes.append(contentsOf: UnsafeBufferPointer(start: base, count: written + 1))
                return true
            }
            guard !quick else { return }
            fold(first)
            space()
            fold(second)
            space()
            fold(third)
            end()
        }

        public mutating func begin() { starts.append(bytes.count) }
        public mutating func fold(_ text: String) { SearchText.fold(text, into: &bytes) }
        public mutating func space() { bytes.append(0x20) }
        public mutating func end() { bytes.append(0) }

        /// The texts `range` of `corpus`, as they are there.
        public mutating func append(_ range: Range<Int>, of corpus: SearchCorpus) {
            guard !range.isEmpty else { return }
            if frequency == nil { frequency = corpus.frequency }
            let offset = bytes.count - corpus.starts[range.lowerBound]
            for position in range { starts.append(corpus.starts[position] + offset) }
            bytes.append(contentsOf: corpus.bytes[corpus.starts[range.lowerBound]..<corpus.starts[range.upperBound]])
        }

        public func build() -> SearchCorpus {
            SearchCorpus(bytes: bytes, starts: starts + [bytes.count], frequency: frequency)
        }
    }

    private init(bytes: [UInt8], starts: [Int], frequency: [Int]? = nil) {
        self.bytes = bytes
        self.starts = starts
        self.frequency =
            frequency
            ?? bytes.reduce(into: [Int](repeating: 0, count: 256)) { counts, byte in counts[Int(byte)] += 1 }
    }

    /// The corpora one after another: their texts in order, as one corpus.
    public init(concatenating parts: [SearchCorpus]) {
        var builder = Builder(
            texts: parts.reduce(0) { $0 + $1.count }, bytes: parts.reduce(0) { $0 + $1.bytes.count })
        for part in parts { builder.append(0..<part.count, of: part) }
        self = builder.build()
    }

    public var count: Int { starts.count - 1 }

    /// The bytes of all the texts with their separators.
    public var byteCount: Int { bytes.count }

    /// Whether the text at `position` holds `needle`.
    public func contains(_ needle: SearchText, at position: Int) -> Bool {
        let pattern = needle.bytes
        let start = starts[position]
        let length = starts[position + 1] - 1 - start
        guard !pattern.isEmpty else { return true }
        guard pattern.count <= length else { return false }
        return bytes.withUnsafeBufferPointer { haystack in
            pattern.withUnsafeBufferPointer { pattern in
                guard let base = haystack.baseAddress, let needle = pattern.baseAddress else { return false }
                var at = start
                while at + pattern.count <= start + length {
                    if base[at] == needle[0], memcmp(base + at, needle, pattern.count) == 0 { return true }
                    at += 1
                }
                return false
            }
        }
    }

    /// The positions, ascending, of the texts that contain `needle`; every position for an empty needle.
    public func positions(containing needle: SearchText) -> [Int] {
        let pattern = needle.bytes
        guard !pattern.isEmpty else { return Array(0..<count) }
        // A 0 byte in the needle could match across the separator: ask each text on its own.
        guard !pattern.contains(0) else {
            return (0..<count).filter { text(at: $0).contains(needle) }
        }
        var hits: [Int] = []
        bytes.withUnsafeBufferPointer { haystack in
            pattern.withUnsafeBufferPointer { pattern in
                guard let base = haystack.baseAddress, let needle = pattern.baseAddress else { return }
                // The needle's rarest byte in the corpus found by `memchr` (vectorised), the whole needle compared
                // around it: a needle's first letter is in most texts, and looking for it stopped at nearly every one.
                let rare = pattern.indices.min { frequency[Int(pattern[$0])] < frequency[Int(pattern[$1])] }!
                let length = pattern.count
                var offset = 0
                var position = 0
                while offset + length <= haystack.count,
                    let found = memchr(base + offset + rare, Int32(pattern[rare]), haystack.count - length + 1 - offset)
                {
                    let at = UnsafeRawPointer(found) - UnsafeRawPointer(base) - rare
                    guard memcmp(base + at, needle, length) == 0 else {
                        offset = at + 1
                        continue
                    }
                    while starts[position + 1] <= at { position += 1 }
                    hits.append(position)
                    offset = starts[position + 1]
                    position += 1
                }
            }
        }
        return hits
    }

    /// The positions among `candidates` (in their order) of the texts that contain `needle`: the texts of a query
    /// one letter shorter, as a filter narrows while typing. Many candidates are asked in one scan of the whole
    /// corpus; a few, one text at a time.
    public func positions(containing needle: SearchText, among candidates: [Int]) -> [Int] {
        guard candidates.count * 8 > count else { return candidates.filter { contains(needle, at: $0) } }
        var isHit = [Bool](repeating: false, count: count)
        for position in positions(containing: needle) { isHit[position] = true }
        return candidates.filter { isHit[$0] }
    }

    /// The text at `position`.
    public func text(at position: Int) -> SearchText {
        SearchText(bytes: Array(bytes[starts[position]..<(starts[position + 1] - 1)]))
    }
}
