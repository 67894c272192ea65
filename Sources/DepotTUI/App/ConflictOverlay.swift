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

    static let danish: [DesksText: String] = [
        .conflictFound: "En anden skranke har ændret det samme ({0}); vælg mellem versionerne",
        .conflictTitle: "Ændret to steder {0}/{1}: {2} · {3}",
        .conflictExplain:
            "Du og en anden skranke har ændret denne post hver på sin måde. Vælg for hvert felt: ← din version,"
            + " → den anden skrankes. Intet er gemt endnu.",
        .conflictSaved: "Gemt efter dit valg: {0}",
        .conflictKeptTheirs: "Den anden skrankes version er beholdt; din ændring er ikke gemt",
        .conflictScanLater: "Vælg først mellem versionerne (Enter gemmer, Esc beholder den anden skrankes)",
        .columnField: "Felt", .columnMine: "Din version", .columnTheirs: "Den anden skrankes",
        .wholeRecord: "(hele posten)", .absent: "(slettet)", .keyChoose: "vælg", .keyAll: "alle dine/deres",
        .keyKeepTheirs: "behold deres",
        .refusedAfterOtherDesk: "En anden skranke nåede først, så det kan ikke længere lade sig gøre: {0}",
        .savedWithOthers: "{0} (sammen med en anden skrankes ændringer)",
        .changedElsewhere: "Ændret på en anden skranke: {0}",
        .changedElsewhereBy: "{0} ({1}): {2}",
        .formChangedElsewhere:
            "En anden skranke har netop ændret {0}; gemmer du en post, de også har ændret, vælger du mellem versionerne",
        .reloadFailed: "Biblioteket er ændret udefra, men kan ikke læses: {0}. Skærmen viser det, som det var",
        .waitingForLock: "Venter på, at {0} gemmer sin ændring…",
        .anotherDesk: "En anden skranke", .andMore: "{0} og {1} mere",
        .undoNothing: "Du har ikke ændret noget herfra, der kan fortrydes", .undone: "Fortrudt: {0}",
        .undoQuestion: "Fortryd din sidste ændring: {0}? j = ja · n = nej",
        .undoTooLarge: "Den ændring var for stor til at kunne fortrydes (en import); se history/",
        .undoChangedSince: "Kan ikke fortrydes: {0} ({1}) er ændret igen siden, af en anden skranke",
        .keyUndo: "fortryd din sidste ændring (spørger først)",
        .keyHistory: "den valgte posts historik: hvem ændrede hvad og hvornår", .historyTitle: "Historik: {0}",
        .historyEmpty: "Ingen ændringer de sidste tre måneder",
        .columnWhen: "Hvornår (UTC)", .columnWho: "Hvem", .columnWhat: "Hvad",
        .whoTitle: "Hvem sidder ved skranken?",
        .whoExplain:
            "Ændringer herfra skrives i bibliotekets ændringslog med dit navn, så holdet kan se, hvem der gjorde hvad."
            + " Valget huskes på denne maskine (eller start med --as).",
        .hello: "Goddag, {0}. Dine ændringer logges med dit navn", .noName: "Ændringer herfra logges uden navn",
        .keyThatsMe: "det er mig", .keyNoName: "uden navn",
        .kindSettings: "indstillinger", .kindPartner: "partner", .kindStaff: "medarbejder", .kindItem: "materiale",
        .kindCrate: "kasse", .kindTeam: "team", .kindEvent: "arrangement", .kindDeposit: "depot", .kindPlan: "plan",
    ]

    static let english: [DesksText: String] = [
        .conflictFound: "Another desk changed the same thing ({0}); choose between the versions",
        .conflictTitle: "Changed in two places {0}/{1}: {2} · {3}",
        .conflictExplain:
            "You and another desk changed this record, each in your own way. Choose for each field: ← your"
            + " version, → the other desk's. Nothing is saved yet.",
        .conflictSaved: "Saved as you chose: {0}",
        .conflictKeptTheirs: "The other desk's version is kept; your change was not saved",
        .conflictScanLater: "Choose between the versions first (Enter saves, Esc keeps the other desk's)",
        .columnField: "Field", .columnMine: "Your version", .columnTheirs: "The other desk's",
        .wholeRecord: "(the whole record)", .absent: "(deleted)", .keyChoose: "choose", .keyAll: "all yours/theirs",
        .keyKeepTheirs: "keep theirs",
        .refusedAfterOtherDesk: "Another desk got there first, so this no longer applies: {0}",
        .savedWithOthers: "{0} (together with another desk's changes)",
        .changedElsewhere: "Changed at another desk: {0}",
        .changedElsewhereBy: "{0} ({1}): {2}",
        .formChangedElsewhere:
            "Another desk just changed {0}; if you save a record they changed too, you choose between the versions",
        .reloadFailed: "The library was changed from outside but cannot be read: {0}. The screen shows it as it was",
        .waitingForLock: "Waiting for {0} to save its change…",
        .anotherDesk: "Another desk", .andMore: "{0} and {1} more",
        .undoNothing: "You have changed nothing here that can be undone", .undone: "Undone: {0}",
        .undoQuestion: "Undo your last change: {0}? y = yes · n = no",
        .undoTooLarge: "That change was too large to undo (an import); see history/",
        .undoChangedSince: "Cannot undo: {0} ({1}) was changed again since, at another desk",
        .keyUndo: "undo your last change (asks first)",
        .keyHistory: "the selected record's history: who changed what, and when", .historyTitle: "History: {0}",
        .historyEmpty: "No changes in the last three months",
        .columnWhen: "When (UTC)", .columnWho: "Who", .columnWhat: "What",
        .whoTitle: "Who is at the desk?",
        .whoExplain:
            "Changes made here go into the library's change log with your name, so the team can see who did what."
            + " The choice is remembered on this machine (or start with --as).",
        .hello: "Hello, {0}. Your changes are logged with your name",
        .noName: "Changes made here are logged without a name",
        .keyThatsMe: "that's me", .keyNoName: "no name",
        .kindSettings: "settings", .kindPartner: "partner", .kindStaff: "staff member", .kindItem: "item",
        .kindCrate: "crate", .kindTeam: "team", .kindEvent: "event", .kindDeposit: "deposit", .kindPlan: "plan",
    ]
}
