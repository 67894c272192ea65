/// The words of the competition's judges, heats, ties, running order and log, for the printouts and the
/// commands. The texts are in the language files under "CompetitionText".
public enum CompetitionText: String, TextCatalogue {
    /// After an absent judge's name: "Sanne Østergaard (lærer, fraværende)".
    case absent
    /// Under a round's judges when a judge is absent.
    case averaged
    /// On a judge's score sheet and the results.
    case ownSchoolFlag
    /// Under the own-school flag once the chair accepted it.
    case ownSchoolAccepted
    /// Beside a reader on the sheet of a judge from the reader's school.
    case ownSchoolRow
    /// Between the last two names of a list.
    case and
    /// A shared place: "delt 5. plads".
    case jointPlace
    /// `depot competition judge add`.
    case judgeAdded
    /// After `judge add` when the judge comes from a reader's school.
    case judgeOwnSchool
    /// `depot competition judge absent`.
    case judgeMarkedAbsent
    /// `judge accept-conflict`.
    case judgeConflictAccepted
    /// A judge without a name.
    case judgeEmptyName
    /// A judge's school that is none of the competition's.
    case judgeUnknownSchool
    /// An unknown role.
    case judgeUnknownRole
    /// Absent twice.
    case judgeAlreadyAbsent
    /// accept-conflict without a conflict.
    case judgeNoConflict
    /// accept-conflict without a note.
    case judgeEmptyNote
    /// Points from an absent judge.
    case scoreJudgeAbsent
    /// Points from a judge of another heat.
    case scoreNotOnJury
    /// `depot competition heat add`; `when` is ", 18. februar 2027, Rønde Skole" or empty.
    case heatAdded
    /// After the first heat of a round that had readers.
    case heatTookRound
    /// A heat without a name.
    case heatEmptyName
    /// An unknown heat.
    case heatUnknown
    /// A reader or judge without --heat in a round of heats.
    case heatNeeded
    /// A heat's heading on the results and the running order.
    case heatHeading
    /// A heat's judges.
    case heatJury
    /// A heat without judges.
    case heatNoJury
    /// Under a drawn running order.
    case drawnWithSeed
    /// `depot competition draw`.
    case drawDone
    /// Draw refused after scoring.
    case roundHasScores
    /// `depot competition advance`; `readers` is "2 readers".
    case advanced
    /// `depot competition tie`.
    case tieRecordedReadOff
    /// `depot competition tie --lot`.
    case tieRecordedLot
    /// The log note of an advancement.
    case logAdvanced
    /// The log note of a read-off.
    case logTieReadOff
    /// The log note of a lot.
    case logTieLot
    /// The log note of a withdrawal.
    case logWithdrawn
    /// The log note of an absent judge.
    case logAbsent
    /// The log note of an accepted own-school judge.
    case logConflictAccepted
    /// The log note of a draw.
    case logDrawn
    /// Under a round's judges when the format penalises overtime and some reading ran over.
    case overtimeRule
    /// In the note column of a reader with points off.
    case overtimeNote
    /// `depot competition overtime`.
    case overtimeRecorded
    /// `overtime --over 0`.
    case overtimeCleared
    /// After overtimeRecorded.
    case overtimePenalty
    /// After overtimeRecorded when the format has no penalty.
    case overtimeNoRule
    /// A time that cannot be read.
    case overtimeBadTime
    /// An unknown reading.
    case overtimeUnknownReading
    /// `depot competition overtime-rule`.
    case overtimeRuleSet
    /// `overtime-rule --points 0`.
    case overtimeRuleCleared
    /// overtime-rule --points out of range.
    case overtimeRulePoints
    /// overtime-rule --per-seconds out of range.
    case overtimeRulePeriod

    public static let placeholders: [CompetitionText: [String]] = [
        .averaged: ["count", "absent"],
        .ownSchoolFlag: ["judge", "school", "readers"],
        .ownSchoolAccepted: ["day", "note"],
        .jointPlace: ["place"],
        .judgeAdded: ["judge", "id", "round"],
        .judgeOwnSchool: ["judge", "school", "count", "readers", "command"],
        .judgeMarkedAbsent: ["judge", "id", "round", "count"],
        .judgeConflictAccepted: ["judge", "id", "round", "note"],
        .judgeUnknownSchool: ["school", "list"],
        .judgeUnknownRole: ["text", "list"],
        .judgeAlreadyAbsent: ["judge"],
        .judgeNoConflict: ["judge"],
        .scoreJudgeAbsent: ["judge", "round"],
        .scoreNotOnJury: ["judge", "reader"],
        .heatAdded: ["id", "name", "round", "when"],
        .heatTookRound: ["count"],
        .heatUnknown: ["text", "list"],
        .heatNeeded: ["list"],
        .heatHeading: ["name"],
        .heatJury: ["judges"],
        .drawnWithSeed: ["seed"],
        .drawDone: ["round", "seed"],
        .roundHasScores: ["round"],
        .advanced: ["readers", "round", "names"],
        .tieRecordedReadOff: ["placed"],
        .tieRecordedLot: ["placed"],
        .logAdvanced: ["round", "readers", "next", "names"],
        .logTieReadOff: ["round", "placed"],
        .logTieLot: ["round", "placed"],
        .logWithdrawn: ["label", "id"],
        .logAbsent: ["round", "judge", "id"],
        .logConflictAccepted: ["round", "judge", "id", "readers", "note"],
        .logDrawn: ["round", "seed"],
        .overtimeRule: ["points", "seconds"],
        .overtimeNote: ["points"],
        .overtimeRecorded: ["reader", "reading", "over", "penalty"],
        .overtimeCleared: ["reader", "reading"],
        .overtimePenalty: ["points"],
        .overtimeBadTime: ["text"],
        .overtimeUnknownReading: ["number", "count"],
        .overtimeRuleSet: ["points", "seconds"],
    ]
}
