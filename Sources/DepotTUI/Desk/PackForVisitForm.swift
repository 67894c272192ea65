import DepotCore

/// Packing crates for a partner's van visit (`v` on the Week tab, the Overview, the Partners and Crates tabs): the
/// crates (proposed: those that fit the partner, `CrateChoice`), the visit (the given one, else the partner's next)
/// and whether it is a special delivery off the route. Saving makes a packed deposit for that visit
/// (`Desk.packForPartner`); the visit then shows the crates to leave, and the van leaving sends them.
enum PackForVisitForm {
    /// `partner` nil (from a crate): the form asks for the partner first. `crates` nil: proposed.
    static func make(for partner: Partner?, visit: Day?, crates: [Crate.ID]? = nil, _ context: AppContext) -> FormState
    {
        let strings = context.strings
        let today = context.today
        let data = context.data
        let choices = [strings[DeskText.no], strings[DeskText.yes]]
        let proposedCrates =
            crates ?? partner.map { CrateChoice.proposed(for: $0, data: data, today: today, includingPacked: false) }
            ?? []
        let proposedVisit = visit ?? partner.map { DepositVisits.nextVisit(of: $0, from: today, data: data) }
        var fields: [FormField] = []
        if partner == nil {
            fields.append(
                FormField(strings[DeskText.fieldPartner], "") { text in
                    text.isEmpty ? strings[DeskText.noPartner] : nil
                })
        }
        fields += [
            FormField(strings[DeskText.fieldCratesToPack], proposedCrates.map(\.rawValue).joined(separator: " ")) {
                text in Desk.crateList(text).isEmpty ? strings[.fieldRequired] : nil
            },
            FormField(strings[DeskText.fieldVisit], proposedVisit?.description ?? "") { text in
                DayInput.parse(text, today: today).isSuccess ? nil : strings[.fieldDate]
            },
            FormField(
                strings[DeskText.fieldSpecial], choices[0], kind: .choice(choices), hint: strings[DeskText.specialHint]
            ),
        ]
        let title = strings.format(DeskText.formPackForVisit, partner?.name ?? "…")
        let offset = partner == nil ? 1 : 0
        return FormState(title: title, fields: fields) { values in
            let found: Partner
            if let partner {
                found = partner
            } else {
                switch PartnerLookup.find(values[0], in: data.partners) {
                case .success(let partner): found = partner
                case .failure(let problem):
                    return .failure(.init(field: 0, message: problem.text(in: strings.language)))
                }
            }
            let crates = Desk.crateList(values[offset])
            guard let day = try? DayInput.parse(values[offset + 1], today: today).get() else {
                return .failure(.init(field: offset + 1, message: strings[.fieldDate]))
            }
            let special = values[offset + 2] == choices[1]
            let summary = strings.format(
                DeskText.packedForVisit, crates.map(\.rawValue).joined(separator: " "), found.name,
                "\(strings.days.weekdayName(day.weekday)) \(strings.days.long(day))")
            let result = DeskCommands.change(summary, context) { data throws(DeskError) in
                try Desk.packForPartner(
                    crates: crates, partner: found.id, on: today, visit: day, specialDelivery: special, in: &data)
            }
            switch result {
            case .success(let change): return .success(change)
            case .failure(let error):
                let text = error.localizedDescription(strings.language)
                switch error {
                case .notAVisitDay:
                    return .failure(.init(field: offset + 1, message: strings.format(DeskText.notAVisitDayHint, text)))
                case .visitInThePast:
                    return .failure(.init(field: offset + 1, message: text))
                case .partnerEnded, .partnerNotActive, .unknownPartner:
                    return .failure(.init(field: 0, message: text))
                default:
                    return .failure(.init(field: offset, message: text))
                }
            }
        }
    }
}
