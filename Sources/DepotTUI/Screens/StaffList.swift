import DepotCore

/// The librarians (public and school), shown in the Partners tab after `s`: the same list, filter, detail and
/// `n`/`e`/`d` keys as the partners. Ending a staff member keeps the record, with the day they stopped.
struct StaffList {
    private var rows = FilteredList()
    private var detailPane = DetailPane()
    private var knownIDs: Set<StaffMember.ID> = []

    var isCapturingText: Bool { rows.isTyping }

    mutating func refresh(_ context: AppContext) {
        let staff = context.data.staff
        rows.setRecords(
            visible: Array(staff.indices),
            searchTexts: staff.map {
                SearchText("\($0.name) \($0.affiliation.institution) \($0.role) \($0.email ?? "") \($0.id)")
            })
        // A member just added (there is no jump to staff) is selected, as a new partner is.
        let ids = Set(staff.map(\.id))
        if !knownIDs.isEmpty, let added = staff.firstIndex(where: { !knownIDs.contains($0.id) }) {
            _ = rows.select(position: added)
        }
        knownIDs = ids
    }

    /// The staff member under the selection.
    func selected(_ context: AppContext) -> StaffMember? {
        rows.selectedPosition.map { context.data.staff[$0] }
    }

    mutating func handle(_ key: Key, _ context: AppContext) -> ScreenCommand {
        if let command = detailPane.lead(key, &rows) { return command }
        switch key {
        case .character("n"):
            return .openForm(StaffForm.new(context))
        case .character("e"), .enter:
            guard let member = selected(context) else { return .handled }
            return .openForm(StaffForm.edit(member, context))
        case .character("d"):
            guard let member = selected(context) else { return .handled }
            return RecordEnding.confirm(member, in: \.staff, file: .staff, question: .confirmEndStaff, context)
        default:
            return detailPane.browse(key, &rows)
        }
    }

    mutating func render(into grid: inout CellGrid, area: Rect, _ context: AppContext) {
        let strings = context.strings
        let (listArea, detailArea) = ListDetailLayout.split(area)
        let table = TableView(
            columns: [
                TableColumn(strings[.columnName], width: .flexible(minimum: 16, weight: 1), priority: 9),
                TableColumn(strings[.columnInstitution], width: .flexible(minimum: 14, weight: 1), priority: 7),
                TableColumn(strings[.columnRole], width: .flexible(minimum: 14, weight: 1), priority: 6),
                TableColumn(strings[.columnKind], width: .fixed(14), priority: 5),
            ],
            rows: [],
            emptyMessage: rows.emptyMessage(strings))
        let staff = context.data.staff
        rows.render(
            table, title: strings[.staffTitle], focused: !detailPane.isFocused, into: &grid, area: listArea, strings
        ) { position in
            let member = staff[position]
            let name =
                member.endedOn == nil ? member.name : "\(member.name) (\(strings[.detailEnded].lowercased()))"
            return [name, member.affiliation.institution, member.role, strings.label(member.affiliation.kind)]
        }
        let member = selected(context)
        detailPane.render(
            member.map { detail($0, context) } ?? DetailText(), title: member?.name ?? "", into: &grid,
            area: detailArea)
    }

    private func detail(_ member: StaffMember, _ context: AppContext) -> DetailText {
        let strings = context.strings
        var text = DetailText()
        text.add(
            strings[.detailAffiliation],
            "\(member.affiliation.institution) (\(strings.label(member.affiliation.kind)))")
        text.add(strings[.detailRole], member.role)
        text.add(strings[.detailEmail], member.email)
        text.add(strings[.detailPhone], member.phone)
        text.add(strings[.detailEnded], member.endedOn?.description)
        let teams = context.data.teams.filter { $0.memberIDs.contains(member.id) }.map { team in
            team.coordinatorID == member.id ? "\(team.name) (\(strings[.detailCoordinator]))" : team.name
        }
        text.add(strings[.detailTeams], teams.joined(separator: ", "))
        return text
    }

    func hints(_ strings: Strings) -> [KeyHint] {
        [
            KeyHint("/", strings[.keyFilter]), KeyHint("n", strings[.keyNew]), KeyHint("e", strings[.keyEdit]),
            KeyHint("d", strings[.keyEnd]), KeyHint("s", strings[.keyPartners]),
        ]
    }

    func help(_ strings: Strings) -> [HelpEntry] {
        [
            HelpEntry("↑ ↓ j k", strings[.keyMove]), HelpEntry("PgUp PgDn Home End", strings[.keyPage]),
            HelpEntry("/", strings[.keyFilter]), HelpEntry("Enter e", strings[.keyEdit]),
            HelpEntry("n", strings[.keyNew]), HelpEntry("d", strings[.keyEnd]), HelpEntry("Tab", strings[.keyPane]),
            HelpEntry("s", strings[.keyPartners]),
        ]
    }
}
