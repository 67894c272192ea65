import Foundation

/// A type read straight from one token on the tape: booleans, strings and numbers.
///
/// Containers call `read` through a generic that is inlined for each type, so reading a scalar costs
/// no dynamic dispatch and no closure.
protocol JSONScalar {
    /// The value of the token at `index`. Throws `.typeMismatch` if the token is of another kind.
    static func read(from tape: JSONTape, at index: Int) throws(JSONValueProblem) -> Self
}

/// Why the value at a tape index cannot be read as the requested type. Containers turn it into a
/// `DecodingError` with the value's coding path, which is only worth building when something failed.
enum JSONValueProblem: Error {
    case typeMismatch
    case number(JSONNumberProblem)
}

extension Bool: JSONScalar {
    static func read(from tape: JSONTape, at index: Int) throws(JSONValueProblem) -> Bool {
        switch tape.tokens[index].kind {
        case .true: return true
        case .false: return false
        default: throw .typeMismatch
        }
    }
}

extension String: JSONScalar {
    static func read(from tape: JSONTape, at index: Int) throws(JSONValueProblem) -> String {
        guard tape.tokens[index].kind == .string else { throw .typeMismatch }
        return tape.string(at: index)
    }
}

extension JSONTape {
    /// Converts the number at `index` with `convert`, or throws `.typeMismatch` if it is not a number.
    fileprivate func number<T>(
        at index: Int, _ convert: (Int) throws(JSONNumberProblem) -> T
    ) throws(JSONValueProblem) -> T {
        guard tokens[index].kind == .number else { throw .typeMismatch }
        do {
            return try convert(index)
        } catch {
            throw .number(error)
        }
    }
}

extension Double: JSONScalar {
    static func read(from tape: JSONTape, at index: Int) throws(JSONValueProblem) -> Double {
        try tape.number(at: index, tape.double(at:))
    }
}

extension Float: JSONScalar {
    static func read(from tape: JSONTape, at index: Int) throws(JSONValueProblem) -> Float {
        try tape.number(at: index, tape.float(at:))
    }
}

extension Decimal: JSONScalar {
    static func read(from tape: JSONTape, at index: Int) throws(JSONValueProblem) -> Decimal {
        try tape.number(at: index, tape.decimal(at:))
    }
}

extension JSONScalar where Self: FixedWidthInteger {
    static func read(from tape: JSONTape, at index: Int) throws(JSONValueProblem) -> Self {
        try tape.number(at: index) { index throws(JSONNumberProblem) in try tape.integer(at: index, as: Self.self) }
    }
}

extension Int: JSONScalar {}
extension Int8: JSONScalar {}
extension Int16: JSONScalar {}
extension Int32: JSONScalar {}
extension Int64: JSONScalar {}
extension UInt: JSONScalar {}
extension UInt8: JSONScalar {}
extension UInt16: JSONScalar {}
extension UInt32: JSONScalar {}
extension UInt64: JSONScalar {}
