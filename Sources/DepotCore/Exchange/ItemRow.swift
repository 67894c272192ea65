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

        /// A new, available item; fails when the row lacks a title, an age band or a price, saying so in `book`'s
        /// language.
        func newItem(barcode: Item.ID, columns: ItemColumns, _ book: TextBook = TextBook(.english)) -> Result<
            Item, MissingField
        > {
            var missing: [ItemColumns.Field] = []
            if title == nil { missing.append(.title) }
            if ageBand == nil { missing.append(.ageBand) }
            if price == nil { missing.append(.price) }
            guard let title, let ageBand, let price else {
                let names = missing.map { book.format(ImportText.fieldInColumn, $0.rawValue, columns.names[$0]!) }
                return .failure(
                    MissingField(
                        message: book.format(
                            ImportText.newItemNeeds, barcode, names.joined(separator: book[ImportText.and]))))
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

    /// The row of `record`, its problems said in `language`.
    init(record: CSVRecord, positions: [ItemColumns.Field: Int], header: [String] = [], language: Language = .english) {
        let book = TextBook(language)
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
            return book.format(ImportText.column, SpreadsheetXML.columnName(position), TerminalSafe.quote(name))
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
            case .error:
                problems.append(book.format(ImportText.cellError, column(field), TerminalSafe.quote(cell(field) ?? "")))
            case .formula:
                problems.append(
                    book.format(ImportText.cellFormula, column(field), TerminalSafe.quote(cell(field) ?? "")))
            default: break
            }
        }
        if let text = cell(.barcode), !kind(.barcode).isUnusable {
            if let problem = ItemFieldText.barcodeProblem(text, book) {
                problems.append(problem)
            } else if kind(.barcode) == .date {
                problems.append(book.format(ImportText.barcodeDate, column(.barcode), text))
            } else {
                barcode = Item.ID(text)
                barcodeIsNumber = kind(.barcode) == .number
                barcodeColumn = column(.barcode)
            }
        }
        if let text = cell(.title), !kind(.title).isUnusable {
            if text.isEmpty { problems.append(book[ImportText.titleEmpty]) } else { values.title = text }
        }
        if let text = cell(.author), !kind(.author).isUnusable { values.author = .some(text.isEmpty ? nil : text) }
        if let text = cell(.theme), !kind(.theme).isUnusable { values.theme = .some(text.isEmpty ? nil : text) }
        if let text = cell(.ageBand), !kind(.ageBand).isUnusable {
            if text.isEmpty {
                problems.append(book[ImportText.noAgeBand])
            } else if kind(.ageBand) == .date {
                problems.append(book.format(ImportText.ageBandDate, column(.ageBand), text))
            } else if let band = ItemFieldText.ageBand(text) {
                values.ageBand = band
            } else {
                let key = ItemFieldText.looksLikeDate(text) ? ImportText.ageBandUnknownDate : .ageBandUnknown
                problems.append(book.format(key, TerminalSafe.quote(text)))
            }
        }
        if let text = cell(.format), !text.isEmpty, !kind(.format).isUnusable {
            if let format = ItemFieldText.format(text) {
                values.format = format
            } else {
                problems.append(book.format(ImportText.formatUnknown, TerminalSafe.quote(text)))
            }
        }
        if let text = cell(.price), !kind(.price).isUnusable {
            if text.isEmpty {
                problems.append(book[ImportText.noPrice])
            } else if let price = ItemFieldText.amount(text) {
                if price < .zero {
                    problems.append(book.format(ImportText.priceNegative, TerminalSafe.quote(text)))
                } else {
                    values.price = price
                }
            } else {
                problems.append(book.format(ImportText.priceNotAmount, TerminalSafe.quote(text)))
            }
        }
        problem = problems.isEmpty ? nil : problems.joined(separator: "; ")
    }

    /// The fields that differ between `before` and `after`, in column order; a price as `language` writes it.
    static func changes(from before: Item, to after: Item, language: Language = .english) -> [ItemImport.FieldChange] {
        var changes: [ItemImport.FieldChange] = []
        func compare(_ field: ItemColumns.Field, _ old: String?, _ new: String?) {
            if old != new { changes.append(ItemImport.FieldChange(field: field, old: old, new: new)) }
        }
        compare(.title, before.title, after.title)
        compare(.author, before.author, after.author)
        compare(.ageBand, before.ageBand.rawValue, after.ageBand.rawValue)
        compare(.theme, before.theme, after.theme)
        compare(.format, before.format.rawValue, after.format.rawValue)
        compare(.price, NumberText.amount(before.price, in: language), NumberText.amount(after.price, in: language))
        return changes
    }
}

extension CellKind {
    /// An error or a formula without its value: the cell holds nothing to import.
    var isUnusable: Bool { self == .error || self == .formula }
}
