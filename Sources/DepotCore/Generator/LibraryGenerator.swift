/// Generates a whole, consistent library with realistic Danish data: partners on van routes, themed crates of
/// picture books, seasons of deposit history up to `today`, staff, the SKOFO team and its events.
///
/// Generation is deterministic: the same scale, seed and day give identical data on every machine. The result
/// passes `LibraryCheck`, crates agree with the deposits they are on, and every collection is sorted by identifier.
///
/// ```swift
/// let library = LibraryGenerator(scale: .sample).generate()
/// ```
public struct LibraryGenerator: Sendable {
    /// Items in a full crate.
    public static let itemsPerCrate = 30

    public let scale: LibraryScale
    /// The seed of the generator's own random source: another seed gives another library of the same scale.
    public let seed: UInt64
    /// The day the generated library is "as of": deposits are made, sent and returned up to and including it.
    public let today: Day
    /// How many times the scale's partners, crates, items and staff (and its vans' capacity) the library has: 4
    /// times the city shows how load time and memory grow with the size of the library.
    public let multiplier: Int

    /// The multipliers `depot sample --times` takes.
    public static let multipliers = 1...8

    public init(
        scale: LibraryScale, seed: UInt64 = 2026, today: Day = Day(year: 2026, month: 11, day: 23)!, multiplier: Int = 1
    ) {
        self.scale = scale
        self.seed = seed
        self.today = today
        self.multiplier = min(max(multiplier, Self.multipliers.lowerBound), Self.multipliers.upperBound)
    }

    /// Builds the library.
    public func generate() -> LibraryData { build().data }

    /// The library and figures about how it was generated.
    func build() -> (data: LibraryData, missingCrates: Int) {
        let profile = scale.profile.scaled(by: multiplier)
        let region = profile.region
        let current = Season(containing: today)
        let seasons = (0..<profile.seasons).reversed().map { Season(startYear: current.startYear - $0) }

        var random = RandomSource(seed: seed, stream: "catalogue")
        let catalogue = TitleCatalogue(titlesPerTheme: profile.titlesPerTheme, random: &random)
        random = RandomSource(seed: seed, stream: "collection")
        let collection = CollectionFactory.make(profile: profile, catalogue: catalogue, random: &random)
        random = RandomSource(seed: seed, stream: "partners")
        let partners = PartnerFactory.make(profile: profile, seasons: seasons, random: &random)

        let settings = LibrarySettings(
            name: region.libraryName, address: region.address,
            routes: profile.routes.map {
                Route(
                    id: $0.id, name: $0.name, deliveryWeekdays: $0.weekdays, vanCapacity: $0.vanCapacity,
                    driver: $0.driver)
            })
        let calendar = RouteCalendar(years: (seasons[0].startYear)...(today.year + 2))
        var planner = DepositPlanner(
            partners: partners, routes: profile.routes, settings: settings, seasons: seasons, today: today,
            calendar: calendar, profile: profile, random: RandomSource(seed: seed, stream: "plans"))
        let plans = planner.plan()

        var history = DepositHistory(
            partners: partners, catalogue: catalogue, calendar: calendar, today: today,
            turnaroundWorkingDays: settings.turnaroundWorkingDays, seasonStart: current.firstDay,
            collection: collection, random: RandomSource(seed: seed, stream: "history"))
        history.run(plans)

        random = RandomSource(seed: seed, stream: "crates")
        let crates = finishCrates(history: history, count: profile.cratesInRepair, random: &random)
        random = RandomSource(seed: seed, stream: "team")
        let team = TeamFactory.make(
            profile: profile, partners: partners.map(\.partner), season: current, authors: catalogue.authors,
            random: &random)

        // The institutions not partners yet come last: they change nothing drawn for the partners.
        let prospects = ProspectFactory.make(
            profile.prospects, after: partners.map(\.partner), staff: team.staff, today: today)
        let data = LibraryData(
            settings: settings, partners: partners.map(\.partner) + prospects, staff: team.staff,
            items: ItemCatalogue(history.collection.items),
            crates: crates, deposits: history.deposits, teams: team.teams, events: team.events)
        return (data, history.missingCrates)
    }

    /// The crates as records, their state following the deposits: out or packed while on an unreturned deposit,
    /// otherwise home, a few of them in repair.
    private func finishCrates(history: DepositHistory, count inRepair: Int, random: inout RandomSource) -> [Crate] {
        let collection = history.collection
        var crates: [Crate] = []
        crates.reserveCapacity(collection.crates.count)
        for (index, build) in collection.crates.enumerated() {
            var state = Crate.State.home
            if let deposit = history.openDeposit[index] {
                state = history.deposits[deposit].dispatchedOn == nil ? .packed : .out
            }
            let items = build.items.map { collection.items[$0] }
            let notes =
                items.contains { $0.format == .game }
                ? "Spillet tjekkes for manglende brikker, når kassen kommer hjem" : nil
            crates.append(
                Crate(
                    id: build.id, theme: build.theme, ageBand: build.band,
                    itemBarcodes: items.map(\.barcode), state: state, notes: notes))
        }
        let home = crates.indices.filter { crates[$0].state == .home }
        let repairs = [
            "Hanken er knækket – ny kasse er bestilt", "Låget er revnet", "Etiketten skal skiftes",
        ]
        for (number, index) in random.shuffled(home).prefix(inRepair).enumerated() {
            crates[index].state = .inRepair
            crates[index].notes = repairs[number % repairs.count]
        }
        return crates
    }
}
