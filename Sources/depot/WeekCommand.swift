import ArgumentParser
import DepotCore
import DepotTUI
import Foundation

/// How `depot week` writes the week.
enum WeekFormat: String, ExpressibleByArgument, CaseIterable {
    case text, html, ics, json
}

struct WeekCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "week",
        abstract: helpText(.weekAbstract),
        discussion: helpText(.weekDiscussion)
    )

    @OptionGroup var library: LibraryOptions

    @Option(help: ArgumentHelp(helpText(.weekWeek), valueName: "WEEK"))
    var week: String?

    @Option(help: ArgumentHelp(helpText(.weekDate), valueName: "DAY"))
    var date: String?

    @Option(
        help: ArgumentHelp(
            helpText(.weekSeason), valueName: "SEASON"))
    var season: String?

    @Option(
        help: ArgumentHelp(
            helpText(.weekPrevious),
            valueName: "FILE"))
    var previous: String?

    @Option(help: ArgumentHelp(helpText(.weekRoute), valueName: "NAME"))
    var route: String?

    @Option(help: ArgumentHelp(helpText(.weekPartner), valueName: "PARTNER"))
    var partner: String?

    @Option(help: ArgumentHelp(helpText(.weekFormat)))
    var format: WeekFormat = .text

    @Option(help: ArgumentHelp(helpText(.competitionOptionsOutput), valueName: "FILE"))
    var output: String?

    @Flag(help: ArgumentHelp(helpText(.weekWithItems)))
    var withItems = false

    @Flag(help: ArgumentHelp(helpText(.weekPrint)))
    var print = false

    @Option(
        help: ArgumentHelp(
            helpText(.weekPrinter),
            valueName: "PRINTER"))
    var printer: String?

    @Option(help: ArgumentHelp(helpText(.weekLang), valueName: "LANG"))
    var lang: String?

    func validate() throws {
        if week != nil && date != nil { throw ValidationError(words[.giveWeekOrDateNot]) }
        if let week, case .failure(let refusal) = OptionValues.isoWeek(week, option: "--week") {
            throw ValidationError(spoken(refusal) + ".")
        }
        if let date, case .failure(let refusal) = OptionValues.isoDay(date, option: "--date") {
            throw ValidationError(spoken(refusal) + ".")
        }
        if let lang, Language(code: lang) == nil {
            throw ValidationError(words.format(.langMustBeDaOr, Language.codes.joined(separator: ", ")))
        }
        if print, format == .ics || format == .json {
            throw ValidationError(words.format(.printIsForPaper, format.rawValue))
        }
        if printer != nil, !print { throw ValidationError(words[.printerGoesWithPrint]) }
        if let printer, let problem = TextPrintLayout.checkPrinterName(printer, in: words.language) {
            throw ValidationError("--printer: " + problem + ".")
        }
        if season != nil || previous != nil, format != .ics {
            throw ValidationError(words[.seasonAndPreviousGoWith])
        }
        if season != nil, week != nil || date != nil { throw ValidationError(words[.giveSeasonOrWeekDate]) }
        if let season, Season(season) == nil {
            throw ValidationError(words.format(.seasonFormat, TerminalSafe.quote(season)))
        }
        if withItems, format != .text, format != .html {
            throw ValidationError(words[.withItemsGoesWithFormat])
        }
    }

    func run() throws {
        // The catalogue is not read: the route sheets name only the books kept back at partners, and the packing
        // lists those of the crates to leave, read from their shards.
        let withItems = withItems
        let data = try loadLibraryWithoutCatalogue(library) { data in
            var books = data.booksKeptAtPartners
            if withItems {
                let today = Day.today(environment: ProcessInfo.processInfo.environment)
                let week = self.chosenWeek(today: today)
                let schedule = WeekSchedule.build(
                    data: data, week: week, today: today, sources: ScheduleSources.standard(for: data),
                    checkingPlans: false)
                books.formUnion(WeekText.booksOnPackingLists(schedule, data: data))
            }
            return books
        }
        let environment = ProcessInfo.processInfo.environment
        let today = Day.today(environment: environment)
        let language = Language.resolve(explicit: lang, environment: environment)
        let chosenWeek = chosenWeek(today: today)
        var routeID: Route.ID?
        if let route {
            let wanted = route.lowercased()
            guard
                let found = data.settings.routes.first(where: {
                    $0.id.rawValue.lowercased() == wanted || $0.name.lowercased() == wanted
                }) ?? data.settings.routes.first(where: { $0.name.lowercased().contains(wanted) })
            else {
                let names = data.settings.routes.map(\.name).joined(separator: ", ")
                throw failure(words.format(.routeNoRouteIsCalled, route, names))
            }
            routeID = found.id
        }
        var schedule = WeekSchedule.build(
            data: data, week: chosenWeek, route: routeID, today: today, sources: ScheduleSources.standard(for: data),
            checkingPlans: format != .ics)
        var partnerID: Partner.ID?
        if let partner {
            switch PartnerLookup.find(partner, in: data.partners) {
            case .success(let found): partnerID = found.id
            case .failure(let error): throw failure("--partner: \(spoken(error)).")
            }
        }
        if let partnerID { schedule = schedule.only(partner: partnerID) }
        let text: String
        switch format {
        case .text:
            text = TerminalSafe.lines(
                WeekText.text(for: schedule, data: data, language: language, withItems: withItems))
        case .html: text = WeekHTML.page(for: schedule, data: data, language: language, withItems: withItems)
        case .ics:
            let before = try previousCalendar()
            if let season {
                let chosen = try parseSeason(season, settings: data.settings, today: today)
                var schedules: [WeekSchedule] = []
                var week = ISOWeek(containing: chosen.firstDay)
                while week.monday <= chosen.lastDay {
                    var one = WeekSchedule.build(
                        data: data, week: week, route: routeID, today: today,
                        sources: ScheduleSources.standard(for: data))
                    if let partnerID { one = one.only(partner: partnerID) }
                    one.days = one.days.filter { chosen.contains($0.day) }
                    schedules.append(one)
                    week = week.next
                }
                let name = "\(data.settings.name) · \(Words(language)[.season]) \(chosen)"
                text = WeekCalendar.ics(
                    for: schedules, name: name, data: data, language: language, stamp: stamp(environment),
                    previous: before)
            } else {
                text = WeekCalendar.ics(
                    for: schedule, data: data, language: language, stamp: stamp(environment), previous: before)
            }
        case .json: text = WeekJSON.json(for: schedule, data: data, language: language)
        }
        guard print else {
            try emit(text, to: output)
            if let output { Swift.print(words.format(.wroteWeekTo, chosenWeek, output)) }
            return
        }
        let path =
            output
            ?? "\(library.folder)/printouts/"
            + PrintoutNames.week(chosenWeek, route: routeID, withItems: withItems, extension: ext)
        if output == nil {
            try? FileManager.default.createDirectory(
                atPath: "\(library.folder)/printouts", withIntermediateDirectories: true,
                attributes: [.posixPermissions: 0o700])
        }
        try emit(text, to: path)
        guard SystemPrinter.prints(path) else {
            Swift.print(words.format(.weekWasWrittenToOpen, chosenWeek, path))
            return
        }
        guard let command = SystemPrinter.command(environment: environment) else {
            Swift.print(words.format(.noPrinterCommandLpOr, chosenWeek, path))
            return
        }
        let queue = printer ?? data.settings.printer
        // lp's own words say why it refused ("lp: Error - No default destination."), with where the file is.
        let (status, reason) = SystemPrinter.runCapturing(command, path, printer: queue, plainText: format == .text)
        guard status == 0 else {
            let why =
                status == -1
                ? "the printer command \(command) could not be started"
                    + (reason.isEmpty ? "" : " (\(reason))")
                : "\(command) refused it (\(reason.isEmpty ? "exit status \(status)" : reason))"
            throw failure(words.format(.weekWasNotPrintedThe, chosenWeek, why, path))
        }
        Swift.print(words.format(.sentWeekToThePrinter, chosenWeek, path))
    }

    /// `--week`, else the week of `--date`, else the week the schedule is for by default.
    private func chosenWeek(today: Day) -> ISOWeek {
        if let week, let parsed = ISOWeek(week) { return parsed }
        if let date, let day = Day(date) { return ISOWeek(containing: day) }
        return WeekSchedule.defaultWeek(today: today)
    }

    private var ext: String {
        switch format {
        case .text: return "txt"
        case .html: return "html"
        case .ics: return "ics"
        case .json: return "json"
        }
    }

    /// The calendar published before: `--previous`, else the `--output` file when there is one. A file that is not
    /// a calendar gives nothing to cancel; one that cannot be read is refused with its name.
    private func previousCalendar() throws -> String? {
        guard let path = previous ?? output else { return nil }
        if previous == nil, !FileManager.default.fileExists(atPath: path) { return nil }
        guard let data = FileManager.default.contents(atPath: path), data.count <= 64 << 20 else {
            throw failure(words.format(.previousCannotBeReadOr, path))
        }
        return String(decoding: data, as: UTF8.self)
    }

    /// The calendar's DTSTAMP: now, or midnight UTC of `$DEPOT_TODAY` when set, so that runs can be compared.
    private func stamp(_ environment: [String: String]) -> Date {
        if let fixed = environment["DEPOT_TODAY"], let day = Day(fixed) {
            return Date(timeIntervalSince1970: TimeInterval(day.ordinal) * 86_400)
        }
        return Date()
    }
}
