import Foundation

/// Why a JSON number could not become the requested Swift number.
enum JSONNumberProblem: Error {
    /// The number is too large (or too small) for the type.
    case outOfRange
    /// An integer type was requested but the number has a fractional part.
    case notWholeNumber
}

/// The decimal digits of a JSON number: its value is `significand × 10^exponent`, negated when
/// `isNegative`.
///
/// Up to 19 significant digits are kept exactly. `isExact` is `false` when more digits followed that
/// were not all zero.
struct JSONDecimalDigits {
    var isNegative = false
    var significand: UInt64 = 0
    var exponent = 0
    var isExact = true

    /// Reads a number the parser has already validated.
    init(_ text: UnsafeBufferPointer<UInt8>) {
        var index = 0
        if text[0] == ASCII.minus {
            isNegative = true
            index = 1
        }
        var significantDigits = 0
        var isInFraction = false
        while index < text.count {
            let byte = text[index]
            if byte == ASCII.period {
                isInFraction = true
            } else if ASCII.isDigit(byte) {
                let digit = UInt64(byte - ASCII.zero)
                if significantDigits < 19 {
                    significand = significand * 10 + digit
                    if significand != 0 {
                        significantDigits += 1
                    }
                    if isInFraction {
                        exponent -= 1
                    }
                } else {
                    // A digit that does not fit: it still scales the value if it is before the point.
                    if !isInFraction {
                        exponent += 1
                    }
                    if digit != 0 {
                        isExact = false
                    }
                }
            } else {
                break  // 'e' or 'E'
            }
            index += 1
        }
        if index < text.count {
            exponent += Self.exponentValue(text, from: index + 1)
        }
    }

    /// The value of the exponent digits starting at `index` (after the `e`), clamped far beyond any
    /// exponent a Swift number type can hold, so it cannot overflow.
    private static func exponentValue(_ text: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        var index = start
        var sign = 1
        if text[index] == ASCII.minus || text[index] == ASCII.plus {
            sign = text[index] == ASCII.minus ? -1 : 1
            index += 1
        }
        var value = 0
        while index < text.count {
            value = min(value * 10 + Int(text[index] - ASCII.zero), 1_000_000)
            index += 1
        }
        return sign * value
    }
}

/// Powers of ten that a `Double` holds exactly.
private let exactPowersOfTen: [Double] = [
    1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18,
    1e19, 1e20, 1e21, 1e22,
]

extension JSONTape {
    /// The number at `index` as an integer of type `T`.
    func integer<T: FixedWidthInteger>(at index: Int, as type: T.Type) throws(JSONNumberProblem) -> T {
        let text = numberText(at: index)
        if tokens[index].flags.contains(.fractionOrExponent) {
            return try integer(fromDigits: JSONDecimalDigits(text))
        }
        let isNegative = text[0] == ASCII.minus
        var magnitude: UInt64 = 0
        var position = isNegative ? 1 : 0
        if text.count - position <= 18 {
            // 18 digits always fit in a UInt64.
            while position < text.count {
                magnitude = magnitude &* 10 &+ UInt64(text[position] &- ASCII.zero)
                position += 1
            }
        } else {
            while position < text.count {
                let (shifted, overflowed) = magnitude.multipliedReportingOverflow(by: 10)
                let (sum, carried) = shifted.addingReportingOverflow(UInt64(text[position] &- ASCII.zero))
                guard !overflowed && !carried else { throw .outOfRange }
                magnitude = sum
                position += 1
            }
        }
        return try integer(magnitude: magnitude, isNegative: isNegative)
    }

    /// Converts `significand × 10^exponent` when it is a whole number that fits in `T`.
    private func integer<T: FixedWidthInteger>(fromDigits digits: JSONDecimalDigits) throws(JSONNumberProblem) -> T {
        guard digits.isExact else {
            throw digits.exponent < 0 ? .notWholeNumber : .outOfRange
        }
        var magnitude = digits.significand
        if magnitude != 0 && digits.exponent < 0 {
            for _ in 0 ..< -digits.exponent {
                let (quotient, remainder) = magnitude.quotientAndRemainder(dividingBy: 10)
                guard remainder == 0 else { throw .notWholeNumber }
                magnitude = quotient
            }
        } else if magnitude != 0 && digits.exponent > 0 {
            guard digits.exponent < 20 else { throw .outOfRange }
            for _ in 0..<digits.exponent {
                let (product, overflowed) = magnitude.multipliedReportingOverflow(by: 10)
                guard !overflowed else { throw .outOfRange }
                magnitude = product
            }
        }
        return try integer(magnitude: magnitude, isNegative: digits.isNegative)
    }

    private func integer<T: FixedWidthInteger>(magnitude: UInt64, isNegative: Bool) throws(JSONNumberProblem) -> T {
        if !isNegative || magnitude == 0 {
            guard magnitude <= UInt64(T.max) else { throw .outOfRange }
            return T(truncatingIfNeeded: magnitude)
        }
        guard T.isSigned, magnitude <= UInt64(T.max) + 1 else { throw .outOfRange }
        return T(truncatingIfNeeded: Int64(bitPattern: 0 &- magnitude))
    }

    /// The number at `index` as the nearest `Double`. Like Foundation, numbers beyond the range of
    /// `Double` (including non-zero numbers that would round to zero) are rejected.
    func double(at index: Int) throws(JSONNumberProblem) -> Double {
        let text = numberText(at: index)
        let digits = JSONDecimalDigits(text)
        // Exact integer significand and exact power of ten: one correctly rounded operation.
        if digits.isExact && digits.significand < 1 << 53 && abs(digits.exponent) <= 22 {
            var value = Double(digits.significand)
            if digits.exponent < 0 {
                value /= exactPowersOfTen[-digits.exponent]
            } else {
                value *= exactPowersOfTen[digits.exponent]
            }
            return digits.isNegative ? -value : value
        }
        guard let value = Double(String(decoding: text, as: UTF8.self)) else { throw .outOfRange }
        return try checkedFloatingPoint(value, digits: digits)
    }

    /// The number at `index` as the nearest `Float`, with the same range rules as ``double(at:)``.
    func float(at index: Int) throws(JSONNumberProblem) -> Float {
        let text = numberText(at: index)
        let digits = JSONDecimalDigits(text)
        if digits.isExact && digits.significand < 1 << 24 && abs(digits.exponent) <= 10 {
            var value = Float(digits.significand)
            if digits.exponent < 0 {
                value /= Float(exactPowersOfTen[-digits.exponent])
            } else {
                value *= Float(exactPowersOfTen[digits.exponent])
            }
            return digits.isNegative ? -value : value
        }
        guard let value = Float(String(decoding: text, as: UTF8.self)) else { throw .outOfRange }
        return try checkedFloatingPoint(value, digits: digits)
    }

    private func checkedFloatingPoint<F: BinaryFloatingPoint>(
        _ value: F, digits: JSONDecimalDigits
    ) throws(JSONNumberProblem) -> F {
        guard value.isFinite, value != 0 || digits.significand == 0 else { throw .outOfRange }
        return value
    }

    /// The number at `index` as a `Decimal`, read exactly from its digits (never through `Double`),
    /// giving the same value as `Decimal(string:)`.
    func decimal(at index: Int) throws(JSONNumberProblem) -> Decimal {
        let text = numberText(at: index)
        let digits = JSONDecimalDigits(text)
        // Zero keeps its exponent in Decimal(string:) ("0.0" is 0 × 10^-1), so only plain zero is quick.
        let isPlainZero = digits.significand == 0 && digits.exponent == 0
        if digits.isExact && abs(digits.exponent) <= 100 && (digits.significand != 0 || isPlainZero) {
            if isPlainZero {
                return Decimal()
            }
            return Decimal(
                sign: digits.isNegative ? .minus : .plus, exponent: digits.exponent,
                significand: Decimal(digits.significand))
        }
        guard let value = Decimal(string: String(decoding: text, as: UTF8.self)), !value.isNaN else {
            throw .outOfRange
        }
        return value
    }
}
