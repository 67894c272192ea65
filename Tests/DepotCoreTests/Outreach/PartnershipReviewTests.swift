import Foundation
import Testing

@testable import DepotCore

/// Partnership reviews: the agreement, the figures at review, the decision (issue 20).
@Suite struct PartnershipReviewTests {
    private func day(_ text: String) -> Day { Day(text)! }
    private let today = Day("2026-12-03")!

    /// Solsikken (P001, exempt) got K001 (items 1–4) on 2 September 2026, due 2 December; it came home on
    /// 2 December with item 3 lost (130 kr. waived).
    private func library() throws -> LibraryData {
        var data = try DeskFixtures.withSolsikkenDeposit()
        data.staff = [
            StaffMember(
                id: "S01", name: "Lone Kjær", affiliation: .init(kind: .publicLibrary, institution: "Rønde Bibliotek"),
                role: "børnebibliotekar")
        ]
        data.deposits[0].returnedOn = day("2026-12-02")
        data.deposits[0].exceptions = [
            Deposit.Exception(barcode: DeskFixtures.barcode(3), kind: .lost, recordedOn: day("2026-12-02"))
        ]
        try Outreach.agree(
            "P001",
            PartnershipAgreement(
                agreedOn: day("2026-08-15"), loanPeriod: .months(3), themes: ["dyr"], ageGroups: [.preschool],
                readingVisits: 2, reviewOn: day("2026-12-01")), today: today, in: &data)
        return data
    }

    @Test func theAgreementIsKeptAndItsReviewIsDue() throws {
        let data = try library()
        let partner = data.partners[0]
        #expect(partner.partnership?.agreement?.themes == ["dyr"] && partner.loanPeriod == .months(3))
        #expect(partner.nextReview == day("2026-12-01"))
        #expect(Outreach.reviewsDue(until: today, in: data).map(\.partner.id) == ["P001"])
        #expect(Outreach.reviewsDue(until: day("2026-11-30"), in: data).isEmpty)
        let encoded = try JSONEncoder().encode(partner)
        #expect(try JSONDecoder().decode(Partner.self, from: encoded) == partner)
    }

    @Test func aReviewKeepsTheFiguresTheViewAndTheDecision() throws {
        var data = try library()
        let review = try Outreach.review(
            "P001", on: day("2026-12-03"), by: "S01", view: "Børnene elsker dyrebøgerne", decision: .continue,
            today: today, in: &data)
        #expect(review.figures.from == day("2026-08-15") && review.figures.to == day("2026-12-03"))
        #expect(review.figures.deposits == 1 && review.figures.booksLent == 4 && review.figures.booksLost == 1)
        #expect(review.figures.waived == DeskFixtures.price(3))
        #expect(review.figures.exchangesMade == 1 && review.figures.exchangesMissed == 0)
        #expect(review.nextReviewOn == day("2027-12-03"))
        #expect(data.partners[0].nextReview == day("2027-12-03") && data.partners[0].isActive)
        #expect(Outreach.reviewsDue(until: today, in: data).isEmpty)
        DeskFixtures.expectConsistent(data)
    }

    @Test func endingAtAReviewEndsThePartnership() throws {
        var data = try library()
        try Outreach.review(
            "P001", on: day("2026-12-02"), by: "S01", view: "Vi har ikke tid", decision: .end, today: today, in: &data)
        #expect(data.partners[0].endedOn == day("2026-12-02") && data.partners[0].partnershipState == .ended)
        #expect(data.partners[0].nextReview == nil)
    }

    @Test func aReviewWithoutADayADecisionOrAViewIsRefusedAtItsField() throws {
        let data = try library()
        func field(
            on: Day?, decision: ReviewDecision?, view: String = "Fint", note: String? = nil, next: Day? = nil,
            partner: Partner.ID = "P001"
        ) -> Outreach.Field? {
            var copy = data
            do {
                try Outreach.review(
                    partner, on: on, by: "S01", view: view, decision: decision, note: note, next: next, today: today,
                    in: &copy)
                return nil
            } catch {
                #expect(copy == data)
                return error.field
            }
        }
        #expect(field(on: nil, decision: .continue) == .day)
        #expect(field(on: today, decision: nil) == .decision)
        #expect(field(on: today, decision: .continue, view: "  ") == .view)
        #expect(field(on: today.adding(days: 1), decision: .continue) == .day)
        #expect(field(on: day("2026-08-01"), decision: .continue) == .day)
        #expect(field(on: today, decision: .change) == .note)
        #expect(field(on: today, decision: .continue, next: today) == .next)
        #expect(field(on: today, decision: .continue, partner: "P002") == .partner)
        #expect(field(on: today, decision: .change, note: "Flere dyrebøger") == nil)
    }

    @Test func anAgreementIsCheckedBeforeItIsKept() throws {
        var data = try library()
        #expect(throws: Outreach.Refusal(.reviewOn, .notAfter(day("2026-08-01"), day("2026-08-15")))) {
            try Outreach.agree(
                "P002", PartnershipAgreement(agreedOn: day("2026-08-15"), reviewOn: day("2026-08-01")), today: today,
                in: &data)
        }
        #expect(throws: Outreach.Refusal(.day, .inTheFuture(day("2026-12-04"), today: today))) {
            try Outreach.agree(
                "P002", PartnershipAgreement(agreedOn: day("2026-12-04"), reviewOn: day("2027-12-04")), today: today,
                in: &data)
        }
        #expect(data.partners[1].partnership == nil)
    }

    @Test func theReviewTextShowsTheAgreementFiguresAndReviews() throws {
        var data = try library()
        try Outreach.review(
            "P001", on: day("2026-12-03"), by: "S01", view: "Børnene elsker dyrebøgerne", decision: .continue,
            today: today, in: &data)
        let text = Outreach.reviewText(data.partners[0], in: data, today: today, language: .danish)
        #expect(text.contains("Aftalt 15. august 2026, evalueres 1. december 2026"))
        #expect(text.contains("Lone Kjær: fortsætte – børnehaven: Børnene elsker dyrebøgerne"))
        let flat = text.replacingOccurrences(of: "\n", with: " ").split(separator: " ").joined(separator: " ")
        #expect(flat.contains("depoter 1, materialer udlånt 4, tabt 1, frafaldet 130,00 kr."))
        #expect(flat.contains("udskiftninger gennemført 1, udeblevet 0"))
        #expect(text.contains("Næste evaluering: 3. december 2027"))
        #expect(text.split(separator: "\n").allSatisfy { $0.count <= 80 })
    }
}
