/// An `ExportTable` as the parts of an Office Open XML workbook (`.xlsx`, one sheet), to be put in a ZIP container
/// by the caller. Unlike CSV, each cell says what it is, so a spreadsheet with Danish settings keeps it: barcodes and
/// age bands are text cells (never `0012345678905` → `12345678905`, never `3-6` → 6 March), amounts are numbers
/// shown with two decimals, days are dates, counts are numbers; an empty value is no cell.
public enum SpreadsheetXML {
    /// The parts: path in the container, then its bytes (UTF-8 XML).
    public static func parts(_ table: ExportTable, sheetName: String) -> [(path: String, bytes: [UInt8])] {
        let files: [(String, String)] = [
            ("[Content_Types].xml", contentTypes), ("_rels/.rels", rootRelations),
            ("xl/workbook.xml", workbook(sheetName)), ("xl/_rels/workbook.xml.rels", workbookRelations),
            ("xl/styles.xml", styles), ("xl/worksheets/sheet1.xml", sheet(table)),
        ]
        return files.map { ($0.0, Array($0.1.utf8)) }
    }

    /// Style indexes in `styles`.
    enum Style: Int {
        case plain = 0
        case date = 1
        case amount = 2
        case heading = 3
    }

    static func sheet(_ table: ExportTable) -> String {
        var xml = header + "<worksheet xmlns=\"\(main)\"><sheetViews><sheetView workbookViewId=\"0\">"
        xml +=
            "<pane ySplit=\"1\" topLeftCell=\"A2\" activePane=\"bottomLeft\" state=\"frozen\"/></sheetView></sheetViews>"
        xml += "<sheetData>"
        let body = table.rows + (table.totals.map { [$0] } ?? [])
        xml += row(1, table.columns.map { ExportValue.text($0) }, style: .heading)
        for (index, values) in body.enumerated() { xml += row(index + 2, values, style: nil) }
        return xml + "</sheetData></worksheet>"
    }

    private static func row(_ number: Int, _ values: [ExportValue], style: Style?) -> String {
        var xml = "<row r=\"\(number)\">"
        for (column, value) in values.enumerated() {
            let reference = "\(columnName(column))\(number)"
            switch value {
            case .none: continue
            case .text(let text):
                let s = style.map { " s=\"\($0.rawValue)\"" } ?? ""
                xml +=
                    "<c r=\"\(reference)\"\(s) t=\"inlineStr\"><is><t xml:space=\"preserve\">\(escape(text))</t></is></c>"
            case .number(let number): xml += "<c r=\"\(reference)\"><v>\(number)</v></c>"
            case .amount(let money):
                xml += "<c r=\"\(reference)\" s=\"\(Style.amount.rawValue)\"><v>\(money.description)</v></c>"
            case .day(let day):
                xml += "<c r=\"\(reference)\" s=\"\(Style.date.rawValue)\"><v>\(serial(day))</v></c>"
            }
        }
        return xml + "</row>"
    }

    /// A day as a spreadsheet's date serial: days since 30 December 1899.
    static func serial(_ day: Day) -> Int { day.ordinal + 25_569 }

    /// `A`, …, `Z`, `AA`, … for a column index from 0.
    static func columnName(_ index: Int) -> String {
        var number = index + 1
        var name = ""
        while number > 0 {
            let remainder = (number - 1) % 26
            name = String(UnicodeScalar(UInt8(65 + remainder))) + name
            number = (number - 1) / 26
        }
        return name
    }

    /// Text for XML: `& < > "` escaped; characters XML 1.0 cannot hold (controls other than tab, line feed and
    /// carriage return) shown as U+FFFD, so a damaged title cannot make the workbook unreadable.
    static func escape(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "\t", "\n", "\r": out.unicodeScalars.append(scalar)
            case _ where scalar.value < 0x20 || scalar.value == 0xFFFE || scalar.value == 0xFFFF: out += "\u{FFFD}"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    private static let header = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
    private static let main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    private static let officeRelations = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"

    private static let contentTypes =
        header
        + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
        + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
        + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
        + "<Override PartName=\"/xl/workbook.xml\" "
        + "ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
        + "<Override PartName=\"/xl/worksheets/sheet1.xml\" "
        + "ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
        + "<Override PartName=\"/xl/styles.xml\" "
        + "ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>"
        + "</Types>"

    private static let rootRelations =
        header + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        + "<Relationship Id=\"rId1\" Type=\"\(officeRelations)/officeDocument\" Target=\"xl/workbook.xml\"/>"
        + "</Relationships>"

    private static func workbook(_ name: String) -> String {
        // A sheet name: at most 31 characters, none of : \ / ? * [ ].
        let cleaned = String(name.filter { !":\\/?*[]".contains($0) }.prefix(31))
        return header + "<workbook xmlns=\"\(main)\" xmlns:r=\"\(officeRelations)\"><sheets>"
            + "<sheet name=\"\(escape(cleaned.isEmpty ? "Depot" : cleaned))\" sheetId=\"1\" r:id=\"rId1\"/>"
            + "</sheets></workbook>"
    }

    private static let workbookRelations =
        header + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        + "<Relationship Id=\"rId1\" Type=\"\(officeRelations)/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
        + "<Relationship Id=\"rId2\" Type=\"\(officeRelations)/styles\" Target=\"styles.xml\"/>"
        + "</Relationships>"

    /// Cell styles: 0 plain, 1 date (yyyy-mm-dd), 2 amount (0.00), 3 bold heading.
    private static let styles =
        header + "<styleSheet xmlns=\"\(main)\">"
        + "<numFmts count=\"2\"><numFmt numFmtId=\"164\" formatCode=\"yyyy-mm-dd\"/>"
        + "<numFmt numFmtId=\"165\" formatCode=\"0.00\"/></numFmts>"
        + "<fonts count=\"2\"><font><sz val=\"11\"/><name val=\"Calibri\"/></font>"
        + "<font><b/><sz val=\"11\"/><name val=\"Calibri\"/></font></fonts>"
        + "<fills count=\"2\"><fill><patternFill patternType=\"none\"/></fill>"
        + "<fill><patternFill patternType=\"gray125\"/></fill></fills>"
        + "<borders count=\"1\"><border><left/><right/><top/><bottom/><diagonal/></border></borders>"
        + "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>"
        + "<cellXfs count=\"4\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>"
        + "<xf numFmtId=\"164\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/>"
        + "<xf numFmtId=\"165\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/>"
        + "<xf numFmtId=\"0\" fontId=\"1\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyFont=\"1\"/></cellXfs>"
        + "<cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/></cellStyles>"
        + "</styleSheet>"
}
