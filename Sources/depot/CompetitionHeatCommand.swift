import ArgumentParser
import DepotCore
import Foundation

extension CompetitionCommand {
    struct HeatCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "heat", abstract: helpText(.competitionHeatHeatAbstract),
            subcommands: [Add.self])

        struct Add: ParsableCommand {
            static let configuration = CommandConfiguration(
                abstract: helpText(.competitionHeatAddAbstract),
                discussion: helpText(.competitionHeatAddDiscussion))

            @OptionGroup var options: ChangeOptions
            @Option(help: ArgumentHelp(helpText(.competitionHeatAddName), valueName: "N"))
            var name: String
            @Option(help: ArgumentHelp(helpText(.competitionHeatAddDay), valueName: "DAY"))
            var day: String?
            @Option(help: ArgumentHelp(helpText(.competitionHeatAddVenue), valueName: "V"))
            var venue: String?

            func run() throws {
                try changeCompetition(options) { event, competition, round, _, today, log in
                    var parsed: Day?
                    if let day {
                        guard case .success(let value) = DayInput.parse(day, today: today) else {
                            throw failure(words.format(.isNotADayWrite, "--day", TerminalSafe.quote(day)))
                        }
                        parsed = value
                    }
                    let hadReaders =
                        competition.round(round).heats.isEmpty
                        ? competition.round(round).readerIDs.count : 0
                    let heat: Heat
                    do throws(HeatError) {
                        heat = try competition.addHeat(round: round, name: name, day: parsed, venue: venue)
                    } catch {
                        throw failure(heatMessage(error, competition: competition))
                    }
                    let cw = competitionWords
                    var when = ""
                    if let day = heat.day { when += ", " + cw.dayText.long(day) }
                    if let venue = heat.venue { when += ", " + venue }
                    var line = cw.book.format(
                        CompetitionText.heatAdded, heat.id, heat.name, competition.format.rounds[round].name, when)
                    if hadReaders > 0 {
                        line += cw.book.format(CompetitionText.heatTookRound, count: hadReaders, hadReaders)
                    }
                    return line
                }
            }
        }
    }

    struct Draw: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: helpText(.competitionHeatDrawAbstract),
            discussion: helpText(.competitionHeatDrawDiscussion))

        @OptionGroup var options: ChangeOptions
        @Option(help: ArgumentHelp(helpText(.competitionHeatDrawSeed), valueName: "N"))
        var seed: UInt64?

        func run() throws {
            let seed = self.seed ?? UInt64.random(in: 1...999_999)
            try changeCompetition(options) { event, competition, round, _, _, log in
                do throws(HeatError) {
                    try competition.drawRunningOrder(round: round, seed: seed)
                } catch {
                    throw failure(heatMessage(error, competition: competition))
                }
                let cw = competitionWords
                log.append(cw.book.format(CompetitionText.logDrawn, competition.format.rounds[round].name, seed))
                var lines = [
                    cw.book.format(CompetitionText.drawDone, competition.format.rounds[round].name, seed)
                ]
                let state = competition.round(round)
                let sections: [(String?, [Reader.ID])] =
                    state.heats.isEmpty
                    ? [(nil, state.readerIDs)] : state.heats.map { (cw.heatHeading($0), $0.readerIDs) }
                for (heading, ids) in sections {
                    if let heading { lines.append(heading) }
                    for (number, id) in ids.enumerated() {
                        lines.append("  \(number + 1). " + (competition.reader(id)?.label ?? id.rawValue))
                    }
                }
                return lines.joined(separator: "\n")
            }
        }
    }
}

/// The sentence for a refused heat.
func heatMessage(_ error: HeatError, competition: Competition) -> String {
    let book = competitionWords.book
    switch error {
    case .emptyName: return book[CompetitionText.heatEmptyName]
    case .unknownRound(let number):
        return words.format(.roundTheCompetitionHasRounds, number, competition.format.rounds.count)
    case .unknownHeat(let text, let known):
        return book.format(CompetitionText.heatUnknown, text, known.isEmpty ? "–" : known.joined(separator: ", "))
    case .heatNeeded(let known): return book.format(CompetitionText.heatNeeded, known.joined(separator: ", "))
    case .roundStarted(let round): return book.format(CompetitionText.roundHasScores, round)
    }
}

/// The heat named by `--heat` (or the only one), or a sentence saying which heats there are.
func findHeat(_ text: String?, in competition: Competition, round: Int) throws -> Heat.ID? {
    do throws(HeatError) {
        return try competition.heatFor(text, round: round)
    } catch {
        throw failure(heatMessage(error, competition: competition))
    }
}
