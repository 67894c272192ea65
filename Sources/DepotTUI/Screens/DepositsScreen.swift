import DepotCore

/// Tab 5: current and past deposits, newest first, narrowed by status (`s`) and by text (`/`).
///
/// A deposit's status is computed from its dates and today on every refresh, never stored: "overdue" changes with
/// the calendar, not with an edit.
struct DepositsScreen: TabScreen {
    var titleKey: TextKey { .tabDeposits }
    var shortTitleKey: TextKey { .tabDepositsShort }
    /// The statuses `s` steps through; nil shows every deposit.
    static let statusFilters: [DepositStatus?] = [nil, .out, .dueSoon, .overdue, .returned, .packed]

    private var rows = FilteredList()
    private var detailPane = DetailPane()
    private(set) var statusFilter: DepositStatus?
    /// Positions in `data.deposits`, newest first.
    private var newestFirst: [Int] = []
    /// The status of each deposit (by position) on the day of the last refresh.
    private var statuses: [DepositStatus] = []
    /// The search texts of the last refresh and what they were made from, so that a refresh after one deposit
    /// changed (a renewal, a scan) makes one text again, not one per deposit of five seasons.
    private var folded: (deposits: [Deposit], partners: [Partner], texts: [SearchText]) = ([], [], [])

    var isCapturingText: Bool { rows.isTyping }

    mutating func refresh(_ context: AppContext) {
        let data = context.data
        let deposits = data.deposits
        // A renewal or a scan moves no deposit and changes none of its searched words: the order and the texts
        // stay as they were.
        let sameShape = LibraryIndex.sameDepositShape(folded.deposits, deposits)
        if !sameShape || newestFirst.count != deposits.count {
            newestFirst = deposits.indices.sorted { (deposits[$0].createdOn, $0) > (deposits[$1].createdOn, $1) }
        }
        statuses = deposits.map { $0.status(on: context.today, dueSoonDays: context.dueSoonDays) }
        let searchTexts =
            sameShape && folded.partners == data.partners && folded.texts.count == deposits.count
            ? folded.texts : DepositsScreen.searchTexts(of: data, context.index, reusing: folded)
        folded = (deposits, data.partners, searchTexts)
        rows.setRecords(visible: visiblePositions(), searchTexts: searchTexts)
    }

    /// One folded text per deposit (partner's name, deposit, crates), taken from `previous` for a deposit whose
    /// partner and crates are as they were there, while no partner changed. Both lists are in identifier order.
    static func searchTexts(
        of data: LibraryData, _ index: LibraryIndex,
        reusing previous: (deposits: [Deposit], partners: [Partner], texts: [SearchText])
    ) -> [SearchText] {
        let reusable = previous.partners == data.partners
        return data.deposits.withUnsafeBufferPointer { deposits in
            previous.deposits.withUnsafeBufferPointer { before in
                FilteredList.searchTexts(
                    count: deposits.count, previousTexts: previous.texts, previousCount: reusable ? before.count : 0,
                    id: { deposits[$0].id }, previousID: { before[$0].id },
                    unchanged: {
                        before[$1].partnerID == deposits[$0].partnerID && before[$1].crateIDs == deposits[$0].crateIDs
                    },
                    fold: { position in
                        let deposit = deposits[position]
                        let partner = data.partner(deposit.partnerID, in: index)?.name ?? ""
                        let crates = deposit.crateIDs.map(\.rawValue).joined(separator: " ")
                        return SearchText("\(partner) \(deposit.id) \(crates)")
                    })
            }
        }
    }

    private func visiblePositions() -> [Int] {
        guard let statusFilter else { return newestFirst }
        return newestFirst.filter { statuses[$0] == statusFilter }
    }

    /// Shows `status` only (nil: all), keeping the selected deposit when it is still listed.
    private mutating func showStatus(_ status: DepositStatus?, _ context: AppContext) {
        statusFilter = status
        refresh(context)
    }

    mutating func reveal(_ jump: Jump, _ context: AppContext) -> Bool {
        guard case .deposit(let id) = jump, let position = context.data.deposits.firstIndex(where: { $0.id == id })
        else { return false }
        if let statusFilter, position < statuses.count, statuses[position] != statusFilter {
            showStatus(nil, context)
        }
        detailPane.offset = 0
        return rows.select(position: position)
    }

    /// After a change (a return, a renewal): a deposit the status filter no longer shows is left out, the filter
    /// stays and the selection stays on its row, now the next deposit of that status.
    mutating func revealKeepingFilters(_ jump: Jump, _ context: AppContext) -> Bool {
        guard case .deposit(let id) = jump, let position = context.data.deposits.firstIndex(where: { $0.id == id })
        else { return false }
        if let statusFilter, position < statuses.count, statuses[position] != statusFilter { return false }
        return reveal(jump, context)
    }

    /// The deposit under the selection.
    func selectedRecord(_ context: AppContext) -> (file: StoreFile, id: String, name: String)? {
        selected(context).map { deposit in
            (.deposits(context.data.season(of: deposit)), deposit.id.rawValue, deposit.id.rawValue)
        }
    }

    func selected(_ context: AppContext) -> Deposit? {
        rows.selectedPosition.map { context.data.deposits[$0] }
    }

    mutating func handle(_ key: Key, _ context: AppContext) -> ScreenCommand {
        if let command = detailPane.lead(key, &rows) { return command }
        switch key {
        case .character("s"):
            let current = DepositsScreen.statusFilters.firstIndex(of: statusFilter) ?? 0
            showStatus(DepositsScreen.statusFilters[(current + 1) % DepositsScreen.statusFilters.count], context)
        case .character("p"):
            guard let deposit = selected(context) else { return .handled }
            return .jump(.partner(deposit.partnerID))
        case .character("r"):
            guard let deposit = selected(context) else { return .handled }
            return DeskActions.receive(deposit, context)
        case .character("f"):
            guard let deposit = selected(context) else { return .handled }
            return DeskActions.renew(deposit, context)
        case .character("b"):
            guard let deposit = selected(context) else { return .handled }
            return DeskActions.reminder(for: deposit.partnerID, context)
        case .character("l"):
            return DeskActions.ledger(context)
        case .enter:
            detailPane.isFocused = true
        default:
            return detailPane.browse(key, &rows)
        }
        return .handled
    }

    mutating func render(into grid: inout CellGrid, area: Rect, _ context: AppContext) {
        let strings = context.strings
        let data = context.data
        let (listArea, detailArea) = ListDetailLayout.split(area)
        let table = TableView(
            columns: [
                TableColumn(strings[.columnId], width: .fixed(10), priority: 6),
                TableColumn(strings[.columnPartner], width: .flexible(minimum: 14, weight: 3), priority: 9),
                TableColumn(strings[.columnCrates], width: .flexible(minimum: 9, weight: 1), priority: 5),
                TableColumn(strings[.columnSent], width: .fixed(10), priority: 3),
                TableColumn(strings[.columnDue], width: .fixed(10), priority: 7),
                TableColumn(strings[.columnReturned], width: .fixed(10), priority: 2),
                TableColumn(strings[.columnStatus], width: .fixed(11), priority: 8),
            ],
            rows: [],
            emptyMessage: rows.emptyMessage(strings))
        let filterName = statusFilter.map(strings.label) ?? strings[.statusAll]
        let matches = rows.matches
        let statuses = statuses
        let listInner = rows.render(
            table, title: strings.format(.depositsTitle, filterName), focused: !detailPane.isFocused, into: &grid,
            area: listArea, strings
        ) { position in
            let deposit = data.deposits[position]
            return [
                deposit.id.rawValue, data.partner(deposit.partnerID, in: context.index)?.name ?? "",
                deposit.crateIDs.map(\.rawValue).joined(separator: " "), strings.date(deposit.dispatchedOn),
                strings.date(deposit.dueOn), strings.date(deposit.returnedOn), strings.label(statuses[position]),
            ]
        }
        table.tint(column: 6, in: &grid, area: listInner, state: rows.list, rowCount: matches.count) { row in
            let status = statuses[matches[row]]
            return (strings.label(status), Palette.style(for: status))
        }
        let deposit = selected(context)
        let title = deposit.map { "\($0.id) \(data.partner($0.partnerID, in: context.index)?.name ?? "")" } ?? ""
        detailPane.render(
            deposit.map { detail($0, context) } ?? DetailText(), title: title, into: &grid, area: detailArea)
    }

    private func detail(_ deposit: Deposit, _ context: AppContext) -> DetailText {
        let strings = context.strings
        let data = context.data
        let status = deposit.status(on: context.today, dueSoonDays: context.dueSoonDays)
        var text = DetailText()
        let partner = data.partner(deposit.partnerID, in: context.index)
        text.add(strings[.detailPartner], "\(partner?.name ?? "") (\(deposit.partnerID))")
        text.add(strings[.detailKind], strings.label(deposit.kind))
        text.add(strings[.detailStatus], strings.label(status), style: Palette.style(for: status))
        if let progress = strings.returnInProgressDetail(deposit) { text.line(progress, style: .bold) }
        text.add(strings[.detailCreated], strings.longDate(deposit.createdOn))
        text.add(strings[.detailSent], strings.longDate(deposit.dispatchedOn))
        if deposit.returnedOn == nil {
            let due = "\(strings.longDate(deposit.dueOn)) (\(strings.dueIn(deposit.dueOn, today: context.today)))"
            text.add(strings[.detailDue], due, style: Palette.style(for: status))
        } else {
            text.add(strings[.detailDue], strings.longDate(deposit.dueOn))
        }
        text.add(strings[.detailReturned], strings.longDate(deposit.returnedOn))
        text.add(
            strings[.detailRenewals], strings.format(.countOf, deposit.renewals, data.settings.renewalLimit))
        text.add(strings[.detailCrates], deposit.crateIDs.map(\.rawValue).joined(separator: " "))
        text.add(strings[.detailItemCount], String(deposit.itemBarcodes.count))
        text.add(strings[.detailNotes], deposit.notes)
        text.heading(strings[.detailExceptions])
        if deposit.exceptions.isEmpty { text.line(strings[.detailNone], style: .dim) }
        for exception in deposit.exceptions {
            let title = data.item(exception.barcode, in: context.index)?.title ?? ""
            var line =
                "\(strings.date(exception.recordedOn))  \(strings.label(exception.kind))  \(exception.barcode) \(title)"
            if let note = exception.note { line += " · \(note)" }
            text.line(line, style: exception.kind == .found ? .plain : Style(foreground: .red))
        }
        return text
    }

    func hints(_ strings: Strings) -> [KeyHint] {
        [
            KeyHint("/", strings[.keyFilter]), KeyHint("s", strings[.keyStatusFilter]),
            KeyHint("r", strings[.keyReturn]), KeyHint("f", strings[.keyRenew]), KeyHint("b", strings[.keyLetter]),
            KeyHint("l", strings[.keyLedger]), KeyHint("p", strings[.keyGoToPartner]),
        ]
    }

    func help(_ strings: Strings) -> [HelpEntry] {
        [
            HelpEntry("↑ ↓ j k", strings[.keyMove]), HelpEntry("PgUp PgDn Home End", strings[.keyPage]),
            HelpEntry("/", strings[.keyFilter]), HelpEntry("s", strings[.keyStatusFilter]),
            HelpEntry("p", strings[.keyGoToPartner]), HelpEntry("Enter", strings[.keyDetail]),
            HelpEntry("r", strings[.keyReturn]), HelpEntry("f", strings[.keyRenew]),
            HelpEntry("b", strings[.keyLetter]), HelpEntry("l", strings[.keyLedger]),
            HelpEntry("Tab Esc", strings[.keyPane]),
        ]
    }
}
