/// Arrays and `[String: T]` dictionaries, which are filled straight from the tape: arrays with their
/// capacity reserved up front, dictionaries without looking every key up again through a keyed
/// container. The results are the same as through their own `Decodable` conformances.
protocol JSONCollectionDecodable: JSONFastPath {
    init(jsonDecoder decoder: JSONDecoderImpl) throws
}

extension Array: JSONFastPath where Element: Decodable {}

extension Array: JSONCollectionDecodable where Element: Decodable {
    init(jsonDecoder decoder: JSONDecoderImpl) throws {
        try decoder.requireKind(.array)
        let tape = decoder.tape
        let count = Int(tape.tokens[decoder.valueIndex].count)
        if count >= JSONConcurrentArray.minimumCount, decoder.session.decodesConcurrently,
            let valueType = Element.self as? any ConcurrentlyDecodable.Type
        {
            self = try decoder.decodeConcurrently(valueType, count: count)
            return
        }
        var result: [Element] = []
        result.reserveCapacity(count)
        var elementIndex = decoder.valueIndex + 1
        for position in 0..<count {
            result.append(try decoder.decode(Element.self, at: elementIndex, key: JSONKey(index: position)))
            elementIndex = tape.index(after: elementIndex)
        }
        self = result
    }
}

extension Dictionary: JSONFastPath where Key == String, Value: Decodable {}

extension Dictionary: JSONCollectionDecodable where Key == String, Value: Decodable {
    init(jsonDecoder decoder: JSONDecoderImpl) throws {
        try decoder.requireKind(.object)
        let tape = decoder.tape
        var result: [String: Value] = [:]
        result.reserveCapacity(Int(tape.tokens[decoder.valueIndex].count))
        try tape.forEachMember(ofObjectAt: decoder.valueIndex) { keyIndex, valueIndex in
            let key = tape.string(at: keyIndex)
            // The first of several members with the same key wins, as with Foundation.
            if result[key] == nil {
                result[key] = try decoder.decode(Value.self, at: valueIndex, key: JSONKey(stringValue: key))
            }
        }
        self = result
    }
}
