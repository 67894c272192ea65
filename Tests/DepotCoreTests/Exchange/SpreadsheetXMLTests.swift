import Foundation
import Testing

@testable import DepotCore

@Suite("Exchange: xlsx sheets")
struct SpreadsheetXMLTests {
    private func sheet(_ table: ExportTable) throws -> String {
        let part = try #require(
            SpreadsheetXML.parts(table, sheetName: "items").first { $0.path == "xl/worksheets/sheet1.xml" })
        return String(decoding: part.bytes, as: UTF8.self)
    }

    @Test func barcodesAndAgeBandsAreTextAmountsNumbersDaysDates() throws {
        let table = ExportTable(
            columns: ["barcode", "ageBand", "price", "dueOn", "items", "author"],
            rows: [
                [
                    .text("0012345678905"), .text("3-6"), .amount(Money(kroner: 249, øre: 95)),
                    .day(Fixtures.day("2026-11-23")), .number(30), .none,
                ]
            ])
        let xml = try sheet(table)
        #expect(xml.contains("<c r=\"A2\" t=\"inlineStr\"><is><t xml:space=\"preserve\">0012345678905</t></is></c>"))
        #expect(xml.contains("<c r=\"B2\" t=\"inlineStr\"><is><t xml:space=\"preserve\">3-6</t></is></c>"))
        #expect(xml.contains("<c r=\"C2\" s=\"2\"><v>249.95</v></c>"))
        // 2026-11-23 is day 46349 of a spreadsheet's calendar (1 January 1900 is day 1).
        #expect(xml.contains("<c r=\"D2\" s=\"1\"><v>46349</v></c>"))
        #expect(xml.contains("<c r=\"E2\"><v>30</v></c>"))
        #expect(!xml.contains("r=\"F2\""))
        #expect(xml.contains("<c r=\"A1\" s=\"3\" t=\"inlineStr\">"))
    }

    @Test func theLedgersTotalsAreTheLastRow() throws {
        let table = ExportTable(
            columns: ["partner", "lent"], rows: [[.text("A"), .number(2)]], totals: [.text("Total"), .number(2)])
        let xml = try sheet(table)
        #expect(xml.contains("<row r=\"3\"><c r=\"A3\" t=\"inlineStr\"><is><t xml:space=\"preserve\">Total</t>"))
    }

    @Test func columnNamesAndEscaping() {
        #expect(
            [0, 1, 25, 26, 27, 51, 52, 701, 702].map(SpreadsheetXML.columnName) == [
                "A", "B", "Z", "AA", "AB", "AZ", "BA", "ZZ", "AAA",
            ])
        #expect(
            SpreadsheetXML.escape("Leg & <læs> \"nu\"\u{07}\tx") == "Leg &amp; &lt;læs&gt; &quot;nu&quot;\u{FFFD}\tx")
        #expect(SpreadsheetXML.serial(Day("1970-01-01")!) == 25_569)
    }

    @Test func everyPartIsThereAndTheSheetNameIsClean() throws {
        let parts = SpreadsheetXML.parts(ExportTable(columns: ["a"]), sheetName: "ledger [2026/27]")
        #expect(
            Set(parts.map(\.path)) == [
                "[Content_Types].xml", "_rels/.rels", "xl/workbook.xml", "xl/_rels/workbook.xml.rels", "xl/styles.xml",
                "xl/worksheets/sheet1.xml",
            ])
        let workbook = String(decoding: try #require(parts.first { $0.path == "xl/workbook.xml" }).bytes, as: UTF8.self)
        #expect(workbook.contains("<sheet name=\"ledger 202627\""))
    }
}
