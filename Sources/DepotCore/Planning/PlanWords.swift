/// The planner's sentences in Danish or English: reasons for unplanned cells, broken rules, explanations.
struct PlanWords: Sendable {
    let language: Language
    let days: DayText

    init(_ language: Language) {
        self.language = language
        days = DayText(language)
    }

    // MARK: Small pieces

    /// "3–6", "0–3", "school" / "skole".
    func band(_ band: AgeBand) -> String {
        switch band {
        case .toddlers: return "0–3"
        case .preschool: return "3–6"
        case .school: return said(.school)
        }
    }

    /// "1 crate", "14 crates" / "1 kasse", "14 kasser".
    func crates(_ count: Int) -> String { TextBook(language).count(count, PlanWordsText.nounCrate) }

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
        let noun: PlanWordsText =
            switch period.unit {
            case .days: .nounDay
            case .weeks: .nounWeek
            case .months: .nounMonth
            case .years: .nounYear
            }
        return TextBook(language).count(period.count, noun)
    }

    /// "delivery" / "første kasser".
    func kind(_ kind: PlannedVisit.Kind) -> String {
        switch kind {
        case .delivery: return said(.delivery)
        case .exchange: return said(.exchange)
        case .collection: return said(.collection)
        }
    }

    func route(_ name: String) -> String { said(.route, name) }

    // MARK: Unplanned

    func unplanned(_ slot: UnplannedSlot) -> String {
        let name = slot.partnerName
        let route = route(slot.routeName ?? slot.routeID?.rawValue ?? "?")
        switch slot.reason {
        case .noRoute:
            return said(.isOnNoVanRoute, name)
        case .noAgeGroups:
            return said(.hasNoAgeGroupsSo, name)
        case .unknownPartner:
            return said(.unknownPinnedPartner, slot.partnerID, short(slot.day))
        case .pinOutsideSeason:
            return said(.thePinnedVisitOnLies, name, date(slot.day))
        case .noVisitDay(let from, let to, let routeDays, let holidays, let closed, let full, let capacity):
            return said(
                .noVisitDay, route, weeks(from, to), short(from), short(to), name, routeDays, holidays, closed, full,
                crates(capacity))
        case .cratesShort(let band, let wanted, let freeThatWeek, let freeOnDay, let hadBefore, let held, let seasons):
            let day = short(slot.day)
            var text =
                said(.forWantedFree, route, week(slot.day), crates(wanted), self.band(band), freeThatWeek)
            if freeOnDay == 0 {
                text += said(.noneWasLeftOn, day)
            } else {
                text +=
                    said(.ofTheStillFreeOn, freeOnDay, day, name, hadBefore, seasons)
                if held > 0 {
                    text +=
                        said(.andAreKeptForPinned, held)
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
            return said(.wasHereBefore, crate, otherDay)
        case .ageBand:
            let band = violation.note.flatMap(AgeBand.init(rawValue:)).map(self.band) ?? "?"
            return said(.isForNotOneOf, crate, band)
        case .turnaround:
            let from = other.map { said(.from, $0) } ?? ""
            return said(.wasHomeOnlyWorkingDays, crate, count, otherDay, from, limit)
        case .crateElsewhere:
            let place = other ?? "?"
            if violation.otherDay == nil {
                return said(.isStillAtAndNot, crate, place)
            }
            return said(.isStillAtPickedUp, crate, place, otherDay)
        case .vanCapacity:
            return said(.onTheVanWhichHolds, crates(count), limit)
        case .holiday:
            let name = DanishHolidays.name(of: violation.day, language: language) ?? violation.note ?? ""
            // Christmas Eve, New Year's Eve and Constitution Day are days the library closes, not public holidays.
            let isPublic = DanishHolidays.holidays(on: violation.day).contains { $0.isPublicHoliday }
            if isPublic { return said(.publicHoliday, name) }
            return said(.libraryClosed, name)
        case .partnerClosed:
            let reason = violation.note.map { " (\($0))" } ?? ""
            return said(.closed, reason)
        case .notRouteDay:
            let route = route(violation.note ?? violation.routeID?.rawValue ?? "?")
            let weekday = days.weekdayName(violation.day.weekday)
            return said(.doesNotDriveOnS, route, weekday)
        case .wrongRoute:
            let own = violation.note.map(route) ?? (said(.noRoute))
            let visit = route(violation.routeID?.rawValue ?? "?")
            return said(.theVisitIsOnBut, visit, own)
        case .sharedDriver:
            let driver = violation.note ?? "?"
            let other = route(violation.otherRouteName ?? violation.otherRouteID?.rawValue ?? "?")
            return said(.sharedDriver, driver, other)
        case .outsideSeason:
            return said(.theDayLiesOutsideThe)
        case .unknownPartner:
            return said(.notOneOfTheLibrary)
        case .unknownCrate:
            return said(.unknownCrate, crate)
        case .crateInRepair:
            return said(.isInRepair, crate)
        case .pickUpMismatch:
            return said(.isToBePickedUp, crate)
        case .duplicate:
            if violation.crateID != nil {
                return said(.isLeftTwice, crate)
            }
            return said(.twoVisitsOnTheSame)
        }
    }
}

/// The texts of `PlanWords` in the language files.
public enum PlanWordsText: String, TextCatalogue {
    case school
    case delivery
    case exchange
    case collection
    case route
    case isOnNoVanRoute
    case hasNoAgeGroupsSo
    case unknownPinnedPartner
    case thePinnedVisitOnLies
    case forWantedFree
    case noneWasLeftOn
    case ofTheStillFreeOn
    case andAreKeptForPinned
    case wasHereBefore
    case isForNotOneOf
    case from
    case wasHomeOnlyWorkingDays
    case isStillAtAndNot
    case isStillAtPickedUp
    case onTheVanWhichHolds
    case publicHoliday
    case libraryClosed
    case closed
    case doesNotDriveOnS
    case noRoute
    case theVisitIsOnBut
    case sharedDriver
    case theDayLiesOutsideThe
    case notOneOfTheLibrary
    case unknownCrate
    case isInRepair
    case isToBePickedUp
    case isLeftTwice
    case twoVisitsOnTheSame
    case heldBack, nounRule
    case nounCrate, nounDay, nounWeek, nounMonth, nounYear, noVisitDay

    public static let placeholders: [PlanWordsText: [String]] = [
        .route: ["name"],
        .isOnNoVanRoute: ["name"],
        .hasNoAgeGroupsSo: ["name"],
        .unknownPinnedPartner: ["partnerID", "short"],
        .thePinnedVisitOnLies: ["name", "date"],
        .forWantedFree: ["route", "week", "crates", "band", "freeThatWeek"],
        .noneWasLeftOn: ["day"],
        .ofTheStillFreeOn: ["freeOnDay", "day", "name", "hadBefore", "seasons"],
        .andAreKeptForPinned: ["held"],
        .wasHereBefore: ["crate", "otherDay"],
        .isForNotOneOf: ["crate", "band"],
        .from: ["value"],
        .wasHomeOnlyWorkingDays: ["crate", "count", "otherDay", "from", "limit"],
        .isStillAtAndNot: ["crate", "place"],
        .isStillAtPickedUp: ["crate", "place", "otherDay"],
        .onTheVanWhichHolds: ["crates", "limit"],
        .publicHoliday: ["name"],
        .libraryClosed: ["name"],
        .closed: ["reason"],
        .doesNotDriveOnS: ["route", "weekday"],
        .theVisitIsOnBut: ["visit", "own"],
        .sharedDriver: ["driver", "otherRoute"],
        .unknownCrate: ["crate"],
        .isInRepair: ["crate"],
        .isToBePickedUp: ["crate"],
        .isLeftTwice: ["crate"],
        .heldBack: ["partner", "rules"],
        .noVisitDay: [
            "route", "weeks", "from", "to", "partner", "routeDays", "holidays", "closed", "full", "capacity",
        ],
    ]
}

extension PlanWords {
    fileprivate func said(_ key: PlanWordsText, _ arguments: CustomStringConvertible...) -> String {
        TextBook(language).filled(key, arguments)
    }
}
