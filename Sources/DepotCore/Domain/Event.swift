/// A joint event of school and public librarians, such as the reading-aloud championship.
/// (A first cut: the events issue adds rounds, readers, judges and scores.)
public struct Event: Record, Hashable {
    public typealias ID = Identifier<Event>

    public enum Kind: String, Codable, CaseIterable, Sendable {
        case readingCompetition, authorVisit, bookTalk, workshop, other
    }

    public var id: ID
    public var kind: Kind
    public var title: String
    public var startsOn: Day
    public var endsOn: Day?
    public var venue: String?
    public var teamID: PartnershipTeam.ID?
    public var partnerIDs: [Partner.ID]
    public var notes: String?

    public init(
        id: ID, kind: Kind, title: String, startsOn: Day, endsOn: Day? = nil, venue: String? = nil,
        teamID: PartnershipTeam.ID? = nil, partnerIDs: [Partner.ID] = [], notes: String? = nil
    ) {
        self.id = id
        self.kind = kind
        self.title = title
        self.startsOn = startsOn
        self.endsOn = endsOn
        self.venue = venue
        self.teamID = teamID
        self.partnerIDs = partnerIDs
        self.notes = notes
    }
}

/// A partnership team such as SKOFO: school and public librarians with a coordinator (*tovholder*).
public struct PartnershipTeam: Record, Hashable {
    public typealias ID = Identifier<PartnershipTeam>

    /// A measurable outcome both sides agreed on, e.g. "250 pupils in the audience".
    public struct OutcomeTarget: Hashable, Codable, Sendable {
        public var description: String
        public var target: Int

        public init(description: String, target: Int) {
            self.description = description
            self.target = target
        }
    }

    public var id: ID
    public var name: String
    public var memberIDs: [StaffMember.ID]
    public var coordinatorID: StaffMember.ID
    public var aims: [String]
    public var targets: [OutcomeTarget]
    /// The day the team decides whether the partnership is still worth it.
    public var reviewOn: Day?

    public init(
        id: ID, name: String, memberIDs: [StaffMember.ID], coordinatorID: StaffMember.ID, aims: [String] = [],
        targets: [OutcomeTarget] = [], reviewOn: Day? = nil
    ) {
        self.id = id
        self.name = name
        self.memberIDs = memberIDs
        self.coordinatorID = coordinatorID
        self.aims = aims
        self.targets = targets
        self.reviewOn = reviewOn
    }
}
