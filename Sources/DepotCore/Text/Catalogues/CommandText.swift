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
    case overdueOn
    case taskOfDue
    case openAgain
    case doneOn
    case hasNoTasks
    case done
    case open
    case overdue
    case due2
    case notedInOnSigned
    case ledgerAsOfAmountsIn
    case noDepositsWereSentIn
    case total
    case noDepositsAreOverdueOn
    case overdue2
    case overdueOn2
    case nounHardRule
    case depotPublishedRevisionOfThe
    case depotThePublishedPlanBreaks
    case depotSavedTheDraftPlan
    case depotThereIsNoPlan
    case depotThePlanForIs
    case depotThePlanForIs2
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
    case wroteTo
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
    case theLibraryIsOpenRead
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
    case seasonMustBeWrittenLike
    case theSpreadsheetCouldNotBe
    case wroteOfTo
    case separatorMustBeTabOr
    case showMustBeOrMore
    case cannotBeRead
    case separatorIsForCsvFiles
    case line
    case theLibraryIsOpenRead2
    case onLinesThatDiffer
    case dryRunNothingWasWritten
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
    case seasonMustBeWrittenLike2
    case depotTheScreenSTexts
    case seasonMustBeWrittenLike3
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
    case depotThePlanForIs3
    case noReadersNamesArePast
    case finalNamesKeptUntil
    case dryRunNothingWasWritten2
    case removedTheNamesOfIn
    case noOtherCopiesOfThe
    case ofEventsJsonInBackups
    case ofEventsJson
    case linesOfTheChangeLog
    case alsoRemovedAsTheyHeld
    case hasNoCratesOverdueOr
    case noPartnerHasCratesOverdue
    case wroteTo2
    case teamNoTeamIsCalled
    case theLibraryHasNoPartnership
    case seasonMustBeWrittenLike4
    case giveWeekOrDateNot
    case printerGoesWithPrint
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
    case argumentError, argumentUsage, argumentSeeHelp
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
    // cases

    public static let placeholders: [CommandText: [String]] = [
        .noProblemsFound: ["folder", "noted"],
        .depotFoundIn: ["count", "folder"],
        .noDepositsAreDueFrom: ["today", "last"],
        .dueFromTo: ["count", "today", "last"],
        .overdueOn: ["tasks", "today"],
        .taskOfDue: ["number", "id", "title", "title2", "name", "due"],
        .openAgain: ["title"],
        .doneOn: ["today", "title"],
        .hasNoTasks: ["id", "title"],
        .done: ["value"],
        .overdue: ["late"],
        .notedInOnSigned: ["id", "title", "today", "name"],
        .ledgerAsOfAmountsIn: ["chosen", "today", "currency"],
        .noDepositsAreOverdueOn: ["today"],
        .overdueOn2: ["count", "today"],
        .depotPublishedRevisionOfThe: ["revision", "season", "file"],
        .depotThePublishedPlanBreaks: ["rules"],
        .depotSavedTheDraftPlan: ["season", "file"],
        .depotThereIsNoPlan: ["chosen"],
        .depotThePlanForIs: ["chosen"],
        .depotThePlanForIs2: ["season"],
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
        .wroteTo: ["competition", "options"],
        .isNotAReadingAloud: ["id", "title"],
        .roundTheCompetitionHasRounds: ["number", "count"],
        .roundTheRoundsAre: ["text", "names"],
        .winnerDoesNotReadIn: ["winners"],
        .winnerIsNotInA: ["winners", "label"],
        .winnerIsNotInThe: ["text", "label", "map"],
        .areTiedGiveWinnerFor: ["map"],
        .theLibraryIsOpenRead: ["reason"],
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
        .seasonMustBeWrittenLike: ["season"],
        .theSpreadsheetCouldNotBe: ["output", "error"],
        .wroteOfTo: ["table", "what", "output"],
        .cannotBeRead: ["file", "error"],
        .separatorIsForCsvFiles: ["file"],
        .line: ["file", "line", "message"],
        .theLibraryIsOpenRead2: ["reason"],
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
        .seasonMustBeWrittenLike2: ["season"],
        .depotTheScreenSTexts: ["problem"],
        .seasonMustBeWrittenLike3: ["season"],
        .seasonReachesOutsideToThe: ["parsed", "earliest", "latest"],
        .theSeasonReachesOutsideTo: ["season", "earliest", "latest"],
        .pinMustBePartnerDate: ["text"],
        .pinIsNotInThe: ["day", "season"],
        .pinHasPassedVisitsBefore: ["day"],
        .changedPrintsEveryChangedPartner: ["partner"],
        .depotThePlanForIs3: ["chosen"],
        .noReadersNamesArePast: ["readerRetention", "today"],
        .finalNamesKeptUntil: ["eventID", "title", "candidate", "finalOn", "adding"],
        .removedTheNamesOfIn: ["outcome", "outcome2"],
        .ofEventsJsonInBackups: ["backups"],
        .ofEventsJson: ["temporary"],
        .linesOfTheChangeLog: ["history"],
        .alsoRemovedAsTheyHeld: ["list", "printouts"],
        .hasNoCratesOverdueOr: ["name", "today"],
        .noPartnerHasCratesOverdue: ["today"],
        .wroteTo2: ["letters", "output"],
        .teamNoTeamIsCalled: ["team"],
        .seasonMustBeWrittenLike4: ["text"],
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
        // placeholders
    ]
}
