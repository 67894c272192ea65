import Foundation
import Testing

@testable import DepotCore

@Suite("Terminal output hygiene")
struct TerminalSafeTests {
    @Test func controlCharactersAreShownVisibly() {
        #expect(TerminalSafe.escape("a\u{1B}[31mb") == #"a\u{1B}[31mb"#)
        #expect(TerminalSafe.escape("\u{0}\u{7}\u{7F}\u{9B}") == #"\u{0}\u{7}\u{7F}\u{9B}"#)
        #expect(TerminalSafe.escape("x\u{202E}y\u{2066}z\u{200F}") == #"x\u{202E}y\u{2066}z\u{200F}"#)
        #expect(TerminalSafe.escape("one\ntwo\tthree\r") == #"one\u{A}two\u{9}three\u{D}"#)
    }

    @Test func lettersOfEveryScriptAreKept() {
        let text = "Ærø, Øster Åby – café «Pø» 📚 مرحبا"
        #expect(TerminalSafe.escape(text) == text)
        #expect(TerminalSafe.lines(text) == text)
    }

    @Test func linesKeepLineAndPageBreaksOnly() {
        #expect(TerminalSafe.lines("a\nb\u{0C}c\r\u{1B}") == "a\nb\u{0C}c" + #"\u{D}\u{1B}"#)
    }

    @Test func aMessageIsCutAndHasNoNUL() {
        let huge = String(repeating: "x", count: 2_000_000) + "\u{0}"
        let message = TerminalSafe.message("bad: " + huge)
        #expect(message.count == TerminalSafe.messageLimit)
        #expect(message.hasSuffix("…"))
        #expect(!message.unicodeScalars.contains("\u{0}"))
        #expect(TerminalSafe.message("short") == "short")
    }

    @Test func aQuotedValueIsCutToEightyCharacters() {
        let quoted = TerminalSafe.quote(String(repeating: "é", count: 500))
        #expect(quoted.count == TerminalSafe.quoteLimit + 2)
        #expect(quoted.hasPrefix("\"é") && quoted.hasSuffix("…\""))
        #expect(TerminalSafe.quote("Bamse") == "\"Bamse\"")
        #expect(TerminalSafe.cut("abc", to: 3) == "abc")
        #expect(TerminalSafe.cut("abcd", to: 3) == "ab…")
    }

    @Test func tableCellsStayOnTheirLine() {
        let table = TextTable(columns: [.init("Partner"), .init("N", .right)], rows: [["Bi\u{1B}[2J\nkuben", "1"]])
        let text = table.text()
        #expect(text.split(separator: "\n").count == 2)
        #expect(text.contains(#"Bi\u{1B}[2J\u{A}kuben  1"#))
    }

    @Test func aDamagedFileWithAHugeValueGivesAShortMessage() throws {
        let folder = Fixtures.temporaryFolder("items")
        try LibraryStore.create(folder: folder.path, with: Fixtures.library()).close()
        let text = try folder.read("items/01.json")
        let old = #""ageBand":"3-6""#
        #expect(text.contains(old), "fixture text changed")
        let value = String(repeating: "x", count: 2_000_000) + #"\u0000\u001b[2J"#
        try folder.write("items/01.json", text.replacingOccurrences(of: old, with: #""ageBand":""# + value + "\""))
        var description = ""
        do {
            _ = try LibraryStore(folder: folder.path).load()
            Issue.record("a damaged file loaded")
        } catch let error as StoreError {
            description = error.description
        }
        #expect(description.hasPrefix("items/01.json line"))
        #expect(description.count < 600)
        #expect(description.contains("xxx…"))
        #expect(!description.unicodeScalars.contains { $0.value < 0x20 })
    }

    @Test func problemsAndDeskErrorsAreEscapedAndCut() {
        let problem = Problem(
            file: "events.json", recordID: "E\u{1B}1", message: String(repeating: "m", count: 10_000) + "\u{0}")
        #expect(problem.description.count < 500)
        #expect(problem.description.contains(#"E\u{1B}1"#))
        let error = DeskError.unknownItem(Item.ID("\u{1B}]0;x\u{7}" + String(repeating: "9", count: 5000)))
        #expect(error.description.count == TerminalSafe.lineLimit)
        #expect(error.description.hasPrefix(#"There is no item with barcode \u{1B}]0;x\u{7}"#))
    }
}
