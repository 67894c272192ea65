import ArgumentParser
import DepotCore
import Foundation

/// `depot plan`: a season's crate rotation, printed; `depot plan explain`: why one visit is as it is.
struct PlanCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "plan",
        abstract: helpText(.planAbstract),
        discussion: helpText(.planDiscussion),
        subcommands: [PlanSeasonCommand.self, PlanExplainCommand.self, PlanDatesCommand.self, PlanDiffCommand.self],
        defaultSubcommand: PlanSeasonCommand.self
    )
}

/// What the plan is of, shared by `depot plan` and `depot plan explain`.
struct PlanOptions: ParsableArguments {
    @Option(
        help: ArgumentHelp(helpText(.planSeason), valueName: "SEASON"))
    var season: String?

    @Option(help: ArgumentHelp(helpText(.planLookBack)))
    var lookBack: Int?

    @Option(
        help: ArgumentHelp(
            helpText(.planLang), valueName: "LANG"))
    var lang: String?

    func validate() throws {
        if let season, Season(season) == nil {
            throw ValidationError(words.format(.seasonFormatPlan, TerminalSafe.quote(season)))
        }
        if let season, let parsed = Season(season), !parsed.isSupported {
            // A plan of such a season would step through days Depot cannot keep (and take for ever to do it).
            throw ValidationError(
                words.format(.seasonReachesOutsideToThe, parsed, Day.earliest, Day.latest))
        }
        if let lookBack,
            let refusal = OptionValues.number(lookBack, option: "--look-back", within: Limits.lookBackSeasons)
        {
            throw ValidationError(spoken(refusal) + ".")
        }
        if let lang, Language(code: lang) == nil {
            throw ValidationError(words.format(.langMustBeDaOr, Language.codes.joined(separator: ", ")))
        }
    }

    var language: Language { Language.resolve(explicit: lang, environment: ProcessInfo.processInfo.environment) }

    /// The request: the season given (or the one containing `fallback`), planned from today when it has begun.
    func request(settings: LibrarySettings, today: Day, fallback: Day) -> PlanRequest {
        let chosen =
            season.flatMap { Season($0, startMonth: settings.seasonStartMonth) }
            ?? settings.season(containing: fallback)
        let startingOn = chosen.contains(today) && today > chosen.firstDay ? today : nil
        return PlanRequest(season: chosen, startingOn: startingOn, lookBackSeasons: lookBack ?? 1)
    }
}

/// How `depot plan` prints the plan.
enum PlanFormat: String, ExpressibleByArgument, CaseIterable {
    case text, csv, json
}

struct PlanSeasonCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: helpText(.planSeasonAbstract),
        discussion: helpText(.planSeasonDiscussion)
    )

    @OptionGroup var library: LibraryOptions
    @OptionGroup var options: PlanOptions

    @Flag(help: ArgumentHelp(helpText(.planSeasonDryRun)))
    var dryRun = false

    @Flag(help: ArgumentHelp(helpText(.planSeasonPublish)))
    var publish = false

    @Option(
        help: ArgumentHelp(
            helpText(.planSeasonPin),
            valueName: "PARTNER:DATE"))
    var pin: [String] = []

    @Option(help: ArgumentHelp(helpText(.planSeasonFormat)))
    var format: PlanFormat = .text

    @Flag(
        help: ArgumentHelp(
            helpText(.planSeasonCopyClosures)
        ))
    var copyClosures = false

    func validate() throws {
        if dryRun && publish { throw ValidationError(words[.dryRunAndPublishDo]) }
    }

    func run() throws {
        let store = try explainingErrors { try openLibrary(library.folder, forWriting: !dryRun) }
        defer { store.close() }
        var data = try explainingErrors { try store.load() }
        let today = Day.today()
        if !dryRun { try identify(store, in: data, library, today: today) }
        let season =
            options.season.flatMap { Season($0, startMonth: data.settings.seasonStartMonth) }
            ?? data.settings.season(containing: today)
        guard season.isSupported else {
            throw failure(
                words.format(.theSeasonReachesOutsideTo, season, Day.earliest, Day.latest))
        }
        var files: Set<StoreFile> = [.plan(season)]
        let missing = SeasonClosures.missing(for: season, in: data)
        if copyClosures {
            let changed = SeasonClosures.copyLastSeason(into: season, data: &data)
            if !changed.isEmpty { files.insert(.partners) }
            printError(PlanSeasonCommand.copiedText(missing, season: season, saved: !dryRun))
        } else if !missing.isEmpty {
            printError(PlanSeasonCommand.missingText(missing, season: season))
        }
        var seasonPlan = SeasonPlan.planned(season, in: data, today: today, lookBackSeasons: options.lookBack)
        if !pin.isEmpty {
            for text in pin { try addPin(text, to: &seasonPlan, data: data, today: today) }
            seasonPlan.replan(data: data, today: today)
        }
        let plan = seasonPlan.draft
        switch format {
        case .text:
            print(TerminalSafe.lines(PlanText.table(plan, data: data, language: options.language)), terminator: "")
        case .csv:
            print(PlanText.csv(plan, data: data), terminator: "")
        case .json:
            let json = try plan.json()
            FileHandle.standardOutput.write(json)
            print()
        }
        if dryRun { return }
        var updated = data
        if publish { seasonPlan.publish(on: today) }
        updated.setPlan(seasonPlan)
        let file = StoreFile.plan(season)
        try explainingErrors { try store.save(updated, files: files) }
        let words = Words(options.language)
        if publish {
            printError(
                words.format(.depotPublishedRevisionOfThe, seasonPlan.revision, season, file))
            let problems = plan.violations.count
            if problems > 0 {
                let rules = words.count(problems, .nounHardRule)
                printError(
                    words.format(.depotThePublishedPlanBreaks, rules))
            }
        } else {
            printError(
                words.format(.depotSavedTheDraftPlan, season, file))
        }
    }

    /// The warning before a plan made without closures the partners had last season.
    static func missingText(_ missing: [MissingClosures], season: Season) -> String {
        words.format(
            .closuresMissing, words.count(missing.count, .nounPartner), season.previous,
            words.book.form(CommandText.nounHaveNone, count: missing.count), season, names(missing))
    }

    /// What `--copy-closures` did.
    static func copiedText(_ missing: [MissingClosures], season: Season, saved: Bool) -> String {
        guard !missing.isEmpty else { return words.format(.noClosuresToCopy, season, season.previous) }
        let closures = missing.reduce(0) { $0 + $1.proposed.count }
        return words.format(
            .copiedClosures, words.count(closures, .nounClosure), season.previous,
            words.count(missing.count, .nounPartner), names(missing)) + words[saved ? .copiedSaved : .copiedNotSaved]
    }

    /// The first five names, then how many more.
    private static func names(_ missing: [MissingClosures]) -> String {
        let shown = missing.prefix(5).map(\.partnerName).joined(separator: ", ")
        return missing.count > 5 ? words.format(.namesAndMore, shown, missing.count - 5) : shown
    }

    /// `PARTNER:DATE`: the partner by id or name, the day as Depot reads days.
    private func addPin(_ text: String, to seasonPlan: inout SeasonPlan, data: LibraryData, today: Day) throws {
        guard let colon = text.lastIndex(of: ":") else {
            throw ValidationError(words.format(.pinMustBePartnerDate, text))
        }
        let partnerText = String(text[..<colon])
        let dateText = String(text[text.index(after: colon)...])
        let partner: Partner
        switch PartnerLookup.find(partnerText, in: data.partners) {
        case .success(let found): partner = found
        case .failure(let failure): throw ValidationError(words.format(.optionRefused, "--pin", spoken(failure)))
        }
        let day: Day
        switch OptionValues.day(dateText, option: "--pin", today: today) {
        case .success(let parsed): day = parsed
        case .failure(let refusal): throw ValidationError(spoken(refusal) + ".")
        }
        guard seasonPlan.season.contains(day) else {
            throw ValidationError(words.format(.pinIsNotInThe, day, seasonPlan.season))
        }
        guard seasonPlan.pin(partner: partner.id, day: day, today: today) else {
            throw ValidationError(words.format(.pinHasPassedVisitsBefore, day))
        }
    }
}

struct PlanExplainCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "explain",
        abstract: helpText(.planExplainAbstract),
        discussion: helpText(.planExplainDiscussion)
    )

    @OptionGroup var library: LibraryOptions
    @OptionGroup var options: PlanOptions

    @Argument(help: ArgumentHelp(helpText(.closureOwnerPartner)))
    var partner: String

    @Argument(help: ArgumentHelp(helpText(.planExplainDate)))
    var date: String

    func run() throws {
        let data = try explainingErrors { try LibraryStore(folder: library.folder, forWriting: false).load() }
        let today = Day.today()
        let found = try partnerNamed(partner, in: data)
        let day: Day
        switch DayInput.parse(date, today: today) {
        case .success(let parsed): day = parsed
        case .failure(let failure):
            printError("depot: DAY: \(spoken(failure)).")
            throw ExitCode.failure
        }
        let request = options.request(settings: data.settings, today: today, fallback: day)
        let planner = RotationPlanner(data: data)
        let plan = data.plan(for: request.season)?.draft ?? planner.plan(request)
        let explanation = planner.explain(partner: found.id, day: day, in: plan, language: options.language)
        print(TerminalSafe.lines(explanation.description))
    }
}

/// How `depot plan dates` prints the list.
enum ExchangeDatesFormat: String, ExpressibleByArgument, CaseIterable {
    case text, html
}

struct PlanDatesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dates",
        abstract: helpText(.planDatesAbstract),
        discussion: helpText(.planDatesDiscussion)
    )

    @OptionGroup var library: LibraryOptions

    @Argument(help: ArgumentHelp(helpText(.planDatesPartner)))
    var partner: String?

    @Flag(help: ArgumentHelp(helpText(.planDatesChanged)))
    var changed = false

    @Option(help: ArgumentHelp(helpText(.planDatesSeason), valueName: "SEASON"))
    var season: String?

    @Flag(help: ArgumentHelp(helpText(.planDatesDraft)))
    var draft = false

    @Flag(help: ArgumentHelp(helpText(.planDatesConfirm)))
    var confirm = false

    @Option(help: ArgumentHelp(helpText(.competitionSheetsFormat)))
    var format: ExchangeDatesFormat = .text

    @Option(help: ArgumentHelp(helpText(.closureOwnerLang), valueName: "LANG"))
    var lang: String?

    @Option(help: ArgumentHelp(helpText(.competitionOptionsOutput), valueName: "FILE"))
    var output: String?

    func validate() throws {
        if let season, Season(season) == nil {
            throw ValidationError(words.format(.seasonFormatPlan, TerminalSafe.quote(season)))
        }
        if let season, let parsed = Season(season), !parsed.isSupported {
            // A plan of such a season would step through days Depot cannot keep (and take for ever to do it).
            throw ValidationError(
                words.format(.seasonReachesOutsideToThe, parsed, Day.earliest, Day.latest))
        }
        if let lang, Language(code: lang) == nil {
            throw ValidationError(words.format(.langMustBeDaOr, Language.codes.joined(separator: ", ")))
        }
        if changed {
            if let partner {
                throw ValidationError(
                    words.format(.changedPrintsEveryChangedPartner, TerminalSafe.quote(partner)))
            }
            if draft { throw ValidationError(words[.changedAlwaysPrintsFromThe]) }
            if format != .text { throw ValidationError(words[.changedPrintsTextOnlyLeave]) }
        } else if partner == nil {
            throw ValidationError(words[.giveAPartnerIdOr])
        }
    }

    func run() throws {
        let data = try explainingErrors { try LibraryStore(folder: library.folder, forWriting: false).load() }
        let today = Day.today()
        guard let partner else { return try runChanged(data, today: today) }
        let found = try partnerNamed(partner, in: data)
        let current = data.settings.season(containing: today)
        let chosen =
            season.flatMap { Season($0, startMonth: data.settings.seasonStartMonth) }
            ?? ([current, current.next].first { data.plan(for: $0)?.published != nil } ?? current.next)
        guard let seasonPlan = data.plan(for: chosen) else {
            printError(
                Words(Language.resolve(explicit: lang, environment: ProcessInfo.processInfo.environment)).format(
                    .depotThereIsNoPlan, chosen))
            throw ExitCode.failure
        }
        let plan: Plan
        if draft {
            plan = seasonPlan.draft
        } else if let published = seasonPlan.published {
            plan = published
        } else {
            printError(
                Words(Language.resolve(explicit: lang, environment: ProcessInfo.processInfo.environment)).format(
                    .planNotPublishedUseDraft, chosen))
            throw ExitCode.failure
        }
        let language = Language.resolve(explicit: lang, environment: ProcessInfo.processInfo.environment)
        let conflicts = PlanConflicts(of: plan, data: data, today: today).of(partner: found.id)
        if !conflicts.isEmpty {
            printError("depot: " + PlanConflicts.heldBack(found.name, conflicts, language: language))
            guard confirm else {
                printError(
                    Words(language)[.letterMendOrConfirm])
                throw ExitCode.failure
            }
        }
        let text =
            format == .html
            ? ExchangeDatesPage.html(for: found, plan: plan, data: data, language: language)
            : TerminalSafe.lines(ExchangeDatesLetter.text(for: found, plan: plan, data: data, language: language))
        try emit(text, to: output)
    }

    /// The draft's letters of the partners whose days changed against the published plan, from today on.
    private func runChanged(_ data: LibraryData, today: Day) throws {
        let current = data.settings.season(containing: today)
        let chosen =
            season.flatMap { Season($0, startMonth: data.settings.seasonStartMonth) }
            ?? ([current, current.next].first { data.plan(for: $0)?.published != nil } ?? current.next)
        guard let seasonPlan = data.plan(for: chosen), let published = seasonPlan.published else {
            printError(
                words.format(.planNotPublishedForChanged, chosen))
            throw ExitCode.failure
        }
        let names = Dictionary(data.partners.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
        let diff = PlanDiff(published: published, draft: seasonPlan.draft, names: names, from: today)
        var partners = diff.needingNewLetters.compactMap { change in
            data.partners.first { $0.id == change.partnerID }
        }
        let language = Language.resolve(explicit: lang, environment: ProcessInfo.processInfo.environment)
        let conflicts = PlanConflicts(of: seasonPlan.draft, data: data, today: today)
        var held: [Partner] = []
        if !confirm {
            held = partners.filter { !conflicts.of(partner: $0.id).isEmpty }
            partners.removeAll { partner in held.contains { $0.id == partner.id } }
        }
        for partner in held {
            printError(
                "depot: " + PlanConflicts.heldBack(partner.name, conflicts.of(partner: partner.id), language: language))
        }
        let letters = partners.map { partner in
            TerminalSafe.lines(
                ExchangeDatesLetter.text(for: partner, plan: seasonPlan.draft, data: data, language: language))
        }
        // Every partner whose days changed is counted, those whose letters are held back too (named above).
        let count = letters.count + held.count
        printError(
            Words(language).format(.changedDatesAgainstPublished, Words(language).count(count, .nounPartnerHas)))
        try emit(letters.joined(separator: "\u{0C}"), to: output)
        guard held.isEmpty else {
            printError(
                Words(language).format(.lettersHeldBack, count: held.count, Words(language).number(held.count)))
            throw ExitCode.failure
        }
    }
}

struct PlanDiffCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "diff",
        abstract: helpText(.planDiffAbstract),
        discussion: helpText(.planDiffDiscussion)
    )

    @OptionGroup var library: LibraryOptions
    @OptionGroup var options: PlanOptions

    func run() throws {
        let data = try explainingErrors { try LibraryStore(folder: library.folder, forWriting: false).load() }
        let today = Day.today()
        let current = data.settings.season(containing: today)
        let season =
            options.season.flatMap { Season($0, startMonth: data.settings.seasonStartMonth) }
            ?? ([current, current.next].first { data.plan(for: $0)?.published != nil } ?? current)
        guard let seasonPlan = data.plan(for: season), let published = seasonPlan.published else {
            printError(
                Words(options.language).format(.planNotPublishedNothingToCompare, season))
            throw ExitCode.failure
        }
        let names = Dictionary(data.partners.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
        let diff = PlanDiff(published: published, draft: seasonPlan.draft, names: names, from: today)
        print(TerminalSafe.lines(diff.text(options.language)), terminator: "")
    }
}

/// The partner `text` names (an id or a unique part of a name), or a message and a failing exit.
private func partnerNamed(_ text: String, in data: LibraryData) throws -> Partner {
    switch PartnerLookup.find(text, in: data.partners) {
    case .success(let partner): return partner
    case .failure(let failure):
        printError("depot: \(spoken(failure)).")
        throw ExitCode.failure
    }
}
