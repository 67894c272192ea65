/// What the coordinator asks the rotation planner for: a season, the partners taking part, how far back a partner
/// must not see a crate again, and the cells already decided by hand (pins).
///
/// Everything else comes from the library: routes, van capacities, loan periods and the turnaround time from the
/// settings (or `settings` here, to try other numbers), age groups and closures from the partners, crates and their
/// rotation history from the crates and deposits.
public struct PlanRequest: Hashable, Sendable {
    /// The season to plan.
    public var season: Season
    /// The first day a visit may be planned on; nil for the season's first day. Set it to plan the rest of a season
    /// that has begun.
    public var startingOn: Day?
    /// The partners taking part, by id; nil for every partner whose partnership has not ended before the season.
    public var partnerIDs: [Partner.ID]?
    /// Seasons before this one in which a crate a partner had rules it out again: 1 means this season and the one
    /// before (the default), 0 this season only.
    public var lookBackSeasons: Int
    /// Cells decided by hand: kept as they are, and everything else is planned around them.
    public var pins: [Pin]
    /// How many crates of which age band a partner gets at each visit, where the last deposit should not decide it.
    public var crateDemands: [CrateDemand]
    /// Settings to plan with instead of the library's own (another van capacity, another turnaround).
    public var settings: LibrarySettings?
    /// Whether partners with a deposit (kind `deposit`) hand their crates back at a last visit before their summer
    /// closure or the season's end. Kindergarten libraries keep theirs across seasons either way.
    public var collectsBeforeSummer: Bool

    /// A request for `season`; the defaults plan every active partner with a look-back of one season.
    public init(
        season: Season, startingOn: Day? = nil, partnerIDs: [Partner.ID]? = nil, lookBackSeasons: Int = 1,
        pins: [Pin] = [], crateDemands: [CrateDemand] = [], settings: LibrarySettings? = nil,
        collectsBeforeSummer: Bool = true
    ) {
        self.season = season
        self.startingOn = startingOn
        self.partnerIDs = partnerIDs
        self.lookBackSeasons = lookBackSeasons
        self.pins = pins
        self.crateDemands = crateDemands
        self.settings = settings
        self.collectsBeforeSummer = collectsBeforeSummer
    }
}

/// A cell of the plan (one partner's visit) decided by hand: the visit happens on `day`, and leaves `crates` when
/// they are given. Re-planning keeps it and plans the partner's other visits, and everybody else's, around it.
public struct Pin: Hashable, Codable, Sendable {
    public var partnerID: Partner.ID
    public var day: Day
    /// The crates to leave; nil lets the planner choose them, an empty list leaves none (a collection).
    public var crates: [Crate.ID]?

    public init(partnerID: Partner.ID, day: Day, crates: [Crate.ID]? = nil) {
        self.partnerID = partnerID
        self.day = day
        self.crates = crates
    }
}

/// The crates a partner gets at each visit, one age band per crate: `[.preschool, .toddlers]` is two crates.
///
/// Without one, a partner gets what its last deposit had (the bands of those crates that fit its age groups), or
/// one crate for its oldest age group when it has had none.
public struct CrateDemand: Hashable, Codable, Sendable {
    public var partnerID: Partner.ID
    public var bands: [AgeBand]

    public init(partnerID: Partner.ID, bands: [AgeBand]) {
        self.partnerID = partnerID
        self.bands = bands
    }
}

extension PlanRequest: Codable {
    private enum CodingKeys: String, CodingKey {
        case season, seasonStartMonth, startingOn, partnerIDs, lookBackSeasons, pins, crateDemands, settings
        case collectsBeforeSummer
    }

    /// The season is written as its name ("2027/28") with the month it starts in beside it.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let name = try container.decode(String.self, forKey: .season)
        let startMonth =
            try container.decodeIfPresent(Int.self, forKey: .seasonStartMonth, within: Limits.seasonStartMonth) ?? 8
        guard let season = Season(name, startMonth: startMonth) else {
            throw DecodingError.dataCorruptedError(
                forKey: .season, in: container, debugDescription: "expected a season such as \"2027/28\"")
        }
        self.season = season
        startingOn = try container.decodeIfPresent(Day.self, forKey: .startingOn)
        partnerIDs = try container.decodeIfPresent([Partner.ID].self, forKey: .partnerIDs)
        lookBackSeasons =
            try container.decodeIfPresent(Int.self, forKey: .lookBackSeasons, within: Limits.lookBackSeasons) ?? 1
        pins = try container.decodeIfPresent([Pin].self, forKey: .pins) ?? []
        crateDemands = try container.decodeIfPresent([CrateDemand].self, forKey: .crateDemands) ?? []
        settings = try container.decodeIfPresent(LibrarySettings.self, forKey: .settings)
        collectsBeforeSummer = try container.decodeIfPresent(Bool.self, forKey: .collectsBeforeSummer) ?? true
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(season.description, forKey: .season)
        try container.encode(season.startMonth, forKey: .seasonStartMonth)
        try container.encodeIfPresent(startingOn, forKey: .startingOn)
        try container.encodeIfPresent(partnerIDs, forKey: .partnerIDs)
        try container.encode(lookBackSeasons, forKey: .lookBackSeasons)
        try container.encode(pins, forKey: .pins)
        try container.encode(crateDemands, forKey: .crateDemands)
        try container.encodeIfPresent(settings, forKey: .settings)
        try container.encode(collectsBeforeSummer, forKey: .collectsBeforeSummer)
    }
}
