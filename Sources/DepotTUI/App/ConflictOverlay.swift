import DepotCore

/// Another desk changed the same record as this one, each differently: both versions side by side, field by
/// field, and the librarian chooses. Nothing is overwritten until Enter; Esc keeps the other desk's version.
/// Several records in conflict are taken one after the other, and the choices saved together at the end.
struct ConflictOverlay: Overlay {
    private let conflicts: [RecordConflict]
    private let summary: String
    private var position = 0
    /// For each conflict, the fields taken from this desk's version.
    private var choices: [FieldChoice]

    init(_ conflicts: [RecordConflict], summary: String) {
        self.conflicts = conflicts
        self.summary = summary
        choices = conflicts.map { FieldChoice(mine: $0.ours, theirs: $0.theirs, fields: $0.fields) }
    }

    private var conflict: RecordConflict { conflicts[position] }

    /// Fields chosen from this desk's version: they are saved only at the end.
    var hasUnsavedInput: Bool { choices.contains { !$0.chosen.isEmpty } }

    mutating func handle(_ input: AppInput, _ context: AppContext) -> OverlayOutcome {
        guard case .key(let key) = input else {
            return .message(context.strings[DesksText.conflictScanLater], beep: true)
        }
        if choices[position].handle(key) { return .stay }
        switch key {
        case .enter:
            if position + 1 < conflicts.count {
                position += 1
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
        for (conflict, choice) in zip(conflicts, choices) where !choice.chosen.isEmpty {
            // A record deleted on one side has the one row "" for the whole record; `resolved` takes it whole.
            let json = conflict.resolved(takingOurs: choice.chosen)
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
        let heading = strings.format(
            DesksText.conflictTitle, position + 1, conflicts.count, conflict.file.relativePath, conflict.recordID)
        choices[position].render(
            into: &grid, area: area, heading: heading, explanation: strings[DesksText.conflictExplain], lines: 2,
            columns: (strings[DesksText.columnMine], strings[DesksText.columnTheirs]), strings)
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
