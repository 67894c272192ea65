import Testing

@testable import DepotCore

/// What opening a library tidied up is told in the language of the person who opened it, with counts in their
/// plural form and sizes written as the language writes numbers.
struct StoreNoticeTextTests {
    @Test func leftoversAreCountedAndSizedInTheLanguage() {
        let one = StoreNotice.removedLeftovers(names: ["crates.json.tmp-1"], bytes: 2_450_000)
        #expect(one.text(in: .danish).hasPrefix("Fjernede 1 midlertidig fil fra en gemning"))
        #expect(one.text(in: .danish).contains("(crates.json.tmp-1; 2,5 MB)"))
        #expect(one.text(in: .english).contains("Removed 1 temporary file left by a save"))
        #expect(one.text(in: .english).contains("(crates.json.tmp-1; 2.5 MB)"))

        let four = StoreNotice.removedLeftovers(names: ["a", "b", "c", "d"], bytes: 12)
        #expect(four.text(in: .danish).contains("Fjernede 4 midlertidige filer"))
        #expect(four.text(in: .danish).contains("(a, b, c, …; 12 byte)"))
        #expect(four.text(in: .english).contains("(a, b, c, …; 12 bytes)"))
    }

    @Test func everyNoticeIsDanishInDanish() {
        let notices: [StoreNotice] = [
            .finishedInterruptedChange(files: ["crates.json", "deposits.json"]),
            .removedLeftovers(names: ["x"], bytes: 1),
            .restrictedPermissions(count: 111),
            .splitCatalogue(items: 60_000, shards: 100),
        ]
        let english = ["Removed", "readable", "Made", "catalogue", "change was", "files and folders"]
        for notice in notices {
            let danish = notice.text(in: .danish)
            #expect(!english.contains { danish.contains($0) }, "\(danish)")
            #expect(notice.text(in: .english) == notice.description)
        }
        #expect(StoreNotice.splitCatalogue(items: 60_000, shards: 100).text(in: .danish).contains("60.000 materialer"))
        #expect(StoreNotice.restrictedPermissions(count: 1).text(in: .english).contains("it was readable by others"))
    }
}
