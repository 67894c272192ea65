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
                danish ? "\(id) er ikke en af bibliotekets partnere." : "\(id) is not one of the library's partners."
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
                danish
                    ? "\(partner.name) har intet besøg \(words.date(day))."
                    : "\(partner.name) has no visit on \(words.date(day))."
            ]
            let others = plan.visits(of: id).map { words.short($0.day) + " \($0.day.year)" }
            if !others.isEmpty {
                lines.append((danish ? "Besøg i planen: " : "Visits in the plan: ") + others.joined(separator: ", "))
            }
            for slot in unplanned {
                lines.append((danish ? "Ikke planlagt: " : "Not planned: ") + slot.text(words.language))
            }
            return Explanation(partnerID: id, day: day, visitFound: false, lines: lines)
        }

        let route = context.routeIndex[visit.routeID].map { context.routes[$0] }
        let routeName = route?.name ?? visit.routeID.rawValue
        var lines = [
            "\(partner.name) (\(partner.id)), \(words.route(routeName)): \(words.date(day)), \(words.week(day)) – "
                + "\(words.kind(visit.kind))."
        ]
        lines += dayLines(visit, partner: partner, route: route)
        lines += brokenRuleLines(visit)
        if let route {
            let sameDay = plan.visits.filter { $0.routeID == visit.routeID && $0.day == day }
            let load = sameDay.reduce(0) { $0 + $1.vanLoad }
            lines.append(
                danish
                    ? "Bilen på \(words.route(routeName)) har \(load) af \(route.vanCapacity) kasser med den dag "
                        + "(ud og hjem tæller begge), \(sameDay.count) besøg."
                    : "The van on \(words.route(routeName)) carries \(load) of \(route.vanCapacity) crates that day "
                        + "(out and home both count), \(sameDay.count) visit\(sameDay.count == 1 ? "" : "s").")
        }
        if let participant = context.participantOfPartner[id].map({ context.participants[$0] }) {
            lines.append(mixLine(participant, visit: visit))
        }
        for id in visit.pickUp { lines.append(pickUpLine(id, visit: visit)) }
        for id in visit.leave { lines.append(leaveLine(id, visit: visit, partner: partner)) }
        for slot in unplanned {
            lines.append(
                (danish ? "Mangler: " : "Missing: ") + "\(words.crates(slot.missingCrates)) – "
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
                    danish
                        ? "Kasserne er pakket til dette besøg på skranken (\(list)) og ikke sendt endnu: de kommer med."
                        : "Crates are packed for this visit at the desk (\(list)) and not sent yet: they go on it.")
            }
            if lines.isEmpty || isByHand(visit) {
                lines.append(
                    danish
                        ? "Flyttet eller låst i hånden: planlæggeren beholder dag og kasser, som de er."
                        : "Moved or pinned by hand: the planner keeps its day and crates as they are.")
            }
            return lines
        case .start:
            lines.append(
                danish
                    ? "Sæsonens første kasser: de første ugers rutedage deles ud, så hver får så få kasser som muligt."
                    : "First crates of the season: the first weeks' route days are shared out so that each carries as "
                        + "few crates as possible.")
        case .due:
            lines.append(
                danish
                    ? "Kasserne den har nu, skal afleveres \(target)." : "The crates it has now are due on \(target).")
        case .loanPeriod:
            let previous = plan.visits(of: visit.partnerID).last { $0.day < visit.day }
            let period = words.period(context.settings.loanPeriod(for: partner))
            let since = previous.map { words.date($0.day) } ?? "?"
            lines.append(
                danish
                    ? "En låneperiode (\(period)) efter sidste besøg \(since): ønsket \(target)."
                    : "A loan period (\(period)) after the last visit on \(since): wanted on \(target).")
        case .collection:
            lines.append(
                danish
                    ? "Sidste afhentning før sommerlukningen eller sæsonens slutning: afhentningerne spredes over "
                        + "rutedagene i ugerne før, og denne dag havde færrest kasser booket."
                    : "Last collection before the summer closure or the season's end: the collections are spread over "
                        + "the route days of the weeks before, and this day had the fewest crates booked.")
        }
        if let postponed = visit.postponedFrom {
            lines.append(
                danish
                    ? "Udskudt fra \(words.date(postponed)): ingen passende kasse var ledig den dag, så besøget venter "
                        + "på kasser, der kommer hjem."
                    : "Postponed from \(words.date(postponed)): no suitable crate was free that day, so the visit "
                        + "waits for crates coming home.")
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
            (danish ? "Bryder en regel: " : "Breaks a rule: ") + words.rule(violation) + "."
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
                reasons.append("\(name) " + (danish ? "lukket" : "closed") + (closure.reason.map { " (\($0))" } ?? ""))
            } else if day < plan.firstDay || day > plan.lastDay {
                reasons.append("\(name) " + (danish ? "uden for planen" : "outside the plan"))
            } else if let previous, day < previous.adding(days: VisitScheduler.minimumGap) {
                reasons.append("\(name) " + (danish ? "for tæt på sidste besøg" : "too close to the last visit"))
            } else if let next, day >= next {
                reasons.append("\(name) " + (danish ? "efter næste besøg" : "after the next visit"))
            } else {
                let load = plan.visits.filter { $0.routeID == route.id && $0.day == day }.reduce(0) { $0 + $1.vanLoad }
                let full = load + visit.vanLoad > route.vanCapacity
                reasons.append(
                    "\(name) "
                        + (full
                            ? (danish
                                ? "bilen fuld (\(load) af \(route.vanCapacity))"
                                : "van full (\(load) of \(route.vanCapacity))")
                            : (danish
                                ? "bilen var booket fuld, da besøget blev planlagt"
                                : "van booked full when the visit was planned")))
            }
        }
        if reasons.isEmpty {
            // Nothing nearer was even a route day.
            let weekdays = route.deliveryWeekdays.sorted().map { words.days.weekdayName($0) + (danish ? "en" : "s") }
            let list = weekdays.joined(separator: danish ? " og " : " and ")
            reasons.append(danish ? "ruten kører om \(list)" : "the route drives on \(list)")
        }
        let list = ": " + reasons.joined(separator: "; ")
        return danish
            ? "Flyttet til nærmeste rutedag, der passer, \(words.date(chosen))\(list)."
            : "Moved to the nearest route day that fits, \(words.date(chosen))\(list)."
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
        case .request: source = danish ? "bedt om i planen" : "asked for in the plan"
        case .partner: source = danish ? "partnerens egne tal" : "the partner's own numbers"
        case .lastDeposit:
            source =
                danish
                ? "som sidste depot, ingen tal pr. aldersgruppe" : "as the last deposit, no numbers per age group"
        case .derived:
            let entries = participant.partner.crateMix ?? []
            let given = participant.bands.compactMap { band in
                entries.first { $0.band == band }?.crates.map { (band, $0) }
            }
            let children = participant.bands.compactMap { band in
                entries.first { $0.band == band && $0.crates == nil }?.children.map { (band, $0) }
            }
            source =
                danish
                ? "udregnet: så mange som sidste depot, mindst én; aldersgrupperne deler"
                : "worked out: as many as the last deposit, at least one; the age groups share"
            if children.isEmpty {
                source += danish ? " efter bibliotekets kasser i hver" : " by the library's crates of each"
            } else {
                let text = children.map { "\(words.band($0.0)) \($0.1)" }.joined(separator: ", ")
                source += danish ? " efter børnetal (\(text))" : " by children (\(text))"
            }
            if !given.isEmpty {
                source +=
                    (danish ? "; partnerens egne tal for " : "; the partner's own numbers for ")
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
                (danish ? "Kasser pr. besøg: " : "Crates per visit: ")
                + list(participant.bands) { band in
                    first.filter { $0 == band }.count
                }
        } else {
            let shares = zip(mix.bands, mix.weights).map { band, weight in
                "\(words.band(band)) \(Int((Double(weight * 100) / Double(total)).rounded())) %"
            }.joined(separator: ", ")
            line =
                danish
                ? "Kasser pr. besøg: \(mix.crates), over sæsonen \(shares)"
                : "Crates per visit: \(mix.crates), over the season \(shares)"
        }
        line += " (\(source))"
        if visit.kind != .collection {
            let left = visit.leave.compactMap { context.crateIndex[$0] }.map { context.band(ofCrate: $0) }
            if !mix.isWholePerVisit || left.sorted() != mix.firstVisit.sorted() {
                let text = list(participant.bands) { band in left.filter { $0 == band }.count }
                line += danish ? "; dette besøg: \(text)" : "; this visit: \(text)"
            }
        }
        return line + "."
    }

    private func pickUpLine(_ id: Crate.ID, visit: PlannedVisit) -> String {
        guard let crate = context.crateIndex[id] else { return (danish ? "Henter " : "Picks up ") + id.rawValue + "." }
        let record = context.data.crates[crate]
        let since = audit.stays[crate].last { $0.partnerID == visit.partnerID && $0.until == visit.day }?.from
        let here = since.map { danish ? ", her siden \(words.date($0))" : ", here since \(words.date($0))" } ?? ""
        return (danish ? "Henter " : "Picks up ") + "\(id) \"\(record.theme)\" (\(words.band(record.ageBand)))\(here)."
    }

    private func leaveLine(_ id: Crate.ID, visit: PlannedVisit, partner: Partner) -> String {
        guard let crate = context.crateIndex[id] else { return (danish ? "Afleverer " : "Leaves ") + id.rawValue + "." }
        let record = context.data.crates[crate]
        let ordinal = visit.day.ordinal
        var reasons: [String] = []
        if partner.ageGroups.contains(record.ageBand) {
            reasons.append(
                danish
                    ? "til \(words.band(record.ageBand)), en af dens aldersgrupper"
                    : "for \(words.band(record.ageBand)), one of its age groups")
        } else {
            let groups = Array(Set(partner.ageGroups)).sorted().map(words.band).joined(separator: ", ")
            reasons.append(
                danish
                    ? "til \(words.band(record.ageBand)), som IKKE er en af dens aldersgrupper (\(groups))"
                    : "for \(words.band(record.ageBand)), NOT one of its age groups (\(groups))")
        }
        let hadBefore = audit.violations.first {
            $0.rule == .crateHadBefore && $0.partnerID == visit.partnerID && $0.day == visit.day && $0.crateID == id
        }
        if let hadBefore {
            let when = hadBefore.otherDay.map { words.short($0) + " \($0.year)" } ?? "?"
            reasons.append(danish ? "HAR været her før (\(when))" : "WAS here before (\(when))")
        } else {
            reasons.append(
                danish ? "ikke haft her i \(context.lookBackText)" : "not had here in \(context.lookBackText)")
        }
        let home = audit.cameHome(crate, before: ordinal)
        if home == Int.min {
            reasons.append(danish ? "hjemme fra før planen" : "home from before the plan")
        } else {
            let working = context.calendar.workingDays(after: home, through: ordinal)
            reasons.append(
                danish
                    ? "hjemme siden \(words.short(Day(ordinal: home))) (\(working) arbejdsdage, mindst "
                        + "\(context.calendar.turnaround))"
                    : "home since \(words.short(Day(ordinal: home))) (\(working) working days, at least "
                        + "\(context.calendar.turnaround))")
        }
        let before = audit.previousThemes[visit.id] ?? []
        if let repeated = audit.themeRepeats[visit.id]?.first(where: { $0.crate == crate }) {
            reasons.append(themeRepeatReason(repeated, visit: visit))
        } else if before.contains(record.theme) {
            reasons.append(
                danish
                    ? "samme tema som sidst: ingen kasse med et andet tema passede"
                    : "same theme as last time: no crate with another theme fitted")
        } else if !before.isEmpty {
            let themes = Array(Set(before)).sorted().joined(separator: ", ")
            reasons.append(danish ? "andet tema end sidst (\(themes))" : "another theme than last time (\(themes))")
        }
        let rivals = suitable(band: record.ageBand, partner: visit.partnerID, day: visit.day, except: visit)
        if isByHand(visit) {
            reasons.append(danish ? "valgt i hånden" : "chosen by hand")
        } else if rivals > 0 {
            reasons.append(
                danish
                    ? "længst ventende af \(rivals + 1) passende kasser den dag"
                    : "waiting longest of \(rivals + 1) suitable crates that day")
        }
        return (danish ? "Afleverer " : "Leaves ") + "\(id) \"\(record.theme)\": " + reasons.joined(separator: "; ")
            + "."
    }

    /// A theme the partner had before: when, and whether another crate could have been left instead.
    private func themeRepeatReason(_ repeated: PlanAudit.ThemeRepeat, visit: PlannedVisit) -> String {
        let since =
            repeated.since == visit.day ? (danish ? "ved samme besøg" : "at this visit") : words.short(repeated.since)
        let had =
            repeated.inSeason
            ? (danish
                ? "temaet \"\(repeated.theme)\" har den allerede haft i sæsonen (\(since))"
                : "the theme \"\(repeated.theme)\" it already had this season (\(since))")
            : (danish
                ? "temaet \"\(repeated.theme)\" havde den i \(context.lookBackText) (\(since))"
                : "the theme \"\(repeated.theme)\" it had in \(context.lookBackText) (\(since))")
        guard let other = audit.alternative(to: repeated, at: visit) else {
            let band = words.band(context.data.crates[repeated.crate].ageBand)
            return had
                + (danish
                    ? ": kunne ikke undgås, ingen ledig kasse til \(band) med et nyt tema passede den dag"
                    : ": could not be avoided, no free crate for \(band) with a new theme fitted that day")
        }
        let record = context.data.crates[other]
        return had
            + (danish
                ? ": kunne være undgået, \(record.id) \"\(record.theme)\" var ledig"
                : ": could have been avoided, \(record.id) \"\(record.theme)\" was free")
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
