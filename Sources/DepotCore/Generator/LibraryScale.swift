/// How big a generated library is.
public enum LibraryScale: String, CaseIterable, Sendable {
    /// The hand-checkable sample library shipped in `data/`: 25 partners and 8 institutions not partners yet, 40
    /// crates, 1,260 items, two seasons.
    case sample
    /// A municipality the size of Syddjurs: 37 partners, 60 crates, 2,000 items, three seasons.
    case town
    /// A large city: 360 partners, 1,500 crates, 60,000 items, five seasons, ten van routes.
    case city

    /// The numbers behind the scale.
    var profile: ScaleProfile {
        switch self {
        case .sample:
            return ScaleProfile(
                region: .syddjurs, kindergartens: 20, kindergartenLibraries: 2, endedKindergartens: 1,
                lateJoiners: 0, childminderGroups: 4, schools: 1, toddlerCrates: 9, preschoolCrates: 28,
                schoolCrates: 3, spareItems: 60, seasons: 2, cratesPerKindergartenDeposit: 1, titlesPerTheme: 45,
                otherStaff: 4, overdueDeposits: 3, lostDepositsThisSeason: 2, damagedDepositsThisSeason: 1,
                cratesInRepair: 1, prospects: ProspectFactory.syddjurs)
        case .town:
            return ScaleProfile(
                region: .syddjurs, kindergartens: 30, kindergartenLibraries: 2, endedKindergartens: 1,
                lateJoiners: 2, childminderGroups: 5, schools: 2, toddlerCrates: 12, preschoolCrates: 42,
                schoolCrates: 6, spareItems: 200, seasons: 3, cratesPerKindergartenDeposit: 1, titlesPerTheme: 60,
                otherStaff: 6, overdueDeposits: 3, lostDepositsThisSeason: 3, damagedDepositsThisSeason: 1,
                cratesInRepair: 1)
        case .city:
            return ScaleProfile(
                region: .aarhus, kindergartens: 300, kindergartenLibraries: 30, endedKindergartens: 8,
                lateJoiners: 30, childminderGroups: 40, schools: 20, toddlerCrates: 400, preschoolCrates: 950,
                schoolCrates: 150, spareItems: 15_000, seasons: 5, cratesPerKindergartenDeposit: 2,
                titlesPerTheme: 140, otherStaff: 20, overdueDeposits: 9, lostDepositsThisSeason: 12,
                damagedDepositsThisSeason: 4, cratesInRepair: 6)
        }
    }
}

/// The sizes and proportions of one scale.
struct ScaleProfile {
    var region: Region
    /// All kindergartens, including the kindergarten libraries and the ended ones.
    var kindergartens: Int
    /// Kindergartens with a *børnehavebibliotek* (12-month loans) instead of a deposit.
    var kindergartenLibraries: Int
    /// Kindergartens whose partnership ended at the end of an earlier season.
    var endedKindergartens: Int
    /// Kindergartens that joined after the first season of the history.
    var lateJoiners: Int
    var childminderGroups: Int
    var schools: Int
    var toddlerCrates: Int
    var preschoolCrates: Int
    var schoolCrates: Int
    /// Items on the shelf, in no crate (replacements for lost and damaged books).
    var spareItems: Int
    /// Seasons of deposit history, the last one being the season of `today`.
    var seasons: Int
    var cratesPerKindergartenDeposit: Int
    /// Distinct titles per crate theme in the catalogue.
    var titlesPerTheme: Int
    /// Staff besides the four SKOFO members.
    var otherStaff: Int
    /// Deposits left overdue as of `today`.
    var overdueDeposits: Int
    /// Deposits returned this season with lost items.
    var lostDepositsThisSeason: Int
    /// Deposits returned this season with a damaged item.
    var damagedDepositsThisSeason: Int
    var cratesInRepair: Int
    /// Institutions of the municipality that are not partners yet (prospects, contacted, offered, declined), after
    /// the partners: no route, no deposits.
    var prospects: [ProspectFactory.Spec] = []

    /// The region's van routes, each van `multiplier` times as large as the region's own.
    var routes: [RouteSpec] {
        region.routes.map { route in
            var route = route
            route.vanCapacity *= multiplier
            return route
        }
    }
    /// 1 for the scale as it is; see ``scaled(by:)``.
    var multiplier = 1

    /// The profile with `multiplier` times the partners, crates, items, staff and events of this one, over the same
    /// seasons, routes (with vans as many times larger) and titles.
    func scaled(by multiplier: Int) -> ScaleProfile {
        guard multiplier > 1 else { return self }
        var scaled = self
        scaled.multiplier = multiplier
        for count in [
            \ScaleProfile.kindergartens, \.kindergartenLibraries, \.endedKindergartens, \.lateJoiners,
            \.childminderGroups, \.schools, \.toddlerCrates, \.preschoolCrates, \.schoolCrates, \.spareItems,
            \.otherStaff, \.overdueDeposits, \.lostDepositsThisSeason, \.damagedDepositsThisSeason, \.cratesInRepair,
        ] as [WritableKeyPath<ScaleProfile, Int>] {
            scaled[keyPath: count] *= multiplier
        }
        return scaled
    }

    var crateCount: Int { toddlerCrates + preschoolCrates + schoolCrates }
    var itemCount: Int { crateCount * LibraryGenerator.itemsPerCrate + spareItems }
    var partnerCount: Int { kindergartens + childminderGroups + schools }
}
