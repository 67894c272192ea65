import Foundation
import Testing

@testable import DepotCore

@Suite("Week schedule")
struct WeekScheduleTests {
    let day = WeekTestLibrary.day

    @Test func defaultWeekIsNextFromFriday() {
        #expect(WeekSchedule.defaultWeek(today: day("2026-11-26")) == ISOWeek("2026-W48"))
        #expect(WeekSchedule.defaultWeek(today: day("2026-11-27")) == ISOWeek("2026-W49"))
        #expect(WeekSchedule.defaultWeek(today: day("2026-11-29")) == ISOWeek("2026-W49"))
        #expect(WeekSchedule.defaultWeek(today: day("2026-11-30")) == ISOWeek("2026-W49"))
        #expect(WeekSchedule.defaultWeek(today: day("2026-12-25")) == ISOWeek("2026-W53"))
    }

    @Test func week53Of2026RunsAcrossNewYear() throws {
        let week = try #require(ISOWeek("2026-W53"))
        #expect(week.monday == day("2026-12-28"))
        #expect(ISOWeek(containing: day("2027-01-03")) == week)
        #expect(week.next == ISOWeek("2027-W01"))
        #expect(ISOWeek("2027-W53") == nil)
        let schedule = WeekSchedule.build(data: WeekTestLibrary.christmas(), week: week, today: day("2026-12-23"))
        #expect(schedule.days.map(\.day) == (0..<5).map { day("2026-12-28").adding(days: $0) })
        #expect(schedule.days[3].holiday == .newYearsEve)
        #expect(schedule.days[4].holiday == .newYearsDay)
        #expect(schedule.days[4].closed == ["P2"])
        let text = WeekText.text(for: schedule, data: WeekTestLibrary.christmas(), language: .english)
        #expect(text.contains("week 53 · 28 December 2026 – 3 January 2027"))
        #expect(text.contains("Public holiday: New Year's Day"))
    }

    @Test func weekWithHolidayAndClosure() throws {
        let data = WeekTestLibrary.christmas()
        let week = try #require(ISOWeek("2026-W52"))
        let schedule = WeekSchedule.build(data: data, week: week, today: day("2026-12-18"))
        // Monday to Friday, and Saturday for the event; Sunday is empty.
        #expect(schedule.days.map(\.day.weekday) == [.monday, .tuesday, .wednesday, .thursday, .friday, .saturday])
        #expect(schedule.days[3].holiday == .christmasEve)
        #expect(schedule.days[4].holiday == .christmasDay)
        #expect(schedule.closures.map(\.partnerID) == ["P2"])
        #expect(schedule.days.allSatisfy { $0.closed == ["P2"] })
        #expect(schedule.days[5].events.map(\.id) == ["E1"])
        #expect(schedule.days[2].tasks.map(\.task.title) == ["Bestil kage"])

        let monday = schedule.days[0].visits
        #expect(monday.map(\.partnerID) == ["P1"])
        #expect(monday.first?.kind == .delivery)
        #expect(monday.first?.leave == ["K5"])
        #expect(monday.first?.sources == [.dispatched])

        // Tuesday: P3 (8400) before P1 (8550); P3's packed crate goes with the van, P1's crates to leave are unknown.
        let tuesday = schedule.days[1].visits
        #expect(tuesday.map(\.partnerID) == ["P3", "P1"])
        #expect(tuesday[0].leave == ["K4"] && tuesday[0].collect == ["K3"])
        #expect(tuesday[0].sources == [.depositDue, .packed])
        #expect(tuesday[1].leave == nil && tuesday[1].collect == ["K1", "K2"])
        #expect(tuesday[1].kind == .exchange)

        let text = WeekText.text(for: schedule, data: data, language: .danish)
        #expect(text.contains("Lukket: Juleaftensdag"))
        #expect(text.contains("Lukket i ugen:\n  Børnehaven Violen: 21.12.–1.1. (Jul)"))
        #expect(text.contains("Ud:       ikke pakket endnu"))
        #expect(text.contains("Bestil kage – Anne Holm – Juleoplæsning"))
    }

    @Test func routeFilterAndPartnerCalendar() throws {
        let data = WeekTestLibrary.christmas()
        let week = try #require(ISOWeek("2026-W52"))
        #expect(WeekSchedule.build(data: data, week: week, route: "R2", today: day("2026-12-18")).visits.isEmpty)
        let schedule = WeekSchedule.build(data: data, week: week, route: "R1", today: day("2026-12-18"))
        #expect(schedule.visits.count == 3)
        let mine = schedule.only(partner: "P1")
        #expect(mine.visits.map(\.day) == [day("2026-12-21"), day("2026-12-22")])
        #expect(mine.days.flatMap(\.events).map(\.id) == ["E1"])
        #expect(mine.closures.isEmpty)
    }

    @Test func plannedVisitsFromAnotherSourceMergeWithDeposits() throws {
        struct Fixed: ScheduledVisitSource {
            func visits(in days: DayRange, data: LibraryData, today: Day) -> [ScheduledVisit] {
                [
                    ScheduledVisit(
                        day: Day("2026-12-22")!, routeID: "R1", partnerID: "P1", leave: ["K9"], collect: [],
                        sources: [.plan])
                ]
            }
        }
        let data = WeekTestLibrary.christmas()
        let schedule = WeekSchedule.build(
            data: data, week: ISOWeek("2026-W52")!, today: day("2026-12-18"), sources: [DepositVisits(), Fixed()])
        let visit = try #require(schedule.visits.first { $0.partnerID == "P1" && $0.day == day("2026-12-22") })
        #expect(visit.leave == ["K9"] && visit.collect == ["K1", "K2"])
        #expect(visit.sources == [.depositDue, .plan])
    }

    @Test func sampleWeek48HasEveryExchangeDueInIt() throws {
        let data = LibraryGenerator(scale: .sample).generate()
        let week = try #require(ISOWeek("2026-W48"))
        let schedule = WeekSchedule.build(data: data, week: week, today: day("2026-11-23"))
        let due = data.deposits.filter {
            $0.isOut && $0.dueOn >= week.monday && $0.dueOn <= week.monday.adding(days: 6)
        }
        #expect(!due.isEmpty)
        for deposit in due {
            let visit = schedule.visits.first { $0.partnerID == deposit.partnerID && $0.day == deposit.dueOn }
            #expect(visit.map { Set(deposit.crateIDs).isSubset(of: $0.collect) } == true, "\(deposit.id)")
        }
        let text = WeekText.text(for: schedule, data: data, language: .danish)
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            #expect(line.count <= 80)
        }
        #expect(text.components(separatedBy: "\u{0C}").count == 1 + schedule.routeDays.count)
    }

    // MARK: - Golden files

    @Test func sampleWeek48TextGolden() throws {
        let data = LibraryGenerator(scale: .sample).generate()
        let schedule = WeekSchedule.build(data: data, week: ISOWeek("2026-W48")!, today: day("2026-11-23"))
        try Golden.check(WeekText.text(for: schedule, data: data, language: .danish), "week-2026-W48.da.txt")
        try Golden.check(WeekText.text(for: schedule, data: data, language: .english), "week-2026-W48.en.txt")
    }

    @Test func sampleWeek48HTMLGolden() throws {
        let data = LibraryGenerator(scale: .sample).generate()
        let schedule = WeekSchedule.build(data: data, week: ISOWeek("2026-W48")!, today: day("2026-11-23"))
        try Golden.check(WeekHTML.page(for: schedule, data: data, language: .danish), "week-2026-W48.da.html")
    }

    @Test func christmasWeekTextGolden() throws {
        let data = WeekTestLibrary.christmas()
        let schedule = WeekSchedule.build(data: data, week: ISOWeek("2026-W52")!, today: day("2026-12-18"))
        try Golden.check(WeekText.text(for: schedule, data: data, language: .danish), "week-2026-W52.da.txt")
    }

    @Test func jsonHasEveryVisit() throws {
        let data = WeekTestLibrary.christmas()
        let schedule = WeekSchedule.build(data: data, week: ISOWeek("2026-W52")!, today: day("2026-12-18"))
        let json = try #require(
            try JSONSerialization.jsonObject(with: Data(WeekJSON.json(for: schedule, data: data).utf8))
                as? [String: Any])
        #expect(json["week"] as? String == "2026-W52")
        let days = try #require(json["days"] as? [[String: Any]])
        let visits = days.flatMap { ($0["visits"] as? [[String: Any]]) ?? [] }
        #expect(visits.count == 3)
        #expect(visits.map { $0["partnerID"] as? String } == ["P1", "P3", "P1"])
        #expect(days[3]["holiday"] as? String == "christmasEve")
    }
}

/// Golden files under `Week/Golden`: compared byte for byte; written when missing or when
/// `DEPOT_RECORD_GOLDEN=1`, so a deliberate change is recorded by running the tests once with it.
enum Golden {
    static func check(_ actual: String, _ name: String, file: String = #filePath) throws {
        let folder = URL(fileURLWithPath: file).deletingLastPathComponent().appendingPathComponent("Golden")
        let url = folder.appendingPathComponent(name)
        let record = ProcessInfo.processInfo.environment["DEPOT_RECORD_GOLDEN"] == "1"
        if record || !FileManager.default.fileExists(atPath: url.path) {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try Data(actual.utf8).write(to: url)
            return
        }
        let expected = try String(contentsOf: url, encoding: .utf8)
        #expect(actual == expected, "differs from Golden/\(name); DEPOT_RECORD_GOLDEN=1 records the new output")
    }
}

@Suite("Week schedule: stop order")
struct WeekStopOrderTests {
    /// The sort keys are worked out once a visit (one look-up of its partner each), not in every comparison:
    /// sorting a route day of a city's stops stays n log n comparisons of ready keys.
    @Test func stopsAreSortedByKeysWorkedOutOncePerVisit() {
        let partners = (0..<200).map { number in
            WeekTestLibrary.partner(
                Partner.ID("P\(number)"), number % 3 == 0 ? "Ålehuset \(number)" : "Aabenraa \(number)",
                street: "Vej \(number % 7)", postalCode: "84\(number % 5)0", route: "R1")
        }
        let byID = Dictionary(uniqueKeysWithValues: partners.map { ($0.id, $0) })
        let visits = partners.reversed().map { partner in
            ScheduledVisit(
                day: WeekTestLibrary.day("2026-12-21"), routeID: "R1", partnerID: partner.id, leave: nil, collect: [],
                sources: [.plan])
        }
        var lookUps = 0
        let sorted = WeekSchedule.inStopOrder(visits) { id in
            lookUps += 1
            return byID[id]
        }
        #expect(lookUps == visits.count)
        let expected = visits.sorted { a, b in
            WeekSchedule.stopOrder(byID[a.partnerID], a.partnerID, byID[b.partnerID], b.partnerID)
        }
        #expect(sorted == expected)
        let keys = sorted.map {
            (byID[$0.partnerID]!.address.postalCode, DanishSortKey(byID[$0.partnerID]!.address.street))
        }
        #expect(zip(keys, keys.dropFirst()).allSatisfy { $0.0 < $1.0 || ($0.0 == $1.0 && $0.1 <= $1.1) })
    }
}
