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

    /// The texts `parts` joined by spaces, folded: the same as folding them joined, without making the joined text.
    public init(joining parts: [String]) {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(parts.reduce(parts.count) { $0 + $1.utf8.count })
        for (number, part) in parts.enumerated() {
            if number > 0 { bytes.append(0x20) }
            SearchText.fold(part, into: &bytes)
        }
        self.bytes = bytes
    }

    /// Folds `text` scalar by scalar: ASCII in place, the Latin-1 letters from a table of their folds made once, the
    /// rest through Unicode's case mapping and decomposition. The Items tab folds 60,000 titles when it first
    /// opens; each "å", "æ" or "ø" used to make an array, and each accented letter two strings.
    static func fold(_ text: String, into bytes: inout [UInt8]) {
        var text = text
        text.withUTF8 { utf8 in
            var index = 0
            while index < utf8.count {
                let byte = utf8[index]
                if byte < 0x80 {
                    bytes.append(byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte)
                    index += 1
                } else if byte == 0xC3, index + 1 < utf8.count {
                    // U+00C0 to U+00FF: 0xC3 and a byte whose low six bits are the scalar's.
                    bytes.append(contentsOf: latin1Folds[Int(utf8[index + 1] & 0x3F)])
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

    /// The folds of U+00C0 to U+00FF (À to ÿ), by `fold(_:into:)` of each.
    private static let latin1Folds: [[UInt8]] = (UInt32(0xC0)...0xFF).map { value in
        var folded: [UInt8] = []
        fold(Unicode.Scalar(value)!, into: &folded)
        return folded
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
        self.bytes = bytes
        self.starts = starts
    }

    public var count: Int { starts.count - 1 }

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
                let first = Int32(pattern[0])
                let length = pattern.count
                var offset = 0
                var position = 0
                // Each candidate start found by `memchr` (vectorised), the rest of the needle compared in place.
                while offset + length <= haystack.count,
                    let found = memchr(base + offset, first, haystack.count - length + 1 - offset)
                {
                    let at = found.assumingMemoryBound(to: UInt8.self) - UnsafeMutablePointer(mutating: base)
                    guard length == 1 || memcmp(base + at + 1, needle + 1, length - 1) == 0 else {
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

    private func text(at position: Int) -> SearchText {
        SearchText(bytes: Array(bytes[starts[position]..<(starts[position + 1] - 1)]))
    }
}
