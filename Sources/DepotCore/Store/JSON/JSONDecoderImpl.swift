import Foundation

/// The `Decoder` for one value of the document, handed to that value's `init(from:)`.
///
/// Decoders form a chain towards the root: each knows its parent and the key its value sits under, so
/// the chain is the coding path. A decoder is only made for values that need one (records, arrays,
/// dictionaries); strings, numbers and booleans are read straight from the tape. Containers hold
/// nothing but their decoder, which keeps them cheap to copy.
final class JSONDecoderImpl: Decoder {
    let session: JSONDecodingSession
    /// The session's tape, kept here too so the hot paths reach it with one load and no retain.
    let tape: JSONTape
    /// The tape index of this decoder's value.
    let valueIndex: Int
    private let parent: JSONDecoderImpl?
    /// The key of this decoder's value in its parent; `nil` at the root.
    private let key: (any CodingKey)?

    init(session: JSONDecodingSession, valueIndex: Int, parent: JSONDecoderImpl?, key: (any CodingKey)?) {
        self.session = session
        self.tape = session.tape
        self.valueIndex = valueIndex
        self.parent = parent
        self.key = key
    }

    var userInfo: [CodingUserInfoKey: Any] { session.userInfo }

    var codingPath: [any CodingKey] {
        var keys: [any CodingKey] = []
        var decoder: JSONDecoderImpl? = self
        while let current = decoder {
            if let key = current.key {
                keys.append(key)
            }
            decoder = current.parent
        }
        return session.codingPathPrefix + keys.reversed()
    }

    /// A decoder for the value at `index`, which sits under `key` in this decoder's value.
    func child(at index: Int, key: any CodingKey) -> JSONDecoderImpl {
        JSONDecoderImpl(session: session, valueIndex: index, parent: self, key: key)
    }

    // MARK: Containers

    func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
        try requireKind(.object)
        return KeyedDecodingContainer(JSONKeyedContainer<Key>(decoder: self))
    }

    func unkeyedContainer() throws -> any UnkeyedDecodingContainer {
        try requireKind(.array)
        return JSONUnkeyedContainer(decoder: self)
    }

    func singleValueContainer() throws -> any SingleValueDecodingContainer {
        JSONSingleValueContainer(decoder: self)
    }

    /// Throws unless this decoder's value is an object or an array, as `kind` says.
    func requireKind(_ kind: JSONToken.Kind) throws {
        guard tape.tokens[valueIndex].kind == kind else {
            let expected: Any.Type = kind == .object ? [String: Any].self : [Any].self
            throw typeMismatch(expected, at: valueIndex, key: nil)
        }
    }

    // MARK: Decoding values

    func isNull(at index: Int) -> Bool {
        tape.tokens[index].kind == .null
    }

    /// Decodes the value at `index`, which sits under `key` in this decoder's value, as `T`. With no
    /// key, decodes this decoder's own value.
    func decode<T: Decodable>(_ type: T.Type, at index: Int, key: (any CodingKey)?) throws -> T {
        // Common scalar types skip making a decoder and a single value container. Decimal must be read
        // here: its own Decodable conformance expects an object of its internal fields.
        if T.self == String.self {
            return try scalar(String.self, at: index, key: key) as! T
        }
        if T.self == Int.self {
            return try scalar(Int.self, at: index, key: key) as! T
        }
        if T.self == Double.self {
            return try scalar(Double.self, at: index, key: key) as! T
        }
        if T.self == Bool.self {
            return try scalar(Bool.self, at: index, key: key) as! T
        }
        if T.self == Decimal.self {
            return try scalar(Decimal.self, at: index, key: key) as! T
        }
        let kind = session.kind(of: T.self)
        if case .record(let recordType) = kind {
            do {
                return try recordValue(recordType, at: index, as: T.self)
            } catch {
                // Not in the shape the reader reads: its own init(from:), below, decodes it or says what is wrong.
            }
        }
        if case .text(let textType) = kind, tape.tokens[index].kind == .string {
            do {
                return try textValue(textType, at: index, as: T.self)
            } catch {
                // Not a value of the type: its own init(from:), below, says what is wrong in its own words.
            }
        }
        let decoder = key.map { child(at: index, key: $0) } ?? self
        if case .collection(let collectionType) = kind {
            return try collectionType.init(jsonDecoder: decoder) as! T
        }
        do {
            return try T(from: decoder)
        } catch let error as DecodingError {
            // Errors from the value's own init(from:), such as an unknown raw value, learn where it is.
            throw decoder.addingPosition(to: error)
        }
    }

    /// The string at `index` as a `Text`, which is `T`. Being generic over the text type, rather than
    /// calling through `any TextDecodable.Type`, spares the runtime a type look-up for each value.
    private func textValue<Text: TextDecodable, T>(
        _ textType: Text.Type, at index: Int, as type: T.Type
    ) throws(TextDecodingFailure) -> T {
        try Text(decodingText: tape.string(at: index)) as! T
    }

    /// The record at `index` read by its tape reader, as `T` (which is `Record`); generic over the record type for
    /// the same reason as `textValue`.
    private func recordValue<Record: TapeDecodable, T>(
        _ recordType: Record.Type, at index: Int, as type: T.Type
    ) throws(TapeShapeMismatch) -> T {
        let record = try Record(tape: TapeReader(tape: tape), objectAt: index)
        // The session found `Record` as the kind of `T`, so the types are the same: no cast to check.
        return unsafeBitCast(consume record, to: T.self)
    }

    /// Reads the scalar at `index`, turning a problem into the `DecodingError` Foundation would throw
    /// for the value under `key`.
    @inline(__always)
    func scalar<T: JSONScalar>(_ type: T.Type, at index: Int, key: (any CodingKey)?) throws -> T {
        do {
            return try T.read(from: tape, at: index)
        } catch {
            throw decodingError(error, expected: T.self, at: index, key: key)
        }
    }
}
