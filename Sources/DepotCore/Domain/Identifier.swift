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
    /// Orders "P2" before "P10": digit runs compare by value, the rest by Unicode scalars.
    func compare(numericallyTo other: String) -> Bool {
        var left = unicodeScalars.makeIterator()
        var right = other.unicodeScalars.makeIterator()
        var leftScalar = left.next()
        var rightScalar = right.next()
        while let l = leftScalar, let r = rightScalar {
            if l.properties.numericType != nil, r.properties.numericType != nil, l.isASCII, r.isASCII {
                var leftNumber = 0
                var rightNumber = 0
                while let digit = leftScalar, digit.isASCII, let value = digit.properties.numericValue {
                    leftNumber = leftNumber * 10 + Int(value)
                    leftScalar = left.next()
                }
                while let digit = rightScalar, digit.isASCII, let value = digit.properties.numericValue {
                    rightNumber = rightNumber * 10 + Int(value)
                    rightScalar = right.next()
                }
                if leftNumber != rightNumber { return leftNumber < rightNumber }
                continue
            }
            if l != r { return l.value < r.value }
            leftScalar = left.next()
            rightScalar = right.next()
        }
        return leftScalar == nil && rightScalar != nil
    }
}

/// A record with a stable identifier.
public protocol Record: Codable, Sendable, Identifiable where ID: Comparable & Sendable & Codable {}
