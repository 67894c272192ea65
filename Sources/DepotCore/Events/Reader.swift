/// A child who reads in a competition. Only a first name, a class and a school are kept: no birth date, address or
/// photo. After the retention period the first name is replaced by a label such as "Oplæser 3".
public struct Reader: Hashable, Codable, Sendable, Identifiable {
    public typealias ID = Identifier<Reader>

    /// The book a reader reads from.
    public struct Book: Hashable, Codable, Sendable {
        public var title: String
        public var author: String

        public init(title: String, author: String) {
            self.title = title
            self.author = author
        }
    }

    public var id: ID
    public var firstName: String
    /// "5.a".
    public var className: String
    public var school: String
    /// The school as a partner, when it is one.
    public var schoolID: Partner.ID?
    public var book: Book?
    /// The day the reader withdrew: kept on record, left out of every ranking.
    public var withdrawnOn: Day?

    public init(
        id: ID, firstName: String, className: String, school: String, schoolID: Partner.ID? = nil, book: Book? = nil
    ) {
        self.id = id
        self.firstName = firstName
        self.className = className
        self.school = school
        self.schoolID = schoolID
        self.book = book
        self.withdrawnOn = nil
    }

    public var isWithdrawn: Bool { withdrawnOn != nil }

    /// "Ida (5.a, Rønde Skole)".
    public var label: String { "\(firstName) (\(className), \(school))" }
}
