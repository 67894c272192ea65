import Testing

@testable import DepotCore

@Suite struct RetentionWarningsTests {
    @Test func namesPastTheirRetentionDateAreAWarningUntilPurged() throws {
        var data = try EventsPurgeTests.library()
        #expect(LibraryCheck.warnings(in: data, today: Day(year: 2028, month: 3, day: 17)!) == [])
        let today = Day(year: 2028, month: 3, day: 18)!
        let warnings = LibraryCheck.warnings(in: data, today: today)
        #expect(
            warnings.map(\.description) == [
                "events.json, record E2027-09: 4 readers' names are past their retention date (final 2027-03-18, "
                    + "kept 12 months, until 2028-03-17); run `depot purge`"
            ])
        Purge.apply(Purge.plan(data, today), to: &data, today: today)
        #expect(LibraryCheck.warnings(in: data, today: today) == [])
    }

    @Test func theStoreChecksProblemsAndWarningsInOneReading() throws {
        let folder = TemporaryFolder("retention-warnings")
        var data = try EventsPurgeTests.library()
        data.settings.readerRetentionMonths = 1
        try LibraryStore.create(folder: folder.path, with: data).close()
        let store = try LibraryStore(folder: folder.path, forWriting: false)
        let (problems, warnings) = store.check(today: Day(year: 2027, month: 4, day: 18)!)
        #expect(problems == [] && warnings.count == 1)
        #expect(warnings.first?.message.contains("kept 1 month, until 2027-04-17") == true)
        try folder.write("teams.json", "{")
        let damaged = store.check(today: Day(year: 2027, month: 4, day: 18)!)
        #expect(damaged.problems.count == 1 && damaged.warnings == [])
    }
}
