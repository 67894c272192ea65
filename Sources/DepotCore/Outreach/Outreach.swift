import Foundation

/// The outreach to the municipality's institutions: registering prospects, logging contacts and moving a
/// partnership from state to state. Every change is checked first and made whole or not at all.
public enum Outreach {
    /// A field of what was typed or imported, named in a refusal.
    public enum Field: String, Hashable, Sendable, CaseIterable {
        case name, kind, address, postcode, town, children, partner, staff, person, note, day, state, offer, route
        case reviewOn, readingVisits, decision, view, next, loanPeriod, ageGroups
    }

    /// Why a change was refused, naming the field.
    public struct Refusal: Error, Hashable, Sendable, CustomStringConvertible, LocalizedText {
        public enum Reason: Hashable, Sendable {
            case missing
            case postcodeNotFourDigits(String)
            case childrenOutOfRange(Int)
            case notANumber(String)
            case nameTaken(String)
            /// The same name as an earlier line of the file being imported.
            case sameNameAsLine(Int)
            case inTheFuture(Day, today: Day)
            case unknownKind(String)
            case unknownState(String)
            case unknownRoute(String)
            case unknownOffer(String)
            case alreadyInState(PartnershipState)
            case unknownPartner(PartnerLookup.Failure)
            case unknownStaff(String)
            case offerWithoutOffered
            /// The first day is not after the second.
            case notAfter(Day, Day)
            /// The partnership has no agreement to review against.
            case noAgreement
            case unknownDecision(String)
            /// The text is not what the field takes (a loan period, age groups); the sentence says what it takes.
            case notUnderstood(String)
        }

        public var field: Field
        public var reason: Reason

        public init(_ field: Field, _ reason: Reason) {
            self.field = field
            self.reason = reason
        }

        public var description: String { text(in: .english) }

        public func text(in language: Language) -> String {
            let book = TextBook(language)
            let quote = { (text: String) in TerminalSafe.quote(text) }
            switch reason {
            case .missing: return book[OutreachText.missing(field)]
            case .postcodeNotFourDigits(let text): return book.format(OutreachText.postcodeNotFourDigits, quote(text))
            case .childrenOutOfRange(let count):
                return book.format(
                    OutreachText.childrenOutOfRange, count, Limits.childCount.range.lowerBound,
                    Limits.childCount.range.upperBound)
            case .notANumber(let text): return book.format(OutreachText.notANumber, quote(text))
            case .nameTaken(let name): return book.format(OutreachText.nameTaken, quote(name))
            case .sameNameAsLine(let line): return book.format(OutreachText.sameNameAsLine, line)
            case .inTheFuture(let day, let today):
                return book.format(OutreachText.inTheFuture, DayText(language).long(day), DayText(language).long(today))
            case .unknownKind(let text):
                return book.format(
                    OutreachText.unknownKind, quote(text), Partner.Kind.allCases.map(\.rawValue).joined(separator: ", ")
                )
            case .unknownState(let text):
                return book.format(
                    OutreachText.unknownState, quote(text),
                    PartnershipState.allCases.map(\.rawValue).joined(separator: ", "))
            case .unknownRoute(let text): return book.format(OutreachText.unknownRoute, quote(text))
            case .unknownOffer(let text): return book.format(OutreachText.unknownOffer, quote(text))
            case .alreadyInState(let state):
                return book.format(OutreachText.alreadyInState, book[PartnershipText.stateKey(state)])
            case .unknownPartner(let failure): return failure.text(in: language)
            case .unknownStaff(let text): return book.format(OutreachText.unknownStaff, quote(text))
            case .offerWithoutOffered: return book[OutreachText.offerWithoutOffered]
            case .notAfter(let day, let other):
                return book.format(OutreachText.notAfter, DayText(language).long(day), DayText(language).long(other))
            case .noAgreement: return book[OutreachText.noAgreement]
            case .unknownDecision(let text): return book.format(OutreachText.unknownDecision, quote(text))
            case .notUnderstood(let text): return book.format(OutreachText.notUnderstood, quote(text))
            }
        }
    }

    /// A prospect as typed or imported, before it is checked.
    public struct NewProspect: Hashable, Sendable {
        public var name: String
        public var kind: Partner.Kind
        public var street: String
        public var postcode: String
        public var town: String
        public var children: Int?

        public init(name: String, kind: Partner.Kind, street: String, postcode: String, town: String, children: Int?) {
            self.name = name
            self.kind = kind
            self.street = street
            self.postcode = postcode
            self.town = town
            self.children = children
        }
    }

    /// The kind a librarian or a municipality's list writes: `kindergarten`, `børnehave`, `dagpleje`, `skole`...
    public static func kind(_ text: String) -> Partner.Kind? {
        let wanted = text.trimmingSpaces.lowercased()
        if let kind = Partner.Kind(rawValue: text.trimmingSpaces) { return kind }
        if let kind = Partner.Kind.allCases.first(where: { $0.rawValue.lowercased() == wanted }) { return kind }
        switch wanted {
        case "børnehave", "dagtilbud", "daginstitution", "vuggestue", "institution", "integreret institution":
            return .kindergarten
        case "dagpleje", "childminder", "childminders", "childminder group": return .childminderGroup
        case "skole", "friskole", "privatskole": return .school
        case "andet", "anden": return .other
        default: return nil
        }
    }

    /// The state a librarian writes: its name in the files (`contacted`), or its word in either language.
    public static func state(_ text: String) -> PartnershipState? {
        let wanted = text.trimmingSpaces.lowercased()
        if let state = PartnershipState.allCases.first(where: { $0.rawValue.lowercased() == wanted }) { return state }
        for language in Language.allCases {
            let book = TextBook(language)
            if let state = PartnershipState.allCases.first(where: {
                book[PartnershipText.stateKey($0)].lowercased() == wanted
            }) {
                return state
            }
        }
        return nil
    }

    /// The children of a row or option: empty for unknown, else a whole number within `Limits.childCount`.
    public static func children(_ text: String) -> Result<Int?, Refusal> {
        let trimmed = text.trimmingSpaces
        if trimmed.isEmpty { return .success(nil) }
        guard let count = Int(trimmed) else { return .failure(Refusal(.children, .notANumber(trimmed))) }
        guard Limits.childCount.contains(count) else { return .failure(Refusal(.children, .childrenOutOfRange(count))) }
        return .success(count)
    }

    /// Why `text` is not a postcode (missing, or not four digits), or nil when it is one: the rule of the command
    /// line and of the screen's field alike.
    public static func postcodeRefusal(_ text: String) -> Refusal? {
        let postcode = text.trimmingSpaces
        guard !postcode.isEmpty else { return Refusal(.postcode, .missing) }
        guard postcode.count == 4, postcode.allSatisfy({ ("0"..."9").contains($0) }) else {
            return Refusal(.postcode, .postcodeNotFourDigits(postcode))
        }
        return nil
    }

    /// The checked prospect as a new partner record with the next free id (after `taken` as well as the library's).
    static func partner(
        from new: NewProspect, today: Day, data: LibraryData, taken: [Partner] = []
    ) throws(Refusal) -> Partner {
        let name = new.name.trimmingSpaces
        guard !name.isEmpty else { throw Refusal(.name, .missing) }
        let postcode = new.postcode.trimmingSpaces
        if let refusal = postcodeRefusal(postcode) { throw refusal }
        let street = new.street.trimmingSpaces
        guard !street.isEmpty else { throw Refusal(.address, .missing) }
        let town = new.town.trimmingSpaces
        guard !town.isEmpty else { throw Refusal(.town, .missing) }
        if let children = new.children, !Limits.childCount.contains(children) {
            throw Refusal(.children, .childrenOutOfRange(children))
        }
        let lowered = name.lowercased()
        if (data.partners + taken).contains(where: { $0.name.trimmingSpaces.lowercased() == lowered }) {
            throw Refusal(.name, .nameTaken(name))
        }
        return Partner(
            id: nextID(data.partners + taken), name: name, kind: new.kind,
            address: Address(street: street, postalCode: postcode, city: town), contact: Contact(name: ""),
            ageGroups: defaultAgeGroups(new.kind), childCount: new.children,
            partnership: Partnership(state: .prospect, since: today))
    }

    /// The age groups a new prospect is taken to have until the partnership agrees them.
    static func defaultAgeGroups(_ kind: Partner.Kind) -> [AgeBand] {
        switch kind {
        case .kindergarten, .other: return [.preschool]
        case .childminderGroup: return [.toddlers]
        case .school: return [.school]
        }
    }

    /// P001, P002...: one more than the highest number in use.
    public static func nextID(_ partners: [Partner]) -> Partner.ID {
        let number = String(NextNumber.after(partners.compactMap { Int($0.id.rawValue.drop(while: { !$0.isNumber })) }))
        return Partner.ID("P" + String(repeating: "0", count: max(0, 3 - number.count)) + number)
    }

    /// Registers a prospect: a partner record in state prospect, with no route and no deposits. Touches
    /// partners.json.
    @discardableResult
    public static func addProspect(_ new: NewProspect, today: Day, in data: inout LibraryData) throws(Refusal)
        -> Partner
    {
        let partner = try partner(from: new, today: today, data: data)
        data.partners.upsert(partner)
        return partner
    }

    /// Logs a contact with `partner`: `staff` spoke to `person` on `day` (not after `today`). A prospect becomes
    /// contacted; any other state stays. Touches partners.json.
    @discardableResult
    public static func logContact(
        _ partner: Partner.ID, by staff: StaffMember.ID, person: String, note: String, on day: Day, today: Day,
        in data: inout LibraryData
    ) throws(Refusal) -> Partner {
        guard let index = data.partners.firstIndex(where: { $0.id == partner }) else {
            throw Refusal(.partner, .unknownPartner(.none(partner.rawValue)))
        }
        guard data.staff.contains(where: { $0.id == staff }) else {
            throw Refusal(.staff, .unknownStaff(staff.rawValue))
        }
        let person = person.trimmingSpaces
        guard !person.isEmpty else { throw Refusal(.person, .missing) }
        let note = note.trimmingSpaces
        guard !note.isEmpty else { throw Refusal(.note, .missing) }
        guard day <= today else { throw Refusal(.day, .inTheFuture(day, today: today)) }
        var record = data.partners[index]
        var partnership = record.partnership ?? Partnership(state: record.partnershipState)
        partnership.contactLog.append(ContactLogEntry(day: day, staffID: staff, person: person, note: note))
        partnership.contactLog.sort { $0.day < $1.day }
        if partnership.state == .prospect && record.endedOn == nil {
            partnership.state = .contacted
            partnership.since = day
        }
        record.partnership = partnership
        data.partners[index] = record
        return record
    }

    /// Moves `partner` to `state` on `day`. Offered takes what was offered (`offer`, kept on the partnership);
    /// active makes it a partner (its deposit kind the one offered, its route `route` when given); ended sets
    /// `endedOn` to `day` and leaving ended clears it. Touches partners.json.
    @discardableResult
    public static func setState(
        _ partner: Partner.ID, to state: PartnershipState, on day: Day, today: Day, offer: DepositKind? = nil,
        route: Route.ID? = nil, in data: inout LibraryData
    ) throws(Refusal) -> Partner {
        guard let index = data.partners.firstIndex(where: { $0.id == partner }) else {
            throw Refusal(.partner, .unknownPartner(.none(partner.rawValue)))
        }
        guard day <= today else { throw Refusal(.day, .inTheFuture(day, today: today)) }
        if offer != nil, state != .offered { throw Refusal(.offer, .offerWithoutOffered) }
        if let route, !data.settings.routes.contains(where: { $0.id == route }) {
            throw Refusal(.route, .unknownRoute(route.rawValue))
        }
        var record = data.partners[index]
        let current = record.partnershipState
        if current == state && offer == nil && route == nil { throw Refusal(.state, .alreadyInState(state)) }
        var partnership = record.partnership ?? Partnership(state: current == .ended ? .active : current)
        if state == .ended {
            // Ended is said by endedOn; the recorded state stays what it was, so clearing the day (on the screen)
            // gives the partnership back as it was.
            record.endedOn = day
        } else {
            record.endedOn = nil
            if partnership.state != state || record.partnership == nil { partnership.since = day }
            partnership.state = state
        }
        if let offer { partnership.offer = offer }
        if state == .active, let offered = partnership.offer { record.depositKind = offered }
        if let route { record.routeID = route }
        record.partnership = partnership
        data.partners[index] = record
        return record
    }
}
