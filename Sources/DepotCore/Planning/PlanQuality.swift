/// How good a plan is, beyond keeping the hard rules: the soft goals in figures.
public struct PlanQuality: Hashable, Codable, Sendable {
    /// Crates that could go out (not in repair, of an age band some partner in the plan takes).
    public var crates: Int
    /// Of those, crates home and through their turnaround on the Wednesday of each week, on average over the
    /// weeks of the plan: crates idle on the shelf.
    public var cratesIdlePerWeek: Double
    /// Crates left with the same theme as a crate the partner had just before (the same theme twice in a row).
    public var themeRepeats: Int
    /// Crates left with a theme the partner already had this season: from a deposit sent earlier in the season, an
    /// earlier visit of the plan, or another crate of the same visit. Each such crate counts once.
    public var themeRepeatsInSeason: Int
    /// Of those, the crates for which no other crate could have been left: none of the same band, new to the
    /// partner, home through its turnaround that day and left nowhere else, had a theme new to it this season
    /// (`PlanAudit.alternative`). The rest could have been avoided.
    public var themeRepeatsInSeasonUnavoidable: Int
    /// Crates left with a theme the partner did not have this season but had in the look-back seasons before it
    /// (a deposit sent from the first look-back season's first day on, or still out then).
    public var themeRepeatsLookBack: Int
    public var visits: Int
    public var cratesLeft: Int
    /// Cells planned with too few crates or not at all, and the crates they lack.
    public var unplannedSlots: Int
    public var cratesMissing: Int
    /// Visits per route day, route by route.
    public var routes: [RouteDayFigures]
    /// The standard deviation of visits per route day over all routes' driving days (0 is perfectly even).
    public var visitsPerRouteDaySpread: Double

    public init(
        crates: Int, cratesIdlePerWeek: Double, themeRepeats: Int, themeRepeatsInSeason: Int = 0,
        themeRepeatsInSeasonUnavoidable: Int = 0, themeRepeatsLookBack: Int = 0, visits: Int, cratesLeft: Int,
        unplannedSlots: Int, cratesMissing: Int, routes: [RouteDayFigures], visitsPerRouteDaySpread: Double
    ) {
        self.crates = crates
        self.cratesIdlePerWeek = cratesIdlePerWeek
        self.themeRepeats = themeRepeats
        self.themeRepeatsInSeason = themeRepeatsInSeason
        self.themeRepeatsInSeasonUnavoidable = themeRepeatsInSeasonUnavoidable
        self.themeRepeatsLookBack = themeRepeatsLookBack
        self.visits = visits
        self.cratesLeft = cratesLeft
        self.unplannedSlots = unplannedSlots
        self.cratesMissing = cratesMissing
        self.routes = routes
        self.visitsPerRouteDaySpread = visitsPerRouteDaySpread
    }

    private enum CodingKeys: String, CodingKey {
        case crates, cratesIdlePerWeek, themeRepeats, themeRepeatsInSeason, themeRepeatsInSeasonUnavoidable
        case themeRepeatsLookBack, visits, cratesLeft, unplannedSlots, cratesMissing, routes, visitsPerRouteDaySpread
    }

    /// Plans saved before the season and look-back theme figures read them as 0 (the next re-plan measures them).
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        crates = try container.decode(Int.self, forKey: .crates)
        cratesIdlePerWeek = try container.decode(Double.self, forKey: .cratesIdlePerWeek)
        themeRepeats = try container.decode(Int.self, forKey: .themeRepeats)
        themeRepeatsInSeason = try container.decodeIfPresent(Int.self, forKey: .themeRepeatsInSeason) ?? 0
        themeRepeatsInSeasonUnavoidable =
            try container.decodeIfPresent(Int.self, forKey: .themeRepeatsInSeasonUnavoidable) ?? 0
        themeRepeatsLookBack = try container.decodeIfPresent(Int.self, forKey: .themeRepeatsLookBack) ?? 0
        visits = try container.decode(Int.self, forKey: .visits)
        cratesLeft = try container.decode(Int.self, forKey: .cratesLeft)
        unplannedSlots = try container.decode(Int.self, forKey: .unplannedSlots)
        cratesMissing = try container.decode(Int.self, forKey: .cratesMissing)
        routes = try container.decode([RouteDayFigures].self, forKey: .routes)
        visitsPerRouteDaySpread = try container.decode(Double.self, forKey: .visitsPerRouteDaySpread)
    }
}

/// How a route's visits spread over the days it drives, from its first visit to its last.
public struct RouteDayFigures: Hashable, Codable, Sendable {
    public var routeID: Route.ID
    /// Days the route drives (not holidays) between its first and last visit.
    public var routeDays: Int
    public var visits: Int
    /// The fewest and most visits on one of those days.
    public var fewest: Int
    public var most: Int
    /// Visits per route day: mean and standard deviation, rounded to hundredths.
    public var mean: Double
    public var standardDeviation: Double
    /// The most crates the van carried on one day, and what it holds.
    public var mostCrates: Int
    public var vanCapacity: Int

    public init(
        routeID: Route.ID, routeDays: Int, visits: Int, fewest: Int, most: Int, mean: Double,
        standardDeviation: Double, mostCrates: Int, vanCapacity: Int
    ) {
        self.routeID = routeID
        self.routeDays = routeDays
        self.visits = visits
        self.fewest = fewest
        self.most = most
        self.mean = mean
        self.standardDeviation = standardDeviation
        self.mostCrates = mostCrates
        self.vanCapacity = vanCapacity
    }
}
