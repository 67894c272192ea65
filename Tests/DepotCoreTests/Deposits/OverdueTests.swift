import Testing

@testable import DepotCore

extension DepositsTests {
    /// Deposit states and overdue days over summer closures and New Year.
    @Suite struct OverdueTests {
        private func day(_ text: String) -> Day { Day(text)! }

        @Test func depositDueAfterASummerClosureIsNotOverdueDuringIt() throws {
            var data = DeskFixtures.library()
            try Desk.dispatch(crates: ["K001"], to: "P001", on: day("2027-04-13"), in: &data)
            let deposit = data.deposits[0]
            #expect(deposit.dueOn == day("2027-08-04"))
            let soon = data.settings.dueSoonDays
            #expect(deposit.status(on: day("2027-07-20"), dueSoonDays: soon) == .out)
            #expect(deposit.status(on: day("2027-07-25"), dueSoonDays: soon) == .dueSoon)
            #expect(deposit.status(on: day("2027-08-04"), dueSoonDays: soon) == .dueSoon)
            #expect(deposit.status(on: day("2027-08-05"), dueSoonDays: soon) == .overdue)
            #expect(FineAssessment.overdueDays(of: deposit, today: day("2027-08-05")) == 1)
        }

        @Test func depositDueBeforeAClosureStaysOverdueThroughIt() throws {
            var data = DeskFixtures.library()
            try Desk.dispatch(crates: ["K001"], to: "P001", on: day("2027-04-07"), dueOn: day("2027-07-07"), in: &data)
            let deposit = data.deposits[0]
            #expect(deposit.status(on: day("2027-07-20"), dueSoonDays: 14) == .overdue)
            #expect(FineAssessment.overdueDays(of: deposit, today: day("2027-07-20")) == 13)
        }

        @Test func overdueDaysCountAcrossTheYearEnd() throws {
            var data = DeskFixtures.library()
            try Desk.dispatch(crates: ["K002"], to: "P002", on: day("2026-09-29"), dueOn: day("2026-12-29"), in: &data)
            let deposit = data.deposits[0]
            #expect(deposit.id == "D2026-0001")
            #expect(deposit.status(on: day("2026-12-29"), dueSoonDays: 14) == .dueSoon)
            #expect(deposit.status(on: day("2027-01-05"), dueSoonDays: 14) == .overdue)
            let assessment = FineAssessment.assess(deposit, in: data, today: day("2027-01-05"))
            #expect(assessment.overdueDays == 7)
            #expect(assessment.charged == Money(kroner: 35))
        }

        @Test func returnedDepositStopsCountingOnTheReturnDay() throws {
            var data = DeskFixtures.library()
            try Desk.dispatch(crates: ["K002"], to: "P002", on: day("2026-09-29"), dueOn: day("2026-12-29"), in: &data)
            try Desk.exchange(partner: "P002", newCrates: [], on: day("2027-01-05"), in: &data)
            let deposit = data.deposits[0]
            #expect(deposit.status(on: day("2027-03-01"), dueSoonDays: 14) == .returned)
            #expect(FineAssessment.overdueDays(of: deposit, today: day("2027-03-01")) == 7)
        }
    }
}
