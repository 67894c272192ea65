import ArgumentParser
import DepotCore
import Foundation

/// `--lang da|en`, shared by the commands that print text for people. Without it the locale decides
/// (`LC_ALL`, `LC_MESSAGES`, `LANG`: Danish for `da_*`), as it does for `depot open`.
struct LanguageOption: ParsableArguments {
    @Option(help: ArgumentHelp("The language of the text: da or en (default: from LANG).", valueName: "LANG"))
    var lang: String?

    func validate() throws {
        if let lang, Language(code: lang) == nil { throw ValidationError("--lang must be da or en.") }
    }

    var language: Language { Language.resolve(explicit: lang, environment: ProcessInfo.processInfo.environment) }

    var words: Words { Words(language) }
}

/// The command line's sentences in the chosen language: the Danish and the English side by side, counts with their
/// plural form, numbers with the language's decimal sign.
struct Words {
    let language: Language

    init(_ language: Language) { self.language = language }

    var danish: Bool { language == .danish }

    /// The text in the chosen language.
    func say(_ danish: String, _ english: String) -> String { self.danish ? danish : english }

    /// "1 kasse" / "3 kasser", "1 crate" / "3 crates": forms written "singular|plural".
    func count(_ count: Int, da: String, en: String) -> String {
        Plural.count(count, danish ? da : en, in: language)
    }

    /// "1 dag" / "5 dage", "1 day" / "5 days".
    func days(_ count: Int) -> String { self.count(count, da: "dag|dage", en: "day|days") }

    /// A whole number as the language groups it.
    func number(_ value: Int) -> String { NumberText.whole(value, in: language) }

    /// An amount with two decimals: "469,90" / "469.90".
    func amount(_ money: Money) -> String {
        danish ? money.description.replacingOccurrences(of: ".", with: ",") : money.description
    }
}
