import ArgumentParser
import DepotCore
import Foundation

struct PurgeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "purge",
        abstract: helpText(.purgeAbstract),
        discussion: helpText(.purgeDiscussion)
    )

    @OptionGroup var library: LibraryOptions
    @OptionGroup var lang: LanguageOption

    @Flag(help: ArgumentHelp(helpText(.purgeDryRun)))
    var dryRun = false

    @Option(help: ArgumentHelp(helpText(.purgeBy), valueName: "STAFF"))
    var by: String?

    func run() throws {
        let folder = library.folder
        let store = try explainingErrors { try openLibrary(folder, forWriting: !dryRun) }
        defer { store.close() }
        var data = try explainingErrors { try store.load() }
        let today = Day.today()
        let staff = by.map { StaffMember.ID($0) }
        if let staff, !data.staff.contains(where: { $0.id == staff }) {
            throw failure(words.format(.byNoStaffMemberHas, staff))
        }
        if !dryRun { try identify(store, in: data, library, today: today) }
        if store.author == nil { store.author = staff }
        let plan = Purge.plan(data, today)
        if plan.isEmpty {
            print(words.format(.noReadersNamesArePast, data.settings.readerRetention, today))
            return
        }
        for candidate in plan {
            print(
                words.format(
                    .finalNamesKeptUntil, candidate.eventID, candidate.title,
                    words.count(candidate.readerCount, .nounReader), candidate.finalOn,
                    candidate.purgeFrom.adding(days: -1)))
        }
        if dryRun {
            print(words[.dryRunNothingWritten])
            return
        }
        let outcome = try explainingErrors {
            try Purge.run(plan, data: &data, store: store, today: today, by: staff)
        }
        print(
            words.format(
                .removedTheNamesOfIn, words.count(outcome.readerCount, .nounReader),
                words.count(outcome.competitionCount, .nounCompetition)))
        print(Self.removedFiles(outcome))
        for file in outcome.printouts.removed { print("  \(file)") }
        // A library synced through git keeps every version of events.json in the shared history.
        if FileManager.default.fileExists(atPath: "\(store.folder)/.git") {
            printError("depot: \(words.book[SyncText.purgeLeavesGitHistory])")
        }
        guard outcome.problems.isEmpty else {
            for problem in outcome.problems { printError("depot: \(problem)") }
            throw ExitCode.failure
        }
    }

    /// "Also removed, as they held the names: 5 earlier versions of events.json in backups/, 1 temporary file of
    /// events.json and 2 printouts:"
    static func removedFiles(_ outcome: Purge.Outcome) -> String {
        let backups = outcome.backups.removed.count
        let temporary = outcome.temporaryFiles.removed.count
        let printouts = outcome.printouts.removed.count
        let history = outcome.history.removed.count
        guard backups + temporary + printouts + history > 0 else {
            return words[.noOtherCopiesOfThe]
        }
        var parts: [String] = []
        if backups > 0 { parts.append(words.format(.ofEventsJsonInBackups, words.count(backups, .nounEarlierVersion))) }
        if temporary > 0 { parts.append(words.format(.ofEventsJson, words.count(temporary, .nounTemporaryFile))) }
        if history > 0 { parts.append(words.format(.linesOfTheChangeLog, words.count(history, .nounFile))) }
        if printouts > 0 { parts.append("\(words.count(printouts, .nounPrintout)):") }
        let list =
            parts.count == 1 ? parts[0] : parts.dropLast().joined(separator: ", ") + " and " + parts[parts.count - 1]
        return words.format(.alsoRemovedAsTheyHeld, list, printouts > 0 ? "" : ".")
    }
}
