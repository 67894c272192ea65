import Foundation
import Testing

@testable import DepotCore

@Suite("Damaged files")
struct DamagedFileTests {
    private func libraryWith(_ file: String, replacing old: String, with new: String) throws -> TemporaryFolder {
        let folder = Fixtures.temporaryFolder(file)
        try LibraryStore.create(folder: folder.path, with: Fixtures.library()).close()
        let text = try folder.read(file)
        #expect(text.contains(old), "fixture text changed")
        try folder.write(file, text.replacingOccurrences(of: old, with: new))
        return folder
    }

    private func loadError(_ folder: TemporaryFolder) -> StoreError? {
        do {
            _ = try LibraryStore(folder: folder.path).load()
            return nil
        } catch {
            return error as? StoreError
        }
    }

    @Test func badJSONIsReportedWithFileLineAndColumn() throws {
        let folder = try libraryWith(
            "items/03.json", replacing: #""title":"Bamse og æblet 3"}"#, with: #""title":"Bamse og æblet 3""#)
        let before = try folder.read("items/03.json")
        guard case .damaged(let file, let line, let column, _) = loadError(folder) else {
            Issue.record("expected a damaged-file error")
            return
        }
        #expect(file == "items/03.json")
        #expect(line == 5)
        #expect(column != nil)
        #expect(try folder.read("items/03.json") == before)
    }

    @Test func aWrongTypeNamesTheFieldAndLine() throws {
        let folder = try libraryWith(
            "items/05.json", replacing: #""price":"199.95","status":"lost""#, with: #""price":199.95,"status":"lost""#)
        let error = loadError(folder)
        guard case .damaged(let file, let line, _, let message) = error else {
            Issue.record("expected a damaged-file error, got \(String(describing: error))")
            return
        }
        #expect(file == "items/05.json")
        #expect(line == 4)
        #expect(message.contains("price"))
        #expect(error!.description.hasPrefix("items/05.json line 4"))
    }

    @Test func aBadDateSaysWhatIsExpected() throws {
        let folder = try libraryWith("events.json", replacing: "\"2027-03-10\"", with: "\"10/3 2027\"")
        let error = loadError(folder)
        #expect(error?.description.contains("YYYY-MM-DD") == true)
        #expect(error?.description.hasPrefix("events.json") == true)
    }

    @Test func aDanglingReferenceNamesTheRecord() throws {
        let folder = try libraryWith(
            "partners.json", replacing: "\"routeID\" : \"mols\"", with: "\"routeID\" : \"syd\"")
        let error = loadError(folder)
        guard case .invalidRecords(let problems) = error else {
            Issue.record("expected invalid records, got \(String(describing: error))")
            return
        }
        #expect(
            problems == [
                Problem(
                    file: "partners.json", recordID: "P001",
                    message: "route \"syd\" is not one of the routes in library.json")
            ])
    }

    @Test func checkReportsEveryPlantedProblem() throws {
        var data = Fixtures.library()
        data.crates[1].itemBarcodes.append("9999")
        data.crates[1].itemBarcodes.append(data.items[0].id)
        data.deposits[1].partnerID = "P404"
        data.events[0].teamID = "nobody"
        let folder = Fixtures.temporaryFolder()
        try LibraryStore.create(folder: folder.path, with: Fixtures.library()).close()
        let store = try LibraryStore(folder: folder.path)
        _ = try store.load()
        try store.saveAll(data)
        let problems = store.check().map(\.description)
        #expect(
            problems == [
                "crates.json, record K002: item 9999 is not in the catalogue (items/99.json)",
                "crates.json, record K002: item 5000000000001 is also packed in crate K001",
                "deposits/2026-27.json, record D2026-0001: partner P404 does not exist",
                "events.json, record E2027-01: team nobody does not exist",
            ])
    }

    @Test func checkGoesOnPastADamagedFile() throws {
        let folder = try libraryWith("staff.json", replacing: "\"S02\"", with: "S02")
        try folder.write("crates.json", "{ \"schemaVersion\" : 1, \"crates\" : [ } ")
        let files = try LibraryStore(folder: folder.path, forWriting: false).check().map(\.file)
        #expect(files == ["staff.json", "crates.json"])
    }
}
