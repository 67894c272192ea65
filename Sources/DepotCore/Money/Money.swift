import Foundation

/// An amount of money in exact minor units (øre for DKK). Never binary floating point.
///
/// In JSON an amount is a decimal string, `"249.95"`, so that a person reads it as written and no tool rounds it.
public struct Money: Hashable, Comparable, Sendable, AdditiveArithmetic {
    public var minorUnits: Int

    public init(minorUnits: Int) {
        self.minorUnits = minorUnits
    }

    public init(kroner: Int, øre: Int = 0) {
        self.minorUnits = kroner * 100 + (kroner < 0 ? -øre : øre)
    }

    public static let zero = Money(minorUnits: 0)

    public static func + (lhs: Money, rhs: Money) -> Money { Money(minorUnits: lhs.minorUnits + rhs.minorUnits) }
    public static func - (lhs: Money, rhs: Money) -> Money { Money(minorUnits: lhs.minorUnits - rhs.minorUnits) }
    public static func * (lhs: Money, count: Int) -> Money { Money(minorUnits: lhs.minorUnits * count) }
    public static func < (lhs: Money, rhs: Money) -> Bool { lhs.minorUnits < rhs.minorUnits }
}

extension Money: CustomStringConvertible, LosslessStringConvertible {
    /// `249.95`, `-5.00`: always two decimals, a point as separator (the JSON and CSV form).
    public var description: String {
        let sign = minorUnits < 0 ? "-" : ""
        let absolute = minorUnits.magnitude
        let fraction = absolute % 100
        return "\(sign)\(absolute / 100).\(fraction < 10 ? "0" : "")\(fraction)"
    }

    /// The largest amount either way Depot reads from text (files, CSV, forms): 100,000,000.00 kr.
    public static let fileLimit = Money(kroner: Limits.moneyKroner)

    /// Whether the amount is within `Money.fileLimit` either way, so that sums of a whole library of amounts, and
    /// a fine per day times the days of any supported date range, stay far from overflowing.
    public var isWithinFileLimit: Bool { minorUnits.magnitude <= Money.fileLimit.minorUnits.magnitude }

    /// Parses `249.95`, `249,95`, `249`, `249.9`, `-5`, with spaces around; at most two decimals. Nil beyond
    /// `Money.fileLimit` either way.
    public init?(_ text: String) {
        guard let money = Money(parsing: text), money.isWithinFileLimit else { return nil }
        self = money
    }

    /// Like `init(_:)` but without the limit (at most 15 digits before the point, so the parse cannot overflow).
    init?(parsing text: String) {
        self.init(parsingUTF8: text.utf8)
    }

    /// Like `init(parsing:)`, from UTF-8 bytes (the store reads amounts straight from a file's bytes).
    init?<Bytes: Sequence>(parsingUTF8 bytes: Bytes) where Bytes.Element == UInt8 {
        var units = 0
        var negative = false
        var digitsBefore = 0
        var decimals = -1
        var sawEnd = false
        for byte in bytes {
            switch byte {
            case UInt8(ascii: " "):
                if digitsBefore > 0 || decimals >= 0 || negative { sawEnd = true }
            case _ where sawEnd:
                return nil
            case UInt8(ascii: "-") where digitsBefore == 0 && !negative && decimals < 0:
                negative = true
            case UInt8(ascii: "."), UInt8(ascii: ","):
                guard digitsBefore > 0, decimals < 0 else { return nil }
                decimals = 0
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                if decimals >= 0 {
                    guard decimals < 2 else { return nil }
                    decimals += 1
                } else {
                    digitsBefore += 1
                    guard digitsBefore <= 15 else { return nil }
                }
                units = units * 10 + Int(byte - UInt8(ascii: "0"))
            default:
                return nil
            }
        }
        guard digitsBefore > 0, decimals != 0 else { return nil }
        if decimals < 1 { units *= 100 } else if decimals == 1 { units *= 10 }
        self.init(minorUnits: negative ? -units : units)
    }

    /// Danish display form: `249,95 kr.`.
    public var danishText: String { NumberText.kroner(self, in: .danish) }
}

extension Character {
    var isASCIIDigit: Bool { isASCII && isNumber }
}

extension Money: Codable {
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let money = Money(parsing: text) else {
            throw DecodingError.dataCorruptedError(
                in: container, debugDescription: "expected an amount such as \"249.95\", found \"\(text)\"")
        }
        guard money.isWithinFileLimit else {
            throw DecodingError.dataCorruptedError(
                in: container,
                debugDescription:
                    "an amount must be from -\(Money.fileLimit) to \(Money.fileLimit); found \"\(text)\"")
        }
        self = money
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}
