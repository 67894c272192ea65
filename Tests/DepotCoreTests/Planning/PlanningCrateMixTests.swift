import Foundation
import Testing

@testable import DepotCore

/// The crate mix (issue 13, point 8): crates per visit per age band, the partner's own numbers or worked out from
/// its children per age group, kept by the planner over a season without breaking a hard rule.
@Suite struct PlanningCrateMixTests {
    typealias F = PlanFixtures

    /// Enough crates of each band, all of their own theme, that no visit goes short.
    static func crates(toddlers: Int, preschool: Int) -> [Crate] {
        (1...toddlers).map { F.crate(Crate.ID("R\($0)"), band: .toddlers) }
            + (1...preschool).map { F.crate(Crate.ID("G\($0)"), band: .preschool) }
    }

    static func partner(_ mix: [CrateMix]?) -> Partner {
        var partner = F.partner("A", ages: [.toddlers, .preschool], loan: .weeks(6))
        partner.crateMix = mix
        return partner
    }

    static func leftByBand(_ plan: Plan, _ data: LibraryData) -> [AgeBand: Int] {
        let bands = Dictionary(uniqueKeysWithValues: data.crates.map { ($0.id, $0.ageBand) })
        var counts: [AgeBand: Int] = [:]
        for visit in plan.visits { for crate in visit.leave { counts[bands[crate]!, default: 0] += 1 } }
        return counts
    }

    // MARK: The numbers

    @Test func thePartnersOwnNumbersAreTheMix() {
        let partner = PlanningCrateMixTests.partner([
            CrateMix(band: .toddlers, crates: 1), CrateMix(band: .preschool, crates: 2, children: 5),
        ])
        let mix = CrateMix.visitMix(for: partner, lastBands: [.preschool])
        #expect(mix.firstVisit == [.toddlers, .preschool, .preschool])
        #expect(mix.isWholePerVisit)
        #expect(mix.source == .partner)
        // A visit makes up for a band short before: after 4 crates of 3–6 and none of 0–3, two of the three
        // crates are for 0–3.
        #expect(mix.next { $0 == .toddlers ? 0 : 4 } == [.toddlers, .toddlers, .preschool])
    }

    @Test func withoutNumbersTheAgeGroupsShareTheCratesItHadByChildren() {
        // A partner that says nothing keeps the bands of its last deposit, as before.
        let plain = CrateMix.visitMix(for: PlanningCrateMixTests.partner(nil), lastBands: [.preschool])
        #expect(plain.firstVisit == [.preschool])
        #expect(plain.source == .lastDeposit)
        #expect(plain.next { $0 == .preschool ? 9 : 0 } == [.preschool])
        // The case of the issue, with its children: 10 and 10, one crate a visit, the bands in turn.
        let turns = PlanningCrateMixTests.partner([
            CrateMix(band: .toddlers, children: 10), CrateMix(band: .preschool, children: 10),
        ])
        let inTurn = CrateMix.visitMix(for: turns, lastBands: [.preschool])
        #expect(inTurn.crates == 1)
        #expect(inTurn.source == .derived)
        #expect(!inTurn.isWholePerVisit)
        #expect(inTurn.next { $0 == .preschool ? 1 : 0 } == [.toddlers])
        #expect(inTurn.next { $0 == .preschool ? 3 : 4 } == [.preschool])
        // 12 and 36 children, 4 crates before: 1 and 3 at every visit.
        let children = PlanningCrateMixTests.partner([
            CrateMix(band: .toddlers, children: 12), CrateMix(band: .preschool, children: 36),
        ])
        let shared = CrateMix.visitMix(for: children, lastBands: [.preschool, .preschool, .preschool, .toddlers])
        #expect(shared.firstVisit == [.toddlers, .preschool, .preschool, .preschool])
        #expect(shared.isWholePerVisit)
        // Children numbers for one group only: the groups share by the library's crates of each band.
        let one = PlanningCrateMixTests.partner([CrateMix(band: .preschool, children: 30)])
        let byShelf = CrateMix.visitMix(
            for: one, lastBands: [.preschool, .preschool], shelf: [.toddlers: 10, .preschool: 30])
        #expect(byShelf.bands == [.toddlers, .preschool])
        #expect(byShelf.weights[0] * 3 == byShelf.weights[1])
        // No children in 0–3: no crate for it.
        let none = PlanningCrateMixTests.partner([CrateMix(band: .toddlers, children: 0)])
        #expect(CrateMix.visitMix(for: none, lastBands: nil).bands == [.preschool])
        // One band given, the other worked out: 3–6 given 2, 0–3 gets one.
        let half = PlanningCrateMixTests.partner([CrateMix(band: .preschool, crates: 2)])
        let halfMix = CrateMix.visitMix(for: half, lastBands: [.preschool, .preschool])
        #expect(halfMix.firstVisit == [.toddlers, .preschool, .preschool])
        #expect(halfMix.source == .derived)
        // Numbers that come to no crate at all are not a mix: it is worked out.
        let zero = PlanningCrateMixTests.partner([
            CrateMix(band: .toddlers, crates: 0), CrateMix(band: .preschool, crates: 0),
        ])
        #expect(CrateMix.visitMix(for: zero, lastBands: nil).firstVisit == [.preschool])
    }

    @Test(arguments: [(1, [1, 3]), (2, [1, 2]), (1, [1, 1]), (3, [2, 5])])
    func visitByVisitTheCratesStayWithinOneOfTheirShares(crates: Int, weights: [Int]) {
        let mix = VisitMix(crates: crates, bands: [.toddlers, .preschool], weights: weights, source: .derived)
        var had: [AgeBand: Int] = [:]
        let total = weights.reduce(0, +)
        for visit in 1...24 {
            for band in mix.next(given: { had[$0, default: 0] }) { had[band, default: 0] += 1 }
            let count = visit * crates
            for (band, weight) in zip(mix.bands, weights) {
                let share = Double(count * weight) / Double(total)
                #expect(abs(Double(had[band, default: 0]) - share) <= 1)
            }
        }
    }

    // MARK: In a file

    @Test func theMixReadsAndWritesAndOldPartnersLoadUnchanged() throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        let old = try encoder.encode(F.partner("A"))
        #expect(!String(decoding: old, as: UTF8.self).contains("crateMix"))
        #expect(try FastJSONDecoder().decode(Partner.self, from: Array(old)).crateMix == nil)

        let partner = PlanningCrateMixTests.partner([
            CrateMix(band: .toddlers, crates: 1), CrateMix(band: .preschool, children: 40),
        ])
        let text = String(decoding: try encoder.encode(partner), as: UTF8.self)
        #expect(text.contains(#""crateMix":[{"band":"0-3","crates":1},{"band":"3-6","children":40}]"#))
        #expect(try FastJSONDecoder().decode(Partner.self, from: Array(text.utf8)) == partner)
    }

    @Test func tooManyCratesInAFileAreRefusedWithTheField() {
        let text = #"{"band":"3-6","crates":500}"#
        do {
            _ = try FastJSONDecoder().decode(CrateMix.self, from: Array(text.utf8))
            Issue.record("expected \(text) to be refused")
        } catch {
            let damage = String(describing: JSONFileDecoding.damage(error, file: "partners.json"))
            #expect(damage.contains("crates"))
            #expect(damage.contains("must be from 0 to 20"))
        }
    }

    // MARK: Over a season

    @Test func aPartnerWithBothGroupsGetsCratesForBothInTheAskedProportion() throws {
        let partner = PlanningCrateMixTests.partner([
            CrateMix(band: .toddlers, crates: 1), CrateMix(band: .preschool, crates: 2),
        ])
        let data = F.library(partners: [partner], crates: PlanningCrateMixTests.crates(toddlers: 12, preschool: 24))
        let plan = RotationPlanner.plan(F.request(), data: data)
        let counts = PlanningCrateMixTests.leftByBand(plan, data)
        let visits = plan.visits.filter { !$0.leave.isEmpty }.count
        #expect(visits >= 4)
        #expect(counts[.toddlers] == visits)
        #expect(counts[.preschool] == 2 * visits)
        #expect(plan.unplanned.isEmpty)
        #expect(IndependentChecker(data: data, plan: plan).problems() == [])
        #expect(RotationPlanner(data: data).check(plan).isEmpty)

        let visit = try #require(plan.visits.first { !$0.leave.isEmpty })
        let lines = RotationPlanner(data: data).explain(partner: "A", day: visit.day, in: plan).lines
        #expect(lines.contains("Crates per visit: 0–3: 1, 3–6: 2 (the partner's own numbers)."))
        let danish = RotationPlanner(data: data).explain(partner: "A", day: visit.day, in: plan, language: .danish)
        #expect(danish.lines.contains("Kasser pr. besøg: 0–3: 1, 3–6: 2 (partnerens egne tal)."))
    }

    @Test func withoutNumbersAKindergartenThatHadOnly3To6GetsBothGroupsOverTheSeason() {
        let partner = PlanningCrateMixTests.partner([
            CrateMix(band: .toddlers, children: 10), CrateMix(band: .preschool, children: 30),
        ])
        let history = F.deposit(
            "D1", partner: "A", crates: ["G30", "G31", "G32", "R20"], sent: "2027-04-06", due: "2027-06-29",
            returned: "2027-06-29")
        let crates = PlanningCrateMixTests.crates(toddlers: 20, preschool: 40)
        let data = F.library(partners: [partner], crates: crates, deposits: [history])
        let plan = RotationPlanner.plan(F.request(), data: data)
        let counts = PlanningCrateMixTests.leftByBand(plan, data)
        let visits = plan.visits.filter { !$0.leave.isEmpty }.count
        #expect(visits >= 4)
        // 4 crates a visit, shared 10 : 30 children: 1 and 3.
        #expect(counts[.toddlers] == visits)
        #expect(counts[.preschool] == 3 * visits)
        #expect(IndependentChecker(data: data, plan: plan).problems() == [])
        let visit = plan.visits.first { !$0.leave.isEmpty }!
        let lines = RotationPlanner(data: data).explain(partner: "A", day: visit.day, in: plan).lines
        #expect(
            lines.contains { $0.hasPrefix("Crates per visit: 0–3: 1, 3–6: 3 (worked out") && $0.contains("0–3 10") })
    }

    @Test func aKindergartenThatHadOnly3To6GetsBothInTurnByItsChildren() {
        let history = F.deposit(
            "D1", partner: "A", crates: ["G30"], sent: "2027-04-06", due: "2027-06-29", returned: "2027-06-29")
        let partner = PlanningCrateMixTests.partner([
            CrateMix(band: .toddlers, children: 15), CrateMix(band: .preschool, children: 15),
        ])
        let data = F.library(
            partners: [partner],
            crates: PlanningCrateMixTests.crates(toddlers: 20, preschool: 30), deposits: [history])
        let plan = RotationPlanner.plan(F.request(), data: data)
        let counts = PlanningCrateMixTests.leftByBand(plan, data)
        let visits = plan.visits.filter { !$0.leave.isEmpty }
        #expect(visits.count >= 4)
        #expect(visits.allSatisfy { $0.leave.count == 1 })
        #expect(abs(counts[.toddlers, default: 0] - counts[.preschool, default: 0]) <= 1)
        #expect(IndependentChecker(data: data, plan: plan).problems() == [])
        let lines = RotationPlanner(data: data).explain(partner: "A", day: visits[0].day, in: plan).lines
        #expect(lines.contains { $0.hasPrefix("Crates per visit: 1, over the season 0–3 50 %, 3–6 50 % (worked out") })
    }

    @Test func theVanStillCarriesNoMoreThanItsCapacity() {
        // Four partners taking 3 crates each on a route whose van takes 10 (out and home both count): the planner
        // spreads them over route days, and the checker finds no rule broken.
        let partners = (1...4).map { number -> Partner in
            var partner = F.partner(Partner.ID("P\(number)"), ages: [.toddlers, .preschool], loan: .weeks(6))
            partner.crateMix = [CrateMix(band: .toddlers, crates: 1), CrateMix(band: .preschool, crates: 2)]
            return partner
        }
        let data = F.library(
            route: F.route(capacity: 10), partners: partners,
            crates: PlanningCrateMixTests.crates(toddlers: 30, preschool: 60))
        let plan = RotationPlanner.plan(F.request(), data: data)
        #expect(IndependentChecker(data: data, plan: plan).problems() == [])
        let counts = PlanningCrateMixTests.leftByBand(plan, data)
        #expect(counts[.preschool] == 2 * counts[.toddlers, default: 0])
        #expect(counts[.toddlers, default: 0] >= 16)
    }
}
