/// One row of an item file, read into item fields.
struct ItemRow {
    /// The fields the row sets. A field whose column the file lacks is nil (left as it is); for author and theme an
    /// empty cell is `.some(nil)` (cleared).
    struct Values: Hashable {
        var title: String?
        var author: String??
        var ageBand: AgeBand?
        var theme: String??
        var format: Item.Format?
        var price: Money?

        func applied(to item: Item) -> Item {
            var result = item
            if let title { result.title = title }
            if let author { result.author = author }
            if let ageBand { result.ageBand = ageBand }
            if let theme { result.theme = theme }
            if let format { result.format = format }
            if let price { result.price = price }
            return result
        }

        /// A new, available item; fails when the row lacks a title, an age band or a price.
        func newItem(barcode: Item.ID, columns: ItemColumns) -> Result<Item, MissingField> {
            var missing: [ItemColumns.Field] = []
            if title == nil { missing.append(.title) }
            if ageBand == nil { missing.append(.ageBand) }
            if price == nil { missing.append(.price) }
            guard let title, let ageBand, let price else {
                let names = missing.map { "\($0.rawValue) (column \"\(columns.names[$0]!)\")" }
                return .failure(
                    MissingField(
                        message: "\(barcode) is a new item and needs \(names.joined(separator: " and ")), "
                            + "which the file does not have"))
            }
            return .success(
                Item(
                    barcode: barcode, title: title, author: author ?? nil, ageBand: ageBand, theme: theme ?? nil,
                    format: format ?? .pictureBook, price: price, status: .available))
        }
    }

    struct MissingField: Error {
        var message: String
    }

    var line: Int
    var barcode: Item.ID?
    /// The barcode came from a number cell of a workbook, not a text cell: any leading zeros it had are lost.
    var barcodeIsNumber = false
    /// Where the barcode is, for a message: `column A ("barcode")` in a workbook.
    var barcodeColumn = ""
    var values = Values()
    /// Everything wrong with the row, joined by "; ".
    var problem: String?

    init(record: CSVRecord, positions: [ItemColumns.Field: Int], header: [String] = []) {
        line = record.line
        var problems: [String] = []
        // A workbook's cells say what they are; CSV fields are all text.
        let fromSheet = !record.kinds.isEmpty
        func kind(_ field: ItemColumns.Field) -> CellKind {
            guard let position = positions[field], record.kinds.indices.contains(position) else { return .text }
            return record.kinds[position]
        }
        func column(_ field: ItemColumns.Field) -> String {
            guard let position = positions[field] else { return field.rawValue }
            let name = header.indices.contains(position) ? header[position] : field.rawValue
            return "column \(SpreadsheetXML.columnName(position)) (\(TerminalSafe.quote(name)))"
        }
        func cell(_ field: ItemColumns.Field) -> String? {
            // A cell Depot exported with a quote against formulas reads back as it was (`CSVFormula`); a workbook's
            // text cells are written as they are.
            positions[field].map {
                (fromSheet ? record.fields[$0] : CSVFormula.restored(record.fields[$0])).trimmingSpaces
            }
        }
        for field in ItemColumns.Field.allCases {
            switch kind(field) {
            case .error: problems.append("\(column(field)) holds the error \(TerminalSafe.quote(cell(field) ?? ""))")
            case .formula:
                problems.append(
                    "\(column(field)) holds the formula \(TerminalSafe.quote(cell(field) ?? "")) without its value; "
                        + "open and save the workbook in a spreadsheet program, or type the value")
            default: break
            }
        }
        if let text = cell(.barcode), !kind(.barcode).isUnusable {
            if let problem = ItemFieldText.barcodeProblem(text) {
                problems.append(problem)
            } else if kind(.barcode) == .date {
                problems.append("\(column(.barcode)) holds the date \(text), not a barcode")
            } else {
                barcode = Item.ID(text)
                barcodeIsNumber = kind(.barcode) == .number
                barcodeColumn = column(.barcode)
            }
        }
        if let text = cell(.title), !kind(.title).isUnusable {
            if text.isEmpty { problems.append("title is empty") } else { values.title = text }
        }
        if let text = cell(.author), !kind(.author).isUnusable { values.author = .some(text.isEmpty ? nil : text) }
        if let text = cell(.theme), !kind(.theme).isUnusable { values.theme = .some(text.isEmpty ? nil : text) }
        if let text = cell(.ageBand), !kind(.ageBand).isUnusable {
            if text.isEmpty {
                problems.append("no age band")
            } else if kind(.ageBand) == .date {
                problems.append(
                    "\(column(.ageBand)) holds the date \(text), not an age band: a spreadsheet made an age band "
                        + "such as 3-6 a date. Format the column as text and type the age band again")
            } else if let band = ItemFieldText.ageBand(text) {
                values.ageBand = band
            } else {
                let date =
                    ItemFieldText.looksLikeDate(text)
                    ? "; it looks like a date: a spreadsheet may have made an age band such as 3-6 one. Format the "
                        + "column as text and type the age band again"
                    : ""
                problems.append(
                    "age band \(TerminalSafe.quote(text)) is not understood (use 0-3, 3-6 or skole)\(date)")
            }
        }
        if let text = cell(.format), !text.isEmpty, !kind(.format).isUnusable {
            if let format = ItemFieldText.format(text) {
                values.format = format
            } else {
                problems.append(
                    "format \(TerminalSafe.quote(text)) is not understood (use billedbog, papbog, bog, lydbog, spil or andet)"
                )
            }
        }
        if let text = cell(.price), !kind(.price).isUnusable {
            if text.isEmpty {
                problems.append("no price")
            } else if let price = ItemFieldText.amount(text) {
                if price < .zero {
                    problems.append("price \(TerminalSafe.quote(text)) is negative")
                } else {
                    values.price = price
                }
            } else {
                problems.append("price \(TerminalSafe.quote(text)) is not an amount")
            }
        }
        problem = problems.isEmpty ? nil : problems.joined(separator: "; ")
    }

    /// The fields that differ between `before` and `after`, in column order.
    static func changes(from before: Item, to after: Item) -> [ItemImport.FieldChange] {
        var changes: [ItemImport.FieldChange] = []
        func compare(_ field: ItemColumns.Field, _ old: String?, _ new: String?) {
            if old != new { changes.append(ItemImport.FieldChange(field: field, old: old, new: new)) }
        }
        compare(.title, before.title, after.title)
        compare(.author, before.author, after.author)
        compare(.ageBand, before.ageBand.rawValue, after.ageBand.rawValue)
        compare(.theme, before.theme, after.theme)
        compare(.format, before.format.rawValue, after.format.rawValue)
        compare(.price, before.price.description, after.price.description)
        return changes
    }
}

extension CellKind {
    /// An error or a formula without its value: the cell holds nothing to import.
    var isUnusable: Bool { self == .error || self == .formula }
}
