import DepotCore
import Foundation

/// A scale to benchmark, possibly a multiple of one: `city:4` is four times the city.
struct BenchScale {
    var scale: LibraryScale
    var multiplier: Int

    init(_ scale: LibraryScale, multiplier: Int = 1) {
        self.scale = scale
        self.multiplier = multiplier
    }

    init?(_ text: String) {
        let parts = text.split(separator: ":", maxSplits: 1).map(String.init)
        guard let scale = parts.first.flatMap(LibraryScale.init(rawValue:)) else { return nil }
        let multiplier = parts.count == 2 ? Int(parts[1]) : 1
        guard let multiplier, LibraryGenerator.multipliers.contains(multiplier) else { return nil }
        self.init(scale, multiplier: multiplier)
    }

    var name: String { multiplier == 1 ? scale.rawValue : "\(scale.rawValue)×\(multiplier)" }
}

/// Load, save and memory figures for the JSON store, and the commands' own work after loading.
enum StoreBenchmarks {
    static let runs = 7

    /// What the growth from one scale to the next is worked out from.
    struct Figures {
        var name: String
        var items: Int
        var loadMedian: Double?
        var memory: Double?
    }

    static func run(scale: BenchScale) -> Figures {
        let folder = NSTemporaryDirectory() + "depot-bench-\(scale.name)-\(getpid())"
        defer { try? FileManager.default.removeItem(atPath: folder) }
        var data: LibraryData!
        let generate = Measure.milliseconds {
            data = LibraryGenerator(
                scale: scale.scale, today: Day(year: 2026, month: 11, day: 23)!, multiplier: scale.multiplier
            ).generate()
        }
        let write = Measure.milliseconds {
            do {
                try LibraryStore.create(folder: folder, with: data).close()
            } catch {
                print("cannot write the \(scale.name) library: \(error)")
                exit(1)
            }
        }
        let bytes = folderSize(folder)
        print(
            "== \(scale.name): \(data.partners.count) partners, \(data.crates.count) crates, \(data.items.count) items, \(data.deposits.count) deposits; \(Measure.format(Double(bytes) / 1_048_576)) MiB on disk"
        )
        let items = data.items.count
        data = nil
        print("generate                 \(Measure.format(generate)) ms")
        print("write whole library      \(Measure.format(write)) ms")
        let load = Measure.child(["measure-load", folder])
        print(load)
        let memory = Measure.child(["measure-memory", folder])
        print(memory)
        print(Measure.child(["measure-commands", folder]))
        print(Measure.child(["measure-save", folder, "item"]))
        print(Measure.child(["measure-save", folder, "deposit"]))
        print(Measure.child(["measure-desks", folder]))
        print(Measure.child(["measure-screen", folder]))
        print(Measure.child(["measure-screen-save", folder]))
        return Figures(
            name: scale.name, items: items, loadMedian: Measure.firstNumber(in: load, after: "load"),
            memory: Measure.firstNumber(in: memory, after: "once"))
    }

    /// How load time and memory grew from each scale to the next, against how the catalogue grew.
    static func printGrowth(_ figures: [Figures]) {
        for (small, large) in zip(figures, figures.dropFirst()) where large.items > small.items {
            func ratio(_ a: Double?, _ b: Double?) -> String {
                guard let a, let b, a > 0 else { return "?" }
                return String(format: "%.2f×", b / a)
            }
            print(
                "== \(small.name) → \(large.name): items \(ratio(Double(small.items), Double(large.items))), "
                    + "load \(ratio(small.loadMedian, large.loadMedian)), memory \(ratio(small.memory, large.memory))")
        }
    }

    /// Child process: loads the library `runs` times, letting go of each load before the next, and reports the
    /// times.
    static func measureLoad(folder: String) {
        var times: [Double] = []
        for _ in 0..<runs {
            // The library is let go of after the clock stops: freeing 60,000 items is not part of reading them.
            var loaded: LibraryData?
            times.append(Measure.milliseconds { loaded = try? LibraryStore(folder: folder, forWriting: false).load() })
            guard loaded != nil else {
                print("load failed")
                return
            }
            loaded = nil
        }
        print("load                     \(Measure.spread(times)) (\(runs) loads, one at a time)")
    }

    /// Child process: loads the library once and reports the process's peak memory.
    static func measureMemory(folder: String) {
        let data = try? LibraryStore(folder: folder, forWriting: false).load()
        guard let data else {
            print("load failed")
            return
        }
        print(
            "peak memory, loaded once \(Measure.format(Measure.peakMemoryMebibytes())) MiB "
                + "(a process that loads \(data.items.count) items once)")
    }

    /// Child process: the work of `depot export items --format csv` and `depot week` after the library is loaded.
    static func measureCommands(folder: String) {
        guard let data = try? LibraryStore(folder: folder, forWriting: false).load() else {
            print("load failed")
            return
        }
        let today = Day(year: 2026, month: 11, day: 23)!
        var bytes = 0
        let export = (0..<runs).map { _ in
            Measure.milliseconds { bytes = Export.items(data).csv(format: .standard).utf8.count }
        }
        print("export items as CSV      \(Measure.spread(export)) (after load; \(bytes / 1024) KiB)")
        let week = WeekSchedule.defaultWeek(today: today)
        var lines = 0
        let weekTimes = (0..<runs).map { _ in
            Measure.milliseconds {
                let schedule = WeekSchedule.build(
                    data: data, week: week, today: today, sources: ScheduleSources.standard(for: data))
                lines = WeekText.text(for: schedule, data: data, language: .danish, withItems: false).count
            }
        }
        print("week schedule and text   \(Measure.spread(weekTimes)) (after load; week \(week), \(lines) characters)")
    }

    /// Child process: changes one record (an item's title, or the newest deposit's note) and saves its file through
    /// the store: the first save after opening, then `runs * 3` more of the same file.
    static func measureSave(folder: String, what: String) {
        do {
            let store = try LibraryStore(folder: folder)
            var data = try store.load()
            let file: StoreFile
            let change: (inout LibraryData, Int) -> Void
            if what == "item" {
                let position = data.items.count / 2
                file = .items(of: data.items[position].id)
                change = { data, run in data.items[position].title = "Benchmark \(run)" }
            } else {
                guard
                    let index = data.deposits.indices.max(by: {
                        data.deposits[$0].createdOn < data.deposits[$1].createdOn
                    })
                else { return }
                file = .deposits(data.season(of: data.deposits[index]))
                change = { data, run in data.deposits[index].notes = "benchmark run \(run)" }
            }
            change(&data, 0)
            let first = try Measure.milliseconds { try store.save(data, files: [file]) }
            var times: [Double] = []
            for run in 1...(runs * 3) {
                change(&data, run)
                times.append(try Measure.milliseconds { try store.save(data, files: [file]) })
            }
            print(
                "save one \(what == "item" ? "item   " : "deposit")         first \(Measure.format(first)) ms; "
                    + "then \(Measure.spread(times)) (\(file.relativePath), store only)")
        } catch {
            print("save failed: \(error)")
        }
    }

    /// Two desks on one library (two stores, as two processes have): a commit another desk did not disturb, a commit
    /// that must first read and merge the other desk's change to the same season file, a replayed desk change, and
    /// the other desk's screen taking the change in (`refresh`).
    static func measureDesks(folder: String) {
        do {
            let front = try LibraryStore(folder: folder)
            let back = try LibraryStore(folder: folder)
            var mine = try front.load()
            var theirs = try back.load()
            let season = mine.deposits.map { mine.season(of: $0) }.max()!
            let indices = mine.deposits.indices.filter { mine.season(of: mine.deposits[$0]) == season }
            let (a, b) = (indices[indices.count / 3], indices[2 * indices.count / 3])
            let file = StoreFile.deposits(season)
            var quiet: [Double] = []
            var merged: [Double] = []
            var replayed: [Double] = []
            var reloads: [Double] = []
            for run in 0..<(runs * 3) {
                // The front desk alone.
                mine.deposits[a].notes = "front \(run)"
                quiet.append(try Measure.milliseconds { mine = try front.commit(mine, files: [file]).data })
                // The back office, which has not seen it, changes another deposit of the same file: merged.
                theirs.deposits[b].notes = "back \(run)"
                merged.append(try Measure.milliseconds { theirs = try back.commit(theirs, files: [file]).data })
                // The front desk's next change is a desk operation, replayed on the back office's change.
                mine.deposits[a].notes = "front again \(run)"
                replayed.append(
                    try Measure.milliseconds {
                        mine = try front.commit(mine, files: [file]) { data in
                            data.deposits[a].notes = "front again \(run)"
                            return [file]
                        }.data
                    })
                // The back office's screen takes the front desk's change in.
                reloads.append(try Measure.milliseconds { theirs = try back.refresh()?.data ?? theirs })
            }
            let check = (0..<5).map { _ in Measure.milliseconds { _ = LibraryCheck.problems(in: mine) } }
            print("reference check (whole)   \(Measure.spread(check))")
            print("commit, no other desk     \(Measure.spread(quiet)) (\(file.relativePath))")
            print("commit merging a change   \(Measure.spread(merged)) (the other desk's, same file)")
            print("commit replayed           \(Measure.spread(replayed)) (a desk operation on fresher data)")
            print("reload one changed file   \(Measure.spread(reloads)) (a screen taking another desk's change in)")
        } catch {
            print("desks failed: \(error)")
        }
    }

    static func folderSize(_ folder: String) -> Int {
        guard let enumerator = FileManager.default.enumerator(atPath: folder) else { return 0 }
        var total = 0
        while let name = enumerator.nextObject() as? String {
            if name.hasPrefix("backups") { continue }
            let attributes = try? FileManager.default.attributesOfItem(atPath: "\(folder)/\(name)")
            total += (attributes?[.size] as? Int) ?? 0
        }
        return total
    }
}
