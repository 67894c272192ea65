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
                    Problem(
                        file: file,
                        message: "the published plan is for \(published.season), the draft for \(seasonPlan.season)"))
            }
            let versions = [("draft", Optional(seasonPlan.draft)), ("published", seasonPlan.published)]
            for (name, plan) in versions {
                guard let plan else { continue }
                let routeIDs = Set((plan.request.settings ?? data.settings).routes.map(\.id))
                var reported = Set<String>()
                func report(_ key: String, _ recordID: String, _ message: String) {
                    guard reported.insert(key).inserted else { return }
                    problems.append(Problem(file: file, recordID: recordID, message: "\(name): \(message)"))
                }
                for visit in plan.visits {
                    let record = visit.id.description
                    if !partnerIDs.contains(visit.partnerID) {
                        report("P \(visit.partnerID)", record, "partner \(visit.partnerID) does not exist")
                    }
                    if !routeIDs.contains(visit.routeID) {
                        report("R \(visit.routeID)", record, "route \"\(visit.routeID)\" is not in library.json")
                    }
                    for crate in visit.leave + visit.pickUp where !crateIDs.contains(crate) {
                        report("C \(crate)", record, "crate \(crate) does not exist")
                    }
                }
                for pin in plan.request.pins {
                    let record = "\(pin.partnerID) \(pin.day)"
                    if !partnerIDs.contains(pin.partnerID) {
                        report(
                            "P \(pin.partnerID)", record, "a pin names partner \(pin.partnerID), which does not exist")
                    }
                    for crate in pin.crates ?? [] where !crateIDs.contains(crate) {
                        report("C \(crate)", record, "a pin names crate \(crate), which does not exist")
                    }
                }
            }
        }
        return problems
    }
}
