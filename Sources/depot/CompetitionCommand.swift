import ArgumentParser
import DepotCore
import Foundation

struct CompetitionCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "competition",
        abstract: helpText(.competitionAbstract),
        subcommands: [
            Results.self, Sheets.self, Order.self, Certificates.self, Score.self, Tie.self, Advance.self,
            ReaderCommand.self, JudgeCommand.self, HeatCommand.self, Draw.self, OvertimeCommand.self, OvertimeRule.self,
        ]
    )

    /// The options every competition printout shares.
    struct Options: ParsableArguments {
        @OptionGroup var library: LibraryOptions

        @Argument(help: ArgumentHelp(helpText(.competitionOptionsEvent), valueName: "EVENT"))
        var event: String

        @Option(help: ArgumentHelp(helpText(.competitionOptionsLang), valueName: "LANG"))
        var lang: String?

        @Option(help: ArgumentHelp(helpText(.competitionOptionsOutput), valueName: "FILE"))
        var output: String?

        var language: Language {
            Language.resolve(explicit: lang, environment: ProcessInfo.processInfo.environment)
        }

        func validate() throws {
            if let lang, Language(code: lang) == nil {
                throw ValidationError(words.format(.langMustBeDaOr, Language.codes.joined(separator: ", ")))
            }
        }
    }

    enum PageFormat: String, ExpressibleByArgument, CaseIterable {
        case text, html
    }

    struct Results: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: helpText(.competitionResultsAbstract))

        enum ResultFormat: String, ExpressibleByArgument, CaseIterable {
            case text, html, json, web
        }

        @OptionGroup var options: Options
        @Option(
            help: ArgumentHelp(helpText(.resultFormatRound), valueName: "R"))
        var round: String?
        @Option(
            help: ArgumentHelp(helpText(.resultFormatFormat)))
        var format: ResultFormat = .text
        @Option(help: ArgumentHelp(helpText(.resultFormatHeading), valueName: "TEXT"))
        var heading: String?
        @Option(
            help: ArgumentHelp(
                helpText(.resultFormatIntro),
                valueName: "TEXT"))
        var intro: String?

        func validate() throws {
            if format != .web, heading != nil || intro != nil {
                throw ValidationError(
                    words.book.format(TeamText.webOnlyOption, heading != nil ? "--heading" : "--intro"))
            }
        }

        func run() throws {
            let (event, competition) = try loadCompetition(options)
            let index = try round.map { try parseRound($0, in: competition) }
            if format == .web {
                let data = try explainingLoad(options.library)
                let page = CompetitionWebPage.html(
                    event: event, competition: competition, round: index, language: options.language,
                    library: data.settings.name, today: Day.today(), heading: heading,
                    intro: intro.map(unescapeLines))
                try emit(page, to: options.output)
                return
            }
            if format == .json {
                let object = CompetitionResults.json(event: event, competition: competition, round: index)
                try emit(try JSONOutput.text(object: object), to: options.output)
                return
            }
            let text =
                format == .html
                ? CompetitionResults.html(
                    event: event, competition: competition, round: index, language: options.language)
                : TerminalSafe.lines(
                    CompetitionResults.text(
                        event: event, competition: competition, round: index, language: options.language))
            try emit(text, to: options.output)
        }
    }

    struct Sheets: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: helpText(.competitionSheetsAbstract))

        @OptionGroup var options: Options
        @Option(help: ArgumentHelp(helpText(.competitionSheetsRound), valueName: "R"))
        var round: String
        @Option(help: ArgumentHelp(helpText(.competitionSheetsFormat)))
        var format: PageFormat = .text

        func run() throws {
            let (event, competition) = try loadCompetition(options)
            let index = try parseRound(round, in: competition)
            let text =
                format == .html
                ? CompetitionSheets.html(
                    event: event, competition: competition, round: index, language: options.language)
                : TerminalSafe.lines(
                    CompetitionSheets.text(
                        event: event, competition: competition, round: index, language: options.language))
            try emit(text, to: options.output)
        }
    }

    struct Order: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: helpText(.competitionOrderAbstract))

        @OptionGroup var options: Options
        @Option(help: ArgumentHelp(helpText(.competitionOrderRound), valueName: "R"))
        var round: String?
        @Option(help: ArgumentHelp(helpText(.competitionSheetsFormat)))
        var format: PageFormat = .text

        func run() throws {
            let (event, competition) = try loadCompetition(options)
            let index = try round.map { try parseRound($0, in: competition) } ?? competition.currentRound ?? 0
            let text =
                format == .html
                ? CompetitionRunningOrder.html(
                    event: event, competition: competition, round: index, language: options.language)
                : TerminalSafe.lines(
                    CompetitionRunningOrder.text(
                        event: event, competition: competition, round: index, language: options.language))
            try emit(text, to: options.output)
        }
    }

    struct Certificates: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: helpText(.competitionCertificatesAbstract))

        @OptionGroup var options: Options
        @Option(help: ArgumentHelp(helpText(.competitionOrderRound), valueName: "R"))
        var round: String?

        @Option(help: ArgumentHelp(helpText(.competitionCertificatesFormat)))
        var format: PageFormat = .html

        func validate() throws {
            if format != .html { throw ValidationError(words[.formatCertificatesAreHtmlOnly]) }
            if options.output == nil { throw ValidationError(words[.certificatesNeedOutput]) }
        }

        func run() throws {
            let (event, competition) = try loadCompetition(options)
            let index = try round.map { try parseRound($0, in: competition) } ?? competition.currentRound ?? 0
            let html = CompetitionCertificates.html(
                event: event, competition: competition, round: index, language: options.language)
            try emit(html, to: options.output)
            print(
                words.format(
                    .wroteCertificatesTo, words.count(competition.round(index).readerIDs.count, .nounCertificate),
                    options.output!))
        }
    }
}

/// The event and its competition, or a sentence saying what is wrong.
private func loadCompetition(_ options: CompetitionCommand.Options) throws -> (Event, Competition) {
    let data = try explainingLoad(options.library)
    let event = try findEvent(options.event, in: data)
    guard let competition = event.competition else {
        throw failure(words.format(.isNotAReadingAloud, event.id, event.title))
    }
    return (event, competition)
}

/// A round by number (from 1) or by name; an index into the format's rounds.
private func parseRound(_ text: String, in competition: Competition) throws -> Int {
    let rounds = competition.format.rounds
    if let number = Int(text) {
        guard (1...rounds.count).contains(number) else {
            throw failure(words.format(.roundTheCompetitionHasRounds, number, rounds.count))
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
    throw failure(words.format(.roundTheRoundsAre, text, names))
}

/// Reads the library read-only outside a `ParsableCommand`.
private func explainingLoad(_ options: LibraryOptions) throws -> LibraryData {
    do {
        return try LibraryStore(folder: options.folder, forWriting: false).load()
    } catch let error as CustomStringConvertible {
        throw failure(spoken(error))
    }
}

// MARK: - Changing commands: score, tie, advance

extension CompetitionCommand {
    /// The options the changing commands share: the library, the event, the round and who does it.
    struct ChangeOptions: ParsableArguments {
        @OptionGroup var library: LibraryOptions
        @OptionGroup var lang: LanguageOption

        @Argument(help: ArgumentHelp(helpText(.competitionOptionsEvent), valueName: "EVENT"))
        var event: String

        @Option(help: ArgumentHelp(helpText(.competitionSheetsRound), valueName: "R"))
        var round: String
    }

    struct Score: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: helpText(.competitionScoreAbstract),
            discussion: helpText(.competitionScoreDiscussion))

        @OptionGroup var options: ChangeOptions
        @Option(help: ArgumentHelp(helpText(.competitionScoreJudge), valueName: "JUDGE"))
        var judge: String
        @Option(help: ArgumentHelp(helpText(.competitionScoreReader), valueName: "READER"))
        var reader: String
        @Argument(help: ArgumentHelp(helpText(.competitionScorePoints), valueName: "CRITERION=POINTS"))
        var points: [String] = []
        @Option(
            help: ArgumentHelp(
                helpText(.competitionScoreBy), valueName: "STAFF"))
        var by: String?

        func validate() throws {
            if points.isEmpty { throw ValidationError(words[.giveAtLeastOneCriterion]) }
        }

        func run() throws {
            try changeCompetition(options, by: by) { event, competition, round, staff, today, log in
                let state = competition.round(round)
                let format = competition.format.rounds[round]
                let judge = try findJudge(judge, in: state, roundName: format.name)
                let readerID = try findReader(reader, in: competition, round: round)
                var lines: [String] = []
                for pair in points {
                    let (criterion, value) = try parsePoints(pair, criteria: format.criteria)
                    do throws(ScoreError) {
                        if let correction = try competition.enter(
                            value, reader: readerID, criterion: criterion.id, judge: judge.id, round: round, by: staff,
                            on: today)
                        {
                            lines.append(
                                words.format(.aCorrectionKeptInThe, criterion.name, correction.oldPoints, value))
                        } else {
                            lines.append("\(criterion.name) \(value)")
                        }
                    } catch {
                        throw failure("\(pair): \(spoken(error))")
                    }
                }
                let label = competition.reader(readerID)?.label ?? readerID.rawValue
                let judgeTotal = (competition.round(round).sheet(of: judge.id)?.scores ?? [])
                    .filter { $0.readerID == readerID }.reduce(0) { $0 + $1.points }
                let entry = competition.ranking(round: round).first { $0.readerID == readerID }
                var summary = "\(format.name), \(judge.name) (\(judge.id)): \(label): "
                summary += lines.joined(separator: ", ")
                summary += words.format(.fromThisJudgeOf, judgeTotal, format.maximumPerJudge)
                if let entry {
                    summary += words.format(.totalPlace, entry.total, entry.place)
                    if entry.needsReadOff { summary += words[.tiedReadOffNeeded] }
                }
                return summary + "."
            }
        }
    }

    struct Tie: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: helpText(.competitionTieAbstract),
            discussion: helpText(.competitionTieDiscussion))

        @OptionGroup var options: ChangeOptions
        @Option(
            name: .customLong("winner"),
            help: ArgumentHelp(helpText(.competitionTieWinners), valueName: "READER"))
        var winners: [String] = []
        @Flag(help: ArgumentHelp(helpText(.competitionTieLot)))
        var lot = false

        func validate() throws {
            if winners.isEmpty {
                throw ValidationError(
                    words[.nameTheReaderWhoWon])
            }
        }

        func run() throws {
            try changeCompetition(options) { event, competition, round, staff, today, log in
                let ids = try winners.map { try findReader($0, in: competition, round: round) }
                let ranking = competition.ranking(round: round)
                guard let entry = ranking.first(where: { $0.readerID == ids[0] }) else {
                    throw failure(words.format(.winnerDoesNotReadIn, winners[0]))
                }
                guard case .readOffNeeded(let others) = entry.tie else {
                    let label = competition.reader(ids[0])?.label ?? ids[0].rawValue
                    throw failure(words.format(.winnerIsNotInA, winners[0], label))
                }
                let tied = ranking.map(\.readerID).filter { $0 == ids[0] || others.contains($0) }
                let readers = competition.readers
                let label = { (id: Reader.ID) in readers.first { $0.id == id }?.label ?? id.rawValue }
                for (text, id) in zip(winners, ids) where !tied.contains(id) {
                    throw failure(
                        words.format(.winnerIsNotInThe, text, label(id), tied.map(label).joined(separator: ", ")))
                }
                guard Set(ids).count == ids.count else { throw failure(words[.winnerAReaderIsNamed]) }
                let rest = tied.filter { !ids.contains($0) }
                guard rest.count <= 1 else {
                    throw failure(
                        words.format(.areTiedGiveWinnerFor, tied.map(label).joined(separator: ", ")))
                }
                let order = ids + rest
                do throws(AdvanceError) {
                    try competition.decideTie(round: round, order: order, by: lot ? .lot : .readOff, on: today)
                } catch {
                    throw failure(spoken(error))
                }
                let placed = order.enumerated().map { "\($0 + 1). \(label($1))" }.joined(separator: ", ")
                let book = competitionWords.book
                let roundName = competition.format.rounds[round].name
                log.append(
                    book.format(lot ? CompetitionText.logTieLot : CompetitionText.logTieReadOff, roundName, placed))
                return book.format(lot ? CompetitionText.tieRecordedLot : CompetitionText.tieRecordedReadOff, placed)
            }
        }
    }

    struct Advance: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: helpText(.competitionAdvanceAbstract),
            discussion: helpText(.competitionAdvanceDiscussion))

        @OptionGroup var options: ChangeOptions

        func run() throws {
            try changeCompetition(options) { event, competition, round, staff, today, log in
                let moved: [Reader.ID]
                do throws(AdvanceError) {
                    moved = try competition.advance(round: round)
                } catch {
                    throw failure(spoken(error))
                }
                let next = competition.format.rounds[round + 1].name
                let names = moved.map { competition.reader($0)?.label ?? $0.rawValue }
                let cw = competitionWords
                let readers = words.count(moved.count, .nounReader)
                log.append(
                    cw.book.format(
                        CompetitionText.logAdvanced, competition.format.rounds[round].name, readers, next,
                        cw.readers(moved, in: competition)))
                return cw.book.format(CompetitionText.advanced, readers, next, names.joined(separator: "; "))
            }
        }
    }
}

extension CompetitionCommand {
    struct ReaderCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "reader", abstract: helpText(.competitionReaderAbstract),
            subcommands: [Add.self, Withdraw.self])

        struct Add: ParsableCommand {
            static let configuration = CommandConfiguration(
                abstract: helpText(.competitionAddAbstract),
                discussion: helpText(.competitionAddDiscussion))

            @OptionGroup var options: ChangeOptions
            @Option(help: ArgumentHelp(helpText(.competitionAddName), valueName: "N"))
            var name: String
            @Option(name: .customLong("class"), help: ArgumentHelp(helpText(.competitionAddClassName), valueName: "C"))
            var className: String
            @Option(help: ArgumentHelp(helpText(.competitionAddSchool), valueName: "S"))
            var school: String
            @Flag(help: ArgumentHelp(helpText(.competitionAddNewSchool)))
            var newSchool = false
            @Option(help: ArgumentHelp(helpText(.competitionAddHeat), valueName: "H"))
            var heat: String?

            func run() throws {
                try changeCompetition(options) { event, competition, round, staff, today, log in
                    let isNew = competition.school(named: school) == nil
                    let heatID = try findHeat(heat, in: competition, round: round)
                    let reader: DepotCore.Reader
                    do throws(ReaderError) {
                        reader = try competition.addReader(
                            firstName: name, className: className, school: school, round: round,
                            newSchool: newSchool, heat: heatID)
                    } catch {
                        throw failure(readerMessage(error, competition: competition))
                    }
                    var line = words.format(
                        .readerAdded, reader.label, reader.id.rawValue, competition.format.rounds[round].name)
                    if isNew { line += words.format(.readerNewSchool, reader.school) }
                    return line
                }
            }
        }

        struct Withdraw: ParsableCommand {
            static let configuration = CommandConfiguration(
                abstract: helpText(.competitionWithdrawAbstract))

            @OptionGroup var library: LibraryOptions
            @OptionGroup var lang: LanguageOption
            @Argument(help: ArgumentHelp(helpText(.competitionOptionsEvent), valueName: "EVENT"))
            var event: String
            @Option(help: ArgumentHelp(helpText(.competitionWithdrawReader), valueName: "ID"))
            var reader: String

            func run() throws {
                var options = try ChangeOptions.parse([event, "--round", "1"])
                options.library = library
                options.lang = lang
                try changeCompetition(options) { event, competition, round, staff, today, log in
                    guard
                        let id = competition.readers.first(where: {
                            $0.id.rawValue.lowercased() == reader.lowercased()
                        })?.id
                    else { throw failure(words.format(.readerNoSuchReader, reader)) }
                    do throws(ReaderError) {
                        try competition.withdraw(id, on: today)
                    } catch {
                        throw failure(readerMessage(error, competition: competition))
                    }
                    let label = competition.reader(id)?.label ?? id.rawValue
                    log.append(competitionWords.book.format(CompetitionText.logWithdrawn, label, id.rawValue))
                    return words.format(.readerWithdrawn, label, id.rawValue, "\(today)")
                }
            }
        }
    }
}

/// The sentence for a refused reader, naming the field.
private func readerMessage(_ error: ReaderError, competition: Competition) -> String {
    switch error {
    case .emptyField(let field): return words.format(.readerEmptyField, field)
    case .unknownSchool(let name, let known):
        return words.format(.readerUnknownSchool, name, known.isEmpty ? "–" : known.joined(separator: ", "))
    case .unknownRound(let number):
        return words.format(.roundTheCompetitionHasRounds, number, competition.format.rounds.count)
    case .roundStarted(let round): return words.format(.readerRoundStarted, round)
    case .unknownReader(let text): return words.format(.readerNoSuchReader, text)
    case .alreadyWithdrawn(let label): return words.format(.readerAlreadyWithdrawn, label)
    }
}

/// Loads the library for writing, lets `body` change the event's competition in round `--round` (with the staff
/// member `by`, checked, else the one at the desk), saves `events.json` and prints what `body` returns. What `body`
/// puts in its last argument is written to the event's log, dated and signed by the staff member at the desk (`--as`,
/// `$DEPOT_STAFF`). Nothing is written when `body` throws.
func changeCompetition(
    _ options: CompetitionCommand.ChangeOptions, by: String? = nil,
    _ body: (Event, inout Competition, Int, StaffMember.ID?, Day, inout [String]) throws -> String
) throws {
    let store: LibraryStore
    do {
        store = try openLibrary(options.library.folder, forWriting: true)
    } catch let error as CustomStringConvertible {
        throw failure(spoken(error))
    }
    defer { store.close() }
    if let reason = store.readOnlyReason {
        throw failure(words.format(.readOnlyNothingSaved, reason.text(in: words.language)))
    }
    var data: LibraryData
    do {
        data = try store.load()
    } catch let error as CustomStringConvertible {
        throw failure(spoken(error))
    }
    try identify(store, in: data, options.library, today: Day.today())
    let event = try findEvent(options.event, in: data)
    guard var competition = event.competition,
        let index = data.events.firstIndex(where: { $0.id == event.id })
    else {
        throw failure(words.format(.isNotAReadingAloud, event.id, event.title))
    }
    let round = try parseRound(options.round, in: competition)
    let given = by.map { StaffMember.ID($0) }
    if let given, !data.staff.contains(where: { $0.id == given }) {
        throw failure(words.format(.byNoStaffMemberHas, given))
    }
    // Who does it: --by where the command has it, else the staff member at the desk (--as, $DEPOT_STAFF).
    let staff = given ?? store.author
    var notes: [String] = []
    let today = Day.today()
    let summary = try body(event, &competition, round, staff, today, &notes)
    data.events[index].competition = competition
    // What the body asked to log goes into the event's log, signed by the staff member at the desk.
    for note in notes { data.events[index].log.append(LogNote(on: today, authorID: store.author, text: note)) }
    do {
        try store.save(data, files: [.events])
    } catch let error as CustomStringConvertible {
        throw failure(spoken(error))
    }
    print(
        summary.split(separator: "\n", omittingEmptySubsequences: false).map { TerminalSafe.escape(String($0)) }
            .joined(separator: "\n"))
}

/// A judge of the round by id or by name (or a unique part of it).
func findJudge(_ text: String, in state: CompetitionRound, roundName: String) throws -> Judge {
    let wanted = text.lowercased()
    if let judge = state.judges.first(where: { $0.id.rawValue.lowercased() == wanted }) { return judge }
    let matches = state.judges.filter { $0.name.lowercased().contains(wanted) }
    if matches.count == 1 { return matches[0] }
    let list = state.judges.map { "\($0.id) \($0.name)" }.joined(separator: ", ")
    if state.judges.isEmpty { throw failure(words.format(.judgeHasNoJudgesYet, text, roundName)) }
    if matches.isEmpty { throw failure(words.format(.judgeTheJudgesOfAre, text, roundName, list)) }
    throw failure(words.format(.judgeFitsJudgesOfGive, text, matches.count, roundName, list))
}

/// A reader of round `round` by id or by first name (unique in the round).
func findReader(_ text: String, in competition: Competition, round: Int) throws -> Reader.ID {
    let roundName = competition.format.rounds[round].name
    let inRound = competition.round(round).readerIDs.compactMap { competition.reader($0) }
    let wanted = text.lowercased()
    if let reader = competition.readers.first(where: { $0.id.rawValue.lowercased() == wanted }) {
        guard inRound.contains(where: { $0.id == reader.id }) else {
            throw failure(words.format(.readerDoesNotReadIn, text, reader.label, roundName))
        }
        return reader.id
    }
    let matches = inRound.filter { $0.firstName.lowercased() == wanted }
    if matches.count == 1 { return matches[0].id }
    if matches.isEmpty { throw failure(words.format(.readerNoReaderInHas, text, roundName)) }
    let list = matches.map { "\($0.id) \($0.label)" }.joined(separator: ", ")
    throw failure(words.format(.readerFitsReadersInGive, text, matches.count, roundName, list))
}

/// "technique=4": the criterion (id, name or the start of either) and the points.
private func parsePoints(_ text: String, criteria: [Criterion]) throws -> (Criterion, Int) {
    let parts = text.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
    let known = criteria.map { "\($0.id) (\($0.name), 0–\($0.maxPoints))" }.joined(separator: ", ")
    guard parts.count == 2, !parts[0].isEmpty else {
        throw failure(words.format(.writeCriterionPointsEG, text, criteria.first?.id ?? "technique"))
    }
    guard let points = Int(parts[1]) else { throw failure(words.format(.thePointsMustBeA, text)) }
    let wanted = parts[0].lowercased()
    if let criterion = criteria.first(where: { $0.id.lowercased() == wanted || $0.name.lowercased() == wanted }) {
        return (criterion, points)
    }
    let matches = criteria.filter { $0.id.lowercased().hasPrefix(wanted) || $0.name.lowercased().hasPrefix(wanted) }
    if matches.count == 1 { return (matches[0], points) }
    throw failure(words.format(.theRoundSCriteriaAre, text, known))
}
