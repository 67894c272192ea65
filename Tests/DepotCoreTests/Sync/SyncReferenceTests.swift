import Foundation
import Testing

@testable import DepotCore

/// Two clones of one library, each sound, whose changes merge cleanly record by record but together leave a
/// reference dangling: one deletes a record the other's change refers to. The deletion loses: the record is kept,
/// a conflict says who deleted it and what refers to it, and both syncs go through (real git repositories in a
/// temporary folder, as `depot sync` runs them).
@Suite(.serialized) struct SyncReferenceTests {
    /// A bare shared repository, clone `a` that sent the library to it, and clone `b`.
    final class Clones {
        let root = Fixtures.temporaryFolder("sync-references")
        var a: String { root.file("a") }
        var b: String { root.file("b") }
        var shared: String { root.file("shared.git") }

        init(_ library: LibraryData) throws {
            try Clones.git(["init", "-q", "--bare", "-b", "main", shared], in: root.path)
            _ = try LibraryStore.create(folder: a, with: library)
            try Clones.git(["init", "-q", "-b", "main"], in: a)
            try Clones.git(["remote", "add", "origin", shared], in: a)
            _ = try sync(a)
            try Clones.git(["clone", "-q", shared, b], in: root.path)
        }

        /// The merge driver git runs: the depot program built beside these tests.
        static let driver: String = {
            let tests = URL(fileURLWithPath: LibrarySync.realPath("/proc/self/exe")).deletingLastPathComponent()
            var folder = tests
            // The test program may lie inside a bundle (.xctest/Contents/MacOS): look up to the build folder.
            for _ in 0..<4
            where !FileManager.default.isExecutableFile(atPath: folder.appendingPathComponent("depot").path) {
                folder.deleteLastPathComponent()
            }
            return "\(LibrarySync.quoted(folder.appendingPathComponent("depot").path)) sync merge-driver"
        }()

        static func git(_ arguments: [String], in folder: String) throws {
            let result = try Git(folder: folder).run(arguments)
            guard result.succeeded else { throw SyncError.gitFailed(step: arguments[0], reason: result.reason) }
        }

        func sync(_ folder: String, as staff: String = "S01") throws -> SyncReport {
            let store = try LibraryStore(folder: folder)
            defer { store.close() }
            let member = Fixtures.library().staff.first { $0.id.rawValue == staff }
            return try LibrarySync(store: store, staff: member, driver: Clones.driver).sync()
        }

        /// Changes the library in `folder` as a desk would, through the store.
        func change(_ folder: String, files: Set<StoreFile>, _ body: (inout LibraryData) -> Void) throws {
            let store = try LibraryStore(folder: folder)
            defer { store.close() }
            var data = try store.load()
            body(&data)
            _ = try store.commit(data, files: files, summary: "Gemt i testen")
        }

        func load(_ folder: String) throws -> LibraryData {
            let store = try LibraryStore(folder: folder, forWriting: false)
            defer { store.close() }
            return try store.load()
        }

        /// Everything `depot check` says of the library in `folder`.
        func check(_ folder: String) throws -> [Problem] {
            let store = try LibraryStore(folder: folder, forWriting: false)
            defer { store.close() }
            return store.check()
        }
    }

    /// The fixture library with a partner, a crate, a staff member and a book nothing refers to yet.
    static func library() -> LibraryData {
        var data = Fixtures.library()
        var partner = data.partners[0]
        partner.id = "P003"
        partner.name = "Børnehaven Violen"
        data.partners.append(partner)
        data.crates.append(Crate(id: "K003", theme: "Årstider", ageBand: .preschool))
        var member = data.staff[0]
        member.id = "S03"
        member.name = "Anna Holm"
        data.staff.append(member)
        return data
    }

    static let deposit = Deposit(
        id: "D2026-0002", partnerID: "P003", kind: .deposit, crateIDs: [], itemBarcodes: [],
        createdOn: Fixtures.day("2026-11-20"), dueOn: Fixtures.day("2027-02-20"))

    /// Both clones' changes made, then synced in the order given and once more each, until quiet.
    private func syncBoth(_ clones: Clones, first: String, then second: String) throws -> [SyncReport] {
        var reports: [SyncReport] = []
        for folder in [first, second, first, second] { reports.append(try clones.sync(folder)) }
        return reports
    }

    private func expectSound(_ clones: Clones) throws {
        for folder in [clones.a, clones.b] {
            #expect(try clones.check(folder).isEmpty)
            let status = try Git(folder: folder).run(["status", "--porcelain"])
            #expect(status.output.isEmpty, "\(folder) has uncommitted files: \(status.output)")
        }
        let heads = try [clones.a, clones.b].map { try Git(folder: $0).value(["rev-parse", "HEAD^{tree}"]) }
        #expect(heads[0] == heads[1])
    }

    @Test(arguments: [true, false])
    func aPartnerDeletedInOneCloneWhileTheOtherMadeADepositForItIsKept(deletingSideFirst: Bool) throws {
        let clones = try Clones(SyncReferenceTests.library())
        // Clone a deletes the partner (by hand, as no command deletes one: through the store here).
        try clones.change(clones.a, files: [.partners]) { $0.partners.removeAll { $0.id == "P003" } }
        try clones.change(clones.b, files: [.deposits(Season(startYear: 2026))]) {
            $0.deposits.append(SyncReferenceTests.deposit)
        }
        let reports = try syncBoth(
            clones, first: deletingSideFirst ? clones.a : clones.b, then: deletingSideFirst ? clones.b : clones.a)
        // The sync that met the two changes found the one conflict, and every sync pushed.
        #expect(reports.allSatisfy { $0.offlineReason == nil })
        let found = reports.flatMap(\.newConflicts)
        #expect(found.count == 1)
        try expectSound(clones)
        for folder in [clones.a, clones.b] {
            let data = try clones.load(folder)
            #expect(data.partners.contains { $0.id == "P003" && $0.name == "Børnehaven Violen" })
            #expect(data.deposits.contains { $0.id == "D2026-0002" })
            let conflicts = try SyncConflictFile.read(folder: folder)
            #expect(conflicts.count == 1)
            let conflict = try #require(conflicts.first)
            #expect(conflict.file == "partners.json" && conflict.record == "P003")
            #expect(conflict.isWholeRecord && conflict.setAside == nil && conflict.base != nil)
            #expect(conflict.neededBy == ["deposits/2026-27.json D2026-0002"])
            #expect(conflict.deletedBy?.hasPrefix("Lone Kjær") == true)
            #expect(conflict.id == found[0].id)
        }
        // A change made afterwards still travels.
        try clones.change(clones.a, files: [.partners]) { data in
            data.partners[0].notes = "efter konflikten"
        }
        _ = try clones.sync(clones.a)
        let report = try clones.sync(clones.b)
        #expect(report.receivedFiles == ["partners.json"])
        #expect(try clones.load(clones.b).partners[0].notes == "efter konflikten")
        // Taken into b's change log with the record before and after, read from a's commit.
        let taken = ChangeLog.entries(folder: clones.b, months: 2).filter {
            $0.desk.hasSuffix("/\(LibrarySync.takenInDesk)")
        }
        let record = try #require(taken.last?.records.first { $0.file == "partners.json" && $0.id == "P001" })
        let before = try JSONDecoder().decode(Partner.self, from: Data(try #require(record.before).utf8))
        let after = try JSONDecoder().decode(Partner.self, from: Data(try #require(record.after).utf8))
        #expect(before.notes == Fixtures.library().partners[0].notes && after.notes == "efter konflikten")
    }

    @Test func theKeptPartnerIsDeletedOnlyOnceNothingRefersToIt() throws {
        let clones = try Clones(SyncReferenceTests.library())
        try clones.change(clones.a, files: [.partners]) { $0.partners.removeAll { $0.id == "P003" } }
        try clones.change(clones.b, files: [.deposits(Season(startYear: 2026))]) {
            $0.deposits.append(SyncReferenceTests.deposit)
        }
        _ = try syncBoth(clones, first: clones.a, then: clones.b)
        let store = try LibraryStore(folder: clones.b)
        defer { store.close() }
        let data = try store.load()
        let conflict = try #require(try SyncConflictFile.read(folder: clones.b).first)
        // Deleting it now would leave the deposit without its partner: refused, naming the deposit.
        #expect {
            try SyncConflictResolution.resolve(
                conflict, takingSetAside: ["*"], store: store, data: data, summary: "slet")
        } throws: { error in
            guard case StoreError.invalidRecords(let problems) = error else { return false }
            return problems.contains { $0.recordID == "D2026-0002" }
        }
        #expect(try store.load().partners.contains { $0.id == "P003" })
        #expect(try SyncConflictFile.read(folder: clones.b).count == 1)
        // Keeping it is the version in the file: the conflict goes, nothing else changes.
        #expect(
            try SyncConflictResolution.resolve(
                conflict, takingSetAside: [], store: store, data: data, summary: "behold") == nil)
        #expect(try SyncConflictFile.read(folder: clones.b).isEmpty)
    }

    /// The crate case goes through the merge driver: deleting and filling the crate change the same record.
    @Test(arguments: [true, false])
    func aCrateDeletedInOneCloneWhileTheOtherPackedItIsKeptAsPacked(deletingSideFirst: Bool) throws {
        let clones = try Clones(SyncReferenceTests.library())
        try clones.change(clones.a, files: [.crates]) { $0.crates.removeAll { $0.id == "K003" } }
        try clones.change(clones.b, files: [.crates, .deposits(Season(startYear: 2026))]) { data in
            let index = data.crates.firstIndex { $0.id == "K003" }!
            data.crates[index].itemBarcodes = ["5000000000006"]
            data.crates[index].state = .packed
            var deposit = SyncReferenceTests.deposit
            deposit.partnerID = "P001"
            deposit.crateIDs = ["K003"]
            deposit.itemBarcodes = ["5000000000006"]
            data.deposits.append(deposit)
        }
        let reports = try syncBoth(
            clones, first: deletingSideFirst ? clones.a : clones.b, then: deletingSideFirst ? clones.b : clones.a)
        #expect(reports.allSatisfy { $0.offlineReason == nil })
        try expectSound(clones)
        for folder in [clones.a, clones.b] {
            let crate = try #require(try clones.load(folder).crates.first { $0.id == "K003" })
            // Kept as the clone that packed it has it, not as it was before.
            #expect(crate.state == .packed && crate.itemBarcodes == ["5000000000006"])
            let conflicts = try SyncConflictFile.read(folder: folder)
            #expect(conflicts.count == 1)
            #expect(conflicts.first?.record == "K003" && conflicts.first?.setAside == nil)
            // Whichever sync met the two changes, the conflict says why the crate is kept.
            #expect(conflicts.first?.neededBy == ["deposits/2026-27.json D2026-0002"])
            #expect(conflicts.first?.deletedBy?.hasPrefix("Lone Kjær") == true)
        }
    }

    @Test func aStaffMemberRemovedInOneCloneWhileTheOtherMadeThemATeamMemberIsKept() throws {
        let clones = try Clones(SyncReferenceTests.library())
        try clones.change(clones.a, files: [.staff]) { $0.staff.removeAll { $0.id == "S03" } }
        try clones.change(clones.b, files: [.teams]) { $0.teams[0].memberIDs.append("S03") }
        _ = try syncBoth(clones, first: clones.a, then: clones.b)
        try expectSound(clones)
        for folder in [clones.a, clones.b] {
            #expect(try clones.load(folder).staff.contains { $0.id == "S03" && $0.name == "Anna Holm" })
            let conflict = try #require(try SyncConflictFile.read(folder: folder).first)
            #expect(conflict.file == "staff.json" && conflict.neededBy == ["teams.json skofo"])
        }
    }

    @Test func aBookDeletedInOneCloneWhileTheOtherPackedItIsKept() throws {
        let clones = try Clones(SyncReferenceTests.library())
        let barcode: Item.ID = "5000000000006"
        try clones.change(clones.a, files: [.items(of: barcode)]) { data in
            data.items = ItemCatalogue(data.items.array.filter { $0.id != barcode })
        }
        try clones.change(clones.b, files: [.crates]) { data in
            data.crates[data.crates.firstIndex { $0.id == "K003" }!].itemBarcodes = [barcode]
        }
        _ = try syncBoth(clones, first: clones.b, then: clones.a)
        try expectSound(clones)
        for folder in [clones.a, clones.b] {
            #expect(try clones.load(folder).items.array.contains { $0.id == barcode })
            let conflict = try #require(try SyncConflictFile.read(folder: folder).first)
            #expect(conflict.file == StoreFile.items(of: barcode).relativePath && conflict.record == "5000000000006")
            #expect(conflict.neededBy == ["crates.json K003"])
        }
    }

    /// What no kept record mends, a book packed into a crate at each machine, goes as the same record changed at
    /// both: the crate of the shared repository keeps the book, this desk's crate is set aside whole.
    @Test(arguments: [true, false])
    func aBookPackedIntoACrateAtEachMachineStaysInTheSharedOne(aFirst: Bool) throws {
        let clones = try Clones(SyncReferenceTests.library())
        let barcode: Item.ID = "5000000000006"
        try clones.change(clones.a, files: [.crates]) { data in
            data.crates[data.crates.firstIndex { $0.id == "K003" }!].itemBarcodes = [barcode]
        }
        try clones.change(clones.b, files: [.crates]) { data in
            data.crates[data.crates.firstIndex { $0.id == "K002" }!].itemBarcodes.append(barcode)
        }
        _ = try syncBoth(clones, first: aFirst ? clones.a : clones.b, then: aFirst ? clones.b : clones.a)
        try expectSound(clones)
        let (shared, other) = aFirst ? ("K003", "K002") : ("K002", "K003")
        for folder in [clones.a, clones.b] {
            let crates = try clones.load(folder).crates
            #expect(crates.first { $0.id.rawValue == shared }?.itemBarcodes.contains(barcode) == true)
            #expect(crates.first { $0.id.rawValue == other }?.itemBarcodes.contains(barcode) == false)
            let conflict = try #require(try SyncConflictFile.read(folder: folder).first)
            #expect(conflict.record == other && conflict.neededBy == nil)
            #expect(conflict.setAside?.contains(barcode.rawValue) == true)
        }
        // Taking the version set aside would pack the book twice again: refused, naming the crate.
        let store = try LibraryStore(folder: clones.b)
        defer { store.close() }
        let conflict = try #require(try SyncConflictFile.read(folder: clones.b).first)
        #expect(throws: StoreError.self) {
            try SyncConflictResolution.resolve(
                conflict, takingSetAside: Set(conflict.fields.map(\.name)), store: store, data: try store.load(),
                summary: "min")
        }
    }

    /// A route removed at one machine while the other put a partner on it: the shared repository's side wins
    /// (its settings, or its partner), the other is set aside, and both syncs go through.
    @Test(arguments: [true, false])
    func aRouteRemovedInOneCloneWhileTheOtherGaveAPartnerItSetsOneSideAside(removingSideFirst: Bool) throws {
        var library = SyncReferenceTests.library()
        library.settings.routes.append(
            Route(id: "syd", name: "Syd", deliveryWeekdays: [.thursday], vanCapacity: 10))
        let clones = try Clones(library)
        try clones.change(clones.a, files: [.settings]) { $0.settings.routes.removeAll { $0.id == "syd" } }
        try clones.change(clones.b, files: [.partners]) { data in
            data.partners[data.partners.firstIndex { $0.id == "P003" }!].routeID = "syd"
        }
        _ = try syncBoth(
            clones, first: removingSideFirst ? clones.a : clones.b, then: removingSideFirst ? clones.b : clones.a)
        try expectSound(clones)
        for folder in [clones.a, clones.b] {
            let data = try clones.load(folder)
            let conflict = try #require(try SyncConflictFile.read(folder: folder).first)
            if removingSideFirst {
                #expect(!data.settings.routes.contains { $0.id == "syd" })
                #expect(data.partners.first { $0.id == "P003" }?.routeID == "mols")
                #expect(conflict.file == "partners.json" && conflict.fields.map(\.name) == ["routeID"])
            } else {
                #expect(data.settings.routes.contains { $0.id == "syd" })
                #expect(data.partners.first { $0.id == "P003" }?.routeID == "syd")
                #expect(conflict.file == "library.json" && conflict.record == "library")
            }
        }
    }

    /// A file the shared repository holds that cannot be read (pushed there by another program) still stops
    /// the sync, every time, naming the file: nothing is merged, the local commit waits, the branch is as it was.
    @Test func aDamagedFileFromTheSharedRepositoryStopsTheSyncNamingIt() throws {
        let clones = try Clones(SyncReferenceTests.library())
        let other = clones.root.file("other")
        try Clones.git(["clone", "-q", clones.shared, other], in: clones.root.path)
        let path = "\(other)/partners.json"
        let text = try String(contentsOfFile: path, encoding: .utf8)
        try String(text.dropLast(40)).write(toFile: path, atomically: false, encoding: .utf8)
        try Clones.git(["-c", "user.name=x", "-c", "user.email=x@x", "commit", "-q", "-am", "damaged"], in: other)
        try Clones.git(["push", "-q", "origin", "HEAD:main"], in: other)
        try clones.change(clones.b, files: [.crates]) { $0.crates[1].notes = "her" }
        let shared = try Git(folder: clones.shared).value(["rev-parse", "main"])
        for _ in 0..<2 {
            #expect {
                try clones.sync(clones.b)
            } throws: { error in
                guard case SyncError.mergedLibraryInvalid(_, let problems) = error else { return false }
                return problems.contains("partners.json")
            }
        }
        #expect(try Git(folder: clones.shared).value(["rev-parse", "main"]) == shared)
        #expect(try Git(folder: clones.b).run(["status", "--porcelain"]).output.isEmpty)
        #expect(try clones.check(clones.b).isEmpty)
        #expect(try clones.load(clones.b).crates[1].notes == "her")
    }

    /// A commit holds a record's last version only: two changes of one record sent in one sync keep no versions,
    /// while the other record changed once in that commit keeps both.
    @Test func changesTakenInKeepTheVersionsTheirCommitHolds() throws {
        let clones = try Clones(SyncReferenceTests.library())
        try clones.change(clones.a, files: [.partners]) { $0.partners[0].notes = "første" }
        try clones.change(clones.a, files: [.partners]) { $0.partners[0].notes = "anden" }
        try clones.change(clones.a, files: [.crates]) { $0.crates[1].notes = "ny note" }
        _ = try clones.sync(clones.a)
        _ = try clones.sync(clones.b)
        let taken = ChangeLog.entries(folder: clones.b, months: 2).filter {
            $0.desk.hasSuffix("/\(LibrarySync.takenInDesk)")
        }
        #expect(taken.count == 3)
        let partner = taken.flatMap(\.records).filter { $0.id == "P001" }
        #expect(partner.count == 2 && partner.allSatisfy { $0.before == nil && $0.after == nil })
        let crate = try #require(taken.flatMap(\.records).first { $0.id == "K002" })
        #expect(try #require(crate.before).contains("Ny kasse") && (try #require(crate.after)).contains("ny note"))
    }

    /// A machine following a history restarted elsewhere (after a purge) merges what it carries over by record
    /// too: the deletion in the restarted history loses to the deposit carried over, and the sync goes through.
    @Test func aDeletionMetWhileFollowingARestartedHistoryLosesToo() throws {
        let clones = try Clones(SyncReferenceTests.library())
        _ = try clones.sync(clones.b)
        try clones.change(clones.a, files: [.partners]) { $0.partners.removeAll { $0.id == "P003" } }
        do {
            let store = try LibraryStore(folder: clones.a)
            defer { store.close() }
            _ = try LibrarySync(store: store, staff: nil, driver: Clones.driver).restartHistory()
        }
        try clones.change(clones.b, files: [.deposits(Season(startYear: 2026))]) {
            $0.deposits.append(SyncReferenceTests.deposit)
        }
        let report = try clones.sync(clones.b)
        #expect(report.followedRestart)
        #expect(report.newConflicts.map(\.record) == ["P003"])
        #expect(report.newConflicts.first?.neededBy == ["deposits/2026-27.json D2026-0002"])
        _ = try clones.sync(clones.a)
        try expectSound(clones)
        for folder in [clones.a, clones.b] {
            #expect(try clones.load(folder).partners.contains { $0.id == "P003" })
            #expect(try SyncConflictFile.read(folder: folder).map(\.record) == ["P003"])
        }
    }

    @Test func theMissingRecordsOfAProblemAreReadFromItsSentence() {
        let itemFile: (Item.ID) -> StoreFile = { StoreFile.items(of: $0) }
        func missing(_ key: CheckText, _ values: [CustomStringConvertible]) -> [SyncReferences.Referent] {
            SyncReferences.missing(
                in: Problem(file: "x", recordID: "r", CheckSentence(key, values)), itemFile: itemFile)
        }
        #expect(missing(.partnerMissing, ["P009"]) == [.init(file: .partners, id: "P009")])
        #expect(missing(.taskOwnerMissing, [1, "Bestil", "S09"]) == [.init(file: .staff, id: "S09")])
        #expect(
            missing(.itemNotInCatalogue, ["5000000000016", "items/16.json"]).first?.file == .items(of: "5000000000016"))
        let plan = Problem(
            file: "plans/2027-28.json", recordID: "v",
            CheckSentence(.planDraft, [], inner: CheckSentence(.crateMissing, ["K009"])))
        #expect(SyncReferences.missing(in: plan, itemFile: itemFile) == [.init(file: .crates, id: "K009")])
        #expect(missing(.dueBeforeSent, ["2026-01-01", "2026-02-01"]).isEmpty)
    }
}
