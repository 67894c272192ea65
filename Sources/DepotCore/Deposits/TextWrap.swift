/// Word wrapping for plain-text printouts such as reminder letters.
enum TextWrap {
    /// Breaks `text` into lines of at most `width` characters at spaces, the first line starting with
    /// `firstIndent` and the others with `indent`. A word longer than a line is cut. Every character counts as one
    /// column (letters, Danish ones included, and the dashes and quotes the letters use).
    static func lines(_ text: String, width: Int, firstIndent: String = "", indent: String = "") -> [String] {
        var lines: [String] = []
        var line = firstIndent
        var lineHasWord = false
        var currentIndent = firstIndent
        for word in text.split(separator: " ", omittingEmptySubsequences: true) {
            var word = Substring(word)
            while !word.isEmpty {
                let room = width - line.count - (lineHasWord ? 1 : 0)
                if word.count <= room {
                    line += (lineHasWord ? " " : "") + word
                    lineHasWord = true
                    break
                }
                if lineHasWord {
                    lines.append(line)
                    currentIndent = indent
                    line = currentIndent
                    lineHasWord = false
                    continue
                }
                // A word longer than a whole line: cut it.
                let cut = max(1, width - currentIndent.count)
                lines.append(currentIndent + word.prefix(cut))
                word = word.dropFirst(cut)
                currentIndent = indent
                line = currentIndent
            }
        }
        if lineHasWord || lines.isEmpty { lines.append(line) }
        return lines.map { $0.trailingSpacesRemoved }
    }

    /// `lines` joined with newlines.
    static func paragraph(_ text: String, width: Int, firstIndent: String = "", indent: String = "") -> String {
        lines(text, width: width, firstIndent: firstIndent, indent: indent).joined(separator: "\n")
    }
}

extension String {
    fileprivate var trailingSpacesRemoved: String {
        var text = self
        while text.last == " " { text.removeLast() }
        return text
    }
}
