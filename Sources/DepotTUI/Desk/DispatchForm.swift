import DepotCore

/// Sending crates to a partner, and the exchange visit that brings the old ones home and leaves new ones.
enum DispatchForm {
    /// `exchange` returns the partner's crates that are out (every item back) before sending the new ones.
    static func make(for partner: Partner, exchange: Bool, _ context: AppContext) -> FormState {
        let strings = context.strings
        let today = context.today
        // The partner's next visit in the published plan, when there is one: the van picks the crates up then.
        let proposed =
            PlanVisits.nextVisit(of: partner.id, after: today, in: context.data)
            ?? DueDates.propose(for: partner, dispatchedOn: today, settings: context.data.settings)
        let open = context.data.openDeposits(of: partner.id, in: context.index).filter { $0.dispatchedOn != nil }
        let home = context.data.crates.filter { $0.state == .home && partner.ageGroups.contains($0.ageBand) }
        let suggestion = home.first.map { $0.id.rawValue } ?? ""
        var fields = [
            FormField(strings[.fieldCrates], suggestion) { text in
                text.split(separator: " ").isEmpty && !exchange ? strings[.fieldRequired] : nil
            },
            FormField(strings[.fieldDueOn], proposed.description) { text in
                DayInput.parse(text, today: today).isSuccess ? nil : strings[.fieldDate]
            },
            FormField(strings[.fieldNotes], ""),
        ]
        if exchange {
            let out = open.flatMap(\.crateIDs).map(\.rawValue).joined(separator: " ")
            fields.insert(FormField(strings[.fieldCratesHome], out, kind: .choice([out])), at: 0)
        }
        let title = strings.format(exchange ? .formExchange : .formDispatch, partner.name)
        return FormState(title: title, fields: fields) { values in
            let offset = exchange ? 1 : 0
            let crates = values[offset].uppercased().split(separator: " ").map { Crate.ID(String($0)) }
            guard let due = try? DayInput.parse(values[offset + 1], today: today).get() else {
                return .failure(.init(field: offset + 1, message: strings[.fieldDate]))
            }
            let notes = values[offset + 2].nilIfEmpty
            let summary = strings.format(exchange ? .exchanged : .dispatched, partner.name)
            let result = DeskCommands.change(summary, reveal: .partner(partner.id), context) { data throws(DeskError) in
                if exchange {
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
                return try Desk.dispatch(crates: crates, to: partner.id, on: today, dueOn: due, notes: notes, in: &data)
            }
            switch result {
            case .success(let change): return .success(change)
            case .failure(let error):
                return .failure(.init(field: offset, message: error.localizedDescription(strings.language)))
            }
        }
    }
}
