/// What a partner says about one of its age groups for the crates it gets: how many crates per visit
/// (`"crates": 2`), or how many children it has in it (`"children": 40`), or both. In `partners.json`, as
/// `"crateMix": [{"band": "0-3", "crates": 1}, {"band": "3-6", "children": 40}]`; the field is optional and written
/// only when set, so older files load and save unchanged.
public struct CrateMix: Hashable, Codable, Sendable {
    public var band: AgeBand
    /// Crates of the band per visit, 0–20; nil to let the planner work it out (`CrateMix.demand`).
    public var crates: Int?
    /// Children in the band, 0–10,000 (checked with the references, as `childCount`).
    public var children: Int?

    public init(band: AgeBand, crates: Int? = nil, children: Int? = nil) {
        self.band = band
        self.crates = crates
        self.children = children
    }

    private enum CodingKeys: String, CodingKey { case band, crates, children }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        band = try container.decode(AgeBand.self, forKey: .band)
        crates = try container.decodeIfPresent(Int.self, forKey: .crates, within: Limits.cratesPerVisit)
        children = try container.decodeIfPresent(Int.self, forKey: .children)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(band, forKey: .band)
        try container.encodeIfPresent(crates, forKey: .crates)
        try container.encodeIfPresent(children, forKey: .children)
    }
}

/// The crates a partner gets per visit, how they are shared among its age bands, and where the numbers came from.
///
/// A visit leaves `crates` crates. Their bands are chosen so that the crates it has had this season come as near as
/// they can to the shares (`weights`): each crate goes to the band furthest behind its share (the older band on a
/// tie). With whole numbers per visit ("0–3: 1, 3–6: 2") every visit leaves just those; with one crate and two age
/// groups, the bands take turns. A band short of crates at one visit is made up at the next.
public struct VisitMix: Hashable, Sendable {
    public enum Source: String, Hashable, Sendable {
        /// Asked for in the plan request: these bands at every visit.
        case request
        /// The partner's own numbers for every age group (`CrateMix.crates`).
        case partner
        /// Worked out for some or all age groups (`CrateMix.visitMix`).
        case derived
        /// The partner says nothing: the bands of its last deposit at every visit, else one crate of its oldest
        /// age group, as before there were crate mixes.
        case lastDeposit
    }

    public let crates: Int
    /// The bands that take crates, youngest first, and their shares (any scale).
    public let bands: [AgeBand]
    public let weights: [Int]
    public let source: Source

    public init(crates: Int, bands: [AgeBand], weights: [Int], source: Source) {
        self.crates = crates
        self.bands = bands
        self.weights = weights
        self.source = source
    }

    /// The bands of the next visit's crates, one per crate, youngest first, after the partner had `given` crates of
    /// each band this season (the request's bands whatever it had).
    public func next(given: (AgeBand) -> Int) -> [AgeBand] {
        let total = weights.reduce(0, +)
        guard crates > 0, total > 0 else { return [] }
        let had = isFixed ? bands.map { _ in 0 } : bands.map(given)
        let before = had.reduce(0, +)
        var picked = bands.map { _ in 0 }
        for number in 1...crates {
            // Behind its share by weight × (crates so far) − total × (crates of the band), in whole numbers.
            var best = 0
            var bestBehind = Int.min
            for index in bands.indices {
                let behind = weights[index] * (before + number) - total * (had[index] + picked[index])
                if behind >= bestBehind {
                    best = index
                    bestBehind = behind
                }
            }
            picked[best] += 1
        }
        return bands.indices.flatMap { Array(repeating: bands[$0], count: picked[$0]) }
    }

    /// The first visit's bands.
    public var firstVisit: [AgeBand] { next { _ in 0 } }

    /// Whether the bands are the same at every visit whatever the partner had (the request's, the last deposit's).
    public var isFixed: Bool { source == .request || source == .lastDeposit }

    /// Whether every visit leaves the same bands (whole numbers per visit, or fixed ones).
    public var isWholePerVisit: Bool {
        let total = weights.reduce(0, +)
        return isFixed || (total > 0 && weights.allSatisfy { ($0 * crates) % total == 0 })
    }
}

extension CrateMix {
    /// The crates `partner` gets per visit. When it gives no numbers at all (no crates, no children per age group),
    /// the bands of its last deposit at every visit, as before crate mixes (`lastDeposit`): the generated libraries'
    /// collections are built for that, and sharing by default would ask more 0–3 crates than they have. An age
    /// group the partner gives a number of crates for gets that many.
    /// The other age groups share as many crates as they had at the last deposit (`lastBands`), at least one, in
    /// proportion to the children per age group when the partner says them for all of those groups, else to the
    /// library's crates of each band (`shelf`, the default; evenly without it), so that a band the library has few
    /// crates of is not asked for more often than it can give; an age group it says has no children gets none. So a kindergarten with 12 children of 0–3 and 36 of 3–6 that had 4 crates gets 1 and 3
    /// per visit; one that had 1 crate of 3–6 gets a crate of 0–3 and of 3–6 in turn. The number of crates per visit
    /// stays what the van already carries. Numbers for bands that are not its age groups are ignored; when its
    /// numbers come to no crate at all, all is worked out.
    public static func visitMix(for partner: Partner, lastBands: [AgeBand]?, shelf: [AgeBand: Int] = [:])
        -> VisitMix
    {
        let groups = Array(Set(partner.ageGroups)).sorted()
        guard !groups.isEmpty else { return VisitMix(crates: 0, bands: [], weights: [], source: .derived) }
        var entries: [AgeBand: CrateMix] = [:]
        for entry in partner.crateMix ?? [] where entries[entry.band] == nil { entries[entry.band] = entry }
        var given: [AgeBand: Int] = [:]
        var open: [AgeBand] = []
        for band in groups {
            if let crates = entries[band]?.crates { given[band] = crates } else { open.append(band) }
        }
        if open.isEmpty && given.values.reduce(0, +) == 0 {
            given = [:]
            open = groups
        }
        let explicit = given.values.reduce(0, +)
        if explicit == 0 && open.allSatisfy({ entries[$0]?.children == nil }) {
            // Nothing said: as before there were crate mixes.
            let last = (lastBands ?? []).filter { groups.contains($0) }.sorted()
            let bands = last.isEmpty ? [groups.last!] : last
            let distinct = Array(Set(bands)).sorted()
            return VisitMix(
                crates: bands.count, bands: distinct,
                weights: distinct.map { band in bands.filter { $0 == band }.count }, source: .lastDeposit)
        }
        guard !open.isEmpty else {
            let bands = groups.filter { given[$0, default: 0] > 0 }
            return VisitMix(crates: explicit, bands: bands, weights: bands.map { given[$0]! }, source: .partner)
        }
        var taking = open.filter { entries[$0]?.children != 0 }
        if taking.isEmpty { taking = [open.last!] }
        let openCrates = max(1, (lastBands ?? []).filter { open.contains($0) }.count)
        let children = taking.compactMap { entries[$0]?.children }
        let stock = taking.map { max(1, shelf[$0] ?? 1) }
        let openWeights =
            children.count == taking.count && children.reduce(0, +) > 0
            ? children : stock
        let openTotal = openWeights.reduce(0, +)
        // Explicit bands weigh crates × openTotal and open ones weight × openCrates: each comes to its share of
        // explicit + openCrates crates.
        var weight: [AgeBand: Int] = [:]
        for (band, crates) in given where crates > 0 { weight[band] = crates * openTotal }
        for (band, share) in zip(taking, openWeights) { weight[band] = share * openCrates }
        let bands = groups.filter { weight[$0, default: 0] > 0 }
        return VisitMix(
            crates: explicit + openCrates, bands: bands, weights: bands.map { weight[$0]! }, source: .derived)
    }
}
