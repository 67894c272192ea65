/// Where the library's scheduled visits come from. Every place that shows or prints visits (the Overview, the
/// Week tab, `depot week`) asks here, so a new source — a published rotation plan — reaches all of them at once.
public enum ScheduleSources {
    /// The sources of `data`'s visits: its deposits.
    public static func standard(for data: LibraryData) -> [any ScheduledVisitSource] {
        [DepositVisits()]
    }
}
