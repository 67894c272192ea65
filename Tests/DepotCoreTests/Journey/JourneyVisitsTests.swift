import Foundation
import Testing

@testable import DepotCore

/// The bundled sample library, as a new user first sees it.
func sampleLibrary() throws -> LibraryData {
    guard let folder = LibraryLocation.sampleLibraryFolder else { throw StoreError.notALibrary(path: "sample") }
    return try LibraryStore(folder: folder, forWriting: false).load()
}

@Suite("The van's visits carry everything still to do")
struct JourneyVisitsTests {
    let today = Fixtures.day("2026-12-01")

    private func visits(_ data: LibraryData, _ first: String, _ last: String) -> [ScheduledVisit] {
        DepositVisits().visits(
            in: DayRange(first: Fixtures.day(first), last: Fixtures.day(last)), data: data, today: today)
    }

    @Test func anOverdueCrateIsCollectedOnItsRoutesNextVanDayAndEveryOneAfter() throws {
        let data = try sampleLibrary()
        // K007 at Børnehaven Violen (route Mols, Wednesdays) was due 4 November and is still out.
        let violen = try #require(data.partners.first { $0.name == "Børnehaven Violen" })
        let found = visits(data, "2026-11-30", "2026-12-20").filter { $0.partnerID == violen.id }
        #expect(found.map(\.day) == ["2026-12-02", "2026-12-09", "2026-12-16"].map(Fixtures.day))
        #expect(found.allSatisfy { $0.collect == ["K007"] && $0.sources.contains(.overdue) })
    }

    @Test func daysBeforeTodayAreHistoryAndGetNoInventedCollect() throws {
        let data = try sampleLibrary()
        let violen = try #require(data.partners.first { $0.name == "Børnehaven Violen" })
        #expect(visits(data, "2026-11-16", "2026-11-29").filter { $0.partnerID == violen.id }.isEmpty)
    }

    @Test func everyOverdueDepositOfTheSampleIsOnARouteSheetThisWeekOrNext() throws {
        let data = try sampleLibrary()
        let found = visits(data, "2026-12-01", "2026-12-08")
        let overdue = data.deposits.filter { $0.isOut && $0.dueOn < today }
        #expect(overdue.count == 6)
        for deposit in overdue {
            #expect(
                found.contains { $0.partnerID == deposit.partnerID && Set(deposit.crateIDs).isSubset(of: $0.collect) },
                "\(deposit.id) is on no sheet")
        }
    }

    @Test func packedCratesAreLeftAtThePartnersNextVanDayOrTheirChosenVisit() throws {
        var data = try sampleLibrary()
        let found = visits(data, "2026-11-30", "2026-12-06")
        for id in ["D2026-0055", "D2026-0056", "D2026-0057"] {
            let deposit = try #require(data.deposits.first { $0.id.rawValue == id })
            let partner = try #require(data.partners.first { $0.id == deposit.partnerID })
            let visit = try #require(found.first { $0.partnerID == deposit.partnerID && $0.leave != nil })
            #expect(visit.leave == deposit.crateIDs)
            #expect(DueDates.isDeliveryDay(visit.day, for: partner, settings: data.settings))
            #expect(visit.day >= today)
        }
        // Packed for a chosen visit two weeks on: not this week, but that day.
        let index = try #require(data.deposits.firstIndex { $0.id.rawValue == "D2026-0055" })
        data.deposits[index].visitOn = Fixtures.day("2026-12-15")
        #expect(!visits(data, "2026-11-30", "2026-12-06").contains { $0.leave == ["K040"] })
        #expect(
            visits(data, "2026-12-14", "2026-12-20").first { $0.leave == ["K040"] }?.day == Fixtures.day("2026-12-15"))
    }

    @Test func booksKeptBackAtAPartnerAreCollectedUntilTheyAreHome() throws {
        var data = try sampleLibrary()
        let index = try #require(data.deposits.firstIndex { $0.id.rawValue == "D2026-0027" })
        let kept = data.deposits[index].itemBarcodes[3]
        data.deposits[index].returnedOn = Fixtures.day("2026-12-02")
        data.deposits[index].exceptions.append(
            .init(barcode: kept, kind: .stillAtPartner, recordedOn: Fixtures.day("2026-12-02")))
        let found = visits(data, "2026-11-30", "2026-12-13").filter { $0.partnerID == data.deposits[index].partnerID }
        // Not on the day of the return (the van was just there), then every Wednesday.
        #expect(found.filter { !$0.collectItems.isEmpty }.map(\.day) == [Fixtures.day("2026-12-09")])
        #expect(found.first { $0.day == Fixtures.day("2026-12-09") }?.collectItems == [kept])
        #expect(found.first { $0.day == Fixtures.day("2026-12-09") }?.kind == .exchange)

        data.deposits[index].exceptions.append(
            .init(barcode: kept, kind: .found, recordedOn: Fixtures.day("2026-12-05")))
        #expect(visits(data, "2026-11-30", "2026-12-13").allSatisfy { $0.collectItems.isEmpty })
    }

    @Test func theRouteSheetTheCalendarAndTheJSONNameTheKeptBooks() throws {
        var data = try sampleLibrary()
        let index = try #require(data.deposits.firstIndex { $0.id.rawValue == "D2026-0027" })
        let kept = data.deposits[index].itemBarcodes[3]
        let title = try #require(data.items.first { $0.id == kept }?.title)
        data.deposits[index].returnedOn = Fixtures.day("2026-12-02")
        data.deposits[index].exceptions.append(
            .init(barcode: kept, kind: .stillAtPartner, recordedOn: Fixtures.day("2026-12-02")))
        let week = try #require(ISOWeek("2026-W50"))
        let schedule = WeekSchedule.build(data: data, week: week, today: today)
        let text = WeekText.text(for: schedule, data: data, language: .danish)
        #expect(text.contains("Hent: 1 bog"))
        #expect(text.contains("Bøger:    \(kept.rawValue) \(title)"))
        let json = WeekJSON.json(for: schedule, data: data)
        #expect(json.contains("\"collectItems\" : [\n") && json.contains("\"\(kept.rawValue)\""))
        let ics = WeekCalendar.ics(
            for: schedule, data: data, language: .danish, stamp: Date(timeIntervalSince1970: 1_800_000_000))
        #expect(ics.contains(kept.rawValue))
    }

    @Test func aSpecialDeliveryOffTheRouteIsShownAsSuch() throws {
        var data = try sampleLibrary()
        let bikuben = try #require(data.partners.first { $0.name == "Børnehaven Bikuben" })
        // Bikuben is on Vest (Thursdays); Wednesday 2 December is off its route, asked for on purpose.
        try Desk.packForPartner(
            crates: ["K010"], partner: bikuben.id, on: today, visit: Fixtures.day("2026-12-02"), specialDelivery: true,
            in: &data)
        let schedule = WeekSchedule.build(data: data, week: try #require(ISOWeek("2026-W49")), today: today)
        let text = WeekText.text(for: schedule, data: data, language: .danish)
        #expect(text.contains("Levering · særlig levering"))
        #expect(schedule.visits.contains { $0.partnerID == bikuben.id && $0.day == Fixtures.day("2026-12-02") })
    }
}
