/// An institution that receives deposits: a kindergarten, a childminder group or a school.
public struct Partner: Record, Hashable {
    public typealias ID = Identifier<Partner>

    public enum Kind: String, Codable, CaseIterable, Sendable {
        /// *Børnehave* or *dagtilbud*.
        case kindergarten
        /// *Dagpleje*: a group of childminders served together.
        case childminderGroup
        case school
        case other
    }

    /// A period the partner is closed and cannot receive the van (summer holiday, a move).
    public struct Closure: Hashable, Codable, Sendable {
        public var days: DayRange
        public var reason: String?

        public init(days: DayRange, reason: String? = nil) {
            self.days = days
            self.reason = reason
        }
    }

    public var id: ID
    public var name: String
    public var kind: Kind
    public var address: Address
    public var contact: Contact
    /// Told to the van driver: "ring at the yellow door".
    public var deliveryNotes: String?
    public var ageGroups: [AgeBand]
    public var childCount: Int?
    /// Crates per visit, or children, per age group (`CrateMix`); nil when it says none. Written only when set, so
    /// files from before it load and save unchanged.
    public var crateMix: [CrateMix]?
    public var routeID: Route.ID?
    public var depositKind: DepositKind
    /// Overrides the library's loan period for this partner's deposit kind.
    public var loanPeriod: CalendarPeriod?
    public var closures: [Closure]
    /// Closures that come back every year (Christmas, the summer weeks); nil or empty for none. Written only when
    /// set, so files from before it load and save unchanged.
    public var recurringClosures: [RecurringClosure]?
    /// Nil means the usual policy for the kind: exempt for kindergartens and childminders, the library's default
    /// for others.
    public var finePolicy: FinePolicy?
    /// The partnership ended on this day; nil while it is active. Ended partners keep their history.
    public var endedOn: Day?
    public var notes: String?
    /// The outreach and partnership record: state, contact log. Nil for a partner from before states were kept
    /// (see `partnershipState`); written only when set, so files from before it load and save unchanged.
    public var partnership: Partnership?

    public init(
        id: ID, name: String, kind: Kind, address: Address, contact: Contact, deliveryNotes: String? = nil,
        ageGroups: [AgeBand], childCount: Int? = nil, routeID: Route.ID? = nil, depositKind: DepositKind = .deposit,
        loanPeriod: CalendarPeriod? = nil, closures: [Closure] = [], finePolicy: FinePolicy? = nil,
        endedOn: Day? = nil, notes: String? = nil, recurringClosures: [RecurringClosure]? = nil,
        crateMix: [CrateMix]? = nil, partnership: Partnership? = nil
    ) {
        self.id = id
        self.name = name
        self.kind = kind
        self.address = address
        self.contact = contact
        self.deliveryNotes = deliveryNotes
        self.ageGroups = ageGroups
        self.childCount = childCount
        self.crateMix = crateMix
        self.routeID = routeID
        self.depositKind = depositKind
        self.loanPeriod = loanPeriod
        self.closures = closures
        self.recurringClosures = recurringClosures
        self.finePolicy = finePolicy
        self.endedOn = endedOn
        self.notes = notes
        self.partnership = partnership
    }

    /// A partner now: the partnership is active and has not ended (see `partnershipState`).
    public var isActive: Bool { partnershipState == .active }

    /// Whether the partner is closed on `day`: a dated closure or one of its own recurring ones. (The library's
    /// recurring closures are in its settings; the planner adds them.)
    public func isClosed(on day: Day) -> Bool {
        closures.contains { $0.days.contains(day) } || (recurringClosures?.contains { $0.contains(day) } ?? false)
    }
}

extension LibrarySettings {
    /// The fine policy that applies to `partner`.
    public func finePolicy(for partner: Partner) -> FinePolicy {
        if let own = partner.finePolicy { return own }
        switch partner.kind {
        case .kindergarten, .childminderGroup: return .exempt(usualRates: defaultFinePolicy)
        case .school, .other: return defaultFinePolicy
        }
    }

    /// The loan period that applies to `partner`'s deposits.
    public func loanPeriod(for partner: Partner) -> CalendarPeriod {
        partner.loanPeriod ?? loanPeriods[partner.depositKind]
    }
}
