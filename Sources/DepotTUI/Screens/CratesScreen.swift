import DepotCore

/// Tab 3: the crates (*bogkasser*, *emnekasser*), where each one is, what is in it and where it has been.
struct CratesScreen: TabScreen {
    var titleKey: TextKey { .tabCrates }
    var shortTitleKey: TextKey { .tabCratesShort }
    private var rows = FilteredList()
    private var detailPane = DetailPane()

    var isCapturingText: Bool { rows.isTyping }

    mutating func refresh(_ context: AppContext) {
        let crates = context.data.crates
        rows.setRecords(
            visible: Array(crates.indices),
            searchTexts: crates.map { crate in
                let partner = CratesScreen.partner(holding: crate.id, context)?.name ?? ""
                return SearchText("\(crate.id) \(crate.theme) \(partner)")
            })
    }

    mutating func reveal(_ jump: Jump, _ context: AppContext) -> Bool {
        guard case .crate(let id) = jump, let position = context.index.cratePosition[id] else { return false }
        detailPane.offset = 0
        return rows.select(position: position)
    }

    /// The crate under the selection.
    func selectedRecord(_ context: AppContext) -> (file: StoreFile, id: String, name: String)? {
        selected(context).map { record in (.crates, record.id.rawValue, "\(record.id) \(record.theme)") }
    }

    func selected(_ context: AppContext) -> Crate? {
        rows.selectedPosition.map { context.data.crates[$0] }
    }

    /// The partner of the open (packed or sent) deposit the crate is on, if any.
    static func partner(holding crate: Crate.ID, _ context: AppContext) -> Partner? {
        guard let position = context.index.openDepositOfCrate[crate] else { return nil }
        return context.data.partner(context.data.deposits[position].partnerID, in: context.index)
    }

    mutating func handle(_ key: Key, _ context: AppContext) -> ScreenCommand {
        if let command = detailPane.lead(key, &rows) { return command }
        switch key {
        case .character("p"):
            guard let crate = selected(context) else { return .handled }
            return DeskActions.pack(crate)
        case .character("P"):
            guard let crate = selected(context) else { return .handled }
            return DeskActions.packingList(crate, context)
        case .character("v"):
            guard let crate = selected(context) else { return .handled }
            return DeskActions.packForVisit(nil, visit: nil, crates: [crate.id], context)
        case .character("n"):
            return .openForm(CrateForm.new(context))
        case .character("e"), .enter:
            guard let crate = selected(context) else { return .handled }
            return .openForm(CrateForm.edit(crate, context))
        case .character("d"):
            guard let crate = selected(context) else { return .handled }
            return delete(crate, context)
        default:
            return detailPane.browse(key, &rows)
        }
    }

    /// Deleting is for a crate made by mistake: one that never travelled (its history is kept) and holds nothing.
    private func delete(_ crate: Crate, _ context: AppContext) -> ScreenCommand {
        let strings = context.strings
        let history = context.index.depositsOfCrate[crate.id]?.count ?? 0
        if history > 0 {
            return .message(
                strings.format(.cannotDeleteCrateHistory, crate.id, strings.count(history, TextKey.nounDeposit)))
        }
        if crate.state == .packed || crate.state == .out {
            return .message(strings.format(.cannotDeleteCrateOut, crate.id))
        }
        if !crate.itemBarcodes.isEmpty {
            return .message(strings.format(.cannotDeleteCrateItems, crate.id, crate.itemBarcodes.count))
        }
        let change = Change(summary: strings.format(.deleted, "\(crate.id) \(crate.theme)"), files: [.crates]) {
            data in
            data.crates.removeAll { $0.id == crate.id }
        }
        return .confirm(Confirmation(question: strings.format(.confirmDeleteCrate, crate.id), change: change))
    }

    mutating func render(into grid: inout CellGrid, area: Rect, _ context: AppContext) {
        let strings = context.strings
        let (listArea, detailArea) = ListDetailLayout.split(area)
        let table = TableView(
            columns: [
                TableColumn(strings[.columnNumber], width: .fixed(5), priority: 9),
                TableColumn(strings[.columnTheme], width: .flexible(minimum: 14, weight: 1), priority: 8),
                TableColumn(strings[.columnAge], width: .fixed(5), priority: 6),
                TableColumn(strings[.columnState], width: .fixed(14), priority: 5),
                TableColumn(strings[.columnWhere], width: .flexible(minimum: 14, weight: 2), priority: 7),
                TableColumn(strings[.columnItems], width: .fixed(5), priority: 4, alignment: .trailing),
            ],
            rows: [],
            emptyMessage: rows.emptyMessage(strings))
        let crates = context.data.crates
        let matches = rows.matches
        let listInner = rows.render(
            table, title: strings[.tabCrates], focused: !detailPane.isFocused, into: &grid, area: listArea, strings
        ) { position in
            let crate = crates[position]
            let place = CratesScreen.partner(holding: crate.id, context)?.name ?? strings[.atHome]
            return [
                crate.id.rawValue, crate.theme, strings.label(crate.ageBand), strings.label(crate.state), place,
                String(crate.itemBarcodes.count),
            ]
        }
        table.tint(column: 2, in: &grid, area: listInner, state: rows.list, rowCount: matches.count) { row in
            let band = crates[matches[row]].ageBand
            return (strings.label(band), Palette.style(for: band))
        }
        let crate = selected(context)
        let title = crate.map { "\($0.id) \($0.theme)" } ?? ""
        detailPane.render(
            crate.map { detail($0, context) } ?? DetailText(), title: title, into: &grid, area: detailArea)
    }

    private func detail(_ crate: Crate, _ context: AppContext) -> DetailText {
        let strings = context.strings
        let data = context.data
        var text = DetailText()
        text.add(strings[.detailTheme], crate.theme)
        text.add(
            strings[.detailAgeBand], "\(strings.label(crate.ageBand)) · \(strings.label(crate.colour))",
            style: Palette.style(for: crate.ageBand))
        text.add(strings[.detailState], strings.label(crate.state))
        text.add(strings[.detailWhere], CratesScreen.partner(holding: crate.id, context)?.name ?? strings[.atHome])
        text.add(strings[.detailNotes], crate.notes)
        text.heading("\(strings[.detailItems]) (\(crate.itemBarcodes.count))")
        if crate.itemBarcodes.isEmpty { text.line(strings[.detailNone], style: .dim) }
        for barcode in crate.itemBarcodes {
            guard let item = data.item(barcode, in: context.index) else {
                text.line(barcode.rawValue, style: .dim)
                continue
            }
            text.line(
                "\(barcode)  \(item.title)  \(strings.label(item.status))", style: Palette.style(for: item.status))
        }
        text.heading(strings[.detailRotation])
        let history = (context.index.depositsOfCrate[crate.id] ?? []).reversed().map { data.deposits[$0] }
        if history.isEmpty { text.line(strings[.detailNone], style: .dim) }
        for deposit in history {
            let partner = data.partner(deposit.partnerID, in: context.index)?.name ?? deposit.partnerID.rawValue
            let status = deposit.status(on: context.today, dueSoonDays: context.dueSoonDays)
            let back = deposit.returnedOn.map(strings.days.numeric) ?? strings.label(status)
            text.line(
                "\(strings.date(deposit.dispatchedOn ?? deposit.createdOn)) → \(back)  \(partner)",
                style: Palette.style(for: status))
        }
        return text
    }

    func hints(_ strings: Strings) -> [KeyHint] {
        [
            KeyHint("/", strings[.keyFilter]), KeyHint("n", strings[.keyNew]), KeyHint("e", strings[.keyEdit]),
            KeyHint("p", strings[.keyPack]), KeyHint("P", strings[.keyPrint]), KeyHint("d", strings[.keyDelete]),
            KeyHint("Tab", strings[.keyPane]),
        ]
    }

    func help(_ strings: Strings) -> [HelpEntry] {
        [
            HelpEntry("↑ ↓ j k", strings[.keyMove]), HelpEntry("PgUp PgDn Home End", strings[.keyPage]),
            HelpEntry("/", strings[.keyFilter]), HelpEntry("Enter e", strings[.keyEdit]),
            HelpEntry("n", strings[.keyNew]), HelpEntry("d", strings[.keyDelete]), HelpEntry("Tab", strings[.keyPane]),
            HelpEntry("p", strings[.keyPack]), HelpEntry("P", strings[.keyPrint]),
            HelpEntry("v", strings[DeskText.keyPackForVisit]),
        ]
    }
}
