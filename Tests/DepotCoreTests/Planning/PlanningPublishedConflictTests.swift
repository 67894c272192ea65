import Foundation
import Testing

@testable import DepotCore

/// Published visits that break a hard rule reach the driver marked, and hold back the partner's letter.
@Suite struct PlanningPublishedConflictTests {
    typealias F = PlanFixtures
    static let today = F.day("2026-11-23")

    /// The sample with 2027/28 published, one Nord visit (a Tuesday route) moved to a Wednesday the Mols route
    /// (same driver) drives; the moved visit's id. With `move` false, published as planned.
    static func published(move: Bool) throws -> (LibraryData, PlannedVisit.ID) {
        var data = LibraryGenerator(scale: .sample, seed: 2026, today: today).generate()
        var plan = RotationPlanner.plan(PlanRequest(season: F.season), data: data)
        let visit = try #require(
            plan.visits.first { visit in
                let wednesday = visit.day.adding(days: 1)
                return visit.routeID == "nord" && visit.day.weekday == .tuesday
                    && plan.visits.contains { $0.routeID == "mols" && $0.day == wednesday }
                    && !plan.visits.contains { $0.partnerID == visit.partnerID && $0.day == wednesday }
            })
        var id = visit.id
        if move {
            let moved = plan.move(visit.id, to: visit.day.adding(days: 1))
            #expect(moved)
            id = PlannedVisit.ID(partnerID: visit.partnerID, day: visit.day.adding(days: 1))
        }
        var seasonPlan = SeasonPlan(draft: plan)
        seasonPlan.recheck(data: data, today: today)
        seasonPlan.publish(on: today)
        data.setPlan(seasonPlan)
        return (data, id)
    }

    @Test func aVisitMovedOntoTheDriversOtherRouteDayBreaksTwoRules() throws {
        let (data, id) = try Self.published(move: true)
        let conflicts = PlanConflicts(
            of: try #require(data.plan(for: F.season)?.published), data: data, today: Self.today)
        let rules = Set((conflicts.byVisit[id] ?? []).map(\.rule))
        #expect(rules == [.notRouteDay, .sharedDriver])
        let driver = try #require(conflicts.byVisit[id]?.first { $0.rule == .sharedDriver })
        #expect(driver.text(.english).hasSuffix("the driver Bent Sørensen also drives route Mols that day"))
        #expect(PlanWords(.danish).rule(driver) == "chaufføren Bent Sørensen kører også rute Mols den dag")
        // The Mols visits that day are on their own route day: not in conflict.
        #expect(conflicts.byVisit.keys.allSatisfy { $0 == id })
    }

    @Test func theRouteSheetMarksThePublishedConflictWithItsReason() throws {
        let (data, id) = try Self.published(move: true)
        let week = ISOWeek(containing: id.day)
        let schedule = WeekSchedule.build(
            data: data, week: week, today: Self.today, sources: ScheduleSources.standard(for: data),
            checkingPlans: true)
        #expect(Set((schedule.conflicts[id] ?? []).map(\.rule)) == [.notRouteDay, .sharedDriver])
        let text = WeekText.text(for: schedule, data: data, language: .english)
        let sheet = try #require(
            text.split(separator: "\u{0C}").first { $0.contains("Nord · driver Bent Sørensen · Wednesday") })
        let name = try #require(data.partners.first { $0.id == id.partnerID }?.name)
        let lines = sheet.split(separator: "\n").map(String.init)
        let stop = try #require(lines.firstIndex { $0.contains(". \(name)") })
        // Right under the stop's name, before its address: each rule it breaks.
        #expect(
            Set(lines[(stop + 1)...(stop + 2)]) == [
                "    ! Plan conflict: route Nord does not drive on Wednesdays",
                "    ! Plan conflict: the driver Bent Sørensen also drives route Mols that day",
            ])
        // The day is wrong, not a delivery asked for off the route: the stop is not called a special one.
        #expect(!lines[stop].contains("special delivery"), "\(lines[stop])")
        let html = WeekHTML.page(for: schedule, data: data, language: .danish)
        #expect(html.contains("! Konflikt i planen: chaufføren Bent Sørensen kører også rute Mols den dag"))
        #expect(!html.contains("særlig levering"))
        // Without checking (a calendar of the season), nothing is worked out.
        let plain = WeekSchedule.build(
            data: data, week: week, today: Self.today, sources: ScheduleSources.standard(for: data))
        #expect(plain.conflicts.isEmpty)
    }

    @Test func aPlanAsPlannedMarksNothing() throws {
        let (data, id) = try Self.published(move: false)
        let schedule = WeekSchedule.build(
            data: data, week: ISOWeek(containing: id.day), today: Self.today,
            sources: ScheduleSources.standard(for: data), checkingPlans: true)
        #expect(schedule.conflicts.isEmpty)
        #expect(!WeekText.text(for: schedule, data: data, language: .english).contains("Plan conflict"))
        let plan = try #require(data.plan(for: F.season)?.published)
        #expect(PlanConflicts(of: plan, data: data, today: Self.today).of(partner: id.partnerID).isEmpty)
    }

    @Test func weekJSONNamesEachStopsConflictsAsTheRouteSheetDoes() throws {
        let (data, id) = try Self.published(move: true)
        let schedule = WeekSchedule.build(
            data: data, week: ISOWeek(containing: id.day), today: Self.today,
            sources: ScheduleSources.standard(for: data), checkingPlans: true)
        let json = WeekJSON.json(for: schedule, data: data, language: .danish)
        let document = try #require(
            try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let visits = try #require(document["days"] as? [[String: Any]]).flatMap {
            ($0["visits"] as? [[String: Any]]) ?? []
        }
        #expect(visits.count == schedule.visits.count)
        var marked = 0
        for visit in visits {
            let conflicts = try #require(visit["conflicts"] as? [[String: String]], "every stop has the field")
            guard visit["partnerID"] as? String == id.partnerID.rawValue else {
                #expect(conflicts.isEmpty)
                continue
            }
            marked += 1
            #expect(conflicts.map { $0["rule"] } == ["notRouteDay", "sharedDriver"])
            let sheet = WeekText.text(for: schedule, data: data, language: .danish)
            for conflict in conflicts {
                #expect(sheet.contains("! Konflikt i planen: " + (conflict["text"] ?? "-")))
            }
        }
        #expect(marked == 1)
        // Keys in a fixed order: rule before text in each conflict, the field between collectItems and contact.
        #expect(json.contains("\"conflicts\" : [\n"))
        let rule = try #require(json.range(of: "\"rule\" : \"notRouteDay\""))
        let text = try #require(json.range(of: "\"text\" : ", range: rule.upperBound..<json.endIndex))
        #expect(json[rule.upperBound..<text.lowerBound].allSatisfy { $0 == "," || $0.isWhitespace })
        #expect(WeekJSON.json(for: schedule, data: data, language: .danish) == json)
    }

    @Test func theLettersConflictsNameEachRuleOnce() throws {
        let (data, id) = try Self.published(move: true)
        let plan = try #require(data.plan(for: F.season)?.published)
        let conflicts = PlanConflicts(of: plan, data: data, today: Self.today).of(partner: id.partnerID)
        #expect(conflicts.count == 2)
        let text = PlanConflicts.heldBack("Skovmusen", conflicts, language: .danish)
        #expect(text.hasPrefix("Brevet til Skovmusen holdes tilbage: dets besøg bryder 2 regler:"))
        #expect(text.split(separator: "\n").count == 3)
    }
}

/// The day proposed for a new visit is a van day the partner is open, recurring closures included.
@Suite struct PlanningProposedDayTests {
    typealias F = PlanFixtures

    @Test func theProposalSkipsClosuresHolidaysAndTheLibrarysClosedWeeks() throws {
        let partner = F.partner("A", closures: [F.closure("2027-09-06", "2027-09-10", "Kursus")])
        var data = F.library(partners: [partner], crates: (1...8).map { F.crate(Crate.ID("K\($0)")) })
        var seasonPlan = SeasonPlan(draft: RotationPlanner.plan(F.request(), data: data))
        seasonPlan.draft.visits = []
        let found = try #require(data.partners.first)
        let week36 = ISOWeek(containing: F.day("2027-09-06"))
        #expect(seasonPlan.proposedDay(for: found, week: week36, data: data, today: F.today) == F.day("2027-09-14"))
        data.settings.recurringClosures = [RecurringClosure(span: .weeks(from: 37, to: 37), reason: "Lukket")]
        #expect(seasonPlan.proposedDay(for: found, week: week36, data: data, today: F.today) == F.day("2027-09-21"))
        // A partner's own recurring closure counts as well.
        var closed = found
        closed.recurringClosures = [RecurringClosure(span: .dates(fromMonth: 9, fromDay: 20, toMonth: 9, toDay: 30))]
        #expect(seasonPlan.proposedDay(for: closed, week: week36, data: data, today: F.today) == F.day("2027-10-05"))
        // Christmas Eve is a Friday in 2027; on a Friday route the proposal passes it and New Year's Eve.
        data.settings.routes[0].deliveryWeekdays = [.friday]
        data.settings.recurringClosures = nil
        let christmas = ISOWeek(containing: F.day("2027-12-24"))
        #expect(seasonPlan.proposedDay(for: found, week: christmas, data: data, today: F.today) == F.day("2028-01-07"))
        // A day it already has a visit is not proposed.
        seasonPlan.draft.visits = RotationPlanner.plan(F.request(), data: data).visits.filter {
            $0.day == F.day("2028-01-07")
        }
        if !seasonPlan.draft.visits.isEmpty {
            #expect(
                seasonPlan.proposedDay(for: found, week: christmas, data: data, today: F.today) == F.day("2028-01-14"))
        }
    }

    @Test func pinningEveryPublishedVisitPinsThoseTheDraftKeepsAndSaysHowManyDiffer() throws {
        let data = LibraryGenerator(scale: .sample, seed: 2026, today: F.day("2026-11-23")).generate()
        var seasonPlan = SeasonPlan(draft: RotationPlanner.plan(PlanRequest(season: F.season), data: data))
        seasonPlan.publish(on: F.day("2026-11-23"))
        let moved = try #require(seasonPlan.draft.visits.first { $0.kind == .exchange })
        let didMove = seasonPlan.draft.move(moved.id, to: moved.day.adding(days: 7))
        #expect(didMove)
        let count = seasonPlan.draft.visits.count
        let result = seasonPlan.pinPublished(today: F.day("2026-11-23"))
        #expect(result.differing == 1)
        #expect(result.changed == count - 1)
        #expect(seasonPlan.draft.visits.allSatisfy { $0.pinned })
        #expect(seasonPlan.draft.request.pins.count == count)
        let again = seasonPlan.pinPublished(today: F.day("2026-11-23"))
        #expect(again.changed == -(count - 1))
        #expect(seasonPlan.draft.visits.filter(\.pinned).map(\.partnerID) == [moved.partnerID])
    }
}

/// Recurring closures as people write them, and the mistakes named.
@Suite struct RecurringClosureTextTests {
    static let today = Day(year: 2026, month: 11, day: 23)!

    func parse(_ text: String, _ language: Language = .danish) -> Result<RecurringClosure, RecurringClosureText.Refusal>
    {
        RecurringClosureText.parse(text, reason: "Lukket", today: Self.today, language: language)
    }

    @Test(arguments: [
        ("uge 28-30", RecurringClosure.Span.weeks(from: 28, to: 30)), ("uge 7", .weeks(from: 7, to: 7)),
        ("week 52-1", .weeks(from: 52, to: 1)), ("U28–30", .weeks(from: 28, to: 30)),
        ("23/12-1/1", .dates(fromMonth: 12, fromDay: 23, toMonth: 1, toDay: 1)),
        ("24/12", .dates(fromMonth: 12, fromDay: 24, toMonth: 12, toDay: 24)),
    ])
    func readsWeeksAndDays(text: String, span: RecurringClosure.Span) throws {
        let closure = try parse(text).get()
        #expect(closure.span == span)
        #expect(closure.reason == "Lukket")
        // Written back, it reads as the same closure.
        let written = RecurringClosureText.text(RecurringClosure(span: span), language: .danish)
        #expect(try parse(written).get().span == span)
    }

    @Test(arguments: [
        ("uge 53", "uge 53 findes ikke i 2027"), ("uge 30-28", "uge 30-28 går baglæns"),
        ("uge 0", "uge 0 findes ikke"), ("1/8-31/7", "1/8-31/7 går baglæns"), ("30/2", "„30/2“ er ikke en dag"),
        ("uge x", "en uge skrives med tal"), ("", "skriv uger"),
    ])
    func namesTheMistake(text: String, message: String) {
        guard case .failure(let refusal) = parse(text) else {
            Issue.record("\(text) was read")
            return
        }
        #expect(refusal.message.contains(message), "\(refusal.message)")
    }
}
