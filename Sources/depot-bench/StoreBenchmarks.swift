import DepotCore
import Foundation

/// Load, save and memory figures for the JSON store (the foundation issue's targets).
enum StoreBenchmarks {
    static let runs = 7

    static func run(scale: LibraryScale) {
        let folder = NSTemporaryDirectory() + "depot-bench-\(scale.rawValue)-\(getpid())"
        defer { try? FileManager.default.removeItem(atPath: folder) }
        var data: LibraryData!
        let generate = Measure.milliseconds {
            data = LibraryGenerator(scale: scale, today: Day(year: 2026, month: 11, day: 23)!).generate()
        }
        let write = Measure.milliseconds {
            do {
                try LibraryStore.create(folder: folder, with: data).close()
            } catch {
                print("cannot write the \(scale.rawValue) library: \(error)")
                exit(1)
            }
        }
        let bytes = folderSize(folder)
        print(
            "== \(scale.rawValue): \(data.partners.count) partners, \(data.crates.count) crates, \(data.items.count) items, \(data.deposits.count) deposits; \(Measure.format(Double(bytes) / 1_048_576)) MB on disk"
        )
        print("generate                 \(Measure.format(generate)) ms")
        print("write whole library      \(Measure.format(write)) ms")
        print(Measure.child(["measure-load", folder]))
        print(Measure.child(["measure-save", folder]))
        print(Measure.child(["measure-screen", folder]))
    }

    /// Child process: loads the library `runs` times and reports the times and the peak memory.
    static func measureLoad(folder: String) {
        var times: [Double] = []
        var data: LibraryData?
        for _ in 0..<runs {
            times.append(
                Measure.milliseconds {
                    data = try? LibraryStore(folder: folder, forWriting: false).load()
                })
        }
        guard data != nil else {
            print("load failed")
            return
        }
        print(
            "load (median of \(runs))     \(Measure.format(Measure.median(times))) ms   (min \(Measure.format(times.min()!)), max \(Measure.format(times.max()!)))"
        )
        print("peak memory after load   \(Measure.format(Measure.peakMemoryMegabytes())) MB")
    }

    /// Child process: changes the newest deposit's note and saves it, `runs * 3` times.
    static func measureSave(folder: String) {
        do {
            let store = try LibraryStore(folder: folder)
            var data = try store.load()
            guard
                let index = data.deposits.indices.max(by: { data.deposits[$0].createdOn < data.deposits[$1].createdOn })
            else { return }
            let file = StoreFile.deposits(data.season(of: data.deposits[index]))
            var times: [Double] = []
            for run in 0..<(runs * 3) {
                data.deposits[index].notes = "benchmark run \(run)"
                times.append(try Measure.milliseconds { try store.save(data, files: [file]) })
            }
            print(
                "save one deposit         \(Measure.format(Measure.median(times))) ms median, \(Measure.format(Measure.percentile(times, 95))) ms p95 (\(file.relativePath))"
            )
        } catch {
            print("save failed: \(error)")
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
