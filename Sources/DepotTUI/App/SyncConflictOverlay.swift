import DepotCore
import Foundation

/// The conflicts a sync set aside (`sync-conflicts.json`), one after the other: both versions field by field, the
/// one set aside ("mine", this desk's when its sync found it) beside the one in the library now. Enter saves the
/// choice as an ordinary change (`SyncConflictResolution`, so it is in the change log and syncs), Esc leaves the
/// conflict open for later.
struct SyncConflictOverlay: Overlay {
    private var conflicts: [SyncConflict]
    private var position = 0
    /// The fields taken from the version set aside, for the conflict shown.
    private var chosen: Set<String> = []
    private var list = ListState()

    init(_ conflicts: [SyncConflict]) {
        self.conflicts = conflicts
        list.itemCount = SyncConflictOverlay.rows(of: conflicts.first).count
    }

    private var conflict: SyncConflict { conflicts[position] }

    var hasUnsavedInput: Bool { !chosen.isEmpty }

    /// One row per differing field; a record deleted on one side is one row for the whole record.
    static func rows(of conflict: SyncConflict?) -> [FieldDifference] {
        guard let conflict else { return [] }
        if conflict.isWholeRecord {
            return [FieldDifference(name: "", ours: conflict.setAside, theirs: conflict.inFile)]
        }
        return conflict.fields
    }

    mutating func handle(_ input: AppInput, _ context: AppContext) -> OverlayOutcome {
        guard case .key(let key) = input else {
            return .message(context.strings[DesksText.conflictScanLater], beep: true)
        }
        let rows = SyncConflictOverlay.rows(of: conflict)
        let selected = list.selected.flatMap { rows.indices.contains($0) ? rows[$0].name : nil }
        switch key {
        case .up, .character("k"): list.moveUp()
        case .down, .character("j"): list.moveDown()
        case .left, .character("m"): if let selected { chosen.insert(selected) }
        case .right, .character("a"): if let selected { chosen.remove(selected) }
        case .character(" "):
            if let selected, chosen.remove(selected) == nil { chosen.insert(selected) }
        case .character("M"): chosen = Set(rows.map(\.name))
        case .character("A"): chosen = []
        case .enter: return save(context)
        case .escape: return .close
        default: break
        }
        return .stay
    }

    /// The choice for the conflict shown, saved through the store: the record as it is now with the chosen fields
    /// of the version set aside; then the conflict leaves the file.
    private func save(_ context: AppContext) -> OverlayOutcome {
        let conflict = conflict
        let mine = chosen
        let strings = context.strings
        let summary = strings.format(SyncConflictText.resolvedSummary, conflict.file, conflict.record)
        let file = conflict.storeFile.map { Set([$0]) } ?? []
        // The store saves it itself (`perform`): the record chosen, then the conflict leaves its file.
        let resolve: (inout LibraryData, any LibraryPersistence) throws -> String = { data, persistence in
            guard let store = persistence as? LibraryStore else {
                throw StoreError.io(file: SyncConflictFile.name, message: "needs the library's own store")
            }
            if let commit = try SyncConflictResolution.resolve(
                conflict, takingSetAside: mine, store: store, data: data, summary: summary)
            {
                data = commit.data
            }
            return summary
        }
        let change = Change(summary: summary, files: file, perform: resolve, apply: { _ in })
        return .save(change, close: true)
    }

    func render(into grid: inout CellGrid, area: Rect, _ context: AppContext) {
        SyncConflictOverlay.render(
            conflict, number: position + 1, of: conflicts.count, chosen: chosen, list: list,
            into: &grid, area: area, context.strings)
    }

    static func render(
        _ conflict: SyncConflict, number: Int, of count: Int, chosen: Set<String>, list: ListState,
        into grid: inout CellGrid, area: Rect, _ strings: Strings
    ) {
        grid.fill(area, style: .plain)
        let heading = strings.format(DesksText.conflictTitle, number, count, conflict.file, conflict.record)
        let inner = Border(title: heading, style: .bold).render(into: &grid, area: area)
        guard inner.height >= 5 else { return }
        let explanation = EventsDetailText.wrap(
            strings.format(SyncConflictText.explain, conflict.foundBy), width: inner.width, indent: "")
        for (offset, line) in explanation.prefix(3).enumerated() {
            grid.put(line, x: inner.x, y: inner.y + offset, style: .dim, maxWidth: inner.width)
        }
        let rows = SyncConflictOverlay.rows(of: conflict)
        let table = TableView(
            columns: [
                TableColumn(strings[DesksText.columnField], width: .flexible(minimum: 10, weight: 1), priority: 9),
                TableColumn(
                    strings[SyncConflictText.columnSetAside], width: .flexible(minimum: 12, weight: 2), priority: 8),
                TableColumn(
                    strings[SyncConflictText.columnInFile], width: .flexible(minimum: 12, weight: 2), priority: 8),
            ], rows: [], emptyMessage: strings[.emptyList])
        var state = list
        state.itemCount = rows.count
        let top = inner.y + min(explanation.count, 3) + 1
        table.render(
            into: &grid, area: Rect(x: inner.x, y: top, width: inner.width, height: inner.height - (top - inner.y)),
            state: &state, rowCount: rows.count
        ) { row in
            let field = rows[row]
            let takesMine = chosen.contains(field.name)
            let name = field.name.isEmpty ? strings[DesksText.wholeRecord] : field.name
            let absent = strings[DesksText.absent]
            let shown = SyncConflictOverlay.shown
            return [
                name, (takesMine ? "▶ " : "  ") + (field.ours.map(shown) ?? absent),
                (takesMine ? "  " : "▶ ") + (field.theirs.map(shown) ?? absent),
            ]
        }
    }

    /// A field's value as a person reads it: a text without JSON's quotes, anything else as JSON writes it.
    static func shown(_ json: String) -> String {
        guard json.hasPrefix("\""), let text = try? JSONDecoder().decode(String.self, from: Data(json.utf8)) else {
            return json
        }
        return text
    }

    func hints(_ strings: Strings) -> [KeyHint] {
        [
            KeyHint("←/→", strings[DesksText.keyChoose]), KeyHint("M/A", strings[DesksText.keyAll]),
            KeyHint("Enter", strings[.keySave]), KeyHint("Esc", strings[SyncConflictText.keyLater]),
        ]
    }
}

/// The words of the sync conflicts' view.
enum SyncConflictText: String, TextCatalogue {
    case explain, columnSetAside, columnInFile, resolvedSummary, keyLater, keyOpen, noneOpen

    static let placeholders: [SyncConflictText: [String]] = [
        .explain: ["who"],
        .resolvedSummary: ["file", "record"],
    ]
}
