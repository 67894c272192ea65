import ArgumentParser
import DepotCore
import Foundation

extension CompetitionCommand {
    struct JudgeCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "judge",
            abstract: helpText(.competitionJudgeJudgeAbstract),
            subcommands: [Add.self, Absent.self, AcceptConflict.self])

        struct Add: ParsableCommand {
            static let configuration = CommandConfiguration(
                abstract: helpText(.competitionJudgeAddAbstract),
                discussion: helpText(.competitionJudgeAddDiscussion))

            @OptionGroup var options: ChangeOptions
            @Option(help: ArgumentHelp(helpText(.competitionJudgeAddName), valueName: "N"))
            var name: String
            @Option(
                help: ArgumentHelp(
                    helpText(.competitionJudgeAddRole),
                    valueName: "ROLE"))
            var role: String = "other"
            @Option(help: ArgumentHelp(helpText(.competitionJudgeAddSchool), valueName: "S"))
            var school: String?
            @Option(help: ArgumentHelp(helpText(.competitionJudgeAddOrganisation), valueName: "O"))
            var organisation: String?
            @Option(help: ArgumentHelp(helpText(.competitionJudgeAddHeat), valueName: "H"))
            var heat: String?

            func run() throws {
                guard let role = Judge.Role.named(role) else {
                    let names = Judge.Role.allCases.map(\.rawValue).joined(separator: ", ")
                    throw failure(competitionWords.book.format(CompetitionText.judgeUnknownRole, role, names))
                }
                try changeCompetition(options) { event, competition, round, _, _, log in
                    let heatID = try findHeat(heat, in: competition, round: round)
                    let judge: Judge
                    do throws(JudgeError) {
                        judge = try competition.addJudge(
                            name: name, role: role, round: round, school: school, organisation: organisation,
                            heat: heatID)
                    } catch {
                        throw failure(judgeMessage(error, competition: competition))
                    }
                    let cw = competitionWords
                    var line = cw.book.format(
                        CompetitionText.judgeAdded, cw.judge(judge, in: competition), judge.id,
                        competition.format.rounds[round].name)
                    let own = competition.ownSchoolReaders(of: judge.id, round: round)
                    if let first = own.first {
                        let command =
                            "depot competition judge accept-conflict \(event.id) --round \(round + 1) --judge "
                            + "\(judge.id) --note \"…\""
                        line += cw.book.format(
                            CompetitionText.judgeOwnSchool, count: own.count, judge.name, first.school, own.count,
                            cw.list(own.map(\.label)), command)
                    }
                    return line
                }
            }
        }

        struct Absent: ParsableCommand {
            static let configuration = CommandConfiguration(
                abstract: helpText(.competitionJudgeAbsentAbstract))

            @OptionGroup var options: ChangeOptions
            @Option(help: ArgumentHelp(helpText(.competitionScoreJudge), valueName: "ID"))
            var judge: String

            func run() throws {
                try changeCompetition(options) { event, competition, round, _, today, log in
                    let roundName = competition.format.rounds[round].name
                    let record = try findJudge(judge, in: competition.round(round), roundName: roundName)
                    do throws(JudgeError) {
                        try competition.markAbsent(record.id, round: round, on: today)
                    } catch {
                        throw failure(judgeMessage(error, competition: competition))
                    }
                    let present = competition.round(round).judges.filter { !$0.isAbsent }.count
                    log.append(
                        competitionWords.book.format(CompetitionText.logAbsent, roundName, record.name, record.id))
                    return competitionWords.book.format(
                        CompetitionText.judgeMarkedAbsent, count: present, record.name, record.id, roundName,
                        present)
                }
            }
        }

        struct AcceptConflict: ParsableCommand {
            static let configuration = CommandConfiguration(
                commandName: "accept-conflict",
                abstract: helpText(.acceptConflictAbstract),
                discussion: helpText(.acceptConflictDiscussion))

            @OptionGroup var options: ChangeOptions
            @Option(help: ArgumentHelp(helpText(.competitionScoreJudge), valueName: "ID"))
            var judge: String
            @Option(help: ArgumentHelp(helpText(.acceptConflictNote), valueName: "TEXT"))
            var note: String

            func run() throws {
                try changeCompetition(options) { event, competition, round, staff, today, log in
                    let roundName = competition.format.rounds[round].name
                    let record = try findJudge(judge, in: competition.round(round), roundName: roundName)
                    do throws(JudgeError) {
                        try competition.acceptConflict(record.id, round: round, note: note, by: staff, on: today)
                    } catch {
                        throw failure(judgeMessage(error, competition: competition))
                    }
                    let readers = competition.ownSchoolReaders(of: record.id, round: round).map(\.label)
                    log.append(
                        competitionWords.book.format(
                            CompetitionText.logConflictAccepted, roundName, record.name, record.id,
                            competitionWords.list(readers), note.trimmingCharacters(in: .whitespacesAndNewlines)))
                    return competitionWords.book.format(
                        CompetitionText.judgeConflictAccepted, record.name, record.id, roundName,
                        note.trimmingCharacters(in: .whitespacesAndNewlines))
                }
            }
        }
    }
}

/// The competition's words in this run's language.
var competitionWords: CompetitionWords { CompetitionWords(commandLanguage) }

/// The sentence for a refused judge, naming the field.
func judgeMessage(_ error: JudgeError, competition: Competition) -> String {
    let book = competitionWords.book
    switch error {
    case .emptyName: return book[CompetitionText.judgeEmptyName]
    case .unknownRound(let number):
        return words.format(.roundTheCompetitionHasRounds, number, competition.format.rounds.count)
    case .unknownSchool(let name, let known):
        return book.format(
            CompetitionText.judgeUnknownSchool, name, known.isEmpty ? "–" : known.joined(separator: ", "))
    case .unknownJudge(let text): return words.format(.judgeHasNoJudgesYet, text, "")
    case .alreadyAbsent(let judge): return book.format(CompetitionText.judgeAlreadyAbsent, judge)
    case .noConflict(let judge): return book.format(CompetitionText.judgeNoConflict, judge)
    case .emptyNote: return book[CompetitionText.judgeEmptyNote]
    }
}
