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
    /// Back at the library, every book of it (a deposit with books kept back at the partner is not: it is out,
    /// due soon or overdue by its due date, until they are home or written off).
    case returned

    public static func < (lhs: DepositStatus, rhs: DepositStatus) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}

extension Deposit {
    /// The status on `today`, with "due soon" meaning due within `dueSoonDays` days.
    public func status(on today: Day, dueSoonDays: Int) -> DepositStatus {
        if returnedOn != nil && !isPartlyReturned { return .returned }
        guard dispatchedOn != nil else { return .packed }
        if dueOn < today { return .overdue }
        if today.days(until: dueOn) <= dueSoonDays { return .dueSoon }
        return .out
    }

    /// Whether the deposit is at the partner (sent, not returned).
    public var isOut: Bool { dispatchedOn != nil && returnedOn == nil }

    /// Whether the partner still has something of it: the crates (out), or books kept back (partly returned).
    public var isOpen: Bool { isOut || isPartlyReturned }

    /// Days past the due date on `today` (0 when not overdue).
    public func daysOverdue(on today: Day) -> Int {
        guard isOpen else { return 0 }
        return max(0, dueOn.days(until: today))
    }
}
