import Testing

@testable import DepotCore

extension DepositsTests {
    @Suite struct LedgerTests {
        private func day(_ text: String) -> Day { Day(text)! }
        private let barcode = DeskFixtures.barcode
        private let season = Season(startYear: 2026)

        /// Solsikken: 4 items out 2 September, back 9 December (7 days late) with item 2 lost, item 3 damaged and
        /// item 4 kept back. Kolind Skole: 4 items out 1 September, back 12 January (42 days late, fine capped at
        /// 150 kr.) with item 6 (160 kr.) lost. Dagplejen: 2 items out 1 October, due 4 January, still out.
        private func library() throws -> LibraryData {
            var data = DeskFixtures.library()
            try Desk.dispatch(crates: ["K001"], to: "P001", on: day("2026-09-02"), in: &data)
            try Desk.dispatch(crates: ["K002"], to: "P002", on: day("2026-09-01"), in: &data)
            try Desk.dispatch(crates: ["K003"], to: "P003", on: day("2026-10-01"), in: &data)
            try Desk.exchange(
                partner: "P001", newCrates: [], on: day("2026-12-09"),
                missing: [barcode(2): .lost, barcode(4): .stillAtPartner], damaged: [barcode(3)], in: &data)
            try Desk.exchange(
                partner: "P002", newCrates: [], on: day("2027-01-12"), missing: [barcode(6): .lost], in: &data)
            return data
        }

        @Test func ledgerSumsItemsAndMoneyPerPartner() throws {
            let rows = Ledger.build(data: try library(), season: season, today: day("2027-01-15"))
            #expect(rows.map(\.partnerName) == ["Børnehuset Solsikken", "Dagplejen Rønde", "Kolind Skole", ""])
            let solsikken = rows[0]
            #expect(solsikken.partnerID == "P001")
            #expect(
                [
                    solsikken.deposits, solsikken.itemsLent, solsikken.returned, solsikken.lost, solsikken.damaged,
                    solsikken.stillAtPartner,
                ] == [1, 4, 2, 1, 1, 1])
            #expect(solsikken.waived == Money(kroner: 35 + 120))
            #expect(solsikken.charged == .zero)
            let dagplejen = rows[1]
            #expect([dagplejen.itemsLent, dagplejen.returned, dagplejen.stillAtPartner] == [2, 0, 2])
            #expect(dagplejen.waived == Money(kroner: 55))
            let school = rows[2]
            #expect([school.itemsLent, school.returned, school.lost, school.stillAtPartner] == [4, 3, 1, 0])
            #expect(school.charged == Money(kroner: 150 + 160))
            #expect(school.waived == .zero)
        }

        @Test func ledgerTotalsRowAddsUpTheRows() throws {
            let rows = Ledger.build(data: try library(), season: season, today: day("2027-01-15"))
            let total = try #require(rows.last)
            #expect(total.isTotal && total.partnerID == nil)
            #expect(rows.dropLast().allSatisfy { !$0.isTotal })
            #expect(
                [total.deposits, total.itemsLent, total.returned, total.lost, total.damaged, total.stillAtPartner]
                    == [3, 10, 5, 2, 1, 3])
            #expect(total.waived == Money(kroner: 210))
            #expect(total.charged == Money(kroner: 310))
        }

        @Test func ledgerForOnePartnerHasItsRowAndTotals() throws {
            let rows = Ledger.build(data: try library(), season: season, partner: "P002", today: day("2027-01-15"))
            #expect(rows.count == 2)
            #expect(rows[0].partnerID == "P002")
            #expect(rows[1].charged == rows[0].charged && rows[1].itemsLent == rows[0].itemsLent)
        }

        @Test func seasonMembershipFollowsTheDayTheDepositWasMade() throws {
            var data = DeskFixtures.library()
            // Made on 29 July 2026 (season 2025/26), back in September (season 2026/27).
            try Desk.dispatch(crates: ["K001"], to: "P001", on: day("2026-07-29"), in: &data)
            try Desk.exchange(partner: "P001", newCrates: ["K002"], on: day("2026-09-02"), in: &data)
            let old = Ledger.build(data: data, season: Season(startYear: 2025), today: day("2026-09-03"))
            let new = Ledger.build(data: data, season: season, today: day("2026-09-03"))
            #expect(old.first?.itemsLent == 4 && old.first?.returned == 4)
            #expect(new.first?.itemsLent == 4 && new.first?.stillAtPartner == 4)
            #expect(Ledger.build(data: data, season: Season(startYear: 2024), today: day("2026-09-03")).count == 1)
        }

        @Test func ledgerOfTheSampleLibraryBalances() {
            let data = LibraryGenerator(scale: .sample).generate()
            let today = Day(year: 2026, month: 11, day: 23)!
            for season in [Season(startYear: 2025), Season(startYear: 2026)] {
                let rows = Ledger.build(data: data, season: season, today: today)
                var sum = LedgerRow(partnerID: nil, partnerName: "")
                for row in rows.dropLast() {
                    #expect(row.itemsLent == row.returned + row.lost + row.stillAtPartner, "\(row.partnerName)")
                    #expect(row.damaged <= row.returned)
                    sum.add(row)
                }
                #expect(rows.last == sum)
                #expect(rows.count > 10)
            }
            let current = Ledger.build(data: data, season: Season(startYear: 2026), today: today)
            #expect(current.last!.waived > .zero)
            #expect(current.last!.lost > 0)
        }
    }
}
