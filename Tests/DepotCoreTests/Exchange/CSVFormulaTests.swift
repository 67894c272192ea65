import Foundation
import Testing

@testable import DepotCore

@Suite("Exchange: CSV formula neutralisation")
struct CSVFormulaTests {
    @Test func textThatStartsLikeAFormulaGetsAQuote() {
        for text in [#"=HYPERLINK("http://x","y")"#, "+1", "-2+3", "@SUM(A1)", "\tx", "\rx", "'=x", "''+1"] {
            #expect(CSVFormula.neutralised(text) == "'" + text)
            #expect(CSVFormula.restored(CSVFormula.neutralised(text)) == text)
        }
    }

    @Test func otherTextIsLeftAlone() {
        for text in ["Bamse", "", "'quoted", "Æblet = rødt", "5000100000005", "x-1", "'"] {
            #expect(CSVFormula.neutralised(text) == text)
            #expect(CSVFormula.restored(text) == text)
        }
    }

    @Test func onlyTextCellsAreNeutralised() throws {
        let minus = try #require(Money("-12.50"))
        #expect(ExportValue.amount(minus).csvText() == "-12.50")
        #expect(ExportValue.amount(minus).csvText(decimalComma: true) == "-12,50")
        #expect(ExportValue.number(-3).csvText() == "-3")
        #expect(ExportValue.text("-3").csvText() == "'-3")
    }

    @Test func aFormulaTitleExportsQuotedAndImportsBackUnchanged() throws {
        var data = Fixtures.library()
        data.items[0].title = #"=HYPERLINK("http://x","y")"#
        data.items[1].title = "'-already quoted"
        data.items[2].author = "@admin"
        for format in [CSVFormat.standard, .excel] {
            let text = Export.items(data).csv(format: format)
            #expect(text.contains(#""'=HYPERLINK(""http://x"",""y"")""#))
            #expect(text.contains("''-already quoted"))
            let table = try CSVTable.read(text)
            let plan = try ItemImport.plan(table, items: data.items)
            #expect(plan.unchanged.count == data.items.count)
            #expect(plan.new.isEmpty && plan.changed.isEmpty && plan.badRows.isEmpty)
        }
    }
}
