import ArgumentParser
import DepotCore
import Foundation

/// `depot reach`: whom the season's deposits and events reached, and whom they did not.
struct ReachCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "reach",
        abstract: helpText(.reachAbstract),
        discussion: helpText(.reachDiscussion))

    enum ReachFormat: String, ExpressibleByArgument, CaseIterable {
        case text, html, json, csv
    }

    @OptionGroup var library: LibraryOptions

    @Option(help: ArgumentHelp(helpText(.ledgerSeason), valueName: "SEASON"))
    var season: String?

    @Option(help: ArgumentHelp(helpText(.reachFormatFormat)))
    var format: ReachFormat = .text

    @Option(
        help: ArgumentHelp(
            helpText(.reachFormatMargin),
            valueName: "DAYS"))
    var margin: Int = 14

    @Option(help: ArgumentHelp(helpText(.competitionOptionsOutput), valueName: "FILE"))
    var output: String?

    @OptionGroup var lang: LanguageOption

    func validate() throws {
        if let season, Season(season) == nil {
            throw ValidationError(words.format(.seasonFormat, TerminalSafe.quote(season)))
        }
        if !(0...365).contains(margin) {
            throw ValidationError(lang.words.book.format(ReachText.marginRange, margin))
        }
    }

    func run() throws {
        let data = try loadLibrary(library)
        let today = Day.today()
        let chosen = try parseSeason(season, settings: data.settings, today: today)
        let reach = SeasonReach.build(data, season: chosen, today: today, marginDays: margin)
        let language = lang.language
        switch format {
        case .text: try emitText(reach.text(language, library: data.settings.name), to: output)
        case .html: try emit(reach.html(language, library: data.settings.name), to: output)
        case .json: try emit(try reach.json(), to: output)
        case .csv: try emit(reach.table().csv(), to: output)
        }
    }
}
