import DepotCore
import Dispatch
import Synchronization

/// A list of records narrowed by a filter typed after `/`, as you type.
///
/// The screen hands over one folded search text per record (`SearchText`), or all of them in one buffer
/// (`SearchCorpus`); each key press then scans bytes only, and a query that extends the previous one searches just
/// the previous matches.
struct FilteredList {
    var list = ListState()
    var query = TextField()
    /// True while the filter line takes the keys.
    var isTyping = false
    /// Positions of the shown records in the screen's source collection.
    private(set) var matches: [Int] = []
    private var searchTexts: [SearchText] = []
    private var visible: [Int] = []
    /// Whether `visible` is every position in order (no other filter on): a scan of all texts then is the answer.
    private var visibleIsAll = true
    /// The matches of each shorter query the typed one extends, shortest first: a key that extends the query
    /// searches only the last one's matches, and Backspace finds its answer here.
    private var earlier: [(query: SearchText, matches: [Int])] = []
    /// All search texts in one buffer, for a new query over a long list (`SearchCorpus`): given, or made from
    /// `searchTexts` at its first use.
    private var corpus: SearchCorpus?
    /// The corpus still being folded on other cores, taken as `corpus` at the first search.
    private var comingCorpus: CorpusInTheMaking?
    /// How many records have a search text.
    private var textCount = 0
    /// From this many records a new query scans `corpus` rather than each text.
    private static let corpusFrom = 2_000

    /// Sets the records to choose from: `visible` are their positions (after the screen's own filters, such as a
    /// status), `searchTexts` one per position of the whole source.
    mutating func setRecords(visible: [Int], searchTexts: [SearchText]) {
        self.searchTexts = searchTexts
        corpus = nil
        comingCorpus = nil
        textCount = searchTexts.count
        setVisible(visible)
    }

    /// Sets the records to choose from with their search texts in one buffer, one per position of the whole source
    /// (`count` of them), which may still be being folded: the list is shown meanwhile, and the first search waits
    /// for it.
    mutating func setRecords(visible: [Int], corpus: CorpusInTheMaking, count: Int) {
        searchTexts = []
        self.corpus = nil
        comingCorpus = corpus
        textCount = count
        setVisible(visible)
    }

    private mutating func setVisible(_ visible: [Int]) {
        self.visible = visible
        visibleIsAll = visible.count == textCount && visible.indices.allSatisfy { visible[$0] == $0 }
        earlier = []
        applyQuery(keepingSelection: true)
    }

    /// One search text per record of a list in identifier order, taking the text of the record with the same
    /// identifier in the previous list (`previousTexts`, one per previous record, also in identifier order) when
    /// `unchanged(new, old)` says its searched words are as they were, and folding the others anew. One walk pairs
    /// the two lists (were they out of order, fewer texts would be reused, none wrongly). Records are reached by
    /// position, so that a screen reads fields where they stand instead of copying whole records.
    static func searchTexts<ID: Comparable>(
        count: Int, previousTexts: [SearchText], previousCount: Int, id: (Int) -> ID, previousID: (Int) -> ID,
        unchanged: (Int, Int) -> Bool, fold: (Int) -> SearchText
    ) -> [SearchText] {
        var texts: [SearchText] = []
        texts.reserveCapacity(count)
        var old = 0
        for index in 0..<count {
            let id = id(index)
            if old < previousCount, previousID(old) != id {
                while old < previousCount, previousID(old) < id { old += 1 }
            }
            if old < previousCount, previousID(old) == id, unchanged(index, old) {
                texts.append(previousTexts[old])
                old += 1
            } else {
                texts.append(fold(index))
            }
        }
        return texts
    }

    /// What an empty list says: that there is nothing yet, or that nothing matches the typed filter.
    func emptyMessage(_ strings: Strings) -> String {
        query.text.isEmpty ? strings[.emptyList] : strings.format(.filterNoMatch, query.text)
    }

    /// How many records there are before the typed filter.
    var unfilteredCount: Int { visible.count }

    /// The position in the source of the selected record.
    var selectedPosition: Int? {
        guard let selected = list.selected, selected < matches.count else { return nil }
        return matches[selected]
    }

    /// Selects the record at a source position, clearing the filter if it hides it. Returns whether it is listed.
    mutating func select(position: Int) -> Bool {
        if let row = matches.firstIndex(of: position) {
            list.select(row)
            return true
        }
        guard visible.contains(position) else { return false }
        query.clear()
        applyQuery(keepingSelection: false)
        guard let row = matches.firstIndex(of: position) else { return false }
        list.select(row)
        return true
    }

    /// `/`: opens the filter line for a new search; a kept filter's text goes, so what is typed is not added to it.
    mutating func startTyping() {
        isTyping = true
        guard !query.text.isEmpty else { return }
        query.clear()
        applyQuery(keepingSelection: true)
    }

    /// Esc outside the filter line: clears a kept filter, keeping the selected record. Returns false when there was
    /// none, so that Esc does what it does without one.
    mutating func clearKeptFilter() -> Bool {
        guard !isTyping, !query.text.isEmpty else { return false }
        query.clear()
        applyQuery(keepingSelection: true)
        return true
    }

    /// Handles a key while the filter line is open. Enter keeps the filter, Esc clears it.
    mutating func handleTyping(_ key: Key) {
        switch key {
        case .enter:
            isTyping = false
        case .escape:
            isTyping = false
            query.clear()
            applyQuery(keepingSelection: false)
        case .up, .down, .pageUp, .pageDown:
            _ = moveSelection(key)
        default:
            if query.handle(key) { applyQuery(keepingSelection: false) }
        }
    }

    /// Arrows, j/k, paging. Returns false for other keys.
    mutating func moveSelection(_ key: Key) -> Bool {
        switch key {
        case .up, .character("k"): list.moveUp()
        case .down, .character("j"): list.moveDown()
        case .pageUp: list.pageUp()
        case .pageDown: list.pageDown()
        case .home, .character("g"): list.home()
        case .end, .character("G"): list.end()
        default: return false
        }
        return true
    }

    /// The visible records whose text holds `folded`: of `candidates` (an earlier query's matches) when given, else
    /// of all, by one scan of the corpus when the list is long.
    private mutating func search(_ folded: SearchText, among candidates: [Int]?) -> [Int] {
        if let comingCorpus {
            corpus = comingCorpus.corpus
            self.comingCorpus = nil
        }
        if let corpus, searchTexts.isEmpty {
            if let candidates { return corpus.positions(containing: folded, among: candidates) }
        } else {
            if let candidates { return candidates.filter { searchTexts[$0].contains(folded) } }
            guard searchTexts.count >= FilteredList.corpusFrom else {
                return visible.filter { searchTexts[$0].contains(folded) }
            }
        }
        if corpus == nil { corpus = SearchCorpus(searchTexts) }
        return visibleIsAll
            ? corpus!.positions(containing: folded) : corpus!.positions(containing: folded, among: visible)
    }

    private mutating func applyQuery(keepingSelection: Bool) {
        let previous = selectedPosition
        let folded = SearchText(query.text)
        earlier.removeAll { !folded.bytes.starts(with: $0.query.bytes) }
        if folded.bytes.isEmpty {
            matches = visible
        } else if let last = earlier.last, last.query == folded {
            matches = last.matches
        } else {
            matches = search(folded, among: earlier.last?.matches)
            earlier.append((folded, matches))
        }
        list.itemCount = matches.count
        if keepingSelection, let previous, let row = matches.firstIndex(of: previous) {
            list.select(row)
        } else if !keepingSelection {
            list.home()
        }
    }
}

/// Search texts folded on another core while the list is already shown: a first frame needs none, and a search
/// waits for them if they are not ready yet. The Items tab's first opening at city scale folds 60,000 items.
final class CorpusInTheMaking: Sendable {
    private let done = DispatchSemaphore(value: 0)
    private let made = Mutex<SearchCorpus?>(nil)

    /// Starts `make` on another core.
    init(_ make: @escaping @Sendable () -> SearchCorpus) {
        DispatchQueue.global(qos: .userInitiated).async { [self] in
            let corpus = make()
            made.withLock { $0 = corpus }
            done.signal()
        }
    }

    /// A corpus made already.
    init(ready corpus: SearchCorpus) {
        made.withLock { $0 = corpus }
    }

    /// The corpus, once made: waits for it the first time if need be.
    var corpus: SearchCorpus {
        if let corpus = made.withLock({ $0 }) { return corpus }
        done.wait()
        done.signal()
        return made.withLock { $0! }
    }
}

/// Splits a screen's body into a list and a detail pane: side by side when wide, stacked when not. Side by side the
/// list is never narrower than at 80 columns, so it keeps every column it shows there (Items keeps Author, two
/// partners with long names can still be told apart); the detail pane takes the rest.
enum ListDetailLayout {
    /// From this width the detail pane goes beside the list.
    static let sideBySideWidth = 110
    /// The list's width at 80 columns, which it keeps beside the pane.
    static let narrowListWidth = 80

    static func split(_ area: Rect) -> (list: Rect, detail: Rect) {
        if area.width >= sideBySideWidth {
            let listWidth = min(
                area.width - (sideBySideWidth - narrowListWidth), max(narrowListWidth, area.width * 58 / 100))
            return (
                Rect(x: area.x, y: area.y, width: listWidth, height: area.height),
                Rect(x: area.x + listWidth, y: area.y, width: area.width - listWidth, height: area.height)
            )
        }
        let listHeight = max(5, area.height * 55 / 100)
        return (
            Rect(x: area.x, y: area.y, width: area.width, height: listHeight),
            Rect(x: area.x, y: area.y + listHeight, width: area.width, height: area.height - listHeight)
        )
    }
}

/// Lines of label–value text for a detail pane, scrolled by `offset`.
struct DetailText {
    var lines: [(label: String, value: String, style: Style)] = []

    mutating func add(_ label: String, _ value: String?, style: Style = .plain) {
        guard let value, !value.isEmpty else { return }
        lines.append((label, value, style))
    }

    mutating func heading(_ text: String) {
        lines.append(("", "", .plain))
        lines.append((text, "", .bold))
    }

    mutating func line(_ text: String, style: Style = .plain) {
        lines.append(("", text, style))
    }

    private var labelWidth: Int { min(18, max(0, (lines.map { displayWidth(of: $0.label) }.max() ?? 0) + 1)) }

    /// The lines as drawn `width` columns wide: a value that does not fit beside its label goes on under it,
    /// broken at spaces, so a narrow pane beside a list still shows all of it.
    func wrapped(width: Int) -> [(label: String, value: String, style: Style)] {
        let labelWidth = self.labelWidth
        var rows: [(label: String, value: String, style: Style)] = []
        for line in lines {
            let x = line.label.isEmpty ? 2 : labelWidth + 1
            let room = width - x
            guard !line.value.isEmpty, room >= 12, displayWidth(of: line.value) > room else {
                rows.append(line)
                continue
            }
            for (index, part) in wrap(line.value, toWidth: room).enumerated() {
                rows.append((index == 0 ? line.label : "", part, line.style))
                if index > 0, !line.label.isEmpty {
                    // Under a labelled value, the continuation lines up with the value, not with the label.
                    rows[rows.count - 1].value = String(repeating: " ", count: labelWidth - 1) + part
                }
            }
        }
        return rows
    }

    /// How many rows the text takes at `width` columns.
    func rowCount(width: Int) -> Int { wrapped(width: width).count }

    func render(into grid: inout CellGrid, area: Rect, offset: Int) {
        guard !area.isEmpty else { return }
        let labelWidth = self.labelWidth
        for (row, line) in wrapped(width: area.width).dropFirst(offset).prefix(area.height).enumerated() {
            let y = area.y + row
            if line.value.isEmpty {
                grid.put(line.label, x: area.x, y: y, style: line.style, maxWidth: area.width)
                continue
            }
            if !line.label.isEmpty {
                grid.put(line.label, x: area.x, y: y, style: .dim, maxWidth: labelWidth)
            }
            let x = line.label.isEmpty ? area.x + 2 : area.x + labelWidth + 1
            grid.put(line.value, x: x, y: y, style: line.style, maxWidth: max(0, area.maxX - x))
        }
    }
}

/// The bordered frame around a list, with the filter line under it when a filter is typed or kept.
enum ListFrame {
    static func render(
        into grid: inout CellGrid, area: Rect, title: String, rows: FilteredList, focused: Bool, _ strings: Strings
    ) -> Rect {
        let count = rows.list.itemCount
        let total = rows.unfilteredCount
        let heading = "\(title) (\(count == total ? String(count) : strings.format(.countOf, count, total)))"
        var inner = Border(title: heading, style: focused ? .bold : .dim).render(into: &grid, area: area)
        if rows.isTyping || !rows.query.text.isEmpty {
            let line = Rect(x: inner.x, y: inner.maxY - 1, width: inner.width, height: 1)
            let prompt = strings[.filterPrompt]
            let used = grid.put(prompt, x: line.x, y: line.y, style: .bold, maxWidth: line.width)
            rows.query.render(
                into: &grid, area: Rect(x: line.x + used, y: line.y, width: max(0, line.width - used), height: 1),
                focused: rows.isTyping)
            inner.height -= 1
        }
        return inner
    }
}

extension FilteredList {
    /// Draws the list in its frame (`ListFrame`) and the records that match through `table`; `cells` gives the
    /// cells of the record at a position in the library's array. Returns the table's area, for tints.
    @discardableResult
    mutating func render(
        _ table: TableView, title: String, focused: Bool, into grid: inout CellGrid, area: Rect, _ strings: Strings,
        cells: (Int) -> [String]
    ) -> Rect {
        let inner = ListFrame.render(into: &grid, area: area, title: title, rows: self, focused: focused, strings)
        let matches = self.matches
        table.render(into: &grid, area: inner, state: &list, rowCount: matches.count) { cells(matches[$0]) }
        return inner
    }
}
