/// Why a score could not be entered or readers could not advance (`ScoreError`, `AdvanceError`).
public enum CompetitionRefusalText: String, TextCatalogue {
    case noSuchRound, notAJudge, noSuchReader, readerNotInRound, notJudgedOn, pointsOutOfRange
    case lastRound, scoresMissing, tieAtCut, nextRoundScored, notATie

    public static let placeholders: [CompetitionRefusalText: [String]] = [
        .noSuchRound: ["number"], .notAJudge: ["judge", "round"], .noSuchReader: ["reader"],
        .readerNotInRound: ["reader", "round"], .notJudgedOn: ["round", "criterion"],
        .pointsOutOfRange: ["points", "reader", "criterion", "low", "high"],
        .lastRound: ["round"], .scoresMissing: ["round", "readers"], .tieAtCut: ["round", "readers"],
        .nextRoundScored: ["round"], .notATie: ["readers"],
    ]
}
