import Foundation

extension Day {
    /// Today in the local time zone, or `$DEPOT_TODAY` (YYYY-MM-DD) when set, so that tests and demonstrations
    /// run against a fixed day.
    public static func today(environment: [String: String] = ProcessInfo.processInfo.environment) -> Day {
        if let fixed = environment["DEPOT_TODAY"], let day = Day(fixed) { return day }
        let parts = Calendar.current.dateComponents([.year, .month, .day], from: Date())
        return Day(year: parts.year!, month: parts.month!, day: parts.day!)!
    }
}
