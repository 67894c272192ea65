import Foundation
import Testing

@testable import DepotCore

@Suite("Week calendar (iCalendar)")
struct WeekCalendarTests {
    @Test func escapesTextValues() {
        #expect(WeekCalendar.escape("a\\b;c,d\ne") == "a\\\\b\\;c\\,d\\ne")
        #expect(WeekCalendar.escape("Skolevej 4, 8400 Ebeltoft") == "Skolevej 4\\, 8400 Ebeltoft")
    }

    @Test func foldsAsciiAt75Octets() {
        let line = "DESCRIPTION:" + String(repeating: "x", count: 200)
        let folded = WeekCalendar.fold(line).components(separatedBy: "\r\n")
        #expect(folded.count == 3)
        #expect(folded[0].utf8.count == 75)
        #expect(folded[1].utf8.count == 75 && folded[1].hasPrefix(" "))
        #expect(
            folded.enumerated().map { $0.offset == 0 ? $0.element : String($0.element.dropFirst()) }.joined() == line)
        #expect(WeekCalendar.fold("SUMMARY:short") == "SUMMARY:short")
    }

    @Test func foldsNeverInsideAUTF8Sequence() {
        // "SUMMARY:" is 8 octets, each "ø" 2: the 75th octet would split an ø.
        let line = "SUMMARY:" + String(repeating: "ø", count: 60)
        let folded = WeekCalendar.fold(line).components(separatedBy: "\r\n")
        #expect(folded[0].utf8.count == 74)
        for part in folded {
            #expect(part.utf8.count <= 75)
            #expect(String(validating: Array(part.utf8), as: UTF8.self) != nil)
        }
        let unfolded = folded.enumerated().map { $0.offset == 0 ? $0.element : String($0.element.dropFirst()) }
        #expect(unfolded.joined() == line)
    }

    @Test func calendarOfChristmasWeek() throws {
        let data = WeekTestLibrary.christmas()
        let schedule = WeekSchedule.build(
            data: data, week: ISOWeek("2026-W52")!, today: Day("2026-12-18")!)
        let stamp = Date(timeIntervalSince1970: 1_797_552_000 + 3_723)  // 2026-12-18 01:02:03 UTC
        let ics = WeekCalendar.ics(for: schedule, data: data, language: .danish, stamp: stamp)
        #expect(ics.hasPrefix("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"))
        #expect(ics.hasSuffix("END:VCALENDAR\r\n"))
        let lines = ics.components(separatedBy: "\r\n").dropLast()
        #expect(lines.allSatisfy { $0.utf8.count <= 75 && !$0.contains("\n") })
        let unfolded = ics.replacingOccurrences(of: "\r\n ", with: "").components(separatedBy: "\r\n")
        let uids = unfolded.filter { $0.hasPrefix("UID:") }
        #expect(
            uids == [
                "UID:visit-P1-20261221@depot", "UID:visit-P3-20261222@depot", "UID:visit-P1-20261222@depot",
                "UID:event-E1@depot",
            ])
        #expect(unfolded.contains("DTSTAMP:20261218T010203Z"))
        #expect(unfolded.contains("DTSTART;TZID=Europe/Copenhagen:20261222T080000"))
        #expect(unfolded.contains("DTEND;TZID=Europe/Copenhagen:20261222T120000"))
        #expect(unfolded.contains("DTSTART;VALUE=DATE:20261226"))
        #expect(unfolded.contains("DTEND;VALUE=DATE:20261227"))
        #expect(unfolded.contains("TZID:Europe/Copenhagen"))
        #expect(unfolded.contains("RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU"))
        #expect(unfolded.contains("LOCATION:Adelgade 9\\, 8400 Ebeltoft"))
        #expect(unfolded.contains { $0.hasPrefix("DESCRIPTION:") && $0.contains("Ring på\\; nøglen\\, \"den store\"") })
        #expect(ics.components(separatedBy: "BEGIN:VEVENT").count - 1 == 4)
        // SEQUENCE: minutes from 2020 to the stamp, on every entry, so a later file updates an earlier one.
        let sequences = unfolded.filter { $0.hasPrefix("SEQUENCE:") }
        #expect(sequences.count == 4)
        #expect(Set(sequences) == ["SEQUENCE:\((1_797_552_000 + 3_723 - 1_577_836_800) / 60)"])
        // The same week made again gives the same UIDs.
        let again = WeekCalendar.ics(for: schedule, data: data, language: .danish, stamp: Date())
        #expect(again.components(separatedBy: "\r\n").filter { $0.hasPrefix("UID:") } == uids)
    }

    @Test func aLaterFileHasAHigherSequence() {
        let earlier = Date(timeIntervalSince1970: 1_797_552_000)
        #expect(WeekCalendar.sequence(earlier) < WeekCalendar.sequence(earlier.addingTimeInterval(60)))
        #expect(WeekCalendar.sequence(earlier) == WeekCalendar.sequence(earlier.addingTimeInterval(59)))
        #expect(WeekCalendar.sequence(Date(timeIntervalSince1970: 0)) == 0)
        #expect(WeekCalendar.sequence(Date(timeIntervalSince1970: 1_577_836_800 + 600)) == 10)
    }
}
