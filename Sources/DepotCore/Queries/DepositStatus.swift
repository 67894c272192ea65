/// Where a deposit stands on a given day. Computed from the dates, never stored: "overdue" changes with the
/// calendar, not with an edit.
public enum DepositStatus: String, CaseIterable, Sendable, Comparable {
    /// Made and packed, not sent yet.
    case packed
    /// At the partner, not due for a while.
    case out
    /// At the partner and due within the library's "due soon" days.
    case dueSoon
    /// Past its due date and not returned.
    case overdue
    /// Back at the library.
    case returned

    public static func < (lhs: DepositStatus, rhs: DepositStatus) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}

extension Deposit {
    /// The status on `today`, with "due soon" meaning due within `dueSoonDays` days.
    public func status(on today: Day, dueSoonDays: Int) -> DepositStatus {
        if returnedOn != nil { return .returned }
        guard dispatchedOn != nil else { return .packed }
        if dueOn < today { return .overdue }
        if today.days(until: dueOn) <= dueSoonDays { return .dueSoon }
        return .out
    }

    /// Whether the deposit is at the partner (sent, not returned).
    public var isOut: Bool { dispatchedOn != nil && returnedOn == nil }

    /// Days past the due date on `today` (0 when not overdue).
    public func daysOverdue(on today: Day) -> Int {
        guard returnedOn == nil, dispatchedOn != nil else { return 0 }
        return max(0, dueOn.days(until: today))
    }
}
