extension Desk {
    /// Renews a deposit that is out: the due date moves one loan period on from the current due date (to a delivery
    /// day, as `DueDates.renewed` proposes), or to `day` when given, and `renewals` counts one more.
    ///
    /// Refused after `LibrarySettings.renewalLimit` renewals, for a deposit not sent or already home, and when the
    /// new due date is not after the current one. Touches the deposit's season file.
    @discardableResult
    public static func renew(deposit: Deposit.ID, to day: Day? = nil, in data: inout LibraryData) throws(DeskError)
        -> DeskChange
    {
        let position = try depositPosition(deposit, in: data)
        let record = data.deposits[position]
        guard record.dispatchedOn != nil else { throw .depositNotSent(deposit) }
        if let returned = record.returnedOn { throw .depositReturned(deposit, on: returned) }
        let limit = data.settings.renewalLimit
        guard record.renewals < limit else { throw .renewalLimitReached(deposit, limit: limit) }
        let newDue: Day
        if let day {
            newDue = day
        } else {
            let partner = data.partners[try partnerPosition(record.partnerID, in: data)]
            newDue = DueDates.renewed(record, for: partner, settings: data.settings)
        }
        guard newDue > record.dueOn else { throw .dueDateNotLater(deposit, current: record.dueOn) }
        data.deposits[position].dueOn = newDue
        data.deposits[position].renewals += 1
        var change = DeskChange()
        change.changed(data.deposits[position], in: data)
        return change
    }

    /// Whether `deposit` may be renewed once more under the library's limit.
    public static func canRenew(_ deposit: Deposit, settings: LibrarySettings) -> Bool {
        deposit.dispatchedOn != nil && deposit.returnedOn == nil && deposit.renewals < settings.renewalLimit
    }
}
