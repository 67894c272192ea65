import ArgumentParser
import DepotCore
import Foundation

/// `--lang da|en`, shared by the commands that print text for people. Without it the locale decides
/// (`LC_ALL`, `LC_MESSAGES`, `LANG`: Danish for `da_*`), as it does for `depot open`.
struct LanguageOption: ParsableArguments {
    @Option(help: ArgumentHelp(helpText(.commandLanguageLanguageLang), valueName: "LANG"))
    var lang: String?

    func validate() throws {
        if let lang, Language(code: lang) == nil {
            throw ValidationError(words.format(.langMustBeDaOr, Language.codes.joined(separator: ", ")))
        }
    }

    var language: Language { Language.resolve(explicit: lang, environment: ProcessInfo.processInfo.environment) }

    var words: Words { Words(language) }
}

/// The language of this run's messages, for the sentences said outside a command's `run` (errors of the shared
/// helpers, the store's notices, the help): `--lang` as the command line gives it, else the locale. The help dumped
/// for the man page (`--experimental-dump-help`, run by `.ci/manpage`) is always English.
let commandLanguage: Language = {
    let arguments = CommandLine.arguments
    var explicit: String?
    for (index, argument) in arguments.enumerated() {
        if argument == "--" { break }
        if argument == "--experimental-dump-help" { return .english }
        if argument == "--lang", index + 1 < arguments.count { explicit = arguments[index + 1] }
        if argument.hasPrefix("--lang=") { explicit = String(argument.dropFirst("--lang=".count)) }
    }
    return Language.resolve(explicit: explicit, environment: ProcessInfo.processInfo.environment)
}()

/// The command line of a request for help by the parser's built-in `help` command (`depot help closures add`; the
/// parser knows it only as the first argument), which takes no options, without its `--lang VALUE` or
/// `--lang=VALUE`, which has chosen this run's language already (`commandLanguage`) as it does for
/// `--help`. Any other command line is returned as it is. A `--lang` without a language it names is refused as a
/// command's `--lang` is.
func withoutHelpLanguage(_ arguments: [String]) throws -> [String] {
    var kept: [String] = []
    var values: [String?] = []
    var index = arguments.startIndex
    while index < arguments.endIndex {
        let argument = arguments[index]
        if argument == "--" {
            kept += arguments[index...]
            break
        }
        if argument == "--lang" {
            let next = arguments.index(after: index)
            values.append(next < arguments.endIndex ? arguments[next] : nil)
            index = min(arguments.index(after: next), arguments.endIndex)
            continue
        }
        if argument.hasPrefix("--lang=") {
            values.append(String(argument.dropFirst("--lang=".count)))
        } else {
            kept.append(argument)
        }
        index = arguments.index(after: index)
    }
    guard !values.isEmpty, kept.first == "help" else { return arguments }
    for value in values where value.flatMap(Language.init(code:)) == nil {
        throw ValidationError(words.format(.langMustBeDaOr, Language.codes.joined(separator: ", ")))
    }
    return kept
}

/// This run's sentences (see `commandLanguage`); a command with its own `--lang` option says the same.
let words = Words(commandLanguage)

/// The texts of the help in this run's language, read once (the parser asks for them while it builds the commands).
let helpBook = TextBook(commandLanguage)

/// A command's abstract or discussion, or an option's help, in this run's language (`HelpText`).
func helpText(_ key: HelpText) -> String { helpBook[key] }

/// The command line's sentences in the chosen language, from the language files (`CommandText`): counts with
/// their plural form, numbers and amounts as the language writes them.
struct Words: Sendable {
    let language: Language
    let book: TextBook

    init(_ language: Language) {
        self.language = language
        self.book = TextBook(language)
    }

    var danish: Bool { language == .danish }

    /// The text of `key`.
    subscript(_ key: CommandText) -> String { book[key] }

    /// The text of `key` with its placeholders filled, in the order `CommandText.placeholders` names them.
    func format(_ key: CommandText, _ arguments: CustomStringConvertible...) -> String {
        book.filled(key, arguments)
    }

    /// The form of `key` for `count`, filled: "depot: 1 brev holdes tilbage…" / "depot: 2 breve…".
    func format(_ key: CommandText, count: Int, _ arguments: CustomStringConvertible...) -> String {
        LanguageTexts.fill(
            book.form(key, count: count), names: CommandText.placeholders[key] ?? [],
            values: arguments.map(\.description))
    }

    /// `count` and the form of `key`'s noun for it: "1 kasse", "3 kasser".
    func count(_ count: Int, _ key: CommandText) -> String { book.count(count, key) }

    /// "1 dag" / "5 dage", "1 day" / "5 days".
    func days(_ count: Int) -> String { self.count(count, .nounDay) }

    /// A whole number as the language groups it.
    func number(_ value: Int) -> String { NumberText.whole(value, in: language) }

    /// An amount with two decimals: "469,90" / "469.90".
    func amount(_ money: Money) -> String { NumberText.amount(money, in: language) }
}

/// What went wrong, in this run's language where the error can say it in more than one (`LocalizedText`).
func spoken(_ error: Any) -> String {
    if let error = error as? any LocalizedText { return error.text(in: commandLanguage) }
    if let error = error as? CustomStringConvertible { return error.description }
    return "\(error)"
}
