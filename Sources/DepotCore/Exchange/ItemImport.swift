/// Brings items in from a CSV export of the circulation system (Cicero/FBS) or a spreadsheet.
///
/// Making a plan changes nothing: it sorts the file's rows into new items, changed items (field by field),
/// unchanged items, duplicate barcodes and bad rows, each with its line number. Applying a plan changes the item
/// catalogue only, and all at once or not at all.
///
/// - A column the file lacks leaves that field as it is (a new item then needs title, age band and price columns).
///   An empty author or theme clears it; an empty title, age band or price makes the row bad; an empty format
///   leaves it as it is (a new item is a picture book).
/// - An item's status is never changed by an import, and new items are available. Items not in the file are left
///   alone: an import adds and corrects, it never deletes.
/// - A barcode on several lines: when the rows are identical the item is imported once; when they differ none of
///   them is imported, as there is no telling which is right.
/// - A barcode a spreadsheet has turned into a number is a bad row, never a new item: one in scientific notation
///   (`1.23457E+12`), or one that is a catalogue barcode with its leading zeros dropped (`12345678905` for
///   `0012345678905`). From a workbook (`SpreadsheetReader`), a barcode in a number cell is a bad row unless it is
///   an item's barcode exactly (then it is used, with a warning), and an age band in a date cell is a bad row.
public enum ItemImport {
    /// Why a file cannot be imported at all, or a plan no longer fits the library.
    public enum Failure: Error, Hashable, Sendable, CustomStringConvertible, LocalizedText {
        case missingColumn(field: ItemColumns.Field, column: String, header: [String])
        /// The catalogue changed after the plan was made; nothing was applied.
        case stale(barcode: Item.ID)

        public var description: String { text(in: .english) }

        public func text(in language: Language) -> String {
            let book = TextBook(language)
            switch self {
            case .missingColumn(let field, let column, let header):
                let columns = header.map { TerminalSafe.quote($0) }.joined(separator: ", ")
                return book.format(ImportText.missingColumn, TerminalSafe.quote(column), field.rawValue, columns)
            case .stale(let barcode):
                return book.format(ImportText.stale, barcode)
            }
        }
    }

    /// One field of one item before and after.
    public struct FieldChange: Hashable, Sendable, CustomStringConvertible {
        public var field: ItemColumns.Field
        public var old: String?
        public var new: String?

        public var description: String { text(in: .english) }

        /// "title "Før" → "Efter"", an empty value said as "(ingen)" in Danish.
        public func text(in language: Language) -> String {
            let book = TextBook(language)
            let none = book[ImportText.none]
            return book.format(
                ImportText.fieldChange, field.rawValue, old.map { TerminalSafe.quote($0) } ?? none,
                new.map { TerminalSafe.quote($0) } ?? none)
        }
    }

    public struct NewItem: Hashable, Sendable {
        public var line: Int
        public var item: Item
    }

    public struct ChangedItem: Hashable, Sendable {
        public var line: Int
        public var before: Item
        public var after: Item
        public var changes: [FieldChange]
    }

    /// A barcode on more than one line of the file.
    public struct Duplicate: Hashable, Sendable, CustomStringConvertible {
        public var barcode: Item.ID
        public var lines: [Int]
        /// Every row is the same: the item is imported once. Otherwise none of the rows is imported.
        public var identical: Bool

        public var description: String { text(in: .english) }

        public func text(in language: Language) -> String {
            let book = TextBook(language)
            let numbers = lines.map(String.init)
            let list = numbers.dropLast().joined(separator: ", ") + book[ImportText.and] + numbers.last!
            return book.format(identical ? ImportText.duplicateSame : .duplicateDiffer, barcode, list)
        }
    }

    /// What an import would do.
    public struct Plan: Hashable, Sendable {
        /// Data rows read (the header and blank lines not counted).
        public var rowCount: Int
        public var new: [NewItem]
        public var changed: [ChangedItem]
        public var unchanged: [Item.ID]
        public var duplicates: [Duplicate]
        public var badRows: [LineProblem]
        /// Rows imported, with something the user should know: a workbook's barcode stored as a number that is
        /// an item's barcode as it is.
        public var warnings: [LineProblem] = []

        /// Duplicates whose rows differ: none of their rows is imported.
        public var conflictingDuplicates: [Duplicate] { duplicates.filter { !$0.identical } }

        /// Rows that will not be imported because something is wrong: bad rows and conflicting duplicates.
        public var problemCount: Int { badRows.count + conflictingDuplicates.count }

        public var hasChanges: Bool { !new.isEmpty || !changed.isEmpty }

        /// The catalogue with the plan applied, or an error and no change when the catalogue no longer matches
        /// what the plan was made from.
        public func applied(to items: [Item]) throws(Failure) -> [Item] {
            var position: [Item.ID: Int] = [:]
            position.reserveCapacity(items.count)
            for (index, item) in items.enumerated() { position[item.id] = index }
            var result = items
            for change in changed {
                guard let index = position[change.before.id], result[index] == change.before else {
                    throw .stale(barcode: change.before.id)
                }
                result[index] = change.after
            }
            for addition in new {
                guard position[addition.item.id] == nil else { throw .stale(barcode: addition.item.id) }
                result.append(addition.item)
            }
            if !new.isEmpty { result.sort { $0.id < $1.id } }
            return result
        }

        /// Applies the plan to the items of `data`; nothing else changes. On an error `data` is left as it was.
        public func apply(to data: inout LibraryData) throws(Failure) {
            guard new.isEmpty, changed.count <= 64 else {
                data.items = ItemCatalogue(try applied(to: data.items.array))
                return
            }
            // A few changed items: each changed where it stands (a chunk of the catalogue copied, not all of it).
            var items = data.items
            for change in changed {
                guard let index = items.position(of: change.before.id), items[index] == change.before else {
                    throw .stale(barcode: change.before.id)
                }
                items[index] = change.after
            }
            data.items = items
        }
    }

    /// The catalogue's shards that hold, or would hold, the items the rows of `table` name: all that a plan of
    /// `table` looks up, as an item's barcode decides its shard, with its leading zeros or without
    /// (`LibraryStore.LoadScope.items(in:)`). Nil for a table of more than `limit` rows, which is better planned
    /// against the whole catalogue than read twice. Throws only when a needed column is missing, as `plan` does.
    public static func shards(
        of table: CSVTable, columns: ItemColumns = ItemColumns(), limit: Int = 2_000
    ) throws(Failure) -> Set<ItemShard>? {
        guard table.rows.count <= limit else { return nil }
        let positions = try columns.positions(in: table)
        return Set(
            table.rows.compactMap { record in
                ItemRow(record: record, positions: positions, header: table.header).barcode.map(ItemShard.init(of:))
            })
    }

    /// Sorts the rows of `table` against the library's catalogue. Throws only when a needed column is missing. The
    /// problems of bad rows and the warnings are said in `language`.
    public static func plan(
        _ table: CSVTable, columns: ItemColumns = ItemColumns(), items: [Item], language: Language = .english
    ) throws(Failure) -> Plan {
        try plan(table, columns: columns, items: ItemCatalogue(items), language: language)
    }

    /// Sorts the rows of `table` against the catalogue `items`. Throws only when a needed column is missing. The
    /// problems of bad rows and the warnings are said in `language`.
    ///
    /// A file of a few rows (one book corrected) looks its barcodes up in the catalogue, which is in barcode order;
    /// only a longer one indexes the whole catalogue first (at city scale 60,000 items, most of the time of
    /// importing one changed item).
    public static func plan(
        _ table: CSVTable, columns: ItemColumns = ItemColumns(), items: ItemCatalogue, language: Language = .english
    ) throws(Failure) -> Plan {
        let book = TextBook(language)
        let positions = try columns.positions(in: table)
        let rows = table.rows.map {
            ItemRow(record: $0, positions: positions, header: table.header, language: language)
        }
        var badRows = table.problems
        var byBarcode: [Item.ID: [Int]] = [:]
        var order: [Item.ID] = []
        for (index, row) in rows.enumerated() {
            if let problem = row.problem { badRows.append(LineProblem(line: row.line, message: problem)) }
            guard let barcode = row.barcode else { continue }
            if byBarcode[barcode] == nil { order.append(barcode) }
            byBarcode[barcode, default: []].append(index)
        }
        let existing: (Item.ID) -> Item?
        if order.count <= 64 {
            existing = { barcode in items.position(of: barcode).map { items[$0] } }
        } else {
            var byID: [Item.ID: Int] = [:]
            byID.reserveCapacity(items.count)
            items.forEachChunk { chunk, start in
                for index in chunk.indices { byID[chunk[index].id] = start + index }
            }
            existing = { barcode in byID[barcode].map { items[$0] } }
        }
        // Barcodes of the catalogue that start with zeros, by what is left when a spreadsheet drops them: made when
        // a barcode of the file is not in the catalogue.
        var withoutZeros: [String: Item.ID]?
        func original(ofStripped barcode: Item.ID) -> Item.ID? {
            if withoutZeros == nil {
                var stripped: [String: Item.ID] = [:]
                items.forEachChunk { chunk, _ in
                    for index in chunk.indices where chunk[index].id.rawValue.utf8.first == 0x30 {
                        let text = chunk[index].id.rawValue
                        guard text.allSatisfy(\.isASCIIDigit) else { continue }
                        let rest = String(text.drop { $0 == "0" })
                        if !rest.isEmpty { stripped[rest] = chunk[index].id }
                    }
                }
                withoutZeros = stripped
            }
            return withoutZeros?[barcode.rawValue]
        }

        var plan = Plan(
            rowCount: table.rows.count + table.problems.count, new: [], changed: [], unchanged: [],
            duplicates: [], badRows: [])
        for barcode in order {
            let group = byBarcode[barcode]!.map { rows[$0] }
            if group.count > 1 {
                let identical = group.allSatisfy { $0.problem == nil && $0.values == group[0].values }
                plan.duplicates.append(Duplicate(barcode: barcode, lines: group.map(\.line), identical: identical))
                if !identical { continue }
            }
            let row = group[0]
            guard row.problem == nil else { continue }
            if let item = existing(barcode) {
                if row.barcodeIsNumber {
                    plan.warnings.append(
                        LineProblem(
                            line: row.line,
                            message: book.format(ImportText.numberCellUsed, row.barcodeColumn, barcode)))
                }
                let after = row.values.applied(to: item)
                let changes = ItemRow.changes(from: item, to: after, language: language)
                if changes.isEmpty {
                    plan.unchanged.append(barcode)
                } else {
                    plan.changed.append(ChangedItem(line: row.line, before: item, after: after, changes: changes))
                }
            } else if let original = original(ofStripped: barcode) {
                // 0012345678905 saved by a spreadsheet as the number 12345678905: not a new item.
                let place = row.barcodeIsNumber ? "\(row.barcodeColumn): " : ""
                badRows.append(
                    LineProblem(
                        line: row.line,
                        message: place + book.format(ImportText.leadingZerosLost, barcode, original)))
            } else if row.barcodeIsNumber {
                // A number cell may have lost leading zeros: there is no telling which barcode it was.
                badRows.append(
                    LineProblem(
                        line: row.line,
                        message: book.format(ImportText.numberCellLost, row.barcodeColumn, barcode)))
            } else {
                switch row.values.newItem(barcode: barcode, columns: columns, book) {
                case .success(let item): plan.new.append(NewItem(line: row.line, item: item))
                case .failure(let problem): badRows.append(LineProblem(line: row.line, message: problem.message))
                }
            }
        }
        plan.badRows = badRows.sorted { $0.line < $1.line }
        plan.warnings.sort { $0.line < $1.line }
        return plan
    }
}
