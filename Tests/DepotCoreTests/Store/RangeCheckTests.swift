import Foundation
import Testing

@testable import DepotCore

/// Every number in a file is checked as it is read: a value the arithmetic behind it could not take (a loan period
/// of 9223372036854775807 days) is refused with the file, line, field and accepted range, instead of a trap later.
@Suite("Range checks in files")
struct RangeCheckTests {
    private static let huge = Int.max

    /// A library whose `library.json` has `value` at `path` (keys under "library", numbers for array indices).
    private func library(setting path: [String], to value: Any) throws -> TemporaryFolder {
        let folder = Fixtures.temporaryFolder()
        try LibraryStore.create(folder: folder.path, with: Fixtures.library()).close()
        let text = try folder.read("library.json")
        var root = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        root["library"] = Self.set(root["library"] as Any, path[...], value)
        let data = try JSONSerialization.data(withJSONObject: root, options: [.prettyPrinted, .sortedKeys])
        try folder.write("library.json", String(decoding: data, as: UTF8.self))
        return folder
    }

    private static func set(_ node: Any, _ path: ArraySlice<String>, _ value: Any) -> Any {
        guard let key = path.first else { return value }
        if var array = node as? [Any], let index = Int(key) {
            array[index] = set(array[index], path.dropFirst(), value)
            return array
        }
        var object = node as? [String: Any] ?? [:]
        object[key] = set(object[key] as Any, path.dropFirst(), value)
        return object
    }

    private func loadError(_ folder: TemporaryFolder) -> StoreError? {
        do {
            _ = try LibraryStore(folder: folder.path).load()
            return nil
        } catch {
            return error as? StoreError
        }
    }

    /// The line of the file on which `text` first appears, counting from 1.
    private func line(of text: String, in file: String, _ folder: TemporaryFolder) throws -> Int? {
        let lines = try folder.read(file).components(separatedBy: "\n")
        return lines.firstIndex { $0.contains(text) }.map { $0 + 1 }
    }

    private func expectRefused(
        _ path: [String], _ value: Any, range: String, found: String, sourceLocation: SourceLocation = #_sourceLocation
    ) throws {
        let folder = try library(setting: path, to: value)
        let error = loadError(folder)
        guard case .damaged(let file, let line, let column, let message) = error else {
            Issue.record(
                "expected library.json to be refused, got \(String(describing: error))", sourceLocation: sourceLocation)
            return
        }
        #expect(file == "library.json", sourceLocation: sourceLocation)
        #expect(
            line == (try self.line(of: "\"\(path.last!)\"", in: "library.json", folder)), sourceLocation: sourceLocation
        )
        #expect(column != nil, sourceLocation: sourceLocation)
        let field = path.map { Int($0) != nil ? "[\(Int($0)! + 1)]" : ".\($0)" }.joined()
        #expect(message == "\"library\(field)\": \(range); found \(found)", sourceLocation: sourceLocation)
        // `depot check` reports the same problem.
        let problems = try LibraryStore(folder: folder.path, forWriting: false).check()
        #expect(problems.map(\.message) == [message], sourceLocation: sourceLocation)
    }

    @Test func aHugeDueSoonDaysIsRefused() throws {
        try expectRefused(["dueSoonDays"], Self.huge, range: "must be from 0 to 365 days", found: "\(Self.huge)")
    }

    @Test func aHugeTurnaroundIsRefused() throws {
        try expectRefused(
            ["turnaroundWorkingDays"], Self.huge, range: "must be from 0 to 60 working days", found: "\(Self.huge)")
    }

    @Test func aHugeReaderRetentionIsRefused() throws {
        try expectRefused(
            ["readerRetentionMonths"], Self.huge, range: "must be from 1 month to 120 months", found: "\(Self.huge)")
    }

    @Test(arguments: ["deposit", "kindergartenLibrary"])
    func aHugeLoanPeriodIsRefused(kind: String) throws {
        try expectRefused(
            ["loanPeriods", kind], "\(Self.huge)d", range: "a loan period must be from 1 day to 5 years",
            found: "\(Self.huge)d")
    }

    @Test func aLoanPeriodOfSixYearsIsRefused() throws {
        try expectRefused(
            ["loanPeriods", "deposit"], "61m", range: "a loan period must be from 1 day to 5 years", found: "61m")
    }

    @Test func aHugeBackupsToKeepIsRefused() throws {
        try expectRefused(
            ["backupsToKeep"], Self.huge, range: "must be from 1 backup to 100 backups", found: "\(Self.huge)")
    }

    @Test func noBackupsIsRefused() throws {
        try expectRefused(["backupsToKeep"], 0, range: "must be from 1 backup to 100 backups", found: "0")
    }

    @Test func aHugeRenewalLimitIsRefused() throws {
        try expectRefused(["renewalLimit"], Self.huge, range: "must be from 0 to 20 renewals", found: "\(Self.huge)")
    }

    @Test func aNegativeRenewalLimitIsRefused() throws {
        try expectRefused(["renewalLimit"], -1, range: "must be from 0 to 20 renewals", found: "-1")
    }

    @Test func aScannerPauseOfFiveSecondsIsRefused() throws {
        try expectRefused(
            ["scanner", "keyGapMilliseconds"], 5000, range: "must be from 10 to 1000 milliseconds", found: "5000")
    }

    @Test func aScannerPrefixOfTwoCharactersIsRefused() throws {
        try expectRefused(["scanner", "prefix"], "§§", range: "must be one character", found: "2 characters")
    }

    @Test func theScannerSettingsAreRead() throws {
        let folder = try library(setting: ["scanner"], to: ["keyGapMilliseconds": 150, "prefix": "§", "suffix": "\t"])
        let scanner = try #require(try LibraryStore(folder: folder.path).load().settings.scanner)
        #expect(scanner == ScannerSettings(keyGapMilliseconds: 150, prefix: "§", suffix: "\t"))
        #expect(ScannerSettings().keyGap == 100)
    }

    @Test func aSeasonStartMonthOf13IsRefused() throws {
        try expectRefused(["seasonStartMonth"], 13, range: "must be from 1 to 12", found: "13")
    }

    @Test func aHugeVanCapacityIsRefused() throws {
        try expectRefused(
            ["routes", "0", "vanCapacity"], Self.huge, range: "must be from 1 crate to 1000 crates",
            found: "\(Self.huge)")
    }

    @Test func aHugeFineIsRefused() throws {
        try expectRefused(
            ["defaultFinePolicy", "finePerOverdueDay"], "99999.00", range: "must be from 0.00 to 10000.00",
            found: "99999.00")
        try expectRefused(
            ["defaultFinePolicy", "fineCap"], "-1.00", range: "must be from 0.00 to 1000000.00", found: "-1.00")
    }

    @Test func anAmountBeyondTheLimitIsRefusedAsItIsRead() throws {
        let folder = try library(setting: ["defaultFinePolicy", "fineCap"], to: "999999999999999.00")
        let error = loadError(folder)
        guard case .damaged(_, _, _, let message) = error else {
            Issue.record("expected library.json to be refused, got \(String(describing: error))")
            return
        }
        #expect(message.contains("must be from -100000000.00 to 100000000.00"))
    }

    @Test func valuesAtTheEndsOfTheirRangesAreAccepted() throws {
        var folder = try library(setting: ["dueSoonDays"], to: 365)
        #expect(loadError(folder) == nil)
        folder = try library(setting: ["loanPeriods", "deposit"], to: "5y")
        #expect(loadError(folder) == nil)
        folder = try library(setting: ["loanPeriods", "kindergartenLibrary"], to: "1826d")
        #expect(loadError(folder) == nil)
        folder = try library(setting: ["turnaroundWorkingDays"], to: 60)
        #expect(try LibraryStore(folder: folder.path).load().settings.turnaroundWorkingDays == 60)
    }

    // MARK: Records

    private func libraryWith(_ file: String, replacing old: String, with new: String) throws -> TemporaryFolder {
        let folder = Fixtures.temporaryFolder()
        try LibraryStore.create(folder: folder.path, with: Fixtures.library()).close()
        let text = try folder.read(file)
        #expect(text.contains(old), "fixture text changed")
        try folder.write(file, text.replacingOccurrences(of: old, with: new))
        return folder
    }

    @Test func aHugePriceIsRefused() throws {
        let folder = try libraryWith(
            "items/05.json", replacing: #""price":"199.95","status":"lost""#,
            with: #""price":"999999999999999.95","status":"lost""#)
        let error = loadError(folder)
        guard case .damaged(let file, let line, _, let message) = error else {
            Issue.record("expected items/05.json to be refused, got \(String(describing: error))")
            return
        }
        #expect(file == "items/05.json")
        #expect(line == 4)
        #expect(message.contains("price"))
        #expect(message.contains("must be from -100000000.00 to 100000000.00"))
    }

    @Test func hugeRenewalsAndChildCountsAreProblemsOfTheirRecords() {
        var data = Fixtures.library()
        data.deposits[0].renewals = Self.huge
        data.partners[0].childCount = -1
        let problems = LibraryCheck.problems(in: data)
        #expect(
            problems.contains(
                Problem(
                    file: StoreFile.deposits(data.season(of: data.deposits[0])).relativePath,
                    recordID: data.deposits[0].id.rawValue,
                    message: "renewals must be from 0 to 100 renewals; found \(Self.huge)")))
        #expect(
            problems.contains(
                Problem(
                    file: "partners.json", recordID: data.partners[0].id.rawValue,
                    message: "childCount must be from 0 to 10000 children; found -1")))
    }

    @Test func aPartnersOwnHugeLoanPeriodIsRefused() throws {
        var data = Fixtures.library()
        data.partners[0].loanPeriod = .months(2)
        let folder = Fixtures.temporaryFolder()
        try LibraryStore.create(folder: folder.path, with: data).close()
        let text = try folder.read("partners.json")
        try folder.write("partners.json", text.replacingOccurrences(of: "\"2m\"", with: "\"\(Self.huge)w\""))
        let error = loadError(folder)
        guard case .damaged(let file, _, _, let message) = error else {
            Issue.record("expected partners.json to be refused, got \(String(describing: error))")
            return
        }
        #expect(file == "partners.json")
        #expect(message.contains("loanPeriod"))
        #expect(message.contains("must be from 1 day to 5 years; found \(Self.huge)w"))
    }

    @Test func decodingHugeCountsAndPointsIsRefused() throws {
        let decoder = FastJSONDecoder()
        #expect(throws: DecodingError.self) {
            try decoder.decode(Attendance.self, from: Array(#"{"children": \#(Self.huge), "adults": 1}"#.utf8))
        }
        #expect(throws: DecodingError.self) {
            try decoder.decode(
                Score.self, from: Array(#"{"readerID": "R1", "criterionID": "a", "points": \#(Self.huge)}"#.utf8))
        }
        #expect(throws: DecodingError.self) {
            try decoder.decode(Criterion.self, from: Array(#"{"id": "a", "name": "A", "maxPoints": -1}"#.utf8))
        }
        #expect(throws: DecodingError.self) {
            try decoder.decode(
                PartnershipTeam.OutcomeTarget.self,
                from: Array(#"{"description": "x", "target": \#(Self.huge)}"#.utf8))
        }
        let fine = try decoder.decode(Attendance.self, from: Array(#"{"children": 30, "adults": 4}"#.utf8))
        #expect(fine == Attendance(children: 30, adults: 4))
    }

    @Test func aRangeRefusalFromTheDecoderPointsAtTheValue() throws {
        let text = "{\n  \"children\" : 1,\n  \"adults\" : -5\n}"
        do {
            _ = try FastJSONDecoder().decode(Attendance.self, from: Array(text.utf8))
            Issue.record("expected a refusal")
        } catch {
            let damage = JSONFileDecoding.damage(error, file: "events.json")
            #expect(
                damage
                    == .damaged(
                        file: "events.json", line: 3, column: 14,
                        message: "\"adults\": must be from 0 to 100,000 people; found -5"))
        }
    }

    @Test func aPlanRevisionAtItsLimitIsRefused() throws {
        let draft = RotationPlanner(data: Fixtures.library()).plan(PlanRequest(season: Season(startYear: 2027)))
        let plan = SeasonPlan(draft: draft, revision: 1)
        var text = String(decoding: try JSONEncoder().encode(plan), as: UTF8.self)
        text = text.replacingOccurrences(of: "\"revision\":1", with: "\"revision\":\(Self.huge)")
        #expect(text.contains("\(Self.huge)"))
        #expect(throws: DecodingError.self) { try FastJSONDecoder().decode(SeasonPlan.self, from: Array(text.utf8)) }
    }
}
