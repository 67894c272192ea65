/// A postal address.
public struct Address: Hashable, Codable, Sendable {
    public var street: String
    public var postalCode: String
    public var city: String

    public init(street: String, postalCode: String, city: String) {
        self.street = street
        self.postalCode = postalCode
        self.city = city
    }

    /// `Skolevej 4, 8400 Ebeltoft`.
    public var singleLine: String { "\(street), \(postalCode) \(city)" }
}

/// The person a partner names as its contact, who puts the crates out on exchange day.
public struct Contact: Hashable, Codable, Sendable {
    public var name: String
    public var phone: String?
    public var email: String?

    public init(name: String, phone: String? = nil, email: String? = nil) {
        self.name = name
        self.phone = phone
        self.email = email
    }
}
