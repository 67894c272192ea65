import Foundation
import Testing

@testable import DepotCore

/// The English words of a row's problem, outside what it quotes (the file's values, Depot's field names).
private func englishWords(in text: String) -> [String] {
    let words: Set<String> = [
        "the", "and", "is", "not", "no", "price", "title", "age", "band", "barcode", "understood", "use", "or",
        "it", "a", "of", "column", "number", "spreadsheet", "date", "empty", "negative", "amount", "format", "text",
        "looks", "like", "type", "again", "export", "was", "turned", "into", "by", "may", "made", "one",
    ]
    var unquoted = ""
    var inside: Character?
    for character in text {
        if let open = inside {
            if character == open { inside = nil }
        } else if character == "\"" || character == "`" {
            inside = character
        } else {
            unquoted.append(character)
        }
    }
    return unquoted.lowercased().split { !$0.isLetter }.map(String.init).filter { words.contains($0) }
}

/// `depot import items` in Danish (issue 15): the refusals of a mapping and of a file, in the language asked for,
/// with what was typed and the file's column names kept; English as it was.
struct ImportLanguageTests {
    private func mappingError(_ spec: String) -> ItemColumns.MappingError? {
        do {
            _ = try ItemColumns(parsing: spec)
            return nil
        } catch {
            return error
        }
    }

    @Test func aMappingThatCannotBeReadIsRefusedInDanish() throws {
        let cases: [(String, String, String)] = [
            (
                "title", #""title" i --map skal skrives felt=Kolonne, fx `title=Titel`"#,
                #""title" in the mapping should be field=Column, e.g. title=Titel"#
            ),
            (
                "status=Status", "en import ændrer aldrig et materiales status; udelad status",
                "an import never changes an item's status; leave status out"
            ),
            (
                "colour=Farve",
                "\"colour\" er ikke et af materialets felter; felterne er `barcode`, `title`, `author`, `ageBand`, `theme`, "
                    + "`format`, `price`",
                "\"colour\" is not an item field; the fields are `barcode`, `title`, `author`, `ageBand`, `theme`, `format`, "
                    + "`price`"
            ),
            ("title=", "der er ikke noget kolonnenavn til `title`", "no column name given for title"),
            ("title=A,title=B", "`title` er angivet to gange", "title is mapped twice"),
        ]
        for (spec, danish, english) in cases {
            let error = try #require(mappingError(spec), "\(spec)")
            #expect(error.text(in: .danish) == danish)
            #expect(error.description == english)
        }
    }

    @Test func aFileWithoutTheColumnsItNeedsIsRefusedInDanish() {
        let failure = ItemImport.Failure.missingColumn(field: .barcode, column: "barcode", header: ["{", "x"])
        #expect(
            failure.text(in: .danish)
                == #"ingen kolonne "barcode" til `barcode`; filens kolonner er "{", "x". Angiv kolonnerne med --map, "#
                + "fx `--map barcode=Stregkode,title=Titel`")
        #expect(
            failure.description
                == #"no column "barcode" for barcode; the file's columns are "{", "x". Name the columns with --map, "#
                + "e.g. --map barcode=Stregkode,title=Titel")
        #expect(
            ItemImport.Failure.stale(barcode: "5000000000002").text(in: .danish)
                == "materialet 5000000000002 blev ændret, efter importen blev planlagt; intet blev importeret. "
                + "Kør importen igen")
    }

    @Test func aFileThatCannotBeReadSaysTheSystemsReasonInDanish() throws {
        let missing = NSTemporaryDirectory() + "depot-no-such-file-\(UUID().uuidString).csv"
        let error = #expect(throws: (any Error).self) { try Data(contentsOf: URL(fileURLWithPath: missing)) }
        let reason = try #require(error)
        #expect(FileProblemText.reason(reading: reason, in: .danish) == "filen eller mappen findes ikke")
        #expect(FileProblemText.reason(reading: reason, in: .english) == "No such file or directory")
        let folder = NSTemporaryDirectory()
        let notAFile = try #require(
            #expect(throws: (any Error).self) { try Data(contentsOf: URL(fileURLWithPath: folder)) })
        #expect(FileProblemText.reason(reading: notAFile, at: folder, in: .danish) == "det er en mappe")
    }

    /// A plan of `lines` under the circulation system's columns, its problems said in `language`.
    private func plan(_ lines: [String], language: Language) throws -> ItemImport.Plan {
        let table = try CSVTable.read(
            ([ExchangeItemImportTests.header] + lines).joined(separator: "\r\n") + "\r\n")
        return try ItemImport.plan(
            table, columns: ExchangeItemImportTests.danish, items: Fixtures.library().items.array,
            language: language)
    }

    private static let rows = [
        "5000000000001;Bamse og æblet 1;;12,3,4;3-6;Dyr;billedbog",
        "9788700000002;;;100;voksen;;DVD",
        ";Ingen stregkode;;100;3-6;;",
        "5,0001E+12;Excel;;100;3-6;;",
        "9788700000005;Fin bog;;-5;3-6;;",
        "9788700000006;Ny;;;;;",
        "5000000000002;Bamse og æblet to;;199,95;06-03-2026;;",
        "5000000000002;Bamse og æblet to;;199,95;0-3;;",
    ]

    @Test func badRowsAndDuplicatesAreSaidInDanish() throws {
        let danish = try plan(Self.rows, language: .danish)
        #expect(
            danish.badRows.map(\.description) == [
                #"line 2: prisen "12,3,4" er ikke et beløb"#,
                #"line 3: titlen er tom; aldersgruppen "voksen" forstås ikke (brug 0-3, 3-6 eller skole); "#
                    + #"formatet "DVD" forstås ikke (brug billedbog, papbog, bog, lydbog, spil eller andet)"#,
                "line 4: ingen stregkode",
                #"line 5: stregkoden "5,0001E+12" er gjort til et tal af et regneark; formatér kolonnen som tekst, "#
                    + "og eksportér igen",
                #"line 6: prisen "-5" er negativ"#,
                "line 7: ingen aldersgruppe; ingen pris",
                #"line 8: aldersgruppen "06-03-2026" forstås ikke (brug 0-3, 3-6 eller skole); den ligner en dato: "#
                    + "et regneark kan have gjort en aldersgruppe som 3-6 til en. Formatér kolonnen som tekst, og "
                    + "skriv aldersgruppen igen",
            ])
        #expect(
            danish.duplicates.map { $0.text(in: .danish) } == [
                "stregkoden 5000000000002 står på linje 8 og 9 med forskellige værdier; ingen af dem importeres"
            ])
        for row in danish.badRows {
            #expect(englishWords(in: row.message).isEmpty, "\(row.message)")
        }
        // English as it was.
        let english = try plan(Self.rows, language: Language.english)
        #expect(english.badRows.first?.message == #"price "12,3,4" is not an amount"#)
        #expect(
            english.duplicates.map(\.description) == [
                "barcode 5000000000002 is on lines 8 and 9 with different values; none of them is imported"
            ])
    }

    @Test func aNewItemWithoutItsFieldsAndAChangedFieldAreSaidInDanish() throws {
        let table = try CSVTable.read("Stregkode;Titel\r\n9788700000009;Ny bog\r\n")
        let columns = try ItemColumns(parsing: "barcode=Stregkode,title=Titel,price=Pris")
        let plan = try ItemImport.plan(
            table, columns: ItemColumns(parsing: "barcode=Stregkode,title=Titel"), items: [], language: .danish)
        #expect(
            plan.badRows.map(\.message) == [
                #"9788700000009 er et nyt materiale og skal have `ageBand` (kolonnen "ageBand") og `price` "#
                    + #"(kolonnen "price"), som filen ikke har"#
            ])
        #expect(throws: ItemImport.Failure.self) { try ItemImport.plan(table, columns: columns, items: []) }
        let change = ItemImport.FieldChange(field: .author, old: "Kirsten Ø. Holm", new: nil)
        #expect(change.text(in: .danish) == #"`author` "Kirsten Ø. Holm" → (ingen)"#)
        #expect(change.description == #"author "Kirsten Ø. Holm" → (none)"#)
    }

    @Test func aCSVFilesProblemsAreSaidInDanish() throws {
        let table = try CSVTable.read(Array("barcode;title\n1;2;3\n1\n\"a\"b;c\n\"abc\n".utf8))
        #expect(
            table.problems.map { CSVProblemText.spoken($0.message, in: .danish) } == [
                "3 felter, men overskriften har 2", #"1 felt, men overskriften har 2 (er skilletegnet ";"?)"#,
                "tekst efter det afsluttende anførselstegn i felt 1", "et felt i anførselstegn lukkes aldrig",
            ])
        #expect(
            table.problems.map(\.message) == [
                "3 fields, but the header has 2", #"1 field, but the header has 2 (is the separator ";"?)"#,
                "text after the closing quote of field 1", "a quoted field is never closed",
            ])
        let empty = try #require(#expect(throws: LineProblem.self) { try CSVTable.read(Array("".utf8)) })
        #expect(
            CSVProblemText.spoken(empty.message, in: .danish)
                == "filen er tom; der skulle være en overskriftslinje med kolonnernes navne")
        let header = try #require(#expect(throws: LineProblem.self) { try CSVTable.read(Array("\"a\nb".utf8)) })
        #expect(
            CSVProblemText.spoken(header.message, in: .danish)
                == "overskriftslinjen: et felt i anførselstegn lukkes aldrig")
        // A problem already in Danish stays as it is.
        #expect(CSVProblemText.spoken("prisen \"x\" er ikke et beløb", in: .danish) == "prisen \"x\" er ikke et beløb")
    }
}
