/// Where the library stands with an institution of the municipality, partner or not yet: the outreach the
/// children's team does before a kindergarten gets its first crate, and what became of it.
public enum PartnershipState: String, Codable, CaseIterable, Sendable, Comparable {
    /// Known (from the municipality's list, say), not yet approached.
    case prospect
    /// Approached: see the contact log.
    case contacted
    /// Offered a deposit or a kindergarten library (`Partnership.offer`).
    case offered
    /// Said no, for now.
    case declined
    /// A partner: gets routes, crates and plans.
    case active
    /// On hold: its crates out are still collected, but no new ones go out and the planner leaves it out.
    case paused
    /// The partnership ended (`Partner.endedOn`); its history stays.
    case ended

    /// Not a partner yet: prospect, contacted, offered, declined.
    public var isProspective: Bool {
        switch self {
        case .prospect, .contacted, .offered, .declined: return true
        case .active, .paused, .ended: return false
        }
    }

    public static func < (lhs: PartnershipState, rhs: PartnershipState) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}

/// One entry of a partnership's contact log: who of the library spoke to whom at the institution, and what was
/// agreed. The coordinator (*tovholder*) is often not the one who does the work, so the log is how colleagues know.
public struct ContactLogEntry: Hashable, Codable, Sendable {
    public var day: Day
    /// The staff member who made the contact.
    public var staffID: StaffMember.ID
    /// Whom at the institution: "Lone, leder".
    public var person: String
    /// What was said or agreed.
    public var note: String

    public init(day: Day, staffID: StaffMember.ID, person: String, note: String) {
        self.day = day
        self.staffID = staffID
        self.person = person
        self.note = note
    }
}

/// A partner's outreach and partnership record, kept on the partner (`Partner.partnership`). A partner without
/// one is a partner from before states were kept: active, or ended when `endedOn` is set.
public struct Partnership: Hashable, Codable, Sendable {
    /// The recorded state. Ended is said by `Partner.endedOn`, which wins over this (see `Partner.partnershipState`).
    public var state: PartnershipState
    /// The day the partner entered `state`, when known.
    public var since: Day?
    /// What was offered: a deposit or a kindergarten library.
    public var offer: DepositKind?
    /// Oldest first.
    public var contactLog: [ContactLogEntry]
    /// What both sides agreed at the start, with the first review day.
    public var agreement: PartnershipAgreement?
    /// Oldest first.
    public var reviews: [PartnershipReview]

    public init(
        state: PartnershipState, since: Day? = nil, offer: DepositKind? = nil, contactLog: [ContactLogEntry] = [],
        agreement: PartnershipAgreement? = nil, reviews: [PartnershipReview] = []
    ) {
        self.state = state
        self.since = since
        self.offer = offer
        self.contactLog = contactLog
        self.agreement = agreement
        self.reviews = reviews
    }

    private enum CodingKeys: String, CodingKey {
        case state, since, offer, contactLog, agreement, reviews
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        state = try c.decode(PartnershipState.self, forKey: .state)
        since = try c.decodeIfPresent(Day.self, forKey: .since)
        offer = try c.decodeIfPresent(DepositKind.self, forKey: .offer)
        contactLog = try c.decodeIfPresent([ContactLogEntry].self, forKey: .contactLog) ?? []
        agreement = try c.decodeIfPresent(PartnershipAgreement.self, forKey: .agreement)
        reviews = try c.decodeIfPresent([PartnershipReview].self, forKey: .reviews) ?? []
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(state, forKey: .state)
        try c.encodeIfPresent(since, forKey: .since)
        try c.encodeIfPresent(offer, forKey: .offer)
        if !contactLog.isEmpty { try c.encode(contactLog, forKey: .contactLog) }
        try c.encodeIfPresent(agreement, forKey: .agreement)
        if !reviews.isEmpty { try c.encode(reviews, forKey: .reviews) }
    }
}

extension Partner {
    /// The partnership's state: ended when `endedOn` is set (also for a partner ended on the screen, which sets
    /// only that day), else the recorded one, else active (a partner from before states were kept).
    public var partnershipState: PartnershipState {
        if endedOn != nil { return .ended }
        return partnership?.state ?? .active
    }

    /// Whether the partner takes part in deposits: its recorded state is active (or none is recorded). An ended
    /// partner's `endedOn` still bounds this, as it always did: crates go out and are planned until that day. A
    /// prospect, a declined or a paused partner gets no crates and no plan.
    public var takesDeposits: Bool { (partnership?.state ?? .active) == .active }
}
extension PartnershipState: TextDecodable {}
