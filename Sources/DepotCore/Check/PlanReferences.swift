/// The references of the library's rotation plans (`plans/*.json`): every partner, crate and route a plan names,
/// in its draft, its published version and its pins, must exist. Each missing one is reported once per plan
/// version, with the first visit that names it.
enum PlanReferences {
    static func problems(in data: LibraryData) -> [Problem] {
        guard !data.plans.isEmpty else { return [] }
        let partnerIDs = Set(data.partners.map(\.id))
        let crateIDs = Set(data.crates.map(\.id))
        var problems: [Problem] = []
        for seasonPlan in data.plans {
            let file = StoreFile.plan(seasonPlan.season).relativePath
            if let published = seasonPlan.published, published.season.startYear != seasonPlan.season.startYear {
                problems.append(
                    Problem(file: file, .planSeasons, published.season, seasonPlan.season))
            }
            let versions = [(CheckText.planDraft, Optional(seasonPlan.draft)), (.planPublished, seasonPlan.published)]
            for (name, plan) in versions {
                guard let plan else { continue }
                let routeIDs = Set((plan.request.settings ?? data.settings).routes.map(\.id))
                var reported = Set<String>()
                func report(_ key: String, _ recordID: String, _ sentence: CheckSentence) {
                    guard reported.insert(key).inserted else { return }
                    problems.append(Problem(file: file, recordID: recordID, CheckSentence(name, [], inner: sentence)))
                }
                for visit in plan.visits {
                    let record = visit.id.description
                    if !partnerIDs.contains(visit.partnerID) {
                        report("P \(visit.partnerID)", record, CheckSentence(.partnerMissing, [visit.partnerID]))
                    }
                    if !routeIDs.contains(visit.routeID) {
                        report("R \(visit.routeID)", record, CheckSentence(.routeNotInLibraryFile, [visit.routeID]))
                    }
                    for crate in visit.leave + visit.pickUp where !crateIDs.contains(crate) {
                        report("C \(crate)", record, CheckSentence(.crateMissing, [crate]))
                    }
                }
                for pin in plan.request.pins {
                    let record = "\(pin.partnerID) \(pin.day)"
                    if !partnerIDs.contains(pin.partnerID) {
                        report(
                            "P \(pin.partnerID)", record, CheckSentence(.pinPartnerMissing, [pin.partnerID]))
                    }
                    for crate in pin.crates ?? [] where !crateIDs.contains(crate) {
                        report("C \(crate)", record, CheckSentence(.pinCrateMissing, [crate]))
                    }
                }
            }
        }
        return problems
    }
}
