import Foundation
import Testing

@testable import DepotCore

/// The merge driver git runs for Depot's files (`depot sync merge-driver`): a merge by record, never by text.
struct SyncMergeTests {
    private func bytes(_ partners: [Partner]) throws -> [UInt8] {
        try FileEncoder.encode(partners, schemaVersion: 1)
    }

    private func merged(_ base: [Partner], _ ours: [Partner], _ theirs: [Partner]) throws -> (
        partners: [Partner], conflicts: [SyncConflict]
    ) {
        let (result, conflicts) = try SyncMerge.merge(
            path: "partners.json", base: try bytes(base), ours: try bytes(ours), theirs: try bytes(theirs),
            at: "2026-12-02T10:00:00.000Z", foundBy: "Lone Kjær (desk)")
        let folder = FileManager.default.temporaryDirectory.path + "/sync-merge-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try Data(result).write(to: URL(fileURLWithPath: "\(folder)/partners.json"))
        guard
            case .partners(let partners) = try LibraryStore.decode(
                .partners, at: "\(folder)/partners.json", schema: .standard)
        else { throw SyncMerge.Failure(description: "not partners") }
        // The merged file is written exactly as the store writes it, so the next save is no diff.
        #expect(result == (try bytes(partners)))
        return (partners, conflicts)
    }

    @Test func differentRecordsChangedOnEachSideBothArrive() throws {
        let base = Fixtures.library().partners
        var ours = base
        ours[0].notes = "rettet her"
        var theirs = base
        theirs[1].contact.phone = "+45 11 22 33 44"
        let (partners, conflicts) = try merged(base, ours, theirs)
        #expect(conflicts.isEmpty)
        #expect(partners[0].notes == "rettet her")
        #expect(partners[1].contact.phone == "+45 11 22 33 44")
        #expect(partners.count == base.count)
    }

    @Test func aRecordAddedOnEachSideAndOneDeletedMerge() throws {
        let base = Fixtures.library().partners
        var added = base[0]
        added.id = "P100"
        var ours = base + [added]
        ours.removeAll { $0.id == base[1].id }
        var other = base[0]
        other.id = "P050"
        let theirs = base + [other]
        let (partners, conflicts) = try merged(base, ours, theirs)
        #expect(conflicts.isEmpty)
        let expected = Set(base.map(\.id.rawValue)).subtracting([base[1].id.rawValue]).union(["P050", "P100"])
        #expect(Set(partners.map(\.id.rawValue)) == expected)
        #expect(partners.map(\.id) == partners.map(\.id).sorted())
        #expect(!partners.contains { $0.id == base[1].id })
    }

    @Test func theSameFieldChangedOnBothSidesKeepsTheSharedVersionAndSetsTheOtherAside() throws {
        let base = Fixtures.library().partners
        var ours = base
        ours[0].contact.phone = "+45 20 00 00 02"
        ours[1].notes = "også her"
        var theirs = base
        theirs[0].contact.phone = "+45 20 00 00 01"
        let (partners, conflicts) = try merged(base, ours, theirs)
        #expect(partners[0].contact.phone == "+45 20 00 00 01")
        #expect(partners[1].notes == "også her")
        #expect(conflicts.count == 1)
        let conflict = try #require(conflicts.first)
        #expect(conflict.file == "partners.json" && conflict.record == "P001")
        #expect(conflict.fields.map(\.name) == ["contact.phone"])
        #expect(conflict.fields.first?.ours == "\"+45 20 00 00 02\"")
        #expect(conflict.fields.first?.theirs == "\"+45 20 00 00 01\"")
        #expect(conflict.id.hasPrefix("C") && conflict.id.count == 10)
        // Found again on another machine, it is the same conflict.
        let again = try merged(base, ours, theirs).conflicts
        #expect(again.map(\.id) == [conflict.id])
    }

    @Test func resolvingTakesTheChosenFieldsOverTheRecordAsItIsNow() throws {
        let base = Fixtures.library().partners
        var ours = base
        ours[0].contact.phone = "+45 20 00 00 02"
        ours[0].notes = "fra den anden skranke"
        var theirs = base
        theirs[0].contact.phone = "+45 20 00 00 01"
        theirs[0].notes = "fra arkivet"
        let conflict = try #require(try merged(base, ours, theirs).conflicts.first)
        // Since the conflict, someone changed another field of the record.
        var now = theirs[0]
        now.childCount = 99
        let current = RecordMerge.line(of: now)
        let chosen = try #require(conflict.resolved(current: current, takingSetAside: ["contact.phone"]))
        let partner = try JSONDecoder().decode(Partner.self, from: Data(chosen.utf8))
        #expect(partner.contact.phone == "+45 20 00 00 02")
        #expect(partner.notes == "fra arkivet")
        #expect(partner.childCount == 99)
        #expect(conflict.resolved(current: current, takingSetAside: []) == current)
    }

    @Test func aRecordDeletedInTheSharedRepositoryAndChangedHereIsAConflictThatKeepsTheChange() throws {
        let base = Fixtures.library().partners
        var ours = base
        ours[1].notes = "ændret her"
        ours[0].notes = "også her"
        var theirs = base
        theirs.removeAll { $0.id == base[1].id }
        let (partners, conflicts) = try merged(base, ours, theirs)
        // The file follows the shared repository (the record is gone); this desk's version waits beside it.
        #expect(!partners.contains { $0.id == base[1].id })
        #expect(partners.first { $0.id == base[0].id }?.notes == "også her")
        let conflict = try #require(conflicts.first)
        #expect(conflicts.count == 1)
        #expect(conflict.record == base[1].id.rawValue && conflict.isWholeRecord)
        #expect(conflict.inFile == nil && conflict.base != nil)
        let aside = try JSONDecoder().decode(Partner.self, from: Data(try #require(conflict.setAside).utf8))
        #expect(aside.notes == "ændret her")
        // Keeping mine brings the changed record back whole; keeping theirs leaves it deleted.
        let kept = try #require(conflict.resolved(current: nil, takingSetAside: ["*"]))
        #expect(try JSONDecoder().decode(Partner.self, from: Data(kept.utf8)) == aside)
        #expect(conflict.resolved(current: nil, takingSetAside: []) == nil)
    }

    @Test func aRecordDeletedHereAndChangedInTheSharedRepositoryIsAConflictThatKeepsTheChange() throws {
        let base = Fixtures.library().partners
        var ours = base
        ours.removeAll { $0.id == base[0].id }
        var theirs = base
        theirs[0].contact.phone = "+45 20 00 00 09"
        let (partners, conflicts) = try merged(base, ours, theirs)
        #expect(partners.first { $0.id == base[0].id }?.contact.phone == "+45 20 00 00 09")
        let conflict = try #require(conflicts.first)
        #expect(conflicts.count == 1 && conflict.isWholeRecord)
        #expect(conflict.setAside == nil && conflict.inFile != nil)
        // The same deletion and change found at the other machine is the same conflict.
        #expect(try merged(base, ours, theirs).conflicts.map(\.id) == [conflict.id])
    }

    @Test func aRecordDeletedOnBothSidesOrDeletedWhereTheOtherDidNotChangeItIsNoConflict() throws {
        let base = Fixtures.library().partners
        var ours = base
        ours.removeAll { $0.id == base[0].id }
        var theirs = ours
        theirs[0].notes = "andet sted"
        #expect(try merged(base, ours, theirs).conflicts.isEmpty)
        var untouched = base
        untouched[1].notes = "kun her"
        let (partners, conflicts) = try merged(base, untouched, ours)
        #expect(conflicts.isEmpty && !partners.contains { $0.id == base[0].id })
    }

    @Test func itemShardsMergeByRecordToo() throws {
        let items = Fixtures.library().items.array
        let shard = ItemShard(of: items[0].barcode)
        let inShard = items.filter { ItemShard(of: $0.barcode) == shard }
        var ours = inShard
        ours[0].title = "Ny titel"
        let (result, conflicts) = try SyncMerge.merge(
            path: StoreFile.items(shard).relativePath, base: try FileEncoder.encode(inShard, schemaVersion: 1),
            ours: try FileEncoder.encode(ours, schemaVersion: 1),
            theirs: try FileEncoder.encode(inShard, schemaVersion: 1), at: "t", foundBy: "x")
        #expect(conflicts.isEmpty)
        #expect(result == (try FileEncoder.encode(ours, schemaVersion: 1)))
    }

    @Test func aFileBothSidesAddedMergesFromAnEmptyBase() throws {
        let partners = Fixtures.library().partners
        var ours = partners
        ours[0].notes = "her"
        let (result, conflicts) = try SyncMerge.merge(
            path: "partners.json", base: [], ours: try bytes(ours), theirs: try bytes(partners), at: "t", foundBy: "x")
        // Without a common version each differing record is a conflict; the file keeps the shared one.
        #expect(conflicts.map(\.record) == ["P001"])
        #expect(conflicts.first?.base == nil)
        #expect(result == (try bytes(partners)))
    }

    @Test func aDamagedVersionFailsTheMergeNamingTheFileAndSide() throws {
        let good = try bytes(Fixtures.library().partners)
        var damaged = good
        damaged.removeLast(10)
        #expect {
            try SyncMerge.merge(path: "partners.json", base: good, ours: good, theirs: damaged, at: "t", foundBy: "x")
        } throws: { error in
            let text = "\(error)"
            return text.contains("partners.json") && text.contains("shared repository")
        }
        #expect(throws: SyncMerge.Failure.self) {
            try SyncMerge.merge(path: "notes.json", base: good, ours: good, theirs: good, at: "t", foundBy: "x")
        }
    }

    @Test func theConflictFileMergesAsASetWhereAResolutionStaysResolved() throws {
        func conflict(_ record: String) -> SyncConflict {
            SyncConflict(
                file: "partners.json", record: record, base: nil, inFile: "{\"a\":1}", setAside: "{\"a\":2}", at: "t",
                foundBy: "x")
        }
        let (one, two, three) = (conflict("P001"), conflict("P002"), conflict("P003"))
        // Ours resolved one and found three; theirs found two.
        let base = SyncConflictFile.encode([one])
        let (result, _) = try SyncMerge.merge(
            path: SyncConflictFile.name, base: base, ours: SyncConflictFile.encode([three]),
            theirs: SyncConflictFile.encode([one, two]), at: "t", foundBy: "x")
        let merged = try SyncConflictFile.decode(result)
        #expect(Set(merged.map(\.record)) == ["P002", "P003"])
        #expect(merged.map(\.id) == merged.map(\.id).sorted())
        #expect(try SyncConflictFile.decode(SyncConflictFile.encode([])) == [])
        #expect(throws: StoreError.self) { try SyncConflictFile.decode(Array("{\"schemaVersion\": 1,".utf8)) }
    }
}
