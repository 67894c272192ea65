import DepotCore

/// Another desk changed the same record as this one, each differently: both versions side by side, field by
/// field, and the librarian chooses. Nothing is overwritten until Enter; Esc keeps the other desk's version.
/// Several records in conflict are taken one after the other, and the choices saved together at the end.
struct ConflictOverlay: Overlay {
    private let conflicts: [RecordConflict]
    private let summary: String
    private var position = 0
    /// For each conflict, the fields taken from this desk's version.
    private var chosen: [Set<String>]
    private var list = ListState()

    init(_ conflicts: [RecordConflict], summary: String) {
        self.conflicts = conflicts
        self.summary = summary
        self.chosen = conflicts.map { _ in [] }
        list.itemCount = ConflictOverlay.rows(of: conflicts.first).count
    }

    private var conflict: RecordConflict { conflicts[position] }

    /// Fields chosen from this desk's version: they are saved only at the end.
    var hasUnsavedInput: Bool { chosen.contains { !$0.isEmpty } }

    /// One row per differing field; a record deleted on one side is one row for the whole record.
    private static func rows(of conflict: RecordConflict?) -> [FieldDifference] {
        guard let conflict else { return [] }
        if conflict.ours == nil || conflict.theirs == nil {
            return [FieldDifference(name: "", ours: conflict.ours, theirs: conflict.theirs)]
        }
        return conflict.fields
    }

    mutating func handle(_ input: AppInput, _ context: AppContext) -> OverlayOutcome {
        guard case .key(let key) = input else {
            return .message(context.strings[DesksText.conflictScanLater], beep: true)
        }
        let rows = ConflictOverlay.rows(of: conflict)
        switch key {
        case .up, .character("k"): list.moveUp()
        case .down, .character("j"): list.moveDown()
        case .left, .character("m"):
            if let row = list.selected, rows.indices.contains(row) { chosen[position].insert(rows[row].name) }
        case .right, .character("a"):
            if let row = list.selected, rows.indices.contains(row) { chosen[position].remove(rows[row].name) }
        case .character(" "):
            if let row = list.selected, rows.indices.contains(row) {
                let name = rows[row].name
                if chosen[position].contains(name) {
                    chosen[position].remove(name)
                } else {
                    chosen[position].insert(name)
                }
            }
        case .character("M"): chosen[position] = Set(rows.map(\.name))
        case .character("A"): chosen[position] = []
        case .enter:
            if position + 1 < conflicts.count {
                position += 1
                list = ListState()
                list.itemCount = ConflictOverlay.rows(of: conflict).count
                return .stay
            }
            return save(context)
        case .escape:
            return .closeSaying(context.strings[DesksText.conflictKeptTheirs])
        default: break
        }
        return .stay
    }

    /// The choices as one change on the library as it now is; a record where every field is the other desk's
    /// needs no writing.
    private func save(_ context: AppContext) -> OverlayOutcome {
        var updated = context.data
        var files: Set<StoreFile> = []
        for (conflict, mine) in zip(conflicts, chosen) where !mine.isEmpty {
            // A record deleted on one side has the one row "" for the whole record; `resolved` takes it whole.
            let json = conflict.resolved(takingOurs: mine)
            do {
                try updated.setRecord(conflict.file, id: conflict.recordID, json: json)
            } catch {
                let reason = (error as? StoreError).map(context.strings.describe) ?? "\(error)"
                return .message(context.strings.format(.saveFailed, reason), beep: true)
            }
            files.insert(conflict.file)
        }
        guard !files.isEmpty else { return .closeSaying(context.strings[DesksText.conflictKeptTheirs]) }
        let text = context.strings.format(DesksText.conflictSaved, summary)
        return .save(Change(summary: text, files: files) { data in data = updated }, close: true)
    }

    func render(into grid: inout CellGrid, area: Rect, _ context: AppContext) {
        let strings = context.strings
        grid.fill(area, style: .plain)
        let heading = strings.format(
            DesksText.conflictTitle, position + 1, conflicts.count, conflict.file.relativePath, conflict.recordID)
        let inner = Border(title: heading, style: .bold).render(into: &grid, area: area)
        guard inner.height >= 5 else { return }
        let explanation = EventsDetailText.wrap(strings[DesksText.conflictExplain], width: inner.width, indent: "")
        for (offset, line) in explanation.prefix(2).enumerated() {
            grid.put(line, x: inner.x, y: inner.y + offset, style: .dim, maxWidth: inner.width)
        }
        let rows = ConflictOverlay.rows(of: conflict)
        let mine = chosen[position]
        let table = TableView(
            columns: [
                TableColumn(strings[DesksText.columnField], width: .flexible(minimum: 10, weight: 1), priority: 9),
                TableColumn(strings[DesksText.columnMine], width: .flexible(minimum: 12, weight: 2), priority: 8),
                TableColumn(strings[DesksText.columnTheirs], width: .flexible(minimum: 12, weight: 2), priority: 8),
            ], rows: [], emptyMessage: strings[.emptyList])
        var state = list
        state.itemCount = rows.count
        let top = inner.y + min(explanation.count, 2) + 1
        table.render(
            into: &grid, area: Rect(x: inner.x, y: top, width: inner.width, height: inner.height - (top - inner.y)),
            state: &state, rowCount: rows.count
        ) { row in
            let field = rows[row]
            let takesMine = mine.contains(field.name)
            let name = field.name.isEmpty ? strings[DesksText.wholeRecord] : field.name
            let absent = strings[DesksText.absent]
            return [
                name, (takesMine ? "▶ " : "  ") + (field.ours ?? absent),
                (takesMine ? "  " : "▶ ") + (field.theirs ?? absent),
            ]
        }
    }

    func hints(_ strings: Strings) -> [KeyHint] {
        [
            KeyHint("←/→", strings[DesksText.keyChoose]), KeyHint("M/A", strings[DesksText.keyAll]),
            KeyHint("Enter", strings[.keySave]), KeyHint("Esc", strings[DesksText.keyKeepTheirs]),
        ]
    }
}

/// The texts of several desks working on one library: conflicts, changes seen from other desks, who is at the desk.
enum DesksText: String, TextCatalogue {
    case conflictFound, conflictTitle, conflictExplain, conflictSaved, conflictKeptTheirs, conflictScanLater
    case columnField, columnMine, columnTheirs, wholeRecord, absent, keyChoose, keyAll, keyKeepTheirs
    case refusedAfterOtherDesk, savedWithOthers, changedElsewhere, changedElsewhereBy, formChangedElsewhere
    case reloadFailed, waitingForLock, anotherDesk, andMore
    case undoNothing, undone, undoQuestion, undoTooLarge, undoChangedSince, keyUndo
    case keyHistory, historyTitle, historyEmpty, columnWhen, columnWho, columnWhat
    case whoTitle, whoExplain, hello, noName, keyThatsMe, keyNoName
    case kindSettings, kindPartner, kindStaff, kindItem, kindCrate, kindTeam, kindEvent, kindDeposit, kindPlan

    /// The names of the placeholders in each text (`{name}` in the language files), in the order `format` is
    /// given them.
    static let placeholders: [DesksText: [String]] = [
        .conflictFound: ["what"],
        .conflictTitle: ["number", "count", "file", "record"],
        .conflictSaved: ["what"],
        .refusedAfterOtherDesk: ["reason"],
        .savedWithOthers: ["what"],
        .changedElsewhere: ["what"],
        .changedElsewhereBy: ["who", "machine", "what"],
        .formChangedElsewhere: ["what"],
        .reloadFailed: ["reason"],
        .waitingForLock: ["desk"],
        .andMore: ["first", "more"],
        .undone: ["what"],
        .undoQuestion: ["what"],
        .undoChangedSince: ["record", "file"],
        .historyTitle: ["record"],
        .hello: ["name"],
    ]
}
