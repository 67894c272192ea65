import DepotCore

/// The texts of one part of the screen (the Week tab, the Plan tab, the Events tab...), kept beside that part so a
/// feature brings its own words. Every case needs a Danish and an English text; a test checks every catalogue
/// listed in `Strings.catalogues`.
public protocol TextCatalogue: RawRepresentable, CaseIterable, Hashable, Sendable where RawValue == String {
    static var danish: [Self: String] { get }
    static var english: [Self: String] { get }
}

extension TextCatalogue {
    static func table(_ language: Language) -> [Self: String] { language == .danish ? danish : english }

    /// The names of the cases that lack a text in `language`.
    static func missing(in language: Language) -> [String] {
        let table = table(language)
        return allCases.filter { table[$0] == nil }.map(\.rawValue)
    }

    static var keyNames: [String] { allCases.map(\.rawValue) }
}

extension Strings {
    public subscript<Key: TextCatalogue>(_ key: Key) -> String {
        Key.table(language)[key] ?? key.rawValue
    }

    /// The text for `key` with `{0}`, `{1}`... replaced by `arguments`.
    public func format<Key: TextCatalogue>(_ key: Key, _ arguments: CustomStringConvertible...) -> String {
        var text = self[key]
        for (position, argument) in arguments.enumerated() {
            text = text.replacingOccurrences(of: "{\(position)}", with: argument.description)
        }
        return text
    }

    /// `count` and the form of the noun `key` holds as "one|other" ("konflikt|konflikter"): "1 konflikt".
    public func count<Key: TextCatalogue>(_ count: Int, _ key: Key) -> String {
        Plural.count(count, self[key], in: language)
    }

    /// Every feature catalogue; add a new one here so the completeness test covers it.
    static let catalogues: [any TextCatalogue.Type] = [
        WeekTabText.self, EventsText.self, DesksText.self, PlanTabText.self, ScoringText.self, ReturnText.self,
        DeskText.self,
        LedgerText.self, PartnerFormText.self,
    ]

    /// Names of missing texts in every catalogue, the main one included, as "Catalogue.key".
    static func missingTexts(in language: Language) -> [String] {
        let main = TextKey.allCases.filter { table(language)[$0] == nil }.map { "TextKey.\($0.rawValue)" }
        let features = catalogues.flatMap { catalogue in
            catalogue.missing(in: language).map { "\(catalogue).\($0)" }
        }
        return main + features
    }

    /// Every key name of every catalogue, for tests that look for an untranslated key on screen.
    static var allKeyNames: [String] {
        TextKey.allCases.map(\.rawValue) + catalogues.flatMap { $0.keyNames }
    }
}
