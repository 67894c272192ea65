import DepotCore
import DepotTUI

/// Screen figures through the real view code into the cell grid (the TUI issue's targets): time from start to the
/// first complete frame, and key press to finished frame while filtering the item catalogue as you type.
enum ScreenBenchmarks {
    /// Child process: start as `depot` does (load, build the state, render the first frame at 80×24).
    static func measureFirstFrame(folder: String) {
        var grid = CellGrid(width: 80, height: 24)
        var state: AppState?
        var loaded: Double = 0
        let elapsed = Measure.milliseconds {
            var data: LibraryData?
            loaded = Measure.milliseconds { data = try? LibraryStore(folder: folder, forWriting: false).load() }
            guard let data else { return }
            let context = AppContext(data: data, today: Day(year: 2026, month: 11, day: 23)!, strings: Strings(.danish))
            var fresh = AppState(context: context, persistence: nil)
            AppView.render(&fresh, into: &grid)
            state = fresh
        }
        guard state != nil else {
            print("first frame: the library did not load")
            return
        }
        print(
            "start to first frame     \(Measure.format(elapsed)) ms (load \(Measure.format(loaded)) ms, then state and "
                + "Overview at 80×24 \(Measure.format(elapsed - loaded)) ms)")
        print("peak memory with screen  \(Measure.format(Measure.peakMemoryMegabytes())) MB")
        measureFiltering(state: &state!)
        measureDesk(state: &state!)
    }

    /// The desk at city scale: the overdue list (Deposits tab, status filter on "overdue", rendered), and scanning
    /// a deposit home one barcode at a time, each scan to its updated frame.
    static func measureDesk(state: inout AppState) {
        var grid = CellGrid(width: 120, height: 40)
        state.handle(.key(.escape))
        state.handle(.key(.character("5")))
        AppView.render(&state, into: &grid)
        var overdue: [Double] = []
        for _ in 0..<6 {
            // all → out → due soon → overdue, and round again.
            overdue.append(
                Measure.milliseconds {
                    for _ in 0..<3 { state.handle(.key(.character("s"))) }
                    AppView.render(&state, into: &grid)
                })
            for _ in 0..<3 { state.handle(.key(.character("s"))) }
        }
        print(
            "overdue list             \(Measure.format(Measure.median(overdue))) ms median, \(Measure.format(overdue.max() ?? 0)) ms max (filter + frame)"
        )
        for _ in 0..<3 { state.handle(.key(.character("s"))) }
        let context = state.context
        guard let deposit = context.data.deposits.first(where: { $0.isOut && $0.returnedOn == nil }) else { return }
        var opened = 0.0
        opened = Measure.milliseconds {
            state.show(.deposit(deposit.id))
            state.handle(.key(.character("r")))
            AppView.render(&state, into: &grid)
        }
        var scans: [Double] = []
        for barcode in deposit.itemBarcodes {
            scans.append(
                Measure.milliseconds {
                    state.handle(.scanned(barcode.rawValue))
                    AppView.render(&state, into: &grid)
                })
        }
        print(
            "scan-in: open \(Measure.format(opened)) ms; one barcode → frame \(Measure.format(Measure.median(scans))) ms median, "
                + "\(Measure.format(Measure.percentile(scans, 99))) ms p99 (\(scans.count) scans)")
    }

    /// Types queries into the Items tab's filter, one key at a time, rendering a 120×40 frame after each key.
    static func measureFiltering(state: inout AppState) {
        let queries = ["bamse", "bjørn", "rasmus", "æble", "dino", "5000", "hansen", "søren", "kroppen", "farver"]
        var grid = CellGrid(width: 120, height: 40)
        var times: [Double] = []
        state.handle(.key(.character("4")))
        AppView.render(&state, into: &grid)
        for query in queries {
            state.handle(.key(.character("/")))
            for character in query {
                times.append(
                    Measure.milliseconds {
                        state.handle(.key(.character(character)))
                        AppView.render(&state, into: &grid)
                    })
            }
            for _ in query {
                times.append(
                    Measure.milliseconds {
                        state.handle(.key(.backspace))
                        AppView.render(&state, into: &grid)
                    })
            }
            state.handle(.key(.escape))
        }
        print(
            "filter items, key→frame  \(Measure.format(Measure.median(times))) ms median, "
                + "\(Measure.format(Measure.percentile(times, 99))) ms p99, \(Measure.format(times.max() ?? 0)) ms max "
                + "(\(times.count) keys, typing and deleting)")
    }
}
