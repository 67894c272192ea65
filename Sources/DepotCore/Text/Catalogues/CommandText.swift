/// The command line's own sentences (`Sources/depot`): summaries on standard output and errors on standard error.
/// The texts are in the language files under "CommandText".
public enum CommandText: String, TextCatalogue {
    case nounDay
    case langMustBeDaOr
    case nounWarning
    case nounProblem
    case warning
    case noProblemsFound
    case depotFoundIn
    case nounDeposit
    case noDepositsAreDueFrom
    case route
    case crates
    case due
    case left
    case today
    case dueFromTo
    case nounEvent
    case nounTask
    case noEvents
    case event
    case day
    case kind
    case title
    case venue
    case readers
    case openTasks
    case tasksOverdueOn
    case taskOfDue
    case openAgain
    case doneOn
    case hasNoTasks
    case done
    case open
    case overdue
    case taskDue
    case notedInOnSigned
    case ledgerAsOfAmountsIn
    case noDepositsWereSentIn
    case total
    case noDepositsAreOverdueOn
    case columnOverdue
    case depositsOverdueOn
    case nounHardRule
    case depotPublishedRevisionOfThe
    case depotThePublishedPlanBreaks
    case depotSavedTheDraftPlan
    case depotThereIsNoPlan
    case planNotPublishedUseDraft
    case planNotPublishedNothingToCompare
    case giveMissingLostOrMissing
    case ofBack
    case writtenOffAsLost
    case stillAtThePartner
    case sentToOnDepositDue
    case packedForOnDeposit
    case forTheVisitOn
    case sendItWithDepotSend
    case depositFromIsHomeOn
    case homeFrom
    case renewedAtUntilRenewalOf
    case wroteOffAsLostOn
    case recordedOnDeposit
    case foundAvailableAgain
    case lateReturnsRecorded
    case nounLateReturn
    case nounBadRow
    case nounBarcode
    case nounNewItem
    case nounChangedItem
    case nounRow
    case nounCertificate
    case nounReader
    case nounCompetition
    case nounEarlierVersion
    case nounTemporaryFile
    case nounFile
    case nounPrintout
    case nounLetter
    case formatCertificatesAreHtmlOnly
    case wroteCertificatesTo
    case isNotAReadingAloud
    case roundTheCompetitionHasRounds
    case roundTheRoundsAre
    case giveAtLeastOneCriterion
    case nameTheReaderWhoWon
    case winnerDoesNotReadIn
    case winnerIsNotInA
    case winnerIsNotInThe
    case winnerAReaderIsNamed
    case areTiedGiveWinnerFor
    case readOnlyNothingSaved
    case byNoStaffMemberHas
    case judgeHasNoJudgesYet
    case judgeTheJudgesOfAre
    case judgeFitsJudgesOfGive
    case readerDoesNotReadIn
    case readerNoReaderInHas
    case readerFitsReadersInGive
    case writeCriterionPointsEG
    case thePointsMustBeA
    case theRoundSCriteriaAre
    case asNothingWasSaved
    case isNotADayWrite
    case scanTheBarcodesOnePer
    case depotStandardInputLine
    case specialDeliveryNeedsVisitThe
    case noEventIsCalledDepot
    case fitsEventsGiveTheId
    case dueIsNotADay
    case excelGoesWithFormatCsv
    case formatXlsxWritesAFile
    case seasonGoesWithDepositsAnd
    case seasonFormat
    case theSpreadsheetCouldNotBe
    case wroteOfTo
    case separatorMustBeTabOr
    case showMustBeOrMore
    case cannotBeRead
    case separatorIsForCsvFiles
    case line
    case readOnlyNothingImported
    case onLinesThatDiffer
    case dryRunNothingWrittenAfterList
    case aRealRunWouldStop
    case withSkipBadItWould
    case aRealRunWouldSave
    case aRealRunWouldChange
    case hasListedAboveNothingWas
    case nothingToChangeTheCatalogue
    case skipped
    case savedToTheCatalogueIn
    case and
    case firstWorksheetColumnNamesIn
    case separator
    case unchanged
    case onMoreThanOneLine
    case newItems
    case andMore
    case namesAndMore
    case changedItems
    case isAnOldExcelWorkbook
    case isNotAnXlsxWorkbook
    case theFirstWorksheetIsEmpty
    case seasonFormatLedger
    case depotTheScreenSTexts
    case seasonFormatPlan
    case seasonReachesOutsideToThe
    case dryRunAndPublishDo
    case theSeasonReachesOutsideTo
    case pinMustBePartnerDate
    case pinIsNotInThe
    case pinHasPassedVisitsBefore
    case changedPrintsEveryChangedPartner
    case changedAlwaysPrintsFromThe
    case changedPrintsTextOnlyLeave
    case giveAPartnerIdOr
    case planNotPublishedForChanged
    case noReadersNamesArePast
    case finalNamesKeptUntil
    case dryRunNothingWritten
    case removedTheNamesOfIn
    case noOtherCopiesOfThe
    case ofEventsJsonInBackups
    case ofEventsJson
    case linesOfTheChangeLog
    case alsoRemovedAsTheyHeld
    case hasNoCratesOverdueOr
    case noPartnerHasCratesOverdue
    case wroteLettersTo
    case teamNoTeamIsCalled
    case theLibraryHasNoPartnership
    case seasonFormatOption
    case giveWeekOrDateNot
    case printerGoesWithPrint, printIsForPaper
    case seasonAndPreviousGoWith
    case giveSeasonOrWeekDate
    case withItemsGoesWithFormat
    case routeNoRouteIsCalled
    case wroteWeekTo
    case weekWasWrittenToOpen
    case noPrinterCommandLpOr
    case weekWasNotPrintedThe
    case sentWeekToThePrinter
    case previousCannotBeReadOr
    case noItemHasTheBarcode
    case noCrateIsNumbered
    case waitingForSave
    case anotherDepot
    case changedDatesAgainstPublished
    case nounPartnerHas
    case closuresMissing
    case noClosuresToCopy
    case copiedClosures
    case copiedSaved
    case copiedNotSaved
    case exportItems
    case exportDeposits
    case exportLedger
    case nounPartner
    case nounHaveNone
    case nounClosure
    case aCorrectionKeptInThe
    case fromThisJudgeOf
    case totalPlace
    case tiedReadOffNeeded
    case wroteALibraryToPartners
    case argumentError, argumentHelp, argumentUsage, argumentSeeHelp
    case closuresPartnerOrLibraryNotBoth, closuresPartnerOrLibraryNeeded, syncStatusOrRestartNotBoth
    case certificatesNeedOutput, optionRefused, screenNeedsTerminal
    case ledgerDeposits
    case ledgerLent
    case ledgerReturned
    case ledgerLost
    case ledgerDamaged
    case ledgerAtPartner
    case ledgerWaived
    case ledgerCharged
    case season
    case sendWithTheVanThat
    case labelWhere
    case crate
    case deposit
    case items
    case keptBackBooks, nounBook
    case closuresNone, closuresLibraryHeading, closuresTheLibrary, closuresPartnerHasAlready,
        closuresPartnerAdded, closuresLibraryHasAlready, closuresLibraryAdded, closuresNoneToRemove,
        closuresNotOneOf, closuresPartnerRemoved, closuresLibraryRemoved
    case letterMendOrConfirm, lettersHeldBack
    case readerAdded, readerNewSchool, readerUnknownSchool, readerEmptyField, readerRoundStarted, readerWithdrawn,
        readerAlreadyWithdrawn, readerNoSuchReader
    // cases

    public static let placeholders: [CommandText: [String]] = [
        .noProblemsFound: ["folder", "noted"],
        .depotFoundIn: ["count", "folder"],
        .noDepositsAreDueFrom: ["today", "last"],
        .dueFromTo: ["count", "today", "last"],
        .tasksOverdueOn: ["tasks", "today"],
        .taskOfDue: ["number", "id", "title", "title2", "name", "due"],
        .openAgain: ["title"],
        .doneOn: ["today", "title"],
        .hasNoTasks: ["id", "title"],
        .done: ["value"],
        .overdue: ["late"],
        .notedInOnSigned: ["id", "title", "today", "name"],
        .ledgerAsOfAmountsIn: ["chosen", "today", "currency"],
        .noDepositsAreOverdueOn: ["today"],
        .depositsOverdueOn: ["count", "today"],
        .depotPublishedRevisionOfThe: ["revision", "season", "file"],
        .depotThePublishedPlanBreaks: ["rules"],
        .depotSavedTheDraftPlan: ["season", "file"],
        .depotThereIsNoPlan: ["chosen"],
        .planNotPublishedUseDraft: ["chosen"],
        .planNotPublishedNothingToCompare: ["season"],
        .ofBack: ["returnedCount", "expectedCount"],
        .writtenOffAsLost: ["missing"],
        .stillAtThePartner: ["missing"],
        .sentToOnDepositDue: ["crateNames", "name", "id", "long"],
        .packedForOnDeposit: ["crateNames", "name", "id", "deposit"],
        .forTheVisitOn: ["weekday", "long"],
        .depositFromIsHomeOn: ["id", "name", "long"],
        .homeFrom: ["name", "map"],
        .renewedAtUntilRenewalOf: ["id", "name", "long", "renewals", "limit"],
        .wroteOffAsLostOn: ["item", "title", "deposit"],
        .recordedOnDeposit: ["deposits"],
        .foundAvailableAgain: ["item", "title", "on"],
        .lateReturnsRecorded: ["count"],
        .wroteCertificatesTo: ["competition", "options"],
        .isNotAReadingAloud: ["id", "title"],
        .roundTheCompetitionHasRounds: ["number", "count"],
        .roundTheRoundsAre: ["text", "names"],
        .winnerDoesNotReadIn: ["winners"],
        .winnerIsNotInA: ["winners", "label"],
        .winnerIsNotInThe: ["text", "label", "map"],
        .areTiedGiveWinnerFor: ["map"],
        .readOnlyNothingSaved: ["reason"],
        .byNoStaffMemberHas: ["staff"],
        .judgeHasNoJudgesYet: ["text", "roundName"],
        .judgeTheJudgesOfAre: ["text", "roundName", "list"],
        .judgeFitsJudgesOfGive: ["text", "count", "roundName", "list"],
        .readerDoesNotReadIn: ["text", "label", "roundName"],
        .readerNoReaderInHas: ["text", "roundName"],
        .readerFitsReadersInGive: ["text", "count", "roundName", "list"],
        .writeCriterionPointsEG: ["text", "criteria"],
        .thePointsMustBeA: ["text"],
        .theRoundSCriteriaAre: ["text", "known"],
        .asNothingWasSaved: ["description"],
        .isNotADayWrite: ["option", "text"],
        .depotStandardInputLine: ["line", "message"],
        .noEventIsCalledDepot: ["text"],
        .fitsEventsGiveTheId: ["text", "count", "map"],
        .dueIsNotADay: ["due"],
        .seasonFormat: ["season"],
        .theSpreadsheetCouldNotBe: ["output", "error"],
        .wroteOfTo: ["table", "what", "output"],
        .cannotBeRead: ["file", "error"], .printIsForPaper: ["format"],
        .separatorIsForCsvFiles: ["file"],
        .line: ["file", "line", "message"],
        .readOnlyNothingImported: ["reason"],
        .onLinesThatDiffer: ["conflicts"],
        .aRealRunWouldStop: ["problems"],
        .withSkipBadItWould: ["changeSummary"],
        .aRealRunWouldSave: ["changeSummary"],
        .hasListedAboveNothingWas: ["file", "problems"],
        .skipped: ["problems"],
        .savedToTheCatalogueIn: ["changeSummary", "folder", "skipped"],
        .and: ["plan", "plan2"],
        .firstWorksheetColumnNamesIn: ["headerLine"],
        .separator: ["name"],
        .unchanged: ["count"],
        .onMoreThanOneLine: ["count"],
        .andMore: ["count"],
        .isAnOldExcelWorkbook: ["name"],
        .isNotAnXlsxWorkbook: ["name"],
        .theFirstWorksheetIsEmpty: ["name"],
        .seasonFormatLedger: ["season"],
        .depotTheScreenSTexts: ["problem"],
        .seasonFormatPlan: ["season"],
        .seasonReachesOutsideToThe: ["parsed", "earliest", "latest"],
        .theSeasonReachesOutsideTo: ["season", "earliest", "latest"],
        .pinMustBePartnerDate: ["text"],
        .pinIsNotInThe: ["day", "season"],
        .pinHasPassedVisitsBefore: ["day"],
        .changedPrintsEveryChangedPartner: ["partner"],
        .planNotPublishedForChanged: ["chosen"],
        .noReadersNamesArePast: ["readerRetention", "today"],
        .finalNamesKeptUntil: ["eventID", "title", "candidate", "finalOn", "adding"],
        .removedTheNamesOfIn: ["outcome", "outcome2"],
        .ofEventsJsonInBackups: ["backups"],
        .ofEventsJson: ["temporary"],
        .linesOfTheChangeLog: ["history"],
        .alsoRemovedAsTheyHeld: ["list", "printouts"],
        .hasNoCratesOverdueOr: ["name", "today"],
        .noPartnerHasCratesOverdue: ["today"],
        .wroteLettersTo: ["letters", "output"],
        .teamNoTeamIsCalled: ["team"],
        .seasonFormatOption: ["text"],
        .routeNoRouteIsCalled: ["route", "names"],
        .wroteWeekTo: ["chosenWeek", "output"],
        .weekWasWrittenToOpen: ["chosenWeek", "path"],
        .noPrinterCommandLpOr: ["chosenWeek", "path"],
        .weekWasNotPrintedThe: ["chosenWeek", "why", "path"],
        .sentWeekToThePrinter: ["chosenWeek", "path"],
        .previousCannotBeReadOr: ["path"],
        .noItemHasTheBarcode: ["barcode"],
        .noCrateIsNumbered: ["number"],
        .waitingForSave: ["holder"],
        .changedDatesAgainstPublished: ["count"],
        .closuresMissing: ["count", "previous", "have", "season", "names"],
        .noClosuresToCopy: ["season", "previous"],
        .copiedClosures: ["closures", "previous", "count", "names"],
        .namesAndMore: ["names", "count"],
        .aCorrectionKeptInThe: ["name", "oldPoints", "value"],
        .fromThisJudgeOf: ["judgeTotal", "maximumPerJudge"],
        .totalPlace: ["total", "place"],
        .wroteALibraryToPartners: ["scale", "times", "folder", "partners", "crates", "items", "deposits"],
        .argumentSeeHelp: ["command"],
        .optionRefused: ["option", "reason"],
        .screenNeedsTerminal: ["folder"],
        .langMustBeDaOr: ["codes"],
        .keptBackBooks: ["books"],
        .closuresPartnerHasAlready: ["partner", "closure"],
        .closuresPartnerAdded: ["partner", "closure"],
        .closuresLibraryHasAlready: ["closure"],
        .closuresLibraryAdded: ["closure"],
        .closuresNoneToRemove: ["owner"],
        .closuresNotOneOf: ["number", "owner", "count"],
        .closuresPartnerRemoved: ["partner", "closure"],
        .closuresLibraryRemoved: ["closure"],
        .lettersHeldBack: ["count"],
        .readerAdded: ["label", "id", "round"],
        .readerNewSchool: ["school"],
        .readerUnknownSchool: ["school", "list"],
        .readerEmptyField: ["field"],
        .readerRoundStarted: ["round"],
        .readerWithdrawn: ["label", "id", "day"],
        .readerAlreadyWithdrawn: ["label"],
        .readerNoSuchReader: ["text"],
        // placeholders
    ]
}
