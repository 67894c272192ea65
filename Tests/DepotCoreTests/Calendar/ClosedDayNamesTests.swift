import Testing

@testable import DepotCore

@Suite("Closed days named for what they are")
struct ClosedDayNamesTests {
    private func day(_ text: String) -> Day {
        guard let day = Day(text) else {
            Issue.record("not a day: \(text)")
            return Day(ordinal: 0)
        }
        return day
    }

    @Test("Christmas Eve, New Year's Eve and Constitution Day are closing days, not public holidays")
    func closingDays() {
        #expect(DanishHolidays.closedNote(on: day("2026-12-24"), language: .danish) == "Lukket: Juleaftensdag")
        #expect(DanishHolidays.closedNote(on: day("2026-12-31"), language: .danish) == "Lukket: Nytårsaftensdag")
        #expect(DanishHolidays.closedNote(on: day("2027-06-05"), language: .danish) == "Lukket: Grundlovsdag")
        #expect(DanishHolidays.closedNote(on: day("2026-12-25"), language: .danish) == "Helligdag: Juledag")
        #expect(DanishHolidays.closedNote(on: day("2026-12-24"), language: .english) == "Closed: Christmas Eve")
        #expect(DanishHolidays.closedNote(on: day("2026-12-23"), language: .danish) == nil)
    }

    @Test(
        "5 June that is also Whit Sunday or Whit Monday shows both names",
        arguments: [
            ("2022-06-05", "Pinsedag"), ("2028-06-05", "2. pinsedag"), ("2033-06-05", "Pinsedag"),
        ])
    func twoOnOneDay(_ text: String, _ whit: String) {
        let both = DanishHolidays.holidays(on: day(text))
        #expect(both.count == 2)
        #expect(both.last == .constitutionDay)
        #expect(
            DanishHolidays.closedNote(on: day(text), language: .danish) == "Helligdag: \(whit) · Lukket: Grundlovsdag")
        #expect(DanishHolidays.name(of: day(text), language: .danish) == "\(whit) og Grundlovsdag")
    }

    @Test func oneOnAnOrdinaryFifthOfJune() {
        #expect(DanishHolidays.holidays(on: day("2027-06-05")) == [.constitutionDay])
    }
}
