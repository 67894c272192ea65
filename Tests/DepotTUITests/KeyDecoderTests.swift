import CNCurses
import Testing

@testable import DepotTUI

private func decodeCharacter(_ code: UInt32) -> Key? {
    KeyDecoder.decode(status: OK, code: code)
}

private func decodeKeyCode(_ code: Int32) -> Key? {
    KeyDecoder.decode(status: KEY_CODE_YES, code: UInt32(code))
}

@Test func printableCharactersDecodeAsCharacters() {
    #expect(decodeCharacter(0x61) == .character("a"))
    #expect(decodeCharacter(0xF8) == .character("ø"))
    #expect(decodeCharacter(0x56F3) == .character("図"))
    #expect(decodeCharacter(0x20) == .character(" "))
}

@Test func carriageReturnAndLineFeedDecodeAsEnter() {
    #expect(decodeCharacter(13) == .enter)
    #expect(decodeCharacter(10) == .enter)
    #expect(decodeKeyCode(KEY_ENTER) == .enter)
}

@Test func escapeTabAndBackspaceBytesDecodeAsTheirKeys() {
    #expect(decodeCharacter(27) == .escape)
    #expect(decodeCharacter(9) == .tab)
    #expect(decodeCharacter(127) == .backspace)
    #expect(decodeCharacter(8) == .backspace)
    #expect(decodeKeyCode(KEY_BACKSPACE) == .backspace)
}

@Test func controlLettersDecodeAsLowerCaseControlKeys() {
    #expect(decodeCharacter(19) == .control("s"))
    #expect(decodeCharacter(1) == .control("a"))
    #expect(decodeCharacter(26) == .control("z"))
}

@Test func arrowAndPagingKeyCodesDecodeAsNavigationKeys() {
    #expect(decodeKeyCode(KEY_UP) == .up)
    #expect(decodeKeyCode(KEY_DOWN) == .down)
    #expect(decodeKeyCode(KEY_LEFT) == .left)
    #expect(decodeKeyCode(KEY_RIGHT) == .right)
    #expect(decodeKeyCode(KEY_PPAGE) == .pageUp)
    #expect(decodeKeyCode(KEY_NPAGE) == .pageDown)
    #expect(decodeKeyCode(KEY_HOME) == .home)
    #expect(decodeKeyCode(KEY_END) == .end)
}

@Test func deleteAndBackTabKeyCodesDecode() {
    #expect(decodeKeyCode(KEY_DC) == .delete)
    #expect(decodeKeyCode(KEY_BTAB) == .backTab)
}

@Test func functionKeyCodesDecodeWithTheirNumber() {
    #expect(decodeKeyCode(depot_key_f(1)) == .function(1))
    #expect(decodeKeyCode(depot_key_f(12)) == .function(12))
}

@Test func resizeKeyCodeDecodesAsResize() {
    #expect(decodeKeyCode(KEY_RESIZE) == .resize)
}

@Test func unknownKeyCodesAndErrorsDecodeAsNothing() {
    #expect(decodeKeyCode(KEY_MOUSE) == nil)
    #expect(KeyDecoder.decode(status: ERR, code: 0x61) == nil)
}
