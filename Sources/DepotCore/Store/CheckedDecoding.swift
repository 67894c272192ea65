/// Decoding numbers and values that must lie in a range, with a refusal that points at the value itself: through
/// `JSONFileDecoding.damage` it becomes "library.json line 14, column 20: "library.dueSoonDays": must be from 0 to
/// 365 days; found 9223372036854775807".
extension KeyedDecodingContainer {
    /// The whole number under `key`, refused unless `limit` contains it.
    func decode(_ type: Int.Type, forKey key: Key, within limit: NumberLimit) throws -> Int {
        let value = try decode(Int.self, forKey: key)
        guard limit.contains(value) else { throw outOfRange(key, limit.refusal(found: value)) }
        return value
    }

    /// The whole number under `key`, if any, refused unless `limit` contains it.
    func decodeIfPresent(_ type: Int.Type, forKey key: Key, within limit: NumberLimit) throws -> Int? {
        guard let value = try decodeIfPresent(Int.self, forKey: key) else { return nil }
        guard limit.contains(value) else { throw outOfRange(key, limit.refusal(found: value)) }
        return value
    }

    /// The amount under `key`, refused unless it lies from `low` to `high`.
    func decode(_ type: Money.Type, forKey key: Key, from low: Money, to high: Money) throws -> Money {
        let value = try decode(Money.self, forKey: key)
        guard low <= value, value <= high else {
            throw outOfRange(key, "must be from \(low) to \(high); found \(value)")
        }
        return value
    }

    /// A `dataCorrupted` error for the value under `key`, positioned at that value when the decoder is Depot's own
    /// (so that the message names its line and column), with `message` as its description.
    func outOfRange(_ key: Key, _ message: String) -> DecodingError {
        let error = DecodingError.dataCorrupted(
            DecodingError.Context(codingPath: codingPath + [key], debugDescription: message))
        guard let decoder = try? superDecoder(forKey: key) as? JSONDecoderImpl else { return error }
        return decoder.addingPosition(to: error)
    }
}
