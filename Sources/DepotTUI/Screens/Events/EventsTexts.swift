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
    case measureWordSchools, measureWordChildren, measureWordAdults, measureWordEvents, measureWordTasks
    case purgeDue, purgeQuestion, purgeDone, purgeNothing, purgeDoneFiles, purgeLeftFiles
    // Printing
    case printTitle, printResults, printOrder, printSheets, printCancel, printResultsHTML, printCertificates
    // Keys
    case keyTeams, keyEvents, keyTask, keyDone, keyNote, keyReader, keyScores, keyRanking
    case helpMove, helpSwitch, helpPane, helpNew, helpEdit, helpTask, helpDone, helpNote, helpReader, helpScores
    case helpRanking, helpPrint, helpPurge

    static let danish: [EventsText: String] = [
        .eventsTitle: "Arrangementer", .teamsTitle: "Partnerskaber", .columnDate: "Dato", .columnKind: "Art",
        .columnTitle: "Titel", .columnTeam: "Hold", .columnOpen: "Åbne", .columnOverdue: "Forsinket",
        .columnTeamName: "Navn", .columnMembers: "Medl.", .columnCoordinator: "Tovholder",
        .columnReview: "Evaluering",
        .kindCompetition: "Oplæsningskonkurrence", .kindAuthorVisit: "Forfatterbesøg", .kindBookTalk: "Bogsnak",
        .kindWorkshop: "Værksted", .kindOther: "Andet", .kindMeeting: "Møde",
        .kindCompetitionShort: "Konkurrence", .kindAuthorVisitShort: "Forfatterbesøg", .kindBookTalkShort: "Bogsnak",
        .kindWorkshopShort: "Værksted", .kindOtherShort: "Andet",
        .detailKind: "Art", .detailTeam: "Hold", .detailVenue: "Sted", .detailWhen: "Tid",
        .detailPartners: "Deltagere", .detailExpected: "Forventet", .detailActual: "Fremmødt", .detailNotes: "Noter",
        .detailOutcome: "Udbytte", .detailCoordinator: "Tovholder", .detailReview: "Evaluering",
        .atTime: "kl. {0}", .attendance: "{0} børn, {1} voksne", .reviewIn: "om {0} dage",
        .reviewPassed: "{0} dage siden – skal holdet fortsætte?",
        .headingMembers: "Medlemmer ({0})", .headingAims: "Fælles mål", .headingTargets: "Resultatmål {0}",
        .headingEvents: "Arrangementer ({0})", .headingTasks: "Opgaver: {0} af {1}",
        .nounReader: "oplæser|oplæsere", .nounJudge: "dommer|dommere", .nounOpen: "åben|åbne", .headingLog: "Log ({0})",
        .headingCompetition: "Konkurrence: {0}",
        .coordinatorMark: "tovholder", .unknownStaff: "{0} findes ikke i personalelisten", .achieved: "indtil nu {0}",
        .measureByTeam: "holdet tæller selv", .overdueCount: "{0} forsinket", .noTasks: "Ingen opgaver endnu.",
        .doneOn: "udført {0}", .overdueBy: "FORSINKET {0} d.", .noNotes: "Ingen noter endnu.",
        .depotAuthor: "Depot", .competitionSummary: "{0} i alt · stå lige: {1}",
        .anonymisedOn: "Oplæsernes navne slettet {0}", .roundCounts: "{0}, {1}",
        .judges: "Dommere: {0}",
        .roundNoReaders: "ingen oplæsere endnu", .roundNoJudges: "mangler dommere", .roundNotScored: "ikke bedømt",
        .roundScoresMissing: "point mangler for {0}", .roundComplete: "point komplette",
        .roundReadOff: "stå lige – omlæsning nødvendig",
        .measureSchools: "skoler der deltager", .measureChildren: "børn nået", .measureAdults: "voksne nået",
        .measureEvents: "arrangementer holdt", .measureTasks: "opgaver udført til tiden",
        .measureMeetings: "møder holdt", .measureWordMeetings: "møder",
        .tieReadOff: "omlæsning", .tieLot: "lodtrækning",
        .roleStoryteller: "fortæller", .roleSchoolConsultant: "skolekonsulent", .roleLibrarian: "bibliotekar",
        .roleTeacher: "lærer", .roleOther: "andet",
        .formNewEvent: "Nyt arrangement", .formEditEvent: "Ret arrangement: {0}", .formNewTask: "Ny opgave: {0}",
        .formNewNote: "Ny note: {0} ({1})", .formNewReader: "Ny oplæser til {0}",
        .fieldKind: "Art", .fieldTitle: "Titel", .fieldTeam: "Hold", .fieldVenue: "Sted", .fieldDate: "Dato",
        .fieldTime: "Klokken", .fieldTimeHint: "skriv et klokkeslæt: 9.30 eller 19:00",
        .fieldPartners: "Skoler/børnehaver", .fieldExpectedChildren: "Forventet børn",
        .fieldExpectedAdults: "Forventet voksne", .fieldActualChildren: "Fremmødt børn",
        .fieldActualAdults: "Fremmødt voksne", .fieldOutcome: "Udbytte", .fieldNotes: "Noter",
        .fieldFormat: "Format", .formatNeedsCompetition: "et format hører til en oplæsningskonkurrence",
        .competitionKindKept: "arrangementet har en konkurrence og skal forblive en oplæsningskonkurrence",
        .fieldTaskTitle: "Opgave", .fieldOwner: "Ansvarlig", .fieldDue: "Frist", .fieldAuthor: "Skrevet af",
        .fieldNote: "Note",
        .fieldFirstName: "Fornavn", .fieldClass: "Klasse", .fieldSchool: "Skole", .fieldBookTitle: "Bogens titel",
        .fieldBookAuthor: "Forfatter",
        .formNewJudge: "Ny dommer til {0}", .fieldJudgeName: "Navn", .fieldJudgeRole: "Rolle",
        .savedJudge: "Dommer tilføjet: {0} ({1})", .keyJudge: "dommer",
        .helpJudge: "tilføj en dommer til runden",
        .partnerUnknown: "ingen partner hedder \"{0}\" eller har det id",
        .partnerAmbiguous: "\"{0}\" passer på {1} partnere; skriv mere af navnet eller id'et",
        .registrationClosed: "{0} er begyndt; første runde tager ikke flere oplæsere",
        .formatNeeded: "vælg det format, konkurrencen følger (←/→)",
        .noStaff: "Der er ingen medarbejdere at vælge; tilføj dem under 2 Partnere, s",
        .savedEvent: "Gemt: {0}", .savedTask: "Opgave gemt: {0}", .savedNote: "Note gemt, skrevet af {0}",
        .savedReader: "Oplæser tilmeldt: {0} ({1})", .taskDone: "Udført: {0}", .taskReopened: "Åben igen: {0}",
        .chooseTask: "Vælg opgaven: Tab, så ↑ ↓ og mellemrum",
        .notACompetition: "Arrangementet er ikke en oplæsningskonkurrence",
        .formNewTeam: "Nyt partnerskab", .formEditTeam: "Ret partnerskab: {0}", .fieldTeamName: "Navn",
        .fieldMembers: "Medlemmer", .fieldCoordinator: "Tovholder", .fieldAims: "Formål", .fieldTargets: "Mål",
        .hintMembers: "Navne eller id'er, komma imellem; tovholderen er altid med",
        .hintAims: "Semikolon mellem formålene",
        .formEditTask: "Ret opgave: {0}", .taskDeleted: "Opgave slettet: {0}",
        .confirmDeleteTask: "Slet opgaven \"{0}\"?",
        .helpTaskEdit: "på en opgave i detaljen: e ret den, d slet den",
        .formEditRound: "Runde {0}: {1}", .fieldRoundName: "Runde", .fieldReadings: "Oplæsning",
        .fieldCriteria: "Kriterier", .fieldAdvancing: "Går videre", .fieldPerSchool: "Pr. skole",
        .fieldTieRule: "Lige point",
        .hintReadings: "Fx forberedt 3:00 intro 1:00; ukendt 2:00 (minutter:sekunder, intro er en del af tiden)",
        .hintCriteria: "Fx Læseteknik 5; Fortolkning 5; Tekstvalg 5 (navn og højeste point)",
        .readingPrepared: "forberedt", .readingUnseen: "ukendt",
        .readingUnknown: "Forstår ikke \"{0}\": skriv fx forberedt 3:00 intro 1:00",
        .criterionUnknown: "Forstår ikke \"{0}\": skriv navn og højeste point, fx Læseteknik 5",
        .criteriaScored: "Dommerne har givet point i runden; kriterierne kan ikke ændres nu",
        .lastRoundAdvances: "Ingen går videre fra sidste runde", .advancingNeeded: "Skriv hvor mange der går videre",
        .answerYes: "ja", .answerNo: "nej", .savedRound: "Runde gemt: {0}",
        .helpRound: "ret runden: navn, dag, sted, oplæsning, kriterier, hvor mange går videre",
        .hintTargets: "Fx 250 børn i salen [børn]; 7 skoler [skoler]. I [ ] hvad Depot tæller: børn, voksne, "
            + "skoler, arrangementer, opgaver, møder; uden [ ] tæller holdet selv",
        .fieldReview: "Evalueres", .savedTeam: "Gemt: {0}",
        .staffUnknown: "Ingen medarbejder hedder \"{0}\"", .staffAmbiguous: "\"{0}\" passer på {1} medarbejdere",
        .targetNumber: "Et mål begynder med et tal: \"{0}\"",
        .targetMeasureUnknown: "[{0}]: skriv [børn], [voksne], [skoler], [arrangementer], [opgaver] eller [møder]",
        .measureWordSchools: "skoler", .measureWordChildren: "børn", .measureWordAdults: "voksne",
        .measureWordEvents: "arrangementer", .measureWordTasks: "opgaver",
        .purgeDue: "Databeskyttelse: {0} oplæseres navne er gemt over {1} måneder – D sletter dem",
        .purgeQuestion: "Slet {0} oplæseres fornavne? Klasse, skole og point bevares.",
        .purgeDone: "Navnene på {0} oplæsere er slettet", .purgeNothing: "Ingen oplæseres navne skal slettes nu",
        .purgeDoneFiles:
            "Navnene på {0} oplæsere er slettet, og {1} filer med navnene (backups, udskrifter) – se loggen",
        .purgeLeftFiles: "Navnene på {0} oplæsere er slettet, men {1} filer med navnene kunne ikke slettes – se loggen",
        .printTitle: "Udskriv: {0}", .printResults: "resultater", .printOrder: "rækkefølge",
        .printSheets: "tomme dommerskemaer", .printCancel: "Esc annullér",
        .printResultsHTML: "resultater som webside (HTML)", .printCertificates: "diplomer, ét pr. oplæser (HTML)",
        .keyTeams: "partnerskaber", .keyEvents: "arrangementer", .keyTask: "opgave", .keyDone: "udført",
        .keyNote: "note", .keyReader: "oplæser", .keyScores: "point", .keyRanking: "placering",
        .helpMove: "flyt; i detaljen: mellem opgaver og runder",
        .helpSwitch: "skift mellem arrangementer og partnerskaber",
        .helpPane: "til og fra detaljen (opgaver, runder, log)",
        .helpNew: "nyt arrangement (også fra et format) eller partnerskab",
        .helpEdit: "ret arrangementet (fremmøde, udbytte) eller partnerskabet (mål)",
        .helpTask: "ny opgave med ansvarlig og frist",
        .helpDone: "opgaven under markøren udført / åben igen", .helpNote: "skriv en dateret, underskrevet note",
        .helpReader: "tilmeld en oplæser til første runde", .helpScores: "indtast point for runden",
        .helpRanking: "placering og omlæsning for runden",
        .helpPrint: "udskriv runden: resultater, rækkefølge, skemaer",
        .helpPurge: "slet oplæsernes navne efter opbevaringstiden",
    ]

    static let english: [EventsText: String] = [
        .eventsTitle: "Events", .teamsTitle: "Partnerships", .columnDate: "Date", .columnKind: "Kind",
        .columnTitle: "Title", .columnTeam: "Team", .columnOpen: "Open", .columnOverdue: "Overdue",
        .columnTeamName: "Name", .columnMembers: "Memb.", .columnCoordinator: "Coordinator",
        .columnReview: "Review",
        .kindCompetition: "Reading-aloud competition", .kindAuthorVisit: "Author visit", .kindBookTalk: "Book talk",
        .kindWorkshop: "Workshop", .kindOther: "Other", .kindMeeting: "Meeting",
        .kindCompetitionShort: "Competition", .kindAuthorVisitShort: "Author visit", .kindBookTalkShort: "Book talk",
        .kindWorkshopShort: "Workshop", .kindOtherShort: "Other",
        .detailKind: "Kind", .detailTeam: "Team", .detailVenue: "Venue", .detailWhen: "When",
        .detailPartners: "Taking part", .detailExpected: "Expected", .detailActual: "Came", .detailNotes: "Notes",
        .detailOutcome: "Outcome", .detailCoordinator: "Coordinator", .detailReview: "Review",
        .atTime: "at {0}", .attendance: "{0} children, {1} adults", .reviewIn: "in {0} days",
        .reviewPassed: "{0} days ago – should the team go on?",
        .headingMembers: "Members ({0})", .headingAims: "Shared aims", .headingTargets: "Outcome targets {0}",
        .headingEvents: "Events ({0})", .headingTasks: "Tasks: {0} of {1}",
        .nounReader: "reader|readers", .nounJudge: "judge|judges", .nounOpen: "open|open", .headingLog: "Log ({0})",
        .headingCompetition: "Competition: {0}",
        .coordinatorMark: "coordinator", .unknownStaff: "{0} is not in the staff list", .achieved: "so far {0}",
        .measureByTeam: "counted by the team", .overdueCount: "{0} overdue", .noTasks: "No tasks yet.",
        .doneOn: "done {0}", .overdueBy: "OVERDUE {0} d.", .noNotes: "No notes yet.",
        .depotAuthor: "Depot", .competitionSummary: "{0} in all · ties: {1}",
        .anonymisedOn: "Readers' names removed {0}", .roundCounts: "{0}, {1}", .judges: "Judges: {0}",
        .roundNoReaders: "no readers yet", .roundNoJudges: "judges missing", .roundNotScored: "not scored",
        .roundScoresMissing: "scores missing for {0}", .roundComplete: "scores complete",
        .roundReadOff: "tie – read-off needed",
        .measureSchools: "schools taking part", .measureChildren: "children reached", .measureAdults: "adults reached",
        .measureEvents: "events held", .measureTasks: "tasks done on time",
        .measureMeetings: "meetings held", .measureWordMeetings: "meetings",
        .tieReadOff: "read-off", .tieLot: "lot",
        .roleStoryteller: "storyteller", .roleSchoolConsultant: "school consultant", .roleLibrarian: "librarian",
        .roleTeacher: "teacher", .roleOther: "other",
        .formNewEvent: "New event", .formEditEvent: "Edit event: {0}", .formNewTask: "New task: {0}",
        .formNewNote: "New note: {0} ({1})", .formNewReader: "New reader for {0}",
        .fieldKind: "Kind", .fieldTitle: "Title", .fieldTeam: "Team", .fieldVenue: "Venue", .fieldDate: "Date",
        .fieldTime: "Time", .fieldTimeHint: "type a time: 9.30 or 19:00",
        .fieldPartners: "Schools/kindergartens", .fieldExpectedChildren: "Children expected",
        .fieldExpectedAdults: "Adults expected", .fieldActualChildren: "Children came",
        .fieldActualAdults: "Adults came", .fieldOutcome: "Outcome", .fieldNotes: "Notes",
        .fieldFormat: "Format", .formatNeedsCompetition: "a format belongs to a reading-aloud competition",
        .competitionKindKept: "the event has a competition and must stay a reading-aloud competition",
        .fieldTaskTitle: "Task", .fieldOwner: "Owner", .fieldDue: "Due", .fieldAuthor: "Written by",
        .fieldNote: "Note",
        .fieldFirstName: "First name", .fieldClass: "Class", .fieldSchool: "School", .fieldBookTitle: "Book title",
        .fieldBookAuthor: "Author",
        .formNewJudge: "New judge for {0}", .fieldJudgeName: "Name", .fieldJudgeRole: "Role",
        .savedJudge: "Judge added: {0} ({1})", .keyJudge: "judge",
        .helpJudge: "add a judge to the round",
        .partnerUnknown: "no partner is called \"{0}\" or has that id",
        .partnerAmbiguous: "\"{0}\" fits {1} partners; type more of the name, or the id",
        .registrationClosed: "{0} has started; the first round takes no more readers",
        .formatNeeded: "choose the format the competition follows (←/→)",
        .noStaff: "There is no staff to choose from; add them in 2 Partners, s",
        .savedEvent: "Saved: {0}", .savedTask: "Task saved: {0}", .savedNote: "Note saved, written by {0}",
        .savedReader: "Reader registered: {0} ({1})", .taskDone: "Done: {0}", .taskReopened: "Open again: {0}",
        .chooseTask: "Choose the task: Tab, then ↑ ↓ and space",
        .notACompetition: "The event is not a reading-aloud competition",
        .formNewTeam: "New partnership", .formEditTeam: "Edit partnership: {0}", .fieldTeamName: "Name",
        .fieldMembers: "Members", .fieldCoordinator: "Coordinator", .fieldAims: "Aims", .fieldTargets: "Targets",
        .hintMembers: "Names or ids, commas between; the coordinator is always a member",
        .hintAims: "Semicolons between the aims",
        .formEditTask: "Edit task: {0}", .taskDeleted: "Task deleted: {0}",
        .confirmDeleteTask: "Delete the task \"{0}\"?",
        .helpTaskEdit: "on a task in the detail: e edits it, d deletes it",
        .formEditRound: "Round {0}: {1}", .fieldRoundName: "Round", .fieldReadings: "Readings",
        .fieldCriteria: "Criteria", .fieldAdvancing: "Advancing", .fieldPerSchool: "Per school",
        .fieldTieRule: "Ties",
        .hintReadings: "E.g. prepared 3:00 intro 1:00; unseen 2:00 (minutes:seconds, the intro is part of the time)",
        .hintCriteria: "E.g. Technique 5; Interpretation 5; Choice of text 5 (name and most points)",
        .readingPrepared: "prepared", .readingUnseen: "unseen",
        .readingUnknown: "Not understood: \"{0}\"; write e.g. prepared 3:00 intro 1:00",
        .criterionUnknown: "Not understood: \"{0}\"; write the name and the most points, e.g. Technique 5",
        .criteriaScored: "The judges have given points in this round; its criteria cannot change now",
        .lastRoundAdvances: "No one advances from the last round", .advancingNeeded: "Say how many advance",
        .answerYes: "yes", .answerNo: "no", .savedRound: "Round saved: {0}",
        .helpRound: "edit the round: name, day, venue, readings, criteria, how many advance",
        .hintTargets: "E.g. 250 children in the hall [children]; 7 schools [schools]. In [ ] what Depot counts: "
            + "children, adults, schools, events, tasks, meetings; without [ ] the team counts",
        .fieldReview: "Review on", .savedTeam: "Saved: {0}",
        .staffUnknown: "No staff member is called \"{0}\"", .staffAmbiguous: "\"{0}\" matches {1} staff members",
        .targetNumber: "A target starts with a number: \"{0}\"",
        .targetMeasureUnknown: "[{0}]: write [children], [adults], [schools], [events], [tasks] or [meetings]",
        .measureWordSchools: "schools", .measureWordChildren: "children", .measureWordAdults: "adults",
        .measureWordEvents: "events", .measureWordTasks: "tasks",
        .purgeDue: "Data protection: {0} readers' names kept past {1} months – D removes them",
        .purgeQuestion: "Remove {0} readers' first names? Class, school and scores are kept.",
        .purgeDone: "The names of {0} readers are removed", .purgeNothing: "No readers' names are due to be removed",
        .purgeDoneFiles:
            "The names of {0} readers are removed, and {1} files holding them (backups, printouts) – see the log",
        .purgeLeftFiles: "The names of {0} readers are removed, but {1} files holding them could not be – see the log",
        .printTitle: "Print: {0}", .printResults: "results", .printOrder: "running order",
        .printSheets: "blank judge sheets", .printCancel: "Esc cancel",
        .printResultsHTML: "results as a web page (HTML)", .printCertificates: "certificates, one per reader (HTML)",
        .keyTeams: "partnerships", .keyEvents: "events", .keyTask: "task", .keyDone: "done", .keyNote: "note",
        .keyReader: "reader", .keyScores: "scores", .keyRanking: "ranking",
        .helpMove: "move; in the detail: between tasks and rounds",
        .helpSwitch: "switch between events and partnerships",
        .helpPane: "to and from the detail (tasks, rounds, log)",
        .helpNew: "new event (also from a format) or partnership",
        .helpEdit: "edit the event (attendance, outcome) or the partnership (targets)",
        .helpTask: "new task with owner and due date",
        .helpDone: "the task under the cursor done / open again", .helpNote: "write a dated, signed note",
        .helpReader: "register a reader for the first round", .helpScores: "enter the round's scores",
        .helpRanking: "the round's ranking and read-offs",
        .helpPrint: "print the round: results, order, judge sheets",
        .helpPurge: "remove readers' names after the retention period",
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
