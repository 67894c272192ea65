import Foundation

/// One text of a language file: words as they stand, or the forms of words that depend on a count.
public enum TextEntry: Sendable, Equatable {
    case text(String)
    /// The forms by CLDR plural category; every language file gives at least `one` and `other`.
    case plural([Plural.Category: String])

    /// The text, or for a plural the form for a count other than 1: what a text without a count shows.
    public var plain: String {
        switch self {
        case .text(let text): text
        case .plural(let forms): forms[.other] ?? forms.values.first ?? ""
        }
    }
}

/// A language file that cannot be used: the file and what is wrong, with the catalogue and key where there is one.
public struct TextFileError: Error, CustomStringConvertible, Equatable {
    public let file: String
    public let message: String

    public var description: String { "\(file): \(message)" }
}

/// The texts of one language, as a translator keeps them: `Texts/<code>.json` in DepotCore's resources, one object
/// per catalogue (`"PlanTabText"`, `"TextKey"`...) holding one entry per key. An entry is a string, with
/// placeholders by name (`"Uge {week} · {from} – {to}"`), or an object of plural forms by CLDR category
/// (`{"one": "kasse", "other": "kasser"}`). Adding a language is a new file and a `Language` case whose raw value
/// is the file's name.
public struct LanguageTexts: Sendable {
    /// The language code, the file's name without `.json`: "da".
    public let code: String
    /// Entries by catalogue, then by key.
    public let catalogues: [String: [String: TextEntry]]

    public init(code: String, catalogues: [String: [String: TextEntry]]) {
        self.code = code
        self.catalogues = catalogues
    }

    public func entry(_ catalogue: String, _ key: String) -> TextEntry? { catalogues[catalogue]?[key] }

    /// The texts of `language` that travel with the program, read on first use and kept (every language at once;
    /// a `static let` is initialised once, whichever thread asks first). A file that is missing or damaged gives
    /// no texts, so the screen shows key names; `problems` says why, and the tests and `depot` check it.
    public static func bundled(_ language: Language) -> LanguageTexts {
        bundledTexts.texts[language] ?? LanguageTexts(code: language.rawValue, catalogues: [:])
    }

    /// What is wrong with the language files that travel with the program; empty when every `Language` has a
    /// readable file.
    public static var problems: [TextFileError] {
        Language.allCases.compactMap { bundledTexts.problems[$0] }
    }

    /// Why `language`'s file that travels with the program cannot be used, if it cannot.
    public static func problem(for language: Language) -> TextFileError? { bundledTexts.problems[language] }

    /// The folder of the language files in DepotCore's resources.
    public static var bundledFolder: URL? { Bundle.module.url(forResource: "Texts", withExtension: nil) }

    private static let bundledTexts: (texts: [Language: LanguageTexts], problems: [Language: TextFileError]) = {
        var texts: [Language: LanguageTexts] = [:]
        var problems: [Language: TextFileError] = [:]
        let folder = bundledFolder
        for language in Language.allCases {
            do throws(TextFileError) {
                guard let folder else {
                    throw TextFileError(
                        file: "Texts/\(language.rawValue).json", message: "is missing from this installation")
                }
                texts[language] = try load(code: language.rawValue, folder: folder)
            } catch {
                problems[language] = error
            }
        }
        return (texts, problems)
    }()

    /// Reads `<code>.json` in `folder`.
    public static func load(code: String, folder: URL) throws(TextFileError) -> LanguageTexts {
        let url = folder.appendingPathComponent("\(code).json")
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            throw TextFileError(file: url.path, message: "cannot be read (\(error.localizedDescription))")
        }
        return try parse(data, code: code, file: url.path)
    }

    /// The texts in a language file's bytes; `file` names it in errors.
    public static func parse(_ data: Data, code: String, file: String) throws(TextFileError) -> LanguageTexts {
        // A file in good order is read from the store's parser: reading it as `Any` and casting every value cost each
        // command 44 M instructions, more than all the rest of a town's `depot week`. Anything the quick read does
        // not take is read the slow way, which says what is wrong.
        if let texts = parseQuickly(data, code: code) { return texts }
        return try parseAsObjects(data, code: code, file: file)
    }

    /// The texts of a file in good order, read straight from the store's parsed tape (an entry is a text, or plural
    /// forms that include "one" and "other"); nil for anything else. Decoding it as `Decodable` threw an error for
    /// every plural entry, each working out a line and column from the start of the file.
    static func parseQuickly(_ data: Data, code: String) -> LanguageTexts? {
        struct NotInOrder: Error {}
        guard let tape = try? data.withUnsafeBytes({ bytes throws(JSONSyntaxError) in try JSONTape(parsing: bytes) }),
            tape.tokens[0].kind == .object
        else { return nil }
        var catalogues: [String: [String: TextEntry]] = [:]
        do {
            try tape.forEachMember(ofObjectAt: 0) { catalogueKey, catalogueValue in
                guard tape.tokens[catalogueValue].kind == .object else { throw NotInOrder() }
                var table: [String: TextEntry] = [:]
                try tape.forEachMember(ofObjectAt: catalogueValue) { key, value in
                    switch tape.tokens[value].kind {
                    case .string:
                        table[tape.string(at: key)] = .text(tape.string(at: value))
                    case .object:
                        var forms: [Plural.Category: String] = [:]
                        try tape.forEachMember(ofObjectAt: value) { name, form in
                            guard let category = Plural.Category(rawValue: tape.string(at: name)),
                                tape.tokens[form].kind == .string
                            else { throw NotInOrder() }
                            forms[category] = tape.string(at: form)
                        }
                        guard forms[.one] != nil, forms[.other] != nil else { throw NotInOrder() }
                        table[tape.string(at: key)] = .plural(forms)
                    default:
                        throw NotInOrder()
                    }
                }
                catalogues[tape.string(at: catalogueKey)] = table
            }
        } catch {
            return nil
        }
        return LanguageTexts(code: code, catalogues: catalogues)
    }

    /// `parse` the slow way, as objects: what it says of a damaged file names the catalogue, key and form.
    static func parseAsObjects(_ data: Data, code: String, file: String) throws(TextFileError) -> LanguageTexts {
        let object: Any
        do {
            object = try JSONSerialization.jsonObject(with: data)
        } catch {
            throw TextFileError(file: file, message: "is not valid JSON (\(jsonProblem(error)))")
        }
        guard let top = object as? [String: Any] else {
            throw TextFileError(file: file, message: "must hold an object of catalogues, {\"TextKey\": {…}, …}")
        }
        var catalogues: [String: [String: TextEntry]] = [:]
        for (catalogue, value) in top {
            guard let entries = value as? [String: Any] else {
                throw TextFileError(file: file, message: "\(catalogue) must be an object of texts by key")
            }
            var table: [String: TextEntry] = [:]
            for (key, value) in entries {
                table[key] = try entry(value, at: "\(catalogue).\(key)", file: file)
            }
            catalogues[catalogue] = table
        }
        return LanguageTexts(code: code, catalogues: catalogues)
    }

    private static func entry(_ value: Any, at name: String, file: String) throws(TextFileError) -> TextEntry {
        if let text = value as? String { return .text(text) }
        guard let object = value as? [String: Any] else {
            throw TextFileError(file: file, message: "\(name) must be a text or an object of plural forms")
        }
        var forms: [Plural.Category: String] = [:]
        for (name2, form) in object {
            guard let category = Plural.Category(rawValue: name2) else {
                let known = Plural.Category.allCases.map(\.rawValue).joined(separator: ", ")
                throw TextFileError(
                    file: file, message: "\(name) has the plural form \"\(name2)\"; the forms are \(known)")
            }
            guard let form = form as? String else {
                throw TextFileError(file: file, message: "\(name).\(name2) must be a text")
            }
            forms[category] = form
        }
        guard forms[.one] != nil, forms[.other] != nil else {
            throw TextFileError(file: file, message: "\(name) needs the plural forms \"one\" and \"other\"")
        }
        return .plural(forms)
    }

    private static func jsonProblem(_ error: Error) -> String {
        let nsError = error as NSError
        return (nsError.userInfo[NSDebugDescriptionErrorKey] as? String) ?? nsError.localizedDescription
    }
}

extension LanguageTexts {
    /// The names of the placeholders in `text`, in the order they stand: "Uge {week} · {from}" gives week, from.
    /// A name is letters and digits; other braces are text.
    public static func placeholders(in text: String) -> [String] {
        var names: [String] = []
        var rest = text[...]
        while let open = rest.firstIndex(of: "{") {
            let after = rest[rest.index(after: open)...]
            guard let close = after.firstIndex(of: "}") else { break }
            let name = after[..<close]
            if !name.isEmpty, name.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber) }) {
                names.append(String(name))
                rest = after[after.index(after: close)...]
            } else {
                rest = after
            }
        }
        return names
    }

    /// `text` with each `{name}` replaced by the value `names` and `values` give it at the same position; other
    /// braces, and placeholders without a value, stay as they are.
    public static func fill(_ text: String, names: [String], values: [String]) -> String {
        guard text.contains("{"), !names.isEmpty else { return text }
        var value: [Substring: String] = [:]
        for (name, text) in zip(names, values) where value[name[...]] == nil { value[name[...]] = text }
        var result = ""
        var rest = text[...]
        while let open = rest.firstIndex(of: "{") {
            result += rest[..<open]
            let after = rest[rest.index(after: open)...]
            if let close = after.firstIndex(of: "}"), let filled = value[after[..<close]] {
                result += filled
                rest = after[after.index(after: close)...]
            } else {
                result += "{"
                rest = after
            }
        }
        return result + rest
    }
}
