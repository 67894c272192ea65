import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Small timing and memory helpers for the benchmark.
enum Measure {
    /// Milliseconds taken by `body`.
    static func milliseconds(_ body: () throws -> Void) rethrows -> Double {
        var start = timespec()
        clock_gettime(CLOCK_MONOTONIC, &start)
        try body()
        var end = timespec()
        clock_gettime(CLOCK_MONOTONIC, &end)
        return Double(end.tv_sec - start.tv_sec) * 1000 + Double(end.tv_nsec - start.tv_nsec) / 1_000_000
    }

    /// The process's peak resident memory so far, in MiB (Linux gives `ru_maxrss` in KiB).
    static func peakMemoryMebibytes() -> Double {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        return Double(usage.ru_maxrss) / 1024
    }

    /// "12.3 ms median (min 11.0, p90 14.1, max 15.2)": the median and the spread of `values`.
    static func spread(_ values: [Double]) -> String {
        guard let low = values.min(), let high = values.max() else { return "no runs" }
        return "\(format(median(values))) ms median (min \(format(low)), p90 \(format(percentile(values, 90))), "
            + "max \(format(high)))"
    }

    /// The first number after `word` in `text`, for reading a child's figures back.
    static func firstNumber(in text: String, after word: String) -> Double? {
        guard let range = text.range(of: word) else {
            return nil
        }
        let rest = text[range.upperBound...].drop { !$0.isNumber }
        return Double(rest.prefix { $0.isNumber || $0 == "." })
    }

    static func median(_ values: [Double]) -> Double { percentile(values, 50) }

    static func percentile(_ values: [Double], _ percent: Double) -> Double {
        let sorted = values.sorted()
        guard !sorted.isEmpty else { return .nan }
        let rank = Int((percent / 100 * Double(sorted.count - 1)).rounded())
        return sorted[rank]
    }

    static func format(_ value: Double) -> String { String(format: "%.1f", value) }

    /// Runs this benchmark binary again with `arguments` and returns what it printed.
    static func child(_ arguments: [String]) -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
        process.arguments = arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        do {
            try process.run()
        } catch {
            return "failed to start: \(error)"
        }
        let output = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: output, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
    }
}
