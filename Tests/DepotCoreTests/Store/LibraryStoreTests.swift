import Foundation
import Testing

@testable import DepotCore

@Suite("Library store")
struct LibraryStoreTests {
    @Test func everyRecordTypeSurvivesASaveAndLoad() throws {
        let folder = Fixtures.temporaryFolder()
        let original = Fixtures.library()
        try LibraryStore.create(folder: folder.path, with: original).close()
        let loaded = try LibraryStore(folder: folder.path, forWriting: false).load()
        #expect(loaded == original)
    }

    @Test func filesAreSplitByKindAndDepositsBySeason() throws {
        let folder = Fixtures.temporaryFolder()
        try LibraryStore.create(folder: folder.path, with: Fixtures.library()).close()
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".json") }
        #expect(
            Set(names)
                == [
                    "library.json", "partners.json", "staff.json", "crates.json", "teams.json", "events.json",
                ])
        // The catalogue in shards by the barcode's last two characters: 5000000000001 is in items/01.json.
        let shards = try FileManager.default.contentsOfDirectory(atPath: folder.file("items")).sorted()
        #expect(shards == ["01.json", "02.json", "03.json", "04.json", "05.json", "06.json"])
        let seasons = try FileManager.default.contentsOfDirectory(atPath: folder.file("deposits")).sorted()
        #expect(seasons == ["2025-26.json", "2026-27.json"])
    }

    @Test func largeTablesHaveOneRecordPerLineWithSortedKeys() throws {
        let folder = Fixtures.temporaryFolder()
        try LibraryStore.create(folder: folder.path, with: Fixtures.library()).close()
        let lines = try folder.read("items/01.json").split(separator: "\n")
        #expect(lines[0] == "{")
        #expect(lines[1] == "  \"schemaVersion\" : 1,")
        #expect(lines[2] == "  \"items\" : [")
        #expect(
            lines[3]
                == #"    {"ageBand":"3-6","barcode":"5000000000001","format":"pictureBook","price":"199.95","status":"available","theme":"Dyr","title":"Bamse og æblet 1"}"#
        )
        #expect(lines.count == 3 + 1 + 2)
    }

    @Test func filesAreReadableByTheOwnerOnly() throws {
        let folder = Fixtures.temporaryFolder()
        try LibraryStore.create(folder: folder.path, with: Fixtures.library()).close()
        for name in ["library.json", "items/01.json", "deposits/2026-27.json"] {
            let attributes = try FileManager.default.attributesOfItem(atPath: folder.file(name))
            #expect((attributes[.posixPermissions] as? Int) == 0o600, "\(name)")
        }
    }

    @Test func savingADepositRewritesOnlyItsSeasonFile() throws {
        let folder = Fixtures.temporaryFolder()
        var data = Fixtures.library()
        try LibraryStore.create(folder: folder.path, with: data).close()
        let itemsBefore = try FileManager.default.attributesOfItem(atPath: folder.file("items/01.json"))
        let store = try LibraryStore(folder: folder.path)
        _ = try store.load()
        data.deposits[1].returnedOn = Fixtures.day("2026-11-25")
        try store.save(data, files: [.deposits(Season(startYear: 2026))])
        let itemsAfter = try FileManager.default.attributesOfItem(atPath: folder.file("items/01.json"))
        #expect(itemsBefore[.modificationDate] as? Date == itemsAfter[.modificationDate] as? Date)
        #expect(try folder.read("deposits/2026-27.json").contains("\"returnedOn\":\"2026-11-25\""))
        #expect(try LibraryStore(folder: folder.path, forWriting: false).load() == data)
    }

    @Test func aCrashBeforeTheRenameLeavesTheOldFileWhole() throws {
        struct SimulatedCrash: Error {}
        let folder = Fixtures.temporaryFolder()
        var data = Fixtures.library()
        try LibraryStore.create(folder: folder.path, with: data).close()
        let before = try folder.read("partners.json")
        let store = try LibraryStore(folder: folder.path)
        _ = try store.load()
        var temporaryFileExisted = false
        store.beforeRename = { temporary in
            temporaryFileExisted = FileManager.default.fileExists(atPath: temporary)
            throw SimulatedCrash()
        }
        data.partners[0].name = "Solsikken (ny)"
        #expect(throws: SimulatedCrash.self) { try store.save(data, files: [.partners]) }
        #expect(temporaryFileExisted)
        #expect(try folder.read("partners.json") == before)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.contains(".tmp-") }
        #expect(leftovers.isEmpty)
    }

    @Test func previousVersionsAreKeptAsBackups() throws {
        let folder = Fixtures.temporaryFolder()
        var data = Fixtures.library()
        data.settings.backupsToKeep = 2
        try LibraryStore.create(folder: folder.path, with: data).close()
        let store = try LibraryStore(folder: folder.path)
        _ = try store.load()
        for number in 1...4 {
            data.partners[0].childCount = number
            try store.save(data, files: [.partners])
        }
        let backups = try FileManager.default.contentsOfDirectory(atPath: folder.file("backups"))
            .filter { $0.hasPrefix("partners.json.") }.sorted()
        #expect(backups.count == 2)
        #expect(try folder.read("backups/\(backups[1])").contains("\"childCount\" : 3"))
    }

    @Test func aSecondStoreOnTheSameLibraryMayWriteToo() throws {
        let folder = Fixtures.temporaryFolder()
        let data = Fixtures.library()
        let first = try LibraryStore.create(folder: folder.path, with: data)
        let second = try LibraryStore(folder: folder.path)
        #expect(!first.isReadOnly)
        #expect(!second.isReadOnly)
        var changed = try second.load()
        changed.partners[0].childCount = 99
        try second.save(changed, files: [.partners])
        #expect(try LibraryStore(folder: folder.path).load().partners[0].childCount == 99)
    }

    @Test func aFileEditedByHandIsMergedNotOverwritten() throws {
        let folder = Fixtures.temporaryFolder()
        var data = Fixtures.library()
        try LibraryStore.create(folder: folder.path, with: data).close()
        let store = try LibraryStore(folder: folder.path)
        data = try store.load()
        let edited = try folder.read("staff.json").replacingOccurrences(of: "Lone Kjær", with: "Lone Kjær Madsen")
        try folder.write("staff.json", edited)
        let other = data.staff.firstIndex { !$0.name.hasPrefix("Lone Kjær") }!
        data.staff[other].role = "koordinator"
        try store.save(data, files: [.staff])
        let saved = try LibraryStore(folder: folder.path).load().staff
        #expect(saved.contains { $0.name == "Lone Kjær Madsen" })
        #expect(saved[other].role == "koordinator")
    }

    @Test func aNewerSchemaIsRefusedAndLeftAlone() throws {
        let folder = Fixtures.temporaryFolder()
        try LibraryStore.create(folder: folder.path, with: Fixtures.library()).close()
        let newer = try folder.read("staff.json").replacingOccurrences(
            of: "\"schemaVersion\" : 1", with: "\"schemaVersion\" : 7")
        try folder.write("staff.json", newer)
        #expect(throws: StoreError.newerSchema(file: "staff.json", found: 7, supported: 1)) {
            try LibraryStore(folder: folder.path).load()
        }
        #expect(try folder.read("staff.json") == newer)
    }

    @Test func anOlderSchemaIsMigratedOnLoad() throws {
        let folder = Fixtures.temporaryFolder()
        try LibraryStore.create(folder: folder.path, with: Fixtures.library()).close()
        // Version 1 of this imagined layout kept the contact's phone beside the partner; version 2 moved it.
        let moveContactPhone = Migration(contentKey: "partners", fromVersion: 1, describe: "phone moves into contact") {
            file in
            guard var partners = file["partners"] as? [[String: Any]] else { return }
            for index in partners.indices {
                if let phone = partners[index].removeValue(forKey: "phone") as? String,
                    var contact = partners[index]["contact"] as? [String: Any]
                {
                    contact["phone"] = phone
                    partners[index]["contact"] = contact
                }
            }
            file["partners"] = partners
        }
        let schema = SchemaCatalogue(currentVersions: ["partners": 2], migrations: [moveContactPhone])
        var old = try folder.read("partners.json").replacingOccurrences(
            of: "\"phone\" : \"+45 86 34 12 00\"\n", with: "\"name\" : \"Mette Sørensen\"\n")
        old = old.replacingOccurrences(
            of: "\"name\" : \"Mette Sørensen\"\n      },",
            with: "\"name\" : \"Mette Sørensen\"\n      },\n      \"phone\" : \"+45 1234\",",
            options: [], range: nil)
        try folder.write("partners.json", old)
        let store = try LibraryStore(folder: folder.path, schema: schema)
        let data = try store.load()
        #expect(data.partners[0].contact.phone == "+45 1234")
        try store.save(data, files: [.partners])
        #expect(try folder.read("partners.json").hasPrefix("{\n  \"schemaVersion\" : 2,"))
    }

    @Test func aFolderWithoutALibraryIsNamed() throws {
        let folder = Fixtures.temporaryFolder()
        #expect(throws: StoreError.notALibrary(path: folder.path)) { try LibraryStore(folder: folder.path) }
    }
}

@Suite("File layout")
struct FileLayoutTests {
    @Test func emptyListsAreWrittenOnOneLineButTextIsLeftAlone() throws {
        var data = Fixtures.library()
        data.events[0].partnerIDs = []
        data.events[0].notes = "Tjek [ ] og { } på listen"
        let folder = Fixtures.temporaryFolder()
        try LibraryStore.create(folder: folder.path, with: data).close()
        let text = try folder.read("events.json")
        #expect(text.contains("\"partnerIDs\" : [],"))
        #expect(text.contains("Tjek [ ] og { } på listen"))
        #expect(try LibraryStore(folder: folder.path, forWriting: false).load() == data)
    }
}
