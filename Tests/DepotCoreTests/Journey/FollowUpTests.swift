import Foundation
import Testing

@testable import DepotCore

/// A book kept back at a partner stays on every follow-up until it is home, and the letters promise the day the
/// route sheets collect.
@Suite("Follow-ups of books still at a partner")
struct FollowUpTests {
    let today = Fixtures.day("2026-12-01")

    /// The sample with D2026-0027 (K007 at Violen) scanned home on 2 December with one book kept back.
    private func keptBack() throws -> (LibraryData, Item.ID) {
        var data = try sampleLibrary()
        let index = try #require(data.deposits.firstIndex { $0.id == "D2026-0027" })
        let kept = data.deposits[index].itemBarcodes[5]
        data.deposits[index].returnedOn = Fixtures.day("2026-12-02")
        data.deposits[index].exceptions.append(
            .init(barcode: kept, kind: .stillAtPartner, recordedOn: Fixtures.day("2026-12-02")))
        return (data, kept)
    }

    @Test func aPartlyReturnedDepositIsNotReturnedUntilTheBookIsHome() throws {
        let (data, kept) = try keptBack()
        let deposit = try #require(data.deposits.first { $0.id == "D2026-0027" })
        #expect(deposit.status(on: Fixtures.day("2026-12-03"), dueSoonDays: 14) == .overdue)
        #expect(deposit.daysOverdue(on: Fixtures.day("2026-12-03")) == 29)
        let overdue = DueList.overdue(data: data, today: Fixtures.day("2026-12-03"))
        let line = try #require(overdue.first { $0.deposit.id == "D2026-0027" })
        #expect(line.keptBack == [kept])
        #expect(line.crateText == "1 book kept back")
        let csv = Export.overdue(overdue).csv(format: .standard)
        #expect(csv.contains(kept.rawValue))
    }

    @Test func theReminderNamesTheBookAndPromisesTheRouteSheetsDay() throws {
        let (data, kept) = try keptBack()
        let later = Fixtures.day("2026-12-03")
        let violen = try #require(data.partners.first { $0.name == "Børnehaven Violen" })
        #expect(ReminderLetter.partnersToRemind(data: data, today: later).contains { $0.id == violen.id })
        let letter = ReminderLetter.text(for: violen, data: data, today: later, language: .danish)
        #expect(letter.contains(kept.rawValue))
        #expect(!letter.contains("K007"))
        // The next Wednesday, the day the Mols route sheet collects the book.
        #expect(letter.contains("onsdag 9. december 2026"))
        let sheet = WeekSchedule.build(data: data, week: try #require(ISOWeek("2026-W50")), today: later)
        #expect(
            sheet.visits.contains {
                $0.partnerID == violen.id && $0.collectItems == [kept] && $0.day == Fixtures.day("2026-12-09")
            })
    }

    @Test func everyLetterPromisesTheDayItsRouteSheetCollects() throws {
        let data = try sampleLibrary()
        let partners = ReminderLetter.partnersToRemind(data: data, today: today)
        #expect(!partners.isEmpty)
        for partner in partners {
            let day = ReminderLetter.nextCollection(at: partner, data: data, today: today)
            let week = ISOWeek(containing: day)
            let schedule = WeekSchedule.build(
                data: data, week: week, today: today, sources: ScheduleSources.standard(for: data))
            #expect(
                schedule.visits.contains { $0.partnerID == partner.id && $0.day == day && !$0.collect.isEmpty },
                "\(partner.name): the letter promises \(day), no route sheet collects then")
        }
    }
}
