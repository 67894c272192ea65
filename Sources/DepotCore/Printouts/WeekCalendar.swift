import Foundation

/// The week as an iCalendar file (RFC 5545) for the team's, a driver's or a partner's calendar.
///
/// Every visit is a VEVENT from 08:00 to 12:00 Copenhagen time on its day (the van's morning round; the sheets
/// give the order, not the minute). Events are all-day VEVENTs over their days. UIDs are made from what the entry
/// is, not from when the file was made (`visit-<partner>-<yyyymmdd>@depot`, `event-<event>@depot`), so importing
/// next Friday's file again updates the entries instead of adding them twice.
///
/// SEQUENCE is the number of whole minutes from 2020-01-01 00:00 UTC to the DTSTAMP, the same for every entry of a
/// file. A calendar program takes an entry with a known UID as an update when its SEQUENCE is not lower than the one
/// it has (and, when equal, its DTSTAMP is later); a file made later always has a higher or equal SEQUENCE, so
/// importing it replaces what an earlier file put there. Depot keeps no revision count, and a hash of the content
/// would not do: a revised entry would get a lower number half of the time and be ignored as out of date.
public enum WeekCalendar {
    /// Local time of a visit's window, in hours.
    public static let visitWindow = (start: 8, end: 12)

    /// The whole calendar, lines ending in CRLF and folded at 75 octets. `stamp` is the DTSTAMP of every entry.
    public static func ics(for schedule: WeekSchedule, data: LibraryData, language: Language, stamp: Date) -> String {
        let words = WeekWords(language)
        let index = LibraryIndex(data)
        let dtstamp = utcStamp(stamp)
        let sequence = "SEQUENCE:\(sequence(stamp))"
        var lines = [
            "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Depot//Week schedule//\(language.rawValue.uppercased())",
            "CALSCALE:GREGORIAN", "METHOD:PUBLISH",
            "X-WR-CALNAME:" + escape("\(data.settings.name) · \(words.days.week(schedule.week))"),
            "X-WR-TIMEZONE:Europe/Copenhagen",
        ]
        lines += timeZone
        for visit in schedule.visits {
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
                "UID:visit-\(uidPart(visit.partnerID.rawValue))-\(compact(visit.day))@depot",
                "DTSTAMP:\(dtstamp)",
                sequence,
                "DTSTART;TZID=Europe/Copenhagen:\(compact(visit.day))T\(two(visitWindow.start))0000",
                "DTEND;TZID=Europe/Copenhagen:\(compact(visit.day))T\(two(visitWindow.end))0000",
                "SUMMARY:" + escape("\(words.kind(visit, data: data, index: index)): \(name)"),
            ]
            if let partner { lines.append("LOCATION:" + escape(partner.address.singleLine)) }
            lines += ["DESCRIPTION:" + escape(description.joined(separator: "\n")), "TRANSP:OPAQUE", "END:VEVENT"]
        }
        var seen = Set<Event.ID>()
        for event in schedule.days.flatMap(\.events) where seen.insert(event.id).inserted {
            var description: [String] = []
            if let time = event.startsAt { description.append(time) }
            if let notes = event.notes, !notes.isEmpty { description.append(notes) }
            lines += [
                "BEGIN:VEVENT",
                "UID:event-\(uidPart(event.id.rawValue))@depot",
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
        lines.append("END:VCALENDAR")
        return lines.map(fold).joined(separator: "\r\n") + "\r\n"
    }

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
    private static func uidPart(_ text: String) -> String {
        String(text.map { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-") ? $0 : "_" })
    }
}
