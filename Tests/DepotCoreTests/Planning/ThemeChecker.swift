@testable import DepotCore

/// Theme repeats in a plan, counted the plain way from the library and the plan, independently of the planner's
/// audit: per partner, walk the history and then its visits in date order, crate by crate.
///
/// - A crate repeats *in the season* when the partner already had its theme this season: a deposit sent from the
///   season's first day on, an earlier visit, or another crate of the same visit.
/// - Otherwise it repeats *in the look-back* when the partner had the theme in a deposit sent before the season that
///   was still out on, or came home after, the first look-back season's first day.
/// - The collection *allows* no repeat in the season for a partner when the crates of its age groups (not in
///   repair) have at least as many themes as it gets crates in the season, band by band.
struct ThemeChecker {
    let data: LibraryData
    let plan: Plan

    struct Figures {
        var inSeason: [String] = []
        var lookBack: [String] = []
        /// In-season repeats of partners for which the collection allowed none.
        var inSeasonWhereAllowed: [String] = []
        /// Partners for which the collection does not allow a season without repeats.
        var notAllowed: [Partner.ID] = []
    }

    func figures() -> Figures {
        var figures = Figures()
        let season = plan.season
        let lookBackFirst = Season(
            startYear: season.startYear - plan.request.lookBackSeasons, startMonth: season.startMonth
        ).firstDay
        var themeOf: [Crate.ID: String] = [:]
        var bandOf: [Crate.ID: AgeBand] = [:]
        for crate in data.crates {
            themeOf[crate.id] = crate.theme
            bandOf[crate.id] = crate.ageBand
        }
        for partner in data.partners {
            let visits = plan.visits.filter { $0.partnerID == partner.id }.sorted { $0.day < $1.day }
            if visits.isEmpty { continue }
            var seasonThemes = Set<String>()
            var lookBackThemes = Set<String>()
            for deposit in data.deposits where deposit.partnerID == partner.id {
                let sent = deposit.dispatchedOn ?? deposit.createdOn
                if sent > plan.lastDay { continue }
                let themes = deposit.crateIDs.compactMap { themeOf[$0] }
                if sent >= season.firstDay {
                    seasonThemes.formUnion(themes)
                } else if deposit.returnedOn == nil || deposit.returnedOn! >= lookBackFirst {
                    lookBackThemes.formUnion(themes)
                }
            }
            var partnerRepeats: [String] = []
            var cratesPerBand: [AgeBand: Int] = [:]
            for visit in visits {
                for id in visit.leave {
                    guard let theme = themeOf[id] else { continue }
                    if let band = bandOf[id] { cratesPerBand[band, default: 0] += 1 }
                    let name = "\(partner.id) \(visit.day) \(id) \"\(theme)\""
                    if seasonThemes.contains(theme) {
                        partnerRepeats.append(name)
                    } else if lookBackThemes.contains(theme) {
                        figures.lookBack.append(name)
                    }
                    seasonThemes.insert(theme)
                }
            }
            figures.inSeason += partnerRepeats
            let allowed = cratesPerBand.allSatisfy { band, count in
                Set(data.crates.filter { $0.ageBand == band && $0.state != .inRepair }.map(\.theme)).count >= count
            }
            if allowed {
                figures.inSeasonWhereAllowed += partnerRepeats
            } else {
                figures.notAllowed.append(partner.id)
            }
        }
        return figures
    }
}
