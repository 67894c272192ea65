/// Whom the deposits and events of a season reached, and whom they did not: computed from the deposits and events,
/// never typed in (issue 20).
///
/// The rules, which `docs/json-output.md` repeats for other tools:
/// - The count runs to `asOf`: today, or the season's last day when the season is over.
/// - A partner is **reached** when a crate was at it during the season: a deposit sent on or before the season's last
///   day (and `asOf`) and not back before its first day. A deposit over the season boundary counts in both seasons.
/// - **Children reached** are the reached partners' `childCount`s (a partner without one adds none and is counted in
///   `partnersWithoutChildCount`).
/// - **Books lent** are the items of the deposits sent that belong to the season (by the day they were made, as in
///   `depot ledger`), so the figure is the ledger's. **Books per child** are the books lent to reached partners with
///   a child count, divided by their children.
/// - An **exchange is due** for every deposit sent whose due date is in the season, on or before `asOf`. It was
///   **made** when the deposit was home by its due date plus the margin, and **missed** when it came home later or
///   is still out after that (judged on today, so a season's last exchanges are settled after it ends); one still
///   out within the margin is neither yet.
/// - The **known institutions** are every partner record (prospects too) except those whose partnership ended before
///   the season began, plus any partner reached all the same.
/// - **Not reached**: known institutions with no crate during the season. **No exchange**: active partners whose
///   crates out are past their due date by more than the margin, or which have had no crate for longer than their
///   loan period plus the margin since the last came home (a summer break shorter than that is not counted), as of
///   `asOf`.
/// - **Children at events**: the children counted at the events held in the season (meetings apart).
public struct SeasonReach: Hashable, Sendable {
    /// A group of institutions (a route, a town) and what reached it.
    public struct Group: Hashable, Sendable {
        public var id: String?
        public var name: String
        public var known: Int
        public var reached: Int
        public var knownChildren: Int
        public var childrenReached: Int
        public var booksLent: Int
    }

    /// One known institution in the season.
    public struct PartnerLine: Hashable, Sendable {
        public var partnerID: Partner.ID
        public var name: String
        public var state: PartnershipState
        public var routeID: Route.ID?
        public var town: String
        public var children: Int?
        public var isReached: Bool
        /// Deposits at the partner during the season.
        public var deposits: Int
        public var booksLent: Int
        public var exchangesMade: Int
        public var exchangesMissed: Int
        /// The last deposit sent to the partner on or before `asOf`, in any season.
        public var lastSent: Day?
    }

    /// An active partner left without an exchange for longer than the margin allows, as of `asOf`: its crates out are
    /// past their due date by more than the margin, or it has had no crate for longer than its loan period plus the
    /// margin since its last deposit came home.
    public struct NoExchange: Hashable, Sendable {
        public enum Reason: String, Hashable, Sendable {
            /// Crates out past their due date: `since` is the due date.
            case notCollected
            /// No crate at the partner: `since` is the day the last one came home.
            case noCrate
        }

        public var partnerID: Partner.ID
        public var name: String
        public var reason: Reason
        public var since: Day
        public var loanPeriod: CalendarPeriod
        /// On `asOf`: days past the due date (not collected), or past the loan period plus margin (no crate).
        public var daysLate: Int
    }

    /// A season's headline figures, for the comparison with earlier seasons.
    public struct Summary: Hashable, Sendable {
        public var season: Season
        public var partnersReached: Int
        public var childrenReached: Int
        public var booksLent: Int
        public var booksPerChild: Double?
        public var exchangesMade: Int
        public var exchangesMissed: Int
        public var childrenAtEvents: Int
        public var knownInstitutions: Int
    }

    public var season: Season
    public var asOf: Day
    public var marginDays: Int
    public var partnersReached: Int
    public var childrenReached: Int
    public var partnersWithoutChildCount: Int
    public var booksLent: Int
    public var booksPerChild: Double?
    public var exchangesDue: Int
    public var exchangesMade: Int
    public var exchangesMissed: Int
    public var knownInstitutions: Int
    public var knownChildren: Int
    public var eventsHeld: Int
    public var eventsWithoutCount: Int
    public var childrenAtEvents: Int
    public var byRoute: [Group]
    public var byTown: [Group]
    /// Every known institution, reached or not, in identifier order.
    public var partners: [PartnerLine]
    public var noExchange: [NoExchange]
    /// This season and the earlier ones that have deposits or events (up to `earlierSeasons`), oldest first.
    public var seasons: [Summary]

    /// The known institutions with no crate during the season.
    public var notReached: [PartnerLine] { partners.filter { !$0.isReached } }

    /// Reached partners as a share of the known institutions (0–1); nil when none is known.
    public var institutionShare: Double? {
        knownInstitutions == 0 ? nil : Double(partnersReached) / Double(knownInstitutions)
    }

    /// Children reached as a share of the known institutions' children; nil when no child is known.
    public var childrenShare: Double? { knownChildren == 0 ? nil : Double(childrenReached) / Double(knownChildren) }

    public var summary: Summary {
        Summary(
            season: season, partnersReached: partnersReached, childrenReached: childrenReached, booksLent: booksLent,
            booksPerChild: booksPerChild, exchangesMade: exchangesMade, exchangesMissed: exchangesMissed,
            childrenAtEvents: childrenAtEvents, knownInstitutions: knownInstitutions)
    }

    /// The reach of `season` as of `today`, with up to `earlierSeasons` earlier seasons to compare.
    public static func build(
        _ data: LibraryData, season: Season, today: Day, marginDays: Int = 14, earlierSeasons: Int = 4
    ) -> SeasonReach {
        var reach = figures(data, season: season, today: today, marginDays: marginDays)
        let first = data.deposits.map { data.season(of: $0) }.min()
        var earlier: [Summary] = []
        var previous = season.previous
        while earlier.count < earlierSeasons, let first, previous >= first {
            earlier.append(figures(data, season: previous, today: today, marginDays: marginDays).summary)
            previous = previous.previous
        }
        reach.seasons = earlier.reversed() + [reach.summary]
        return reach
    }

    /// Whether `deposit` was at its partner during `range`, up to `asOf`.
    static func wasOut(_ deposit: Deposit, during range: DayRange, asOf: Day) -> Bool {
        guard let sent = deposit.dispatchedOn, sent <= range.last, sent <= asOf else { return false }
        return (deposit.returnedOn ?? .maximum) >= range.first
    }

    private static func figures(_ data: LibraryData, season: Season, today: Day, marginDays: Int) -> SeasonReach {
        let range = season.range
        let asOf = min(today, range.last)
        var deposits: [Partner.ID: Int] = [:]
        var books: [Partner.ID: Int] = [:]
        var made: [Partner.ID: Int] = [:]
        var missed: [Partner.ID: Int] = [:]
        var lastSent: [Partner.ID: Day] = [:]
        for deposit in data.deposits {
            let partner = deposit.partnerID
            if let sent = deposit.dispatchedOn, sent <= asOf, lastSent[partner].map({ sent > $0 }) ?? true {
                lastSent[partner] = sent
            }
            if wasOut(deposit, during: range, asOf: asOf) { deposits[partner, default: 0] += 1 }
            if deposit.dispatchedOn != nil, data.season(of: deposit) == season {
                books[partner, default: 0] += deposit.itemBarcodes.count
            }
            if deposit.dispatchedOn != nil, range.contains(deposit.dueOn), deposit.dueOn <= asOf {
                let limit = deposit.dueOn.adding(days: marginDays)
                if let back = deposit.returnedOn, back <= today {
                    if back <= limit { made[partner, default: 0] += 1 } else { missed[partner, default: 0] += 1 }
                } else if limit < today {
                    missed[partner, default: 0] += 1
                }
                // Still out and within the margin: not yet made nor missed.
            }
        }
        let known = data.partners.filter { partner in
            deposits[partner.id] != nil || (partner.endedOn.map { $0 >= range.first } ?? true)
        }.sorted { $0.id < $1.id }
        let lines = known.map { partner in
            PartnerLine(
                partnerID: partner.id, name: partner.name, state: partner.partnershipState, routeID: partner.routeID,
                town: partner.address.city, children: partner.childCount, isReached: deposits[partner.id] != nil,
                deposits: deposits[partner.id] ?? 0, booksLent: books[partner.id] ?? 0,
                exchangesMade: made[partner.id] ?? 0, exchangesMissed: missed[partner.id] ?? 0,
                lastSent: lastSent[partner.id])
        }
        let reached = lines.filter(\.isReached)
        let childrenReached = reached.reduce(0) { $0 + ($1.children ?? 0) }
        let booksToCounted = reached.filter { $0.children != nil }.reduce(0) { $0 + $1.booksLent }
        // Books lent to partners no longer known (ended before the season, yet with a deposit of it) still count.
        let booksLent = books.values.reduce(0, +)

        func group(_ lines: [PartnerLine], id: String?, name: String) -> Group {
            let reached = lines.filter(\.isReached)
            return Group(
                id: id, name: name, known: lines.count, reached: reached.count,
                knownChildren: lines.reduce(0) { $0 + ($1.children ?? 0) },
                childrenReached: reached.reduce(0) { $0 + ($1.children ?? 0) },
                booksLent: lines.reduce(0) { $0 + $1.booksLent })
        }
        var byRoute = data.settings.routes.compactMap { route -> Group? in
            let members = lines.filter { $0.routeID == route.id }
            return members.isEmpty ? nil : group(members, id: route.id.rawValue, name: route.name)
        }
        let routeIDs = Set(data.settings.routes.map(\.id))
        let routeless = lines.filter { $0.routeID.map { !routeIDs.contains($0) } ?? true }
        if !routeless.isEmpty { byRoute.append(group(routeless, id: nil, name: "")) }
        let towns = Dictionary(grouping: lines, by: \.town)
        let byTown = towns.keys.sorted { DanishSortKey($0) < DanishSortKey($1) }.map {
            group(towns[$0] ?? [], id: nil, name: $0)
        }

        var noExchange: [NoExchange] = []
        for partner in known where partner.takesDeposits && (partner.endedOn.map { $0 > asOf } ?? true) {
            let loan = data.settings.loanPeriod(for: partner)
            let sent = data.deposits.filter {
                $0.partnerID == partner.id && ($0.dispatchedOn.map { $0 <= asOf } ?? false)
            }
            guard !sent.isEmpty else { continue }
            let out = sent.filter { $0.returnedOn.map { $0 > asOf } ?? true }
            if let due = out.map(\.dueOn).min() {
                let limit = due.adding(days: marginDays)
                if limit < asOf {
                    noExchange.append(
                        NoExchange(
                            partnerID: partner.id, name: partner.name, reason: .notCollected, since: due,
                            loanPeriod: loan, daysLate: asOf.ordinal - due.ordinal))
                }
            } else if let home = sent.compactMap(\.returnedOn).max() {
                let limit = loan.after(home).adding(days: marginDays)
                if limit < asOf {
                    noExchange.append(
                        NoExchange(
                            partnerID: partner.id, name: partner.name, reason: .noCrate, since: home, loanPeriod: loan,
                            daysLate: asOf.ordinal - limit.ordinal))
                }
            }
        }

        let events = data.events.filter {
            $0.kind != .meeting && range.contains($0.startsOn) && ($0.endsOn ?? $0.startsOn) <= today
        }
        return SeasonReach(
            season: season, asOf: asOf, marginDays: marginDays, partnersReached: reached.count,
            childrenReached: childrenReached, partnersWithoutChildCount: reached.filter { $0.children == nil }.count,
            booksLent: booksLent,
            booksPerChild: childrenReached == 0 ? nil : Double(booksToCounted) / Double(childrenReached),
            exchangesDue: made.values.reduce(0, +) + missed.values.reduce(0, +),
            exchangesMade: made.values.reduce(0, +), exchangesMissed: missed.values.reduce(0, +),
            knownInstitutions: lines.count, knownChildren: lines.reduce(0) { $0 + ($1.children ?? 0) },
            eventsHeld: events.count, eventsWithoutCount: events.filter { $0.actual == nil }.count,
            childrenAtEvents: events.reduce(0) { $0 + ($1.actual?.children ?? 0) }, byRoute: byRoute, byTown: byTown,
            partners: lines, noExchange: noExchange, seasons: [])
    }
}
