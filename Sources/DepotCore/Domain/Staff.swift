/// A librarian: from the public library or from a school.
public struct StaffMember: Record, Hashable {
    public typealias ID = Identifier<StaffMember>

    /// Where a librarian works.
    public struct Affiliation: Hashable, Codable, Sendable {
        public enum Kind: String, Codable, CaseIterable, Sendable {
            case publicLibrary
            case school
        }

        public var kind: Kind
        /// The library branch or the school's name.
        public var institution: String

        public init(kind: Kind, institution: String) {
            self.kind = kind
            self.institution = institution
        }
    }

    public var id: ID
    public var name: String
    public var affiliation: Affiliation
    /// "børnebibliotekar", "skolebibliotekar", "koordinator"...
    public var role: String
    public var email: String?
    public var phone: String?
    public var endedOn: Day?

    public init(
        id: ID, name: String, affiliation: Affiliation, role: String, email: String? = nil, phone: String? = nil,
        endedOn: Day? = nil
    ) {
        self.id = id
        self.name = name
        self.affiliation = affiliation
        self.role = role
        self.email = email
        self.phone = phone
        self.endedOn = endedOn
    }
}
