/// How good a plan is, beyond keeping the hard rules: the soft goals in figures.
public struct PlanQuality: Hashable, Codable, Sendable {
    /// Crates that could go out (not in repair, of an age band some partner in the plan takes).
    public var crates: Int
    /// Of those, crates home and through their turnaround on the Wednesday of each week, on average over the
    /// weeks of the plan: crates idle on the shelf.
    public var cratesIdlePerWeek: Double
    /// Crates left with the same theme as a crate the partner had just before (the same theme twice in a row).
    public var themeRepeats: Int
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
        crates: Int, cratesIdlePerWeek: Double, themeRepeats: Int, visits: Int, cratesLeft: Int, unplannedSlots: Int,
        cratesMissing: Int, routes: [RouteDayFigures], visitsPerRouteDaySpread: Double
    ) {
        self.crates = crates
        self.cratesIdlePerWeek = cratesIdlePerWeek
        self.themeRepeats = themeRepeats
        self.visits = visits
        self.cratesLeft = cratesLeft
        self.unplannedSlots = unplannedSlots
        self.cratesMissing = cratesMissing
        self.routes = routes
        self.visitsPerRouteDaySpread = visitsPerRouteDaySpread
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
