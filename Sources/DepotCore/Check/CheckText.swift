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
    case pinPartnerMissing, pinCrateMissing

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
    ]
}

/// A sentence of `CheckText` with its values, ready to be said in any language.
public struct CheckSentence: Hashable, Sendable {
    public var key: CheckText
    public var values: [String]
    /// A sentence put inside this one's last placeholder (`planDraft`'s problem), said in the same language.
    public var inner: [CheckSentence]

    public init(_ key: CheckText, _ values: [CustomStringConvertible], inner: CheckSentence? = nil) {
        self.key = key
        self.values = values.map(\.description)
        self.inner = inner.map { [$0] } ?? []
    }

    public func text(in language: Language) -> String {
        TextBook(language).filled(key, values + inner.map { $0.text(in: language) })
    }
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
