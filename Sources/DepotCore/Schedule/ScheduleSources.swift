/// Where the library's scheduled visits come from. Every place that shows or prints visits (the Overview, the
/// Week tab, `depot week`) asks here, so a new source — a published rotation plan — reaches all of them at once.
public enum ScheduleSources {
    /// The sources of `data`'s visits: its deposits, and its published rotation plans when it has any. A deposit
    /// visit and a planned visit to one partner on one day are merged into one visit.
    public static func standard(for data: LibraryData) -> [any ScheduledVisitSource] {
        [DepositVisits(), PlanVisits()]
    }
}
