import Foundation
import Testing

@testable import DepotCore

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
}
