import ArgumentParser
import DepotCore
import Foundation

extension CompetitionCommand {
    struct OvertimeCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "overtime",
            abstract: helpText(.competitionOvertimeOvertimeAbstract),
            discussion: helpText(.competitionOvertimeOvertimeDiscussion))

        @OptionGroup var options: ChangeOptions
        @Option(help: ArgumentHelp(helpText(.competitionScoreReader), valueName: "READER"))
        var reader: String
        @Option(help: ArgumentHelp(helpText(.competitionOvertimeOvertimeReading), valueName: "N"))
        var reading: Int = 1
        @Option(help: ArgumentHelp(helpText(.competitionOvertimeOvertimeOver), valueName: "TIME"))
        var over: String

        func run() throws {
            guard let seconds = Self.seconds(over) else {
                throw failure(competitionWords.book.format(CompetitionText.overtimeBadTime, over))
            }
            try changeCompetition(options) { event, competition, round, staff, today, log in
                let readerID = try findReader(reader, in: competition, round: round)
                let readings = competition.format.rounds[round].readings
                do throws(OvertimeError) {
                    try competition.recordOvertime(
                        reader: readerID, reading: reading - 1, seconds: seconds, round: round, by: staff, on: today)
                } catch {
                    switch error {
                    case .unknownReading(let number, let count):
                        throw failure(
                            competitionWords.book.format(CompetitionText.overtimeUnknownReading, number, count))
                    case .unknownRound(let number):
                        throw failure(
                            words.format(.roundTheCompetitionHasRounds, number, competition.format.rounds.count))
                    case .readerNotInRound(let reader, let round):
                        throw failure(words.format(.readerDoesNotReadIn, self.reader, reader, round))
                    case .negative:
                        throw failure(competitionWords.book.format(CompetitionText.overtimeBadTime, over))
                    }
                }
                let cw = competitionWords
                let label = competition.reader(readerID)?.label ?? readerID.rawValue
                let readingText = cw.reading(readings[reading - 1])
                guard seconds > 0 else {
                    return cw.book.format(CompetitionText.overtimeCleared, label, readingText)
                }
                var penalty = cw.book[CompetitionText.overtimeNoRule]
                if let rule = competition.format.overtimePenalty {
                    let points = rule.points(forSecondsOver: seconds)
                    penalty = cw.book.format(CompetitionText.overtimePenalty, count: points, points)
                }
                return cw.book.format(
                    CompetitionText.overtimeRecorded, label, readingText, cw.duration(seconds), penalty)
            }
        }

        /// "40" or "1:10" as seconds.
        static func seconds(_ text: String) -> Int? {
            let parts = text.trimmingCharacters(in: .whitespaces).split(
                separator: ":", omittingEmptySubsequences: false)
            if parts.count == 1, let seconds = Int(parts[0]), seconds >= 0, seconds <= 3_600 { return seconds }
            if parts.count == 2, let minutes = Int(parts[0]), let seconds = Int(parts[1]), minutes >= 0,
                (0..<60).contains(seconds), minutes * 60 + seconds <= 3_600
            {
                return minutes * 60 + seconds
            }
            return nil
        }
    }

    struct OvertimeRule: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "overtime-rule",
            abstract: helpText(.overtimeRuleAbstract),
            discussion: helpText(.overtimeRuleDiscussion))

        @OptionGroup var library: LibraryOptions
        @OptionGroup var lang: LanguageOption
        @Argument(help: ArgumentHelp(helpText(.competitionOptionsEvent), valueName: "EVENT"))
        var event: String
        @Option(help: ArgumentHelp(helpText(.overtimeRulePoints), valueName: "P"))
        var points: Int
        @Option(help: ArgumentHelp(helpText(.overtimeRulePerSeconds), valueName: "S"))
        var perSeconds: Int = 30

        func validate() throws {
            let book = competitionWords.book
            guard (0...1_000).contains(points) else { throw ValidationError(book[CompetitionText.overtimeRulePoints]) }
            guard (1...3_600).contains(perSeconds) else {
                throw ValidationError(book[CompetitionText.overtimeRulePeriod])
            }
        }

        func run() throws {
            var options = try ChangeOptions.parse([event, "--round", "1"])
            options.library = library
            options.lang = lang
            try changeCompetition(options) { event, competition, round, staff, today, log in
                let book = competitionWords.book
                if points == 0 {
                    competition.format.overtimePenalty = nil
                    return book[CompetitionText.overtimeRuleCleared]
                }
                competition.format.overtimePenalty = OvertimePenalty(points: points, perSeconds: perSeconds)
                return book.format(CompetitionText.overtimeRuleSet, count: points, points, perSeconds)
            }
        }
    }
}
