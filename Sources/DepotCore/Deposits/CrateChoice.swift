/// The crates the desk proposes when it sends crates to a partner, exchanges them or packs for a visit: what was
/// packed for that partner first; otherwise crates that fit it by the planner's rule (`CrateAssigner`).
///
/// A crate fits a partner when it is home (not packed for anyone, not out, not in repair), holds items that may all
/// leave, is of one of the partner's age groups, and is new to the partner within the look-back (this season and
/// the one before, as the planner's default). One crate is proposed per band of the partner's demand (the bands of
/// its last deposit, else its oldest age group, `demand`); a band without a crate falls back to the partner's other
/// age groups. Of the crates that fit, a theme the partner does not have or just had comes first, then the crate
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
        let demand = demand(lastBands: latest?.crateIDs.compactMap { cratesByID[$0]?.ageBand }, ageGroups: ageGroups)

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

    /// The bands a partner wants crates of: the bands of its last deposit that are among its age groups (sorted),
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
