import DepotCore

/// The words of the Events tab (teams, events, tasks, notes, competitions), in Danish and English.
enum EventsText: String, TextCatalogue {
    // Lists
    case nounReader, nounJudge, nounOpen
    case eventsTitle, teamsTitle, columnDate, columnKind, columnTitle, columnTeam, columnOpen, columnOverdue
    case columnTeamName, columnMembers, columnCoordinator, columnReview
    // Event kinds
    case kindCompetition, kindAuthorVisit, kindBookTalk, kindWorkshop, kindOther
    case kindCompetitionShort, kindAuthorVisitShort, kindBookTalkShort, kindWorkshopShort, kindOtherShort
    // Detail
    case detailKind, detailTeam, detailVenue, detailWhen, detailPartners, detailExpected, detailActual, detailNotes
    case detailOutcome, detailCoordinator, detailReview, atTime, attendance, reviewIn, reviewPassed
    case headingMembers, headingAims, headingTargets, headingEvents, headingTasks, headingLog, headingCompetition
    case coordinatorMark, unknownStaff, achieved, measureByTeam, overdueCount, noTasks, doneOn, overdueBy, noNotes
    case depotAuthor, competitionSummary, anonymisedOn, roundCounts, judges
    case roundNoReaders, roundNoJudges, roundNotScored, roundScoresMissing, roundComplete, roundReadOff
    // Values
    case measureSchools, measureChildren, measureAdults, measureEvents, measureTasks, measureMeetings,
        measureWordMeetings, kindMeeting
    case tieReadOff, tieLot
    case roleStoryteller, roleSchoolConsultant, roleLibrarian, roleTeacher, roleOther
    // Forms
    case formEditTask, taskDeleted, confirmDeleteTask, helpTaskEdit
    case formNewEvent, formEditEvent, formNewTask, formNewNote, formNewReader
    case fieldKind, fieldTitle, fieldTeam, fieldVenue, fieldDate, fieldTime, fieldTimeHint, fieldPartners
    case fieldExpectedChildren, fieldExpectedAdults, fieldActualChildren, fieldActualAdults, fieldOutcome, fieldNotes
    case fieldFormat, formatNeedsCompetition, competitionKindKept
    case fieldTaskTitle, fieldOwner, fieldDue, fieldAuthor, fieldNote
    case fieldFirstName, fieldClass, fieldSchool, fieldBookTitle, fieldBookAuthor
    case formNewJudge, fieldJudgeName, fieldJudgeRole, savedJudge, keyJudge, helpJudge
    case partnerUnknown, partnerAmbiguous, registrationClosed, formatNeeded, noStaff
    // Messages
    case savedEvent, savedTask, savedNote, savedReader, taskDone, taskReopened, chooseTask, notACompetition
    case formNewTeam, formEditTeam, fieldTeamName, fieldMembers, fieldCoordinator, fieldAims, fieldTargets
    case hintMembers, hintAims, hintTargets
    case formEditRound, fieldRoundName, fieldReadings, fieldCriteria, fieldAdvancing, fieldPerSchool, fieldTieRule
    case hintReadings, hintCriteria, readingPrepared, readingUnseen, readingUnknown, criterionUnknown, criteriaScored
    case lastRoundAdvances, advancingNeeded, answerYes, answerNo, savedRound, helpRound
    case fieldReview, savedTeam, staffUnknown, staffAmbiguous, targetNumber, targetMeasureUnknown
    case targetPercentMeasure
    case measureWordSchools, measureWordChildren, measureWordAdults, measureWordEvents, measureWordTasks
    case purgeDue, purgeQuestion, purgeDone, purgeNothing, purgeDoneFiles, purgeLeftFiles, nounFile
    // Printing
    case printTitle, printResults, printOrder, printSheets, printCancel, printResultsHTML, printCertificates
    // Keys
    case keyTeams, keyEvents, keyTask, keyDone, keyNote, keyReader, keyScores, keyRanking
    case helpMove, helpSwitch, helpPane, helpNew, helpEdit, helpTask, helpDone, helpNote, helpReader, helpScores
    case helpRanking, helpPrint, helpPurge

    /// The names of the placeholders in each text (`{name}` in the language files), in the order `format` is
    /// given them.
    static let placeholders: [EventsText: [String]] = [
        .atTime: ["time"],
        .attendance: ["children", "adults"],
        .reviewIn: ["days"],
        .reviewPassed: ["days"],
        .headingMembers: ["count"],
        .headingTargets: ["season"],
        .headingEvents: ["count"],
        .headingTasks: ["open", "total"],
        .headingLog: ["count"],
        .headingCompetition: ["format"],
        .unknownStaff: ["name"],
        .achieved: ["achieved"],
        .overdueCount: ["count"],
        .doneOn: ["day"],
        .overdueBy: ["days"],
        .competitionSummary: ["readers", "tieRule"],
        .anonymisedOn: ["day"],
        .roundCounts: ["readers", "judges"],
        .judges: ["judges"],
        .roundScoresMissing: ["readers"],
        .formEditEvent: ["event"],
        .formNewTask: ["event"],
        .formNewNote: ["place", "day"],
        .formNewReader: ["round"],
        .formNewJudge: ["round"],
        .savedJudge: ["judge", "role"],
        .partnerUnknown: ["name"],
        .partnerAmbiguous: ["name", "count"],
        .registrationClosed: ["competition"],
        .savedEvent: ["event"],
        .savedTask: ["task"],
        .savedNote: ["author"],
        .savedReader: ["reader", "school"],
        .taskDone: ["task"],
        .taskReopened: ["task"],
        .formEditTeam: ["team"],
        .formEditTask: ["task"],
        .taskDeleted: ["task"],
        .confirmDeleteTask: ["task"],
        .formEditRound: ["number", "round"],
        .readingUnknown: ["text"],
        .criterionUnknown: ["text"],
        .savedRound: ["round"],
        .savedTeam: ["team"],
        .staffUnknown: ["name"],
        .staffAmbiguous: ["name", "count"],
        .targetNumber: ["text"],
        .targetMeasureUnknown: ["measure"], .targetPercentMeasure: ["text"],
        .purgeDue: ["count", "months"],
        .purgeQuestion: ["readers"],
        .purgeDone: ["readers"],
        .purgeDoneFiles: ["readers", "files"],
        .purgeLeftFiles: ["readers", "files"],
        .printTitle: ["what"],
    ]
}

/// The Events tab's words for the domain's values.
extension Strings {
    public func eventKindLong(_ kind: Event.Kind) -> String {
        switch kind {
        case .readingCompetition: return self[EventsText.kindCompetition]
        case .authorVisit: return self[EventsText.kindAuthorVisit]
        case .bookTalk: return self[EventsText.kindBookTalk]
        case .workshop: return self[EventsText.kindWorkshop]
        case .other: return self[EventsText.kindOther]
        case .meeting: return self[EventsText.kindMeeting]
        }
    }

    public func eventKindShort(_ kind: Event.Kind) -> String {
        switch kind {
        case .readingCompetition: return self[EventsText.kindCompetitionShort]
        case .authorVisit: return self[EventsText.kindAuthorVisitShort]
        case .bookTalk: return self[EventsText.kindBookTalkShort]
        case .workshop: return self[EventsText.kindWorkshopShort]
        case .other: return self[EventsText.kindOtherShort]
        case .meeting: return self[EventsText.kindMeeting]
        }
    }

    func targetMeasure(_ measure: PartnershipTeam.OutcomeTarget.Measure) -> String {
        switch measure {
        case .schoolsTakingPart: return self[EventsText.measureSchools]
        case .childrenReached: return self[EventsText.measureChildren]
        case .adultsReached: return self[EventsText.measureAdults]
        case .eventsHeld: return self[EventsText.measureEvents]
        case .tasksDoneOnTime: return self[EventsText.measureTasks]
        case .meetingsHeld: return self[EventsText.measureMeetings]
        }
    }

    func tieRule(_ rule: CompetitionFormat.TieRule) -> String {
        self[rule == .readOff ? EventsText.tieReadOff : EventsText.tieLot]
    }

    func judgeRole(_ role: Judge.Role) -> String {
        switch role {
        case .storyteller: return self[EventsText.roleStoryteller]
        case .schoolConsultant: return self[EventsText.roleSchoolConsultant]
        case .librarian: return self[EventsText.roleLibrarian]
        case .teacher: return self[EventsText.roleTeacher]
        case .other: return self[EventsText.roleOther]
        }
    }
}
