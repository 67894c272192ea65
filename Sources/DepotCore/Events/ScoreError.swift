/// Why a score could not be entered, in one readable sentence naming the reader, the criterion and the range.
public enum ScoreError: Error, Hashable, Sendable, CustomStringConvertible {
    case unknownRound(number: Int)
    case unknownJudge(judge: String, round: String)
    /// The judge is recorded absent from the round.
    case judgeAbsent(judge: String, round: String)
    /// The judge is not on the jury of the reader's heat.
    case notOnJury(judge: String, reader: String)
    case unknownReader(reader: String)
    case readerNotInRound(reader: String, round: String)
    case unknownCriterion(criterion: String, round: String)
    case outOfRange(reader: String, criterion: String, points: Int, range: ClosedRange<Int>)

    public var description: String { message(in: .english) }

    /// The sentence in Danish or English.
    public func message(in language: Language) -> String {
        let danish = language == .danish
        switch self {
        case .unknownRound(let number):
            return danish ? "Konkurrencen har ingen runde \(number)." : "The competition has no round \(number)."
        case .unknownJudge(let judge, let round):
            return danish
                ? "\(judge) er ikke dommer i \(round)." : "\(judge) is not a judge in \(round)."
        case .judgeAbsent(let judge, let round):
            return TextBook(language).format(CompetitionText.scoreJudgeAbsent, judge, round)
        case .notOnJury(let judge, let reader):
            return TextBook(language).format(CompetitionText.scoreNotOnJury, judge, reader)
        case .unknownReader(let reader):
            return danish ? "Der er ingen oplæser \(reader)." : "There is no reader \(reader)."
        case .readerNotInRound(let reader, let round):
            return danish ? "\(reader) læser ikke op i \(round)." : "\(reader) does not read in \(round)."
        case .unknownCriterion(let criterion, let round):
            return danish
                ? "\(round) bedømmes ikke på \"\(criterion)\"." : "\(round) is not judged on \"\(criterion)\"."
        case .outOfRange(let reader, let criterion, let points, let range):
            return danish
                ? "\(points) point til \(reader) for \(criterion) er uden for \(range.lowerBound)–\(range.upperBound)."
                : "\(points) points for \(reader) in \(criterion) is outside \(range.lowerBound)–\(range.upperBound)."
        }
    }
}
