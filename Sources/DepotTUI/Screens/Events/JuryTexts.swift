import DepotCore

/// The Events tab's words for running a championship as the juries do: schools typed freely, heats, judges from a
/// reader's own school, absent judges, withdrawn readers, overtime and the drawn running order.
enum JuryText: String, TextCatalogue {
    // The reader form
    case fieldHeat, hintSchool, askNewSchool, savedReaderNewSchool, readerRoundStarted
    // The judge form
    case fieldJudgeFrom, hintJudgeFrom, fieldConflictNote, hintConflictNote, ownSchoolNeedsNote, savedJudgeAccepted
    // Absent judges and withdrawn readers
    case formAbsent, fieldAbsentJudge, askAbsent, noJudgePresent, formWithdraw, fieldWithdrawReader, askWithdraw
    case noReaderToWithdraw, savedWithdrawn
    // The draw
    case askDraw, savedDraw, drawRefused
    // The detail
    case juryLine, withdrawnLine, ownSchoolMark, acceptedMark, absentMark, drawnLine
    case overtimeRuleLine
    // Score entry: overtime
    case overtimePrompt, overtimePenalty, overtimeNoRule, overtimeSaved, overtimeCleared, overtimeShown
    case keyOvertime, judgeAbsentSkipped
    // The ranking
    case averagedLine, absentColumn
    // Keys and help
    case keyAbsent, keyWithdraw, keyDraw, helpAbsent, helpWithdraw, helpDraw, helpOvertime
    // Notes of several lines
    case hintNoteLines

    static let placeholders: [JuryText: [String]] = [
        .askNewSchool: ["school"],
        .savedReaderNewSchool: ["reader", "school"],
        .readerRoundStarted: ["round"],
        .ownSchoolNeedsNote: ["judge", "school", "readers"],
        .savedJudgeAccepted: ["judge", "round", "note"],
        .formAbsent: ["round"],
        .askAbsent: ["judge", "round"],
        .noJudgePresent: ["round"],
        .formWithdraw: ["round"],
        .askWithdraw: ["reader"],
        .noReaderToWithdraw: ["round"],
        .savedWithdrawn: ["reader"],
        .askDraw: ["round"],
        .savedDraw: ["round", "seed"],
        .drawRefused: ["round"],
        .juryLine: ["judges"],
        .withdrawnLine: ["readers"],
        .drawnLine: ["seed"],
        .overtimeRuleLine: ["points", "seconds"],
        .overtimePrompt: ["reader", "reading", "count", "seconds"],
        .overtimePenalty: ["points"],
        .overtimeSaved: ["reader", "reading", "seconds", "penalty"],
        .overtimeCleared: ["reader", "reading"],
        .overtimeShown: ["seconds", "points"],
        .judgeAbsentSkipped: ["judges"],
        .averagedLine: ["count", "absent"],
    ]
}
