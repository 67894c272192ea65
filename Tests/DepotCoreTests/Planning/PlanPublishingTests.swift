import Foundation
import Testing

@testable import DepotCore

/// A plan kept in the library: saved as a draft, published into the schedule, revised without rewriting the past.
/// Route Nord drives on Tuesdays; two kindergartens, preschool crates.
@Suite struct PlanPublishingTests {
    typealias F = PlanFixtures

    static let library: LibraryData = {
        let crates = (1...10).map { F.crate(Crate.ID("K\($0)"), theme: "Tema \($0)") }
        let history = [
            F.deposit(
                "D1", partner: "P1", crates: ["K9"], sent: "2026-09-01", due: "2026-12-01", returned: "2026-12-01")
        ]
        return F.library(partners: [F.partner("P1"), F.partner("P2")], crates: crates, deposits: history)
    }()

    /// The library's plan for 2027/28, planned on 23 November 2026 and published that day.
    private func published() -> SeasonPlan {
        var plan = SeasonPlan.planned(F.season, in: Self.library, today: F.day("2026-11-23"))
        plan.publish(on: F.day("2026-11-23"))
        return plan
    }

    @Test func aNewPlanIsADraftAndPublishingCountsTheRevision() {
        var plan = SeasonPlan.planned(F.season, in: Self.library, today: F.day("2026-11-23"))
        #expect(plan.state == .draft)
        #expect(plan.revision == 0)
        #expect(!plan.draft.visits.isEmpty)
        plan.publish(on: F.day("2026-11-24"))
        #expect(plan.state == .published)
        #expect(plan.revision == 1)
        #expect(plan.publishedOn == F.day("2026-11-24"))
        #expect(plan.published == plan.draft)
        let visit = plan.draft.visits[1]
        plan.draft.unpin(visit.id)
        plan.draft.pin(visit.id)
        #expect(plan.state == .revising)
        plan.publish(on: F.day("2026-11-25"))
        #expect(plan.revision == 2)
    }

    @Test func onlyPublishedVisitsAreScheduledAndTheyReachTheWeek() throws {
        var data = Self.library
        let draft = SeasonPlan.planned(F.season, in: data, today: F.day("2026-11-23"))
        let visit = try #require(draft.draft.visits.first)
        let week = ISOWeek(containing: visit.day)
        data.setPlan(draft)
        func weekVisits() -> [ScheduledVisit] {
            WeekSchedule.build(
                data: data, week: week, today: F.day("2026-11-23"), sources: ScheduleSources.standard(for: data)
            ).visits
        }
        #expect(weekVisits().isEmpty)

        var plan = draft
        plan.publish(on: F.day("2026-11-23"))
        data.setPlan(plan)
        let scheduled = try #require(weekVisits().first { $0.id.partnerID == visit.partnerID })
        #expect(scheduled.day == visit.day)
        #expect(scheduled.sources == [.plan])
        #expect(scheduled.leave == visit.leave)
        #expect(scheduled.collect == visit.pickUp)
        #expect(scheduled.routeID == "nord")
    }

    @Test func aDepositDueOnAPlannedDayMergesWithThePlannedVisit() throws {
        var data = Self.library
        let plan = published()
        data.setPlan(plan)
        let visit = try #require(plan.draft.visits.first { $0.partnerID == "P2" })
        data.deposits.append(
            F.deposit("D2", partner: "P2", crates: ["K10"], sent: "2027-06-01", due: "\(visit.day)", returned: nil))
        let visits = WeekSchedule.build(
            data: data, week: ISOWeek(containing: visit.day), today: F.day("2026-11-23"),
            sources: ScheduleSources.standard(for: data)
        ).visits.filter { $0.partnerID == "P2" }
        #expect(visits.count == 1)
        #expect(visits.first?.sources == [.depositDue, .plan])
        #expect(visits.first?.collect.contains("K10") == true)
    }

    @Test func theDispatchDueDateIsThePartnersNextPublishedVisit() throws {
        var data = Self.library
        let plan = published()
        let visits = plan.draft.visits(of: "P1")
        #expect(PlanVisits.nextVisit(of: "P1", after: F.day("2026-11-23"), in: data) == nil)
        data.setPlan(plan)
        let second = try #require(visits.dropFirst().first)
        #expect(PlanVisits.nextVisit(of: "P1", after: visits[0].day, in: data) == second.day)
        #expect(PlanVisits.nextVisit(of: "P1", after: F.day("2028-07-31"), in: data) == nil)
    }

    @Test func revisingAPublishedPlanKeepsEveryVisitBeforeToday() throws {
        var plan = published()
        let before = plan.draft.visits
        let today = try #require(before.dropFirst(3).first?.day)
        let past = before.filter { $0.day < today }
        #expect(!past.isEmpty)

        // A coordinator moves a future visit by hand, then plans the rest again.
        let future = try #require(plan.draft.visits.first { $0.day > today && $0.partnerID == "P2" })
        let moved = plan.draft.move(future.id, to: future.day.adding(days: 7))
        #expect(moved)
        // A pin in the past is refused.
        let pinnedInThePast = plan.pin(partner: "P1", day: past[0].day.adding(days: 7), today: today)
        #expect(!pinnedInThePast)
        plan.replan(data: Self.library, today: today)

        #expect(plan.draft.visits.filter { $0.day < today } == past)
        #expect(plan.draft.visits.contains { $0.partnerID == "P2" && $0.day == future.day.adding(days: 7) })
        #expect(plan.draft.violations.allSatisfy { $0.day >= today })
        #expect(plan.state == .revising)
        #expect(plan.published?.visits == before)
        plan.publish(on: today)
        #expect(plan.revision == 2)
        #expect(plan.published?.visits.filter { $0.day < today } == past)
    }

    /// Mid-season, whether the desk recorded the first deliveries (a deposit still out) or not, planning the rest
    /// again keeps the past and breaks no rule from today on: a crate still at a partner is not given to another,
    /// and a crate of an old deposit the plan picked up is not picked up twice though the desk never scanned it home.
    @Test(arguments: [true, false])
    func revisingMidSeasonPlansFromWhatHappened(recordedAtTheDesk: Bool) throws {
        var data = Self.library
        data.deposits.append(
            F.deposit("D8", partner: "P2", crates: ["K10"], sent: "2027-05-04", due: "2027-08-03", returned: nil))
        var plan = SeasonPlan.planned(F.season, in: data, today: F.day("2026-11-23"))
        plan.publish(on: F.day("2026-11-23"))
        #expect(plan.draft.visits(of: "P2").first?.pickUp == ["K10"])
        let first = try #require(plan.draft.visits(of: "P1").first)
        let crate = try #require(first.leave.first)
        let pickUp = try #require(plan.draft.visits(of: "P1").first { $0.pickUp.contains(crate) })
        let today = max(first.day, try #require(plan.draft.visits(of: "P2").first).day).adding(days: 7)
        #expect(today < pickUp.day)
        if recordedAtTheDesk {
            data.deposits.append(
                F.deposit(
                    "D9", partner: "P1", crates: first.leave, sent: "\(first.day)", due: "\(pickUp.day)", returned: nil
                ))
        }
        let past = plan.draft.visits.filter { $0.day < today }
        plan.replan(data: data, today: today)

        #expect(plan.draft.visits.filter { $0.day < today } == past)
        #expect(plan.draft.violations == [])
        #expect(plan.draft.request.startingOn == today)
        let pickedUp = try #require(plan.draft.visits(of: "P1").first { $0.day >= today && $0.pickUp.contains(crate) })
        #expect(!plan.draft.visits.contains { $0.day >= today && $0.day < pickedUp.day && $0.leave.contains(crate) })
    }

    @Test func aPinOnADayWithoutAVisitGivesThePartnerOneThere() throws {
        var plan = SeasonPlan.planned(F.season, in: Self.library, today: F.day("2026-11-23"))
        let taken = Set(plan.draft.visits(of: "P1").map(\.day))
        let day = try #require(
            (0..<60).map { F.day("2027-10-05").adding(days: 7 * $0) }.first { !taken.contains($0) })
        let pinned = plan.pin(partner: "P1", day: day, today: F.day("2026-11-23"))
        #expect(pinned)
        plan.replan(data: Self.library, today: F.day("2026-11-23"))
        #expect(plan.draft.visit(PlannedVisit.ID(partnerID: "P1", day: day))?.pinned == true)
    }
}

@Suite struct PlanStoreTests {
    typealias F = PlanFixtures

    private func libraryWithPlan() throws -> (TemporaryFolder, LibraryData, SeasonPlan) {
        let folder = Fixtures.temporaryFolder()
        var data = PlanPublishingTests.library
        try LibraryStore.create(folder: folder.path, with: data).close()
        var plan = SeasonPlan.planned(F.season, in: data, today: F.day("2026-11-23"))
        plan.publish(on: F.day("2026-11-23"))
        data.setPlan(plan)
        let store = try LibraryStore(folder: folder.path)
        _ = try store.load()
        try store.save(data, files: [.plan(F.season)])
        store.close()
        return (folder, data, plan)
    }

    @Test func aPlanFileSurvivesASaveAndLoad() throws {
        let (folder, data, plan) = try libraryWithPlan()
        let loaded = try LibraryStore(folder: folder.path, forWriting: false).load()
        #expect(loaded.plans == [plan])
        #expect(loaded == data)
        let lines = try folder.read("plans/2027-28.json").split(separator: "\n")
        #expect(lines[1] == "  \"schemaVersion\" : 1,")
        #expect(lines[2] == "  \"plan\" : {")
        #expect(lines.contains("    \"publishedOn\" : \"2026-11-23\","))
        #expect(lines.contains("    \"revision\" : 1"))
    }

    @Test func aLibraryWithoutAPlansFolderLoadsWithNoPlans() throws {
        let folder = Fixtures.temporaryFolder()
        try LibraryStore.create(folder: folder.path, with: Fixtures.library()).close()
        #expect(!FileManager.default.fileExists(atPath: folder.file("plans")))
        let loaded = try LibraryStore(folder: folder.path, forWriting: false).load()
        #expect(loaded.plans.isEmpty)
    }

    @Test func aDamagedPlanFileIsNamedWithItsLineAndNotOverwritten() throws {
        let (folder, _, _) = try libraryWithPlan()
        let text = try folder.read("plans/2027-28.json")
        let damaged = text.replacingOccurrences(of: "\"revision\" : 1", with: "\"revision\" : \"one\"")
        #expect(damaged != text)
        try folder.write("plans/2027-28.json", damaged)
        let line = damaged.split(separator: "\n", omittingEmptySubsequences: false).firstIndex {
            $0.contains("\"revision\"")
        }.map { $0 + 1 }
        let store = try LibraryStore(folder: folder.path)
        defer { store.close() }
        #expect {
            _ = try store.load()
        } throws: { error in
            guard case .damaged(let file, let errorLine, _, let message) = error as? StoreError else { return false }
            return file == "plans/2027-28.json" && errorLine == line && message.contains("revision")
        }
        #expect(try folder.read("plans/2027-28.json") == damaged)
    }

    @Test func aPlanNamingACrateTheLibraryLacksIsAProblemOfThePlanFile() throws {
        var data = PlanPublishingTests.library
        var plan = SeasonPlan.planned(F.season, in: data, today: F.day("2026-11-23"))
        let position = try #require(plan.draft.visits.firstIndex { !$0.leave.isEmpty })
        plan.draft.visits[position].leave.append("K404")
        data.setPlan(plan)
        let problems = LibraryCheck.problems(in: data)
        #expect(problems.count == 1)
        #expect(problems.first?.file == "plans/2027-28.json")
        #expect(problems.first?.message == "draft: crate K404 does not exist")
        #expect(problems.first?.recordID == plan.draft.visits[position].id.description)
    }
}
