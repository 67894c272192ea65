/// Why a visit is on its day and why it leaves its crates, worked out again from the finished plan: the rule that
/// set the day wanted, the days nearer to it that would not do, the van's load, and for each crate the rules it
/// meets and why it was preferred.
struct PlanExplainer {
    let audit: PlanAudit
    let words: PlanWords

    private var context: PlanningContext { audit.context }
    private var plan: Plan { audit.plan }
    private var danish: Bool { words.language == .danish }

    func explain(partner id: Partner.ID, day: Day) -> Explanation {
        guard let position = context.partnerIndex[id] else {
            let line =
                words.language.said(.unknownPartner, id)
            return Explanation(partnerID: id, day: day, visitFound: false, lines: [line])
        }
        let partner = context.data.partners[position]
        // A day in the week of a visit (as "uge 45" gives) means that visit, when the partner has one that week.
        let week = ISOWeek(containing: day)
        let sameWeek = plan.visits(of: id).filter { ISOWeek(containing: $0.day) == week }
        let exact = plan.visits.first { $0.partnerID == id && $0.day == day }
        let chosen = exact ?? (sameWeek.count == 1 ? sameWeek[0] : nil)
        let day = chosen?.day ?? day
        let unplanned = plan.unplanned.filter { $0.partnerID == id && $0.day == day }
        guard let visit = chosen else {
            var lines = [
                words.language.said(.hasNoVisitOn, partner.name, words.date(day))
            ]
            let others = plan.visits(of: id).map { words.short($0.day) + " \($0.day.year)" }
            if !others.isEmpty {
                lines.append((words.language.said(.visitsInThePlan)) + others.joined(separator: ", "))
            }
            for slot in unplanned {
                lines.append((words.language.said(.notPlanned)) + slot.text(words.language))
            }
            return Explanation(partnerID: id, day: day, visitFound: false, lines: lines)
        }

        let route = context.routeIndex[visit.routeID].map { context.routes[$0] }
        let routeName = route?.name ?? visit.routeID.rawValue
        var lines = [
            "\(partner.name) (\(partner.id)), \(words.route(routeName)): \(words.date(day)), \(words.week(day)) – \(words.kind(visit.kind))."
        ]
        lines += dayLines(visit, partner: partner, route: route)
        lines += brokenRuleLines(visit)
        if let route {
            let sameDay = plan.visits.filter { $0.routeID == visit.routeID && $0.day == day }
            let load = sameDay.reduce(0) { $0 + $1.vanLoad }
            lines.append(
                danish
                    ? "Bilen på \(words.route(routeName)) har \(load) af \(route.vanCapacity) kasser med den dag (ud og hjem tæller begge), \(sameDay.count) besøg."
                    : "The van on \(words.route(routeName)) carries \(load) of \(route.vanCapacity) crates that day (out and home both count), \(sameDay.count) visit\(sameDay.count == 1 ? "" : "s")."
            )
        }
        if let participant = context.participantOfPartner[id].map({ context.participants[$0] }) {
            lines.append(mixLine(participant, visit: visit))
        }
        for id in visit.pickUp { lines.append(pickUpLine(id, visit: visit)) }
        for id in visit.leave { lines.append(leaveLine(id, visit: visit, partner: partner)) }
        for slot in unplanned {
            lines.append(
                (words.language.said(.missing)) + "\(words.crates(slot.missingCrates)) – "
                    + slot.text(words.language))
        }
        return Explanation(partnerID: id, day: day, visitFound: true, lines: lines)
    }

    // MARK: The day

    private func dayLines(_ visit: PlannedVisit, partner: Partner, route: Route?) -> [String] {
        var lines: [String] = []
        let target = words.date(visit.target)
        switch visit.timing {
        case _ where visit.timing == .pinned || isByHand(visit), .pinned:
            var lines: [String] = []
            if let packed = context.packedVisits[visit.id] {
                let list = packed.map(\.rawValue).joined(separator: ", ")
                lines.append(
                    words.language.said(.cratesArePackedForThis, list))
            }
            if lines.isEmpty || isByHand(visit) {
                lines.append(
                    words.language.said(.movedOrPinnedByHand))
            }
            return lines
        case .start:
            lines.append(
                words.language.said(.firstCratesOfTheSeason))
        case .due:
            lines.append(
                words.language.said(.theCratesItHasNow, target))
        case .loanPeriod:
            let previous = plan.visits(of: visit.partnerID).last { $0.day < visit.day }
            let period = words.period(context.settings.loanPeriod(for: partner))
            let since = previous.map { words.date($0.day) } ?? "?"
            lines.append(
                words.language.said(.aLoanPeriodAfterThe, period, since, target))
        case .collection:
            lines.append(
                words.language.said(.lastCollectionBeforeTheSummer))
        }
        if let postponed = visit.postponedFrom {
            lines.append(
                words.language.said(.postponedFromNoSuitableCrate, words.date(postponed)))
        }
        let start = visit.postponedFrom ?? visit.day
        if visit.timing != .start && visit.timing != .collection && start != visit.target, let route {
            lines.append(movedLine(visit, partner: partner, route: route, chosen: start))
        }
        return lines
    }

    /// Whether the coordinator decided the visit: a pin of the request on its day, or an edit not yet re-planned.
    private func isByHand(_ visit: PlannedVisit) -> Bool {
        plan.request.pins.contains { $0.partnerID == visit.partnerID && $0.day == visit.day }
            || (visit.pinned && context.packedVisits[visit.id] == nil)
    }

    /// The hard rules the visit breaks, one line each: its own and its route day's van.
    private func brokenRuleLines(_ visit: PlannedVisit) -> [String] {
        audit.violations.filter { violation in
            violation.day == visit.day
                && (violation.partnerID == visit.partnerID
                    || (violation.rule == .vanCapacity && violation.routeID == visit.routeID))
        }.map { violation in
            (words.language.said(.breaksARule)) + words.rule(violation) + "."
        }
    }

    /// The route days nearer the day wanted than the one chosen, and why each would not do.
    private func movedLine(_ visit: PlannedVisit, partner: Partner, route: Route, chosen: Day) -> String {
        let distance = abs(visit.target.days(until: chosen))
        let others = plan.visits(of: visit.partnerID)
        let previous = others.last { $0.day < visit.day }?.day
        let next = others.first { $0.day > visit.day }?.day
        var reasons: [String] = []
        var day = visit.target.adding(days: -distance + 1)
        while day < visit.target.adding(days: distance) {
            defer { day = day.adding(days: 1) }
            guard route.deliveryWeekdays.contains(day.weekday) else { continue }
            let name = words.short(day)
            if let holiday = DanishHolidays.name(of: day, language: words.language) {
                reasons.append("\(name) \(holiday)")
            } else if let closure = partner.closures.first(where: { $0.days.contains(day) }) {
                reasons.append("\(name) " + (words.language.said(.closed)) + (closure.reason.map { " (\($0))" } ?? ""))
            } else if day < plan.firstDay || day > plan.lastDay {
                reasons.append("\(name) " + (words.language.said(.outsideThePlan)))
            } else if let previous, day < previous.adding(days: VisitScheduler.minimumGap) {
                reasons.append("\(name) " + (words.language.said(.tooCloseToTheLast)))
            } else if let next, day >= next {
                reasons.append("\(name) " + (words.language.said(.afterTheNextVisit)))
            } else {
                let load = plan.visits.filter { $0.routeID == route.id && $0.day == day }.reduce(0) { $0 + $1.vanLoad }
                let full = load + visit.vanLoad > route.vanCapacity
                reasons.append(
                    "\(name) "
                        + (full
                            ? (words.language.said(.vanFullOf, load, route.vanCapacity))
                            : (words.language.said(.vanBookedFullWhenThe))))
            }
        }
        if reasons.isEmpty {
            // Nothing nearer was even a route day.
            let weekdays = route.deliveryWeekdays.sorted().map {
                words.days.weekdayName($0) + (words.language.said(.s))
            }
            let list = weekdays.joined(separator: words.language.said(.and))
            reasons.append(words.language.said(.theRouteDrivesOn, list))
        }
        let list = ": " + reasons.joined(separator: "; ")
        return words.language.said(.movedToTheNearestRoute, words.date(chosen), list)
    }

    // MARK: The crates

    /// The crates per visit of each age band, where the numbers came from, and what this visit left if it differs.
    private func mixLine(_ participant: Participant, visit: PlannedVisit) -> String {
        let mix = participant.mix
        func list(_ bands: [AgeBand], _ count: (AgeBand) -> Int) -> String {
            bands.map { "\(words.band($0)): \(count($0))" }.joined(separator: ", ")
        }
        var source: String
        switch mix.source {
        case .request: source = words.language.said(.askedForInThePlan)
        case .partner: source = words.language.said(.partnersOwnNumbers)
        case .lastDeposit:
            source =
                words.language.said(.asTheLastDepositNo)
        case .derived:
            let entries = participant.partner.crateMix ?? []
            let given = participant.bands.compactMap { band in
                entries.first { $0.band == band }?.crates.map { (band, $0) }
            }
            let children = participant.bands.compactMap { band in
                entries.first { $0.band == band && $0.crates == nil }?.children.map { (band, $0) }
            }
            source =
                words.language.said(.workedOutAsManyAs)
            if children.isEmpty {
                source += words.language.said(.byTheLibrarySCrates)
            } else {
                let text = children.map { "\(words.band($0.0)) \($0.1)" }.joined(separator: ", ")
                source += words.language.said(.byChildren, text)
            }
            if !given.isEmpty {
                source +=
                    (words.language.said(.partnersOwnNumbersFor))
                    + list(given.map(\.0)) { band in
                        given.first { $0.0 == band }!.1
                    }
            }
        }
        let total = max(1, mix.weights.reduce(0, +))
        var line: String
        if mix.isWholePerVisit {
            let first = mix.firstVisit
            line =
                (words.language.said(.cratesPerVisit))
                + list(participant.bands) { band in
                    first.filter { $0 == band }.count
                }
        } else {
            let shares = zip(mix.bands, mix.weights).map { band, weight in
                "\(words.band(band)) \(Int((Double(weight * 100) / Double(total)).rounded())) %"
            }.joined(separator: ", ")
            line =
                words.language.said(.cratesPerVisitOverThe, mix.crates, shares)
        }
        line += " (\(source))"
        if visit.kind != .collection {
            let left = visit.leave.compactMap { context.crateIndex[$0] }.map { context.band(ofCrate: $0) }
            if !mix.isWholePerVisit || left.sorted() != mix.firstVisit.sorted() {
                let text = list(participant.bands) { band in left.filter { $0 == band }.count }
                line += words.language.said(.thisVisit, text)
            }
        }
        return line + "."
    }

    private func pickUpLine(_ id: Crate.ID, visit: PlannedVisit) -> String {
        guard let crate = context.crateIndex[id] else { return (words.language.said(.picksUp)) + id.rawValue + "." }
        let record = context.data.crates[crate]
        let since = audit.stays[crate].last { $0.partnerID == visit.partnerID && $0.until == visit.day }?.from
        let here = since.map { words.language.said(.hereSince, words.date($0)) } ?? ""
        return (words.language.said(.picksUp)) + "\(id) \"\(record.theme)\" (\(words.band(record.ageBand)))\(here)."
    }

    private func leaveLine(_ id: Crate.ID, visit: PlannedVisit, partner: Partner) -> String {
        guard let crate = context.crateIndex[id] else { return (words.language.said(.leaves)) + id.rawValue + "." }
        let record = context.data.crates[crate]
        let ordinal = visit.day.ordinal
        var reasons: [String] = []
        if partner.ageGroups.contains(record.ageBand) {
            reasons.append(
                words.language.said(.forOneOfItsAge, words.band(record.ageBand)))
        } else {
            let groups = Array(Set(partner.ageGroups)).sorted().map(words.band).joined(separator: ", ")
            reasons.append(
                words.language.said(.forNotOneOfIts, words.band(record.ageBand), groups))
        }
        let hadBefore = audit.violations.first {
            $0.rule == .crateHadBefore && $0.partnerID == visit.partnerID && $0.day == visit.day && $0.crateID == id
        }
        if let hadBefore {
            let when = hadBefore.otherDay.map { words.short($0) + " \($0.year)" } ?? "?"
            reasons.append(words.language.said(.wasHereBefore, when))
        } else {
            reasons.append(
                words.language.said(.notHadHereIn, context.lookBackText))
        }
        let home = audit.cameHome(crate, before: ordinal)
        if home == Int.min {
            reasons.append(words.language.said(.homeFromBeforeThePlan))
        } else {
            let working = context.calendar.workingDays(after: home, through: ordinal)
            reasons.append(
                words.language.said(
                    .homeSinceWorkingDaysAt, words.short(Day(ordinal: home)), working, context.calendar.turnaround))
        }
        let before = audit.previousThemes[visit.id] ?? []
        if let repeated = audit.themeRepeats[visit.id]?.first(where: { $0.crate == crate }) {
            reasons.append(themeRepeatReason(repeated, visit: visit))
        } else if before.contains(record.theme) {
            reasons.append(
                words.language.said(.sameThemeAsLastTime))
        } else if !before.isEmpty {
            let themes = Array(Set(before)).sorted().joined(separator: ", ")
            reasons.append(words.language.said(.anotherThemeThanLastTime, themes))
        }
        let rivals = suitable(band: record.ageBand, partner: visit.partnerID, day: visit.day, except: visit)
        if isByHand(visit) {
            reasons.append(words.language.said(.chosenByHand))
        } else if rivals > 0 {
            reasons.append(
                words.language.said(.waitingLongestOfSuitableCrates, rivals + 1))
        }
        return (words.language.said(.leaves)) + "\(id) \"\(record.theme)\": " + reasons.joined(separator: "; ")
            + "."
    }

    /// A theme the partner had before: when, and whether another crate could have been left instead.
    private func themeRepeatReason(_ repeated: PlanAudit.ThemeRepeat, visit: PlannedVisit) -> String {
        let since =
            repeated.since == visit.day ? (words.language.said(.atThisVisit)) : words.short(repeated.since)
        let had =
            repeated.inSeason
            ? (words.language.said(.theThemeItAlreadyHad, repeated.theme, since))
            : (words.language.said(.theThemeItHadIn, repeated.theme, context.lookBackText, since))
        guard let other = audit.alternative(to: repeated, at: visit) else {
            let band = words.band(context.data.crates[repeated.crate].ageBand)
            return had
                + (words.language.said(.couldNotBeAvoidedNo, band))
        }
        let record = context.data.crates[other]
        return had
            + (words.language.said(.couldHaveBeenAvoidedWas, record.id, record.theme))
    }

    /// Crates of `band` that were home and through the turnaround on `day`, new to the partner, and not left by any
    /// visit that day: the other candidates.
    private func suitable(band: AgeBand, partner: Partner.ID, day: Day, except visit: PlannedVisit) -> Int {
        let ordinal = day.ordinal
        let bandIndex = AgeBand.allCases.firstIndex(of: band)!
        var had = context.participantOfPartner[partner].map { context.participants[$0].lookBack }
        for earlier in plan.visits(of: partner) where earlier.day <= day {
            for id in earlier.leave { if let crate = context.crateIndex[id] { had?.insert(crate) } }
        }
        var count = 0
        for crate in context.cratesByBand[bandIndex] where !(had?.contains(crate) ?? false) {
            guard !audit.isOut(crate, on: ordinal) else { continue }
            let home = audit.cameHome(crate, before: ordinal)
            if home == Int.min || context.calendar.readyOrdinal(afterPickup: home) <= ordinal { count += 1 }
        }
        return count
    }
}

/// The texts of `PlanExplainer` in the language files.
public enum PlanExplainText: String, TextCatalogue {
    case unknownPartner
    case hasNoVisitOn
    case visitsInThePlan
    case notPlanned
    case missing
    case cratesArePackedForThis
    case movedOrPinnedByHand
    case firstCratesOfTheSeason
    case theCratesItHasNow
    case aLoanPeriodAfterThe
    case lastCollectionBeforeTheSummer
    case postponedFromNoSuitableCrate
    case breaksARule
    case closed
    case outsideThePlan
    case tooCloseToTheLast
    case afterTheNextVisit
    case vanFullOf
    case vanBookedFullWhenThe
    case s
    case and
    case theRouteDrivesOn
    case movedToTheNearestRoute
    case askedForInThePlan
    case partnersOwnNumbers
    case asTheLastDepositNo
    case workedOutAsManyAs
    case byTheLibrarySCrates
    case byChildren
    case partnersOwnNumbersFor
    case cratesPerVisit
    case cratesPerVisitOverThe
    case thisVisit
    case picksUp
    case hereSince
    case leaves
    case forOneOfItsAge
    case forNotOneOfIts
    case wasHereBefore
    case notHadHereIn
    case homeFromBeforeThePlan
    case homeSinceWorkingDaysAt
    case sameThemeAsLastTime
    case anotherThemeThanLastTime
    case chosenByHand
    case waitingLongestOfSuitableCrates
    case atThisVisit
    case theThemeItAlreadyHad
    case theThemeItHadIn
    case couldNotBeAvoidedNo
    case couldHaveBeenAvoidedWas

    public static let placeholders: [PlanExplainText: [String]] = [
        .unknownPartner: ["id"],
        .hasNoVisitOn: ["name", "date"],
        .cratesArePackedForThis: ["list"],
        .theCratesItHasNow: ["target"],
        .aLoanPeriodAfterThe: ["period", "since", "target"],
        .postponedFromNoSuitableCrate: ["date"],
        .vanFullOf: ["load", "vanCapacity"],
        .theRouteDrivesOn: ["list"],
        .movedToTheNearestRoute: ["date", "list"],
        .byChildren: ["text"],
        .cratesPerVisitOverThe: ["crates", "shares"],
        .thisVisit: ["text"],
        .hereSince: ["date"],
        .forOneOfItsAge: ["band"],
        .forNotOneOfIts: ["band", "groups"],
        .wasHereBefore: ["when"],
        .notHadHereIn: ["lookBackText"],
        .homeSinceWorkingDaysAt: ["short", "working", "turnaround"],
        .anotherThemeThanLastTime: ["themes"],
        .waitingLongestOfSuitableCrates: ["rivals"],
        .theThemeItAlreadyHad: ["theme", "since"],
        .theThemeItHadIn: ["theme", "lookBackText", "since"],
        .couldNotBeAvoidedNo: ["band"],
        .couldHaveBeenAvoidedWas: ["id", "theme"],
    ]
}

extension Language {
    fileprivate func said(_ key: PlanExplainText, _ arguments: CustomStringConvertible...) -> String {
        TextBook(self).filled(key, arguments)
    }
}
