/// What a deposit would cost its partner on a given day, and whether that is charged or waived.
///
/// - Overdue days are the days past the due date until the deposit came home (`returnedOn`), or until `today` while
///   it is out. Weekends, holidays and closures count like any other day.
/// - The fine is `overdueDays × finePerOverdueDay`, never more than `fineCap`.
/// - The replacement is the price of every item recorded lost on the deposit and not found since.
/// - An `exempt` partner (kindergartens, childminders) pays nothing: fine and replacement are recorded as
///   `waived`, so the library can report the value it gave up. A `charged` partner owes them: `charged`.
///
/// All amounts are exact `Money`.
public struct FineAssessment: Hashable, Sendable {
    public var depositID: Deposit.ID
    public var mode: FinePolicy.Mode
    public var overdueDays: Int
    public var fine: Money
    /// The items recorded lost and not found since, whose prices make up `replacement`.
    public var lostItems: [Item.ID]
    public var replacement: Money
    /// Fine and replacement together when the partner is exempt, else zero.
    public var waived: Money
    /// Fine and replacement together when the partner is charged, else zero.
    public var charged: Money

    /// Fine and replacement together, whoever pays.
    public var total: Money { fine + replacement }

    /// Assesses `deposit` under `policy` on `today`; `price` gives an item's replacement value (nil for an item
    /// not in the catalogue, which then counts as zero).
    public init(deposit: Deposit, policy: FinePolicy, today: Day, price: (Item.ID) -> Money?) {
        depositID = deposit.id
        mode = policy.mode
        overdueDays = FineAssessment.overdueDays(of: deposit, today: today)
        let uncapped = policy.finePerOverdueDay * overdueDays
        fine = min(uncapped, max(policy.fineCap, .zero))
        lostItems = deposit.barcodes(in: .lost)
        replacement = lostItems.reduce(.zero) { $0 + (price($1) ?? .zero) }
        switch policy.mode {
        case .exempt:
            waived = fine + replacement
            charged = .zero
        case .charged:
            waived = .zero
            charged = fine + replacement
        }
    }

    /// Assesses `deposit` in `data` on `today`, with the fine policy of its partner
    /// (`LibrarySettings.finePolicy(for:)`; the library's default if the partner is missing). Records are found
    /// through `index` when given, else by binary search in the sorted collections.
    public static func assess(
        _ deposit: Deposit, in data: LibraryData, index: LibraryIndex? = nil, today: Day
    ) -> FineAssessment {
        let policy =
            Desk.partner(deposit.partnerID, in: data, index: index).map { data.settings.finePolicy(for: $0) }
            ?? data.settings.defaultFinePolicy
        return FineAssessment(deposit: deposit, policy: policy, today: today) {
            Desk.item($0, in: data, index: index)?.price
        }
    }

    /// Days past the due date: until `returnedOn` (or `today`, if earlier) for a returned deposit, until `today`
    /// for one still out, and zero for one not sent.
    public static func overdueDays(of deposit: Deposit, today: Day) -> Int {
        guard deposit.dispatchedOn != nil else { return 0 }
        let end = deposit.returnedOn.map { min($0, today) } ?? today
        return max(0, deposit.dueOn.days(until: end))
    }
}
