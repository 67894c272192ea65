import Foundation

/// How every JSON output of Depot is written: keys sorted (so two runs give the same bytes and `diff` works),
/// pretty-printed, slashes left as they are, a newline at the end. `docs/json-output.md` gives each command's shape.
public enum JSONOutput {
    public static func text<T: Encodable>(_ value: T) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self) + "\n"
    }

    /// For a tree of plain values (`[String: Any]`, arrays, strings, numbers), where `nil` (or `NSNull`) is written
    /// as `null` rather than left out.
    public static func text(object: [String: Any?]) throws -> String {
        let plain = object.mapValues { $0 ?? NSNull() }
        let data = try JSONSerialization.data(
            withJSONObject: plain, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}

/// An optional value that a synthesised `Encodable` writes as `null` when it is empty, instead of leaving the key
/// out: a reader of Depot's JSON finds every key of the documented shape in every object.
@propertyWrapper
public struct NullWhenEmpty<Value: Encodable & Sendable>: Encodable, Sendable {
    public var wrappedValue: Value?

    public init(wrappedValue: Value?) { self.wrappedValue = wrappedValue }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        if let wrappedValue { try container.encode(wrappedValue) } else { try container.encodeNil() }
    }
}
