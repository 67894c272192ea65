import Foundation

/// Reads store files, and turns decoding failures into one readable sentence with the place they happened.
enum JSONFileDecoding {
    static func decode<T: Decodable>(_ type: T.Type, from bytes: [UInt8]) throws -> T {
        try FastJSONDecoder().decode(type, from: bytes)
    }

    /// A `StoreError.damaged` for `error`, naming the file and, where known, the line, column and field.
    static func damage(_ error: any Error, file: String) -> StoreError {
        if let error = error as? StoreError { return error }
        if let error = error as? ContentDecodingError { return damage(error.underlying, file: file) }
        if let syntax = error as? JSONSyntaxError {
            return .damaged(
                file: file, line: syntax.position.line, column: syntax.position.column, message: syntax.message)
        }
        if let positioned = FastJSONDecoder.positionedError(for: error) {
            var message = quotingValue(positioned.message)
            if let decoding = error as? DecodingError, let path = codingPath(of: decoding), !path.isEmpty,
                !message.contains("\"\(path.last!.stringValue)\"")
            {
                message = "\(field(path)): \(message)"
            }
            return .damaged(
                file: file, line: positioned.position.line, column: positioned.position.column, message: message)
        }
        guard let error = error as? DecodingError else {
            return .damaged(file: file, line: nil, column: nil, message: "\(error)")
        }
        let position = positionText(of: error)
        switch error {
        case .typeMismatch(let type, let context):
            return .damaged(
                file: file, line: position.line, column: position.column,
                message: "\(field(context.codingPath)) should be \(describe(type))")
        case .valueNotFound(let type, let context):
            return .damaged(
                file: file, line: position.line, column: position.column,
                message: "\(field(context.codingPath)) is empty (null) but should be \(describe(type))")
        case .keyNotFound(let key, let context):
            let owner = context.codingPath.isEmpty ? "the file" : field(context.codingPath)
            return .damaged(
                file: file, line: position.line, column: position.column,
                message: "\(owner) has no \"\(key.stringValue)\", which is required")
        case .dataCorrupted(let context):
            let detail = quotingValue(cleaned(context.debugDescription))
            let message = context.codingPath.isEmpty ? detail : "\(field(context.codingPath)): \(detail)"
            return .damaged(file: file, line: position.line, column: position.column, message: message)
        @unknown default:
            return .damaged(file: file, line: nil, column: nil, message: "\(error)")
        }
    }

    /// `"price" of record 1235` style text for a coding path.
    static func field(_ path: [any CodingKey]) -> String {
        var parts: [String] = []
        for key in path {
            if let index = key.intValue {
                parts.append("[\(index + 1)]")
            } else {
                parts.append(parts.isEmpty ? key.stringValue : ".\(key.stringValue)")
            }
        }
        return parts.isEmpty ? "the file" : "\"\(parts.joined())\""
    }

    private static func describe(_ type: Any.Type) -> String {
        switch type {
        case is String.Type: return "text"
        case is Int.Type, is Double.Type, is Decimal.Type: return "a number"
        case is Bool.Type: return "true or false"
        case is [Any].Type: return "a list [...]"
        case is [String: Any].Type: return "an object {...}"
        default: return "of type \(type)"
        }
    }

    /// The standard library's "Cannot initialize AgeBand from invalid String value VALUE" quotes the whole value,
    /// however long; the value is quoted cut to `TerminalSafe.quoteLimit` characters instead, escaped.
    static func quotingValue(_ message: String) -> String {
        for marker in [" from invalid String value ", " from invalid Int value "] {
            guard let range = message.range(of: marker) else { continue }
            return String(message[..<range.upperBound]) + TerminalSafe.quote(String(message[range.upperBound...]))
        }
        return message
    }

    private static func cleaned(_ text: String) -> String {
        var text = text
        while text.hasSuffix(".") { text.removeLast() }
        return text
    }

    private static func codingPath(of error: DecodingError) -> [any CodingKey]? {
        switch error {
        case .typeMismatch(_, let context), .valueNotFound(_, let context), .keyNotFound(_, let context),
            .dataCorrupted(let context):
            return context.codingPath
        @unknown default:
            return nil
        }
    }

    private static func positionText(of error: DecodingError) -> (line: Int?, column: Int?) {
        let context: DecodingError.Context
        switch error {
        case .typeMismatch(_, let c), .valueNotFound(_, let c), .keyNotFound(_, let c), .dataCorrupted(let c):
            context = c
        @unknown default:
            return (nil, nil)
        }
        // Foundation's syntax errors say "around line 3, column 7".
        let text = "\(context.debugDescription) \(String(describing: context.underlyingError))"
        guard let range = text.range(of: "line ") else { return (nil, nil) }
        let digits = text[range.upperBound...].prefix(while: \.isNumber)
        var column: Int?
        if let columnRange = text.range(of: "column ", range: range.upperBound..<text.endIndex) {
            column = Int(text[columnRange.upperBound...].prefix(while: \.isNumber))
        }
        return (Int(digits), column)
    }
}
