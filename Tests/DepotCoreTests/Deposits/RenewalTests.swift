import Testing

@testable import DepotCore

extension DepositsTests {
    @Suite struct RenewalTests {
        private func day(_ text: String) -> Day { Day(text)! }
        private let deposit: Deposit.ID = "D2026-0001"

        @Test func renewalExtendsByOneLoanPeriodToARouteDay() throws {
            var data = try DeskFixtures.withSolsikkenDeposit()
            let change = try Desk.renew(deposit: deposit, in: &data)
            // Due Wednesday 2 December + 3 months = Tuesday 2 March: the Mols van comes Wednesday 3 March.
            #expect(data.deposits[0].dueOn == day("2027-03-03"))
            #expect(data.deposits[0].renewals == 1)
            #expect(change.touched == [.deposits(Season(startYear: 2026))])
            #expect(change.deposits == [deposit])
            DeskFixtures.expectConsistent(data)
        }

        @Test func renewalToAGivenDay() throws {
            var data = try DeskFixtures.withSolsikkenDeposit()
            try Desk.renew(deposit: deposit, to: day("2027-01-13"), in: &data)
            #expect(data.deposits[0].dueOn == day("2027-01-13"))
        }

        @Test func renewalIsRefusedAfterTheLimit() throws {
            var data = try DeskFixtures.withSolsikkenDeposit()
            #expect(data.settings.renewalLimit == 2)
            try Desk.renew(deposit: deposit, in: &data)
            try Desk.renew(deposit: deposit, in: &data)
            #expect(!Desk.canRenew(data.deposits[0], settings: data.settings))
            let before = data
            let error = #expect(throws: DeskError.self) { try Desk.renew(deposit: deposit, in: &data) }
            #expect(error == .renewalLimitReached(deposit, limit: 2))
            #expect(
                error?.description
                    == "Deposit D2026-0001 has been renewed 2 times, the most allowed; it cannot be renewed again.")
            #expect(error?.localizedDescription(.danish).hasPrefix("Depot D2026-0001 er forlænget 2 gange") == true)
            #expect(data == before)
        }

        @Test func renewalToADayNotAfterTheDueDateIsRefused() throws {
            var data = try DeskFixtures.withSolsikkenDeposit()
            #expect(throws: DeskError.dueDateNotLater(deposit, current: day("2026-12-02"))) {
                try Desk.renew(deposit: deposit, to: day("2026-11-30"), in: &data)
            }
        }

        @Test func returnedDepositCannotBeRenewed() throws {
            var data = try DeskFixtures.withSolsikkenDeposit()
            try Desk.exchange(partner: "P001", newCrates: [], on: day("2026-12-02"), in: &data)
            #expect(throws: DeskError.depositReturned(deposit, on: day("2026-12-02"))) {
                try Desk.renew(deposit: deposit, in: &data)
            }
        }
    }
}
