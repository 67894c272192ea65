import ArgumentParser
import DepotCore
import Foundation

/// `depot reach`: whom the season's deposits and events reached, and whom they did not.
struct ReachCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "reach",
        abstract:
            "Whom a season's deposits and events reached: partners, children, books per child, exchanges, by route and town, against earlier seasons; and who is not reached.",
        discussion: """
            Computed from the deposits and events, never typed in. A partner is reached when a crate was at it \
            during the season; books lent are the ledger's (deposits of the season); an exchange is made when the \
            crates were home by their due date plus the margin. The known institutions are every partner and \
            prospect whose partnership had not ended before the season. The count runs to today (DEPOT_TODAY sets \
            it) or the season's end. html is an A4 page with bar charts, to print from a browser.
            """)

    enum ReachFormat: String, ExpressibleByArgument, CaseIterable {
        case text, html, json, csv
    }

    @OptionGroup var library: LibraryOptions

    @Option(help: ArgumentHelp("The season, e.g. 2026/27 (default: the current one).", valueName: "SEASON"))
    var season: String?

    @Option(help: "text, html, json or csv (one row per known institution).")
    var format: ReachFormat = .text

    @Option(
        help: ArgumentHelp(
            "Days after a due date (or a loan period) before an exchange counts as missed (default: 14).",
            valueName: "DAYS"))
    var margin: Int = 14

    @Option(help: ArgumentHelp("Write to this file instead of standard output.", valueName: "FILE"))
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
