import DepotCore
import DepotTUI

/// Screen figures through the real view code into the cell grid (the TUI issue's targets): time from start to the
/// first complete frame, and key press to finished frame while filtering the item catalogue as you type.
enum ScreenBenchmarks {
    /// Child process: start as `depot` does (load, build the state, render the first frame at 80×24).
    /// With `keys` false it stops after the first frame and the whole library taken in (for a profiler).
    static func measureFirstFrame(folder: String, keys: Bool = true) {
        // As `DepotApp.run` opens the screen: the Overview drawn from the library without its catalogue (but the
        // books it names), then the whole library read and taken in before the first key.
        var grid = CellGrid(width: 80, height: 24)
        var state: AppState?
        var loaded: Double = 0
        let today = Day(year: 2026, month: 11, day: 23)!
        guard let store = try? LibraryStore(folder: folder, forWriting: false) else {
            print("first frame: the library did not open")
            return
        }
        let elapsed = Measure.milliseconds {
            var data: LibraryData?
            loaded = Measure.milliseconds {
                data = try? store.load(.withoutCatalogue)
                if data != nil {
                    try? store.loadItems(AppState.booksForFirstFrame(in: data!, today: today), into: &data!)
                }
            }
            guard let data else { return }
            let context = AppContext(data: data, today: today, strings: Strings(.danish))
            var fresh = AppState(context: context, persistence: nil)
            AppView.render(&fresh, into: &grid)
            state = fresh
        }
        guard state != nil else {
            print("first frame: the library did not load")
            return
        }
        var completed = 0.0
        let whole = Measure.milliseconds {
            state!.context.prepareWhereabouts()
            var data: LibraryData?
            completed = Measure.milliseconds { data = try? store.load(completing: state!.context.data) }
            guard let data else { return }
            state!.takeWholeLibrary(data)
            AppView.render(&state!, into: &grid)
        }
        print(
            "start to first frame     \(Measure.format(elapsed)) ms (load without the catalogue \(Measure.format(loaded)) "
                + "ms, then state and Overview at 80×24 \(Measure.format(elapsed - loaded)) ms); the whole library read, "
                + "checked and taken in after it \(Measure.format(whole)) ms (the catalogue read and everything "
                + "checked \(Measure.format(completed)) ms, taken in and drawn \(Measure.format(whole - completed)) ms)"
        )
        print("peak memory with screen  \(Measure.format(Measure.peakMemoryMebibytes())) MiB")
        guard keys else { return }
        measureFiltering(state: &state!)
        measureDesk(state: &state!)
    }

    /// The desk at city scale: the Deposits tab's status filter (all → out → … → packed → all), one key
    /// press to its rendered frame, and scanning a deposit home one barcode at a time, each scan to its frame.
    static func measureDesk(state: inout AppState) {
        var grid = CellGrid(width: 120, height: 40)
        state.handle(.key(.escape))
        state.handle(.key(.character("5")))
        AppView.render(&state, into: &grid)
        var presses: [Double] = []
        for _ in 0..<24 {
            presses.append(
                Measure.milliseconds {
                    state.handle(.key(.character("s")))
                    AppView.render(&state, into: &grid)
                })
        }
        print(
            "deposit status filter    \(Measure.spread(presses)) (one key → frame, \(presses.count) keys, "
                + "round all → out → due soon → overdue → returned → packed)")
        // On to the overdue list, where the scan-in below starts.
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
        var broughtUpToDate = 0.0
        let firstSwitch = Measure.milliseconds {
            broughtUpToDate = Measure.milliseconds { state.handle(.key(.character("4"))) }
            AppView.render(&state, into: &grid)
        }
        let data = state.context.data
        let whereabouts = (0..<5).map { _ in Measure.milliseconds { _ = Whereabouts(data: data) } }
        print(
            "first switch to Items    \(Measure.format(firstSwitch)) ms (key → the tab's first frame, 120×40; the tab "
                + "brought up to date \(Measure.format(broughtUpToDate)) ms; the whereabouts, worked out on another core "
                + "as the library comes in, take \(Measure.format(Measure.median(whereabouts))) ms on one)")
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
            "first key of a filter    \(Measure.format(times.first ?? 0)) ms (typed at once after the switch: it waits "
                + "for the search texts still being folded on other cores)")
        print(
            "filter items, key→frame  \(Measure.format(Measure.median(times))) ms median, "
                + "\(Measure.format(Measure.percentile(times, 99))) ms p99, \(Measure.format(times.max() ?? 0)) ms max "
                + "(\(times.count) keys, each key to its own frame, typing and deleting)")
    }

    /// Child process: saves made from the screen, as a librarian makes them, each timed from the confirming key to
    /// the finished frame (the save, the refreshed tabs and the whole screen drawn): withdrawing an item (Items tab,
    /// `d`, `j`) and renewing a deposit (Deposits tab, `f`, `j`). The first of each kind is the first save of its file
    /// after opening; the rest show the steady state.
    static func measureSaves(folder: String) {
        let store: LibraryStore
        let data: LibraryData
        do {
            store = try LibraryStore(folder: folder)
            data = try store.load()
        } catch {
            print("screen saves: the library did not load: \(error)")
            return
        }
        let today = Day(year: 2026, month: 11, day: 23)!
        var state = AppState(
            context: AppContext(data: data, today: today, strings: Strings(.danish)), persistence: store)
        var grid = CellGrid(width: 120, height: 40)
        AppView.render(&state, into: &grid)
        let runs = 7
        let items = data.items.filter { $0.status == .available }.suffix(runs)
        var itemTimes: [Double] = []
        var itemFrames: [Double] = []
        for item in items {
            state.show(.item(item.barcode))
            state.handle(.key(.character("d")))
            AppView.render(&state, into: &grid)
            var frame = 0.0
            itemTimes.append(
                Measure.milliseconds {
                    state.handle(.key(.character("j")))
                    frame = Measure.milliseconds { AppView.render(&state, into: &grid) }
                })
            itemFrames.append(frame)
        }
        let saved = state.context.data.items.filter { item in items.contains { $0.barcode == item.barcode } }
        guard saved.allSatisfy({ $0.status == .withdrawn }), !saved.isEmpty else {
            print("screen saves: withdrawing an item did not save (\(state.message))")
            return
        }
        let deposits = data.deposits.filter { $0.isOut && $0.returnedOn == nil && $0.renewals == 0 }.prefix(runs)
        var depositTimes: [Double] = []
        var depositFrames: [Double] = []
        for deposit in deposits {
            state.show(.deposit(deposit.id))
            state.handle(.key(.character("f")))
            AppView.render(&state, into: &grid)
            var frame = 0.0
            depositTimes.append(
                Measure.milliseconds {
                    state.handle(.key(.character("j")))
                    frame = Measure.milliseconds { AppView.render(&state, into: &grid) }
                })
            depositFrames.append(frame)
        }
        let renewed = state.context.data.deposits.filter { deposit in
            deposits.contains { $0.id == deposit.id } && deposit.renewals == 1
        }
        guard renewed.count == deposits.count, !renewed.isEmpty else {
            print("screen saves: renewing a deposit did not save (\(state.message))")
            return
        }
        func line(_ label: String, _ times: [Double], _ frames: [Double]) -> String {
            "\(label)first \(Measure.format(times[0])) ms; then \(Measure.spread(Array(times.dropFirst()))) "
                + "(key → saved → whole frame; the frame alone \(Measure.format(Measure.median(frames))) ms median)"
        }
        print(line("screen: withdraw item    ", itemTimes, itemFrames))
        print(line("screen: renew deposit    ", depositTimes, depositFrames))
    }
}
