import DepotCore

/// The form for a new staff member (a public or school librarian) or for correcting one.
enum StaffForm {
    private enum Field: Int, CaseIterable {
        case name, affiliation, institution, role, email, phone
    }

    static func new(_ context: AppContext) -> FormState {
        let blank = StaffMember(
            id: nextID(context.data), name: "", affiliation: .init(kind: .publicLibrary, institution: ""), role: "")
        return form(for: blank, isNew: true, context)
    }

    static func edit(_ member: StaffMember, _ context: AppContext) -> FormState {
        form(for: member, isNew: false, context)
    }

    /// S01, S02...: one more than the highest number in use.
    static func nextID(_ data: LibraryData) -> StaffMember.ID {
        let number = String(
            NextNumber.after(data.staff.compactMap { Int($0.id.rawValue.drop(while: { !$0.isNumber })) }))
        return StaffMember.ID("S" + String(repeating: "0", count: max(0, 2 - number.count)) + number)
    }

    private static func form(for member: StaffMember, isNew: Bool, _ context: AppContext) -> FormState {
        let strings = context.strings
        let kinds = StaffMember.Affiliation.Kind.allCases.map(strings.label)
        let required: (String) -> String? = { $0.isEmpty ? strings[.fieldRequired] : nil }
        let fields = Field.allCases.map { field -> FormField in
            switch field {
            case .name: return FormField(strings[.fieldName], member.name, validate: required)
            case .affiliation:
                return FormField(
                    strings[.fieldAffiliation], strings.label(member.affiliation.kind), kind: .choice(kinds))
            case .institution:
                return FormField(strings[.fieldInstitution], member.affiliation.institution, validate: required)
            case .role: return FormField(strings[.fieldRole], member.role, validate: required)
            case .email:
                return FormField(strings[.fieldEmail], member.email ?? "") { text in
                    text.isEmpty || (text.contains("@") && !text.contains(" ")) ? nil : strings[.fieldEmailFormat]
                }
            case .phone: return FormField(strings[.fieldPhone], member.phone ?? "")
            }
        }
        let title = strings[isNew ? .formNewStaff : .formEditStaff]
        return FormState(title: title, fields: fields) { values in
            func value(_ field: Field) -> String { values[field.rawValue] }
            var updated = member
            updated.name = value(.name)
            updated.affiliation = StaffMember.Affiliation(
                kind: StaffMember.Affiliation.Kind.allCases[kinds.firstIndex(of: value(.affiliation)) ?? 0],
                institution: value(.institution))
            updated.role = value(.role)
            updated.email = value(.email).nilIfEmpty
            updated.phone = value(.phone).nilIfEmpty
            let change = Change(summary: strings.format(.formSaved, updated.name), files: [.staff]) { data in
                data.staff.upsert(updated)
            }
            return .success(change)
        }
    }
}
