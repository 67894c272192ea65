/// The planner's sentences in Danish or English: reasons for unplanned cells, broken rules, explanations.
struct PlanWords: Sendable {
    let language: Language
    let days: DayText

    init(_ language: Language) {
        self.language = language
        days = DayText(language)
    }

    private var danish: Bool { language == .danish }

    // MARK: Small pieces

    /// "3–6", "0–3", "school" / "skole".
    func band(_ band: AgeBand) -> String {
        switch band {
        case .toddlers: return "0–3"
        case .preschool: return "3–6"
        case .school: return danish ? "skole" : "school"
        }
    }

    /// "1 crate", "14 crates" / "1 kasse", "14 kasser".
    func crates(_ count: Int) -> String {
        danish ? "\(count) \(count == 1 ? "kasse" : "kasser")" : "\(count) \(count == 1 ? "crate" : "crates")"
    }

    /// "tirsdag 9. marts 2027" / "Tuesday 9 March 2027".
    func date(_ day: Day) -> String { "\(days.weekdayName(day.weekday)) \(days.long(day))" }

    /// "tir 9.3." / "Tue 9/3".
    func short(_ day: Day) -> String { days.short(day) }

    /// "uge 10" / "week 10".
    func week(_ day: Day) -> String { days.week(ISOWeek(containing: day)) }

    /// "uge 10–12" / "week 10–12", or one week.
    func weeks(_ from: Day, _ to: Day) -> String {
        let first = ISOWeek(containing: from)
        let last = ISOWeek(containing: to)
        return first == last ? week(from) : "\(week(from))–\(last.week)"
    }

    /// "3 months" / "3 måneder".
    func period(_ period: CalendarPeriod) -> String {
        let count = period.count
        let one = count == 1
        switch period.unit {
        case .days: return danish ? "\(count) \(one ? "dag" : "dage")" : "\(count) \(one ? "day" : "days")"
        case .weeks: return danish ? "\(count) \(one ? "uge" : "uger")" : "\(count) \(one ? "week" : "weeks")"
        case .months: return danish ? "\(count) \(one ? "måned" : "måneder")" : "\(count) \(one ? "month" : "months")"
        case .years: return danish ? "\(count) år" : "\(count) \(one ? "year" : "years")"
        }
    }

    /// "delivery" / "første kasser".
    func kind(_ kind: PlannedVisit.Kind) -> String {
        switch kind {
        case .delivery: return danish ? "første kasser" : "delivery"
        case .exchange: return danish ? "udskiftning" : "exchange"
        case .collection: return danish ? "afhentning" : "collection"
        }
    }

    func route(_ name: String) -> String { danish ? "rute \(name)" : "route \(name)" }

    // MARK: Unplanned

    func unplanned(_ slot: UnplannedSlot) -> String {
        let name = slot.partnerName
        let route = route(slot.routeName ?? slot.routeID?.rawValue ?? "?")
        switch slot.reason {
        case .noRoute:
            return danish
                ? "\(name) er ikke på nogen rute: giv den en rute for at planlægge dens besøg"
                : "\(name) is on no van route: give it a route to plan its visits"
        case .noAgeGroups:
            return danish
                ? "\(name) har ingen aldersgrupper, så ingen kasse passer"
                : "\(name) has no age groups, so no crate fits it"
        case .unknownPartner:
            return danish
                ? "\(slot.partnerID) er ikke en af bibliotekets partnere (låst besøg \(short(slot.day)))"
                : "\(slot.partnerID) is not one of the library's partners (pinned visit \(short(slot.day)))"
        case .pinOutsideSeason:
            return danish
                ? "\(name): det låste besøg \(date(slot.day)) ligger uden for planens dage"
                : "\(name): the pinned visit on \(date(slot.day)) lies outside the days being planned"
        case .noVisitDay(let from, let to, let routeDays, let holidays, let closed, let full, let capacity):
            if danish {
                return "\(route), \(weeks(from, to)): ingen rutedag fra \(short(from)) til \(short(to)) hvor \(name) "
                    + "har åbent og der er plads i bilen (\(routeDays) rutedage: \(holidays) helligdage, "
                    + "\(closed) lukket, \(full) med fuld bil ved \(crates(capacity)))"
            }
            return "\(route), \(weeks(from, to)): no route day from \(short(from)) to \(short(to)) with \(name) open "
                + "and room in the van (\(routeDays) route days: \(holidays) holidays, \(closed) closed, "
                + "\(full) with the van full at \(crates(capacity)))"
        case .cratesShort(let band, let wanted, let freeThatWeek, let freeOnDay, let hadBefore, let held, let seasons):
            let day = short(slot.day)
            var text =
                danish
                ? "\(route), \(week(slot.day)): \(crates(wanted)) til \(self.band(band)) ønsket, \(freeThatWeek) ledige"
                : "\(route), \(week(slot.day)): \(crates(wanted)) for \(self.band(band)) wanted, \(freeThatWeek) free"
            if freeOnDay == 0 {
                text += danish ? "; ingen var tilbage \(day)" : "; none was left on \(day)"
            } else {
                text +=
                    danish
                    ? "; af de \(freeOnDay) der stadig var ledige \(day), har \(name) haft \(hadBefore) i \(seasons)"
                    : "; of the \(freeOnDay) still free on \(day), \(name) had \(hadBefore) in \(seasons)"
                if held > 0 {
                    text +=
                        danish ? ", og \(held) er holdt til låste besøg" : ", and \(held) are kept for pinned visits"
                }
            }
            return text
        }
    }

    // MARK: Violations

    func violation(_ violation: Violation) -> String {
        let crate = violation.crateID?.rawValue ?? "?"
        let other = violation.otherPartnerName ?? violation.otherPartnerID?.rawValue
        let subject: String
        if violation.rule == .vanCapacity {
            subject =
                "\(short(violation.day)) \(violation.day.year), \(route(violation.note ?? violation.routeID?.rawValue ?? "?"))"
        } else {
            let partner = violation.partnerName ?? violation.partnerID?.rawValue ?? "?"
            subject = "\(short(violation.day)) \(violation.day.year), \(partner)"
        }
        return "\(subject): \(rule(violation, crate: crate, other: other))"
    }

    /// The rule a violation breaks, without the day and partner: "K017 is for 0–3, not one of its age groups".
    func rule(_ violation: Violation) -> String {
        rule(
            violation, crate: violation.crateID?.rawValue ?? "?",
            other: violation.otherPartnerName ?? violation.otherPartnerID?.rawValue)
    }

    private func rule(_ violation: Violation, crate: String, other: String?) -> String {
        let otherDay = violation.otherDay.map { "\(short($0)) \($0.year)" } ?? ""
        let count = violation.count ?? 0
        let limit = violation.limit ?? 0
        switch violation.rule {
        case .crateHadBefore:
            return danish ? "\(crate) har været her før (\(otherDay))" : "\(crate) was here before (\(otherDay))"
        case .ageBand:
            let band = violation.note.flatMap(AgeBand.init(rawValue:)).map(self.band) ?? "?"
            return danish
                ? "\(crate) er til \(band), som ikke er en af dens aldersgrupper"
                : "\(crate) is for \(band), not one of its age groups"
        case .turnaround:
            let from = other.map { danish ? " fra \($0)" : " from \($0)" } ?? ""
            return danish
                ? "\(crate) har kun været hjemme \(count) arbejdsdage siden \(otherDay)\(from); den skal være "
                    + "hjemme \(limit)"
                : "\(crate) was home only \(count) working days since \(otherDay)\(from); it needs \(limit)"
        case .crateElsewhere:
            let place = other ?? "?"
            if violation.otherDay == nil {
                return danish
                    ? "\(crate) er stadig hos \(place) og hentes ikke i planen"
                    : "\(crate) is still at \(place) and not picked up in the plan"
            }
            return danish
                ? "\(crate) er stadig hos \(place) (hentes \(otherDay))"
                : "\(crate) is still at \(place) (picked up \(otherDay))"
        case .vanCapacity:
            return danish
                ? "\(crates(count)) i bilen, som kan tage \(limit)"
                : "\(crates(count)) on the van, which holds \(limit)"
        case .holiday:
            let name = DanishHolidays.name(of: violation.day, language: language) ?? violation.note ?? ""
            // Christmas Eve, New Year's Eve and Constitution Day are days the library closes, not public holidays.
            let isPublic = DanishHolidays.holidays(on: violation.day).contains { $0.isPublicHoliday }
            if isPublic { return danish ? "helligdag (\(name))" : "public holiday (\(name))" }
            return danish ? "biblioteket lukket (\(name))" : "library closed (\(name))"
        case .partnerClosed:
            let reason = violation.note.map { " (\($0))" } ?? ""
            return danish ? "lukket\(reason)" : "closed\(reason)"
        case .notRouteDay:
            let route = route(violation.note ?? violation.routeID?.rawValue ?? "?")
            let weekday = days.weekdayName(violation.day.weekday)
            return danish ? "\(route) kører ikke \(weekday)" : "\(route) does not drive on \(weekday)s"
        case .wrongRoute:
            let own = violation.note.map(route) ?? (danish ? "ingen rute" : "no route")
            let visit = route(violation.routeID?.rawValue ?? "?")
            return danish
                ? "besøget er på \(visit), men partneren er på \(own)"
                : "the visit is on \(visit), but the partner is on \(own)"
        case .sharedDriver:
            let driver = violation.note ?? "?"
            let other = route(violation.otherRouteName ?? violation.otherRouteID?.rawValue ?? "?")
            return danish
                ? "chaufføren \(driver) kører også \(other) den dag"
                : "the driver \(driver) also drives \(other) that day"
        case .outsideSeason:
            return danish ? "dagen ligger uden for planens dage" : "the day lies outside the days being planned"
        case .unknownPartner:
            return danish ? "ikke en af bibliotekets partnere" : "not one of the library's partners"
        case .unknownCrate:
            return danish ? "\(crate) er ikke en af bibliotekets kasser" : "\(crate) is not one of the library's crates"
        case .crateInRepair:
            return danish ? "\(crate) er til reparation" : "\(crate) is in repair"
        case .pickUpMismatch:
            return danish
                ? "\(crate) skal hentes, men den er der ikke" : "\(crate) is to be picked up, but it is not there"
        case .duplicate:
            if violation.crateID != nil {
                return danish ? "\(crate) afleveres to gange" : "\(crate) is left twice"
            }
            return danish ? "to besøg samme dag" : "two visits on the same day"
        }
    }
}
