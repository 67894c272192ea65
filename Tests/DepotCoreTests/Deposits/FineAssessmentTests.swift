import Testing

@testable import DepotCore

extension DepositsTests {
    @Suite struct FineAssessmentTests {
        private func day(_ text: String) -> Day { Day(text)! }
        private let barcode = DeskFixtures.barcode

        private let charged = FinePolicy(
            mode: .charged, finePerOverdueDay: Money(kroner: 5), fineCap: Money(kroner: 150))

        private func deposit(due: String, returned: String? = nil, exceptions: [Deposit.Exception] = []) -> Deposit {
            Deposit(
                id: "D2026-0009", partnerID: "P002", kind: .deposit, crateIDs: ["K001"],
                itemBarcodes: (1...4).map(barcode),
                createdOn: day("2026-09-01"), dispatchedOn: day("2026-09-01"), dueOn: day(due),
                returnedOn: returned.map(day), exceptions: exceptions)
        }

        private func assess(_ deposit: Deposit, _ policy: FinePolicy, today: String) -> FineAssessment {
            FineAssessment(deposit: deposit, policy: policy, today: day(today)) { id in
                (1...12).first { barcode($0) == id }.map(DeskFixtures.price)
            }
        }

        @Test func chargedPartnerPaysFinePerOverdueDay() {
            let assessment = assess(deposit(due: "2026-12-01"), charged, today: "2026-12-11")
            #expect(assessment.overdueDays == 10)
            #expect(assessment.fine == Money(kroner: 50))
            #expect(assessment.charged == Money(kroner: 50))
            #expect(assessment.waived == .zero)
        }

        @Test func fineStopsAtTheCap() {
            let assessment = assess(deposit(due: "2026-12-01"), charged, today: "2027-01-20")
            #expect(assessment.overdueDays == 50)
            #expect(assessment.fine == Money(kroner: 150))
        }

        @Test func exemptPartnerHasFineAndReplacementWaived() {
            let lost = Deposit.Exception(barcode: barcode(3), kind: .lost, recordedOn: day("2026-12-08"))
            let exempt = FinePolicy.exempt(usualRates: charged)
            let assessment = assess(
                deposit(due: "2026-12-01", returned: "2026-12-08", exceptions: [lost]), exempt, today: "2027-02-01")
            #expect(assessment.overdueDays == 7)
            #expect(assessment.fine == Money(kroner: 35))
            #expect(assessment.replacement == Money(kroner: 130))
            #expect(assessment.waived == Money(kroner: 165))
            #expect(assessment.charged == .zero)
        }

        @Test func lostItemsAreChargedAtTheirPrice() {
            let exceptions = [
                Deposit.Exception(barcode: barcode(1), kind: .lost, recordedOn: day("2026-12-01")),
                Deposit.Exception(barcode: barcode(4), kind: .lost, recordedOn: day("2026-12-01")),
                Deposit.Exception(barcode: barcode(2), kind: .damaged, recordedOn: day("2026-12-01")),
            ]
            let assessment = assess(
                deposit(due: "2026-12-01", returned: "2026-12-01", exceptions: exceptions), charged, today: "2027-01-01"
            )
            #expect(assessment.fine == .zero)
            #expect(assessment.lostItems == [barcode(1), barcode(4)])
            #expect(assessment.replacement == Money(kroner: 110) + Money(kroner: 140))
            #expect(assessment.charged == Money(kroner: 250))
        }

        @Test func foundItemsAreNotCharged() {
            let exceptions = [
                Deposit.Exception(barcode: barcode(1), kind: .lost, recordedOn: day("2026-12-01")),
                Deposit.Exception(barcode: barcode(1), kind: .found, recordedOn: day("2027-01-10")),
            ]
            let assessment = assess(
                deposit(due: "2026-12-01", returned: "2026-12-01", exceptions: exceptions), charged, today: "2027-02-01"
            )
            #expect(assessment.lostItems.isEmpty)
            #expect(assessment.replacement == .zero)
            #expect(assessment.charged == .zero)
        }

        @Test func amountsAreExactInØre() {
            let odd = FinePolicy(
                mode: .charged, finePerOverdueDay: Money(kroner: 2, øre: 35), fineCap: Money(kroner: 20))
            let assessment = assess(deposit(due: "2026-12-01"), odd, today: "2026-12-04")
            #expect(assessment.fine == Money(minorUnits: 705))
            #expect(assess(deposit(due: "2026-12-01"), odd, today: "2026-12-31").fine == Money(kroner: 20))
        }

        @Test func depositNotSentOrNotDueCostsNothing() {
            var packed = deposit(due: "2026-12-01")
            packed.dispatchedOn = nil
            #expect(assess(packed, charged, today: "2027-01-01").total == .zero)
            #expect(assess(deposit(due: "2026-12-01"), charged, today: "2026-12-01").overdueDays == 0)
        }

        @Test func partnerPolicyDecidesExemptOrCharged() throws {
            var data = DeskFixtures.library()
            try Desk.dispatch(crates: ["K001"], to: "P001", on: day("2026-09-02"), in: &data)
            try Desk.dispatch(crates: ["K002"], to: "P002", on: day("2026-09-01"), in: &data)
            let today = day("2026-12-11")
            let kindergarten = FineAssessment.assess(data.deposits[0], in: data, today: today)
            let school = FineAssessment.assess(data.deposits[1], in: data, today: today)
            #expect(kindergarten.mode == .exempt && kindergarten.waived == Money(kroner: 45))
            #expect(school.mode == .charged && school.charged == Money(kroner: 50))
        }
    }
}
