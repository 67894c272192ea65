import Testing

@testable import DepotCore
@testable import DepotTUI

@Suite("Store errors in the screen's language")
struct StoreErrorTextTests {
    static let errors: [StoreError] = [
        .damaged(file: "crates.json", line: 3, column: 7, message: "unexpected end"),
        .readOnly(reason: .folderNotWritable),
        .changedOnDisk(file: "crates.json"),
        .conflicts([RecordConflict(file: .crates, recordID: "K001", base: nil, ours: nil, theirs: "{}")]),
        .incompleteLibrary(path: "/lib", missing: ["items.json"], hasBackups: true),
        .newerSchema(file: "items.json", found: 9, supported: 1),
    ]

    @Test("Danish says it in Danish, keeping the file's name and place", arguments: errors)
    func danish(_ error: StoreError) {
        let text = Strings(.danish).describe(error)
        for english in ["was changed", "read-only", "nothing was", "another desk", "line ", "Restore", "newer Depot"] {
            #expect(!text.contains(english), "\(text)")
        }
        #expect(text != error.description)
    }

    @Test("English is the store's own sentence", arguments: errors)
    func english(_ error: StoreError) {
        #expect(Strings(.english).describe(error) == error.description)
    }

    @Test func readOnlyAndDamagedWords() {
        let strings = Strings(.danish)
        #expect(
            strings.describe(.readOnly(reason: .folderNotWritable))
                == "Biblioteket er kun åbent til læsning: denne bruger kan ikke skrive i biblioteksmappen")
        #expect(
            strings.describe(.damaged(file: "crates.json", line: 3, column: nil, message: "x")).hasPrefix(
                "crates.json linje 3: x. Filen er ikke ændret"))
        #expect(
            strings.describe(
                .conflicts([RecordConflict(file: .crates, recordID: "K001", base: "{}", ours: "{}", theirs: nil)]))
                == "En anden skranke ændrede den samme post imens; intet blev gemt:\n"
                + "  crates.json: post K001 blev ændret her og slettet ved en anden skranke")
        #expect(strings.describe(.changedOnDisk(file: "crates.json")).contains("blev ændret af et andet program"))
    }
}
