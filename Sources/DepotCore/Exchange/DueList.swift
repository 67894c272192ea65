/// A deposit at a partner with its due date: a line of the overdue list or the due list.
public struct DueDeposit: Hashable, Sendable {
    public var deposit: Deposit
    public var partnerName: String
    public var routeName: String?
    /// The books kept back at the partner when the crates of a partly returned deposit came home; empty for a
    /// deposit whose crates are out.
    public var keptBack: [Item.ID] = []
    /// Days past the due date (overdue list) or days until it (due list; 0 when due today).
    public var days: Int
}

extension DueDeposit {
    /// "K007", or "2 books kept back" when the crates are home and books are not.
    public var crateText: String { crateText(in: .english) }

    /// The crates, or the books kept back: "1 bog holdt tilbage" / "2 books kept back".
    public func crateText(in language: Language) -> String {
        guard !keptBack.isEmpty else { return deposit.crateIDs.map(\.rawValue).joined(separator: " ") }
        let book = TextBook(language)
        return book.format(CommandText.keptBackBooks, book.count(keptBack.count, CommandText.nounBook))
    }
}

/// Deposits at partners by due date: the overdue ones, and the ones due within a period.
public enum DueList {
    /// Deposits out and past their due date on `today`, most overdue first.
    public static func overdue(data: LibraryData, today: Day) -> [DueDeposit] {
        lines(data: data) { deposit in
            deposit.dueOn < today ? deposit.dueOn.days(until: today) : nil
        }.sorted { $0.days != $1.days ? $0.days > $1.days : inPartnerOrder($0, $1) }
    }

    /// Deposits out and due from `today` up to and including `within` after it, earliest first. Overdue deposits
    /// are not on this list: `overdue` has them.
    public static func due(data: LibraryData, today: Day, within: CalendarPeriod) -> [DueDeposit] {
        let last = within.after(today)
        return lines(data: data) { deposit in
            deposit.dueOn >= today && deposit.dueOn <= last ? today.days(until: deposit.dueOn) : nil
        }.sorted { $0.deposit.dueOn != $1.deposit.dueOn ? $0.deposit.dueOn < $1.deposit.dueOn : inPartnerOrder($0, $1) }
    }

    private static func inPartnerOrder(_ lhs: DueDeposit, _ rhs: DueDeposit) -> Bool {
        (DanishSortKey(lhs.partnerName), lhs.deposit.id) < (DanishSortKey(rhs.partnerName), rhs.deposit.id)
    }

    /// A line for every deposit the partner still has something of (`Deposit.isOpen`: its crates, or books kept
    /// back) and for which `days` gives a number.
    private static func lines(data: LibraryData, days: (Deposit) -> Int?) -> [DueDeposit] {
        let index = LibraryIndex(data)
        let routes = Dictionary(data.settings.routes.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
        return data.deposits.compactMap { deposit in
            guard deposit.isOpen, let count = days(deposit) else { return nil }
            let partner = data.partner(deposit.partnerID, in: index)
            return DueDeposit(
                deposit: deposit, partnerName: partner?.name ?? deposit.partnerID.rawValue,
                routeName: partner?.routeID.map { routes[$0] ?? $0.rawValue },
                keptBack: deposit.isOut ? [] : deposit.barcodes(in: .atPartner), days: count)
        }
    }
}
