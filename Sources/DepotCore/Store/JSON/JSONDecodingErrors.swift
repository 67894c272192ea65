import Foundation

// The errors the decoders throw: Foundation's kinds of `DecodingError`, with a plain-English message
// and the position of the offending value, both in the `debugDescription` and as the `underlyingError`
// (a `JSONPositionedError`).
//
// Each function is kept out of line so that the hot paths that might throw stay small.

extension JSONDecoderImpl {
    /// The `DecodingError` for `problem` with the value at `index`, which sits under `key` in this
    /// decoder's value (or is this decoder's value when `key` is `nil`).
    @inline(never)
    func decodingError(
        _ problem: JSONValueProblem, expected: Any.Type, at index: Int, key: (any CodingKey)?
    ) -> DecodingError {
        switch problem {
        case .typeMismatch: typeMismatch(expected, at: index, key: key)
        case .number(let problem): numberError(problem, at: index, key: key)
        }
    }

    /// The value at `index` is not what was asked for: `valueNotFound` for `null`, as with Foundation,
    /// and `typeMismatch` otherwise.
    @inline(never)
    func typeMismatch(_ expected: Any.Type, at index: Int, key: (any CodingKey)?) -> DecodingError {
        let path = codingPath(appending: key)
        let found = tape.tokens[index].kind
        let message =
            "expected \(Self.describe(expected: expected))\(Self.describe(path, preposition: "for")), "
            + "found \(Self.describe(found: found))"
        let context = self.context(path, message, at: index)
        return found == .null ? .valueNotFound(expected, context) : .typeMismatch(expected, context)
    }

    @inline(never)
    private func numberError(_ problem: JSONNumberProblem, at index: Int, key: (any CodingKey)?) -> DecodingError {
        let path = codingPath(appending: key)
        let number = String(decoding: tape.numberText(at: index), as: UTF8.self)
        let location = Self.describe(path, preposition: "for")
        let message =
            switch problem {
            case .outOfRange: "the number \(number) is out of range\(location)"
            case .notWholeNumber: "expected a whole number\(location), found \(number)"
            }
        return .dataCorrupted(context(path, message, at: index))
    }

    /// This decoder's object has no member named `key`.
    @inline(never)
    func keyNotFound(_ key: any CodingKey) -> DecodingError {
        let path = codingPath
        let message = "missing \"\(key.stringValue)\"\(Self.describe(path, preposition: "in"))"
        return .keyNotFound(key, context(path, message, at: valueIndex))
    }

    /// An unkeyed container over this decoder's array was asked for more elements than it has.
    @inline(never)
    func arrayTooShort(_ expected: Any.Type, elementCount: Int) -> DecodingError {
        let items = elementCount == 1 ? "1 item" : "\(elementCount) items"
        let message = "expected more than \(items)\(Self.describe(codingPath, preposition: "in"))"
        let path = codingPath(appending: JSONKey(index: elementCount))
        return .valueNotFound(expected, context(path, message, at: valueIndex))
    }

    /// `error`, thrown while decoding this decoder's value, with the value's position added, unless the
    /// error already has an underlying error (such as the position of a value nested deeper).
    @inline(never)
    func addingPosition(to error: DecodingError) -> DecodingError {
        guard valueIndex != tape.absentValueIndex else { return error }
        switch error {
        case .typeMismatch(let type, let context):
            return positioned(context).map { .typeMismatch(type, $0) } ?? error
        case .valueNotFound(let type, let context):
            return positioned(context).map { .valueNotFound(type, $0) } ?? error
        case .keyNotFound(let key, let context):
            return positioned(context).map { .keyNotFound(key, $0) } ?? error
        case .dataCorrupted(let context):
            return positioned(context).map { .dataCorrupted($0) } ?? error
        @unknown default:
            return error
        }
    }

    private func positioned(_ context: DecodingError.Context) -> DecodingError.Context? {
        guard context.underlyingError == nil else { return nil }
        return self.context(context.codingPath, context.debugDescription, at: valueIndex)
    }

    private func codingPath(appending key: (any CodingKey)?) -> [any CodingKey] {
        guard let key else { return codingPath }
        return codingPath + [key]
    }

    private func context(_ codingPath: [any CodingKey], _ message: String, at index: Int) -> DecodingError.Context {
        let position = tape.position(ofTokenAt: index)
        return DecodingError.Context(
            codingPath: codingPath, debugDescription: "\(message) (\(position))",
            underlyingError: JSONPositionedError(position: position, message: message))
    }

    private static func describe(expected type: Any.Type) -> String {
        switch ObjectIdentifier(type) {
        case ObjectIdentifier(String.self): "a string"
        case ObjectIdentifier(Bool.self): "true or false"
        case ObjectIdentifier(Double.self), ObjectIdentifier(Float.self), ObjectIdentifier(Decimal.self): "a number"
        case ObjectIdentifier([String: Any].self): "an object"
        case ObjectIdentifier([Any].self): "an array"
        default: type is any FixedWidthInteger.Type ? "a whole number" : "a value of type \(type)"
        }
    }

    private static func describe(found kind: JSONToken.Kind) -> String {
        switch kind {
        case .object: "an object"
        case .array: "an array"
        case .string: "a string"
        case .number: "a number"
        case .true: "true"
        case .false: "false"
        case .null: "null"
        }
    }

    /// Where in the document a coding path leads, for a message: ` for "price"`,
    /// ` for item 3 of "items"`, or nothing at the top level.
    private static func describe(_ codingPath: [any CodingKey], preposition: String) -> String {
        guard !codingPath.isEmpty else { return "" }
        var words: [String] = []
        for key in codingPath.reversed() {
            if let key = key as? JSONKey, let index = key.intValue {
                words.append("item \(index + 1)")
            } else {
                words.append("\"\(key.stringValue)\"")
                break
            }
        }
        return " \(preposition) " + words.joined(separator: " of ")
    }
}
