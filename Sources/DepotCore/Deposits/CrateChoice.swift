/// The crates the desk proposes when it sends crates to a partner, exchanges them or packs for a visit: what was
/// packed for that partner first; otherwise crates that fit it by the planner's rule (`CrateAssigner`).
///
/// A crate fits a partner when it is home (not packed for anyone, not out, not in repair), holds items that may all
/// leave, is of one of the partner's age groups, and is new to the partner within the look-back (this season and
/// the one before, as the planner's default). One crate is proposed per band of the partner's demand (its crate
/// mix, `visitMix`); a band without a crate falls back to the partner's other age groups. Of the crates that fit, a theme the partner does not have or just had comes first, then the crate
/// that has waited longest on the shelf, then the lowest number (`isBetter`).
public enum CrateChoice {
    /// The crates packed for `partner` and not sent yet, in the order they were packed.
    public static func packed(for partner: Partner.ID, in data: LibraryData) -> [Crate.ID] {
        Desk.packedDeposits(for: partner, in: data).flatMap(\.crateIDs)
    }

    /// The crates to propose for `partner` on `today`: those packed for it, when there are any (and
    /// `includingPacked`); otherwise the crates that fit it (`fitting`). Never a crate packed for someone else.
    public static func proposed(for partner: Partner, data: LibraryData, today: Day, includingPacked: Bool = true)
        -> [Crate.ID]
    {
        if includingPacked {
            let packed = packed(for: partner.id, in: data)
            if !packed.isEmpty { return packed }
        }
        return fitting(for: partner, data: data, today: today)
    }

    /// The crates that fit `partner` on `today` by the planner's rule, one per band of its demand.
    public static func fitting(for partner: Partner, data: LibraryData, today: Day) -> [Crate.ID] {
        let ageGroups = Array(Set(partner.ageGroups)).sorted()
        guard !ageGroups.isEmpty else { return [] }
        let lookBackFirst = data.settings.season(containing: today).previous.firstDay
        let own = data.deposits.filter { $0.partnerID == partner.id }
        var had = Set<Crate.ID>()
        for deposit in own where (deposit.returnedOn ?? today) >= lookBackFirst {
            had.formUnion(deposit.crateIDs)
        }
        let cratesByID = Dictionary(data.crates.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let latest = own.max { ($0.createdOn, $0.id) < ($1.createdOn, $1.id) }
        let out = own.filter(\.isOut).flatMap(\.crateIDs)
        let themesNow = (out.isEmpty ? latest?.crateIDs ?? [] : out).compactMap { cratesByID[$0]?.theme }
        // The bands by the partner's crate mix, after the crates it had this season.
        let season = data.settings.season(containing: today)
        var given: [AgeBand: Int] = [:]
        for deposit in own where (deposit.dispatchedOn ?? deposit.createdOn) >= season.firstDay {
            for crate in deposit.crateIDs { if let band = cratesByID[crate]?.ageBand { given[band, default: 0] += 1 } }
        }
        let mix = visitMix(
            for: partner, lastBands: latest?.crateIDs.compactMap { cratesByID[$0]?.ageBand }, shelf: shelf(data))
        let demand = mix.next { given[$0, default: 0] }

        let onOpenDeposit = Set(data.deposits.filter { $0.returnedOn == nil }.flatMap(\.crateIDs))
        let unavailable = Set(data.items.lazy.filter { $0.status != .available }.map(\.id))
        var lastHome: [Crate.ID: Day] = [:]
        for deposit in data.deposits {
            guard let returned = deposit.returnedOn else { continue }
            for crate in deposit.crateIDs { lastHome[crate] = max(lastHome[crate] ?? returned, returned) }
        }
        let candidates = data.crates.filter { crate in
            crate.state == .home && !onOpenDeposit.contains(crate.id) && !had.contains(crate.id)
                && !crate.itemBarcodes.isEmpty && !crate.itemBarcodes.contains(where: unavailable.contains)
        }.sorted { $0.id < $1.id }

        var chosen: [Crate.ID] = []
        var themes = themesNow
        for band in demand {
            var found: Crate?
            for candidateBand in [band] + ageGroups.filter({ $0 != band }) where found == nil {
                var bestRepeats = true
                var bestHome = Day.maximum
                for crate in candidates where crate.ageBand == candidateBand && !chosen.contains(crate.id) {
                    let repeats = themes.contains(crate.theme)
                    let home = lastHome[crate.id] ?? Day.minimum
                    if found == nil || isBetter(repeats: repeats, ready: home, than: bestRepeats, ready: bestHome) {
                        found = crate
                        bestRepeats = repeats
                        bestHome = home
                    }
                }
            }
            if let found {
                chosen.append(found.id)
                themes.append(found.theme)
            }
        }
        return chosen
    }

    /// The crates a partner gets per visit by its crate mix (`CrateMix.visitMix`), never none while it has age
    /// groups (then one of its oldest).
    static func visitMix(for partner: Partner, lastBands: [AgeBand]?, shelf: [AgeBand: Int]) -> VisitMix {
        let mix = CrateMix.visitMix(for: partner, lastBands: lastBands, shelf: shelf)
        guard mix.crates == 0, let oldest = Array(Set(partner.ageGroups)).sorted().last else { return mix }
        return VisitMix(crates: 1, bands: [oldest], weights: [1], source: .derived)
    }

    /// The library's crates of each band that can go out (not in repair): the default shares of a crate mix.
    static func shelf(_ data: LibraryData) -> [AgeBand: Int] {
        var counts: [AgeBand: Int] = [:]
        for crate in data.crates where crate.state != .inRepair { counts[crate.ageBand, default: 0] += 1 }
        return counts
    }

    /// The request's bands as a mix that leaves them at every visit.
    static func requestMix(_ requested: [AgeBand], ageGroups: [AgeBand]) -> VisitMix {
        let bands = demand(lastBands: requested, ageGroups: ageGroups)
        let distinct = Array(Set(bands)).sorted()
        return VisitMix(
            crates: bands.count, bands: distinct, weights: distinct.map { band in bands.filter { $0 == band }.count },
            source: .request)
    }

    /// The bands a partner asked for in a plan request wants crates of: the bands of its last deposit that are among its age groups (sorted),
    /// else one crate of its oldest age group. `ageGroups` sorted, youngest first.
    static func demand(lastBands: [AgeBand]?, ageGroups: [AgeBand]) -> [AgeBand] {
        let bands = (lastBands ?? []).filter { ageGroups.contains($0) }.sorted()
        if bands.isEmpty, let oldest = ageGroups.last { return [oldest] }
        return bands
    }

    /// Whether a crate ranks before the best so far: a theme the partner has not just had beats one it has; then
    /// the crate ready (home) first, having waited longest. Crates are compared in number order, so an equal one
    /// does not replace the one found first.
    static func isBetter<Ready: Comparable>(repeats: Bool, ready: Ready, than bestRepeats: Bool, ready bestReady: Ready)
        -> Bool
    {
        (!repeats && bestRepeats) || (repeats == bestRepeats && ready < bestReady)
    }
}
