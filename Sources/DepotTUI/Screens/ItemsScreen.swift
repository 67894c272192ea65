import DepotCore
import Dispatch

/// Tab 4: the catalogue of the deposit collection, which may hold 60,000 items.
///
/// It stays fast by doing the costly work once per change of the library: `refresh` folds one search text per item
/// (a key press in the filter then scans bytes), and the table asks only for the rows it shows.
struct ItemsScreen: TabScreen {
    var titleKey: TextKey { .tabItems }
    var shortTitleKey: TextKey { .tabItemsShort }
    private var rows = FilteredList()
    private var detailPane = DetailPane()
    /// The deposits the selected item was on, found once per selected item rather than once per frame, with the
    /// deposits they were found in: kept over a refresh that did not change the deposits (an item saved).
    private var depositsOfSelected: (barcode: Item.ID, positions: [Int], deposits: [Deposit])?
    /// The search texts of the last refresh and the items they were folded from, so that a refresh after one
    /// item changed folds one chunk of items again, not 60,000.
    private var folded: (items: ItemCatalogue, corpus: CorpusInTheMaking)?

    var isCapturingText: Bool { rows.isTyping }

    mutating func refresh(_ context: AppContext) {
        let items = context.data.items
        let corpus: CorpusInTheMaking
        if let folded, items.rangesNotShared(with: folded.items) != nil {
            // The same places (a save of some items): the texts of the chunks it did not touch are kept.
            corpus = CorpusInTheMaking(
                ready: ItemsScreen.searchCorpus(of: items, reusing: (folded.items, folded.corpus.corpus)))
        } else {
            // The first time (or items added or removed), folded on other cores while the tab shows: its first
            // frame needs no texts, and the first key of a filter waits for them if need be.
            corpus = CorpusInTheMaking { ItemsScreen.searchCorpus(of: items, reusing: ([], SearchCorpus([]))) }
        }
        folded = (items, corpus)
        rows.setRecords(visible: Array(items.indices), corpus: corpus, count: items.count)
        // Arrays that share their storage compare at once: the usual case, a save that did not touch deposits. Equal
        // deposits read again are kept, so that every frame's comparison is that quick one.
        if let cached = depositsOfSelected {
            depositsOfSelected =
                cached.deposits == context.data.deposits
                ? (cached.barcode, cached.positions, context.data.deposits) : nil
        }
    }

    /// One folded text per item (barcode, title, author), all in one buffer. After a change that kept the
    /// catalogue's length, the texts of the chunks of items it did not touch are copied from `previous` and only the
    /// touched chunks are folded again; otherwise (the first time, an item added or removed) every item is folded,
    /// on all cores.
    static func searchCorpus(
        of items: ItemCatalogue, reusing previous: (items: ItemCatalogue, corpus: SearchCorpus)
    ) -> SearchCorpus {
        guard previous.corpus.count == previous.items.count, !items.isEmpty,
            let changed = items.rangesNotShared(with: previous.items)
        else { return foldedOnAllCores(items) }
        let touched = Set(changed.map(\.lowerBound))
        var builder = SearchCorpus.Builder(texts: items.count, bytes: previous.corpus.byteCount + 4_096)
        items.forEachChunk { chunk, start in
            if touched.contains(start) {
                for index in chunk.indices { fold(chunk[index], into: &builder) }
            } else {
                builder.append(start..<(start + chunk.count), of: previous.corpus)
            }
        }
        return builder.build()
    }

    /// The one search text of an item: its barcode, title and author, as typed in the filter.
    private static func fold(_ item: borrowing Item, into builder: inout SearchCorpus.Builder) {
        builder.append(joining: item.barcode.rawValue, item.title, item.author ?? "")
    }

    /// Every item folded, the catalogue's chunks shared out among the cores, the pieces then joined in order.
    private static func foldedOnAllCores(_ items: ItemCatalogue) -> SearchCorpus {
        let pieces = [SearchCorpus](unsafeUninitializedCapacity: items.chunkCount) { buffer, initialized in
            guard let start = buffer.baseAddress else { return }
            // Each chunk writes only its own piece.
            nonisolated(unsafe) let base = start
            DispatchQueue.concurrentPerform(iterations: items.chunkCount) { number in
                let piece = items.withChunk(number) { chunk, _ in
                    var builder = SearchCorpus.Builder(texts: chunk.count, bytes: chunk.count * 64)
                    for index in chunk.indices { fold(chunk[index], into: &builder) }
                    return builder.build()
                }
                (base + number).initialize(to: piece)
            }
            initialized = items.chunkCount
        }
        return SearchCorpus(concatenating: pieces)
    }

    mutating func reveal(_ jump: Jump, _ context: AppContext) -> Bool {
        guard case .item(let barcode) = jump, let position = context.index.itemPosition[barcode] else { return false }
        detailPane.offset = 0
        return rows.select(position: position)
    }

    /// The item under the selection.
    func selectedRecord(_ context: AppContext) -> (file: StoreFile, id: String, name: String)? {
        selected(context).map { record in (.items(of: record.id), record.id.rawValue, "\(record.id) \(record.title)") }
    }

    func selected(_ context: AppContext) -> Item? {
        rows.selectedPosition.map { context.data.items[$0] }
    }

    mutating func handle(_ key: Key, _ context: AppContext) -> ScreenCommand {
        if let command = detailPane.lead(key, &rows) { return command }
        let strings = context.strings
        switch key {
        case .character("t"):
            guard let item = selected(context) else { return .handled }
            return DeskActions.writeOff(item, context)
        case .character("f"):
            guard let item = selected(context) else { return .handled }
            return DeskActions.found(item, context)
        case .character("n"):
            return .openForm(ItemForm.new(context))
        case .character("e"), .enter:
            guard let item = selected(context) else { return .handled }
            return .openForm(ItemForm.edit(item, context))
        case .character("d"):
            guard let item = selected(context) else { return .handled }
            if item.status == .withdrawn { return .message(strings.format(.alreadyWithdrawn, item.title)) }
            // A book a deposit has out, or packed for one, is not the library's to withdraw yet: the deposits would
            // still send it or expect it back.
            switch context.whereabouts.place(ofItem: item.barcode) {
            case .atPartner(let partner, let deposit, _, _, _):
                let name = context.data.partner(partner, in: context.index)?.name ?? partner.rawValue
                return .message(strings.format(.cannotWithdrawAtPartner, item.title, name, deposit))
            case .packed(let crate, _, let deposit):
                return .message(strings.format(.cannotWithdrawPacked, item.title, crate, deposit))
            default: break
            }
            let change = Change(
                summary: strings.format(.withdrawn, item.title), files: [.items(of: item.barcode)],
                reveal: .item(item.barcode)
            ) { data in
                if let position = data.items.position(of: item.barcode) {
                    data.items[position].status = .withdrawn
                }
            }
            return .confirm(
                Confirmation(question: strings.format(.confirmWithdrawItem, item.barcode, item.title), change: change))
        default:
            return detailPane.browse(key, &rows)
        }
    }

    mutating func render(into grid: inout CellGrid, area: Rect, _ context: AppContext) {
        let strings = context.strings
        let (listArea, detailArea) = ListDetailLayout.split(area)
        let table = TableView(
            columns: [
                TableColumn(strings[.columnBarcode], width: .fixed(13), priority: 8),
                TableColumn(strings[.columnTitle], width: .flexible(minimum: 20, weight: 3), priority: 9),
                // Given up first when the list is narrower than 80: the detail pane shows the author too.
                TableColumn(strings[.columnAuthor], width: .flexible(minimum: 12, weight: 2), priority: 3),
                TableColumn(strings[.columnAge], width: .fixed(5), priority: 4),
                TableColumn(strings[.columnWhere], width: .fixed(12), priority: 6),
                TableColumn(strings[.columnCrate], width: .fixed(5), priority: 7),
            ],
            rows: [],
            emptyMessage: rows.emptyMessage(strings))
        let items = context.data.items
        let matches = rows.matches
        let whereabouts = context.whereabouts
        let words = WhereaboutsText(strings.language)
        let listInner = rows.render(
            table, title: strings[.tabItems], focused: !detailPane.isFocused, into: &grid, area: listArea, strings
        ) { position in
            let item = items[position]
            return [
                item.barcode.rawValue, item.title, item.author ?? "", strings.label(item.ageBand),
                words.short(whereabouts.place(ofItem: item.barcode), today: context.today),
                context.index.crateOfItem[item.barcode]?.rawValue ?? "",
            ]
        }
        table.tint(column: 3, in: &grid, area: listInner, state: rows.list, rowCount: matches.count) { row in
            let band = items[matches[row]].ageBand
            return (strings.label(band), Palette.style(for: band))
        }
        table.tint(column: 4, in: &grid, area: listInner, state: rows.list, rowCount: matches.count) { row in
            let place = whereabouts.place(ofItem: items[matches[row]].barcode)
            return (words.short(place, today: context.today), ItemsScreen.style(for: place, context.today))
        }
        let item = selected(context)
        var text = DetailText()
        if let item { text = detail(item, context) }
        detailPane.render(text, title: item.map { "\($0.barcode) \($0.title)" } ?? "", into: &grid, area: detailArea)
    }

    private mutating func detail(_ item: Item, _ context: AppContext) -> DetailText {
        let strings = context.strings
        let data = context.data
        var text = DetailText()
        text.add(strings[.detailBarcode], item.barcode.rawValue)
        text.add(strings[.detailTitle], item.title)
        // Where it is comes before the catalogue's details, so it shows at 80×24 too.
        let place = context.whereabouts.place(ofItem: item.barcode)
        text.add(
            strings[.detailWhere], WhereaboutsText(strings.language).describe(place, data: data, today: context.today),
            style: ItemsScreen.style(for: place, context.today))
        text.add(strings[.detailAuthor], item.author)
        text.add(strings[.detailAgeBand], strings.label(item.ageBand), style: Palette.style(for: item.ageBand))
        text.add(strings[.detailTheme], item.theme)
        text.add(strings[.detailFormat], strings.label(item.format))
        text.add(strings[.detailPrice], strings.money(item.price))
        text.add(strings[.detailStatus], strings.label(item.status), style: Palette.style(for: item.status))
        if let crateID = context.index.crateOfItem[item.barcode] {
            let theme = data.crate(crateID, in: context.index)?.theme ?? ""
            text.add(strings[.detailInCrate], "\(crateID) \(theme)")
        } else {
            text.add(strings[.detailInCrate], strings[.detailNone], style: .dim)
        }
        text.heading(strings[.detailHistory])
        let positions = deposits(of: item.barcode, data)
        if positions.isEmpty { text.line(strings[.detailNone], style: .dim) }
        for position in positions {
            let deposit = data.deposits[position]
            let partner = data.partner(deposit.partnerID, in: context.index)?.name ?? deposit.partnerID.rawValue
            let status = deposit.status(on: context.today, dueSoonDays: context.dueSoonDays)
            let back = deposit.returnedOn.map(strings.days.numeric) ?? strings.label(status)
            var line = "\(strings.date(deposit.dispatchedOn ?? deposit.createdOn)) → \(back)  \(partner)"
            for exception in deposit.exceptions where exception.barcode == item.barcode {
                line += " · \(strings.label(exception.kind)) \(strings.date(exception.recordedOn))"
            }
            text.line(line, style: Palette.style(for: status))
        }
        return text
    }

    /// The positions of the deposits that carried `barcode`, newest first. A scan of every deposit's barcodes, so
    /// it runs for the one selected item only, and only when the selection changes.
    private mutating func deposits(of barcode: Item.ID, _ data: LibraryData) -> [Int] {
        if let cached = depositsOfSelected, cached.barcode == barcode, cached.deposits == data.deposits {
            return cached.positions
        }
        // Through the buffer: indexing the array copied each deposit (its lists and all) to read its books.
        let positions = data.deposits.withUnsafeBufferPointer { deposits in
            deposits.indices.filter { deposits[$0].itemBarcodes.contains(barcode) }
                .sorted { (deposits[$0].createdOn, $0) > (deposits[$1].createdOn, $1) }
        }
        depositsOfSelected = (barcode, positions, data.deposits)
        return positions
    }

    func hints(_ strings: Strings) -> [KeyHint] {
        [
            KeyHint("/", strings[.keyFilter]), KeyHint("n", strings[.keyNew]), KeyHint("e", strings[.keyEdit]),
            KeyHint("t", strings[.keyWriteOff]), KeyHint("f", strings[.keyFound]), KeyHint("d", strings[.keyWithdraw]),
            KeyHint("Tab", strings[.keyPane]),
        ]
    }

    func help(_ strings: Strings) -> [HelpEntry] {
        [
            HelpEntry("↑ ↓ j k", strings[.keyMove]), HelpEntry("PgUp PgDn Home End", strings[.keyPage]),
            HelpEntry("/", strings[.keyFilter]), HelpEntry("Enter e", strings[.keyEdit]),
            HelpEntry("n", strings[.keyNew]), HelpEntry("d", strings[.keyWithdraw]),
            HelpEntry("t", strings[.keyWriteOff]), HelpEntry("f", strings[.keyFound]),
            HelpEntry("Tab", strings[.keyPane]),
        ]
    }
}

extension ItemsScreen {
    /// Where an item is, coloured as the desk reads it: overdue and lost in red, at a partner as "out".
    static func style(for place: Whereabouts.ItemPlace, _ today: Day) -> Style {
        switch place {
        case .atPartner(_, _, _, _, let due): return Palette.style(for: due < today ? DepositStatus.overdue : .out)
        case .packed: return Palette.style(for: DepositStatus.packed)
        case .lost: return Palette.style(for: Item.Status.lost)
        case .damaged: return Palette.style(for: Item.Status.damaged)
        case .withdrawn: return Palette.style(for: Item.Status.withdrawn)
        case .shelf, .inCrate: return Palette.style(for: Item.Status.available)
        }
    }
}
