import ArgumentParser
import DepotCore
import Foundation

/// `depot prospect`: the institutions of the municipality, partner or not yet, with their partnership state and
/// contact log.
struct ProspectCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "prospect",
        abstract: helpText(.prospectAbstract),
        discussion: helpText(.prospectDiscussion),
        subcommands: [
            ProspectListCommand.self, ProspectAddCommand.self, ProspectContactCommand.self,
            ProspectStateCommand.self, ProspectImportCommand.self, ProspectShowCommand.self,
        ],
        defaultSubcommand: ProspectListCommand.self)
}

/// Says `refusal` as "--option: sentence" for the option that gave the field, and returns the failing exit.
private func refused(_ refusal: Outreach.Refusal, _ words: Words, options: [Outreach.Field: String]) -> ExitCode {
    let option = options[refusal.field] ?? refusal.field.rawValue
    return failure("\(option): \(refusal.text(in: words.language)).")
}

/// The partner `text` names, or a failing exit naming `option`.
private func partnerNamed(_ text: String, in data: LibraryData, option: String, _ words: Words) throws -> Partner {
    switch PartnerLookup.find(text, in: data.partners) {
    case .success(let partner): return partner
    case .failure(let problem): throw failure("\(option): \(problem.text(in: words.language)).")
    }
}

/// `text` as a day that has happened (a day without its year is the last one up to today), or a failing exit
/// naming `option`.
private func dayNamed(_ text: String?, option: String, today: Day, _ words: Words) throws -> Day {
    guard let text else { return today }
    switch DayInput.parse(text, today: today, reading: .back) {
    case .success(let day): return day
    case .failure: throw failure(words.format(.isNotADayWrite, option, TerminalSafe.quote(text)))
    }
}

struct ProspectAddCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add", abstract: helpText(.prospectAddAbstract))

    @OptionGroup var libraryOptions: LibraryOptions

    @Option(help: ArgumentHelp(helpText(.prospectAddName), valueName: "NAME"))
    var name: String?

    @Option(
        help: ArgumentHelp(
            helpText(.prospectAddKind),
            valueName: "KIND"))
    var kind: String?

    @Option(help: ArgumentHelp(helpText(.prospectAddAddress), valueName: "STREET"))
    var address: String?

    @Option(help: ArgumentHelp(helpText(.prospectAddPostcode), valueName: "NNNN"))
    var postcode: String?

    @Option(help: ArgumentHelp(helpText(.prospectAddTown), valueName: "TOWN"))
    var town: String?

    @Option(help: ArgumentHelp(helpText(.prospectAddChildren), valueName: "N"))
    var children: String?

    @OptionGroup var lang: LanguageOption

    static let options: [Outreach.Field: String] = [
        .name: "--name", .kind: "--kind", .address: "--address", .postcode: "--postcode", .town: "--town",
        .children: "--children",
    ]

    func run() throws {
        let words = lang.words
        var partnerKind = Partner.Kind.kindergarten
        if let kind {
            guard let found = Outreach.kind(kind) else {
                throw refused(Outreach.Refusal(.kind, .unknownKind(kind)), words, options: Self.options)
            }
            partnerKind = found
        }
        let count: Int?
        switch Outreach.children(children ?? "") {
        case .success(let found): count = found
        case .failure(let refusal): throw refused(refusal, words, options: Self.options)
        }
        let store = try explainingErrors { try openLibrary(libraryOptions.folder, forWriting: true) }
        defer { store.close() }
        var data = try explainingErrors { try store.load() }
        let today = Day.today()
        try identify(store, in: data, libraryOptions, today: today)
        let new = Outreach.NewProspect(
            name: name ?? "", kind: partnerKind, street: address ?? "", postcode: postcode ?? "", town: town ?? "",
            children: count)
        let partner: Partner
        do {
            partner = try Outreach.addProspect(new, today: today, in: &data)
        } catch {
            throw refused(error, words, options: Self.options)
        }
        try explainingErrors { try store.save(data, files: [.partners]) }
        printError(words.book.format(OutreachText.prospectAdded, partner.name, partner.id))
    }
}

struct ProspectContactCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "contact",
        abstract: helpText(.prospectContactAbstract))

    @OptionGroup var libraryOptions: LibraryOptions

    @Argument(help: ArgumentHelp(helpText(.prospectContactPartner), valueName: "PARTNER"))
    var partner: String

    @Option(
        help: ArgumentHelp(
            helpText(.prospectContactBy), valueName: "STAFF"))
    var by: String?

    @Option(name: .customLong("with"), help: ArgumentHelp(helpText(.prospectContactPerson), valueName: "NAME"))
    var person: String?

    @Option(help: ArgumentHelp(helpText(.prospectContactNote), valueName: "TEXT"))
    var note: String?

    @Option(
        help: ArgumentHelp(
            helpText(.prospectContactOn), valueName: "DAY"
        ))
    var on: String?

    @OptionGroup var lang: LanguageOption

    static let options: [Outreach.Field: String] = [
        .partner: "PARTNER", .staff: "--by", .person: "--with", .note: "--note", .day: "--on",
    ]

    func run() throws {
        let words = lang.words
        let today = Day.today()
        let day = try dayNamed(on, option: "--on", today: today, words)
        let store = try explainingErrors { try openLibrary(libraryOptions.folder, forWriting: true) }
        defer { store.close() }
        var data = try explainingErrors { try store.load() }
        try identify(store, in: data, libraryOptions, today: today)
        let found = try partnerNamed(partner, in: data, option: "PARTNER", words)
        let staffID: StaffMember.ID
        if let by {
            switch StaffLookup.find(by, in: data.staff) {
            case .success(let member): staffID = member.id
            case .failure:
                throw refused(Outreach.Refusal(.staff, .unknownStaff(by)), words, options: Self.options)
            }
        } else if let author = store.author {
            staffID = author
        } else {
            throw refused(Outreach.Refusal(.staff, .missing), words, options: Self.options)
        }
        let record: Partner
        do {
            record = try Outreach.logContact(
                found.id, by: staffID, person: person ?? "", note: note ?? "", on: day, today: today, in: &data)
        } catch {
            throw refused(error, words, options: Self.options)
        }
        try explainingErrors { try store.save(data, files: [.partners]) }
        printError(
            words.book.format(
                OutreachText.contactLogged, record.name, words.book[PartnershipText.stateKey(record.partnershipState)]))
    }
}

struct ProspectStateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "state",
        abstract: helpText(.prospectStateAbstract))

    @OptionGroup var libraryOptions: LibraryOptions

    @Argument(help: ArgumentHelp(helpText(.prospectContactPartner), valueName: "PARTNER"))
    var partner: String

    @Argument(help: ArgumentHelp(helpText(.prospectStateState), valueName: "STATE"))
    var state: String

    @Option(
        help: ArgumentHelp(
            helpText(.prospectStateOn), valueName: "DAY")
    )
    var on: String?

    @Option(help: ArgumentHelp(helpText(.prospectStateOffer), valueName: "OFFER"))
    var offer: String?

    @Option(
        help: ArgumentHelp(helpText(.prospectStateRoute), valueName: "ROUTE"))
    var route: String?

    @OptionGroup var lang: LanguageOption

    static let options: [Outreach.Field: String] = [
        .partner: "PARTNER", .state: "STATE", .day: "--on", .offer: "--offer", .route: "--route",
    ]

    func run() throws {
        let words = lang.words
        let today = Day.today()
        guard let newState = Outreach.state(state) else {
            throw refused(Outreach.Refusal(.state, .unknownState(state)), words, options: Self.options)
        }
        var offered: DepositKind?
        if let offer {
            guard let kind = DepositKind.allCases.first(where: { $0.rawValue.lowercased() == offer.lowercased() })
            else { throw refused(Outreach.Refusal(.offer, .unknownOffer(offer)), words, options: Self.options) }
            offered = kind
        }
        let day = try dayNamed(on, option: "--on", today: today, words)
        let store = try explainingErrors { try openLibrary(libraryOptions.folder, forWriting: true) }
        defer { store.close() }
        var data = try explainingErrors { try store.load() }
        try identify(store, in: data, libraryOptions, today: today)
        let found = try partnerNamed(partner, in: data, option: "PARTNER", words)
        let routeID = route.map { text in
            data.settings.routes.first {
                $0.id.rawValue.lowercased() == text.lowercased() || $0.name.lowercased() == text.lowercased()
            }?.id
                ?? Route.ID(text)
        }
        let record: Partner
        do {
            record = try Outreach.setState(
                found.id, to: newState, on: day, today: today, offer: offered, route: routeID, in: &data)
        } catch {
            throw refused(error, words, options: Self.options)
        }
        try explainingErrors { try store.save(data, files: [.partners]) }
        printError(
            words.book.format(
                OutreachText.stateSet, record.name, words.book[PartnershipText.stateKey(record.partnershipState)],
                DayText(words.language).long(day)))
        if newState == .active && record.routeID == nil {
            printError(words.book.format(OutreachText.activeWithoutRoute, record.name))
        }
    }
}

struct ProspectListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list", abstract: helpText(.prospectListAbstract))

    @OptionGroup var libraryOptions: LibraryOptions

    @Option(help: ArgumentHelp(helpText(.prospectListState), valueName: "STATE"))
    var state: String?

    @Option(help: ArgumentHelp(helpText(.eventsListFormat)))
    var format: TextOrJSON = .text

    @OptionGroup var lang: LanguageOption

    struct Row: Encodable {
        var id: String
        var name: String
        var kind: String
        var town: String
        var postcode: String
        @NullWhenEmpty var children: Int?
        var state: String
        @NullWhenEmpty var since: String?
        @NullWhenEmpty var offer: String?
        @NullWhenEmpty var routeID: String?
        @NullWhenEmpty var lastContact: String?
        var contacts: Int
    }

    func run() throws {
        let words = lang.words
        var wanted: Set<PartnershipState>?
        if let state {
            var states = Set<PartnershipState>()
            for part in state.split(separator: ",") {
                guard let found = Outreach.state(String(part)) else {
                    throw failure(
                        "--state: \(Outreach.Refusal(.state, .unknownState(String(part))).text(in: words.language)).")
                }
                states.insert(found)
            }
            wanted = states
        }
        let data = try loadLibrary(libraryOptions)
        let partners = data.partners.filter { wanted?.contains($0.partnershipState) ?? true }
        let rows = partners.map { partner in
            Row(
                id: partner.id.rawValue, name: partner.name, kind: partner.kind.rawValue, town: partner.address.city,
                postcode: partner.address.postalCode, children: partner.childCount,
                state: partner.partnershipState.rawValue,
                since: (partner.endedOn ?? partner.partnership?.since)?.description,
                offer: partner.partnership?.offer?.rawValue, routeID: partner.routeID?.rawValue,
                lastContact: partner.partnership?.contactLog.last?.day.description,
                contacts: partner.partnership?.contactLog.count ?? 0)
        }
        switch format {
        case .json:
            try emit(try JSONOutput.text(rows), to: nil)
        case .text:
            guard !rows.isEmpty else { return try emitText(words.book[OutreachText.listNone] + "\n", to: nil) }
            let book = words.book
            let table = TextTable(
                columns: [
                    .init(book[OutreachText.columnID]), .init(book[OutreachText.columnName]),
                    .init(book[OutreachText.columnKind]), .init(book[OutreachText.columnTown]),
                    .init(book[OutreachText.columnChildren], .right), .init(book[OutreachText.columnState]),
                    .init(book[OutreachText.columnSince]), .init(book[OutreachText.columnLastContact]),
                ],
                rows: zip(rows, partners).map { row, partner in
                    [
                        row.id, String(row.name.prefix(36)), book[PartnershipText.kindKey(partner.kind)], row.town,
                        row.children.map(words.number) ?? "", book[PartnershipText.stateKey(partner.partnershipState)],
                        row.since ?? "", row.lastContact ?? "",
                    ]
                })
            try emitText(table.text(), to: nil)
        }
    }
}

struct ProspectShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show", abstract: helpText(.prospectShowAbstract))

    @OptionGroup var libraryOptions: LibraryOptions

    @Argument(help: ArgumentHelp(helpText(.prospectContactPartner), valueName: "PARTNER"))
    var partner: String

    @OptionGroup var lang: LanguageOption

    func run() throws {
        let words = lang.words
        let book = words.book
        let data = try loadLibrary(libraryOptions)
        let found = try partnerNamed(partner, in: data, option: "PARTNER", words)
        let staff = Dictionary(data.staff.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
        let days = DayText(words.language)
        var lines = ["\(found.name) (\(found.id)), \(book[PartnershipText.kindKey(found.kind)])"]
        lines.append(found.address.singleLine)
        var state = book[PartnershipText.stateKey(found.partnershipState)]
        if let since = found.endedOn ?? found.partnership?.since { state += " · \(days.long(since))" }
        if let offer = found.partnership?.offer { state += " · \(book[PartnershipText.offerKey(offer)])" }
        lines.append("\(book[OutreachText.columnState]): \(state)")
        let log = found.partnership?.contactLog ?? []
        if !log.isEmpty {
            lines.append("")
            lines.append(book[OutreachText.contactLogHeading] + ":")
            for entry in log {
                lines.append(
                    "  "
                        + book.format(
                            OutreachText.contactLine, entry.day, staff[entry.staffID] ?? entry.staffID.rawValue,
                            entry.person, entry.note))
            }
        }
        try emitText(lines.joined(separator: "\n") + "\n", to: nil)
    }
}

struct ProspectImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: helpText(.prospectImportAbstract),
        discussion: helpText(.prospectImportDiscussion))

    @OptionGroup var libraryOptions: LibraryOptions

    @Argument(help: ArgumentHelp(helpText(.prospectImportFile), valueName: "FILE"))
    var file: String

    @Option(
        help: ArgumentHelp(helpText(.prospectImportKind), valueName: "KIND"))
    var kind: String?

    @OptionGroup var lang: LanguageOption

    func run() throws {
        let words = lang.words
        var partnerKind = Partner.Kind.kindergarten
        if let kind {
            guard let found = Outreach.kind(kind) else {
                throw failure("--kind: \(Outreach.Refusal(.kind, .unknownKind(kind)).text(in: words.language)).")
            }
            partnerKind = found
        }
        let bytes: [UInt8]
        do {
            bytes = Array(try Data(contentsOf: URL(fileURLWithPath: file)))
        } catch {
            throw failure(
                words.format(.cannotBeRead, file, FileProblemText.reason(reading: error, at: file, in: words.language)))
        }
        let store = try explainingErrors { try openLibrary(libraryOptions.folder, forWriting: true) }
        defer { store.close() }
        var data = try explainingErrors { try store.load() }
        let today = Day.today()
        try identify(store, in: data, libraryOptions, today: today)
        let result: ProspectImport.Result
        do {
            result = try ProspectImport.run(bytes: bytes, kind: partnerKind, today: today, in: &data)
        } catch {
            throw failure(
                "\(TerminalSafe.field(file, limit: TerminalSafe.quoteLimit)): \(error.text(in: words.language))")
        }
        if !result.added.isEmpty { try explainingErrors { try store.save(data, files: [.partners]) } }
        printError(words.book.format(OutreachText.imported, count: result.added.count, result.added.count))
        if !result.known.isEmpty {
            printError(words.book.format(OutreachText.importKnown, count: result.known.count, result.known.count))
        }
    }
}
