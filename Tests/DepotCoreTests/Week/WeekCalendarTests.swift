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
                "UID:deliver-D4@depot", "UID:collect-D2@depot", "UID:collect-D1@depot", "UID:event-E1@depot",
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

    // MARK: One UID per exchange for its whole life

    private static let christmasWeek = ISOWeek("2026-W52")!
    private static let friday = Day("2026-12-18")!
    private static let firstStamp = Date(timeIntervalSince1970: 1_797_552_000)

    private func calendar(_ data: LibraryData, stamp: Date, previous: String? = nil) -> [String] {
        let schedule = WeekSchedule.build(data: data, week: Self.christmasWeek, today: Self.friday)
        let ics = WeekCalendar.ics(for: schedule, data: data, language: .english, stamp: stamp, previous: previous)
        return ics.replacingOccurrences(of: "\r\n ", with: "").components(separatedBy: "\r\n")
    }

    /// The entry with `uid`: its lines from BEGIN to END.
    private func entry(_ uid: String, in lines: [String]) -> [String]? {
        guard let at = lines.firstIndex(of: "UID:\(uid)"), let end = lines[at...].firstIndex(of: "END:VEVENT")
        else { return nil }
        return Array(lines[at...end])
    }

    @Test func aVisitMovedToAnotherDayKeepsItsUIDWithAHigherSequence() throws {
        var data = WeekTestLibrary.christmas()
        let before = calendar(data, stamp: Self.firstStamp)
        let first = try #require(entry("collect-D1@depot", in: before))
        #expect(first.contains("DTSTART;TZID=Europe/Copenhagen:20261222T080000"))
        // The partner asks for the crates to be collected a day later.
        data.deposits[0].dueOn = Day("2026-12-23")!
        let after = calendar(
            data, stamp: Self.firstStamp.addingTimeInterval(3600), previous: before.joined(separator: "\r\n"))
        #expect(after.filter { $0 == "UID:collect-D1@depot" }.count == 1)
        let moved = try #require(entry("collect-D1@depot", in: after))
        #expect(moved.contains("DTSTART;TZID=Europe/Copenhagen:20261223T080000"))
        #expect(!moved.contains("STATUS:CANCELLED"))
        let sequence = { (lines: [String]) in lines.first { $0.hasPrefix("SEQUENCE:") }.flatMap { Int($0.dropFirst(9)) }
        }
        #expect(try #require(sequence(moved)) > (try #require(sequence(first))))
        #expect(!after.contains("STATUS:CANCELLED"))
    }

    @Test func aVisitMovedOutOfTheWeekIsPublishedOnItsNewDayNotCancelled() throws {
        var data = WeekTestLibrary.christmas()
        let before = calendar(data, stamp: Self.firstStamp).joined(separator: "\r\n")
        data.deposits[0].dueOn = Day("2027-01-05")!
        let after = calendar(data, stamp: Self.firstStamp.addingTimeInterval(60), previous: before)
        let moved = try #require(entry("collect-D1@depot", in: after))
        #expect(moved.contains("DTSTART;TZID=Europe/Copenhagen:20270105T080000"))
        #expect(!after.contains("STATUS:CANCELLED"))
    }

    @Test func aVisitThatIsGoneIsPublishedAsCancelled() throws {
        var data = WeekTestLibrary.christmas()
        let before = calendar(data, stamp: Self.firstStamp).joined(separator: "\r\n")
        // Dagplejen's crates came home at the desk before the week: the van has nothing to collect there.
        data.deposits[1].returnedOn = Day("2026-12-10")!
        let after = calendar(data, stamp: Self.firstStamp.addingTimeInterval(60), previous: before)
        let gone = try #require(entry("collect-D2@depot", in: after))
        #expect(gone.contains("STATUS:CANCELLED"))
        #expect(gone.contains("DTSTART;TZID=Europe/Copenhagen:20261222T080000"))
        #expect(gone.contains { $0.hasPrefix("SUMMARY:") })
        // Without the previous file nothing is known to cancel.
        #expect(!calendar(data, stamp: Self.firstStamp).contains("STATUS:CANCELLED"))
        // A third file still carries the cancellation, for a calendar that missed the second.
        let third = calendar(
            data, stamp: Self.firstStamp.addingTimeInterval(120), previous: after.joined(separator: "\r\n"))
        #expect(try #require(entry("collect-D2@depot", in: third)).contains("STATUS:CANCELLED"))
    }

    @Test func onlyDepotsOwnEntriesOfThePreviousFileAreCancelled() {
        let data = WeekTestLibrary.christmas()
        let foreign = [
            "BEGIN:VCALENDAR", "BEGIN:VEVENT", "UID:birthday-42@example.org", "DTSTART:20261222T080000",
            "END:VEVENT", "BEGIN:VEVENT", "UID:bad uid@depot", "END:VEVENT", "END:VCALENDAR",
        ].joined(separator: "\r\n")
        let lines = calendar(data, stamp: Self.firstStamp, previous: foreign)
        #expect(!lines.contains("STATUS:CANCELLED"))
        #expect(!lines.contains { $0.contains("example.org") || $0.contains("bad uid") })
    }

    @Test func aSeasonFeedHasEveryWeekAndEachVisitOnce() throws {
        let data = WeekTestLibrary.christmas()
        let weeks = [ISOWeek("2026-W52")!, ISOWeek("2026-W53")!, ISOWeek("2027-W12")!]
        let schedules = weeks.map { WeekSchedule.build(data: data, week: $0, today: Self.friday) }
        let ics = WeekCalendar.ics(
            for: schedules, name: "Season", data: data, language: .danish, stamp: Self.firstStamp)
        let uids = ics.components(separatedBy: "\r\n").filter { $0.hasPrefix("UID:") }
        #expect(Set(uids).count == uids.count)
        // D4's delivery in W52 and its collection in March are two visits with two UIDs.
        #expect(uids.contains("UID:deliver-D4@depot") && uids.contains("UID:collect-D4@depot"))
        #expect(ics.contains("X-WR-CALNAME:Season"))
    }
}
