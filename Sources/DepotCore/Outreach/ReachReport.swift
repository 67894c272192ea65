import Foundation

/// The words of the reach report (`depot reach`), from catalogue `ReachText`.
public enum ReachText: String, TextCatalogue {
    case title, asOf, byDeposits, partnersReached, childrenReached, withoutChildCount, booksLent, perChild
    case exchanges, byEvents, childrenAtEvents, byRoute, byTown, seasons, notReached, noExchange, notCollectedLine
    case noCrateLine
    case notReachedLine, none, noRoute, columnRoute, columnTown, columnKnown, columnReached, columnChildren
    case columnChildrenReached, columnBooks, columnSeason, columnPerChild, columnExchanges, columnMissed
    case columnEventChildren, chartSeasons, chartTowns, chartBooksPerChild, nounChild, share, marginRange

    public static let placeholders: [ReachText: [String]] = [
        .title: ["season", "library"], .asOf: ["day", "margin"], .partnersReached: ["reached", "known", "share"],
        .childrenReached: ["reached", "known", "share"], .withoutChildCount: ["count"],
        .booksLent: ["books"], .perChild: ["books"], .exchanges: ["made", "missed", "due"],
        .childrenAtEvents: ["children", "held", "uncounted"], .noExchange: ["margin"],
        .notCollectedLine: ["id", "name", "day", "late"], .noCrateLine: ["id", "name", "day", "loan", "late"],
        .notReachedLine: ["id", "name", "town", "children", "state"],
        .share: ["share"], .marginRange: ["count"],
    ]
}

extension SeasonReach.NoExchange {
    /// "P018 Børnehaven Violen: kasserne skulle hjem 4. november 2026, 15 dage over".
    public func text(_ book: TextBook) -> String {
        let day = DayText(book.language).long(since)
        let late = book.count(daysLate, CommandText.nounDay)
        switch reason {
        case .notCollected: return book.format(ReachText.notCollectedLine, partnerID, name, day, late)
        case .noCrate:
            return book.format(ReachText.noCrateLine, partnerID, name, day, loanPeriod.description, late)
        }
    }
}

extension SeasonReach {
    /// `value` of `total` as a whole percentage: "88 %" / "88%"; "–" without a total.
    static func percent(_ share: Double?, _ book: TextBook) -> String {
        guard let share else { return "–" }
        return book.format(ReachText.share, NumberText.whole(Int((share * 100).rounded()), in: book.language))
    }

    /// The report as plain text of at most 80 columns.
    public func text(_ language: Language, library: String) -> String {
        let book = TextBook(language)
        let days = DayText(language)
        func number(_ value: Int) -> String { NumberText.whole(value, in: language) }
        func decimal(_ value: Double?) -> String {
            value.map { NumberText.decimal($0, fractionDigits: 1, in: language) } ?? "–"
        }
        let title = book.format(ReachText.title, season, library)
        var out = [title, String(repeating: "=", count: min(80, title.count))]
        out.append(book.format(ReachText.asOf, days.long(asOf), book.count(marginDays, CommandText.nounDay)))
        out.append("")
        out.append(book[ReachText.byDeposits])
        out.append(
            "  "
                + book.format(
                    ReachText.partnersReached, number(partnersReached), number(knownInstitutions),
                    Self.percent(institutionShare, book)))
        out.append(
            "  "
                + book.format(
                    ReachText.childrenReached, number(childrenReached), number(knownChildren),
                    Self.percent(childrenShare, book)))
        if partnersWithoutChildCount > 0 {
            out.append(
                "    "
                    + book.format(
                        ReachText.withoutChildCount, count: partnersWithoutChildCount, partnersWithoutChildCount))
        }
        out.append(
            "  " + book.format(ReachText.booksLent, number(booksLent)) + " "
                + book.format(ReachText.perChild, decimal(booksPerChild)))
        out.append(
            "  "
                + book.format(ReachText.exchanges, number(exchangesMade), number(exchangesMissed), number(exchangesDue))
        )
        out.append(book[ReachText.byEvents])
        out.append(
            "  "
                + book.format(
                    ReachText.childrenAtEvents, number(childrenAtEvents), number(eventsHeld), number(eventsWithoutCount)
                ))

        func groupTable(_ groups: [Group], first: ReachText, noName: String) -> String {
            TextTable(
                columns: [
                    .init(book[first]), .init(book[ReachText.columnKnown], .right),
                    .init(book[ReachText.columnReached], .right), .init(book[ReachText.columnChildren], .right),
                    .init(book[ReachText.columnChildrenReached], .right), .init(book[ReachText.columnBooks], .right),
                ],
                rows: groups.map { group in
                    [
                        String((group.name.isEmpty ? noName : group.name).prefix(24)), number(group.known),
                        number(group.reached), number(group.knownChildren), number(group.childrenReached),
                        number(group.booksLent),
                    ]
                }
            ).text().trimmingCharacters(in: .newlines)
        }
        out.append("")
        out.append(book[ReachText.byRoute])
        out.append(groupTable(byRoute, first: .columnRoute, noName: book[ReachText.noRoute]))
        out.append("")
        out.append(book[ReachText.byTown])
        out.append(groupTable(byTown, first: .columnTown, noName: "–"))
        out.append("")
        out.append(book[ReachText.seasons])
        out.append(
            TextTable(
                columns: [
                    .init(book[ReachText.columnSeason]), .init(book[ReachText.columnReached], .right),
                    .init(book[ReachText.columnChildren], .right), .init(book[ReachText.columnBooks], .right),
                    .init(book[ReachText.columnPerChild], .right), .init(book[ReachText.columnExchanges], .right),
                    .init(book[ReachText.columnMissed], .right), .init(book[ReachText.columnEventChildren], .right),
                ],
                rows: seasons.map { summary in
                    [
                        summary.season.description, number(summary.partnersReached), number(summary.childrenReached),
                        number(summary.booksLent), decimal(summary.booksPerChild), number(summary.exchangesMade),
                        number(summary.exchangesMissed), number(summary.childrenAtEvents),
                    ]
                }
            ).text().trimmingCharacters(in: .newlines))
        out.append("")
        out.append(book[ReachText.notReached])
        let missing = notReached
        if missing.isEmpty { out.append("  " + book[ReachText.none]) }
        for line in missing {
            out += TextWrap.lines(
                book.format(
                    ReachText.notReachedLine, line.partnerID, line.name, line.town,
                    line.children.map { book.count($0, ReachText.nounChild) } ?? "–",
                    book[PartnershipText.stateKey(line.state)]),
                width: 78, indent: "    "
            ).map { "  " + $0 }
        }
        out.append("")
        out.append(book.format(ReachText.noExchange, book.count(marginDays, CommandText.nounDay)))
        if noExchange.isEmpty { out.append("  " + book[ReachText.none]) }
        for line in noExchange {
            out += TextWrap.lines(line.text(book), width: 78, indent: "    ").map { "  " + $0 }
        }
        return out.joined(separator: "\n") + "\n"
    }

    /// The report as JSON (`docs/json-output.md`, `depot reach`): keys sorted, every key in every object.
    public func json() throws -> String {
        try JSONOutput.text(ReachJSON(self))
    }

    /// One row per known institution, for a spreadsheet.
    public func table() -> ExportTable {
        ExportTable(
            columns: [
                "season", "partnerID", "partner", "state", "routeID", "town", "children", "reached", "deposits",
                "booksLent", "exchangesMade", "exchangesMissed", "lastSent",
            ],
            rows: partners.map { line in
                [
                    .text(season.description), .text(line.partnerID.rawValue), .text(line.name),
                    .text(line.state.rawValue), line.routeID.map { .text($0.rawValue) } ?? .none, .text(line.town),
                    line.children.map { .number($0) } ?? .none, .text(line.isReached ? "yes" : "no"),
                    .number(line.deposits), .number(line.booksLent), .number(line.exchangesMade),
                    .number(line.exchangesMissed), line.lastSent.map { .day($0) } ?? .none,
                ]
            })
    }
}

/// The JSON shape of a season's reach.
struct ReachJSON: Encodable {
    struct Group: Encodable {
        @NullWhenEmpty var id: String?
        var name: String
        var known: Int
        var reached: Int
        var knownChildren: Int
        var childrenReached: Int
        var booksLent: Int
    }

    struct PartnerLine: Encodable {
        var partnerID: String
        var partner: String
        var state: String
        @NullWhenEmpty var routeID: String?
        var town: String
        @NullWhenEmpty var children: Int?
        var reached: Bool
        var deposits: Int
        var booksLent: Int
        var exchangesMade: Int
        var exchangesMissed: Int
        @NullWhenEmpty var lastSent: String?
    }

    struct NoExchange: Encodable {
        var partnerID: String
        var partner: String
        var reason: String
        var since: String
        var loanPeriod: String
        var daysLate: Int
    }

    struct Summary: Encodable {
        var season: String
        var partnersReached: Int
        var childrenReached: Int
        var booksLent: Int
        @NullWhenEmpty var booksPerChild: Double?
        var exchangesMade: Int
        var exchangesMissed: Int
        var childrenAtEvents: Int
        var knownInstitutions: Int
    }

    var season: String
    var firstDay: String
    var lastDay: String
    var asOf: String
    var marginDays: Int
    var partnersReached: Int
    var childrenReached: Int
    var partnersWithoutChildCount: Int
    var booksLent: Int
    @NullWhenEmpty var booksPerChild: Double?
    var exchangesDue: Int
    var exchangesMade: Int
    var exchangesMissed: Int
    var knownInstitutions: Int
    var knownChildren: Int
    @NullWhenEmpty var institutionShare: Double?
    @NullWhenEmpty var childrenShare: Double?
    var eventsHeld: Int
    var eventsWithoutCount: Int
    var childrenAtEvents: Int
    var byRoute: [Group]
    var byTown: [Group]
    var partners: [PartnerLine]
    var notReached: [String]
    var noExchange: [NoExchange]
    var seasons: [Summary]

    /// A ratio to four decimals, so the JSON does not carry binary noise (0.88 rather than 0.88000000000000012).
    static func rounded(_ value: Double?) -> Double? { value.map { ($0 * 10_000).rounded() / 10_000 } }

    init(_ reach: SeasonReach) {
        func group(_ group: SeasonReach.Group) -> Group {
            Group(
                id: group.id, name: group.name, known: group.known, reached: group.reached,
                knownChildren: group.knownChildren, childrenReached: group.childrenReached, booksLent: group.booksLent)
        }
        season = reach.season.description
        firstDay = reach.season.firstDay.description
        lastDay = reach.season.lastDay.description
        asOf = reach.asOf.description
        marginDays = reach.marginDays
        partnersReached = reach.partnersReached
        childrenReached = reach.childrenReached
        partnersWithoutChildCount = reach.partnersWithoutChildCount
        booksLent = reach.booksLent
        booksPerChild = Self.rounded(reach.booksPerChild)
        exchangesDue = reach.exchangesDue
        exchangesMade = reach.exchangesMade
        exchangesMissed = reach.exchangesMissed
        knownInstitutions = reach.knownInstitutions
        knownChildren = reach.knownChildren
        institutionShare = Self.rounded(reach.institutionShare)
        childrenShare = Self.rounded(reach.childrenShare)
        eventsHeld = reach.eventsHeld
        eventsWithoutCount = reach.eventsWithoutCount
        childrenAtEvents = reach.childrenAtEvents
        byRoute = reach.byRoute.map(group)
        byTown = reach.byTown.map(group)
        partners = reach.partners.map { line in
            PartnerLine(
                partnerID: line.partnerID.rawValue, partner: line.name, state: line.state.rawValue,
                routeID: line.routeID?.rawValue, town: line.town, children: line.children, reached: line.isReached,
                deposits: line.deposits, booksLent: line.booksLent, exchangesMade: line.exchangesMade,
                exchangesMissed: line.exchangesMissed, lastSent: line.lastSent?.description)
        }
        notReached = reach.notReached.map(\.partnerID.rawValue)
        noExchange = reach.noExchange.map { line in
            NoExchange(
                partnerID: line.partnerID.rawValue, partner: line.name, reason: line.reason.rawValue,
                since: line.since.description, loanPeriod: line.loanPeriod.description, daysLate: line.daysLate)
        }
        seasons = reach.seasons.map { summary in
            Summary(
                season: summary.season.description, partnersReached: summary.partnersReached,
                childrenReached: summary.childrenReached, booksLent: summary.booksLent,
                booksPerChild: Self.rounded(summary.booksPerChild), exchangesMade: summary.exchangesMade,
                exchangesMissed: summary.exchangesMissed, childrenAtEvents: summary.childrenAtEvents,
                knownInstitutions: summary.knownInstitutions)
        }
    }
}
