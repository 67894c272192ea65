/// The file names printouts are saved under in the library's `printouts/` folder: one name per kind of printout,
/// so that printing one kind never overwrites another (the route sheets and the route sheets with packing lists).
public enum PrintoutNames {
    /// "week-2026-W48.txt", "week-2026-W48-nord.txt", "week-2026-W48-nord-with-items.txt".
    public static func week(_ week: ISOWeek, route: Route.ID?, withItems: Bool, extension ext: String) -> String {
        "week-\(week)\(route.map { "-\($0)" } ?? "")\(withItems ? "-with-items" : "").\(ext)"
    }
}
