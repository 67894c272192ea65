import Foundation
import Testing

@testable import DepotCore

@Suite("Exchange: export")
struct ExchangeExportTests {
    private func jsonObjects(_ text: String) throws -> [[String: Any]] {
        try #require(JSONSerialization.jsonObject(with: Data(text.utf8)) as? [[String: Any]])
    }

    @Test func anItemExportImportsBackUnchanged() throws {
        var data = Fixtures.library()
        data.items[0].title = "Bamse, \"den store\"\nog lille"
        data.items[1].theme = "Dyr; vilde"
        for format in [CSVFormat.standard, .excel] {
            let text = Export.items(data).csv(format: format)
            let table = try CSVTable.read(text)
            #expect(table.separator == format.separator)
            #expect(table.problems.isEmpty)
            let plan = try ItemImport.plan(table, items: data.items)
            #expect(plan.unchanged.count == data.items.count)
            #expect(plan.new.isEmpty && plan.changed.isEmpty && plan.badRows.isEmpty)
        }
    }

    @Test func anItemExportIntoAnEmptyCatalogueRebuildsIt() throws {
        var data = Fixtures.library()
        let table = try CSVTable.read(Export.items(data).csv(format: .excel))
        let plan = try ItemImport.plan(table, items: [])
        let expected = data.items.map { item in
            var copy = item
            copy.status = .available  // an import never sets a status
            return copy
        }
        data.items = []
        try plan.apply(to: &data)
        #expect(data.items.array == expected)
    }

    @Test func itemsHaveDepotsColumnsWithTheirCrate() throws {
        let table = Export.items(Fixtures.library())
        #expect(
            table.columns == ["barcode", "title", "author", "ageBand", "theme", "format", "price", "status", "crate"])
        #expect(
            table.rows[0] == [
                .text("5000000000001"), .text("Bamse og æblet 1"), .none, .text("3-6"), .text("Dyr"),
                .text("pictureBook"), .amount(Money(kroner: 199, øre: 95)), .text("available"), .text("K001"),
            ])
        let csv = table.csv().split(separator: "\r\n")
        #expect(csv[1] == "5000000000001,Bamse og æblet 1,,3-6,Dyr,pictureBook,199.95,available,K001")
        #expect(table.csv(format: .excel).contains(";199,95;"))
    }

    @Test func jsonIsAnArrayOfFlatObjectsWithSortedKeys() throws {
        let table = Export.items(Fixtures.library())
        let text = table.json()
        let objects = try jsonObjects(text)
        #expect(objects.count == 6)
        #expect(objects[0]["price"] as? String == "199.95")
        #expect(objects[0]["author"] is NSNull)
        #expect(objects[1]["author"] as? String == "Kirsten Ø. Holm")
        // Keys in the order JSONEncoder's .sortedKeys gives, on every line: two runs and two tools agree.
        for line in text.split(separator: "\n").dropFirst().dropLast() {
            let positions = table.columns.sorted().map { try? #require(line.range(of: "\"\($0)\":")).lowerBound }
            #expect(positions.allSatisfy { $0 != nil })
            #expect(positions.compactMap { $0 } == positions.compactMap { $0 }.sorted())
        }
        #expect(table.columns != table.columns.sorted(), "the test needs columns that are not sorted already")
    }

    @Test func jsonAndCSVCarryTheSameValues() throws {
        let table = Export.deposits(Fixtures.library(), today: Fixtures.today)
        let objects = try jsonObjects(table.json())
        let csv = try CSVTable.read(table.csv())
        #expect(csv.header == table.columns)
        #expect(objects.count == csv.rows.count)
        for (object, row) in zip(objects, csv.rows) {
            for (index, column) in table.columns.enumerated() {
                let value = object[column]
                let text: String
                switch value {
                case let number as NSNumber: text = number.stringValue
                case let string as String: text = string
                default: text = ""
                }
                #expect(text == row.fields[index], "\(column)")
            }
        }
    }

    @Test func depositsHaveStatusAndCountsOnTheDay() throws {
        let table = Export.deposits(Fixtures.library(), today: Fixtures.day("2026-12-10"))
        let objects = try jsonObjects(table.json())
        #expect(objects.map { $0["id"] as? String } == ["D2025-0001", "D2026-0001"])
        let open = objects[1]
        #expect(open["status"] as? String == "overdue")
        #expect(open["daysOverdue"] as? Int == 8)
        #expect(open["dueOn"] as? String == "2026-12-02")
        #expect(open["returnedOn"] is NSNull)
        #expect(open["crates"] as? String == "K001")
        #expect(open["items"] as? Int == 3)
        #expect(open["season"] as? String == "2026/27")
        #expect(objects[0]["lost"] as? Int == 1)
        let oneSeason = Export.deposits(Fixtures.library(), season: Season(startYear: 2025), today: Fixtures.today)
        #expect(oneSeason.rows.count == 1)
    }

    @Test func theLedgerKeepsItsTotalsApartFromTheRows() throws {
        let data = Fixtures.library()
        let season = Season(startYear: 2025)
        let rows = Ledger.build(data: data, season: season, today: Fixtures.today)
        let table = Export.ledger(rows, season: season)
        let document = try #require(
            JSONSerialization.jsonObject(with: Data(table.json().utf8)) as? [String: Any])
        #expect(document.keys.sorted() == ["rows", "totals"])
        let partners = try #require(document["rows"] as? [[String: Any]])
        let totals = try #require(document["totals"] as? [String: Any])
        #expect(partners.count == rows.count - 1)
        #expect(partners.allSatisfy { !($0["partnerID"] is NSNull) })
        #expect(totals["partner"] as? String == "Total")
        #expect(totals["partnerID"] is NSNull)
        #expect(totals["waived"] as? String == rows.last!.waived.description)
        // Summing the rows gives the totals, not twice them.
        for key in ["deposits", "itemsLent", "returned", "lost", "stillAtPartner"] {
            #expect(partners.compactMap { $0[key] as? Int }.reduce(0, +) == totals[key] as? Int, "\(key)")
        }
        // CSV keeps the totals as its last line.
        let csv = try CSVTable.read(table.csv())
        #expect(csv.rows.count == rows.count)
        #expect(csv.rows.last?.fields[2] == "Total")
    }

    @Test func jsonStringsAreEscaped() throws {
        let tricky = "quote \" backslash \\ newline \n tab \t bell \u{07} æøå"
        let table = ExportTable(
            columns: ["text", "n", "day", "none"],
            rows: [
                [.text(tricky), .number(-3), .day(Fixtures.today), .none]
            ])
        let objects = try jsonObjects(table.json())
        #expect(objects[0]["text"] as? String == tricky)
        #expect(objects[0]["n"] as? Int == -3)
        #expect(objects[0]["day"] as? String == "2026-11-23")
        #expect(ExportTable(columns: ["a"]).json() == "[]\n")
    }
}

@Suite("Exchange: due lists and partner look-up")
struct ExchangeDueListTests {
    @Test func overdueListsDepositsPastTheirDueDate() {
        let data = Fixtures.library()
        #expect(DueList.overdue(data: data, today: Fixtures.today).isEmpty)
        let late = DueList.overdue(data: data, today: Fixtures.day("2026-12-10"))
        #expect(late.map(\.deposit.id) == ["D2026-0001"])
        #expect(late[0].days == 8)
        #expect(late[0].partnerName == "Børnehuset Solsikken")
        #expect(late[0].routeName == "Mols")
    }

    @Test func dueListsDepositsDueWithinThePeriod() {
        let data = Fixtures.library()
        #expect(DueList.due(data: data, today: Fixtures.today, within: .days(8)).isEmpty)
        let soon = DueList.due(data: data, today: Fixtures.today, within: .days(9))
        #expect(soon.map(\.deposit.id) == ["D2026-0001"])
        #expect(soon[0].days == 9)
        #expect(DueList.due(data: data, today: Fixtures.day("2026-12-02"), within: .days(0)).map(\.days) == [0])
        #expect(DueList.due(data: data, today: Fixtures.day("2026-12-03"), within: .months(1)).isEmpty)
    }

    @Test func partnersAreFoundByIdNameOrPartOfTheName() throws {
        let partners = Fixtures.library().partners
        #expect(try PartnerLookup.find("P002", in: partners).get().name == "Kolind Skole")
        #expect(try PartnerLookup.find("p001", in: partners).get().id == "P001")
        #expect(try PartnerLookup.find("solsikken", in: partners).get().id == "P001")
        #expect(try PartnerLookup.find("Boernehuset", in: partners).get().id == "P001")
        #expect(throws: PartnerLookup.Failure.none("Violen")) { try PartnerLookup.find("Violen", in: partners).get() }
        #expect(throws: PartnerLookup.Failure.self) { try PartnerLookup.find("o", in: partners).get() }
    }

    @Test func textTablesAlignColumns() {
        let table = TextTable(
            columns: [.init("Partner"), .init("Days", .right)],
            rows: [["Æblehaven", "5"], ["B", "12"], ["Total", "17"]])
        #expect(
            table.text(ruleBeforeLast: true) == """
                Partner    Days
                Æblehaven     5
                B            12
                ---------------
                Total        17

                """)
    }
}
