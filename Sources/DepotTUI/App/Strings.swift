import DepotCore
import Foundation

/// Every text the screens show, in Danish and English. Views never write a user-visible string inline: they ask
/// the catalogue for a `TextKey`, so a missing translation is a failing test, not a surprise at the desk.
public struct Strings: Sendable {
    public let language: Language
    public let days: DayText

    public init(_ language: Language) {
        self.language = language
        self.days = DayText(language)
    }

    public subscript(_ key: TextKey) -> String {
        let table = language == .danish ? Strings.danish : Strings.english
        return table[key] ?? key.rawValue
    }

    /// The text for `key` with `{0}`, `{1}`... replaced by `arguments`.
    public func format(_ key: TextKey, _ arguments: CustomStringConvertible...) -> String {
        var text = self[key]
        for (position, argument) in arguments.enumerated() {
            text = text.replacingOccurrences(of: "{\(position)}", with: argument.description)
        }
        return text
    }

    static func table(_ language: Language) -> [TextKey: String] { language == .danish ? danish : english }

    /// What the store tidied up when it opened the library, in the screen's language.
    public func describe(_ notice: StoreNotice) -> String {
        switch notice {
        case .removedLeftovers(let names, let bytes):
            return format(
                .noticeLeftovers, names.count, ByteCountFormatter.string(fromByteCount: bytes, countStyle: .file))
        case .restrictedPermissions(let count):
            return format(.noticePermissions, count)
        case .finishedInterruptedChange(let files):
            return format(.noticeFinishedChange, files.joined(separator: ", "))
        case .splitCatalogue(let items, let shards):
            return format(.noticeSplitCatalogue, NumberText.whole(items, in: language), shards)
        }
    }
}

/// The names of the texts in the catalogue.
public enum TextKey: String, CaseIterable, Sendable {
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
    // Keys in the status line and help
    case keyTabsArrows
    case keyQuit, keyHelp, keyTabs, keyMove, keyOpen, keyBack, keyFilter, keyNew, keyEdit, keyEnd, keyPane, keyJump
    case keySave, keyNextField, keyCancel, keyStatusFilter, keyPage, keyScan
    case helpTitle, helpClose, helpGlobal, helpScroll
    // Top bar
    case readOnly
    // What opening the library tidied up
    case noticeLeftovers, noticePermissions, noticeFinishedChange, noticeSplitCatalogue
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
    case fieldDeliveryNotes, fieldAgeBands, fieldChildren, fieldRoute2, fieldDepositKind, fieldNotes
    case fieldNumberId, fieldTheme, fieldAgeBand, fieldBarcode, fieldTitle, fieldAuthor, fieldPrice, fieldFormat
    case fieldAffiliation, fieldInstitution, fieldRole, fieldEndedOn, fieldEmailHint, ageSchool, fieldEndedHint
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
    case formatPictureBook, formatBoardBook, formatBook, formatAudiobook, formatGame, formatOther
    case exceptionLost, exceptionDamaged, exceptionStillAtPartner, exceptionFound
    case depositsTitle, fieldState, fieldNoSpaces, fieldEmailFormat
    case cannotDeleteCrateHistory, cannotDeleteCrateItems, alreadyWithdrawn, confirmEndStaff
}

extension Strings {
    static let danish: [TextKey: String] = [
        .scanTitle: "Modtag",
        .scanProgress: "{0} af {1} tilbage",
        .scanPrompt: "Skan stregkoder, eller skriv en titel: ",
        .scanMatches: "Titler i depotet (↑↓, Enter):",
        .scanLatest: "Senest skannet:",
        .scanMissing: "Mangler ({0}):",
        .scanAlready: "{0} {1} er allerede skannet",
        .scanLate: "{0} {1} kommer for sent tilbage fra {2}",
        .scanForeign: "! {0} {1} hører ikke til dette depot ({2})",
        .scanMarkedDamaged: "Beskadiget: {0}",
        .scanFinished: "Modtaget {0}: {1} af {2} tilbage",
        .decisionLost: "tabt",
        .decisionStillAtPartner: "stadig hos partneren",
        .decisionReturned: "fundet alligevel",
        .packTitle: "Pak kasse",
        .packCount: "{0} materialer i kassen",
        .packPrompt: "Skan stregkoder for at lægge materialer i kassen; hver skanning gemmes med det samme.",
        .packRemoved: "Taget ud af kassen: {0}",
        .packRemove: "tag ud",
        .keyPrint: "udskriv",
        .keyPack: "pak",
        .keyDispatch: "send kasser",
        .keyExchange: "udskiftning",
        .keyReturn: "modtag",
        .keyRenew: "forlæng",
        .keyLetter: "rykkerbrev",
        .keyLedger: "regnskab",
        .keyWriteOff: "tabt",
        .keyFound: "fundet",
        .fieldCrates: "Nye kasser",
        .fieldCratesHome: "Kasser hjem",
        .fieldDueOn: "Afleveres",
        .formDispatch: "Send kasser til {0}",
        .formExchange: "Udskiftning hos {0}",
        .dispatched: "Sendt: {0}",
        .exchanged: "Udskiftet: {0}",
        .renewed: "Forlænget: {0} til {1}",
        .confirmRenew: "Forlæng {0} hos {1} til {2}?",
        .confirmWriteOff: "Skriv {0} \"{1}\" af som tabt på {2}?",
        .writtenOff: "Tabt: {0}",
        .foundAgain: "Fundet igen: {0}",
        .notOnOpenDeposit: "{0} er ikke ude på et depot",
        .notLost: "{0} er ikke meldt tabt",
        .notOut: "{0} er ikke ude",
        .noOpenDeposit: "{0} har ingen kasser ude",
        .noLetter: "{0} har intet, der er forfaldent eller snart skal afleveres",
        .printed: "Udskrevet: {0}",
        .savedForPrinting: "Gemt til udskrift: {0} (ingen printer fundet)",
        .savedForBrowser: "Gemt: {0} – åbn den i en browser og udskriv derfra",
        .printFailed: "Kunne ikke udskrive: {0}",
        .printFailedSaved: "Kunne ikke udskrive ({0}). Filen er gemt: {1}",
        .printerStatus: "{0} stoppede med fejlkode {1}",
        .firstRun: "Et nyt bibliotek er lavet ud fra eksempelbiblioteket i {0}.",
        .noticeLeftovers:
            "Fjernede {0} midlertidig(e) fil(er) fra en gemning, der ikke blev færdig ({1}). Bibliotekets filer er urørte.",
        .noticeFinishedChange: "En ændring blev afbrudt, efter at den var gemt; nu er den gjort færdig ({0}).",
        .noticeSplitCatalogue:
            "Katalogets {0} materialer er delt i {1} filer i items/, så en ændring kun skriver sin egen fil; items.json ligger i backups/.",
        .noticePermissions: "{0} af bibliotekets filer og mapper kunne læses af andre; nu kun af ejeren (0600/0700).",
        .ledgerTitle: "Regnskab for sæsonen {0}",
        .ledgerLent: "Udlånt",
        .ledgerReturned: "Retur",
        .ledgerLost: "Tabt",
        .ledgerDamaged: "Skadet",
        .ledgerWaived: "Frafaldet",
        .ledgerCharged: "Opkrævet",
        .ledgerSeason: "sæson",
        .tabOverview: "Overblik", .tabPartners: "Partnere", .tabCrates: "Kasser", .tabItems: "Materialer",
        .tabDeposits: "Depoter",
        .tabWeek: "Uge",
        .tabPlan: "Plan",
        .tabEvents: "Arrangementer",
        .keyTabsArrows: "faner (ikke i Uge og Plan, der selv bruger pilene)",
        .keyQuit: "afslut", .keyHelp: "hjælp", .keyTabs: "faner", .keyMove: "flyt", .keyOpen: "åbn",
        .keyBack: "tilbage", .keyFilter: "søg", .keyNew: "ny", .keyEdit: "ret", .keyEnd: "afslut/slet",
        .keyPane: "skift rude", .keyJump: "spring", .keySave: "gem", .keyNextField: "næste felt",
        .keyCancel: "fortryd", .keyStatusFilter: "vis status", .keyPage: "side op/ned",
        .keyScan: "skan stregkode + Enter: find materiale eller kasse",
        .helpTitle: "Taster", .helpClose: "Esc eller ? lukker", .helpGlobal: "Overalt",
        .helpScroll: "↑↓ PgUp PgDn bladrer",
        .readOnly: "KUN LÆSNING",
        .overviewThisWeek: "Udskiftninger i {0}", .overviewOverdue: "Overskredne depoter",
        .overviewDueSoon: "Skal skiftes inden for {0} dage", .overviewEvents: "Kommende arrangementer",
        .overviewLost: "Bortkomne materialer i sæsonen {0}", .overviewNothing: "Intet",
        .overviewExchange: "udskiftning", .overviewDaysOverdue: "{0} dage over", .overviewDueIn: "om {0} dage",
        .overviewTasks: "Opgaver efter fristen", .overviewDayOverdue: "1 dag over", .overviewDueToday: "i dag",
        .overviewDueTomorrow: "i morgen", .overviewLeave: "ud: {0}", .overviewCollect: "hjem: {0}",
        .overviewKeptBook: "1 bog", .overviewKeptBooks: "{0} bøger",
        .overviewToPack: "ud: skal pakkes",
        .columnName: "Navn", .columnRoute: "Rute", .columnKind: "Type", .columnCratesOut: "Ude",
        .columnDue: "Afleveres",
        .columnNumber: "Nr.", .columnTheme: "Tema", .columnAge: "Alder", .columnState: "Tilstand",
        .columnWhere: "Hvor", .columnBarcode: "Stregkode", .columnTitle: "Titel", .columnAuthor: "Forfatter",
        .columnPrice: "Pris", .columnStatus: "Status", .columnPartner: "Partner", .columnCrates: "Kasser",
        .columnSent: "Sendt", .columnReturned: "Retur", .columnItems: "Mat.", .columnDate: "Dato",
        .columnId: "Id",
        .detailContact: "Kontakt", .detailPhone: "Telefon", .detailEmail: "E-mail", .detailAddress: "Adresse",
        .detailDeliveryNotes: "Til chaufføren", .detailClosures: "Lukket", .detailAgeGroups: "Aldersgrupper",
        .detailChildren: "Børn", .detailHistory: "Depoter", .detailFinePolicy: "Bøder",
        .detailLoanPeriod: "Lånetid", .detailNotes: "Noter", .detailItems: "Indhold",
        .detailRotation: "Har været hos", .detailInCrate: "I kasse", .detailOnDeposit: "Ude hos",
        .detailEnded: "Ophørt", .detailNone: "ingen",
        .kindDeposit: "depot", .kindKindergartenLibrary: "børnehavebibliotek",
        .partnerKindergarten: "børnehave", .partnerChildminderGroup: "dagpleje", .partnerSchool: "skole",
        .partnerOther: "andet",
        .stateHome: "hjemme", .statePacked: "pakket", .stateOut: "ude", .stateInRepair: "til reparation",
        .statusPacked: "pakket", .statusOut: "ude", .statusDueSoon: "snart", .statusOverdue: "overskredet",
        .statusReturned: "afleveret", .statusAll: "alle",
        .itemAvailable: "til rådighed", .itemLost: "bortkommet", .itemDamaged: "beskadiget",
        .itemWithdrawn: "kasseret",
        .fineExempt: "fritaget (intet opkræves; frafaldet beløb registreres)",
        .fineCharged: "opkræves: {0} pr. dag, højst {1}", .atHome: "hjemme",
        .filterPrompt: "Søg: ", .filterNoMatch: "Intet passer til \"{0}\"", .emptyList: "Ingen endnu",
        .countOf: "{0} af {1}",
        .scanUnknown: "Ukendt stregkode {0}", .scanFoundItem: "Materiale {0}", .scanFoundCrate: "Kasse {0}",
        .formNewPartner: "Ny partner", .formEditPartner: "Ret partner", .formNewCrate: "Ny kasse",
        .formEditCrate: "Ret kasse", .formNewItem: "Nyt materiale", .formEditItem: "Ret materiale",
        .formNewStaff: "Ny medarbejder", .formEditStaff: "Ret medarbejder", .formDiscardTitle: "Kassér ændringer?",
        .formDiscardQuestion: "Det, du har skrevet, er ikke gemt.", .formSaved: "Gemt: {0}",
        .formFix: "Ret de markerede felter",
        .fieldRequired: "skal udfyldes", .fieldNumber: "skriv et helt tal, fx 45",
        .fieldDate: "skriv en dato: 2026-12-01, 1/12, +3m eller uge 49",
        .fieldMoney: "skriv et beløb, fx 249,95", .fieldChoice: "vælg med ←/→: {0}",
        .fieldUnique: "{0} findes allerede", .fieldAgeGroups: "skriv 0-3, 3-6 og/eller skole, fx \"0-3 3-6\"",
        .fieldRoute: "ukendt rute; vælg med ←/→",
        .fieldName: "Navn", .fieldKind: "Type", .fieldStreet: "Vej og nr.", .fieldPostalCode: "Postnr.",
        .fieldCity: "By", .fieldContact: "Kontaktperson", .fieldPhone: "Telefon", .fieldEmail: "E-mail",
        .fieldDeliveryNotes: "Til chaufføren", .fieldAgeBands: "Aldersgrupper", .fieldChildren: "Antal børn",
        .fieldRoute2: "Rute", .fieldDepositKind: "Depottype", .fieldNotes: "Noter", .fieldNumberId: "Nummer",
        .fieldTheme: "Tema", .fieldAgeBand: "Alder", .fieldBarcode: "Stregkode", .fieldTitle: "Titel",
        .fieldAuthor: "Forfatter", .fieldPrice: "Pris (kr.)", .fieldFormat: "Format",
        .fieldAffiliation: "Ansat ved", .fieldInstitution: "Sted", .fieldRole: "Rolle", .fieldEndedOn: "Ophørt",
        .fieldEmailHint: "skriv en e-mail-adresse, fx navn@eksempel.dk", .ageSchool: "skole",
        .fieldEndedHint: "tom, hvis samarbejdet fortsætter",
        .confirmYesNo: "j = ja   n/Esc = nej", .confirmEndPartner: "Afslut samarbejdet med {0} i dag?",
        .confirmWithdrawItem: "Kassér {0} \"{1}\"?", .confirmDeleteCrate: "Slet kasse {0}?",
        .ended: "Afsluttet: {0}", .withdrawn: "Kasseret: {0}", .deleted: "Slettet: {0}",
        .cannotDeleteCrateOut: "Kasse {0} har en historik eller er ude; den kan ikke slettes",
        .alreadyEnded: "{0} er allerede afsluttet",
        .saveFailed: "Kunne ikke gemme: {0}", .tooSmall: "Gør vinduet større (mindst {0}×{1})",
        .tabStaffHint: "s: medarbejdere", .staffTitle: "Medarbejdere", .affiliationPublic: "folkebibliotek",
        .affiliationSchool: "skole",
        .keyStaff: "medarbejdere", .keyPartners: "partnere", .keyGoToPartner: "vis partner", .keyDetail: "detaljer",
        .keyWithdraw: "kassér", .keyDelete: "slet",
        .columnCrate: "Kasse", .columnInstitution: "Sted", .columnRole: "Rolle",
        .detailTheme: "Tema", .detailAgeBand: "Alder", .detailState: "Tilstand", .detailWhere: "Hvor",
        .detailStatus: "Status", .detailBarcode: "Stregkode", .detailTitle: "Titel", .detailAuthor: "Forfatter",
        .detailFormat: "Format", .detailPrice: "Pris", .detailPartner: "Partner", .detailKind: "Type",
        .detailCreated: "Oprettet", .detailSent: "Sendt", .detailDue: "Afleveres", .detailReturned: "Afleveret",
        .detailRenewals: "Forlængelser", .detailCrates: "Kasser", .detailItemCount: "Materialer",
        .detailExceptions: "Afvigelser", .detailAffiliation: "Ansat ved",
        .detailRole: "Rolle", .detailTeams: "Teams", .detailCoordinator: "tovholder",
        .colourRed: "rød", .colourGreen: "grøn", .colourBlue: "blå",
        .formatPictureBook: "billedbog", .formatBoardBook: "papbog", .formatBook: "bog", .formatAudiobook: "lydbog",
        .formatGame: "spil", .formatOther: "andet",
        .exceptionLost: "bortkommet", .exceptionDamaged: "beskadiget", .exceptionStillAtPartner: "stadig hos partneren",
        .exceptionFound: "fundet igen",
        .depositsTitle: "Depoter: {0}", .fieldState: "Tilstand", .fieldNoSpaces: "uden mellemrum",
        .fieldEmailFormat: "skriv en e-mailadresse, fx navn@eksempel.dk",
        .cannotDeleteCrateHistory: "Kasse {0} har været på {1} depot(er) og kan ikke slettes: historikken bevares",
        .cannotDeleteCrateItems: "Kasse {0} indeholder {1} materialer; tøm den, før den slettes",
        .alreadyWithdrawn: "{0} er allerede kasseret", .confirmEndStaff: "Markér {0} som stoppet i dag?",
    ]

    static let english: [TextKey: String] = [
        .scanTitle: "Return",
        .scanProgress: "{0} of {1} back",
        .scanPrompt: "Scan barcodes, or type a title: ",
        .scanMatches: "Titles on this deposit (↑↓, Enter):",
        .scanLatest: "Last scanned:",
        .scanMissing: "Missing ({0}):",
        .scanAlready: "{0} {1} was scanned already",
        .scanLate: "{0} {1} comes back late from {2}",
        .scanForeign: "! {0} {1} does not belong to this deposit ({2})",
        .scanMarkedDamaged: "Damaged: {0}",
        .scanFinished: "Returned {0}: {1} of {2} back",
        .decisionLost: "lost",
        .decisionStillAtPartner: "still at the partner",
        .decisionReturned: "back after all",
        .packTitle: "Pack crate",
        .packCount: "{0} items in the crate",
        .packPrompt: "Scan barcodes to put items in the crate; each scan is saved at once.",
        .packRemoved: "Taken out of the crate: {0}",
        .packRemove: "take out",
        .keyPrint: "print",
        .keyPack: "pack",
        .keyDispatch: "send crates",
        .keyExchange: "exchange",
        .keyReturn: "return",
        .keyRenew: "renew",
        .keyLetter: "reminder",
        .keyLedger: "ledger",
        .keyWriteOff: "lost",
        .keyFound: "found",
        .fieldCrates: "New crates",
        .fieldCratesHome: "Crates home",
        .fieldDueOn: "Due",
        .formDispatch: "Send crates to {0}",
        .formExchange: "Exchange at {0}",
        .dispatched: "Sent: {0}",
        .exchanged: "Exchanged: {0}",
        .renewed: "Renewed: {0} until {1}",
        .confirmRenew: "Renew {0} at {1} until {2}?",
        .confirmWriteOff: "Write {0} \"{1}\" off as lost on {2}?",
        .writtenOff: "Written off: {0}",
        .foundAgain: "Found again: {0}",
        .notOnOpenDeposit: "{0} is not out on a deposit",
        .notLost: "{0} is not recorded lost",
        .notOut: "{0} is not out",
        .noOpenDeposit: "{0} has no crates out",
        .noLetter: "{0} has nothing overdue or due soon",
        .printed: "Printed: {0}",
        .savedForPrinting: "Saved for printing: {0} (no printer found)",
        .savedForBrowser: "Saved: {0} – open it in a browser and print from there",
        .printFailed: "Could not print: {0}",
        .printFailedSaved: "Could not print ({0}). The file is saved: {1}",
        .printerStatus: "{0} stopped with exit status {1}",
        .firstRun: "A new library was made from the sample library in {0}.",
        .noticeLeftovers:
            "Removed {0} temporary file(s) left by a save that did not finish ({1}). The library's files are untouched.",
        .noticeFinishedChange: "A change was interrupted after it was saved; it is now finished ({0}).",
        .noticeSplitCatalogue:
            "The catalogue's {0} items were split into {1} files in items/, so that a change writes only its own file; items.json is in backups/.",
        .noticePermissions:
            "{0} of the library's files and folders were readable by others; now by their owner only (0600/0700).",
        .ledgerTitle: "Ledger for season {0}",
        .ledgerLent: "Lent",
        .ledgerReturned: "Back",
        .ledgerLost: "Lost",
        .ledgerDamaged: "Dam.",
        .ledgerWaived: "Waived",
        .ledgerCharged: "Charged",
        .ledgerSeason: "season",
        .tabOverview: "Overview", .tabPartners: "Partners", .tabCrates: "Crates", .tabItems: "Items",
        .tabDeposits: "Deposits",
        .tabWeek: "Week",
        .tabPlan: "Plan",
        .tabEvents: "Events",
        .keyTabsArrows: "tabs (not in Week and Plan, which use the arrows)",
        .keyQuit: "quit", .keyHelp: "help", .keyTabs: "tabs", .keyMove: "move", .keyOpen: "open",
        .keyBack: "back", .keyFilter: "filter", .keyNew: "new", .keyEdit: "edit", .keyEnd: "end/delete",
        .keyPane: "switch pane", .keyJump: "jump", .keySave: "save", .keyNextField: "next field",
        .keyCancel: "cancel", .keyStatusFilter: "show status", .keyPage: "page up/down",
        .keyScan: "scan a barcode + Enter: find the item or crate",
        .helpTitle: "Keys", .helpClose: "Esc or ? closes", .helpGlobal: "Everywhere",
        .helpScroll: "↑↓ PgUp PgDn scroll",
        .readOnly: "READ-ONLY",
        .overviewThisWeek: "Exchanges in {0}", .overviewOverdue: "Overdue deposits",
        .overviewDueSoon: "Due within {0} days", .overviewEvents: "Coming events",
        .overviewLost: "Items lost in season {0}", .overviewNothing: "Nothing",
        .overviewExchange: "exchange", .overviewDaysOverdue: "{0} days over", .overviewDueIn: "in {0} days",
        .overviewTasks: "Tasks past their deadline", .overviewDayOverdue: "1 day over", .overviewDueToday: "today",
        .overviewDueTomorrow: "tomorrow", .overviewLeave: "leave: {0}", .overviewCollect: "collect: {0}",
        .overviewKeptBook: "1 book", .overviewKeptBooks: "{0} books",
        .overviewToPack: "leave: to be packed",
        .columnName: "Name", .columnRoute: "Route", .columnKind: "Kind", .columnCratesOut: "Out", .columnDue: "Due",
        .columnNumber: "No.", .columnTheme: "Theme", .columnAge: "Age", .columnState: "State",
        .columnWhere: "Where", .columnBarcode: "Barcode", .columnTitle: "Title", .columnAuthor: "Author",
        .columnPrice: "Price", .columnStatus: "Status", .columnPartner: "Partner", .columnCrates: "Crates",
        .columnSent: "Sent", .columnReturned: "Returned", .columnItems: "Items", .columnDate: "Date",
        .columnId: "Id",
        .detailContact: "Contact", .detailPhone: "Phone", .detailEmail: "E-mail", .detailAddress: "Address",
        .detailDeliveryNotes: "For the driver", .detailClosures: "Closed", .detailAgeGroups: "Age groups",
        .detailChildren: "Children", .detailHistory: "Deposits", .detailFinePolicy: "Fines",
        .detailLoanPeriod: "Loan period", .detailNotes: "Notes", .detailItems: "Contents",
        .detailRotation: "Has been at", .detailInCrate: "In crate", .detailOnDeposit: "Out at",
        .detailEnded: "Ended", .detailNone: "none",
        .kindDeposit: "deposit", .kindKindergartenLibrary: "kindergarten library",
        .partnerKindergarten: "kindergarten", .partnerChildminderGroup: "childminders", .partnerSchool: "school",
        .partnerOther: "other",
        .stateHome: "home", .statePacked: "packed", .stateOut: "out", .stateInRepair: "in repair",
        .statusPacked: "packed", .statusOut: "out", .statusDueSoon: "due soon", .statusOverdue: "overdue",
        .statusReturned: "returned", .statusAll: "all",
        .itemAvailable: "available", .itemLost: "lost", .itemDamaged: "damaged", .itemWithdrawn: "withdrawn",
        .fineExempt: "exempt (nothing charged; the waived amount is recorded)",
        .fineCharged: "charged: {0} a day, at most {1}", .atHome: "home",
        .filterPrompt: "Filter: ", .filterNoMatch: "Nothing matches \"{0}\"", .emptyList: "None yet",
        .countOf: "{0} of {1}",
        .scanUnknown: "Unknown barcode {0}", .scanFoundItem: "Item {0}", .scanFoundCrate: "Crate {0}",
        .formNewPartner: "New partner", .formEditPartner: "Edit partner", .formNewCrate: "New crate",
        .formEditCrate: "Edit crate", .formNewItem: "New item", .formEditItem: "Edit item",
        .formNewStaff: "New staff member", .formEditStaff: "Edit staff member",
        .formDiscardTitle: "Throw away changes?", .formDiscardQuestion: "What you typed has not been saved.",
        .formSaved: "Saved: {0}", .formFix: "Correct the marked fields",
        .fieldRequired: "must be filled in", .fieldNumber: "type a whole number, e.g. 45",
        .fieldDate: "type a date: 2026-12-01, 1/12, +3m or uge 49",
        .fieldMoney: "type an amount, e.g. 249.95", .fieldChoice: "choose with ←/→: {0}",
        .fieldUnique: "{0} exists already", .fieldAgeGroups: "type 0-3, 3-6 and/or school, e.g. \"0-3 3-6\"",
        .fieldRoute: "unknown route; choose with ←/→",
        .fieldName: "Name", .fieldKind: "Kind", .fieldStreet: "Street", .fieldPostalCode: "Postcode",
        .fieldCity: "Town", .fieldContact: "Contact person", .fieldPhone: "Phone", .fieldEmail: "E-mail",
        .fieldDeliveryNotes: "For the driver", .fieldAgeBands: "Age groups", .fieldChildren: "Children",
        .fieldRoute2: "Route", .fieldDepositKind: "Deposit kind", .fieldNotes: "Notes", .fieldNumberId: "Number",
        .fieldTheme: "Theme", .fieldAgeBand: "Age", .fieldBarcode: "Barcode", .fieldTitle: "Title",
        .fieldAuthor: "Author", .fieldPrice: "Price (DKK)", .fieldFormat: "Format",
        .fieldAffiliation: "Works at", .fieldInstitution: "Where", .fieldRole: "Role", .fieldEndedOn: "Ended",
        .fieldEmailHint: "type an e-mail address, e.g. name@example.dk", .ageSchool: "school",
        .fieldEndedHint: "empty while the partnership goes on",
        .confirmYesNo: "y = yes   n/Esc = no", .confirmEndPartner: "End the partnership with {0} today?",
        .confirmWithdrawItem: "Withdraw {0} \"{1}\"?", .confirmDeleteCrate: "Delete crate {0}?",
        .ended: "Ended: {0}", .withdrawn: "Withdrawn: {0}", .deleted: "Deleted: {0}",
        .cannotDeleteCrateOut: "Crate {0} has a history or is out; it cannot be deleted",
        .alreadyEnded: "{0} has already ended",
        .saveFailed: "Could not save: {0}", .tooSmall: "Make the window larger (at least {0}×{1})",
        .tabStaffHint: "s: staff", .staffTitle: "Staff", .affiliationPublic: "public library",
        .affiliationSchool: "school",
        .keyStaff: "staff", .keyPartners: "partners", .keyGoToPartner: "show partner", .keyDetail: "details",
        .keyWithdraw: "withdraw", .keyDelete: "delete",
        .columnCrate: "Crate", .columnInstitution: "Where", .columnRole: "Role",
        .detailTheme: "Theme", .detailAgeBand: "Age", .detailState: "State", .detailWhere: "Where",
        .detailStatus: "Status", .detailBarcode: "Barcode", .detailTitle: "Title", .detailAuthor: "Author",
        .detailFormat: "Format", .detailPrice: "Price", .detailPartner: "Partner", .detailKind: "Kind",
        .detailCreated: "Created", .detailSent: "Sent", .detailDue: "Due", .detailReturned: "Returned",
        .detailRenewals: "Renewals", .detailCrates: "Crates", .detailItemCount: "Items",
        .detailExceptions: "Exceptions", .detailAffiliation: "Works at",
        .detailRole: "Role", .detailTeams: "Teams", .detailCoordinator: "coordinator",
        .colourRed: "red", .colourGreen: "green", .colourBlue: "blue",
        .formatPictureBook: "picture book", .formatBoardBook: "board book", .formatBook: "book",
        .formatAudiobook: "audiobook", .formatGame: "game", .formatOther: "other",
        .exceptionLost: "lost", .exceptionDamaged: "damaged", .exceptionStillAtPartner: "still at the partner",
        .exceptionFound: "found again",
        .depositsTitle: "Deposits: {0}", .fieldState: "State", .fieldNoSpaces: "no spaces",
        .fieldEmailFormat: "type an e-mail address, e.g. name@example.dk",
        .cannotDeleteCrateHistory: "Crate {0} has been on {1} deposit(s) and cannot be deleted: its history is kept",
        .cannotDeleteCrateItems: "Crate {0} holds {1} items; empty it before deleting it",
        .alreadyWithdrawn: "{0} has already been withdrawn", .confirmEndStaff: "Mark {0} as having left today?",
    ]
}
