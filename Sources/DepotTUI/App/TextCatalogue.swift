import DepotCore

/// The screen's words come from the same language files as the printouts' (`TextCatalogue` and `TextBook` in
/// DepotCore); these are the screen's catalogues.
extension Strings {
    public subscript<Key: TextCatalogue>(_ key: Key) -> String { book[key] }

    /// The text for `key` with its placeholders filled by `arguments`, in the order `Key.placeholders` names them.
    public func format<Key: TextCatalogue>(_ key: Key, _ arguments: CustomStringConvertible...) -> String {
        book.filled(key, arguments)
    }

    /// The form of `key`'s text for `count`, with its placeholders filled: "+1 bog", "+2 bøger".
    public func format<Key: TextCatalogue>(_ key: Key, count: Int, _ arguments: CustomStringConvertible...) -> String {
        book.filled(key, count: count, arguments)
    }

    /// `count` and the form of the noun `key` holds for it (`{"one": "konflikt", "other": "konflikter"}`):
    /// "1 konflikt".
    public func count<Key: TextCatalogue>(_ count: Int, _ key: Key) -> String { book.count(count, key) }

    /// Every catalogue, the main one first; add a new one here so the completeness test covers it.
    static let catalogues: [any TextCatalogue.Type] =
        TextBook.catalogues + [
            TextKey.self, WeekTabText.self, EventsText.self, DesksText.self, PlanTabText.self, ScoringText.self,
            ReturnText.self, DeskText.self, LedgerText.self, PartnerFormText.self, SyncBarText.self,
            SyncConflictText.self, PartnershipFormText.self, JuryText.self,
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
