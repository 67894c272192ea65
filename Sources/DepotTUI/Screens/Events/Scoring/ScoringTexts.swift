import DepotCore

/// The texts of the competition evening: entering the judges' scores and the ranking of a round.
enum ScoringText: String, TextCatalogue {
    // Score entry
    case entryTitle, noJudges, noReaders, judgeLabel, judgeSwitch, cellPrompt, pending, outOfRange
    case saved, corrected, cleared, progress, corrections, tieLegend, placePerSchool
    // Columns
    case columnNumber, columnReader, columnSchool, columnClass, columnJudgeSum, columnTotal, columnPlace, range
    // Ranking
    case rankingTitle, judgesLine, judgeShort, advancing, advancingPerSchool, lastRound, tieRuleReadOff, tieRuleLot
    case noScores, tieHint, notTied, pickAmongTied, pickNext, methodReadOff, methodLot, decidedByReadOff, decidedByLot
    case confirmAdvance, advanced, printName
    case noteReadOffNeeded, noteDecidedReadOff, noteDecidedLot, noteAdvances, noteAdvanced, noteMissing
    case noteAdvancesAfterReadOff, noteAdvancesAfterLot
    // Words
    case and
    case roleStoryteller, roleSchoolConsultant, roleLibrarian, roleTeacher, roleOther
    case stageClassHeat, stageSchoolHeat, stageDistrictHeat, stageSemiFinal, stageFinal
    case criterionTechnique, criterionInterpretation, criterionPassage
    case criterionTechniqueShort, criterionInterpretationShort, criterionPassageShort
    // Keys
    case keyPoints, keyJudge, keyClear, keyClose, keyMove, keyPick, keyCancel, keyYes, keyNo
    case keyReadOff, keyLot, keyAdvance, keyPrint

    /// The names of the placeholders in each text (`{name}` in the language files), in the order `format` is
    /// given them.
    static let placeholders: [ScoringText: [String]] = [
        .entryTitle: ["round", "event"],
        .noJudges: ["round"],
        .noReaders: ["round"],
        .judgeLabel: ["number", "count"],
        .cellPrompt: ["reader", "school", "criterion", "maxPoints"],
        .pending: ["points"],
        .outOfRange: ["criterion", "maxPoints", "points"],
        .saved: ["reader", "criterion", "points", "judge"],
        .corrected: ["reader", "criterion", "oldPoints", "points", "judge"],
        .cleared: ["reader", "criterion", "oldPoints", "judge"],
        .progress: ["filled", "total"],
        .corrections: ["count"],
        .range: ["maxPoints"],
        .rankingTitle: ["round", "event"],
        .judgesLine: ["judges"],
        .judgeShort: ["number"],
        .advancing: ["count", "round"],
        .advancingPerSchool: ["count", "round"],
        .tieHint: ["readers", "reader"],
        .notTied: ["reader"],
        .pickAmongTied: ["readers"],
        .pickNext: ["method", "place", "count"],
        .decidedByReadOff: ["order"],
        .decidedByLot: ["order"],
        .confirmAdvance: ["readers", "round"],
        .advanced: ["readers", "round"],
        .printName: ["event", "round"],
        .noteAdvanced: ["round"],
    ]
}
