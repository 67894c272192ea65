extension PlanAudit {
    /// The plan's figures for the soft goals: crates idle, themes repeated, visits spread over route days.
    func quality() -> PlanQuality {
        let data = context.data
        let calendar = context.calendar
        var bandsWanted = Set<AgeBand>()
        for participant in context.participants { bandsWanted.formUnion(participant.bands) }
        let pool = data.crates.indices.filter { context.usable[$0] && bandsWanted.contains(data.crates[$0].ageBand) }

        // Idle: home and through the turnaround on each Wednesday.
        var wednesday = calendar.first
        while wednesday.weekday != .wednesday { wednesday = wednesday.adding(days: 1) }
        var weeks = 0
        var idle = 0
        while wednesday <= calendar.last {
            weeks += 1
            let ordinal = wednesday.ordinal
            for crate in pool where !isOut(crate, on: ordinal) {
                let home = cameHome(crate, before: ordinal)
                if home == Int.min || calendar.readyOrdinal(afterPickup: home) <= ordinal { idle += 1 }
            }
            wednesday = wednesday.adding(days: 7)
        }

        var repeats = 0
        for visit in plan.visits {
            let before = previousThemes[visit.id] ?? []
            for id in visit.leave {
                if let crate = context.crateIndex[id], before.contains(data.crates[crate].theme) { repeats += 1 }
            }
        }

        var inSeason = 0
        var unavoidable = 0
        var lookBack = 0
        for visit in plan.visits {
            for repeated in themeRepeats[visit.id] ?? [] {
                guard repeated.inSeason else {
                    lookBack += 1
                    continue
                }
                inSeason += 1
                if alternative(to: repeated, at: visit) == nil { unavoidable += 1 }
            }
        }

        let routes = routeFigures()
        var all: [Int] = []
        for figures in routes.counts { all += figures }
        return PlanQuality(
            crates: pool.count, cratesIdlePerWeek: PlanAudit.rounded(weeks == 0 ? 0 : Double(idle) / Double(weeks)),
            themeRepeats: repeats, themeRepeatsInSeason: inSeason, themeRepeatsInSeasonUnavoidable: unavoidable,
            themeRepeatsLookBack: lookBack, visits: plan.visits.count,
            cratesLeft: plan.visits.reduce(0) { $0 + $1.leave.count },
            unplannedSlots: plan.unplanned.count, cratesMissing: plan.unplanned.reduce(0) { $0 + $1.missingCrates },
            routes: routes.figures, visitsPerRouteDaySpread: PlanAudit.rounded(PlanAudit.deviation(all)))
    }

    /// Per route: visits on each day it drives between its first and last visit.
    private func routeFigures() -> (figures: [RouteDayFigures], counts: [[Int]]) {
        let calendar = context.calendar
        var figures: [RouteDayFigures] = []
        var counts: [[Int]] = []
        for (index, route) in context.routes.enumerated() {
            let visits = plan.visits.filter { $0.routeID == route.id }
            guard let first = visits.first?.day, let last = visits.last?.day,
                let low = calendar.index(of: first), let high = calendar.index(of: last)
            else { continue }
            var perDay = Array(repeating: 0, count: high - low + 1)
            var crates = Array(repeating: 0, count: high - low + 1)
            for visit in visits {
                guard let position = calendar.index(of: visit.day) else { continue }
                perDay[position - low] += 1
                crates[position - low] += visit.vanLoad
            }
            let driving = (low...high).filter { calendar.drives[index][$0] || perDay[$0 - low] > 0 }.map {
                perDay[$0 - low]
            }
            counts.append(driving)
            let mean = driving.isEmpty ? 0 : Double(driving.reduce(0, +)) / Double(driving.count)
            figures.append(
                RouteDayFigures(
                    routeID: route.id, routeDays: driving.count, visits: visits.count, fewest: driving.min() ?? 0,
                    most: driving.max() ?? 0, mean: PlanAudit.rounded(mean),
                    standardDeviation: PlanAudit.rounded(PlanAudit.deviation(driving)),
                    mostCrates: crates.max() ?? 0, vanCapacity: route.vanCapacity))
        }
        return (figures, counts)
    }

    static func deviation(_ values: [Int]) -> Double {
        guard !values.isEmpty else { return 0 }
        let mean = Double(values.reduce(0, +)) / Double(values.count)
        let variance = values.reduce(0.0) { $0 + (Double($1) - mean) * (Double($1) - mean) } / Double(values.count)
        return variance.squareRoot()
    }

    /// Rounded to hundredths, so the JSON reads 2.35 rather than 2.3499999999999996.
    static func rounded(_ value: Double) -> Double { (value * 100).rounded() / 100 }
}
