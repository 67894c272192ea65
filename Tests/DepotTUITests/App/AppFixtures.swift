import DepotCore

@testable import DepotTUI

/// The main screen on the sample library, for the app-level tests (`ScreenTest` has the shared helpers).
enum AppFixtures {
    static let today = ScreenTest.today
    static let sample = ScreenTest.sample

    static func state(
        language: Language = .danish, persistence: RecordingPersistence = RecordingPersistence(),
        readOnlyReason: String? = nil
    ) -> AppState {
        let context = AppContext(
            data: sample, today: today, strings: Strings(language), readOnlyReason: readOnlyReason)
        return AppState(context: context, persistence: persistence)
    }

    static func render(_ state: inout AppState, columns: Int = 80, rows: Int = 24) -> CellGrid {
        var grid = CellGrid(width: columns, height: rows)
        AppView.render(&state, into: &grid)
        return grid
    }
}
