import Foundation

/// The unkeyed container over a JSON array.
///
/// As with Foundation, a failed decode does not move past the element, and `decodeNil()` only moves
/// past it when it is `null`.
struct JSONUnkeyedContainer: UnkeyedDecodingContainer {
    /// The decoder of the array.
    private let decoder: JSONDecoderImpl
    /// The tape index of the element at `currentIndex`.
    private var elementIndex: Int
    private(set) var currentIndex = 0

    init(decoder: JSONDecoderImpl) {
        self.decoder = decoder
        elementIndex = decoder.valueIndex + 1
    }

    var codingPath: [any CodingKey] { decoder.codingPath }
    var count: Int? { elementCount }
    var isAtEnd: Bool { currentIndex >= elementCount }

    private var elementCount: Int { Int(decoder.tape.tokens[decoder.valueIndex].count) }

    // MARK: Walking the elements

    /// The tape index of the current element; throws `valueNotFound` if there are no elements left.
    private func currentElement(_ expected: Any.Type) throws -> Int {
        guard !isAtEnd else {
            throw decoder.arrayTooShort(expected, elementCount: elementCount)
        }
        return elementIndex
    }

    private var currentKey: JSONKey { JSONKey(index: currentIndex) }

    private mutating func moveToNextElement() {
        elementIndex = decoder.tape.index(after: elementIndex)
        currentIndex += 1
    }

    /// Reads the current element as a scalar, then moves past it.
    @inline(__always)
    private mutating func next<T: JSONScalar>() throws -> T {
        let index = try currentElement(T.self)
        do {
            let value = try T.read(from: decoder.tape, at: index)
            moveToNextElement()
            return value
        } catch {
            throw decoder.decodingError(error, expected: T.self, at: index, key: currentKey)
        }
    }

    // MARK: Decoding

    mutating func decodeNil() throws -> Bool {
        guard decoder.isNull(at: try currentElement(Never.self)) else { return false }
        moveToNextElement()
        return true
    }

    mutating func decode(_ type: Bool.Type) throws -> Bool { try next() }
    mutating func decode(_ type: String.Type) throws -> String { try next() }
    mutating func decode(_ type: Double.Type) throws -> Double { try next() }
    mutating func decode(_ type: Float.Type) throws -> Float { try next() }
    mutating func decode(_ type: Int.Type) throws -> Int { try next() }
    mutating func decode(_ type: Int8.Type) throws -> Int8 { try next() }
    mutating func decode(_ type: Int16.Type) throws -> Int16 { try next() }
    mutating func decode(_ type: Int32.Type) throws -> Int32 { try next() }
    mutating func decode(_ type: Int64.Type) throws -> Int64 { try next() }
    mutating func decode(_ type: UInt.Type) throws -> UInt { try next() }
    mutating func decode(_ type: UInt8.Type) throws -> UInt8 { try next() }
    mutating func decode(_ type: UInt16.Type) throws -> UInt16 { try next() }
    mutating func decode(_ type: UInt32.Type) throws -> UInt32 { try next() }
    mutating func decode(_ type: UInt64.Type) throws -> UInt64 { try next() }

    mutating func decode<T: Decodable>(_ type: T.Type) throws -> T {
        let value = try decoder.decode(T.self, at: currentElement(T.self), key: currentKey)
        moveToNextElement()
        return value
    }

    // MARK: Nested containers and super decoders

    mutating func nestedContainer<NestedKey: CodingKey>(
        keyedBy type: NestedKey.Type
    ) throws -> KeyedDecodingContainer<NestedKey> {
        let index = try currentElement(KeyedDecodingContainer<NestedKey>.self)
        let container = try decoder.child(at: index, key: currentKey).container(keyedBy: NestedKey.self)
        moveToNextElement()
        return container
    }

    mutating func nestedUnkeyedContainer() throws -> any UnkeyedDecodingContainer {
        let index = try currentElement((any UnkeyedDecodingContainer).self)
        let container = try decoder.child(at: index, key: currentKey).unkeyedContainer()
        moveToNextElement()
        return container
    }

    mutating func superDecoder() throws -> any Decoder {
        let superDecoder = decoder.child(at: try currentElement((any Decoder).self), key: currentKey)
        moveToNextElement()
        return superDecoder
    }
}
