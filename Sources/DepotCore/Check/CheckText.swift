/// What the reference checks (`LibraryCheck`, `JourneyCheck`, `PlanReferences`) say of a record, in the language
/// files. A `Problem` made from one keeps the key and the values, so that `depot check` and the screen say it in the
/// language asked for; its `message` is the English.
public enum CheckText: String, TextCatalogue {
    case itemNotInCatalogue, identifierUsedTwice, priceNegative, nameEmpty, routeNotInLibrary
    case closureEndsBeforeStart, noAgeGroups, childCountOutOfRange, crateMixChildrenOutOfRange, renewalsOutOfRange
    case alsoPackedIn, partnerMissing, crateMissing, dueBeforeSent, returnedBeforeSent, returnedNeverSent
    case exceptionNotLent, returnNeverSent, returnAlreadyHome, returnStartedBeforeSent, returnScannedTwice
    case returnNotLent, returnDamagedNotScanned, memberNotStaff, coordinatorNotMember, teamMissing
    case eventEndsBeforeStart, seasonStartMonth, backupsToKeepNegative, twoRoutesSameID, vanCapacity
    case noDeliveryWeekday, crateMarkedBut, crateNotOut, cratePackedFor, crateOutAt, itemAtPartner, itemPackedIn
    case itemLostOn, itemAtLibrary, planSeasons, planDraft, planPublished, routeNotInLibraryFile
    case pinPartnerMissing, pinCrateMissing, contactStaffMissing, taskOwnerMissing, noteAuthorMissing, readerTwice
    case attendeeMissing
    case readerSchoolMissing, readerSchoolNotSchool, roundNamed, roundNumber, roundNotInFormat, roundReaderMissing
    case heatJudgeMissing, readerInTwoHeats, sheetJudgeMissing, scoredReaderNotInRound, correctionByMissing

    public static let placeholders: [CheckText: [String]] = [
        .itemNotInCatalogue: ["item", "file"], .routeNotInLibrary: ["route"],
        .closureEndsBeforeStart: ["end", "start"], .childCountOutOfRange: ["low", "high", "found"],
        .crateMixChildrenOutOfRange: ["band", "low", "high", "found"], .renewalsOutOfRange: ["low", "high", "found"],
        .alsoPackedIn: ["item", "crate"], .partnerMissing: ["partner"], .crateMissing: ["crate"],
        .dueBeforeSent: ["due", "sent"], .returnedBeforeSent: ["returned", "sent"], .exceptionNotLent: ["item"],
        .returnAlreadyHome: ["returned"], .returnStartedBeforeSent: ["started", "sent"],
        .returnScannedTwice: ["item"], .returnNotLent: ["item", "partner"], .returnDamagedNotScanned: ["item"],
        .memberNotStaff: ["member"], .coordinatorNotMember: ["coordinator"], .teamMissing: ["team"],
        .eventEndsBeforeStart: ["end"], .crateMarkedBut: ["state", "where"],
        .cratePackedFor: ["deposit", "partner"], .crateOutAt: ["deposit", "partner"],
        .itemAtPartner: ["deposit", "partner"], .itemPackedIn: ["crate", "deposit"], .itemLostOn: ["deposit"],
        .planSeasons: ["published", "draft"], .planDraft: ["problem"], .planPublished: ["problem"],
        .routeNotInLibraryFile: ["route"], .pinPartnerMissing: ["partner"], .pinCrateMissing: ["crate"],
        .contactStaffMissing: ["day", "staff"], .taskOwnerMissing: ["number", "title", "owner"],
        .attendeeMissing: ["staff"],
        .noteAuthorMissing: ["day", "author"], .readerTwice: ["reader"], .readerSchoolMissing: ["reader", "school"],
        .readerSchoolNotSchool: ["reader", "school"], .roundNamed: ["number", "name"], .roundNumber: ["number"],
        .roundNotInFormat: ["round"], .roundReaderMissing: ["round", "reader"],
        .heatJudgeMissing: ["round", "heat", "judge"], .readerInTwoHeats: ["round", "reader"],
        .sheetJudgeMissing: ["round", "judge"], .scoredReaderNotInRound: ["round", "judge", "reader"],
        .correctionByMissing: ["round", "day", "by"],
    ]
}

/// A sentence of `CheckText` with its values, ready to be said in any language. A value may be a sentence itself
/// (the round a problem is in), said in the same language.
public struct CheckSentence: Hashable, Sendable, CustomStringConvertible {
    public indirect enum Value: Hashable, Sendable {
        case text(String)
        case sentence(CheckSentence)
    }

    public var key: CheckText
    public var values: [Value]

    /// `inner` is put after `values`, in the last placeholder (`planDraft`'s problem).
    public init(_ key: CheckText, _ values: [CustomStringConvertible], inner: CheckSentence? = nil) {
        self.key = key
        self.values =
            values.map { value in (value as? CheckSentence).map(Value.sentence) ?? .text(value.description) }
            + (inner.map { [.sentence($0)] } ?? [])
    }

    public func text(in language: Language) -> String {
        TextBook(language).filled(
            key,
            values.map { value -> String in
                switch value {
                case .text(let text): return text
                case .sentence(let sentence): return sentence.text(in: language)
                }
            })
    }

    public var description: String { text(in: .english) }
}

extension Problem {
    /// A problem whose message is a `CheckText` sentence: English in `message`, any language in `text(in:)`.
    init(file: String, recordID: String? = nil, _ sentence: CheckSentence) {
        self.init(file: file, recordID: recordID, message: sentence.text(in: .english))
        self.sentence = sentence
    }

    init(file: String, recordID: String? = nil, _ key: CheckText, _ values: CustomStringConvertible...) {
        self.init(file: file, recordID: recordID, CheckSentence(key, values))
    }
}

extension NumberLimit {
    /// The bounds and the value found, as a `CheckText` range sentence takes them.
    func bounds(found value: Int) -> [CustomStringConvertible] { [range.lowerBound, range.upperBound, value] }
}
