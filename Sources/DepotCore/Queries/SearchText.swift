import Foundation

/// Text folded for searching as a Danish librarian types: case ignored, accents ignored (é → e, ü → u), and the
/// Danish letters matched in both spellings (å = aa, æ = ae, ø = oe), so "aarhus" finds "Århus" and "søren" finds
/// "Soeren". Folded text is plain bytes, so a search over 60,000 titles is a byte scan.
public struct SearchText: Sendable, Hashable {
    public let bytes: [UInt8]

    public init(_ text: String) {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            SearchText.fold(scalar, into: &bytes)
        }
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

    private static func fold(_ scalar: Unicode.Scalar, into bytes: inout [UInt8]) {
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
