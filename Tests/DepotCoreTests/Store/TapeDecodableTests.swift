import Foundation
import Testing

@testable import DepotCore

/// The tape readers of items and deposits give exactly what the records' `init(from:)` gives, and leave anything
/// they do not read (and every error) to it.
@Suite struct TapeDecodableTests {
    private struct Items: Codable, Equatable { var items: [Item] }
    private struct Deposits: Codable, Equatable { var deposits: [Deposit] }
    private struct Crates: Codable, Equatable { var crates: [Crate] }

    private static func decode<T: Decodable>(_ type: T.Type, _ json: String, fromTape: Bool) throws -> T {
        var decoder = FastJSONDecoder()
        decoder.readsRecordsFromTape = fromTape
        return try decoder.decode(T.self, from: Array(json.utf8))
    }

    /// The value or the error's full description, for comparing the two ways of decoding.
    private static func outcome<T: Decodable & Equatable>(_ type: T.Type, _ json: String, fromTape: Bool) -> String {
        do {
            return "value \(try decode(T.self, json, fromTape: fromTape))"
        } catch {
            let damage = JSONFileDecoding.damage(error, file: "items.json")
            return "error \(damage)"
        }
    }

    /// Reads the first record of `json` (an array of one object) with its tape reader alone.
    private static func readDirectly<T: TapeDecodable>(_ type: T.Type, _ json: String) throws -> T {
        let tape = try Array(json.utf8).withUnsafeBytes { try JSONTape(parsing: $0) }
        return try T(tape: TapeReader(tape: tape), objectAt: 0)
    }

    @Test func aGeneratedLibraryDecodesTheSameEitherWay() throws {
        let data = LibraryGenerator(scale: .town, today: Day(year: 2026, month: 11, day: 23)!).generate()
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let items = String(decoding: try encoder.encode(Items(items: data.items.array)), as: UTF8.self)
        let deposits = String(decoding: try encoder.encode(Deposits(deposits: data.deposits)), as: UTF8.self)
        #expect(try Self.decode(Items.self, items, fromTape: true).items == data.items.array)
        #expect(try Self.decode(Items.self, items, fromTape: false).items == data.items.array)
        #expect(try Self.decode(Deposits.self, deposits, fromTape: true).deposits == data.deposits)
        let crates = String(decoding: try encoder.encode(Crates(crates: data.crates)), as: UTF8.self)
        #expect(try Self.decode(Crates.self, crates, fromTape: true).crates == data.crates)
        #expect(data.crates.contains { $0.notes != nil })
        #expect(data.deposits.contains { !$0.exceptions.isEmpty })
    }

    @Test func plainRecordsAreReadByTheReaderItself() throws {
        let item = try Self.readDirectly(
            Item.self,
            #"{"ageBand":"3-6","barcode":"5000100000004","format":"pictureBook","price":"242.95","status":"lost","title":"Raketten"}"#
        )
        #expect(
            item
                == Item(
                    barcode: "5000100000004", title: "Raketten", ageBand: .preschool,
                    price: Money(kroner: 242, øre: 95),
                    status: .lost))
        let deposit = try Self.readDirectly(
            Deposit.self,
            #"{"crateIDs":["K1"],"createdOn":"2025-08-01","dueOn":"2025-11-03","exceptions":[{"barcode":"B1","kind":"lost","recordedOn":"2025-11-04"}],"id":"D1","itemBarcodes":["B1","B2"],"kind":"deposit","partnerID":"P1","renewals":2,"returnInProgress":null}"#
        )
        #expect(deposit.itemBarcodes == ["B1", "B2"])
        #expect(
            deposit.exceptions == [.init(barcode: "B1", kind: .lost, recordedOn: Day(year: 2025, month: 11, day: 4)!)])
        #expect(deposit.renewals == 2 && deposit.returnInProgress == nil && deposit.visitOn == nil)
    }

    @Test(arguments: [
        // Optional fields null, missing, or present; unknown keys ignored.
        #"{"ageBand":"0-3","author":null,"barcode":"1","format":"book","price":"1","status":"available","theme":"Dyr","title":"T","extra":[1,{"a":2}]}"#,
        // A duplicated key: the first wins.
        #"{"ageBand":"0-3","barcode":"1","barcode":"2","format":"book","price":"1.5","status":"available","title":"T"}"#,
        // Escapes in keys and values.
        #"{"ageBand":"0-3","barc\u006fde":"1","format":"book","price":"1\u002e50","status":"available","title":"\u00c6ble \"x\""}"#,
        // Amounts: spaces, a comma, beyond the file limit, not an amount.
        #"{"ageBand":"0-3","barcode":"1","format":"book","price":" 2,5 ","status":"available","title":"T"}"#,
        #"{"ageBand":"0-3","barcode":"1","format":"book","price":"100000000.01","status":"available","title":"T"}"#,
        #"{"ageBand":"0-3","barcode":"1","format":"book","price":"12kr","status":"available","title":"T"}"#,
        // Missing and null required fields, wrong kinds, unknown enum values.
        #"{"ageBand":"0-3","format":"book","price":"1","status":"available","title":"T"}"#,
        #"{"ageBand":"0-3","barcode":"1","format":"book","price":"1","status":"available","title":null}"#,
        #"{"ageBand":"0-3","barcode":7,"format":"book","price":"1","status":"available","title":"T"}"#,
        #"{"ageBand":"9-99","barcode":"1","format":"book","price":"1","status":"available","title":"T"}"#,
        #"{"ageBand":"0-3","barcode":"1","format":"book","price":1,"status":"available","title":"T"}"#,
        #"["not an object"]"#,
    ])
    func anItemDecodesTheSameEitherWay(record: String) {
        let json = "{\"items\":[\(record)]}"
        #expect(Self.outcome(Items.self, json, fromTape: true) == Self.outcome(Items.self, json, fromTape: false))
    }

    @Test(arguments: [
        // A return being scanned, read by init(from:).
        #""returnInProgress":{"startedOn":"2025-11-01","scanned":["B1"],"damaged":[{"barcode":"B1","note":"wet"}]}"#,
        #""visitOn":"2025-08-04","dispatchedOn":null,"returnedOn":"2025-11-01","notes":"ring først""#,
        // Days: out of range, not a day, escaped.
        #""visitOn":"0000-03-01""#, #""visitOn":"2025-02-30""#, #""visitOn":"2025\u002d08-04""#,
        // Renewals: not whole, too large, text.
        #""renewals":1.5"#, #""renewals":99999999999999999999"#, #""renewals":"2""#,
        // A damaged exception and a damaged barcode list.
        #""exceptions":[{"barcode":"B1","kind":"eaten","recordedOn":"2025-11-04"}]"#,
        #""exceptions":[{"barcode":"B1","recordedOn":"2025-11-04"}]"#,
        #""itemBarcodes":["B1",2]"#, #""crateIDs":"K1""#,
    ])
    func aDepositDecodesTheSameEitherWay(member: String) {
        let json =
            #"{"deposits":[{"#
            + member
            + #","crateIDs":["K1"],"createdOn":"2025-08-01","dueOn":"2025-11-03","exceptions":[],"id":"D1","itemBarcodes":["B1","B2"],"kind":"deposit","partnerID":"P1","renewals":2}]}"#
        #expect(
            Self.outcome(Deposits.self, json, fromTape: true) == Self.outcome(Deposits.self, json, fromTape: false))
    }

    /// A field added to a record must be read by its tape reader too: the keys it reads are the record's properties.
    @Test func theReadersReadEveryFieldOfTheirRecords() {
        func labels(_ value: Any) -> [String] { Mirror(reflecting: value).children.compactMap(\.label).sorted() }
        func keys(_ keys: [StaticString]) -> [String] {
            let names = keys.map { $0.description }
            // In the order the store writes them, for the reader's search.
            #expect(names == names.sorted())
            return names
        }
        let item = Item(barcode: "1", title: "T", ageBand: .school, price: .zero)
        let exception = Deposit.Exception(barcode: "1", kind: .lost, recordedOn: Day(ordinal: 0))
        let deposit = Deposit(
            id: "D1", partnerID: "P1", kind: .deposit, crateIDs: [], itemBarcodes: [], createdOn: Day(ordinal: 0),
            dueOn: Day(ordinal: 0))
        #expect(keys(Item.tapeKeys) == labels(item))
        #expect(keys(Deposit.Exception.tapeKeys) == labels(exception))
        #expect(keys(Deposit.tapeKeys) == labels(deposit))
        #expect(keys(Crate.tapeKeys) == labels(Crate(id: "K1", theme: "Dyr", ageBand: .toddlers)))
    }
}
