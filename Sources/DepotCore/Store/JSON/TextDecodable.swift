/// A value written in JSON as one string: identifiers, days, amounts, periods and enums with text raw values.
///
/// `FastJSONDecoder` builds these straight from the string on its tape, skipping the nested decoder and
/// single-value container that `init(from:)` would need: for the 60,000-item catalogue that is several hundred
/// thousand decoders fewer. When `init(decodingText:)` throws, the type's own `init(from:)` runs instead and
/// reports the problem in its own words.
protocol TextDecodable: Decodable, JSONFastPath {
    /// The value written as `text`. Throws rather than returning nil: the decoder calls this without knowing the
    /// type at compile time, and an optional of an unknown type costs a runtime type look-up on every call.
    init(decodingText text: String) throws(TextDecodingFailure)
}

/// The text does not spell a value of the type.
public struct TextDecodingFailure: Error {
    public init() {}
}

extension TextDecodable where Self: RawRepresentable, RawValue == String {
    init(decodingText text: String) throws(TextDecodingFailure) {
        guard let value = Self(rawValue: text) else { throw TextDecodingFailure() }
        self = value
    }
}

extension Identifier: TextDecodable {
    public init(decodingText text: String) { self.init(text) }
}

extension Day: TextDecodable {
    public init(decodingText text: String) throws(TextDecodingFailure) {
        guard let value = Day(text) else { throw TextDecodingFailure() }
        self = value
    }
}

extension Money: TextDecodable {
    public init(decodingText text: String) throws(TextDecodingFailure) {
        guard let value = Money(text), value.isWithinFileLimit else { throw TextDecodingFailure() }
        self = value
    }
}

extension CalendarPeriod: TextDecodable {
    public init(decodingText text: String) throws(TextDecodingFailure) {
        guard let value = CalendarPeriod(text), value.loanPeriodProblem == nil else { throw TextDecodingFailure() }
        self = value
    }
}

extension AgeBand: TextDecodable {}
extension CrateColour: TextDecodable {}
extension Weekday: TextDecodable {}
extension DepositKind: TextDecodable {}
extension FinePolicy.Mode: TextDecodable {}
extension Partner.Kind: TextDecodable {}
extension StaffMember.Affiliation.Kind: TextDecodable {}
extension Item.Format: TextDecodable {}
extension Item.Status: TextDecodable {}
extension Crate.State: TextDecodable {}
extension Deposit.Exception.Kind: TextDecodable {}
extension Event.Kind: TextDecodable {}
