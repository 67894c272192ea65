import Foundation
import Testing

@testable import DepotCore

@Suite("Plain text on A4 paper")
struct TextPrintLayoutTests {
    @Test func aTextPageIsOneSheetOfA4() {
        // Depot's text page (80 columns at most, WeekPages.linesPerPage lines) fits inside the margins set for lp.
        #expect(TextPrintLayout.columns >= 80)
        #expect(TextPrintLayout.lines >= WeekPages.linesPerPage)
        // Half an inch is more than the edge an ordinary printer cannot print (a quarter inch).
        let margins = TextPrintLayout.margins
        #expect([margins.left, margins.right, margins.top, margins.bottom].allSatisfy { $0 >= 18 })
        let options = TextPrintLayout.printerOptions
        #expect(options.count % 2 == 0)
        #expect(stride(from: 0, to: options.count, by: 2).allSatisfy { options[$0] == "-o" })
        for wanted in ["media=A4", "cpi=12", "lpi=6", "page-left=36", "page-top=36"] {
            #expect(options.contains(wanted), "\(wanted)")
        }
    }

    @Test func aPrinterNameIsOneHarmlessWord() {
        #expect(TextPrintLayout.checkPrinterName("Boernehus_2.sal@cups") == nil)
        for bad in ["", "-P", "kontor printer", "a;rm", "ø-printer", String(repeating: "p", count: 128)] {
            let problem = TextPrintLayout.checkPrinterName(bad)
            #expect(problem?.contains(" is not a printer name (1 to 127 letters, ") == true, "\(bad)")
        }
    }

    @Test func theLibraryNamesItsPrinterOrLeavesItOut() throws {
        let settings = try sampleLibrary().settings
        #expect(settings.printer == nil)
        var named = settings
        named.printer = "boernekontor"
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let text = String(decoding: try encoder.encode(named), as: UTF8.self)
        #expect(text.contains("\"printer\":\"boernekontor\""))
        #expect(try JSONDecoder().decode(LibrarySettings.self, from: Data(text.utf8)).printer == "boernekontor")
        // A library without one is written as before: no "printer" key.
        #expect(!String(decoding: try encoder.encode(settings), as: UTF8.self).contains("printer"))
        let bad = text.replacingOccurrences(of: "\"boernekontor\"", with: "\"-o evil\"")
        #expect(throws: DecodingError.self) { try JSONDecoder().decode(LibrarySettings.self, from: Data(bad.utf8)) }
    }
}
