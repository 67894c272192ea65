import ArgumentParser
import DepotCore

struct PurgeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "purge",
        abstract: "Remove the names of competition readers whose retention period has ended.",
        discussion: """
            Readers are children: their first names are kept for the library's retention period after the final \
            (readerRetentionMonths in library.json, 12 when not set), then replaced by "Oplæser 1", "Oplæser 2"... \
            Classes, schools, scores and counts stay for statistics, and the purge is noted in the event's log.
            """
    )

    @OptionGroup var library: LibraryOptions

    @Flag(help: "List what would change and write nothing.")
    var dryRun = false

    @Option(help: ArgumentHelp("The staff member doing it, for the log (an id such as S01).", valueName: "STAFF"))
    var by: String?

    func run() throws {
        let folder = library.folder
        let store = try explainingErrors { try openLibrary(folder, forWriting: !dryRun) }
        defer { store.close() }
        var data = try explainingErrors { try store.load() }
        let today = Day.today()
        let staff = by.map { StaffMember.ID($0) }
        if let staff, !data.staff.contains(where: { $0.id == staff }) {
            throw failure("--by: no staff member has the id \(staff).")
        }
        let plan = Purge.plan(data, today)
        if plan.isEmpty {
            print("No readers' names are past the \(data.settings.readerRetention)-month retention period on \(today).")
            return
        }
        for candidate in plan {
            print(
                "\(candidate.eventID) \(candidate.title): \(counted(candidate.readerCount, "reader")), "
                    + "final \(candidate.finalOn), names kept until \(candidate.purgeFrom.adding(days: -1))")
        }
        if dryRun {
            print("Dry run; nothing was written.")
            return
        }
        let files = Purge.apply(plan, to: &data, today: today, by: staff)
        try explainingErrors { try store.save(data, files: files) }
        let readers = plan.reduce(0) { $0 + $1.readerCount }
        print("Removed the names of \(counted(readers, "reader")) in \(counted(plan.count, "competition")).")
    }
}
