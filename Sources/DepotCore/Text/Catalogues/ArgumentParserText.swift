import Foundation

/// The refusals of the command line's argument parser (swift-argument-parser) in Depot's languages.
///
/// The parser keeps the kinds of its errors to itself and gives only their English text, so the English texts of
/// this catalogue are the parser's own sentences, placeholders where it puts what was typed (they must stay the
/// parser's wording, word for word: `spoken(_:in:)` finds the placeholders' values by them), and the other
/// languages say the same with those values. A refusal of a form not here is left as the parser wrote it.
public enum ArgumentParserText: String, TextCatalogue {
    case unknownOptionDidYouMean, unknownOption
    case missingValue, takesNoValue
    case unexpectedArgument, unexpectedArguments
    case missingArgument, missingOneOf
    case invalidValueFor, invalidValue
    case provideOneOfFollowing, provideOneOf, valuesOr
    case invalidOption, missingSubcommand
    case alreadySet, flag
    case orLine
    // The help's own words (`depot --help`), the parser's English kept word for word.
    case helpOverview, helpUsage, helpArguments, helpOptions, helpSubcommands, helpShowHelp, helpShowVersion
    case helpSubcommandHelp, helpSeeSubcommand, helpDefaultSubcommand, helpDefault, helpValues, helpValuesDefault
    case helpSubcommandValue

    public static let placeholders: [ArgumentParserText: [String]] = [
        .unknownOptionDidYouMean: ["option", "suggestion"], .unknownOption: ["option"],
        .missingValue: ["option"], .takesNoValue: ["option", "value"],
        .unexpectedArgument: ["value"], .unexpectedArguments: ["count", "values"],
        .missingArgument: ["argument"], .missingOneOf: ["arguments"],
        .invalidValueFor: ["value", "option", "rest"], .invalidValue: ["value", "rest"],
        .provideOneOf: ["values"], .invalidOption: ["option"],
        .alreadySet: ["duplicate", "previous"], .flag: ["argument"],
        .orLine: ["message", "composite"], .helpSeeSubcommand: ["command"],
    ]

    /// The sentences a refusal's first line can be, most particular first.
    static let refusals: [ArgumentParserText] = [
        .unknownOptionDidYouMean, .unknownOption, .missingValue, .takesNoValue, .unexpectedArgument,
        .unexpectedArguments, .missingArgument, .missingOneOf, .invalidValueFor, .invalidValue, .invalidOption,
        .missingSubcommand, .alreadySet,
    ]

    /// The parser's whole message for a refusal (`fullMessage(for:)`: "Error: …", "Help:  …", "Usage: …",
    /// "  See '… --help' for more information.") in `language`. The names of options and values and what was typed
    /// are kept as they are; a sentence of a form the catalogue does not know stays the parser's. The "Help:" line
    /// quotes the option's help, which is in the run's language already (`HelpText`); its label and the usage's are
    /// said in `language`, and as in English the two start their texts in one column.
    public static func spoken(_ message: String, in language: Language) -> String {
        guard language != .english else { return message }
        let book = TextBook(language)
        let english = TextBook(.english)
        let lines = message.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        var helpLabel = book[CommandText.argumentHelp]
        var usageLabel = book[CommandText.argumentUsage]
        if lines.contains(where: { $0.hasPrefix("Help:  ") }) {
            let width = max(helpLabel.count, usageLabel.count)
            helpLabel += String(repeating: " ", count: width - helpLabel.count)
            usageLabel += String(repeating: " ", count: width - usageLabel.count)
        }
        var said: [String] = []
        for line in lines {
            if line.hasPrefix("Help:  ") {
                said.append(helpLabel + line.dropFirst(7))
                continue
            }
            if line.hasPrefix("Error: ") {
                said.append(book[CommandText.argumentError] + sentence(String(line.dropFirst(7)), book, english))
                continue
            }
            if line.hasPrefix("Usage: ") {
                said.append(usageLabel + line.dropFirst(7))
                continue
            }
            let trimmed = line.drop { $0 == " " }
            let indent = String(line.prefix(line.count - trimmed.count))
            if trimmed.hasPrefix("See '"), trimmed.hasSuffix(" --help' for more information.") {
                let command = trimmed.dropFirst("See '".count).dropLast(" --help' for more information.".count)
                said.append(indent + book.format(CommandText.argumentSeeHelp, command))
            } else if let values = LanguageTexts.unfill(line, template: english[ArgumentParserText.orLine]) {
                let message = sentence(values["message"] ?? "", book, english)
                said.append(book.format(ArgumentParserText.orLine, message, values["composite"] ?? ""))
            } else {
                said.append(line)
            }
        }
        return said.joined(separator: "\n")
    }

    /// The parser's help text (`--help`, `depot help X`) in `language`: the words the parser writes itself (the
    /// headings, its own options' help, "(default: …)") said in the language; the commands' own texts are already
    /// in it (`HelpText`). Names of commands, options and values are kept. The columns stay aligned: a word that
    /// grows takes the room from the spaces after it.
    public static func spokenHelp(_ text: String, in language: Language) -> String {
        guard language != .english else { return text }
        let book = TextBook(language)
        let english = TextBook(.english)
        let headings: [ArgumentParserText] = [.helpArguments, .helpOptions, .helpSubcommands]
        let phrases: [ArgumentParserText] = [
            .helpShowHelp, .helpShowVersion, .helpSubcommandHelp,
            .helpSubcommandValue,
        ]
        var lines: [String] = []
        for line in valuesDefault(text, book, english).split(separator: "\n", omittingEmptySubsequences: false)
            .map(String.init)
        {
            if let heading = headings.first(where: { english[$0] == line }) {
                lines.append(book[heading])
                continue
            }
            var said = line
            for key in [ArgumentParserText.helpOverview, .helpUsage] where said.hasPrefix(english[key]) {
                said = book[key] + said.dropFirst(english[key].count)
            }
            let trimmed = said.drop { $0 == " " }
            if let values = LanguageTexts.unfill(
                String(trimmed), template: english[ArgumentParserText.helpSeeSubcommand])
            {
                said =
                    String(said.prefix(said.count - trimmed.count))
                    + book.format(ArgumentParserText.helpSeeSubcommand, values["command"] ?? "")
            }
            said = replacing(
                english[ArgumentParserText.helpDefaultSubcommand], book[ArgumentParserText.helpDefaultSubcommand],
                in: said)
            for key in phrases { said = replacing(english[key], book[key], in: said) }
            lines.append(said)
        }
        return lines.joined(separator: "\n")
    }

    /// `text` with the parser's "(values: a, b; default: a)" and "(default: a)" said in `book`'s language, also
    /// where the parser wrapped the line at one of their spaces.
    private static func valuesDefault(_ text: String, _ book: TextBook, _ english: TextBook) -> String {
        var text = text
        for key in [ArgumentParserText.helpValuesDefault, .helpValues, .helpDefault] {
            let old = english[key].split(separator: " ", omittingEmptySubsequences: false).map(String.init)
            let new = book[key].split(separator: " ", omittingEmptySubsequences: false).map(String.init)
            guard old.count == new.count else {
                text = text.replacingOccurrences(of: english[key], with: book[key])
                continue
            }
            let pattern = old.map(NSRegularExpression.escapedPattern(for:)).joined(separator: "(\\s+)")
            var template = NSRegularExpression.escapedTemplate(for: new[0])
            for (index, part) in new.enumerated().dropFirst() {
                template += "$\(index)" + NSRegularExpression.escapedTemplate(for: part)
            }
            text = text.replacingOccurrences(of: pattern, with: template, options: .regularExpression)
        }
        return text
    }

    /// `text` with `old` replaced by `new`; when `new` is longer and spaces follow, as many of them as it grew are
    /// dropped (leaving at least two), so that the next column starts where it did.
    private static func replacing(_ old: String, _ new: String, in text: String) -> String {
        guard !old.isEmpty, text.contains(old) else { return text }
        var result = ""
        var rest = text[...]
        while let range = rest.range(of: old) {
            result += rest[..<range.lowerBound] + new
            rest = rest[range.upperBound...]
            let spaces = rest.prefix { $0 == " " }.count
            let grown = new.count - old.count
            if grown > 0, spaces > 2 { rest = rest.dropFirst(min(grown, spaces - 2)) }
        }
        return result + rest
    }

    /// One refusal of the parser in `book`'s language, or as it is when it is of no form the catalogue knows.
    static func sentence(_ text: String, _ book: TextBook, _ english: TextBook) -> String {
        for key in refusals {
            guard let values = LanguageTexts.unfill(text, template: english[key]) else { continue }
            let names = placeholders[key] ?? []
            let said = names.map { name -> String in
                let value = values[name] ?? ""
                switch name {
                case "rest": return rest(value, book, english)
                case "duplicate", "previous":
                    return LanguageTexts.unfill(value, template: english[ArgumentParserText.flag])
                        .map { book.format(ArgumentParserText.flag, $0["argument"] ?? "") } ?? value
                default: return value
                }
            }
            return book.filled(key, said)
        }
        return text
    }

    /// What follows "The value 'x' is invalid for '--format <format>'": the values the option takes, or the
    /// reason the option's own reading gave (": …", Depot's, already in the language), or nothing.
    private static func rest(_ text: String, _ book: TextBook, _ english: TextBook) -> String {
        if text == english[ArgumentParserText.provideOneOfFollowing] {
            return book[ArgumentParserText.provideOneOfFollowing]
        }
        guard let values = LanguageTexts.unfill(text, template: english[ArgumentParserText.provideOneOf]) else {
            return text
        }
        let quoted = quotedValues(values["values"] ?? "")
        guard let last = quoted.last else { return text }
        let list =
            quoted.count == 1
            ? last : quoted.dropLast().joined(separator: ", ") + book[ArgumentParserText.valuesOr] + last
        return book.format(ArgumentParserText.provideOneOf, list)
    }

    /// The values in single quotes in `text` ("'text', 'csv' or 'json'"), each with its quotes.
    private static func quotedValues(_ text: String) -> [String] {
        var values: [String] = []
        var rest = text[...]
        while let open = rest.firstIndex(of: "'") {
            let after = rest[rest.index(after: open)...]
            guard let close = after.firstIndex(of: "'") else { break }
            values.append("'" + after[..<close] + "'")
            rest = after[after.index(after: close)...]
        }
        return values
    }
}
