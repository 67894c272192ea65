import Foundation

/// The keyed container over a JSON object.
///
/// The standard library copies this struct for every call made through `KeyedDecodingContainer`, so
/// it holds nothing but its decoder. Keys are looked up with
/// ``JSONDecodingSession/memberValueIndex(named:inObjectAt:)``.
struct JSONKeyedContainer<Key: CodingKey>: KeyedDecodingContainerProtocol {
    /// The decoder of the object.
    private let decoder: JSONDecoderImpl

    init(decoder: JSONDecoderImpl) {
        self.decoder = decoder
    }

    var codingPath: [any CodingKey] { decoder.codingPath }

    var allKeys: [Key] {
        let tape = decoder.tape
        var seen: Set<String> = []
        var keys: [Key] = []
        tape.forEachMember(ofObjectAt: decoder.valueIndex) { keyIndex, _ in
            let name = tape.string(at: keyIndex)
            if seen.insert(name).inserted, let key = Key(stringValue: name) {
                keys.append(key)
            }
        }
        return keys
    }

    func contains(_ key: Key) -> Bool {
        valueIndex(for: key) != nil
    }

    // MARK: Finding values

    /// The tape index of the value for `key`, or `nil` if the object has no such member.
    private func valueIndex(for key: some CodingKey) -> Int? {
        decoder.session.memberValueIndex(named: key.stringValue, inObjectAt: decoder.valueIndex)
    }

    /// The tape index of the value for `key`; throws `keyNotFound` if there is none.
    private func requireValueIndex(for key: Key) throws -> Int {
        guard let index = valueIndex(for: key) else {
            throw decoder.keyNotFound(key)
        }
        return index
    }

    /// The tape index of the value for `key`, or `nil` if it is missing or `null` (`decodeIfPresent`).
    private func presentValueIndex(for key: Key) -> Int? {
        guard let index = valueIndex(for: key), !decoder.isNull(at: index) else { return nil }
        return index
    }

    // MARK: Decoding

    func decodeNil(forKey key: Key) throws -> Bool {
        decoder.isNull(at: try requireValueIndex(for: key))
    }

    func decode(_ type: Bool.Type, forKey key: Key) throws -> Bool { try scalar(forKey: key) }
    func decode(_ type: String.Type, forKey key: Key) throws -> String { try scalar(forKey: key) }
    func decode(_ type: Double.Type, forKey key: Key) throws -> Double { try scalar(forKey: key) }
    func decode(_ type: Float.Type, forKey key: Key) throws -> Float { try scalar(forKey: key) }
    func decode(_ type: Int.Type, forKey key: Key) throws -> Int { try scalar(forKey: key) }
    func decode(_ type: Int8.Type, forKey key: Key) throws -> Int8 { try scalar(forKey: key) }
    func decode(_ type: Int16.Type, forKey key: Key) throws -> Int16 { try scalar(forKey: key) }
    func decode(_ type: Int32.Type, forKey key: Key) throws -> Int32 { try scalar(forKey: key) }
    func decode(_ type: Int64.Type, forKey key: Key) throws -> Int64 { try scalar(forKey: key) }
    func decode(_ type: UInt.Type, forKey key: Key) throws -> UInt { try scalar(forKey: key) }
    func decode(_ type: UInt8.Type, forKey key: Key) throws -> UInt8 { try scalar(forKey: key) }
    func decode(_ type: UInt16.Type, forKey key: Key) throws -> UInt16 { try scalar(forKey: key) }
    func decode(_ type: UInt32.Type, forKey key: Key) throws -> UInt32 { try scalar(forKey: key) }
    func decode(_ type: UInt64.Type, forKey key: Key) throws -> UInt64 { try scalar(forKey: key) }

    func decode<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T {
        try decoder.decode(T.self, at: requireValueIndex(for: key), key: key)
    }

    /// Reads the scalar for `key`; throws `keyNotFound` if there is none.
    @inline(__always)
    private func scalar<T: JSONScalar>(forKey key: Key) throws -> T {
        let index = try requireValueIndex(for: key)
        do {
            return try T.read(from: decoder.tape, at: index)
        } catch {
            throw decoder.decodingError(error, expected: T.self, at: index, key: key)
        }
    }

    // MARK: Decoding optional values

    // Missing keys and null values both give nil, as with Foundation. Overriding the protocol's default
    // implementations saves looking the key up three times.

    func decodeIfPresent(_ type: Bool.Type, forKey key: Key) throws -> Bool? {
        try scalarIfPresent(forKey: key)
    }

    func decodeIfPresent(_ type: String.Type, forKey key: Key) throws -> String? {
        try scalarIfPresent(forKey: key)
    }

    func decodeIfPresent(_ type: Double.Type, forKey key: Key) throws -> Double? {
        try scalarIfPresent(forKey: key)
    }

    func decodeIfPresent(_ type: Float.Type, forKey key: Key) throws -> Float? {
        try scalarIfPresent(forKey: key)
    }

    func decodeIfPresent(_ type: Int.Type, forKey key: Key) throws -> Int? {
        try scalarIfPresent(forKey: key)
    }

    func decodeIfPresent(_ type: Int8.Type, forKey key: Key) throws -> Int8? {
        try scalarIfPresent(forKey: key)
    }

    func decodeIfPresent(_ type: Int16.Type, forKey key: Key) throws -> Int16? {
        try scalarIfPresent(forKey: key)
    }

    func decodeIfPresent(_ type: Int32.Type, forKey key: Key) throws -> Int32? {
        try scalarIfPresent(forKey: key)
    }

    func decodeIfPresent(_ type: Int64.Type, forKey key: Key) throws -> Int64? {
        try scalarIfPresent(forKey: key)
    }

    func decodeIfPresent(_ type: UInt.Type, forKey key: Key) throws -> UInt? {
        try scalarIfPresent(forKey: key)
    }

    func decodeIfPresent(_ type: UInt8.Type, forKey key: Key) throws -> UInt8? {
        try scalarIfPresent(forKey: key)
    }

    func decodeIfPresent(_ type: UInt16.Type, forKey key: Key) throws -> UInt16? {
        try scalarIfPresent(forKey: key)
    }

    func decodeIfPresent(_ type: UInt32.Type, forKey key: Key) throws -> UInt32? {
        try scalarIfPresent(forKey: key)
    }

    func decodeIfPresent(_ type: UInt64.Type, forKey key: Key) throws -> UInt64? {
        try scalarIfPresent(forKey: key)
    }

    func decodeIfPresent<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T? {
        guard let index = presentValueIndex(for: key) else { return nil }
        return try decoder.decode(T.self, at: index, key: key)
    }

    @inline(__always)
    private func scalarIfPresent<T: JSONScalar>(forKey key: Key) throws -> T? {
        guard let index = presentValueIndex(for: key) else { return nil }
        do {
            return try T.read(from: decoder.tape, at: index)
        } catch {
            throw decoder.decodingError(error, expected: T.self, at: index, key: key)
        }
    }

    // MARK: Nested containers and super decoders

    func nestedContainer<NestedKey: CodingKey>(
        keyedBy type: NestedKey.Type, forKey key: Key
    ) throws -> KeyedDecodingContainer<NestedKey> {
        try decoder.child(at: requireValueIndex(for: key), key: key).container(keyedBy: NestedKey.self)
    }

    func nestedUnkeyedContainer(forKey key: Key) throws -> any UnkeyedDecodingContainer {
        try decoder.child(at: requireValueIndex(for: key), key: key).unkeyedContainer()
    }

    /// A decoder for the member named "super"; like Foundation, a missing member decodes as `null`.
    func superDecoder() throws -> any Decoder {
        superDecoder(for: JSONKey.superKey)
    }

    /// A decoder for the member named `key`; like Foundation, a missing member decodes as `null`.
    func superDecoder(forKey key: Key) throws -> any Decoder {
        superDecoder(for: key)
    }

    private func superDecoder(for key: some CodingKey) -> any Decoder {
        decoder.child(at: valueIndex(for: key) ?? decoder.tape.absentValueIndex, key: key)
    }
}
