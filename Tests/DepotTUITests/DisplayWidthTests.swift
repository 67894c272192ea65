import Testing

@testable import DepotTUI

@Test func danishLettersAreOneColumnEach() {
    #expect(displayWidth(of: "æøå") == 3)
    #expect(displayWidth(of: "ÆØÅ") == 3)
}

@Test func letterWithCombiningAccentIsOneColumn() {
    let decomposed = "e\u{301}"
    #expect(decomposed.count == 1)
    #expect(displayWidth(of: decomposed) == 1)
}

@Test func cjkIdeographsAreTwoColumnsEach() {
    #expect(displayWidth(of: "図書館") == 6)
}

@Test func hangulSyllablesAreTwoColumns() {
    #expect(displayWidth(of: "도서관") == 6)
}

@Test func fullwidthFormsAreTwoColumns() {
    #expect(displayWidth(of: "ＡＢ") == 4)
}

@Test func emojiIsTwoColumns() {
    #expect(displayWidth(of: "📚") == 2)
}

@Test func familyEmojiJoinedWithZeroWidthJoinersIsTwoColumns() {
    let family = "👨‍👩‍👧‍👦"
    #expect(family.count == 1)
    #expect(displayWidth(of: family) == 2)
}

@Test func textSymbolWithEmojiVariationSelectorIsTwoColumns() {
    #expect(displayWidth(of: "❤\u{FE0F}") == 2)
    #expect(displayWidth(of: "❤") == 1)
}

@Test func emojiWithSkinToneIsTwoColumns() {
    #expect(displayWidth(of: "👍🏽") == 2)
}

@Test func controlAndZeroWidthCharactersTakeNoColumns() {
    #expect(displayWidth(of: "\t") == 0)
    #expect(displayWidth(of: "\u{200B}") == 0)
    #expect(displayWidth(of: "\u{7}") == 0)
}

@Test func ellipsisIsOneColumn() {
    #expect(displayWidth(of: "…") == 1)
}

@Test func truncationKeepsTextThatFits() {
    #expect(truncate("Møllen", toWidth: 6) == "Møllen")
}

@Test func truncationEndsInEllipsisAtTheWidth() {
    #expect(truncate("Rasmus Klump", toWidth: 8) == "Rasmus …")
}

@Test func truncationDropsAWideCharacterThatWouldStraddleTheCut() {
    // "図書館" is 6 columns; 4 columns leave room for one ideograph (2) and "…" (1), not two ideographs.
    let truncated = truncate("図書館", toWidth: 4)
    #expect(truncated == "図…")
    #expect(displayWidth(of: truncated) == 3)
}

@Test func truncationToZeroWidthIsEmpty() {
    #expect(truncate("abc", toWidth: 0) == "")
}

@Test func paddingFillsWithSpacesToTheWidth() {
    #expect(pad("æø", toWidth: 4) == "æø  ")
    #expect(pad("図", toWidth: 3) == "図 ")
}

@Test func fitTruncatesAndPadsToExactWidth() {
    #expect(fit("図書館", toWidth: 4) == "図… ")
}

/// Texts mixing the letters the quick path takes (ASCII, æøå, Latin up to U+02FF) with what it must leave to the
/// slow one: the soft hyphen, C1 controls, combining accents, CJK, emoji, tabs.
private func mixedTexts() -> [String] {
    let pieces = [
        "a", "Z", " ", "~", "æ", "Ø", "å", "ß", "ǅ", "ʯ", "\u{AD}", "\u{85}", "\u{A0}", "e\u{301}", "\u{301}", "図", "👍",
        "\t", "…", "ÿ", "\u{7F}", "─", "│", "┌", "→", "▸", "•", "€", "◾", "↔\u{FE0F}", "\u{200D}", "\u{2028}",
        "\u{2060}",
    ]
    var random = SystemRandomNumberGenerator()
    return (0..<2_000).map { _ in
        (0..<Int.random(in: 0...12, using: &random)).map { _ in pieces.randomElement(using: &random)! }.joined()
    }
}

@Test func theQuickWidthOfLatinTextIsTheSumOverItsCharacters() {
    for text in mixedTexts() {
        #expect(displayWidth(of: text) == text.reduce(0) { $0 + displayWidth(of: $1) }, "\(text.debugDescription)")
    }
}

@Test func truncatingLatinTextCutsAsCharacterByCharacterDoes() {
    for text in mixedTexts() {
        for width in 0...8 {
            var expected = ""
            if width > 0 {
                if text.reduce(0, { $0 + displayWidth(of: $1) }) <= width {
                    expected = text
                } else {
                    var used = 0
                    for character in text {
                        let columns = displayWidth(of: character)
                        if used + columns > width - 1 { break }
                        expected.append(character)
                        used += columns
                    }
                    expected += "…"
                }
            }
            #expect(truncate(text, toWidth: width) == expected, "\(text.debugDescription) at \(width)")
        }
    }
}

@Test func latinTextIsPutOneCellACharacter() {
    var grid = CellGrid(width: 12, height: 1)
    let written = grid.put("Bøger på 2", x: 1, y: 0)
    #expect(written == 10)
    #expect(grid.lines() == [" Bøger på 2"])
    #expect(grid[2, 0].symbol == "ø" && grid[2, 0].width == 1)
    #expect(grid.put("Æblerne falder", x: 0, y: 0, maxWidth: 6) == 6)
    #expect(grid.lines() == ["Æbler… på 2"])
}

@Test func theSymbolsTheScreenDrawsWithAreOneColumnAndNeverJoin() {
    var symbols: [Unicode.Scalar] = []
    for value in UInt32(0x2000)...0x26FF where isSimpleSymbol(value) {
        symbols.append(Unicode.Scalar(value)!)
    }
    #expect(symbols.count > 400)
    for symbol in symbols {
        #expect(displayWidth(of: Character(symbol)) == 1, "U+\(String(symbol.value, radix: 16))")
        for neighbour in ["a", "æ", "─", "→", "…"] {
            #expect((String(symbol) + neighbour).count == 2, "U+\(String(symbol.value, radix: 16)) before \(neighbour)")
            #expect((neighbour + String(symbol)).count == 2, "U+\(String(symbol.value, radix: 16)) after \(neighbour)")
        }
    }
    #expect(!isSimpleSymbol(0x25FD) && !isSimpleSymbol(0x25FE), "drawn as pictures, two columns")
    #expect(!isSimpleSymbol(0x200B) && !isSimpleSymbol(0x2028) && !isSimpleSymbol(0x2060), "zero-width")
}
