import DepotCore
import Foundation

/// Where a load's time goes, file by file, decoded one after another on one core (`depot-bench breakdown DIR`).
enum LoadBreakdown {
    private struct ItemsFile: Decodable { var items: [Item] }
    private struct CratesFile: Decodable { var crates: [Crate] }
    private struct DepositsFile: Decodable { var deposits: [Deposit] }
    private struct PartnersFile: Decodable { var partners: [Partner] }

    static func run(folder: String) {
        func time<T: Decodable>(_ type: T.Type, _ path: String) -> (T?, Double) {
            var value: T?
            let bytes = (try? Data(contentsOf: URL(fileURLWithPath: "\(folder)/\(path)"))) ?? Data()
            let elapsed = Measure.milliseconds { value = try? FastJSONDecoder().decode(type, from: bytes) }
            print("  decode \(path): \(Measure.format(elapsed)) ms (\(bytes.count / 1024) KB)")
            return (value, elapsed)
        }
        let shards = ((try? FileManager.default.contentsOfDirectory(atPath: "\(folder)/items")) ?? []).sorted()
        var catalogue = 0.0
        var catalogueBytes = 0
        for shard in shards where shard.hasSuffix(".json") {
            let bytes = (try? Data(contentsOf: URL(fileURLWithPath: "\(folder)/items/\(shard)"))) ?? Data()
            catalogueBytes += bytes.count
            catalogue += Measure.milliseconds { _ = try? FastJSONDecoder().decode(ItemsFile.self, from: bytes) }
        }
        if shards.isEmpty {
            _ = time(ItemsFile.self, "items.json")
        } else {
            print(
                "  decode items/*.json: \(Measure.format(catalogue)) ms (\(shards.count) shards, \(catalogueBytes / 1024) KB)"
            )
        }
        _ = time(CratesFile.self, "crates.json")
        _ = time(PartnersFile.self, "partners.json")
        let seasons = (try? FileManager.default.contentsOfDirectory(atPath: "\(folder)/deposits")) ?? []
        for season in seasons.sorted() { _ = time(DepositsFile.self, "deposits/\(season)") }
        var data: LibraryData?
        let load = Measure.milliseconds { data = try? LibraryStore(folder: folder, forWriting: false).load() }
        print("  whole load (parallel, with checks): \(Measure.format(load)) ms")
        guard let data else { return }
        print("  reference checks: \(Measure.format(Measure.milliseconds { _ = LibraryCheck.problems(in: data) })) ms")
        print("  look-up index: \(Measure.format(Measure.milliseconds { _ = LibraryIndex(data) })) ms")
    }
}
