import Foundation

/// A school that sends readers to a competition, with its classes. A record of its own: a school partner of the
/// deposit side may be linked (`partnerID`), but a school need not be a partner.
public struct School: Hashable, Codable, Sendable, Identifiable {
    public typealias ID = Identifier<School>

    public var id: ID
    public var name: String
    /// The school as a deposit partner, when it is one.
    public var partnerID: Partner.ID?
    /// The classes readers came from, "5.a", in the order first met.
    public var classes: [String]

    public init(id: ID, name: String, partnerID: Partner.ID? = nil, classes: [String] = []) {
        self.id = id
        self.name = name
        self.partnerID = partnerID
        self.classes = classes
    }

    private enum CodingKeys: String, CodingKey {
        case id, name, partnerID, classes
    }

    /// `classes` may be left out.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        id = try container.decode(ID.self, forKey: .id)
        name = try container.decode(String.self, forKey: .name)
        partnerID = try container.decodeIfPresent(Partner.ID.self, forKey: .partnerID)
        classes = try container.decodeIfPresent([String].self, forKey: .classes) ?? []
    }
}

/// Why a reader could not be registered or withdrawn.
public enum ReaderError: Error, Hashable, Sendable {
    /// A field was left empty: "name", "class" or "school".
    case emptyField(String)
    /// No school has that name; `known` lists the schools there are.
    case unknownSchool(name: String, known: [String])
    case unknownRound(number: Int)
    /// The round already has scores, so its readers cannot change.
    case roundStarted(round: String)
    case unknownReader(String)
    case alreadyWithdrawn(reader: String)
}

extension Competition {
    /// The school called `name` (case and surrounding spaces ignored).
    public func school(named name: String) -> School? {
        let wanted = name.trimmingCharacters(in: .whitespaces).lowercased()
        return schools.first { $0.name.lowercased() == wanted }
    }

    /// Adds a school called `name` (or returns the one there is) and returns it.
    @discardableResult
    public mutating func addSchool(named name: String, partnerID: Partner.ID? = nil) -> School {
        if let school = school(named: name) { return school }
        let numbers = schools.compactMap { Int($0.id.rawValue.dropFirst()) }
        let school = School(
            id: School.ID("K\((numbers.max() ?? 0) + 1)"), name: name.trimmingCharacters(in: .whitespaces),
            partnerID: partnerID)
        schools.append(school)
        return school
    }

    /// Registers a reader in round `round` (at the end of its running order, or of heat `heat`'s; a round with
    /// heats puts a reader of no heat named in its last heat). The school must be one of the
    /// competition's schools unless `newSchool`, which makes it one; the class is added to the school's classes.
    @discardableResult
    public mutating func addReader(
        firstName: String, className: String, school schoolName: String, round: Int, newSchool: Bool = false,
        heat: Heat.ID? = nil
    ) throws(ReaderError) -> Reader {
        let name = firstName.trimmingCharacters(in: .whitespaces)
        let className = className.trimmingCharacters(in: .whitespaces)
        guard !name.isEmpty else { throw .emptyField("name") }
        guard !className.isEmpty else { throw .emptyField("class") }
        guard !schoolName.trimmingCharacters(in: .whitespaces).isEmpty else { throw .emptyField("school") }
        guard format.rounds.indices.contains(round) else { throw .unknownRound(number: round + 1) }
        padRounds()
        guard !rounds[round].hasScores else { throw .roundStarted(round: format.rounds[round].name) }
        var school: School
        if let known = self.school(named: schoolName) {
            school = known
        } else if newSchool {
            school = addSchool(named: schoolName)
        } else {
            throw .unknownSchool(name: schoolName, known: schools.map(\.name))
        }
        if !school.classes.contains(className), let index = schools.firstIndex(where: { $0.id == school.id }) {
            schools[index].classes.append(className)
            school = schools[index]
        }
        let numbers = readers.compactMap { Int($0.id.rawValue.dropFirst()) }
        let next = (numbers.max() ?? 0) + 1
        let reader = Reader(
            id: Reader.ID(next < 10 ? "R0\(next)" : "R\(next)"), firstName: name, className: className,
            school: school.name, schoolID: school.partnerID)
        readers.append(reader)
        rounds[round].readerIDs.append(reader.id)
        if let heat, let index = rounds[round].heats.firstIndex(where: { $0.id == heat }) {
            rounds[round].heats[index].readerIDs.append(reader.id)
        }
        rounds[round].normaliseHeats()
        return reader
    }

    /// Marks a reader withdrawn on `day`: the reader stays on record (and in the running order, marked) but leaves
    /// every ranking from then on.
    public mutating func withdraw(_ id: Reader.ID, on day: Day) throws(ReaderError) {
        guard let index = readers.firstIndex(where: { $0.id == id }) else { throw .unknownReader(id.rawValue) }
        guard readers[index].withdrawnOn == nil else { throw .alreadyWithdrawn(reader: readers[index].label) }
        readers[index].withdrawnOn = day
    }
}
