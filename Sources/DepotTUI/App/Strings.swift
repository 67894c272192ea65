import DepotCore
import Foundation

/// Every text the screens show, in the screen's language. Views never write a user-visible string inline: they ask
/// for a key of a `TextCatalogue` (`TextKey` here, or a feature's own), whose texts are in the language files, so a
/// missing translation is a failing test, not a surprise at the desk.
public struct Strings: Sendable {
    public let language: Language
    public let days: DayText
    /// The language's texts: the program's own file for `language`, unless given.
    public var texts: LanguageTexts { book.texts }
    let book: TextBook

    public init(_ language: Language) {
        self.init(language, texts: LanguageTexts.bundled(language))
    }

    /// The screen's words from `texts`, with numbers and days written as in `language`.
    public init(_ language: Language, texts: LanguageTexts) {
        self.language = language
        self.days = DayText(language)
        self.book = TextBook(language, texts: texts)
    }

    public subscript(_ key: TextKey) -> String { book[key] }

    /// The text for `key` with its placeholders filled by `arguments`, in the order `TextKey.placeholders` names
    /// them.
    public func format(_ key: TextKey, _ arguments: CustomStringConvertible...) -> String {
        book.filled(key, arguments)
    }

    /// What the store tidied up when it opened the library, in the screen's language.
    public func describe(_ notice: StoreNotice) -> String { notice.text(in: language) }
}

/// The names of the screen's common texts, catalogue "TextKey" in the language files.
public enum TextKey: String, TextCatalogue {
    // Desk work: scan-in, packing, dispatch, exchange, ledger
    case scanTitle, scanProgress, scanPrompt, scanMatches, scanLatest, scanMissing, scanAlready, scanLate, scanForeign,
        scanMarkedDamaged, scanFinished, decisionLost,
        decisionStillAtPartner, decisionReturned, packTitle, packCount, packPrompt, packRemoved, packRemove, keyPrint,
        keyPack, keyDispatch, keyExchange, keyReturn, keyRenew, keyLetter, keyLedger, keyWriteOff, keyFound,
        fieldCrates, fieldCratesHome, fieldDueOn, formDispatch, formExchange, dispatched, exchanged, renewed,
        confirmRenew, confirmWriteOff, writtenOff, foundAgain, notOnOpenDeposit, notLost, notOut, noOpenDeposit,
        noLetter, printed, savedForPrinting, savedForBrowser, printFailed, printFailedSaved, printerStatus, firstRun,
        ledgerTitle, ledgerLent, ledgerReturned,
        ledgerLost,
        ledgerDamaged, ledgerWaived, ledgerCharged, ledgerSeason
    // Tabs
    case tabOverview, tabPartners, tabCrates, tabItems, tabDeposits, tabWeek, tabPlan, tabEvents
    case tabOverviewShort, tabPartnersShort, tabCratesShort, tabItemsShort, tabDepositsShort, tabWeekShort
    case tabPlanShort, tabEventsShort
    // Keys in the status line and help
    case keyTabsArrows
    case keyQuit, keyHelp, keyTabs, keyMove, keyOpen, keyBack, keyFilter, keyNew, keyEdit, keyEnd, keyPane, keyJump
    case keySave, keyNextField, keyCancel, keyStatusFilter, keyPage, keyScan
    case helpTitle, helpClose, helpGlobal, helpScroll
    // Top bar
    case readOnly
    // Overview
    case overviewLeave, overviewCollect, overviewToPack, overviewKeptBook, overviewKeptBooks
    case overviewThisWeek, overviewOverdue, overviewDueSoon, overviewEvents, overviewLost, overviewNothing
    case overviewTasks, overviewExchange, overviewDaysOverdue, overviewDueIn, overviewDayOverdue, overviewDueToday,
        overviewDueTomorrow
    // Columns
    case columnName, columnRoute, columnKind, columnCratesOut, columnDue, columnNumber, columnTheme, columnAge
    case columnState, columnWhere, columnBarcode, columnTitle, columnAuthor, columnPrice, columnStatus
    case columnPartner, columnCrates, columnSent, columnReturned, columnItems, columnDate, columnId
    // Detail labels
    case detailContact, detailPhone, detailEmail, detailAddress, detailDeliveryNotes, detailClosures
    case detailAgeGroups, detailChildren, detailHistory, detailFinePolicy, detailLoanPeriod, detailNotes
    case detailItems, detailRotation, detailInCrate, detailOnDeposit, detailEnded, detailNone
    // Values
    case kindDeposit, kindKindergartenLibrary
    case partnerKindergarten, partnerChildminderGroup, partnerSchool, partnerOther
    case stateHome, statePacked, stateOut, stateInRepair
    case statusPacked, statusOut, statusDueSoon, statusOverdue, statusReturned, statusAll
    case itemAvailable, itemLost, itemDamaged, itemWithdrawn
    case fineExempt, fineCharged, atHome
    // Lists and filter
    case filterPrompt, filterNoMatch, emptyList, countOf
    // Scanner
    case scanUnknown, scanFoundItem, scanFoundCrate
    // Forms
    case formNewPartner, formEditPartner, formNewCrate, formEditCrate, formNewItem, formEditItem
    case formNewStaff, formEditStaff, formDiscardTitle, formDiscardQuestion, formSaved, formFix
    case fieldRequired, fieldNumber, fieldDate, fieldMoney, fieldChoice, fieldUnique, fieldAgeGroups, fieldRoute
    case fieldName, fieldKind, fieldStreet, fieldPostalCode, fieldCity, fieldContact, fieldPhone, fieldEmail
    case fieldDeliveryNotes, fieldAgeBands, fieldChildren, fieldRouteLabel, fieldDepositKind, fieldNotes
    case fieldNumberId, fieldTheme, fieldAgeBand, fieldBarcode, fieldTitle, fieldAuthor, fieldPrice, fieldFormat
    case fieldAffiliation, fieldInstitution, fieldRole, fieldEndedOn, fieldEmailHint, fieldEndedHint
    // Confirmations
    case confirmYesNo, confirmEndPartner, confirmWithdrawItem, confirmDeleteCrate, ended, withdrawn, deleted
    case cannotDeleteCrateOut, alreadyEnded
    // Errors
    case saveFailed, tooSmall
    // Staff
    case tabStaffHint, staffTitle, affiliationPublic, affiliationSchool
    // Crates, items, deposits and staff screens
    case keyStaff, keyPartners, keyGoToPartner, keyDetail, keyWithdraw, keyDelete
    case columnCrate, columnInstitution, columnRole
    case detailTheme, detailAgeBand, detailState, detailWhere, detailStatus, detailBarcode, detailTitle, detailAuthor
    case detailFormat, detailPrice, detailPartner, detailKind, detailCreated, detailSent, detailDue, detailReturned
    case detailRenewals, detailCrates, detailItemCount, detailExceptions, detailAffiliation
    case detailRole, detailTeams, detailCoordinator
    case colourRed, colourGreen, colourBlue
    case exceptionLost, exceptionDamaged, exceptionStillAtPartner, exceptionFound
    case depositsTitle, fieldState, fieldNoSpaces, fieldEmailFormat
    case cannotDeleteCrateHistory, cannotDeleteCrateItems, alreadyWithdrawn, confirmEndStaff, nounDeposit
    case cannotWithdrawAtPartner, cannotWithdrawPacked
}

extension TextKey {
    /// The names of the placeholders in each text (`{name}` in the language files), in the order `format` is
    /// given them.
    public static let placeholders: [TextKey: [String]] = [
        .scanProgress: ["scanned", "total"],
        .scanMissing: ["count"],
        .scanAlready: ["item", "title"],
        .scanLate: ["item", "title", "deposit"],
        .scanForeign: ["item", "title", "owner"],
        .scanMarkedDamaged: ["item"],
        .scanFinished: ["deposit", "scanned", "total"],
        .packCount: ["count"],
        .packRemoved: ["item"],
        .formDispatch: ["partner"],
        .formExchange: ["partner"],
        .dispatched: ["deposit"],
        .exchanged: ["deposit"],
        .renewed: ["deposit", "due"],
        .confirmRenew: ["deposit", "partner", "due"],
        .confirmWriteOff: ["item", "title", "deposit"],
        .writtenOff: ["item"],
        .foundAgain: ["item"],
        .notOnOpenDeposit: ["item"],
        .notLost: ["item"],
        .notOut: ["item"],
        .noOpenDeposit: ["partner"],
        .noLetter: ["partner"],
        .printed: ["file"],
        .savedForPrinting: ["file"],
        .savedForBrowser: ["file"],
        .printFailed: ["reason"],
        .printFailedSaved: ["reason", "file"],
        .printerStatus: ["command", "status"],
        .firstRun: ["folder"],
        .ledgerTitle: ["season"],
        .overviewThisWeek: ["week"],
        .overviewDueSoon: ["days"],
        .overviewLost: ["season"],
        .overviewDaysOverdue: ["days"],
        .overviewDueIn: ["days"],
        .overviewLeave: ["crates"],
        .overviewCollect: ["crates"],
        .overviewKeptBooks: ["count"],
        .fineCharged: ["perDay", "most"],
        .filterNoMatch: ["filter"],
        .countOf: ["shown", "total"],
        .scanUnknown: ["barcode"],
        .scanFoundItem: ["item"],
        .scanFoundCrate: ["crate"],
        .formSaved: ["record"],
        .fieldChoice: ["choices"],
        .fieldUnique: ["value"],
        .confirmEndPartner: ["partner"],
        .confirmWithdrawItem: ["item", "title"],
        .confirmDeleteCrate: ["crate"],
        .ended: ["record"],
        .withdrawn: ["item"],
        .deleted: ["record"],
        .cannotDeleteCrateOut: ["crate"],
        .alreadyEnded: ["record"],
        .saveFailed: ["reason"],
        .tooSmall: ["columns", "rows"],
        .depositsTitle: ["partner"],
        .cannotDeleteCrateHistory: ["crate", "deposits"],
        .cannotDeleteCrateItems: ["crate", "items"],
        .alreadyWithdrawn: ["item"], .cannotWithdrawAtPartner: ["item", "partner", "deposit"],
        .cannotWithdrawPacked: ["item", "crate", "deposit"],
        .confirmEndStaff: ["name"],
    ]
}
