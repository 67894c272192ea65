/// Danish public holidays (*helligdage*) and the days the library treats as such.
///
/// The official holidays are New Year's Day, Maundy Thursday, Good Friday, Easter Sunday and Monday, Ascension
/// Day, Whit Sunday and Monday, Christmas Day and Boxing Day; Store Bededag (the fourth Friday after Easter) was
/// one until 2023 and was abolished from 2024. The library is also closed on Constitution Day (5 June), Christmas
/// Eve and New Year's Eve, so those count here too.
///
/// Every look-up is a little integer arithmetic: no tables, no allocation.
public enum DanishHolidays {
    /// One of the days the library is closed for.
    public enum Holiday: String, CaseIterable, Sendable {
        case newYearsDay
        case maundyThursday
        case goodFriday
        case easterSunday
        case easterMonday
        /// *Store Bededag*, up to and including 2023.
        case greatPrayerDay
        case ascensionDay
        case whitSunday
        case whitMonday
        case constitutionDay
        case christmasEve
        case christmasDay
        case boxingDay
        case newYearsEve

        /// Whether the day is a public holiday (*helligdag*); Constitution Day, Christmas Eve and New Year's Eve are
        /// days the library closes, not public holidays.
        public var isPublicHoliday: Bool {
            switch self {
            case .constitutionDay, .christmasEve, .newYearsEve: false
            default: true
            }
        }

        /// "Skærtorsdag" / "Maundy Thursday", from the language files (`HolidayText`).
        public func name(_ language: Language) -> String {
            TextBook(language)[HolidayText(rawValue: rawValue) ?? .newYearsDay]
        }
    }

    /// The last year Store Bededag was a holiday.
    public static let lastGreatPrayerDayYear = 2023

    /// Easter Sunday in the Gregorian calendar, by the anonymous Gregorian computus (Meeus/Jones/Butcher).
    /// The computus needs a positive year; for earlier ones (which only a saturated day reaches) year 1's Easter
    /// is given, and for years `Day` cannot hold, its bound.
    public static func easterSunday(year: Int) -> Day {
        guard year >= 1 else { return easterSunday(year: 1) }
        guard year <= Day.computableYears.upperBound else { return Day.maximum }
        let golden = year % 19
        let century = year / 100
        let yearOfCentury = year % 100
        let skippedLeapYears = century / 4
        let centuryRemainder = century % 4
        let lunarCorrection = (century + 8) / 25
        let solarCorrection = (century - lunarCorrection + 1) / 3
        let epact = (19 * golden + century - skippedLeapYears - solarCorrection + 15) % 30
        let leapYears = yearOfCentury / 4
        let yearRemainder = yearOfCentury % 4
        let weekdayOffset = (32 + 2 * centuryRemainder + 2 * leapYears - epact - yearRemainder) % 7
        let lateMarchCorrection = (golden + 11 * epact + 22 * weekdayOffset) / 451
        let count = epact + weekdayOffset - 7 * lateMarchCorrection + 114
        return Day(year: year, month: count / 31, day: count % 31 + 1) ?? Day.maximum
    }

    /// The holiday on `day`, or nil for an ordinary day.
    public static func holiday(on day: Day) -> Holiday? {
        let (year, month, dayOfMonth) = day.components
        switch (month, dayOfMonth) {
        case (1, 1): return .newYearsDay
        case (6, 5): return .constitutionDay
        case (12, 24): return .christmasEve
        case (12, 25): return .christmasDay
        case (12, 26): return .boxingDay
        case (12, 31): return .newYearsEve
        case (3...6, _): break
        default: return nil
        }
        switch easterSunday(year: year).days(until: day) {
        case -3: return .maundyThursday
        case -2: return .goodFriday
        case 0: return .easterSunday
        case 1: return .easterMonday
        case 26: return year <= lastGreatPrayerDayYear ? .greatPrayerDay : nil
        case 39: return .ascensionDay
        case 49: return .whitSunday
        case 50: return .whitMonday
        default: return nil
        }
    }

    /// Every holiday on `day`, public holidays first: two when 5 June is also Whit Sunday or Whit Monday (as in
    /// 2022, 2028 and 2033).
    public static func holidays(on day: Day) -> [Holiday] {
        guard let first = holiday(on: day) else { return [] }
        guard first == .constitutionDay else { return [first] }
        switch easterSunday(year: day.components.year).days(until: day) {
        case 49: return [.whitSunday, .constitutionDay]
        case 50: return [.whitMonday, .constitutionDay]
        default: return [first]
        }
    }

    /// What closes the library on `day`, for a printout or the screen: "Helligdag: Juledag", "Lukket:
    /// Juleaftensdag", "Helligdag: Pinsedag · Lukket: Grundlovsdag"; nil for an ordinary day.
    public static func closedNote(on day: Day, language: Language) -> String? {
        let all = holidays(on: day)
        guard !all.isEmpty else { return nil }
        let book = TextBook(language)
        var parts: [String] = []
        let publicHolidays = all.filter(\.isPublicHoliday).map { $0.name(language) }
        let closing = all.filter { !$0.isPublicHoliday }.map { $0.name(language) }
        if !publicHolidays.isEmpty {
            parts.append(book.format(HolidayText.publicHolidayNote, publicHolidays.joined(separator: ", ")))
        }
        if !closing.isEmpty {
            parts.append(book.format(HolidayText.closedNote, closing.joined(separator: ", ")))
        }
        return parts.joined(separator: " · ")
    }

    /// Whether the library is closed for a holiday on `day`.
    public static func isHoliday(_ day: Day) -> Bool { holiday(on: day) != nil }

    /// A weekday that is not a holiday.
    public static func isWorkingDay(_ day: Day) -> Bool { !day.weekday.isWeekend && !isHoliday(day) }

    /// The holiday's name on `day` ("Grundlovsdag" / "Constitution Day"; both names, "Pinsedag og Grundlovsdag",
    /// when two fall on it), or nil for an ordinary day.
    public static func name(of day: Day, language: Language) -> String? {
        let names = holidays(on: day).map { $0.name(language) }
        guard !names.isEmpty else { return nil }
        return names.joined(separator: TextBook(language)[HolidayText.namesAnd])
    }

    /// Every holiday in a calendar year, in date order.
    public static func holidays(in year: Int) -> [(day: Day, holiday: Holiday)] {
        let year = min(max(year, Day.computableYears.lowerBound), Day.computableYears.upperBound)
        let easter = easterSunday(year: year)
        var list: [(day: Day, holiday: Holiday)] = [
            (Day(year: year, month: 1, day: 1)!, .newYearsDay),
            (easter.adding(days: -3), .maundyThursday),
            (easter.adding(days: -2), .goodFriday),
            (easter, .easterSunday),
            (easter.adding(days: 1), .easterMonday),
            (easter.adding(days: 39), .ascensionDay),
            (easter.adding(days: 49), .whitSunday),
            (easter.adding(days: 50), .whitMonday),
            (Day(year: year, month: 6, day: 5)!, .constitutionDay),
            (Day(year: year, month: 12, day: 24)!, .christmasEve),
            (Day(year: year, month: 12, day: 25)!, .christmasDay),
            (Day(year: year, month: 12, day: 26)!, .boxingDay),
            (Day(year: year, month: 12, day: 31)!, .newYearsEve),
        ]
        if year <= lastGreatPrayerDayYear { list.append((easter.adding(days: 26), .greatPrayerDay)) }
        return list.sorted { $0.day < $1.day }
    }

    /// The working day `count` working days after `day` (weekends and holidays skipped).
    /// Stops at `Day.maximum`.
    public static func adding(workingDays count: Int, to day: Day) -> Day {
        var result = day
        var left = count
        while left > 0 {
            let next = result.adding(days: 1)
            guard next != result else { break }
            result = next
            if isWorkingDay(result) { left -= 1 }
        }
        return result
    }
}

/// The names of the days the library closes for, by `DanishHolidays.Holiday`'s case.
public enum HolidayText: String, TextCatalogue {
    case newYearsDay, maundyThursday, goodFriday, easterSunday, easterMonday, greatPrayerDay, ascensionDay
    case whitSunday, whitMonday, constitutionDay, christmasEve, christmasDay, boxingDay, newYearsEve
    /// "Helligdag: Juledag" for a public holiday, "Lukket: Juleaftensdag" for a day only the library closes
    /// (`docs/glossary.md`), and the word between two names of one day.
    case publicHolidayNote, closedNote, namesAnd

    public static let placeholders: [HolidayText: [String]] = [
        .publicHolidayNote: ["names"], .closedNote: ["names"],
    ]
}
