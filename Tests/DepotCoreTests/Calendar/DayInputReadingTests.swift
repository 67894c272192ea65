import Testing

@testable import DepotCore

@Suite("A day read back from today")
struct DayInputReadingTests {
    private let today = Day(year: 2026, month: 12, day: 3)!

    private func back(_ text: String) -> Day? { try? DayInput.parse(text, today: today, reading: .back).get() }
    private func ahead(_ text: String) -> Day? { try? DayInput.parse(text, today: today).get() }

    @Test("a day and month without a year is the last one up to today when read back, the next one when read ahead")
    func dayAndMonth() {
        #expect(back("2/12") == Day(year: 2026, month: 12, day: 2))
        #expect(ahead("2/12") == Day(year: 2027, month: 12, day: 2))
        #expect(back("3.12") == today && ahead("3.12") == today)
        #expect(back("24/12") == Day(year: 2025, month: 12, day: 24))
        #expect(ahead("24/12") == Day(year: 2026, month: 12, day: 24))
        // A year written is the year written, either way.
        #expect(back("24/12/2026") == Day(year: 2026, month: 12, day: 24))
        // 29 February only in a leap year: none in 2026 or 2025 to look back to.
        #expect(back("29/2") == nil)
    }

    @Test("a week without a year is this year's up to today's week, else last year's; i går is yesterday")
    func weeksAndWords() {
        #expect(back("uge 47") == ISOWeek(year: 2026, week: 47)!.monday)
        #expect(back("uge 50") == ISOWeek(year: 2025, week: 50)!.monday)
        #expect(ahead("uge 50") == ISOWeek(year: 2026, week: 50)!.monday)
        #expect(back("i går") == Day(year: 2026, month: 12, day: 2))
        #expect(back("yesterday") == Day(year: 2026, month: 12, day: 2))
        #expect(back("i dag") == today)
    }
}
