import Foundation
import Testing

@testable import DepotCore

@Suite struct PlanningJSONTests {
    @Test func planRoundTripsThroughJSONWithSortedKeysAndReadableDates() throws {
        let data = PlanFixtures.generated(.town, seed: 2026)
        var request = PlanFixtures.request()
        request.pins = [Pin(partnerID: "P001", day: Day(year: 2027, month: 9, day: 2)!)]
        let plan = RotationPlanner.plan(request, data: data)
        let json = try plan.json()
        #expect(try Plan.decode(json: json) == plan)
        let text = String(decoding: json, as: UTF8.self)
        #expect(text.contains("\"day\" : \"2027-08-03\""))
        #expect(text.contains("\"season\" : \"2027/28\""))
        let topLevel = text.split(separator: "\n").filter { $0.hasPrefix("  \"") }.map {
            String($0.dropFirst(3).prefix { $0 != "\"" })
        }
        #expect(topLevel == ["firstDay", "lastDay", "quality", "request", "unplanned", "violations", "visits"])
    }

    @Test func requestReadsWithDefaultsAndWritesItsSeasonByName() throws {
        let minimal = Data(#"{"season": "2027/28"}"#.utf8)
        let request = try JSONDecoder().decode(PlanRequest.self, from: minimal)
        #expect(request == PlanRequest(season: Season(startYear: 2027)))

        let full = PlanRequest(
            season: Season(startYear: 2027, startMonth: 1), startingOn: Day(year: 2027, month: 3, day: 1)!,
            partnerIDs: ["P001"], lookBackSeasons: 2,
            pins: [Pin(partnerID: "P001", day: Day(year: 2027, month: 3, day: 2)!, crates: [])],
            crateDemands: [CrateDemand(partnerID: "P001", bands: [.toddlers, .preschool])],
            settings: Fixtures.library().settings, collectsBeforeSummer: false)
        let encoded = try JSONEncoder().encode(full)
        #expect(try JSONDecoder().decode(PlanRequest.self, from: encoded) == full)
        #expect(String(decoding: encoded, as: UTF8.self).contains(#""season":"2027""#))
    }

    @Test func unplannedReasonIsStoredWithItsNumbers() throws {
        let slot = UnplannedSlot(
            partnerID: "P001", partnerName: "Børnehuset Solsikken", routeID: "nord", routeName: "Nord",
            day: Day(year: 2028, month: 3, day: 7)!, visitPlanned: true, kind: .exchange, missingCrates: 3,
            reason: .cratesShort(
                band: .preschool, wanted: 14, freeThatWeek: 11, freeOnDay: 0, hadBefore: 0, heldForPins: 0,
                seasons: "2026/27–2027/28"))
        let encoded = try JSONEncoder().encode(slot)
        #expect(try JSONDecoder().decode(UnplannedSlot.self, from: encoded) == slot)
        #expect(slot.description == "route Nord, week 10: 14 crates for 3–6 wanted, 11 free; none was left on Tue 7/3")
    }
}
