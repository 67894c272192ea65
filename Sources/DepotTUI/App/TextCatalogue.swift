import DepotCore

/// The keys of one part of the screen's texts (the Week tab, the Plan tab, the Events tab...), kept beside that part
/// so a feature brings its own keys. The texts are in the language files (`Texts/<code>.json` in DepotCore's
/// resources) under the catalogue's type name; a test checks every catalogue listed in `Strings.catalogues`.
public protocol TextCatalogue: RawRepresentable, CaseIterable, Hashable, Sendable where RawValue == String {
    /// The names of the placeholders each text takes (`{week}` in the files), in the order `Strings.format` is
    /// given their values. A key that is not listed takes none.
    static var placeholders: [Self: [String]] { get }
}

extension TextCatalogue {
    public static var placeholders: [Self: [String]] { [:] }

    /// The name of the catalogue in the language files: the type's name.
    static var catalogueName: String { String(describing: Self.self) }

    static var keyNames: [String] { allCases.map(\.rawValue) }

    /// The names of the cases that lack a text in `texts`.
    static func missing(in texts: LanguageTexts) -> [String] {
        allCases.filter { texts.entry(catalogueName, $0.rawValue) == nil }.map(\.rawValue)
    }

    static func missing(in language: Language) -> [String] { missing(in: LanguageTexts.bundled(language)) }

    /// Keys in `texts` under this catalogue that no case has.
    static func unknown(in texts: LanguageTexts) -> [String] {
        let known = Set(keyNames)
        return (texts.catalogues[catalogueName] ?? [:]).keys.filter { !known.contains($0) }.sorted()
    }

    /// Texts whose placeholders are not exactly the ones `placeholders` declares for their key, and declarations
    /// that name a placeholder twice, as "Catalogue.key: …".
    static func placeholderProblems(in texts: LanguageTexts) -> [String] {
        var problems: [String] = []
        for key in allCases {
            let name = "\(catalogueName).\(key.rawValue)"
            let declared = placeholders[key] ?? []
            if Set(declared).count != declared.count { problems.append("\(name) declares a placeholder twice") }
            let forms: [String]
            switch texts.entry(catalogueName, key.rawValue) {
            case nil: continue
            case .text(let text): forms = [text]
            case .plural(let plural): forms = Plural.Category.allCases.compactMap { plural[$0] }
            }
            for form in forms where Set(LanguageTexts.placeholders(in: form)) != Set(declared) {
                problems.append(
                    "\(name) in \(texts.code): \"\(form)\" should use exactly "
                        + (declared.isEmpty ? "no placeholders" : declared.map { "{\($0)}" }.joined(separator: ", ")))
            }
        }
        return problems
    }

    /// Keys whose text has plural forms in one language and not in another.
    static func pluralMismatches(in languages: [LanguageTexts]) -> [String] {
        allCases.compactMap { key in
            let kinds = Set(
                languages.compactMap { texts -> Bool? in
                    guard let entry = texts.entry(catalogueName, key.rawValue) else { return nil }
                    if case .plural = entry { return true }
                    return false
                })
            return kinds.count > 1 ? "\(catalogueName).\(key.rawValue) has plural forms in only some languages" : nil
        }
    }
}

extension Strings {
    public subscript<Key: TextCatalogue>(_ key: Key) -> String { text(key) }

    /// The text for `key` with its placeholders filled by `arguments`, in the order `Key.placeholders` names them.
    public func format<Key: TextCatalogue>(_ key: Key, _ arguments: CustomStringConvertible...) -> String {
        filled(key, arguments)
    }

    /// `count` and the form of the noun `key` holds for it (`{"one": "konflikt", "other": "konflikter"}`):
    /// "1 konflikt".
    public func count<Key: TextCatalogue>(_ count: Int, _ key: Key) -> String {
        let form = texts.entry(Key.catalogueName, key.rawValue).map { Plural.form($0, count: count, in: language) }
        return "\(NumberText.whole(count, in: language)) \(form ?? key.rawValue)"
    }

    /// The text for `key`; its name when the language has none, which the tests catch.
    func text<Key: TextCatalogue>(_ key: Key) -> String {
        texts.entry(Key.catalogueName, key.rawValue)?.plain ?? key.rawValue
    }

    func filled<Key: TextCatalogue>(_ key: Key, _ arguments: [CustomStringConvertible]) -> String {
        LanguageTexts.fill(text(key), names: Key.placeholders[key] ?? [], values: arguments.map(\.description))
    }

    /// Every catalogue, the main one first; add a new one here so the completeness test covers it.
    static let catalogues: [any TextCatalogue.Type] = [
        TextKey.self, WeekTabText.self, EventsText.self, DesksText.self, PlanTabText.self, ScoringText.self,
        ReturnText.self, DeskText.self, LedgerText.self, PartnerFormText.self,
    ]

    /// Names of missing texts in every catalogue, as "Catalogue.key".
    static func missingTexts(in language: Language) -> [String] {
        missingTexts(in: LanguageTexts.bundled(language))
    }

    static func missingTexts(in texts: LanguageTexts) -> [String] {
        catalogues.flatMap { catalogue in catalogue.missing(in: texts).map { "\(catalogue.catalogueName).\($0)" } }
    }

    /// Everything wrong with a language's texts besides missing ones: entries no key has, catalogues the program does
    /// not know, and placeholders that differ from the ones the keys declare.
    static func textProblems(in texts: LanguageTexts) -> [String] {
        let names = Set(catalogues.map { $0.catalogueName })
        let strays = texts.catalogues.keys.filter { !names.contains($0) }.sorted().map {
            "\(texts.code): no catalogue is called \($0)"
        }
        return strays
            + catalogues.flatMap { catalogue in
                catalogue.unknown(in: texts).map { "\(texts.code): \(catalogue.catalogueName).\($0) is not a key" }
                    + catalogue.placeholderProblems(in: texts)
            }
    }

    /// Keys with plural forms in some of `languages` only.
    static func pluralMismatches(in languages: [LanguageTexts]) -> [String] {
        catalogues.flatMap { $0.pluralMismatches(in: languages) }
    }

    /// Every key name of every catalogue, for tests that look for an untranslated key on screen.
    static var allKeyNames: [String] { catalogues.flatMap { $0.keyNames } }
}
