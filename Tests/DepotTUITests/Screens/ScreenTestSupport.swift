import Testing

@testable import DepotCore
@testable import DepotTUI

/// A `LibraryPersistence` that writes nothing: it records which files each save would have written, and fails
/// when told to.
final class RecordingPersistence: LibraryPersistence {
    struct DiskFull: Error, CustomStringConvertible {
        var description: String { "the disk is full" }
    }

    private(set) var savedFiles: [Set<StoreFile>] = []
    private(set) var lastSaved: LibraryData?
    var failure: (any Error)?
    /// The staff member at the desk, as a store knows them after `--as`.
    var deskAuthor: StaffMember.ID?

    func save(_ data: LibraryData, files: Set<StoreFile>) throws {
        if let failure { throw failure }
        savedFiles.append(files)
        lastSaved = data
    }

    /// What the purge asked to forget, in order: "backups of events.json", "temporary files of events.json",
    /// "output files".
    private(set) var forgotten: [String] = []

    func forgetEarlierVersions(of file: StoreFile) throws -> Removal {
        forgotten.append("backups of \(file)")
        return Removal()
    }

    func removeTemporaryFiles(of file: StoreFile) throws -> Removal {
        forgotten.append("temporary files of \(file)")
        return Removal()
    }

    func removeOutputFiles(where matches: (String, String) -> Bool) throws -> Removal {
        forgotten.append("output files")
        return Removal()
    }
}

/// The sample library on the day the tests are about, and ways to drive the app as a person would.
enum ScreenTest {
    static let today = Day(year: 2026, month: 11, day: 23)!
    static let sample = LibraryGenerator(scale: .sample).generate()

    static func app(
        _ language: Language = .danish, data: LibraryData = sample,
        persistence: RecordingPersistence = RecordingPersistence()
    ) -> AppState {
        AppState(
            context: AppContext(data: data, today: today, strings: Strings(language)), persistence: persistence)
    }

    /// The screen as text rows.
    static func screen(_ state: inout AppState, width: Int = 80, height: Int = 24) -> [String] {
        var grid = CellGrid(width: width, height: height)
        AppView.render(&state, into: &grid)
        return grid.lines()
    }

    /// Problems a person would see as garbage: rows wider than the screen, or a text key's name where its
    /// translation should be.
    static func garbage(in lines: [String], width: Int) -> [String] {
        let keyNames = Strings.allKeyNames.filter { $0.contains(where: \.isUppercase) }
        var problems: [String] = []
        for (row, line) in lines.enumerated() {
            if displayWidth(of: line) > width { problems.append("row \(row) is wider than \(width): \(line)") }
            for name in keyNames where line.contains(name) { problems.append("row \(row) shows \(name): \(line)") }
        }
        return problems
    }
}

extension AppState {
    mutating func press(_ keys: Key...) {
        for key in keys { handle(.key(key)) }
    }

    mutating func type(_ text: String) {
        for character in text { handle(.key(.character(character))) }
    }

    var cratesScreen: CratesScreen? { tabs[2] as? CratesScreen }
    var itemsScreen: ItemsScreen? { tabs[3] as? ItemsScreen }
    var depositsScreen: DepositsScreen? { tabs[4] as? DepositsScreen }
    var partnersScreen: PartnersScreen? { tabs[1] as? PartnersScreen }
}
