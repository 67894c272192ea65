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
        let book = TextBook(language)
        switch self {
        case .unknownRound(let number): return book.format(CompetitionRefusalText.noSuchRound, number)
        case .unknownJudge(let judge, let round): return book.format(CompetitionRefusalText.notAJudge, judge, round)
        case .judgeAbsent(let judge, let round):
            return book.format(CompetitionText.scoreJudgeAbsent, judge, round)
        case .notOnJury(let judge, let reader):
            return book.format(CompetitionText.scoreNotOnJury, judge, reader)
        case .unknownReader(let reader): return book.format(CompetitionRefusalText.noSuchReader, reader)
        case .readerNotInRound(let reader, let round):
            return book.format(CompetitionRefusalText.readerNotInRound, reader, round)
        case .unknownCriterion(let criterion, let round):
            return book.format(CompetitionRefusalText.notJudgedOn, round, criterion)
        case .outOfRange(let reader, let criterion, let points, let range):
            return book.format(
                CompetitionRefusalText.pointsOutOfRange, count: points, points, reader, criterion, range.lowerBound,
                range.upperBound)
        }
    }
}
