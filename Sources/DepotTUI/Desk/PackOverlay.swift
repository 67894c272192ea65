import DepotCore

/// Packing a crate: each scanned barcode goes into the crate and is saved at once, so nothing scanned is lost; an
/// item that is already in another crate is refused with where it is. `Delete` takes the selected item out again,
/// `P` prints the packing list.
struct PackOverlay: Overlay {
    let crateID: Crate.ID
    private var list = ListState()
    private var last: (text: String, accepted: Bool)?

    init(crate: Crate.ID) {
        crateID = crate
    }

    mutating func handle(_ input: AppInput, _ context: AppContext) -> OverlayOutcome {
        let strings = context.strings
        let crateID = crateID
        guard let crate = context.data.crate(crateID, in: context.index) else { return .close }
        switch input {
        case .scanned(let code):
            let barcode = Item.ID(code.trimmingCharacters(in: .whitespaces))
            let title = context.data.item(barcode, in: context.index)?.title ?? ""
            let summary = "✓ \(barcode) \(title)"
            switch DeskCommands.change(
                summary, context,
                { data throws(DeskError) in
                    try Desk.pack(item: barcode, into: crateID, in: &data)
                })
            {
            case .success(let change):
                last = (summary, true)
                list.itemCount = crate.itemBarcodes.count + 1
                list.end()
                return .save(change, close: false)
            case .failure(let error):
                let text = error.localizedDescription(strings.language)
                last = (text, false)
                return .message(text, beep: true)
            }
        case .key(let key):
            switch key {
            case .escape, .function(2), .control("f"): return .close
            case .up, .character("k"): list.moveUp()
            case .down, .character("j"): list.moveDown()
            case .character("P"):
                let text = PackingList.text(
                    for: crate, data: context.data, today: context.today, language: strings.language,
                    destination: PackingList.destination(
                        of: crate.id, data: context.data, today: context.today, language: strings.language))
                return .print(PrintJob(name: "pakkeliste-\(crate.id).txt", text: text))
            case .delete, .backspace:
                guard let row = list.selected, crate.itemBarcodes.indices.contains(row) else { return .stay }
                let barcode = crate.itemBarcodes[row]
                switch DeskCommands.change(
                    strings.format(.packRemoved, barcode), context,
                    { data throws(DeskError) in
                        try Desk.unpack(item: barcode, from: crateID, in: &data)
                    })
                {
                case .success(let change): return .save(change, close: false)
                case .failure(let error): return .message(error.localizedDescription(strings.language), beep: true)
                }
            default: break
            }
            return .stay
        }
    }

    func render(into grid: inout CellGrid, area: Rect, _ context: AppContext) {
        let strings = context.strings
        grid.fill(area, style: .plain)
        guard let crate = context.data.crate(crateID, in: context.index) else { return }
        let heading = "\(strings[.packTitle]) \(crate.id) · \(crate.theme) · \(strings.label(crate.ageBand))"
        let inner = Border(title: heading, style: .bold).render(into: &grid, area: area)
        guard inner.height >= 4 else { return }
        grid.put(
            strings.format(.packCount, crate.itemBarcodes.count), x: inner.x, y: inner.y, style: .bold,
            maxWidth: inner.width)
        grid.put(strings[.packPrompt], x: inner.x, y: inner.y + 1, style: .dim, maxWidth: inner.width)
        if let last {
            let style = last.accepted ? Style(foreground: .green) : Style(foreground: .red, attributes: .bold)
            grid.put(last.text, x: inner.x, y: inner.y + 2, style: style, maxWidth: inner.width)
        }
        let table = TableView(
            columns: [
                TableColumn(strings[.columnBarcode], width: .fixed(14), priority: 9),
                TableColumn(strings[.columnTitle], width: .flexible(minimum: 16, weight: 2), priority: 8),
                TableColumn(strings[.columnAuthor], width: .flexible(minimum: 10, weight: 1), priority: 3),
            ], rows: [], emptyMessage: strings[.emptyList])
        var state = list
        state.itemCount = crate.itemBarcodes.count
        let data = context.data
        let index = context.index
        table.render(
            into: &grid, area: Rect(x: inner.x, y: inner.y + 4, width: inner.width, height: inner.height - 4),
            state: &state, rowCount: crate.itemBarcodes.count
        ) { row in
            let barcode = crate.itemBarcodes[row]
            let item = data.item(barcode, in: index)
            return [barcode.rawValue, item?.title ?? "?", item?.author ?? ""]
        }
    }

    func hints(_ strings: Strings) -> [KeyHint] {
        [KeyHint("Esc", strings[.keyBack]), KeyHint("Del", strings[.packRemove]), KeyHint("P", strings[.keyPrint])]
    }
}
