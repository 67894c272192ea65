import DepotCore

/// Sending crates to a partner, and the exchange visit that brings the old ones home and leaves new ones.
///
/// The crates proposed are those packed for the partner, else those that fit it (`CrateChoice`); never a crate
/// packed for someone else. The due date proposed is `DueDates.propose(for:dispatchedOn:data:)`. An exchange scans
/// the old crates home in the same flow by default: saving sends the new crates and opens the scan-in of the
/// deposit out; "count home unscanned" brings every item home without scans (`Desk.exchange`).
enum DispatchForm {
    /// `exchange` returns the partner's crates that are out before sending the new ones; `special` says the form
    /// was opened, after a question, on a day the van does not come to the partner.
    static func make(for partner: Partner, exchange: Bool, special: Bool = false, _ context: AppContext)
        -> FormState
    {
        let strings = context.strings
        let today = context.today
        let proposed = DueDates.propose(for: partner, dispatchedOn: today, data: context.data)
        let open = context.data.openDeposits(of: partner.id, in: context.index).filter(\.isOut)
        let suggestion = CrateChoice.proposed(for: partner, data: context.data, today: today)
            .map(\.rawValue).joined(separator: " ")
        let homeChoices = [strings[DeskText.homeScan], strings[DeskText.homeUnscanned]]
        var fields = [
            FormField(strings[.fieldCrates], suggestion) { text in
                Desk.crateList(text).isEmpty && !exchange ? strings[.fieldRequired] : nil
            },
            FormField(strings[.fieldDueOn], proposed.description) { text in
                DayInput.parse(text, today: today).isSuccess ? nil : strings[.fieldDate]
            },
            FormField(strings[.fieldNotes], ""),
        ]
        if exchange {
            let out = open.flatMap(\.crateIDs).map(\.rawValue).joined(separator: " ")
            fields.insert(FormField(strings[.fieldCratesHome], out, kind: .choice([out])), at: 0)
            fields.insert(FormField(strings[DeskText.fieldHomeHow], homeChoices[0], kind: .choice(homeChoices)), at: 1)
        }
        var title = strings.format(exchange ? .formExchange : .formDispatch, partner.name)
        if special { title = strings.format(DeskText.specialTitle, title) }
        let openIDs = open.map(\.id)
        return FormState(title: title, fields: fields) { values in
            let offset = exchange ? 2 : 0
            let crates = Desk.crateList(values[offset])
            guard let due = try? DayInput.parse(values[offset + 1], today: today).get() else {
                return .failure(.init(field: offset + 1, message: strings[.fieldDate]))
            }
            let notes = values[offset + 2].nilIfEmpty
            let scanHome = exchange && values[1] == homeChoices[0]
            let crateText = crates.map(\.rawValue).joined(separator: " ")
            if scanHome, crates.isEmpty {
                return .success(.next { context in scanIn(openIDs, context) })
            }
            var summary = strings.format(exchange ? .exchanged : .dispatched, partner.name)
            if scanHome {
                let home = open.first.map { $0.crateIDs.map(\.rawValue).joined(separator: " ") } ?? ""
                summary = strings.format(DeskText.scanOldNext, crateText, home)
                if open.count > 1 {
                    let rest = open.dropFirst().map(\.id.rawValue).joined(separator: " ")
                    summary += " " + strings.format(DeskText.scanOthersToo, rest)
                }
            }
            let result = DeskCommands.change(
                summary, reveal: scanHome ? nil : .partner(partner.id), context
            ) { data throws(DeskError) in
                if exchange, !scanHome {
                    var change = try Desk.exchange(
                        partner: partner.id, newCrates: crates, on: today, dueOn: due, in: &data)
                    if let notes, let id = change.deposits.last,
                        let index = data.deposits.firstIndex(where: { $0.id == id })
                    {
                        data.deposits[index].notes = notes
                        change.merge(DeskChange(touched: [.deposits(data.season(of: data.deposits[index]))]))
                    }
                    return change
                }
                return try Desk.send(crates: crates, to: partner.id, on: today, dueOn: due, notes: notes, in: &data)
            }
            switch result {
            case .success(var change):
                if scanHome { change.then = { context in scanIn(openIDs, context) } }
                return .success(change)
            case .failure(let error):
                let field: Int
                switch error {
                case .dueBeforeDispatch: field = offset + 1
                default: field = offset
                }
                return .failure(.init(field: field, message: error.localizedDescription(strings.language)))
            }
        }
    }

    /// The scan-in of the first of the deposits that were out (the summary named the others to scan afterwards).
    private static func scanIn(_ deposits: [Deposit.ID], _ context: AppContext) -> ScreenCommand {
        let open = deposits.compactMap { id in context.data.deposits.first { $0.id == id } }.filter(\.isOut)
        guard let first = open.first else { return .handled }
        return DeskActions.receive(first, context)
    }
}
