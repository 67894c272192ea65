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

    /// Parses `249.95`, `249,95`, `249`, `249.9`, `-5`; at most two decimals.
    public init?(_ text: String) {
        var text = Substring(text.trimmingCharacters(in: .whitespaces))
        let negative = text.hasPrefix("-")
        if negative { text = text.dropFirst() }
        let parts = text.split(separator: text.contains(",") ? "," : ".", omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count), !parts[0].isEmpty, parts[0].allSatisfy(\.isASCIIDigit),
            let whole = Int(parts[0])
        else { return nil }
        var fraction = 0
        if parts.count == 2 {
            let digits = parts[1]
            guard (1...2).contains(digits.count), digits.allSatisfy(\.isASCIIDigit), let value = Int(digits) else {
                return nil
            }
            fraction = digits.count == 1 ? value * 10 : value
        }
        let units = whole * 100 + fraction
        self.init(minorUnits: negative ? -units : units)
    }

    /// Danish display form: `249,95 kr.`.
    public var danishText: String { description.replacingOccurrences(of: ".", with: ",") + " kr." }
}

extension Character {
    var isASCIIDigit: Bool { isASCII && isNumber }
}

extension Money: Codable {
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let money = Money(text) else {
            throw DecodingError.dataCorruptedError(
                in: container, debugDescription: "expected an amount such as \"249.95\", found \"\(text)\"")
        }
        self = money
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}
