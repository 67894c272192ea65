import DepotCore
import Testing

@testable import DepotTUI

/// Keys as they reach the screen: scanner bursts told from a person's digits, key sequences curses did not know,
/// Ctrl-C.
@Suite("Scanner and person")
struct ScannerInputTests {
    /// A barcode of an item that is at home, so scanning it shows the item instead of starting a return.
    static func homeItemBarcode(_ state: AppState) throws -> String {
        let context = state.context
        let item = try #require(
            context.data.items.first {
                ScanIn.depositToScanHome(for: $0.id, in: context.data, index: context.index) == nil
            })
        return item.id.rawValue
    }

    /// Runs the screen's loop on `keys` (each after its pause in milliseconds), then `q`.
    static func run(_ state: inout AppState, _ keys: [(Key, Int)]) throws -> TestBackend {
        let backend = TestBackend(columns: 80, rows: 24)
        backend.timedKeys = keys.map { (key: $0.0, afterMilliseconds: $0.1) } + [(key: .character("q"), 500)]
        try DepotApp.loop(&state, terminal: Terminal(backend: backend), folder: "/nonexistent-depot-test")
        return backend
    }

    /// A scanner's keys, the first after a pause of half a second.
    static func scan(_ code: String, gap: Int) -> [(Key, Int)] {
        code.enumerated().map { (Key.character($0.element), $0.offset == 0 ? 500 : gap) } + [(.enter, gap)]
    }

    @Test("a scanner pausing 70 ms between digits is recognised in every tab", arguments: 1...8)
    func slowScannerInEveryTab(tab: Int) throws {
        var state = ScreenTest.app()
        let barcode = try Self.homeItemBarcode(state)
        let tabKey = Character(String(tab))
        _ = try Self.run(&state, [(.character(tabKey), 10)] + Self.scan(barcode, gap: 70))
        #expect(state.message == "Materiale \(barcode)")
        #expect(state.shouldQuit)
    }

    @Test func aScannerWithinTheConfiguredGapIsOneBarcode() throws {
        var data = ScreenTest.sample
        data.settings.scanner = ScannerSettings(keyGapMilliseconds: 200)
        var state = ScreenTest.app(data: data)
        let barcode = try Self.homeItemBarcode(state)
        _ = try Self.run(&state, Self.scan(barcode, gap: 150))
        #expect(state.message == "Materiale \(barcode)")
    }

    @Test func aPersonsDigitSwitchesTabBeforeTheGapIsOver() throws {
        var state = ScreenTest.app()
        let backend = try Self.run(&state, [(.character("3"), 400)])
        // The first frame after the digit, drawn while the loop still waits to see whether a burst follows.
        let frame = try #require(backend.presentedGrids.dropFirst().first).lines()
        #expect(frame[2].contains("Kasser ("))
        #expect(state.activeTab == 2)
    }

    @Test func theDigitATabWasSwitchedByIsUndoneWhenABurstFollows() throws {
        var state = ScreenTest.app()
        _ = try Self.run(&state, Self.scan("30000009", gap: 60))
        #expect(state.activeTab == 0)
        #expect(state.message == "Ukendt stregkode 30000009")
    }

    @Test func twoQuickDigitsWithoutEnterAreTwoKeys() throws {
        var state = ScreenTest.app()
        _ = try Self.run(&state, [(.character("3"), 400), (.character("5"), 50)])
        #expect(state.activeTab == 4)
    }

    @Test func quickDigitsInAFormAreTypedIntoTheField() throws {
        var state = ScreenTest.app()
        state.press(.character("2"), .character("n"))
        let digits: [(Key, Int)] = [(.character("1"), 300), (.character("2"), 60), (.character("3"), 60)]
        let backend = TestBackend(columns: 80, rows: 24)
        backend.timedKeys = (digits + [(.control("c"), 400), (.control("c"), 100)]).map {
            (key: $0.0, afterMilliseconds: $0.1)
        }
        try DepotApp.loop(&state, terminal: Terminal(backend: backend), folder: "/nonexistent-depot-test")
        #expect(state.form?.fields[0].text == "123")
        #expect(state.form?.isAskingToDiscard == true)
    }

    @Test func assemblerActsOnTheFirstDigitAndUndoesItForABurst() {
        var assembler = ScanAssembler()
        #expect(assembler.feed(.character("5")) == [.tentative(.character("5"))])
        #expect(assembler.feed(.character("0")) == [.undo])
        for character in "00123" { #expect(assembler.feed(.character(character)).isEmpty) }
        #expect(assembler.feed(.enter) == [.input(.scanned("5000123"))])
        #expect(!assembler.isCollecting)
    }

    @Test func assemblerGivesBackALoneDigitOnlyOnce() {
        var assembler = ScanAssembler()
        #expect(assembler.feed(.character("2")) == [.tentative(.character("2"))])
        #expect(assembler.isCollecting)
        #expect(assembler.feed(nil).isEmpty)
        #expect(assembler.feed(.character("q")) == [.input(.key(.character("q")))])
    }

    @Test func assemblerGivesBackAShortBurstAsKeys() {
        var assembler = ScanAssembler()
        _ = assembler.feed(.character("1"))
        _ = assembler.feed(.character("2"))
        #expect(
            assembler.feed(.enter) == [
                .input(.key(.character("1"))), .input(.key(.character("2"))), .input(.key(.enter)),
            ])
    }

    @Test func assemblerPassesTheRestOnWhenTheFirstDigitCannotBeUndone() {
        var assembler = ScanAssembler()
        _ = assembler.feed(.character("1"))
        assembler.cannotUndo()
        #expect(assembler.feed(.character("2")) == [.input(.key(.character("2")))])
        #expect(assembler.feed(.enter) == [.input(.key(.enter))])
    }

    @Test func aPrefixStartsABarcodeOfAnyCharactersUpToTheSuffix() {
        var assembler = ScanAssembler(keyGap: 100, prefix: "§", suffix: "\t")
        #expect(assembler.feed(.character("§")).isEmpty)
        for character in "K012" { #expect(assembler.feed(.character(character)).isEmpty) }
        #expect(assembler.feed(.tab) == [.input(.scanned("K012"))])
    }

    @Test func aPrefixOnItsOwnIsTypedAfterThePause() {
        var assembler = ScanAssembler(keyGap: 100, prefix: "§")
        _ = assembler.feed(.character("§"))
        _ = assembler.feed(.character("a"))
        #expect(assembler.feed(nil) == [.input(.key(.character("§"))), .input(.key(.character("a")))])
    }

    @Test func theLibrarysScannerSettingsAreUsed() {
        let assembler = ScanAssembler(settings: ScannerSettings(keyGapMilliseconds: 250, prefix: "#", suffix: "%"))
        #expect(assembler.keyGap == 250)
        #expect(assembler.prefix == "#")
        #expect(assembler.suffix == "%")
        #expect(ScanAssembler(settings: nil).keyGap == 100)
    }
}

@Suite("Key sequences curses passes on")
struct EscapeSequenceTests {
    static func read(_ text: String) -> [Key] {
        let keys = text.map { $0 == "\u{1B}" ? Key.escape : Key.character($0) }
        let terminal = Terminal(backend: TestBackend(columns: 10, rows: 2, keys: keys))
        var read: [Key] = []
        while let key = terminal.readKey(timeoutMilliseconds: 0) { read.append(key) }
        return read
    }

    @Test(
        arguments: [
            ("\u{1B}[1~", Key.home), ("\u{1B}[4~", .end), ("\u{1B}[7~", .home), ("\u{1B}[8~", .end),
            ("\u{1B}OH", .home), ("\u{1B}OF", .end), ("\u{1B}[H", .home), ("\u{1B}[F", .end),
            ("\u{1B}[5~", .pageUp), ("\u{1B}[6~", .pageDown), ("\u{1B}[2~", .insert), ("\u{1B}[3~", .delete),
            ("\u{1B}OP", .function(1)), ("\u{1B}OS", .function(4)), ("\u{1B}[11~", .function(1)),
            ("\u{1B}[15~", .function(5)), ("\u{1B}[17~", .function(6)), ("\u{1B}[21~", .function(10)),
            ("\u{1B}[23~", .function(11)), ("\u{1B}[24~", .function(12)), ("\u{1B}[[A", .function(1)),
            ("\u{1B}[A", .up), ("\u{1B}OB", .down), ("\u{1B}[1;5H", .home), ("\u{1B}[3;2~", .delete),
            ("\u{1B}[Z", .backTab),
        ])
    func sequenceIsItsKey(sequence: String, key: Key) {
        #expect(Self.read(sequence) == [key])
    }

    @Test func anEscOnItsOwnStaysEscAndWhatFollowsIsTyped() {
        #expect(Self.read("\u{1B}") == [.escape])
        #expect(Self.read("\u{1B}x1") == [.escape, .character("x"), .character("1")])
        #expect(Self.read("\u{1B}\u{1B}[4~") == [.escape, .end])
        #expect(Self.read("\u{1B}[1") == [.escape, .character("["), .character("1")])
    }

    @Test func aSequenceThatIsNoKeyIsSwallowed() {
        #expect(Self.read("\u{1B}[200~a") == [.character("a")])
    }

    @Test func homeInAFormMovesToTheStartInsteadOfTyping() throws {
        var state = ScreenTest.app()
        state.press(.character("2"), .character("n"))
        state.type("Mælkebøtten")
        let backend = TestBackend(columns: 80, rows: 24)
        backend.timedKeys =
            "\u{1B}[1~X\u{1B}[4~\u{1B}[3~".map {
                (key: $0 == "\u{1B}" ? Key.escape : Key.character($0), afterMilliseconds: 1)
            } + [(key: .control("c"), 1), (key: .character("j"), 1), (key: .control("c"), 1)]
        try DepotApp.loop(&state, terminal: Terminal(backend: backend), folder: "/nonexistent-depot-test")
        #expect(state.shouldQuit)
        let lastForm = try #require(backend.presentedGrids.last { $0.lines().joined().contains("XMælkebøtten") })
        #expect(!lastForm.lines().joined().contains("1~"))
    }
}

@Suite("Ctrl-C")
struct ControlCTests {
    @Test func controlCInAFormWithTypedTextAsksFirst() {
        var state = ScreenTest.app()
        state.press(.character("2"), .character("n"))
        state.type("Mælkebøtten")
        state.press(.control("c"))
        #expect(!state.shouldQuit)
        #expect(state.form?.isAskingToDiscard == true)
        let text = ScreenTest.screen(&state).joined(separator: "\n")
        #expect(text.contains("Kassér ændringer?"))
        state.press(.character("n"))
        #expect(state.form?.fields[0].text == "Mælkebøtten")
        state.press(.control("c"))
        #expect(!state.wasInterrupted)
        state.press(.control("c"))
        #expect(state.shouldQuit)
        #expect(state.wasInterrupted)
    }

    @Test func controlCElsewhereQuits() {
        var state = ScreenTest.app()
        state.press(.character("2"), .character("n"), .control("c"))
        #expect(state.shouldQuit)
        var list = ScreenTest.app()
        list.press(.character("3"), .control("c"))
        #expect(list.shouldQuit)
    }
}
