// Tape readers for the records of the large files: the 60,000-item catalogue, the crates and the deposits with
// their lists of barcodes, which are most of a city library's load. They only read a record in its plain, valid
// shape; anything else throws `TapeShapeMismatch` and the record's own `init(from:)` decodes it and names what is
// wrong (see `TapeDecodable`).

extension Item: TapeDecodable {
    static let tapeKeys: [StaticString] = [
        "ageBand", "author", "barcode", "format", "price", "status", "theme", "title",
    ]

    init(tape reader: TapeReader, objectAt objectIndex: Int) throws(TapeShapeMismatch) {
        var barcode: ID?
        var title: String?
        var author: String?
        var ageBand: AgeBand?
        var theme: String?
        var format: Format?
        var price: Money?
        var status: Status?
        try reader.forEachMember(ofObjectAt: objectIndex, keys: Self.tapeKeys) { key, value throws(TapeShapeMismatch) in
            switch key {
            case 2: barcode = try reader.identifier(value)
            case 7: title = try reader.string(value)
            case 1: author = try reader.optionalString(value)
            case 0: ageBand = try reader.rawValue(value)
            case 6: theme = try reader.optionalString(value)
            case 3: format = try reader.rawValue(value)
            case 4: price = try reader.money(value)
            case 5: status = try reader.rawValue(value)
            default: break
            }
        }
        guard let barcode, let title, let ageBand, let format, let price, let status else {
            throw TapeShapeMismatch()
        }
        self.init(
            barcode: barcode, title: title, author: author, ageBand: ageBand, theme: theme, format: format,
            price: price, status: status)
    }
}

extension Deposit: TapeDecodable {
    static let tapeKeys: [StaticString] = [
        "crateIDs", "createdOn", "dispatchedOn", "dueOn", "exceptions", "id", "itemBarcodes", "kind", "notes",
        "partnerID", "renewals", "returnInProgress", "returnedOn", "visitOn",
    ]

    init(tape reader: TapeReader, objectAt objectIndex: Int) throws(TapeShapeMismatch) {
        var id: ID?
        var partnerID: Partner.ID?
        var kind: DepositKind?
        var crateIDs: [Crate.ID]?
        var itemBarcodes: [Item.ID]?
        var createdOn: Day?
        var visitOn: Day?
        var dispatchedOn: Day?
        var dueOn: Day?
        var returnedOn: Day?
        var renewals: Int?
        var exceptions: [Exception]?
        var notes: String?
        try reader.forEachMember(ofObjectAt: objectIndex, keys: Self.tapeKeys) { key, value throws(TapeShapeMismatch) in
            switch key {
            case 5: id = try reader.identifier(value)
            case 9: partnerID = try reader.identifier(value)
            case 7: kind = try reader.rawValue(value)
            case 0: crateIDs = try reader.identifiers(value)
            case 6: itemBarcodes = try reader.identifiers(value)
            case 1: createdOn = try reader.day(value)
            case 13: visitOn = try reader.optionalDay(value)
            case 2: dispatchedOn = try reader.optionalDay(value)
            case 3: dueOn = try reader.day(value)
            case 12: returnedOn = try reader.optionalDay(value)
            case 10: renewals = try reader.int(value)
            case 4:
                exceptions = try reader.array(value) { element throws(TapeShapeMismatch) in
                    try Exception(tape: reader, objectAt: element)
                }
            case 8: notes = try reader.optionalString(value)
            // A return being scanned is rare and nested: `init(from:)` reads it.
            case 11: guard reader.isNull(value) else { throw TapeShapeMismatch() }
            default: break
            }
        }
        guard let id, let partnerID, let kind, let crateIDs, let itemBarcodes, let createdOn, let dueOn, let renewals,
            let exceptions
        else { throw TapeShapeMismatch() }
        self.init(
            id: id, partnerID: partnerID, kind: kind, crateIDs: crateIDs, itemBarcodes: itemBarcodes,
            createdOn: createdOn, visitOn: visitOn, dispatchedOn: dispatchedOn, dueOn: dueOn, returnedOn: returnedOn,
            renewals: renewals, exceptions: exceptions, notes: notes, returnInProgress: nil)
    }
}

extension Deposit.Exception: TapeDecodable {
    static let tapeKeys: [StaticString] = [
        "barcode", "kind", "note", "recordedOn",
    ]

    init(tape reader: TapeReader, objectAt objectIndex: Int) throws(TapeShapeMismatch) {
        var barcode: Item.ID?
        var kind: Kind?
        var recordedOn: Day?
        var note: String?
        try reader.forEachMember(ofObjectAt: objectIndex, keys: Self.tapeKeys) { key, value throws(TapeShapeMismatch) in
            switch key {
            case 0: barcode = try reader.identifier(value)
            case 1: kind = try reader.rawValue(value)
            case 3: recordedOn = try reader.day(value)
            case 2: note = try reader.optionalString(value)
            default: break
            }
        }
        guard let barcode, let kind, let recordedOn else { throw TapeShapeMismatch() }
        self.init(barcode: barcode, kind: kind, recordedOn: recordedOn, note: note)
    }
}

extension Crate: TapeDecodable {
    static let tapeKeys: [StaticString] = [
        "ageBand", "id", "itemBarcodes", "notes", "state", "theme",
    ]

    init(tape reader: TapeReader, objectAt objectIndex: Int) throws(TapeShapeMismatch) {
        var id: ID?
        var theme: String?
        var ageBand: AgeBand?
        var itemBarcodes: [Item.ID]?
        var state: State?
        var notes: String?
        try reader.forEachMember(ofObjectAt: objectIndex, keys: Self.tapeKeys) { key, value throws(TapeShapeMismatch) in
            switch key {
            case 1: id = try reader.identifier(value)
            case 5: theme = try reader.string(value)
            case 0: ageBand = try reader.rawValue(value)
            case 2: itemBarcodes = try reader.identifiers(value)
            case 4: state = try reader.rawValue(value)
            case 3: notes = try reader.optionalString(value)
            default: break
            }
        }
        guard let id, let theme, let ageBand, let itemBarcodes, let state else { throw TapeShapeMismatch() }
        self.init(id: id, theme: theme, ageBand: ageBand, itemBarcodes: itemBarcodes, state: state, notes: notes)
    }
}
