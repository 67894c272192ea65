import Testing

@testable import DepotCore

extension DepositsTests {
    @Suite struct DueDatesTests {
        let data = DeskFixtures.library()
        private func day(_ text: String) -> Day { Day(text)! }
        private func partner(_ id: Partner.ID) -> Partner { data.partners.first { $0.id == id }! }

        private func propose(_ partner: Partner.ID, _ dispatched: String) -> Day {
            DueDates.propose(for: self.partner(partner), dispatchedOn: day(dispatched), settings: data.settings)
        }

        @Test func dueDateOnAWeekendMovesToMonday() {
            // Friday 7 August + 3 months = Saturday 7 November: Dagplejen has no route, so the next working day.
            #expect(propose("P003", "2026-08-07") == day("2026-11-09"))
        }

        @Test func dueDateOnAHolidayMovesToTheNextWorkingDay() {
            // Thursday 5 March + 3 months = Friday 5 June, Constitution Day.
            #expect(propose("P003", "2026-03-05") == day("2026-06-08"))
        }

        @Test func dueDateMovesToTheRoutesWeekday() {
            // Tuesday 1 September + 3 months = Tuesday 1 December; the Mols van comes on Wednesdays.
            #expect(propose("P001", "2026-09-01") == day("2026-12-02"))
            // A day that is already a route day stays.
            #expect(propose("P001", "2026-09-02") == day("2026-12-02"))
        }

        @Test func dueDateInASummerClosureMovesToTheFirstRouteDayAfterIt() {
            // Tuesday 13 April 2027 + 3 months = Tuesday 13 July, inside Solsikken's closure 12–30 July.
            #expect(propose("P001", "2027-04-13") == day("2027-08-04"))
        }

        @Test func dueDateAtYearEndSkipsChristmasEveAndNewYearsEve() {
            // Wednesday 24 September 2025 + 3 months = Wednesday 24 December (holiday); Wednesday 31 December is
            // New Year's Eve: the first Mols day is 7 January.
            #expect(propose("P001", "2025-09-24") == day("2026-01-07"))
            // Without a route: Thursday 1 October + 3 months = New Year's Day, a Friday: Monday 4 January.
            #expect(propose("P003", "2026-10-01") == day("2027-01-04"))
        }

        @Test func partnersOwnLoanPeriodAndKindAreUsed() {
            var library = partner("P003")
            library.depositKind = .kindergartenLibrary
            #expect(
                DueDates.propose(for: library, dispatchedOn: day("2026-09-01"), settings: data.settings)
                    == day("2027-09-01"))
            var short = partner("P003")
            short.loanPeriod = .weeks(4)
            #expect(
                DueDates.propose(for: short, dispatchedOn: day("2026-09-01"), settings: data.settings)
                    == day("2026-09-29"))
        }

        @Test func partnerWithAnUnknownRouteGetsTheNextWorkingDay() {
            var lost = partner("P001")
            lost.routeID = "gone"
            #expect(DueDates.deliveryWeekdays(of: lost, settings: data.settings).count == 5)
            #expect(
                DueDates.propose(for: lost, dispatchedOn: day("2026-09-01"), settings: data.settings)
                    == day("2026-12-01"))
        }
    }
}
