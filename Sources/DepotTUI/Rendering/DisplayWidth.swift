// Display widths in terminal columns, computed from Unicode properties alone so that they do not depend on the
// C locale (wcwidth returns -1 under the "C" locale).

/// How many terminal columns `character` covers: 0, 1 or 2.
///
/// - 0: controls, format characters (such as the zero-width joiner) and lone combining marks;
/// - 2: East Asian Wide and Fullwidth characters (CJK, Hangul, fullwidth forms) and emoji shown as pictures
///   (emoji presentation, or an emoji followed by variation selector 16, a skin tone or a zero-width joiner);
/// - 1: everything else.
///
/// Only the first scalar decides, because the rest of a grapheme cluster combines with it.
public func displayWidth(of character: Character) -> Int {
    let scalars = character.unicodeScalars
    guard let first = scalars.first else { return 0 }
    let properties = first.properties
    switch properties.generalCategory {
    case .control, .format, .nonspacingMark, .enclosingMark, .lineSeparator, .paragraphSeparator, .surrogate:
        return 0
    default:
        break
    }
    if hangulVowelsAndFinals.contains(first.value) {
        return 0
    }
    if properties.isEmojiPresentation {
        return 2
    }
    if properties.isEmoji, scalars.dropFirst().contains(where: requestsEmojiPresentation) {
        return 2
    }
    return isEastAsianWide(first.value) ? 2 : 1
}

/// The columns `text` covers when each of its scalars is a character of its own one column wide, else nil: printable
/// ASCII and the Latin letters up to U+02FF (Danish, and every other Latin script), but the soft hyphen, which is
/// not drawn; and the symbols the screen draws with (`isSimpleSymbol`). No such scalar joins the one before it in a
/// grapheme cluster, so the count of scalars is the count of characters and of columns. Nearly every text on the
/// screen is of this kind, and telling so costs a few instructions a letter, where finding the clusters and looking
/// up each one's Unicode properties costs hundreds.
@inline(__always)
func simpleWidth(of text: some StringProtocol) -> Int? {
    var count = 0
    for scalar in text.unicodeScalars {
        let value = scalar.value
        guard (value >= 0x20 && value < 0x7F) || (value >= 0xA0 && value < 0x300 && value != 0xAD) else {
            guard isSimpleSymbol(value) else { return nil }
            count += 1
            continue
        }
        count += 1
    }
    return count
}

/// The blocks of symbols the screen is drawn with, one column each and never joining a neighbour: punctuation
/// (dashes, quotation marks, "…", "·", "•", leaving out the zero-width and direction controls around them),
/// currency signs, arrows, box drawing and block elements (the borders and bars), and the geometric shapes but for the
/// two drawn as pictures (◽ ◾). A border of box drawing went through the Unicode tables a character at a time:
/// at city scale most of a frame. `DisplayWidthTests` checks each of them against `displayWidth(of:)`.
@inline(__always)
func isSimpleSymbol(_ value: UInt32) -> Bool {
    switch value {
    case 0x2010...0x2027, 0x2030...0x205E, 0x20A0...0x20C0, 0x2190...0x21FF, 0x2500...0x25FC: true
    default: false
    }
}

/// How many terminal columns `text` covers: the sum over its characters.
public func displayWidth(of text: some StringProtocol) -> Int {
    if let simple = simpleWidth(of: text) { return simple }
    var total = 0
    for character in text {
        total += displayWidth(of: character)
    }
    return total
}

/// `text` cut to at most `width` columns, ending in "…" when something was cut.
///
/// The cut falls between characters, so a wide character that would straddle it is dropped and the result
/// may be one column narrower than `width`.
public func truncate(_ text: String, toWidth width: Int) -> String {
    guard width > 0 else { return "" }
    if let simple = simpleWidth(of: text) {
        guard simple > width else { return text }
        let cut = text.unicodeScalars.index(text.startIndex, offsetBy: width - 1)
        return text[..<cut] + "…"
    }
    if displayWidth(of: text) <= width {
        return text
    }
    var result = ""
    var used = 0
    for character in text {
        let characterWidth = displayWidth(of: character)
        if used + characterWidth > width - 1 {
            break
        }
        result.append(character)
        used += characterWidth
    }
    result.append("…")
    return result
}

/// `text` followed by spaces up to `width` columns; unchanged when it is already as wide or wider.
public func pad(_ text: String, toWidth width: Int) -> String {
    let missing = width - displayWidth(of: text)
    return missing > 0 ? text + String(repeating: " ", count: missing) : text
}

/// `text` truncated with "…" or padded with spaces to exactly `width` columns.
public func fit(_ text: String, toWidth width: Int) -> String {
    pad(truncate(text, toWidth: width), toWidth: width)
}

/// Hangul Jamo medial vowels and final consonants: they join the syllable before them.
private let hangulVowelsAndFinals: ClosedRange<UInt32> = 0x1160...0x11FF

/// Whether a scalar after an emoji turns the cluster into a two-column picture.
private func requestsEmojiPresentation(_ scalar: Unicode.Scalar) -> Bool {
    scalar.value == 0xFE0F  // variation selector 16
        || scalar.value == 0x200D  // zero-width joiner
        || scalar.properties.isEmojiModifier  // skin tones
}

/// East Asian Wide (W) and Fullwidth (F) ranges, in ascending order. Emoji in the symbol planes are covered by
/// `isEmojiPresentation`; the pictograph blocks are listed too so that emoji newer than the runtime's tables
/// still count as wide.
private let eastAsianWideRanges: [ClosedRange<UInt32>] = [
    0x1100...0x115F,  // Hangul Jamo initial consonants
    0x2329...0x232A,  // angle brackets
    0x2E80...0x303E,  // CJK radicals, Kangxi radicals, ideographic description, CJK symbols and punctuation
    0x3041...0x33FF,  // Hiragana, Katakana, Bopomofo, Hangul compatibility Jamo, Kanbun, enclosed CJK
    0x3400...0x4DBF,  // CJK unified ideographs extension A
    0x4E00...0x9FFF,  // CJK unified ideographs
    0xA000...0xA4CF,  // Yi
    0xA960...0xA97F,  // Hangul Jamo extended A
    0xAC00...0xD7A3,  // Hangul syllables
    0xF900...0xFAFF,  // CJK compatibility ideographs
    0xFE10...0xFE19,  // vertical forms
    0xFE30...0xFE6F,  // CJK compatibility forms, small form variants
    0xFF00...0xFF60,  // fullwidth forms
    0xFFE0...0xFFE6,  // fullwidth signs
    0x16FE0...0x16FE4,  // ideographic symbols
    0x17000...0x18CFF,  // Tangut, Khitan
    0x1B000...0x1B2FF,  // Kana supplement and extensions, Nushu
    0x1F200...0x1F2FF,  // enclosed ideographic supplement
    0x1F900...0x1F9FF,  // supplemental symbols and pictographs
    0x1FA70...0x1FAFF,  // symbols and pictographs extended A
    0x20000...0x2FFFD,  // CJK extensions B to F, compatibility supplement
    0x30000...0x3FFFD,  // CJK extensions G and H
]

private func isEastAsianWide(_ value: UInt32) -> Bool {
    guard value >= 0x1100 else { return false }
    var low = 0
    var high = eastAsianWideRanges.count - 1
    while low <= high {
        let middle = (low + high) / 2
        let range = eastAsianWideRanges[middle]
        if value < range.lowerBound {
            high = middle - 1
        } else if value > range.upperBound {
            low = middle + 1
        } else {
            return true
        }
    }
    return false
}

/// `text` broken at spaces into lines of at most `width` columns; a word wider than a line is cut between
/// characters. With `maxLines`, the last line that fits ends in "…" when text is left over.
public func wrap(_ text: String, toWidth width: Int, maxLines: Int? = nil) -> [String] {
    guard width > 0 else { return [] }
    var lines: [String] = []
    var line = ""
    var lineWidth = 0
    for word in text.split(separator: " ", omittingEmptySubsequences: true) {
        var rest = Substring(word)
        while !rest.isEmpty {
            let wordWidth = displayWidth(of: rest)
            let room = width - lineWidth - (line.isEmpty ? 0 : 1)
            if wordWidth <= room {
                line += (line.isEmpty ? "" : " ") + rest
                lineWidth += wordWidth + (lineWidth == 0 ? 0 : 1)
                break
            }
            if !line.isEmpty {
                lines.append(line)
                line = ""
                lineWidth = 0
                continue
            }
            // A word wider than a whole line: as much of it as fits, the rest on the next line.
            var used = 0
            var cut = rest.startIndex
            while cut < rest.endIndex, used + displayWidth(of: rest[cut]) <= width {
                used += displayWidth(of: rest[cut])
                cut = rest.index(after: cut)
            }
            if cut == rest.startIndex { cut = rest.index(after: cut) }
            lines.append(String(rest[..<cut]))
            rest = rest[cut...]
        }
    }
    if !line.isEmpty || lines.isEmpty { lines.append(line) }
    guard let maxLines, lines.count > maxLines, maxLines > 0 else { return lines }
    var kept = Array(lines.prefix(maxLines))
    // The next word did not fit on the last line kept, so this is too wide and is cut with "…".
    kept[maxLines - 1] = truncate(
        ([kept[maxLines - 1]] + lines[maxLines...]).joined(separator: " "), toWidth: width)
    return kept
}
