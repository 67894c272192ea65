import Foundation

/// The week (or a whole season) as an iCalendar file (RFC 5545) for the team's, a driver's or a partner's calendar.
///
/// Every visit is a VEVENT from 08:00 to 12:00 Copenhagen time on its day (the van's morning round; the sheets
/// give the order, not the minute). Events are all-day VEVENTs over their days.
///
/// **One UID per exchange for its whole life** (`visitUID`), made from what the visit is for, never from its day,
/// so a visit moved to another day (a renewal, a new due date, a visit packed for another day) keeps its UID and a
/// calendar moves the entry instead of showing it twice: `collect-<deposit>@depot` for the visit that collects a
/// deposit (its due date), `deliver-<deposit>@depot` for one that only leaves a deposit (packed or dispatched),
/// `plan-<season>-<partner>-<wanted day>@depot` for a published plan's visit with no deposit yet (the day the plan
/// wanted, which stays while holidays and pins move the visit), `overdue-<deposit>-<yyyymmdd>@depot` for each
/// extra van day an overdue deposit is tried again (those are one stop per day by nature), and `event-<event>@depot`.
///
/// SEQUENCE is the number of whole minutes from 2020-01-01 00:00 UTC to the DTSTAMP, the same for every entry of a
/// file. A calendar program takes an entry with a known UID as an update when its SEQUENCE is not lower than the one
/// it has (and, when equal, its DTSTAMP is later); a file made later always has a higher or equal SEQUENCE, so
/// importing it replaces what an earlier file put there: a moved visit gets a higher SEQUENCE with its new day.
/// Depot keeps no revision count, and a hash of the content would not do: a revised entry would get a lower number
/// half of the time and be ignored as out of date.
///
/// **Cancelled visits.** Given the file published before (`previous`), every entry of it (UID ending `@depot`) that
/// is no longer there is published again with `STATUS:CANCELLED`, its old day and a higher SEQUENCE, so a calendar
/// that imported the old file removes it; cancelled entries of the previous file are carried on the same way.
public enum WeekCalendar {
    /// Local time of a visit's window, in hours.
    public static let visitWindow = (start: 8, end: 12)

    /// The whole calendar, lines ending in CRLF and folded at 75 octets. `stamp` is the DTSTAMP of every entry;
    /// `previous` is the text of the file published before, whose vanished entries are published as cancelled.
    public static func ics(
        for schedule: WeekSchedule, data: LibraryData, language: Language, stamp: Date, previous: String? = nil
    ) -> String {
        let name = "\(data.settings.name) · \(WeekWords(language).days.week(schedule.week))"
        return ics(for: [schedule], name: name, data: data, language: language, stamp: stamp, previous: previous)
    }

    /// A season feed: every visit and event of the weeks in `schedules`, one file a calendar can subscribe to.
    public static func ics(
        for schedules: [WeekSchedule], name: String, data: LibraryData, language: Language, stamp: Date,
        previous: String? = nil
    ) -> String {
        let words = WeekWords(language)
        let index = LibraryIndex(data)
        let identity = VisitIdentity(data: data, today: schedules.first?.madeOn ?? Day.today())
        let dtstamp = utcStamp(stamp)
        let sequence = "SEQUENCE:\(sequence(stamp))"
        var lines = [
            "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Depot//Week schedule//\(language.rawValue.uppercased())",
            "CALSCALE:GREGORIAN", "METHOD:PUBLISH",
            "X-WR-CALNAME:" + escape(name),
            "X-WR-TIMEZONE:Europe/Copenhagen",
        ]
        lines += timeZone
        var visits: [(uid: String, visit: ScheduledVisit)] = []
        var published = Set<String>()
        for visit in schedules.flatMap(\.visits) {
            let uid = identity.uid(for: visit)
            if published.insert(uid).inserted { visits.append((uid, visit)) }
        }
        var events: [Event] = []
        for event in schedules.flatMap(\.days).flatMap(\.events) where published.insert(eventUID(event)).inserted {
            events.append(event)
        }
        // What the previous file had and this one has not: moved out of the days (published again on its new day,
        // so the calendar moves it rather than cancelling it), or gone (cancelled).
        var cancelled: [PublishedEntry] = []
        for entry in previous.map(PublishedEntry.read) ?? [] where !published.contains(entry.uid) {
            published.insert(entry.uid)
            if let moved = identity.visit(withUID: entry.uid) {
                visits.append((entry.uid, moved))
            } else if let event = data.events.first(where: { eventUID($0) == entry.uid }) {
                events.append(event)
            } else {
                cancelled.append(entry)
            }
        }
        for (uid, visit) in visits {
            let partner = data.partner(visit.partnerID, in: index)
            let name = partner?.name ?? visit.partnerID.rawValue
            var description =
                [
                    words.routeHeading(visit.routeID, data: data),
                    "\(words.leave): \(words.crates(visit.leave))",
                    "\(words.collect): \(words.collecting(visit))",
                ] + words.bookLines(visit, data: data, index: index).map { "\(words.keptBooks): \($0)" }
            if let partner {
                var contact = "\(words.contact): \(partner.contact.name)"
                if let phone = partner.contact.phone { contact += ", \(words.phone) \(phone)" }
                description.append(contact)
                if let notes = partner.deliveryNotes, !notes.isEmpty { description.append("\(words.notes): \(notes)") }
            }
            lines += [
                "BEGIN:VEVENT",
                "UID:\(uid)",
                "DTSTAMP:\(dtstamp)",
                sequence,
                "DTSTART;TZID=Europe/Copenhagen:\(compact(visit.day))T\(two(visitWindow.start))0000",
                "DTEND;TZID=Europe/Copenhagen:\(compact(visit.day))T\(two(visitWindow.end))0000",
                "SUMMARY:" + escape("\(words.kind(visit, in: nil, data: data, index: index)): \(name)"),
            ]
            if let partner { lines.append("LOCATION:" + escape(partner.address.singleLine)) }
            lines += ["DESCRIPTION:" + escape(description.joined(separator: "\n")), "TRANSP:OPAQUE", "END:VEVENT"]
        }
        for event in events {
            var description: [String] = []
            if let time = event.startsAt { description.append(time) }
            if let notes = event.notes, !notes.isEmpty { description.append(notes) }
            lines += [
                "BEGIN:VEVENT",
                "UID:\(eventUID(event))",
                "DTSTAMP:\(dtstamp)",
                sequence,
                "DTSTART;VALUE=DATE:\(compact(event.startsOn))",
                "DTEND;VALUE=DATE:\(compact((event.endsOn ?? event.startsOn).adding(days: 1)))",
                "SUMMARY:" + escape(event.title),
            ]
            if let venue = event.venue { lines.append("LOCATION:" + escape(venue)) }
            if !description.isEmpty { lines.append("DESCRIPTION:" + escape(description.joined(separator: "\n"))) }
            lines += ["TRANSP:TRANSPARENT", "END:VEVENT"]
        }
        for entry in cancelled { lines += entry.cancelled(dtstamp: dtstamp, sequence: sequence) }
        lines.append("END:VCALENDAR")
        return lines.map(fold).joined(separator: "\r\n") + "\r\n"
    }

    /// `event-<id>@depot`.
    static func eventUID(_ event: Event) -> String { "event-\(uidPart(event.id.rawValue))@depot" }

    /// Europe/Copenhagen since 1996: CET (+01:00) and CEST (+02:00) from the last Sunday of March at 02:00 to the
    /// last Sunday of October at 03:00.
    static let timeZone = [
        "BEGIN:VTIMEZONE", "TZID:Europe/Copenhagen", "X-LIC-LOCATION:Europe/Copenhagen",
        "BEGIN:DAYLIGHT", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0200", "TZNAME:CEST", "DTSTART:19810329T020000",
        "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU", "END:DAYLIGHT",
        "BEGIN:STANDARD", "TZOFFSETFROM:+0200", "TZOFFSETTO:+0100", "TZNAME:CET", "DTSTART:19961027T030000",
        "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU", "END:STANDARD",
        "END:VTIMEZONE",
    ]

    /// A TEXT value as RFC 5545 §3.3.11 wants it: backslash, semicolon, comma and newline escaped.
    public static func escape(_ text: String) -> String {
        var out = ""
        for character in text {
            switch character {
            case "\\": out += "\\\\"
            case ";": out += "\\;"
            case ",": out += "\\,"
            case "\n", "\r\n", "\r": out += "\\n"
            default: out.append(character)
            }
        }
        return out
    }

    /// One content line folded as RFC 5545 §3.1 wants it: at most 75 octets a line, continuation lines starting
    /// with a space, never inside a UTF-8 sequence. Lines are joined with CRLF.
    public static func fold(_ line: String) -> String {
        var lines: [String] = []
        var current = ""
        var octets = 0
        for scalar in line.unicodeScalars {
            let size = String(scalar).utf8.count
            let limit = lines.isEmpty ? 75 : 74
            if octets + size > limit {
                lines.append(current)
                current = ""
                octets = 0
            }
            current.unicodeScalars.append(scalar)
            octets += size
        }
        lines.append(current)
        return lines.joined(separator: "\r\n ")
    }

    /// Whole minutes from 2020-01-01 00:00 UTC to `stamp` (0 before then): grows with every later file.
    static func sequence(_ stamp: Date) -> Int {
        let epoch2020 = 1_577_836_800.0
        return max(0, Int(((stamp.timeIntervalSince1970 - epoch2020) / 60).rounded(.down)))
    }

    /// `20261123T000000Z`.
    static func utcStamp(_ date: Date) -> String {
        let seconds = Int(date.timeIntervalSince1970.rounded(.down))
        let day = Day(ordinal: Int((Double(seconds) / 86_400).rounded(.down)))
        let inDay = seconds - day.ordinal * 86_400
        return "\(compact(day))T\(two(inDay / 3600))\(two(inDay / 60 % 60))\(two(inDay % 60))Z"
    }

    /// `20261126`.
    static func compact(_ day: Day) -> String { day.description.replacingOccurrences(of: "-", with: "") }

    private static func two(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }

    /// Letters, digits and '-' of an identifier; anything else as `_`, so a UID stays one plain token.
    static func uidPart(_ text: String) -> String {
        String(text.map { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-") ? $0 : "_" })
    }
}

/// Which exchange a scheduled visit is, as a UID that does not change when the visit moves (see `WeekCalendar`).
struct VisitIdentity {
    private let deposits: [Partner.ID: [Deposit]]
    private let data: LibraryData
    private let today: Day

    init(data: LibraryData, today: Day) {
        self.data = data
        self.today = today
        deposits = Dictionary(grouping: data.deposits, by: \.partnerID)
    }

    func uid(for visit: ScheduledVisit) -> String {
        let own = deposits[visit.partnerID] ?? []
        func part(_ id: Deposit.ID) -> String { WeekCalendar.uidPart(id.rawValue) }
        if visit.sources.contains(.depositDue),
            let due = own.filter({ $0.dispatchedOn != nil && $0.dueOn == visit.day }).map(\.id).min()
        {
            return "collect-\(part(due))@depot"
        }
        let left = own.filter { deposit in
            if deposit.dispatchedOn == visit.day { return visit.sources.contains(.dispatched) }
            guard visit.sources.contains(.packed), deposit.dispatchedOn == nil, deposit.returnedOn == nil,
                let partner = data.partners.first(where: { $0.id == visit.partnerID })
            else { return false }
            return DepositVisits.packedVisit(of: deposit, partner: partner, data: data, today: today)
                == visit.day
        }
        if let deliver = left.map(\.id).min() { return "deliver-\(part(deliver))@depot" }
        if visit.sources.contains(.plan), let planned = plannedVisit(visit) {
            return planUID(season: planned.season, planned.visit)
        }
        if visit.sources.contains(.overdue),
            let late = own.filter({ ($0.isOut && $0.dueOn < visit.day) || $0.isPartlyReturned }).map(\.id).min()
        {
            return "overdue-\(part(late))-\(WeekCalendar.compact(visit.day))@depot"
        }
        return "visit-\(WeekCalendar.uidPart(visit.partnerID.rawValue))-\(WeekCalendar.compact(visit.day))@depot"
    }

    /// The visit that has `uid` now, wherever it moved: found from the deposit or the plan visit the UID names,
    /// on the schedule of the week it is in now. `nil` when it is gone (returned, removed, not planned any more).
    func visit(withUID uid: String) -> ScheduledVisit? {
        var candidates: [Day] = []
        for deposit in data.deposits {
            let part = WeekCalendar.uidPart(deposit.id.rawValue)
            if uid == "collect-\(part)@depot", deposit.dispatchedOn != nil { candidates.append(deposit.dueOn) }
            if uid == "deliver-\(part)@depot" {
                if let sent = deposit.dispatchedOn {
                    candidates.append(sent)
                } else if deposit.returnedOn == nil,
                    let partner = data.partners.first(where: { $0.id == deposit.partnerID })
                {
                    candidates.append(
                        DepositVisits.packedVisit(of: deposit, partner: partner, data: data, today: today))
                }
            }
        }
        if uid.hasPrefix("plan-") {
            for seasonPlan in data.plans {
                guard let plan = seasonPlan.published else { continue }
                for planned in plan.visits where uid == planUID(season: plan.season, planned) {
                    candidates.append(planned.day)
                }
            }
        }
        for day in candidates {
            let schedule = WeekSchedule.build(
                data: data, week: ISOWeek(containing: day), today: today, sources: ScheduleSources.standard(for: data))
            if let found = schedule.visits.first(where: { self.uid(for: $0) == uid }) { return found }
        }
        return nil
    }

    private func planUID(season: Season, _ planned: PlannedVisit) -> String {
        let season = season.description.replacingOccurrences(of: "/", with: "-")
        return "plan-\(season)-\(WeekCalendar.uidPart(planned.partnerID.rawValue))-"
            + "\(WeekCalendar.compact(planned.target))@depot"
    }

    private func plannedVisit(_ visit: ScheduledVisit) -> (season: Season, visit: PlannedVisit)? {
        for seasonPlan in data.plans {
            guard let plan = seasonPlan.published else { continue }
            if let found = plan.visits.first(where: { $0.partnerID == visit.partnerID && $0.day == visit.day }) {
                return (plan.season, found)
            }
        }
        return nil
    }
}

/// An entry of a calendar file Depot published before: its UID and the lines a cancellation repeats.
struct PublishedEntry {
    var uid: String
    var lines: [String]

    /// The VEVENTs of `text` whose UID is Depot's (`…@depot`), unfolded; anything else in the file is ignored.
    static func read(_ text: String) -> [PublishedEntry] {
        let unfolded = text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\n ", with: "")
            .replacingOccurrences(of: "\n\t", with: "")
        var entries: [PublishedEntry] = []
        var current: [String]?
        for line in unfolded.split(separator: "\n", omittingEmptySubsequences: true).map(String.init) {
            if line == "BEGIN:VEVENT" {
                current = []
            } else if line == "END:VEVENT" {
                if let lines = current, let uid = lines.first(where: { $0.hasPrefix("UID:") })?.dropFirst(4),
                    uid.hasSuffix("@depot"), uid.allSatisfy({ $0.isASCII && !$0.isWhitespace })
                {
                    entries.append(PublishedEntry(uid: String(uid), lines: lines))
                }
                current = nil
            } else if current != nil {
                current?.append(line)
            }
        }
        return entries
    }

    /// The entry again, cancelled: same UID, day and summary, the new DTSTAMP and SEQUENCE, `STATUS:CANCELLED`.
    func cancelled(dtstamp: String, sequence: String) -> [String] {
        let kept = ["DTSTART", "DTEND", "SUMMARY", "LOCATION"]
        let copied = lines.filter { line in
            kept.contains { line.hasPrefix($0 + ":") || line.hasPrefix($0 + ";") }
                && !line.unicodeScalars.contains { $0.value < 0x20 || $0.value == 0x7F }
        }
        return ["BEGIN:VEVENT", "UID:\(uid)", "DTSTAMP:\(dtstamp)", sequence] + copied
            + ["STATUS:CANCELLED", "TRANSP:TRANSPARENT", "END:VEVENT"]
    }
}
