import ArgumentParser
import DepotCore
import Foundation

struct CompetitionCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "competition",
        abstract: "Printouts of a reading-aloud competition: results, score sheets, running order, certificates.",
        subcommands: [Results.self, Sheets.self, Order.self, Certificates.self]
    )

    /// The options every competition printout shares.
    struct Options: ParsableArguments {
        @OptionGroup var library: LibraryOptions

        @Argument(help: ArgumentHelp("The event: its id (E2027-01) or a part of its title.", valueName: "EVENT"))
        var event: String

        @Option(help: ArgumentHelp("da or en (default: from the locale).", valueName: "LANG"))
        var lang: String?

        @Option(help: ArgumentHelp("Write to this file instead of standard output.", valueName: "FILE"))
        var output: String?

        var language: Language {
            Language.resolve(explicit: lang, environment: ProcessInfo.processInfo.environment)
        }

        func validate() throws {
            if let lang, Language(code: lang) == nil { throw ValidationError("--lang must be da or en.") }
        }
    }

    enum PageFormat: String, ExpressibleByArgument, CaseIterable {
        case text, html
    }

    struct Results: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Places and totals across the judges; ties that need a read-off; who advances.")

        @OptionGroup var options: Options
        @Option(
            help: ArgumentHelp("The round: its number or name (default: every round with readers).", valueName: "R"))
        var round: String?
        @Option(help: "text or html.")
        var format: PageFormat = .text

        func run() throws {
            let (event, competition) = try loadCompetition(options)
            let index = try round.map { try parseRound($0, in: competition) }
            let text =
                format == .html
                ? CompetitionResults.html(
                    event: event, competition: competition, round: index, language: options.language)
                : CompetitionResults.text(
                    event: event, competition: competition, round: index, language: options.language)
            try emit(text, to: options.output)
        }
    }

    struct Sheets: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Blank score sheets for the judges of a round, one page per judge.")

        @OptionGroup var options: Options
        @Option(help: ArgumentHelp("The round: its number or name.", valueName: "R"))
        var round: String
        @Option(help: "text or html.")
        var format: PageFormat = .text

        func run() throws {
            let (event, competition) = try loadCompetition(options)
            let index = try parseRound(round, in: competition)
            let text =
                format == .html
                ? CompetitionSheets.html(
                    event: event, competition: competition, round: index, language: options.language)
                : CompetitionSheets.text(
                    event: event, competition: competition, round: index, language: options.language)
            try emit(text, to: options.output)
        }
    }

    struct Order: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "The running order of a round, with the books.")

        @OptionGroup var options: Options
        @Option(help: ArgumentHelp("The round: its number or name (default: the current one).", valueName: "R"))
        var round: String?
        @Option(help: "text or html.")
        var format: PageFormat = .text

        func run() throws {
            let (event, competition) = try loadCompetition(options)
            let index = try round.map { try parseRound($0, in: competition) } ?? competition.currentRound ?? 0
            let text =
                format == .html
                ? CompetitionRunningOrder.html(
                    event: event, competition: competition, round: index, language: options.language)
                : CompetitionRunningOrder.text(
                    event: event, competition: competition, round: index, language: options.language)
            try emit(text, to: options.output)
        }
    }

    struct Certificates: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "A certificate for every reader of a round, one per page (HTML).")

        @OptionGroup var options: Options
        @Option(help: ArgumentHelp("The round: its number or name (default: the current one).", valueName: "R"))
        var round: String?

        func validate() throws {
            if options.output == nil { throw ValidationError("certificates are HTML; name the file with --output.") }
        }

        func run() throws {
            let (event, competition) = try loadCompetition(options)
            let index = try round.map { try parseRound($0, in: competition) } ?? competition.currentRound ?? 0
            let html = CompetitionCertificates.html(
                event: event, competition: competition, round: index, language: options.language)
            try emit(html, to: options.output)
            print("Wrote \(counted(competition.round(index).readerIDs.count, "certificate")) to \(options.output!).")
        }
    }
}

/// The event and its competition, or a sentence saying what is wrong.
private func loadCompetition(_ options: CompetitionCommand.Options) throws -> (Event, Competition) {
    let data = try explainingLoad(options.library)
    let event = try findEvent(options.event, in: data)
    guard let competition = event.competition else {
        throw failure("\(event.id) (\(event.title)) is not a reading-aloud competition with rounds.")
    }
    return (event, competition)
}

/// A round by number (from 1) or by name; an index into the format's rounds.
private func parseRound(_ text: String, in competition: Competition) throws -> Int {
    let rounds = competition.format.rounds
    if let number = Int(text) {
        guard (1...rounds.count).contains(number) else {
            throw failure("--round \(number): the competition has rounds 1 to \(rounds.count).")
        }
        return number - 1
    }
    let wanted = text.lowercased()
    if let index = rounds.firstIndex(where: {
        $0.name.lowercased() == wanted || $0.stage.rawValue.lowercased() == wanted
    }) {
        return index
    }
    let names = rounds.enumerated().map { "\($0 + 1) \($1.name)" }.joined(separator: ", ")
    throw failure("--round \"\(text)\": the rounds are \(names).")
}

/// Reads the library read-only outside a `ParsableCommand`.
private func explainingLoad(_ options: LibraryOptions) throws -> LibraryData {
    do {
        return try LibraryStore(folder: options.folder, forWriting: false).load()
    } catch let error as CustomStringConvertible {
        throw failure(error.description)
    }
}
