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
    private var choice: FieldChoice

    init(_ conflicts: [SyncConflict]) {
        self.conflicts = conflicts
        choice = FieldChoice(
            mine: conflicts.first?.setAside, theirs: conflicts.first?.inFile, fields: conflicts.first?.fields ?? [])
    }

    private var conflict: SyncConflict { conflicts[position] }

    var hasUnsavedInput: Bool { !choice.chosen.isEmpty }

    /// One row per differing field; a record deleted on one side is one row for the whole record.
    static func rows(of conflict: SyncConflict?) -> [FieldDifference] {
        guard let conflict else { return [] }
        return FieldChoice.rows(mine: conflict.setAside, theirs: conflict.inFile, fields: conflict.fields)
    }

    mutating func handle(_ input: AppInput, _ context: AppContext) -> OverlayOutcome {
        guard case .key(let key) = input else {
            return .message(context.strings[DesksText.conflictScanLater], beep: true)
        }
        if choice.handle(key) { return .stay }
        switch key {
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
        let mine = choice.chosen
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
        let strings = context.strings
        let heading = strings.format(
            DesksText.conflictTitle, position + 1, conflicts.count, conflict.file, conflict.record)
        choice.render(
            into: &grid, area: area, heading: heading,
            explanation: conflict.neededBy.map { records in
                strings.format(
                    SyncConflictText.explainKept, conflict.deletedBy ?? "-", records.joined(separator: ", "))
            } ?? strings.format(SyncConflictText.explain, conflict.foundBy), lines: 3,
            columns: (strings[SyncConflictText.columnSetAside], strings[SyncConflictText.columnInFile]),
            shown: SyncConflictOverlay.shown, strings)
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
    case explain, explainKept, columnSetAside, columnInFile, resolvedSummary, keyLater, keyOpen, noneOpen

    static let placeholders: [SyncConflictText: [String]] = [
        .explain: ["who"], .explainKept: ["who", "records"],
        .resolvedSummary: ["file", "record"],
    ]
}
