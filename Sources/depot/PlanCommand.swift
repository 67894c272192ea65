import ArgumentParser
import DepotCore
import Foundation

/// `depot plan`: a season's crate rotation, printed; `depot plan explain`: why one visit is as it is.
struct PlanCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "plan",
        abstract: "Plan a season's crate rotation: which partner gets which crates on which day.",
        discussion: """
            Plans every visit of the season for the partners on van routes: the crates each partner gives back \
            and the fresh ones it gets. A partner never gets a crate it had in this season or the look-back \
            seasons before it; a crate fits the partner's age groups and stays home the turnaround time between \
            partners; no van carries more crates than it holds (out and home both count); no visit falls on a \
            public holiday or while the partner is closed. Cells that cannot be planned are listed with the reason.

            The same library always gives the same plan. Publishing a plan into the library comes with the \
            planning screen; this command only prints.
            """,
        subcommands: [PlanSeasonCommand.self, PlanExplainCommand.self],
        defaultSubcommand: PlanSeasonCommand.self
    )
}

/// What the plan is of, shared by `depot plan` and `depot plan explain`.
struct PlanOptions: ParsableArguments {
    @Option(
        help: ArgumentHelp("The season, e.g. 2027/28 (default: the current one, from today on).", valueName: "SEASON"))
    var season: String?

    @Option(help: "Seasons before this one whose crates a partner may not get again.")
    var lookBack = 1

    @Option(
        help: ArgumentHelp(
            "The language of the reasons and headings: da or en (default: from LANG).", valueName: "LANG"))
    var lang: String?

    func validate() throws {
        if let season, Season(season) == nil {
            throw ValidationError("--season must be written like 2027/28, not \"\(season)\".")
        }
        if lookBack < 0 { throw ValidationError("--look-back must be 0 or more.") }
        if let lang, Language(code: lang) == nil { throw ValidationError("--lang must be da or en.") }
    }

    var language: Language { Language.resolve(explicit: lang, environment: ProcessInfo.processInfo.environment) }

    /// The request: the season given (or the one containing `fallback`), planned from today when it has begun.
    func request(settings: LibrarySettings, today: Day, fallback: Day) -> PlanRequest {
        let chosen =
            season.flatMap { Season($0, startMonth: settings.seasonStartMonth) }
            ?? settings.season(containing: fallback)
        let startingOn = chosen.contains(today) && today > chosen.firstDay ? today : nil
        return PlanRequest(season: chosen, startingOn: startingOn, lookBackSeasons: lookBack)
    }
}

/// How `depot plan` prints the plan.
enum PlanFormat: String, ExpressibleByArgument, CaseIterable {
    case text, csv, json
}

struct PlanSeasonCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Plan the season and print the plan (the default).",
        discussion: """
            text: a table week by week and route by route, then what could not be planned and why, and the \
            plan's quality. csv: one row per visit. json: the whole plan, keys sorted, dates as YYYY-MM-DD.
            """
    )

    @OptionGroup var library: LibraryOptions
    @OptionGroup var options: PlanOptions

    @Flag(help: "Only print the plan (publishing it into the library is not here yet either way).")
    var dryRun = false

    @Option(help: "text, csv or json.")
    var format: PlanFormat = .text

    func run() throws {
        let data = try explainingErrors { try LibraryStore(folder: library.folder, forWriting: false).load() }
        let today = Day.today()
        let request = options.request(settings: data.settings, today: today, fallback: today)
        let plan = RotationPlanner.plan(request, data: data)
        switch format {
        case .text:
            print(PlanText.table(plan, data: data, language: options.language), terminator: "")
        case .csv:
            print(PlanText.csv(plan, data: data), terminator: "")
        case .json:
            let json = try plan.json()
            FileHandle.standardOutput.write(json)
            print()
        }
        if !dryRun {
            printError(
                "depot: publishing a plan into the library arrives with the planning screen; nothing was written.")
        }
    }
}

struct PlanExplainCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "explain",
        abstract: "Explain a partner's visit: why that day, why those crates.",
        discussion: """
            PARTNER is an id (P007) or a name, or part of one only one partner has. DATE is any day Depot reads: \
            2027-11-09, 9/11, 9/11/2027, uge 45, +3m, today. The season is the one containing DATE unless \
            --season says otherwise. Without a visit on DATE, the partner's visits are listed.
            """
    )

    @OptionGroup var library: LibraryOptions
    @OptionGroup var options: PlanOptions

    @Argument(help: "The partner: id or name.")
    var partner: String

    @Argument(help: "The day of the visit.")
    var date: String

    func run() throws {
        let data = try explainingErrors { try LibraryStore(folder: library.folder, forWriting: false).load() }
        let today = Day.today()
        let found: Partner
        switch PartnerLookup.find(partner, in: data.partners) {
        case .success(let partner): found = partner
        case .failure(let failure):
            printError("depot: \(failure.description).")
            throw ExitCode.failure
        }
        let day: Day
        switch DayInput.parse(date, today: today) {
        case .success(let parsed): day = parsed
        case .failure:
            printError("depot: \"\(date)\" is not a day Depot understands; try 2027-11-09, 9/11 or uge 45.")
            throw ExitCode.failure
        }
        let request = options.request(settings: data.settings, today: today, fallback: day)
        let planner = RotationPlanner(data: data)
        let plan = planner.plan(request)
        let explanation = planner.explain(partner: found.id, day: day, in: plan, language: options.language)
        print(explanation.description)
    }
}
