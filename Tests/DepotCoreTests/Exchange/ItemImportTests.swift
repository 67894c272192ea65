import Foundation
import Testing

@testable import DepotCore

@Suite("Exchange: item import")
struct ExchangeItemImportTests {
    /// The circulation system's column names.
    static let danish = try! ItemColumns(
        parsing: "barcode=Stregkode,title=Titel,author=Forfatter,price=Pris,ageBand=Alder,theme=Emne,"
            + "format=Materialetype")
    static let header = "Stregkode;Titel;Forfatter;Pris;Alder;Emne;Materialetype"

    private func plan(_ lines: [String], columns: ItemColumns = danish, items: [Item]? = nil) throws
        -> ItemImport.Plan
    {
        let table = try CSVTable.read(([ExchangeItemImportTests.header] + lines).joined(separator: "\r\n") + "\r\n")
        return try ItemImport.plan(table, columns: columns, items: items ?? Fixtures.library().items.array)
    }

    @Test func sortsRowsIntoNewChangedAndUnchanged() throws {
        let plan = try plan([
            "5000000000001;Bamse og æblet 1;;199,95;3-6;Dyr;billedbog",
            "5000000000002;Bamse og æblet 2;Kirsten Ø. Holm;249,95;Børn 3-6 år;Dyr;Billedbog",
            "9788700000001;Ny bog;Ida Jensen;149.95;0-3;;Papbog",
        ])
        #expect(plan.rowCount == 3)
        #expect(plan.unchanged == ["5000000000001"])
        #expect(plan.changed.count == 1)
        #expect(plan.changed[0].line == 3)
        #expect(
            plan.changed[0].changes == [ItemImport.FieldChange(field: .price, old: "199.95", new: "249.95")])
        #expect(plan.new.count == 1)
        #expect(plan.new[0].line == 4)
        #expect(
            plan.new[0].item
                == Item(
                    barcode: "9788700000001", title: "Ny bog", author: "Ida Jensen", ageBand: .toddlers,
                    format: .boardBook, price: Money(kroner: 149, øre: 95)))
        #expect(plan.badRows.isEmpty && plan.duplicates.isEmpty)
        #expect(plan.problemCount == 0)
    }

    @Test func changesAreListedFieldByField() throws {
        let plan = try plan(["5000000000002;Bamse og æblet to;;199,95;0-3;Bjørne;bog"])
        #expect(
            plan.changed[0].changes.map(\.description) == [
                "title \"Bamse og æblet 2\" → \"Bamse og æblet to\"", "author \"Kirsten Ø. Holm\" → (none)",
                "ageBand \"3-6\" → \"0-3\"", "theme \"Dyr\" → \"Bjørne\"", "format \"pictureBook\" → \"book\"",
            ])
    }

    @Test func badRowsAreSkippedWithTheirLineNumberAndWhatIsWrong() throws {
        let plan = try plan([
            "5000000000001;Bamse og æblet 1;;12,3,4;3-6;Dyr;billedbog",
            "9788700000002;;;100;voksen;;DVD",
            "9788700000003;Fin bog;;100;3-6;;",
            ";Ingen stregkode;;100;3-6;;",
            "5,0001E+12;Excel;;100;3-6;;",
            "9788700000004;Kort",
        ])
        #expect(plan.new.map(\.item.barcode) == ["9788700000003"])
        #expect(
            plan.badRows.map(\.description) == [
                "line 2: price \"12,3,4\" is not an amount",
                "line 3: title is empty; age band \"voksen\" is not understood (use 0-3, 3-6 or skole); "
                    + "format \"DVD\" is not understood (use billedbog, papbog, bog, lydbog, spil or andet)",
                "line 5: no barcode",
                "line 6: barcode \"5,0001E+12\" was turned into a number by a spreadsheet; format the column as "
                    + "text and export again",
                "line 7: 2 fields, but the header has 7 (is the separator \";\"?)",
            ])
        #expect(plan.problemCount == 5)
    }

    @Test func aBarcodeThatLostItsLeadingZerosIsReportedNotAdded() throws {
        var items = Fixtures.library().items.array
        var zeros = items[0]
        zeros.barcode = "0012345678905"
        items.append(zeros)
        let plan = try plan(
            [
                "12345678905;Bamse og æblet 1;;199,95;3-6;Dyr;billedbog",
                "0012345678905;Bamse og æblet 1;;199,95;3-6;Dyr;billedbog",
                "1,23457E+12;Excel;;100;3-6;;",
                "5e+13;Excel;;100;3-6;;",
                "3274E001;Rigtig stregkode;;100;3-6;;",
            ], items: items)
        #expect(!plan.new.contains { $0.item.barcode == "12345678905" })
        #expect(plan.unchanged.contains("0012345678905"))
        #expect(plan.new.map(\.item.barcode) == ["3274E001"])
        #expect(
            plan.badRows.map(\.description) == [
                "line 2: barcode 12345678905 is 0012345678905 with its leading zeros lost (a spreadsheet made it a "
                    + "number); it is not added as a new item. Format the column as text and export again",
                "line 4: barcode \"1,23457E+12\" was turned into a number by a spreadsheet; format the column as "
                    + "text and export again",
                "line 5: barcode \"5e+13\" was turned into a number by a spreadsheet; format the column as text "
                    + "and export again",
            ])
    }

    @Test func aBadRowIsReportedWithItsLineNumberAfterAQuotedLineBreak() throws {
        let plan = try plan([
            "9788700000001;\"To\nlinjer\";;100;3-6;;", "9788700000002;Ok;;100;3-6;;",
            "9788700000003;Galt;;12,3,4;3-6;;",
        ])
        #expect(plan.new.map(\.line) == [2, 4])
        #expect(plan.badRows.map(\.description) == ["line 5: price \"12,3,4\" is not an amount"])
    }

    @Test func duplicateBarcodesAreReportedWithBothLineNumbers() throws {
        let plan = try plan([
            "9788700000001;Samme;;100;3-6;;",
            "9788700000002;Første;;100;3-6;;",
            "9788700000001;Samme;;100;3-6;;",
            "9788700000002;Anden;;100;3-6;;",
        ])
        #expect(
            plan.duplicates == [
                ItemImport.Duplicate(barcode: "9788700000001", lines: [2, 4], identical: true),
                ItemImport.Duplicate(barcode: "9788700000002", lines: [3, 5], identical: false),
            ])
        // Identical rows import once; rows that differ do not import at all.
        #expect(plan.new.map(\.item.barcode) == ["9788700000001"])
        #expect(plan.conflictingDuplicates.count == 1)
        #expect(plan.problemCount == 1)
        #expect(
            plan.duplicates[1].description
                == "barcode 9788700000002 is on lines 3 and 5 with different values; none of them is imported")
    }

    @Test func aDuplicateOfABadRowIsNotImported() throws {
        let plan = try plan(["9788700000001;Samme;;100;3-6;;", "9788700000001;Samme;;1,2,3;3-6;;"])
        #expect(plan.new.isEmpty)
        #expect(plan.duplicates.map(\.identical) == [false])
        #expect(plan.badRows.map(\.line) == [3])
    }

    @Test func theStatusOfAnItemIsNeverChanged() throws {
        let items = Fixtures.library().items.array
        #expect(items[4].status == .lost)
        let table = try CSVTable.read(
            "barcode,title,ageBand,price,status\n5000000000005,Nyt navn,3-6,199.95,available\n"
                + "9788700000001,Ny,3-6,10,withdrawn\n")
        let plan = try ItemImport.plan(table, items: items)
        #expect(plan.changed.map(\.after.status) == [.lost])
        #expect(plan.new.map(\.item.status) == [.available])
        #expect(throws: ItemColumns.MappingError.self) { try ItemColumns(parsing: "status=Status") }
    }

    @Test func columnsTheFileLacksLeaveFieldsAlone() throws {
        let table = try CSVTable.read("barcode;price\n5000000000002;99\n9788700000001;10\n")
        let plan = try ItemImport.plan(table, items: Fixtures.library().items)
        #expect(plan.changed.count == 1)
        #expect(plan.changed[0].changes.map(\.field) == [.price])
        #expect(plan.changed[0].after.author == "Kirsten Ø. Holm")
        // A new item needs a title and an age band, which this file does not have.
        #expect(
            plan.badRows.map(\.description) == [
                "line 3: 9788700000001 is a new item and needs title (column \"title\") and ageBand (column "
                    + "\"ageBand\"), which the file does not have"
            ])
    }

    @Test func aColumnNamedInTheMappingMustBeInTheFile() throws {
        let table = try CSVTable.read("Stregkode;Titel\n1;x\n")
        #expect(
            throws: ItemImport.Failure.missingColumn(field: .price, column: "Pris", header: ["Stregkode", "Titel"])
        ) {
            try ItemImport.plan(table, columns: try ItemColumns(parsing: "barcode=Stregkode,price=Pris"), items: [])
        }
        #expect(throws: ItemImport.Failure.self) {
            try ItemImport.plan(table, items: [])  // no "barcode" column
        }
    }

    @Test func mappingsAreReadAndCheckedField() throws {
        let columns = try ItemColumns(parsing: " barcode = Stregkode , TITLE=Titel")
        #expect(columns.names[.barcode] == "Stregkode")
        #expect(columns.names[.title] == "Titel")
        #expect(columns.names[.price] == "price")
        #expect(columns.explicit == [.barcode, .title])
        #expect(throws: ItemColumns.MappingError.self) { try ItemColumns(parsing: "colour=Farve") }
        #expect(throws: ItemColumns.MappingError.self) { try ItemColumns(parsing: "title") }
        #expect(throws: ItemColumns.MappingError.self) { try ItemColumns(parsing: "title=") }
        #expect(throws: ItemColumns.MappingError.self) { try ItemColumns(parsing: "title=A,title=B") }
    }

    @Test func applyingChangesTheItemsAndNothingElse() throws {
        var data = Fixtures.library()
        let before = data
        let plan = try plan([
            "5000000000002;Bamse og æblet 2;Kirsten Ø. Holm;249,95;3-6;Dyr;billedbog",
            "1000;Først i rækken;;100;skole;;spil",
        ])
        try plan.apply(to: &data)
        #expect(data.items.count == before.items.count + 1)
        #expect(data.items.first?.barcode == "1000")  // kept in identifier order
        #expect(data.items.first { $0.barcode == "5000000000002" }?.price == Money(kroner: 249, øre: 95))
        var rest = data
        rest.items = before.items
        #expect(rest == before)
    }

    @Test func aPlanThatNoLongerFitsChangesNothing() throws {
        var data = Fixtures.library()
        let plan = try plan([
            "9788700000001;Ny;;100;3-6;;", "5000000000002;Bamse og æblet 2;Kirsten Ø. Holm;249,95;3-6;Dyr;billedbog",
        ])
        // Someone corrects the item after the plan was made.
        data.items[1].title = "Rettet"
        let edited = data
        #expect(throws: ItemImport.Failure.stale(barcode: "5000000000002")) { try plan.apply(to: &data) }
        #expect(data == edited)
    }

    /// A file of a few rows looks each barcode up in the catalogue; a longer one indexes the catalogue first. Both
    /// must sort the same rows the same way: the few rows of the test above, then with 80 more rows after them.
    @Test func aLongFileSortsItsRowsAsAShortOneDoes() throws {
        var items = Fixtures.library().items.array
        var zeros = items[0]
        zeros.barcode = "0012345678905"
        items.append(zeros)
        let few = [
            "12345678905;Bamse og æblet 1;;199,95;3-6;Dyr;billedbog",
            "5000000000002;Bamse og æblet 2;Kirsten Ø. Holm;249,95;3-6;Dyr;billedbog",
            "9788700000001;Ny bog;Ida Jensen;149.95;0-3;;Papbog",
            "5e+13;Excel;;100;3-6;;",
        ]
        let more = (0..<80).map { "97887000010\(String(format: "%02d", $0));Flere bøger \($0);;100;3-6;;" }
        let short = try plan(few, items: items)
        let long = try plan(few + more, items: items)
        #expect(long.changed == short.changed)
        #expect(long.badRows == short.badRows)
        #expect(long.unchanged == short.unchanged)
        #expect(Array(long.new.prefix(short.new.count)) == short.new)
        #expect(long.new.count == short.new.count + 80)
    }

    @Test func changedItemsAloneAreChangedWhereTheyStandOrNotAtAll() throws {
        var data = Fixtures.library()
        let before = data
        let plan = try plan(["5000000000002;Bamse og æblet 2;Kirsten Ø. Holm;249,95;3-6;Dyr;billedbog"])
        var changed = data
        try plan.apply(to: &changed)
        #expect(changed.items.map(\.barcode) == before.items.map(\.barcode))
        #expect(changed.items.first { $0.barcode == "5000000000002" }?.price == Money(kroner: 249, øre: 95))
        #expect(
            changed.items.filter { $0.barcode != "5000000000002" }
                == before.items.filter { $0.barcode != "5000000000002" })
        // Corrected by someone else after the plan was made: nothing is changed.
        let index = try #require(data.items.position(of: "5000000000002"))
        data.items[index].title = "Rettet"
        let edited = data
        #expect(throws: ItemImport.Failure.stale(barcode: "5000000000002")) { try plan.apply(to: &data) }
        #expect(data == edited)
    }

    @Test func aPlanIsNotAppliedTwice() throws {
        var data = Fixtures.library()
        let plan = try plan(["9788700000001;Ny;;100;3-6;;"])
        try plan.apply(to: &data)
        let once = data
        #expect(throws: ItemImport.Failure.stale(barcode: "9788700000001")) { try plan.apply(to: &data) }
        #expect(data == once)
    }

    @Test(arguments: [
        ("0-3", AgeBand.toddlers), ("3-6", .preschool), ("skole", .school), ("school", .school),
        ("Børn 0-3 år", .toddlers), ("Børn 3–6 år", .preschool), ("3 til 6 år", .preschool), ("0 - 2", .toddlers),
        ("Billedbøger 3-6 år", .preschool), ("Småbørn", .toddlers), ("børnehave", .preschool),
        ("Indskoling", .school), ("6-9 år", .school), ("7+", .school), ("SKOLE", .school), ("grøn", .preschool),
    ])
    func ageBandsAreReadLoosely(text: String, band: AgeBand) {
        #expect(ItemFieldText.ageBand(text) == band)
    }

    @Test(arguments: ["", "voksen", "0-3 og 3-6", "2-10", "3", "skole 0-3"])
    func unclearAgeBandsAreNotGuessed(text: String) {
        #expect(ItemFieldText.ageBand(text) == nil)
    }

    @Test(arguments: [
        ("249,95", 24_995), ("249.95", 24_995), ("249", 24_900), ("249,9", 24_990), ("249,95 kr.", 24_995),
        ("kr. 249,95", 24_995), ("DKK 100", 10_000), ("1.249,95", 124_995), ("1,249.95", 124_995),
        ("1 249,95", 124_995), ("1.000.000", 100_000_000), (" 5 ", 500),
    ])
    func amountsAreReadAsSpreadsheetsWriteThem(text: String, minorUnits: Int) {
        #expect(ItemFieldText.amount(text) == Money(minorUnits: minorUnits))
    }

    @Test(arguments: ["12,3,4", "1.24,95", "abc", "", "249,955", "1 24,95", "1.249.95,5,5"])
    func notAmounts(text: String) {
        #expect(ItemFieldText.amount(text) == nil)
    }

    @Test func formatsByDanishOrDepotName() {
        #expect(ItemFieldText.format("Billedbog") == .pictureBook)
        #expect(ItemFieldText.format("pictureBook") == .pictureBook)
        #expect(ItemFieldText.format("Pegebog") == .boardBook)
        #expect(ItemFieldText.format("Lydbog") == .audiobook)
        #expect(ItemFieldText.format("Spil") == .game)
        #expect(ItemFieldText.format("andet") == .other)
        #expect(ItemFieldText.format("DVD") == nil)
    }
}
