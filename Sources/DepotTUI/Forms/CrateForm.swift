import DepotCore

/// The form for a new crate or for correcting one. A crate's number is painted on it, so it is given once and
/// never edited; its state may only be set by hand between home and in repair (packing and sending set the rest).
enum CrateForm {
    private enum Field {
        case number, theme, ageBand, state, notes
    }

    static func new(_ context: AppContext) -> FormState {
        form(for: Crate(id: nextID(context.data), theme: "", ageBand: .preschool), isNew: true, context)
    }

    static func edit(_ crate: Crate, _ context: AppContext) -> FormState {
        form(for: crate, isNew: false, context)
    }

    /// K001, K002...: one more than the highest number in use.
    static func nextID(_ data: LibraryData) -> Crate.ID {
        let number = String(
            NextNumber.after(data.crates.compactMap { Int($0.id.rawValue.drop(while: { !$0.isNumber })) }))
        return Crate.ID("K" + String(repeating: "0", count: max(0, 3 - number.count)) + number)
    }

    /// The states a person may choose for `crate`: none while it is packed or out.
    static func choosableStates(for crate: Crate) -> [Crate.State] {
        crate.state == .home || crate.state == .inRepair ? [.home, .inRepair] : []
    }

    private static func form(for crate: Crate, isNew: Bool, _ context: AppContext) -> FormState {
        let strings = context.strings
        let bands = AgeBand.allCases.map(strings.label)
        let states = isNew ? [] : choosableStates(for: crate)
        let stateLabels = states.map(strings.label)
        let taken = Set(context.data.crates.map { $0.id.rawValue.uppercased() })
        let required: (String) -> String? = { $0.isEmpty ? strings[.fieldRequired] : nil }
        let checkNumber: (String) -> String? = { text in
            if text.isEmpty { return strings[.fieldRequired] }
            if text.contains(" ") { return strings[.fieldNoSpaces] }
            return taken.contains(text.uppercased()) ? strings.format(.fieldUnique, text.uppercased()) : nil
        }
        var layout: [Field] = isNew ? [.number, .theme, .ageBand] : [.theme, .ageBand]
        if !states.isEmpty { layout.append(.state) }
        layout.append(.notes)
        let fields = layout.map { field -> FormField in
            switch field {
            case .number: return FormField(strings[.fieldNumberId], crate.id.rawValue, validate: checkNumber)
            case .theme: return FormField(strings[.fieldTheme], crate.theme, validate: required)
            case .ageBand:
                return FormField(strings[.fieldAgeBand], strings.label(crate.ageBand), kind: .choice(bands))
            case .state: return FormField(strings[.fieldState], strings.label(crate.state), kind: .choice(stateLabels))
            case .notes: return FormField(strings[.fieldNotes], crate.notes ?? "")
            }
        }
        let title = isNew ? strings[.formNewCrate] : "\(strings[.formEditCrate]) \(crate.id)"
        return FormState(title: title, fields: fields) { values in
            func value(_ field: Field) -> String? { layout.firstIndex(of: field).map { values[$0] } }
            var updated = crate
            if isNew, let number = value(.number) {
                if let problem = checkNumber(number) {
                    return .failure(.init(field: layout.firstIndex(of: .number)!, message: problem))
                }
                updated.id = Crate.ID(number.uppercased())
            }
            updated.theme = value(.theme) ?? crate.theme
            updated.ageBand =
                value(.ageBand).flatMap { bands.firstIndex(of: $0) }.map { AgeBand.allCases[$0] }
                ?? crate.ageBand
            updated.state = value(.state).flatMap { stateLabels.firstIndex(of: $0) }.map { states[$0] } ?? crate.state
            updated.notes = value(.notes)?.nilIfEmpty
            let change = Change(
                summary: strings.format(.formSaved, "\(updated.id) \(updated.theme)"), files: [.crates],
                reveal: .crate(updated.id)
            ) { data in
                if let index = data.crates.firstIndex(where: { $0.id == updated.id }) {
                    // Only what the form shows; the items and any packing stay as they are.
                    data.crates[index].theme = updated.theme
                    data.crates[index].ageBand = updated.ageBand
                    if choosableStates(for: data.crates[index]).contains(updated.state) {
                        data.crates[index].state = updated.state
                    }
                    data.crates[index].notes = updated.notes
                } else {
                    data.crates.upsert(updated)
                }
            }
            return .success(change)
        }
    }
}
