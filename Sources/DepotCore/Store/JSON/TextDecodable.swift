/// A value written in JSON as one string: identifiers, days, amounts, periods and enums with text raw values.
///
/// `FastJSONDecoder` builds these straight from the string on its tape, skipping the nested decoder and
/// single-value container that `init(from:)` would need: for the 60,000-item catalogue that is several hundred
/// thousand decoders fewer. When `init(decodingText:)` returns nil, the type's own `init(from:)` runs instead and
/// reports the problem in its own words.
public protocol TextDecodable: Decodable {
    init?(decodingText text: String)
}

extension TextDecodable where Self: RawRepresentable, RawValue == String {
    public init?(decodingText text: String) { self.init(rawValue: text) }
}

extension Identifier: TextDecodable {
    public init?(decodingText text: String) { self.init(text) }
}

extension Day: TextDecodable {
    public init?(decodingText text: String) { self.init(text) }
}

extension Money: TextDecodable {
    public init?(decodingText text: String) { self.init(text) }
}

extension CalendarPeriod: TextDecodable {
    public init?(decodingText text: String) { self.init(text) }
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
