import DepotCore

/// The form for a new item or for correcting one. The barcode is the item's identifier: it is typed (or scanned)
/// once for a new item and never edited, so the edit form shows it in its title instead of as a field.
enum ItemForm {
    private enum Field {
        case barcode, title, author, ageBand, theme, format, price
    }

    static func new(_ context: AppContext) -> FormState {
        let blank = Item(barcode: "", title: "", ageBand: .preschool, price: .zero)
        return form(for: blank, isNew: true, context)
    }

    static func edit(_ item: Item, _ context: AppContext) -> FormState {
        form(for: item, isNew: false, context)
    }

    private static func form(for item: Item, isNew: Bool, _ context: AppContext) -> FormState {
        let strings = context.strings
        let bands = AgeBand.allCases.map(strings.label)
        let formats = Item.Format.allCases.map(strings.label)
        let index = context.index
        let required: (String) -> String? = { $0.isEmpty ? strings[.fieldRequired] : nil }
        let checkBarcode: (String) -> String? = { text in
            if text.isEmpty { return strings[.fieldRequired] }
            if text.contains(" ") { return strings[.fieldNoSpaces] }
            return index.itemPosition[Item.ID(text)] != nil ? strings.format(.fieldUnique, text) : nil
        }
        let checkPrice: (String) -> String? = { text in
            guard let price = Money(text), price >= .zero else { return strings[.fieldMoney] }
            return nil
        }
        let layout: [Field] = (isNew ? [.barcode] : []) + [.title, .author, .ageBand, .theme, .format, .price]
        let fields = layout.map { field -> FormField in
            switch field {
            case .barcode: return FormField(strings[.fieldBarcode], item.barcode.rawValue, validate: checkBarcode)
            case .title: return FormField(strings[.fieldTitle], item.title, validate: required)
            case .author: return FormField(strings[.fieldAuthor], item.author ?? "")
            case .ageBand:
                return FormField(strings[.fieldAgeBand], strings.label(item.ageBand), kind: .choice(bands))
            case .theme: return FormField(strings[.fieldTheme], item.theme ?? "")
            case .format:
                return FormField(strings[.fieldFormat], strings.label(item.format), kind: .choice(formats))
            case .price:
                return FormField(
                    strings[.fieldPrice], isNew ? "" : strings.moneyInput(item.price), validate: checkPrice)
            }
        }
        let title = isNew ? strings[.formNewItem] : "\(strings[.formEditItem]) \(item.barcode)"
        return FormState(title: title, fields: fields) { values in
            func value(_ field: Field) -> String { layout.firstIndex(of: field).map { values[$0] } ?? "" }
            var updated = item
            if isNew {
                if let problem = checkBarcode(value(.barcode)) {
                    return .failure(.init(field: layout.firstIndex(of: .barcode)!, message: problem))
                }
                updated.barcode = Item.ID(value(.barcode))
            }
            updated.title = value(.title)
            updated.author = value(.author).nilIfEmpty
            updated.ageBand = bands.firstIndex(of: value(.ageBand)).map { AgeBand.allCases[$0] } ?? item.ageBand
            updated.theme = value(.theme).nilIfEmpty
            updated.format = formats.firstIndex(of: value(.format)).map { Item.Format.allCases[$0] } ?? item.format
            updated.price = Money(value(.price)) ?? item.price
            let change = Change(
                summary: strings.format(.formSaved, updated.title), files: [.items(of: updated.barcode)],
                reveal: .item(updated.barcode)
            ) { data in
                if let position = data.items.position(of: updated.barcode) {
                    // Only what the form shows: the status belongs to deposits and withdrawal.
                    var record = updated
                    record.status = data.items[position].status
                    data.items[position] = record
                } else {
                    let position = data.items.firstIndex { updated.barcode < $0.barcode } ?? data.items.endIndex
                    data.items.insert(updated, at: position)
                }
            }
            return .success(change)
        }
    }
}
