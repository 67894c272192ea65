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
