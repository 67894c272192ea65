/// One line of the season ledger: what one partner borrowed and what became of it, or the totals of all lines.
///
/// Every item lent is counted once as returned, lost or still at the partner, so
/// `itemsLent == returned + lost + stillAtPartner`; `damaged` counts returned items that came back damaged.
public struct LedgerRow: Hashable, Sendable {
    /// The partner, or nil on the totals row.
    public var partnerID: Partner.ID?
    /// The partner's name; empty on the totals row (the caller writes "I alt" or "Total").
    public var partnerName: String
    /// Deposits sent to the partner that belong to the season.
    public var deposits: Int
    public var itemsLent: Int
    /// Back at the library, including items written off and found again.
    public var returned: Int
    /// Written off and not found since.
    public var lost: Int
    /// Returned damaged.
    public var damaged: Int
    /// At the partner on `today`: on deposits not returned yet, or kept back when a deposit came home.
    public var stillAtPartner: Int
    /// Fines and replacement values an exempt partner did not have to pay.
    public var waived: Money
    /// Fines and replacement values a charged partner owes.
    public var charged: Money

    public init(
        partnerID: Partner.ID?, partnerName: String, deposits: Int = 0, itemsLent: Int = 0, returned: Int = 0,
        lost: Int = 0, damaged: Int = 0, stillAtPartner: Int = 0, waived: Money = .zero, charged: Money = .zero
    ) {
        self.partnerID = partnerID
        self.partnerName = partnerName
        self.deposits = deposits
        self.itemsLent = itemsLent
        self.returned = returned
        self.lost = lost
        self.damaged = damaged
        self.stillAtPartner = stillAtPartner
        self.waived = waived
        self.charged = charged
    }

    /// Whether this is the totals row.
    public var isTotal: Bool { partnerID == nil }

    mutating func add(_ other: LedgerRow) {
        deposits += other.deposits
        itemsLent += other.itemsLent
        returned += other.returned
        lost += other.lost
        damaged += other.damaged
        stillAtPartner += other.stillAtPartner
        waived += other.waived
        charged += other.charged
    }
}

/// The season ledger: per partner, the items lent in a season and what became of them, with the money waived for
/// exempt partners and charged to the others.
public enum Ledger {
    /// The ledger of `season` as of `today`: one row per partner that was sent a deposit belonging to the season
    /// (by `LibraryData.season(of:)`, that is by the day the deposit was made), sorted by partner name in Danish
    /// alphabetical order (`DanishSortKey`), then the
    /// totals row. With `partner`, only that partner's row and the totals (equal to it). Deposits packed but not
    /// sent lend nothing and are left out. Money is assessed with `FineAssessment` on `today`.
    public static func build(
        data: LibraryData, season: Season, partner: Partner.ID? = nil, today: Day
    ) -> [LedgerRow] {
        let index = LibraryIndex(data)
        var rows: [Partner.ID: LedgerRow] = [:]
        for deposit in data.deposits where deposit.dispatchedOn != nil && data.season(of: deposit) == season {
            if let partner, deposit.partnerID != partner { continue }
            let found = data.partner(deposit.partnerID, in: index)
            var row =
                rows[deposit.partnerID]
                ?? LedgerRow(partnerID: deposit.partnerID, partnerName: found?.name ?? deposit.partnerID.rawValue)
            row.add(contribution(of: deposit, in: data, index: index, today: today))
            rows[deposit.partnerID] = row
        }
        var sorted = rows.values.map { (key: DanishSortKey($0.partnerName), row: $0) }
            .sorted { ($0.key, $0.row.partnerID!) < ($1.key, $1.row.partnerID!) }
            .map(\.row)
        var total = LedgerRow(partnerID: nil, partnerName: "")
        for row in sorted { total.add(row) }
        sorted.append(total)
        return sorted
    }

    /// What one deposit adds to its partner's row.
    static func contribution(of deposit: Deposit, in data: LibraryData, index: LibraryIndex, today: Day) -> LedgerRow {
        var row = LedgerRow(partnerID: deposit.partnerID, partnerName: "", deposits: 1)
        for (_, state) in deposit.itemStates {
            row.itemsLent += 1
            switch state {
            case .returned: row.returned += 1
            case .lost: row.lost += 1
            case .atPartner, .notSent: row.stillAtPartner += 1
            }
        }
        row.damaged = deposit.damagedBarcodes.count
        let assessment = FineAssessment.assess(deposit, in: data, index: index, today: today)
        row.waived = assessment.waived
        row.charged = assessment.charged
        return row
    }
}
