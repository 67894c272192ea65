import Foundation

/// The keys of one part of the texts (the Week tab, the Plan tab, the route sheet...), kept beside that part so a
/// feature brings its own keys. The texts are in the language files (`Texts/<code>.json` in the resources) under
/// the catalogue's type name; a test checks every catalogue listed in `TextBook.catalogues` and the screen's
/// `Strings.catalogues`.
public protocol TextCatalogue: RawRepresentable, CaseIterable, Hashable, Sendable where RawValue == String {
    /// The names of the placeholders each text takes (`{week}` in the files), in the order `Strings.format` is
    /// given their values. A key that is not listed takes none.
    static var placeholders: [Self: [String]] { get }
}

extension TextCatalogue {
    public static var placeholders: [Self: [String]] { [:] }

    /// The name of the catalogue in the language files: the type's name.
    public static var catalogueName: String { String(describing: Self.self) }

    public static var keyNames: [String] { allCases.map(\.rawValue) }

    /// The names of the cases that lack a text in `texts`.
    public static func missing(in texts: LanguageTexts) -> [String] {
        allCases.filter { texts.entry(catalogueName, $0.rawValue) == nil }.map(\.rawValue)
    }

    public static func missing(in language: Language) -> [String] { missing(in: LanguageTexts.bundled(language)) }

    /// Keys in `texts` under this catalogue that no case has.
    public static func unknown(in texts: LanguageTexts) -> [String] {
        let known = Set(keyNames)
        return (texts.catalogues[catalogueName] ?? [:]).keys.filter { !known.contains($0) }.sorted()
    }

    /// Texts whose placeholders are not exactly the ones `placeholders` declares for their key, and declarations
    /// that name a placeholder twice, as "Catalogue.key: …".
    public static func placeholderProblems(in texts: LanguageTexts) -> [String] {
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
    public static func pluralMismatches(in languages: [LanguageTexts]) -> [String] {
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

/// The texts of one language, for the printouts and commands (the screen's `Strings` holds one too).
public struct TextBook: Sendable {
    public let language: Language
    public let texts: LanguageTexts

    /// The program's own texts for `language`, unless `texts` are given.
    public init(_ language: Language, texts: LanguageTexts? = nil) {
        self.language = language
        self.texts = texts ?? LanguageTexts.bundled(language)
    }

    /// The text for `key`; its name when the language has none, which the tests catch.
    public subscript<Key: TextCatalogue>(_ key: Key) -> String {
        texts.entry(Key.catalogueName, key.rawValue)?.plain ?? key.rawValue
    }

    /// The text for `key` with its placeholders filled by `arguments`, in the order `Key.placeholders` names them.
    public func format<Key: TextCatalogue>(_ key: Key, _ arguments: CustomStringConvertible...) -> String {
        filled(key, arguments)
    }

    public func filled<Key: TextCatalogue>(_ key: Key, _ arguments: [CustomStringConvertible]) -> String {
        LanguageTexts.fill(self[key], names: Key.placeholders[key] ?? [], values: arguments.map(\.description))
    }

    /// The form of `key`'s text for `count` with its placeholders filled by `arguments`: a sentence whose words
    /// follow a number in it (`{"one": "{count} brev holdes tilbage", "other": "{count} breve holdes tilbage"}`).
    public func format<Key: TextCatalogue>(_ key: Key, count: Int, _ arguments: CustomStringConvertible...) -> String {
        filled(key, count: count, arguments)
    }

    public func filled<Key: TextCatalogue>(_ key: Key, count: Int, _ arguments: [CustomStringConvertible]) -> String {
        LanguageTexts.fill(
            form(key, count: count), names: Key.placeholders[key] ?? [], values: arguments.map(\.description))
    }

    /// The form of `key`'s words for `count`: "kasse" for 1.
    public func form<Key: TextCatalogue>(_ key: Key, count: Int) -> String {
        texts.entry(Key.catalogueName, key.rawValue).map { Plural.form($0, count: count, in: language) }
            ?? key.rawValue
    }

    /// `count` and the form of the noun `key` holds for it (`{"one": "konflikt", "other": "konflikter"}`):
    /// "1 konflikt".
    public func count<Key: TextCatalogue>(_ count: Int, _ key: Key) -> String {
        "\(NumberText.whole(count, in: language)) \(form(key, count: count))"
    }

    /// The core's catalogues (printouts, commands); the screen adds its own in `Strings.catalogues`.
    public static let catalogues: [any TextCatalogue.Type] = [
        WeekPrintText.self, PackingListText.self, CommandText.self, DayNameText.self, NumberFormatText.self,
        StoreErrorText.self, LookupText.self, WhereaboutsWords.self, LetterText.self, ExchangeDatesText.self,
        PlanWordsText.self, PlanExplainText.self, PlanPrintText.self, PlanDiffText.self, ScanText.self,
        HolidayText.self, SyncText.self, DeskErrorText.self, StoreNoticeText.self, RecurringClosureWords.self,
        CheckText.self, CompetitionText.self, PartnershipText.self, OutreachText.self, ReachText.self,
        ConflictText.self, ReadOnlyText.self, CompetitionRefusalText.self, LimitText.self,
        OptionText.self, DayInputText.self, TeamText.self, ReportText.self, CompetitionPrintText.self,
        ArgumentParserText.self, JSONProblemText.self, FileProblemText.self, HelpText.self, ImportText.self,
        CSVProblemText.self, ItemText.self, SpreadsheetProblemText.self,
    ]
}
