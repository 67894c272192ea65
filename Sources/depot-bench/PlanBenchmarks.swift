import DepotCore

/// Rotation-planning figures (the planning issue's targets): a full season's plan at town and city scale, and a
/// re-plan after one pin, with the plan's quality beside the times.
///
/// Call `PlanBenchmarks.run()` from `main.swift` (release mode). The libraries are generated as of 1 August 2027,
/// so that the 2027/28 season being planned has a whole season of history behind it and its partners' closures.
enum PlanBenchmarks {
    /// The day the generated libraries are "as of", and the season planned.
    static let today = Day(year: 2027, month: 8, day: 1)!
    static let season = Season(startYear: 2027)

    static func run(scales: [LibraryScale] = [.town, .city]) {
        for scale in scales { run(scale: scale) }
    }

    static func run(scale: LibraryScale) {
        let data = LibraryGenerator(scale: scale, today: today).generate()
        let planner = RotationPlanner(data: data)
        let request = PlanRequest(season: season)
        let runs = scale == .city ? 5 : 20

        var plan = planner.plan(request)
        var planTimes: [Double] = []
        for _ in 0..<runs { planTimes.append(Measure.milliseconds { plan = planner.plan(request) }) }

        // One pin: a visit in the middle of the season moved a week later, then the season planned around it.
        var edited = plan
        let visit = plan.visits[plan.visits.count / 2]
        edited.move(visit.id, to: visit.day.adding(days: 7))
        var checkTimes: [Double] = []
        var violations: [Violation] = []
        for _ in 0..<runs { checkTimes.append(Measure.milliseconds { violations = planner.check(edited) }) }
        var replanned = plan
        var replanTimes: [Double] = []
        for _ in 0..<runs { replanTimes.append(Measure.milliseconds { replanned = planner.plan(edited.request) }) }

        let quality = plan.quality
        let partners = Set(plan.visits.map(\.partnerID)).count
        print(
            "\(scale.rawValue): plan \(season) for \(partners) partners, \(data.crates.count) crates, "
                + "\(data.settings.routes.count) routes")
        print(
            "  full plan                \(Measure.format(Measure.median(planTimes))) ms median, "
                + "\(Measure.format(planTimes.max() ?? 0)) ms max (\(runs) runs)")
        print(
            "  check after a move       \(Measure.format(Measure.median(checkTimes))) ms median "
                + "(\(violations.count) rule\(violations.count == 1 ? "" : "s") broken by the move)")
        print(
            "  re-plan after one pin    \(Measure.format(Measure.median(replanTimes))) ms median, "
                + "\(Measure.format(replanTimes.max() ?? 0)) ms max (\(replanned.violations.count) violations, "
                + "\(replanned.visits.count) visits)")
        print(
            "  plan quality             \(quality.visits) visits, \(quality.cratesLeft) crates left; "
                + "\(Measure.format(quality.cratesIdlePerWeek)) of \(quality.crates) crates idle per week; "
                + "\(quality.themeRepeats) theme repeats in a row")
        print(
            "  themes                   \(quality.themeRepeatsInSeason) crates of a theme had this season "
                + "(\(quality.themeRepeatsInSeasonUnavoidable) unavoidable), \(quality.themeRepeatsLookBack) of a "
                + "theme had in the look-back seasons")
        print(
            "                           \(quality.unplannedSlots) unplanned slots (\(quality.cratesMissing) crates "
                + "missing); visits per route day spread \(Measure.format(quality.visitsPerRouteDaySpread)) "
                + "(standard deviation)")
        if let first = plan.unplanned.first { print("  first unplanned slot     \(first.partnerName): \(first)") }
    }
}
