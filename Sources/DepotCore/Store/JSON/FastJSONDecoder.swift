import Foundation

/// A fast, strict JSON decoder for `Decodable` types, for loading large documents such as a city
/// library's catalogue.
///
/// It decodes the same values as Foundation's `JSONDecoder` with its default strategies (missing keys
/// and `null` give `nil` for optionals, `Decimal` is read exactly from the number's digits), and throws
/// the same kinds of `DecodingError`. It differs in three ways:
///
/// - Malformed text throws a ``JSONSyntaxError`` with the line and column of the problem, rather than
///   `DecodingError.dataCorrupted`. The text must be strict RFC 8259 JSON: no comments, no trailing
///   commas. A leading byte order mark is skipped.
/// - Every `DecodingError` says where the offending value is: its `debugDescription` ends with
///   "(line 12, column 5)", and its `underlyingError` is a ``JSONPositionedError``. See
///   ``position(of:)`` and ``positionedError(for:)``.
/// - `Date`, `URL` and `Data` get no special treatment: they decode through their own `Decodable`
///   conformances (for `Date`, a number of seconds since 2001).
///
/// ```swift
/// do {
///     let items = try FastJSONDecoder().decode([Item].self, from: data)
/// } catch {
///     if let problem = FastJSONDecoder.positionedError(for: error) {
///         print("items.json \(problem.position): \(problem.message)")
///     }
/// }
/// ```
public struct FastJSONDecoder: Sendable {
    /// Values handed to `init(from:)` implementations through `Decoder.userInfo`.
    public var userInfo: [CodingUserInfoKey: any Sendable] = [:]

    /// Whether long arrays of ``ConcurrentlyDecodable`` elements are decoded on all cores. Tests turn it
    /// off to compare with decoding on one thread.
    var decodesConcurrently = true

    /// Whether records with a tape reader (``TapeDecodable``) are read by it. Tests turn it off to compare with
    /// their `init(from:)`.
    var readsRecordsFromTape = true

    public init() {}

    /// Decodes a value of type `type` from UTF-8 JSON text.
    public func decode<T: Decodable>(_ type: T.Type, from data: Data) throws -> T {
        let tape = try data.withUnsafeBytes { bytes throws(JSONSyntaxError) in try JSONTape(parsing: bytes) }
        return try decode(T.self, from: tape)
    }

    /// Decodes a value of type `type` from UTF-8 JSON text.
    public func decode<T: Decodable>(_ type: T.Type, from bytes: [UInt8]) throws -> T {
        let tape = try bytes.withUnsafeBytes { bytes throws(JSONSyntaxError) in try JSONTape(parsing: bytes) }
        return try decode(T.self, from: tape)
    }

    private func decode<T: Decodable>(_ type: T.Type, from tape: JSONTape) throws -> T {
        let session = JSONDecodingSession(
            tape: tape, userInfo: userInfo, decodesConcurrently: decodesConcurrently,
            readsRecordsFromTape: readsRecordsFromTape)
        let root = JSONDecoderImpl(session: session, valueIndex: tape.rootIndex, parent: nil, key: nil)
        return try root.decode(T.self, at: tape.rootIndex, key: nil)
    }

    /// Where in the text `error` arose, if it came from a `FastJSONDecoder`: the problem's position for
    /// a ``JSONSyntaxError``, the offending value's position for a `DecodingError`.
    public static func position(of error: any Error) -> JSONPosition? {
        positionedError(for: error)?.position
    }

    /// The position and plain-English description of `error`, if it came from a `FastJSONDecoder`.
    public static func positionedError(for error: any Error) -> JSONPositionedError? {
        switch error {
        case let error as JSONSyntaxError:
            return JSONPositionedError(position: error.position, message: error.message)
        case let error as JSONPositionedError:
            return error
        case let error as DecodingError:
            let context: DecodingError.Context
            switch error {
            case .typeMismatch(_, let errorContext), .valueNotFound(_, let errorContext),
                .keyNotFound(_, let errorContext), .dataCorrupted(let errorContext):
                context = errorContext
            @unknown default:
                return nil
            }
            return context.underlyingError.flatMap { positionedError(for: $0) }
        default:
            return nil
        }
    }
}
