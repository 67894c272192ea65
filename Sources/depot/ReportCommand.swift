import ArgumentParser
import DepotCore
import Foundation

struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: helpText(.reportAbstract),
        discussion: helpText(.reportDiscussion)
    )

    enum PageFormat: String, ExpressibleByArgument, CaseIterable {
        case text, html
    }

    @OptionGroup var library: LibraryOptions

    @Option(help: ArgumentHelp(helpText(.ledgerSeason), valueName: "SEASON"))
    var season: String?

    @Option(help: ArgumentHelp(helpText(.pageFormatTeam), valueName: "TEAM"))
    var team: String?

    @Option(help: ArgumentHelp(helpText(.competitionSheetsFormat)))
    var format: PageFormat = .text

    @Option(help: ArgumentHelp(helpText(.competitionOptionsLang), valueName: "LANG"))
    var lang: String?

    @Option(help: ArgumentHelp(helpText(.competitionOptionsOutput), valueName: "FILE"))
    var output: String?

    func validate() throws {
        if let season, Season(season) == nil {
            throw ValidationError(words.format(.seasonFormat, TerminalSafe.quote(season)))
        }
        if let lang, Language(code: lang) == nil {
            throw ValidationError(words.format(.langMustBeDaOr, Language.codes.joined(separator: ", ")))
        }
    }

    func run() throws {
        let data = try loadLibrary(library)
        let today = Day.today()
        let chosen = try parseSeason(season, settings: data.settings, today: today)
        let language = Language.resolve(explicit: lang, environment: ProcessInfo.processInfo.environment)
        var teams = data.teams
        if let team {
            teams = teams.filter {
                $0.id.rawValue.lowercased() == team.lowercased() || $0.name.lowercased().contains(team.lowercased())
            }
            if teams.isEmpty { throw failure(words.format(.teamNoTeamIsCalled, team)) }
        }
        if teams.isEmpty { throw failure(words[.theLibraryHasNoPartnership]) }
        let reports = teams.compactMap { OutcomeReport.build(data, team: $0.id, season: chosen, today: today) }
        let text: String
        switch format {
        case .text: text = TerminalSafe.lines(reports.map { $0.text(language) }.joined(separator: "\u{0C}"))
        case .html: text = OutcomeReport.html(reports, language)
        }
        try emit(text, to: output)
    }
}
