import Foundation
import Testing

@testable import DepotCore

/// Recurring closures (a partner's and the library's) and the warning for a season whose closures are missing.
@Suite struct PlanningClosureTests {
    typealias F = PlanFixtures

    private func crates(_ count: Int) -> [Crate] { (1...count).map { F.crate(Crate.ID("K\($0)")) } }

    private static let christmas = RecurringClosure(
        span: .dates(fromMonth: 12, fromDay: 23, toMonth: 1, toDay: 1), reason: "Juleferie")
    private static let summer = RecurringClosure(span: .weeks(from: 28, to: 30), reason: "Sommerlukket")

    // MARK: The closures themselves

    @Test func aRecurringClosureFallsOnTheSameDatesOrWeeksEveryYear() {
        let season = Season(startYear: 2027).range
        #expect(
            PlanningClosureTests.christmas.occurrences(overlapping: season)
                == [DayRange(first: F.day("2027-12-23"), last: F.day("2028-01-01"))])
        // Last summer's weeks reach into the season's first day.
        #expect(
            PlanningClosureTests.summer.occurrences(overlapping: season)
                == [
                    DayRange(first: F.day("2027-07-12"), last: F.day("2027-08-01")),
                    DayRange(first: F.day("2028-07-10"), last: F.day("2028-07-30")),
                ])
        // Over New Year in weeks: week 52 of 2027 to week 1 of 2028.
        let newYear = RecurringClosure(span: .weeks(from: 52, to: 1))
        #expect(
            newYear.occurrences(overlapping: season)
                == [DayRange(first: F.day("2027-12-27"), last: F.day("2028-01-09"))])
        #expect(PlanningClosureTests.christmas.contains(F.day("2028-01-01")))
        #expect(!PlanningClosureTests.christmas.contains(F.day("2028-01-02")))
    }

    @Test func recurringClosuresReadAndWriteAsJSONAndOldPartnersLoadUnchanged() throws {
        let text = #"[{"from":"12-23","to":"01-01","reason":"Jul"},{"fromWeek":28,"toWeek":30}]"#
        let read = try FastJSONDecoder().decode([RecurringClosure].self, from: Array(text.utf8))
        #expect(
            read == [
                RecurringClosure(span: PlanningClosureTests.christmas.span, reason: "Jul"),
                RecurringClosure(span: .weeks(from: 28, to: 30)),
            ])
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        let again = try FastJSONDecoder().decode([RecurringClosure].self, from: Array(try encoder.encode(read)))
        #expect(again == read)

        // A partner written before recurring closures existed loads, and is written without the field.
        let partner = F.partner("A")
        let old = try encoder.encode(partner)
        #expect(!String(decoding: old, as: UTF8.self).contains("recurringClosures"))
        #expect(try FastJSONDecoder().decode(Partner.self, from: Array(old)) == partner)
    }

    @Test(arguments: [
        (#"{"fromWeek":60,"toWeek":2}"#, "must be from 1 to 53; found 60"),
        (#"{"from":"13-01","to":"01-01"}"#, "must be a month and day written MM-DD"),
        (#"{"from":"02-30","to":"03-01"}"#, "must be a month and day written MM-DD"),
        (#"{"reason":"Jul"}"#, "needs \"from\" and \"to\""),
        (#"{"from":"12-23","to":"01-01","fromWeek":1,"toWeek":2}"#, "not both"),
    ])
    func badRecurringClosuresAreRefusedWithTheField(text: String, message: String) {
        do {
            _ = try FastJSONDecoder().decode(RecurringClosure.self, from: Array(text.utf8))
            Issue.record("expected \(text) to be refused")
        } catch {
            let damage = JSONFileDecoding.damage(error, file: "partners.json")
            #expect(String(describing: damage).contains(message))
        }
    }

    // MARK: The planner keeps them

    @Test func thePlannerKeepsAPartnersRecurringClosures() {
        var partner = F.partner("A", loan: .weeks(2))
        partner.recurringClosures = [PlanningClosureTests.christmas, PlanningClosureTests.summer]
        let data = F.library(partners: [partner], crates: crates(40))
        let plan = RotationPlanner.plan(F.request(), data: data)
        #expect(plan.visits.count > 10)
        #expect(plan.visits.allSatisfy { !partner.isClosed(on: $0.day) })
        // Christmas and the summer weeks are each skipped: no visit from 23/12 to 1/1, none in weeks 28–30.
        #expect(!plan.visits.contains { $0.day >= F.day("2027-12-23") && $0.day <= F.day("2028-01-01") })
        #expect(!plan.visits.contains { $0.day >= F.day("2028-07-10") && $0.day <= F.day("2028-07-30") })
        #expect(plan.violations.isEmpty)

        // A visit pinned into one is named as a closure, with its reason.
        var pinned = plan
        let moved = pinned.move(plan.visits[5].id, to: F.day("2027-12-28"))
        #expect(moved)
        let broken = RotationPlanner(data: data).check(pinned)
        #expect(broken.contains { $0.rule == .partnerClosed && $0.note == "Juleferie" })
    }

    @Test func theLibrarysRecurringClosuresCloseEveryPartner() {
        var data = F.library(
            partners: [F.partner("A", loan: .weeks(1)), F.partner("B", loan: .weeks(1))], crates: crates(120))
        data.settings.recurringClosures = [PlanningClosureTests.christmas]
        let plan = RotationPlanner.plan(F.request(), data: data)
        #expect(Set(plan.visits.map(\.partnerID)) == ["A", "B"])
        #expect(!plan.visits.contains { $0.day >= F.day("2027-12-23") && $0.day <= F.day("2028-01-01") })
        // Without them, the same library gets a visit in Christmas week (28 December is a Tuesday).
        data.settings.recurringClosures = nil
        let without = RotationPlanner.plan(F.request(), data: data)
        #expect(without.visits.contains { $0.day >= F.day("2027-12-23") && $0.day <= F.day("2028-01-01") })
    }

    // MARK: Missing closures

    @Test func lastSeasonsClosuresAYearOnKeepWeeksOrDates() {
        let summer = SeasonClosures.nextYear(F.closure("2027-07-12", "2027-08-01", "Sommerlukket (uge 28–30)"))
        #expect(summer.days == DayRange(first: F.day("2028-07-10"), last: F.day("2028-07-30")))
        #expect(summer.reason == "Sommerlukket (uge 28–30)")
        let christmas = SeasonClosures.nextYear(F.closure("2026-12-23", "2027-01-01", "Juleferie"))
        #expect(christmas.days == DayRange(first: F.day("2027-12-23"), last: F.day("2028-01-01")))
    }

    @Test func aSeasonWithoutThePartnersClosuresIsNamedAndCopyingMendsIt() {
        // A library as of November 2026 knows the closures of 2026/27 only.
        var data = LibraryGenerator(scale: .sample, seed: 2026, today: F.day("2026-11-23")).generate()
        let season = F.season
        let missing = SeasonClosures.missing(for: season, in: data)
        let withClosures = data.partners.filter { partner in
            partner.routeID != nil && partner.closures.contains { season.previous.contains($0.days.first) }
        }
        #expect(!missing.isEmpty)
        #expect(missing.map(\.partnerID) == withClosures.map(\.id).sorted())

        // Planned as it is, the van comes while last year's closures, a year on, would be on.
        let before = RotationPlanner.plan(PlanRequest(season: season), data: data)
        let proposed = Dictionary(uniqueKeysWithValues: missing.map { ($0.partnerID, $0.proposed) })
        let inClosure = before.visits.filter { visit in
            proposed[visit.partnerID]?.contains { $0.days.contains(visit.day) } ?? false
        }
        #expect(!inClosure.isEmpty)

        let changed = SeasonClosures.copyLastSeason(into: season, data: &data)
        #expect(changed == missing.map(\.partnerID))
        #expect(SeasonClosures.missing(for: season, in: data).isEmpty)
        let after = RotationPlanner.plan(PlanRequest(season: season), data: data)
        #expect(
            after.visits.allSatisfy { visit in
                !(proposed[visit.partnerID]?.contains { $0.days.contains(visit.day) } ?? false)
            })
        #expect(IndependentChecker(data: data, plan: after).problems() == [])
        // Copying again adds nothing.
        let copy = data
        #expect(SeasonClosures.copyLastSeason(into: season, data: &data).isEmpty)
        #expect(copy == data)
    }

    @Test func aPartnerWithRecurringClosuresIsNotMissingAny() {
        var partner = F.partner("A", closures: [F.closure("2026-12-23", "2027-01-01")])
        var data = F.library(partners: [partner], crates: crates(3))
        #expect(SeasonClosures.missing(for: F.season, in: data).map(\.partnerID) == ["A"])
        partner.recurringClosures = [PlanningClosureTests.christmas]
        data.partners = [partner]
        #expect(SeasonClosures.missing(for: F.season, in: data).isEmpty)
    }
}
