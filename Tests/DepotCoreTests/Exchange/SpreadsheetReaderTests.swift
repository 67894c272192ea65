import Foundation
import Testing

@testable import DepotCore

@Suite("Exchange: reading xlsx")
struct SpreadsheetReaderTests {
    private static let main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"

    /// A workbook as a spreadsheet program writes one: shared strings, a styles part with a date format, and the
    /// sheet in a folder the relations name (not where Depot puts it).
    private static func workbook(sheet rows: String, strings: [String] = [], dateFormat: String = "dd-mm-yyyy")
        -> [String: [UInt8]]
    {
        let rels = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
        let parts: [String: String] = [
            "_rels/.rels":
                "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"rId1\" Type=\"\(rels)/officeDocument\" Target=\"/xl/workbook.xml\"/>"
                + "</Relationships>",
            "xl/workbook.xml":
                "<x:workbook xmlns:x=\"\(main)\" xmlns:r=\"\(rels)\"><x:sheets>"
                + "<x:sheet name=\"Udtræk\" sheetId=\"7\" r:id=\"rId3\"/><x:sheet name=\"To\" sheetId=\"8\" r:id=\"rId4\"/>"
                + "</x:sheets></x:workbook>",
            "xl/_rels/workbook.xml.rels":
                "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"rId4\" Type=\"\(rels)/worksheet\" Target=\"ark/andet.xml\"/>"
                + "<Relationship Id=\"rId3\" Type=\"\(rels)/worksheet\" Target=\"ark/første.xml\"/>"
                + "<Relationship Id=\"rId9\" Type=\"\(rels)/sharedStrings\" Target=\"strenge.xml\"/>"
                + "<Relationship Id=\"rId8\" Type=\"\(rels)/styles\" Target=\"../xl/typer.xml\"/>"
                + "</Relationships>",
            "xl/strenge.xml":
                "<sst xmlns=\"\(main)\">" + strings.map { "<si>\($0)</si>" }.joined() + "</sst>",
            "xl/typer.xml":
                "<styleSheet xmlns=\"\(main)\"><numFmts><numFmt numFmtId=\"170\" formatCode=\"\(dateFormat)\"/>"
                + "<numFmt numFmtId=\"171\" formatCode=\"#,##0.00 &quot;kr.&quot;\"/></numFmts>"
                + "<cellStyleXfs><xf numFmtId=\"14\"/></cellStyleXfs>"
                + "<cellXfs><xf numFmtId=\"0\"/><xf numFmtId=\"170\"/><xf numFmtId=\"171\"/><xf numFmtId=\"14\"/>"
                + "</cellXfs></styleSheet>",
            "xl/ark/første.xml": "<worksheet xmlns=\"\(main)\"><sheetData>\(rows)</sheetData></worksheet>",
            "xl/ark/andet.xml": "<worksheet xmlns=\"\(main)\"><sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\">"
                + "<is><t>ikke denne</t></is></c></row></sheetData></worksheet>",
        ]
        return parts.mapValues { Array($0.utf8) }
    }

    private static func read(_ parts: [String: [UInt8]]) throws(SpreadsheetReader.Failure) -> CSVTable {
        try SpreadsheetReader.table { parts[$0] }
    }

    @Test func anItemExportReadsBackUnchanged() throws {
        var data = Fixtures.library()
        data.items[0].title = "Bamse & <venner> \"store\"\nog lille"
        data.items[1].theme = nil
        data.items[2].barcode = "0012345678905"
        data.items.sort { $0.id < $1.id }
        let parts = SpreadsheetXML.parts(Export.items(data), sheetName: "items")
        let table = try SpreadsheetReader.table { path in parts.first { $0.path == path }?.bytes }
        #expect(table.header == Export.items(data).columns)
        #expect(table.rows.count == data.items.count)
        #expect(table.rows.first?.line == 2)
        let plan = try ItemImport.plan(table, items: data.items)
        #expect(plan.unchanged.count == data.items.count)
        #expect(plan.new.isEmpty && plan.changed.isEmpty && plan.badRows.isEmpty && plan.warnings.isEmpty)
    }

    @Test func cellsKeepTheirKind() throws {
        let rows =
            "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\" t=\"s\"><v>1</v></c>"
            + "<c r=\"C1\" t=\"s\"><v>2</v></c><c r=\"D1\" t=\"s\"><v>3</v></c></row>"
            // Row 2 is left out: rows are numbered as in the sheet. Cell B4 has no reference: it follows A4.
            + "<row r=\"3\"><c r=\"A3\" t=\"s\"><v>4</v></c><c r=\"B3\" t=\"inlineStr\"><is><t>3-6</t></is></c>"
            + "<c r=\"C3\" s=\"2\"><v>249.94999999999999</v></c><c r=\"D3\" s=\"1\"><v>46087</v></c></row>"
            + "<row r=\"4\"><c r=\"A4\"><v>1.2345678905E10</v></c><c t=\"e\"><v>#N/A</v></c>"
            + "<c r=\"C4\" t=\"str\"><f>A4&amp;\"\"</f><v>12345678905</v></c><c r=\"D4\"><f>SUM(C3:C3)</f></c></row>"
            + "<row r=\"5\"><c r=\"A5\" t=\"b\"><v>1</v></c><c r=\"B5\" s=\"3\"><v>46349.5</v></c>"
            + "<c r=\"C5\" t=\"d\"><v>2026-03-06T00:00:00</v></c><c r=\"H5\" t=\"inlineStr\"><is><t>x</t></is></c></row>"
        let strings = [
            "<t>Stregkode</t>", "<r><t>Al</t></r><r><rPr><b/></rPr><t>der</t></r>",
            "<t xml:space=\"preserve\"> Pris </t>",
            "<t>Dato</t>", "<t>0012345678905</t><rPh sb=\"0\" eb=\"1\"><t>fonetisk</t></rPh>",
        ]
        let table = try Self.read(Self.workbook(sheet: rows, strings: strings))
        #expect(table.header == ["Stregkode", "Alder", "Pris", "Dato"])
        #expect(table.headerLine == 1)
        #expect(table.rows.map(\.line) == [3, 4, 5])
        #expect(table.rows[0].fields == ["0012345678905", "3-6", "249.95", "2026-03-06"])
        #expect(table.rows[0].kinds == [.text, .text, .number, .date])
        #expect(table.rows[1].fields == ["12345678905", "#N/A", "12345678905", "=SUM(C3:C3)"])
        #expect(table.rows[1].kinds == [.number, .error, .text, .formula])
        // A column past the header's last name (H) is left out.
        #expect(table.rows[2].fields == ["TRUE", "2026-11-23", "2026-03-06", ""])
        #expect(table.rows[2].kinds == [.boolean, .date, .date, .empty])
    }

    @Test func aNumberBarcodeIsNeverANewItemAndAnAgeBandDateIsABadRow() throws {
        var items = Fixtures.library().items.array
        items.append(
            Item(barcode: "0012345678905", title: "Nul foran", ageBand: .preschool, price: Money(kroner: 100)))
        let existing = items[0]
        let rows =
            "<row r=\"1\">"
            + ["barcode", "title", "ageBand", "price"].enumerated().map { column, name in
                "<c r=\"\(SpreadsheetXML.columnName(column))1\" t=\"inlineStr\"><is><t>\(name)</t></is></c>"
            }.joined() + "</row>"
            + "<row r=\"2\"><c r=\"A2\"><v>12345678905</v></c><c r=\"B2\" t=\"inlineStr\"><is><t>Tabt nul</t></is></c>"
            + "<c r=\"C2\" t=\"inlineStr\"><is><t>3-6</t></is></c><c r=\"D2\"><v>100</v></c></row>"
            + "<row r=\"3\"><c r=\"A3\"><v>9788700000001</v></c><c r=\"B3\" t=\"inlineStr\"><is><t>Ny</t></is></c>"
            + "<c r=\"C3\" t=\"inlineStr\"><is><t>3-6</t></is></c><c r=\"D3\"><v>100</v></c></row>"
            + "<row r=\"4\"><c r=\"A4\"><v>\(existing.barcode)</v></c>"
            + "<c r=\"B4\" t=\"inlineStr\"><is><t>\(existing.title)</t></is></c>"
            + "<c r=\"C4\" t=\"inlineStr\"><is><t>\(existing.ageBand.rawValue)</t></is></c>"
            + "<c r=\"D4\"><v>\(existing.price)</v></c></row>"
            + "<row r=\"5\"><c r=\"A5\" t=\"inlineStr\"><is><t>9788700000002</t></is></c>"
            + "<c r=\"B5\" t=\"inlineStr\"><is><t>Dato</t></is></c><c r=\"C5\" s=\"1\"><v>46087</v></c>"
            + "<c r=\"D5\"><v>100</v></c></row>"
            + "<row r=\"6\"><c r=\"A6\" t=\"inlineStr\"><is><t>9788700000003</t></is></c>"
            + "<c r=\"B6\" t=\"inlineStr\"><is><t>God</t></is></c><c r=\"C6\" t=\"inlineStr\"><is><t>0-3</t></is></c>"
            + "<c r=\"D6\"><v>99.5</v></c></row>"
        let plan = try ItemImport.plan(Self.read(Self.workbook(sheet: rows)), items: items)
        #expect(plan.new.map(\.item.id) == ["9788700000003"])
        #expect(plan.new.first?.item.price == Money(kroner: 99, øre: 50))
        #expect(plan.unchanged == [existing.id])
        #expect(plan.badRows.map(\.line) == [2, 3, 5])
        #expect(plan.badRows[0].message.hasPrefix("column A (\"barcode\"): barcode 12345678905 is 0012345678905 "))
        #expect(plan.badRows[1].message.hasPrefix("column A (\"barcode\"): barcode 9788700000001 is a number cell"))
        #expect(plan.badRows[2].message.hasPrefix("column C (\"ageBand\") holds the date 2026-03-06, not an age band"))
        #expect(plan.warnings.map(\.line) == [4])
        #expect(plan.warnings[0].message.hasPrefix("column A (\"barcode\"): barcode \(existing.id) is a number cell"))
    }

    @Test func theFirstWorksheetIsFoundThroughTheRelations() throws {
        var parts = Self.workbook(sheet: "<row r=\"2\"><c r=\"B2\" t=\"inlineStr\"><is><t>barcode</t></is></c></row>")
        let table = try Self.read(parts)
        #expect(table.header == ["", "barcode"] && table.headerLine == 2)
        parts["xl/ark/første.xml"] = nil
        let missing = #expect(throws: SpreadsheetReader.Failure(.worksheetMissing, "xl/ark/første.xml")) {
            try Self.read(parts)
        }
        #expect(missing?.description == "the workbook names the worksheet xl/ark/første.xml, which is not in the file")
        #expect(missing?.text(in: .danish) == "projektmappen nævner regnearket xl/ark/første.xml, som ikke er i filen")
    }

    @Test func damagedWorkbooksSayWhatIsWrong() {
        var parts = Self.workbook(sheet: "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>3</v></c></row>", strings: ["<t>a</t>"])
        let string = #expect(throws: SpreadsheetReader.Failure.self) { try Self.read(parts) }
        #expect(string?.description == "xl/ark/første.xml: cell A1 names shared string 3, but the workbook has 1")
        #expect(
            string?.text(in: .danish)
                == "xl/ark/første.xml: celle A1 henviser til delt tekst nr. 3, men projektmappen har 1")
        parts["xl/ark/første.xml"] = Array("<worksheet><sheetData><row></sheetData>".utf8)
        let notXML = #expect(throws: SpreadsheetReader.Failure.self) { try Self.read(parts) }
        #expect(notXML?.description.hasPrefix("xl/ark/første.xml line 1, column") == true)
        #expect(notXML?.text(in: .danish).hasPrefix("xl/ark/første.xml linje 1, kolonne") == true)
        parts["xl/workbook.xml"] = nil
        let noWorkbook = #expect(throws: SpreadsheetReader.Failure.self) { try Self.read(parts) }
        #expect(noWorkbook?.description.hasPrefix("it has no workbook (xl/workbook.xml)") == true)
        #expect(noWorkbook?.text(in: .danish).hasPrefix("den har ingen projektmappe (xl/workbook.xml)") == true)
        let noSheets: [String: [UInt8]] = ["xl/workbook.xml": Array("<workbook><sheets/></workbook>".utf8)]
        let noSheet = #expect(throws: SpreadsheetReader.Failure(.noWorksheet)) { try Self.read(noSheets) }
        #expect(noSheet?.description == "the workbook has no worksheet")
        #expect(noSheet?.text(in: .danish) == "projektmappen har intet regneark")
    }

    @Test func dateFormatsAreToldFromNumberFormats() {
        for code in ["dd-mm-yyyy", "d/m/yy", "[$-406]d. mmmm yyyy", "yyyy-mm-dd hh:mm", "mmm-yy"] {
            #expect(SpreadsheetReader.isDateFormat(id: 170, code: code), "\(code)")
        }
        for code in ["General", "0.00", "#,##0.00 \"kr.\"", "[$DKK] #,##0.00", "0\\d", "0;[Red]-0", "@"] {
            #expect(!SpreadsheetReader.isDateFormat(id: 170, code: code), "\(code)")
        }
        #expect(SpreadsheetReader.isDateFormat(id: 14, code: nil) && !SpreadsheetReader.isDateFormat(id: 2, code: nil))
        #expect(SpreadsheetReader.day(serial: "46087.75") == Day("2026-03-06"))
        #expect(SpreadsheetReader.day(serial: "-3") == nil && SpreadsheetReader.day(serial: "x") == nil)
        #expect(SpreadsheetReader.numberText("5.000100000005E12") == "5000100000005")
        #expect(SpreadsheetReader.numberText("179.94999999999999") == "179.95")
        #expect(SpreadsheetReader.reference("AB12")! == (12, 27))
        #expect(SpreadsheetReader.reference("12") == nil && SpreadsheetReader.reference("A0") == nil)
    }

    @Test func aCSVAgeBandThatBecameADateSaysSo() throws {
        let table = try CSVTable.read("barcode;title;ageBand;price\r\n9788700000001;Ny;06-03-2026;100\r\n")
        let plan = try ItemImport.plan(table, items: [])
        #expect(plan.badRows.count == 1)
        #expect(plan.badRows.first?.message.contains("it looks like a date") == true)
        #expect(!ItemFieldText.looksLikeDate("3-6") && ItemFieldText.looksLikeDate("06-mar"))
        #expect(ItemFieldText.looksLikeDate("2026-03-06") && !ItemFieldText.looksLikeDate("børn 3-6 år"))
    }
}
