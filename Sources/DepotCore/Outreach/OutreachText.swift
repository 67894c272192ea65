/// The words of partnership states and kinds, shared by the commands, the printouts and the screen.
public enum PartnershipText: String, TextCatalogue {
    case stateProspect, stateContacted, stateOffered, stateDeclined, stateActive, statePaused, stateEnded
    case kindKindergarten, kindChildminderGroup, kindSchool, kindOther
    case offerDeposit, offerKindergartenLibrary, groupProspective, keyStateFilter, keyReach, overviewReviewsDue

    public static func stateKey(_ state: PartnershipState) -> PartnershipText {
        switch state {
        case .prospect: return .stateProspect
        case .contacted: return .stateContacted
        case .offered: return .stateOffered
        case .declined: return .stateDeclined
        case .active: return .stateActive
        case .paused: return .statePaused
        case .ended: return .stateEnded
        }
    }

    public static func kindKey(_ kind: Partner.Kind) -> PartnershipText {
        switch kind {
        case .kindergarten: return .kindKindergarten
        case .childminderGroup: return .kindChildminderGroup
        case .school: return .kindSchool
        case .other: return .kindOther
        }
    }

    public static func offerKey(_ kind: DepositKind) -> PartnershipText {
        switch kind {
        case .deposit: return .offerDeposit
        case .kindergartenLibrary: return .offerKindergartenLibrary
        }
    }
}

/// The sentences of registering prospects, logging contacts and changing a partnership's state.
public enum OutreachText: String, TextCatalogue {
    case missingName, missingAddress, missingPostcode, missingTown, missingPerson, missingNote, missingValue
    case postcodeNotFourDigits, childrenOutOfRange, notANumber, nameTaken, sameNameAsLine, inTheFuture
    case unknownKind, unknownState, unknownRoute, unknownOffer, alreadyInState, unknownStaff, offerWithoutOffered
    case importLine, importLineColumn, importMissingColumns, importBadRows
    case prospectAdded, contactLogged, stateSet, activeWithoutRoute, imported, importKnown
    case columnID, columnName, columnKind, columnTown, columnChildren, columnState, columnSince, columnLastContact
    case listNone, contactLogHeading, contactLine
    case missingDay, missingView, missingDecision, notAfter, noAgreement, unknownDecision, notUnderstood
    case agreed, reviewed, reviewEnded, reviewsDueNone, reviewDueLine, agreementHeading, agreementLine
    case agreementThemes, agreementAgeGroups, agreementVisits, agreementLoan, figuresHeading, figuresLine
    case reviewsHeading, reviewLine, decisionContinue, decisionChange, decisionEnd, nextReview, noAgreementYet
    case reviewsDueReminder

    public static let placeholders: [OutreachText: [String]] = [
        .postcodeNotFourDigits: ["text"], .childrenOutOfRange: ["count", "min", "max"], .notANumber: ["text"],
        .nameTaken: ["name"], .sameNameAsLine: ["line"], .inTheFuture: ["day", "today"],
        .unknownKind: ["text", "kinds"], .unknownState: ["text", "states"], .unknownRoute: ["text"],
        .unknownOffer: ["text"], .alreadyInState: ["state"], .unknownStaff: ["text"],
        .importLine: ["line", "message"], .importLineColumn: ["line", "column", "message"],
        .importMissingColumns: ["columns", "header"], .importBadRows: ["count"],
        .prospectAdded: ["name", "id"], .contactLogged: ["name", "state"], .stateSet: ["name", "state", "day"],
        .activeWithoutRoute: ["name"], .imported: ["count"], .importKnown: ["count"],
        .contactLine: ["day", "staff", "person", "note"], .notAfter: ["day", "other"],
        .unknownDecision: ["text"], .notUnderstood: ["text"], .agreed: ["name", "day"],
        .reviewed: ["name", "decision", "next"], .reviewEnded: ["name", "day"],
        .reviewDueLine: ["day", "id", "name", "state"], .agreementLine: ["day", "review"],
        .agreementThemes: ["themes"], .agreementAgeGroups: ["bands"], .agreementVisits: ["count"],
        .agreementLoan: ["loan"],
        .figuresLine: ["from", "to", "deposits", "books", "lost", "waived", "made", "missed"],
        .reviewLine: ["day", "staff", "decision", "view"], .nextReview: ["day"], .reviewsDueReminder: ["count"],
    ]

    public static func decisionKey(_ decision: ReviewDecision) -> OutreachText {
        switch decision {
        case .continue: return .decisionContinue
        case .change: return .decisionChange
        case .end: return .decisionEnd
        }
    }

    /// The sentence for `field` left empty.
    static func missing(_ field: Outreach.Field) -> OutreachText {
        switch field {
        case .name: return .missingName
        case .address: return .missingAddress
        case .postcode: return .missingPostcode
        case .town: return .missingTown
        case .person: return .missingPerson
        case .note: return .missingNote
        case .day: return .missingDay
        case .view: return .missingView
        case .decision: return .missingDecision
        case .kind, .children, .partner, .staff, .state, .offer, .route, .reviewOn, .readingVisits, .next,
            .loanPeriod, .ageGroups:
            return .missingValue
        }
    }
}
