extension LanguageTexts {
    /// The values of `template`'s placeholders when `text` is `template` filled in (`fill` the other way round):
    /// `"Unknown option '{option}'"` and `"Unknown option '--fromat'"` give `["option": "--fromat"]`; nil when
    /// `text` is not of that form.
    ///
    /// A placeholder takes the text up to the first place the words after it follow, except that the words that
    /// end the template must end the text; a placeholder that ends the template takes the rest. Two placeholders
    /// side by side are not told apart (the second gets nothing).
    public static func unfill(_ text: String, template: String) -> [String: String]? {
        var values: [String: String] = [:]
        var rest = text[...]
        let parts = segments(of: template)
        for (index, part) in parts.enumerated() {
            switch part {
            case .words(let words):
                guard rest.hasPrefix(words) else { return nil }
                rest = rest.dropFirst(words.count)
            case .placeholder(let name):
                guard index + 1 < parts.count else {
                    values[name] = String(rest)
                    rest = rest[rest.endIndex...]
                    continue
                }
                guard case .words(let next) = parts[index + 1] else {
                    values[name] = ""
                    continue
                }
                let end: Substring.Index
                if index + 2 == parts.count {
                    guard rest.hasSuffix(next) else { return nil }
                    end = rest.index(rest.endIndex, offsetBy: -next.count)
                } else {
                    guard let found = rest.range(of: next) else { return nil }
                    end = found.lowerBound
                }
                values[name] = String(rest[..<end])
                rest = rest[end...]
            }
        }
        return rest.isEmpty ? values : nil
    }

    private enum Segment {
        case words(String)
        case placeholder(String)
    }

    /// `template` as the words and placeholders it is made of, in order; an empty stretch of words is left out.
    private static func segments(of template: String) -> [Segment] {
        var parts: [Segment] = []
        var words = ""
        var rest = template[...]
        while let open = rest.firstIndex(of: "{") {
            let after = rest[rest.index(after: open)...]
            guard let close = after.firstIndex(of: "}") else { break }
            let name = after[..<close]
            words += rest[..<open]
            if !name.isEmpty, name.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber) }) {
                if !words.isEmpty { parts.append(.words(words)) }
                words = ""
                parts.append(.placeholder(String(name)))
            } else {
                words += "{" + name + "}"
            }
            rest = after[after.index(after: close)...]
        }
        words += rest
        if !words.isEmpty { parts.append(.words(words)) }
        return parts
    }
}

extension TextBook {
    /// `text`, made in English from the English text of one of `keys`, said in this book's language: the first key
    /// whose English text `text` fills (`LanguageTexts.unfill`), its placeholders' values said by `value` (given
    /// the placeholder's name and its value); nil when `text` is of none of those forms.
    func saying<Key: TextCatalogue>(
        _ text: String, asOneOf keys: [Key], english: TextBook, value: (String, String) -> String
    ) -> String? {
        for key in keys {
            guard let values = LanguageTexts.unfill(text, template: english[key]) else { continue }
            return filled(key, (Key.placeholders[key] ?? []).map { value($0, values[$0] ?? "") })
        }
        return nil
    }
}
