/// A stable identifier for one kind of record, such as `Identifier<Partner>("P007")`.
///
/// Identifiers never change once given, so history (deposits, rotations, notes) keeps pointing at the right record
/// even when a name is corrected. The phantom type keeps a partner's id from being passed where a crate's is wanted.
/// In JSON an identifier is its plain text.
public struct Identifier<Subject>: Hashable, Comparable, Sendable, Codable, CustomStringConvertible,
    ExpressibleByStringLiteral
{
    public let rawValue: String

    public init(_ rawValue: String) {
        self.rawValue = rawValue
    }

    public init(stringLiteral value: String) {
        self.rawValue = value
    }

    public init(from decoder: any Decoder) throws {
        rawValue = try decoder.singleValueContainer().decode(String.self)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }

    public var description: String { rawValue }

    public static func < (lhs: Identifier, rhs: Identifier) -> Bool {
        lhs.rawValue.compare(numericallyTo: rhs.rawValue)
    }
}

extension String {
    /// Orders "P2" before "P10": runs of ASCII digits compare by value, everything else byte by byte (UTF-8 byte
    /// order is Unicode scalar order).
    func compare(numericallyTo other: String) -> Bool {
        var left = self
        var right = other
        return left.withUTF8 { leftBytes in
            right.withUTF8 { rightBytes in String.numericOrder(leftBytes, rightBytes) }
        }
    }

    private static func numericOrder(_ left: UnsafeBufferPointer<UInt8>, _ right: UnsafeBufferPointer<UInt8>) -> Bool {
        func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }
        var i = 0
        var j = 0
        while i < left.count && j < right.count {
            if isDigit(left[i]) && isDigit(right[j]) {
                // Skip leading zeros, then the longer run is larger; equal lengths compare digit by digit.
                while i < left.count - 1 && left[i] == 0x30 && isDigit(left[i + 1]) { i += 1 }
                while j < right.count - 1 && right[j] == 0x30 && isDigit(right[j + 1]) { j += 1 }
                var endLeft = i
                var endRight = j
                while endLeft < left.count && isDigit(left[endLeft]) { endLeft += 1 }
                while endRight < right.count && isDigit(right[endRight]) { endRight += 1 }
                if endLeft - i != endRight - j { return endLeft - i < endRight - j }
                while i < endLeft {
                    if left[i] != right[j] { return left[i] < right[j] }
                    i += 1
                    j += 1
                }
                continue
            }
            if left[i] != right[j] { return left[i] < right[j] }
            i += 1
            j += 1
        }
        return i == left.count && j < right.count
    }
}

/// A record with a stable identifier.
public protocol Record: Codable, Sendable, Identifiable where ID: Comparable & Sendable & Codable {}
