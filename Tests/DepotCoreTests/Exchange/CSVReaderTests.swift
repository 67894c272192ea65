import Foundation
import Testing

@testable import DepotCore

@Suite("Exchange: CSV reader and writer")
struct ExchangeCSVReaderTests {
    private func fields(_ text: String, separator: Character? = nil) -> [[String]] {
        CSVReader.read(text, separator: separator).records.map(\.fields)
    }

    @Test func readsPlainFieldsWithLFAndCRLF() {
        #expect(fields("a,b,c\n1,2,3\n") == [["a", "b", "c"], ["1", "2", "3"]])
        #expect(fields("a,b,c\r\n1,2,3\r\n") == [["a", "b", "c"], ["1", "2", "3"]])
        #expect(fields("a,b\r1,2\r") == [["a", "b"], ["1", "2"]])
    }

    @Test func readsALastLineWithoutALineEnding() {
        #expect(fields("a,b\n1,2") == [["a", "b"], ["1", "2"]])
    }

    @Test func quotedFieldsHoldSeparatorsQuotesAndLineBreaks() {
        let text = "title,note\r\n\"Bamse, den store\",\"Han sagde \"\"hej\"\"\r\nog gik\"\r\nx,\"\"\r\n"
        #expect(
            fields(text) == [
                ["title", "note"], ["Bamse, den store", "Han sagde \"hej\"\r\nog gik"], ["x", ""],
            ])
    }

    @Test func lineNumbersCountTheLinesInsideQuotedFields() {
        let text = "a,b\n\"one\ntwo\nthree\",x\nlast,y\n"
        let records = CSVReader.read(text).records
        #expect(records.map(\.line) == [1, 2, 5])
    }

    @Test func emptyFieldsAndTrailingSeparatorsAreKept() {
        #expect(fields("a,,c,\n") == [["a", "", "c", ""]])
    }

    @Test func blankLinesAndLinesOfSeparatorsAreSkipped() {
        let records = CSVReader.read("a;b\n\n;\n1;2\n\n").records
        #expect(records.map(\.fields) == [["a", "b"], ["1", "2"]])
        #expect(records.map(\.line) == [1, 4])
    }

    @Test func theSeparatorIsFoundFromTheHeaderLine() {
        #expect(CSVReader.read("Stregkode;Titel;Pris\n1;Bamse, den store;249,95\n").separator == ";")
        #expect(CSVReader.read("a,b,c\n1;2;3;4;5\n").separator == ",")
        #expect(CSVReader.read("a\tb\n1\t2\n").separator == "\t")
        // Separators inside quotes do not count.
        #expect(CSVReader.read("\"a;b;c\",d,e\n").separator == ",")
        // Blank lines before the header do not count either; one column reads as ",".
        #expect(CSVReader.read("\n\na;b\n").separator == ";")
        #expect(CSVReader.read("barcode\n123\n").separator == ",")
    }

    @Test func aGivenSeparatorWins() {
        #expect(fields("a;b,c\n", separator: ",") == [["a;b", "c"]])
        #expect(fields("a;b,c\n", separator: ";") == [["a", "b,c"]])
    }

    @Test func aUTF8ByteOrderMarkIsSkipped() {
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("Titel;Pris\nBørn;1\n".utf8)
        let read = CSVReader.read(bytes)
        #expect(read.separator == ";")
        #expect(read.records.map(\.fields) == [["Titel", "Pris"], ["Børn", "1"]])
    }

    @Test func windows1252FromDanishExcelIsDecoded() {
        // "Børn 0-3 år;99,95 €" in Windows-1252.
        let bytes: [UInt8] = Array("B".utf8) + [0xF8] + Array("rn 0-3 ".utf8) + [0xE5] + Array("r;99,95 ".utf8) + [0x80]
        #expect(CSVReader.read(bytes).records.map(\.fields) == [["Børn 0-3 år", "99,95 €"]])
    }

    @Test func utf16WithAByteOrderMarkIsRead() {
        var bytes: [UInt8] = [0xFF, 0xFE]
        for unit in "Titel\tPris\r\nÆblet\t5\r\n".utf16 { bytes += [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
        let read = CSVReader.read(bytes)
        #expect(read.separator == "\t")
        #expect(read.records.map(\.fields) == [["Titel", "Pris"], ["Æblet", "5"]])
    }

    @Test func aQuoteInsideAnUnquotedFieldIsKept() {
        #expect(fields("12\" vinyl,x\n") == [["12\" vinyl", "x"]])
    }

    @Test func textAfterAClosingQuoteMakesTheRecordBadAndReadingGoesOn() {
        let records = CSVReader.read("a,b\n\"x\"y,z\nc,d\n").records
        #expect(records.count == 3)
        #expect(records[1].line == 2)
        #expect(records[1].problem == "text after the closing quote of field 1")
        #expect(records[2].fields == ["c", "d"])
        #expect(records[2].problem == nil)
    }

    @Test func aQuoteNeverClosedIsReportedOnItsLineAndTheNextLinesAreStillRead() {
        let records = CSVReader.read("a,b\n1,\"open\n2,x\n3,y\n").records
        #expect(records.map(\.line) == [1, 2, 3, 4])
        #expect(records[1].problem == "a quoted field is never closed")
        #expect(records[2].fields == ["2", "x"])
        #expect(records[3].fields == ["3", "y"])
    }

    @Test func theWriterQuotesOnlyWhatNeedsIt() {
        let text = CSVWriter.text([["plain", "a,b", "say \"hi\"", "two\nlines", "a;b"]])
        #expect(text == "plain,\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\",a;b\r\n")
        let excel = CSVWriter.text([["a,b", "a;b"]], format: .excel)
        #expect(excel == "\u{FEFF}a,b;\"a;b\"\r\n")
    }

    /// A quote is doubled even when a combining mark follows it (one Character, two scalars): the writer works on
    /// bytes, and a lone quote would end the field early.
    @Test func aQuoteBeforeACombiningMarkIsDoubled() {
        #expect(CSVWriter.text([["say \"\u{301}hi", "x"]]) == "\"say \"\"\u{301}hi\",x\r\n")
        #expect(CSVWriter.field("\"\u{301}", separator: ";") == "\"\"\"\u{301}\"")
    }

    @Test(arguments: [Character(","), ";", "\t", "|"])
    func writtenFieldsReadBackTheSame(separator: Character) {
        let rows = [
            ["barcode", "title", "note"],
            ["1", "Bamse, den \"store\"; og lille", "linje 1\r\nlinje 2\nlinje 3"],
            ["2", "", " spaces kept "],
            ["3", "Æble|Ø\tÅ", "\"\""],
        ]
        let format = CSVFormat(separator: separator, byteOrderMark: separator == ";")
        let read = CSVReader.read(CSVWriter.text(rows, format: format))
        #expect(read.separator == separator)
        #expect(read.records.map(\.fields) == rows)
        #expect(read.records.allSatisfy { $0.problem == nil })
    }

    @Test func separatorsAreNamedAsTyped() {
        #expect(CSVFormat.separator(named: ";") == ";")
        #expect(CSVFormat.separator(named: "tab") == "\t")
        #expect(CSVFormat.separator(named: "\\t") == "\t")
        #expect(CSVFormat.separator(named: "x") == nil)
    }
}

@Suite("Exchange: CSV tables")
struct ExchangeCSVTableTests {
    @Test func rowsWithTooFewFieldsAreBadWithTheirLineNumber() throws {
        let table = try CSVTable.read("a;b;c\n1;2;3\n4;5\n6;7;8\n")
        #expect(table.header == ["a", "b", "c"])
        #expect(table.rows.map(\.line) == [2, 4])
        #expect(table.problems.map(\.line) == [3])
        #expect(table.problems[0].description.hasPrefix("line 3: 2 fields, but the header has 3"))
    }

    @Test func extraFieldsAreBadUnlessEmpty() throws {
        let table = try CSVTable.read("a,b\n1,2,,\n3,4,5\n")
        #expect(table.rows.map(\.fields) == [["1", "2"]])
        #expect(table.problems == [LineProblem(line: 3, message: "3 fields, but the header has 2")])
    }

    @Test func syntaxProblemsBecomeBadRows() throws {
        let table = try CSVTable.read("a,b\n\"x\"y,1\n2,3\n")
        #expect(table.rows.map(\.line) == [3])
        #expect(table.problems.map(\.line) == [2])
    }

    @Test func columnsAreFoundIgnoringCaseAndSpaces() throws {
        let table = try CSVTable.read(" Stregkode ;TITEL\n1;x\n")
        #expect(table.column(named: "stregkode") == 0)
        #expect(table.column(named: "Titel") == 1)
        #expect(table.column(named: "Pris") == nil)
    }

    @Test func anEmptyFileHasNoHeader() {
        #expect(throws: LineProblem.self) { try CSVTable.read("") }
        #expect(throws: LineProblem.self) { try CSVTable.read("\n\n") }
    }
}
