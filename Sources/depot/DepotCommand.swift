import ArgumentParser
import DepotCore
import Foundation

@main
struct DepotCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "depot",
        abstract: helpText(.depotAbstract),
        discussion: helpText(.depotDiscussion),
        version: DepotVersion.current,
        subcommands: [
            OpenCommand.self, CheckCommand.self, SampleCommand.self, ImportCommand.self, ExportCommand.self,
            OverdueCommand.self, DueCommand.self, LedgerCommand.self, RemindCommand.self, PlanCommand.self,
            EventsCommand.self, CompetitionCommand.self, ReportCommand.self, PurgeCommand.self,
            WeekCommand.self, ItemCommand.self, CrateCommand.self, PackCommand.self, SendCommand.self,
            ReturnCommand.self, ExchangeCommand.self, ClosuresCommand.self,
            RenewCommand.self, WriteOffCommand.self, FoundCommand.self, SyncCommand.self, ConflictsCommand.self,
            ProspectCommand.self, ReachCommand.self, ReviewCommand.self,
        ],
        defaultSubcommand: OpenCommand.self
    )

    /// Runs the command line. A refusal by the argument parser itself ("The value … is invalid for …") is said in
    /// this run's language (`ArgumentParserText`), and quotes what was typed, which may be megabytes or carry
    /// control characters: it goes to standard error escaped and cut, like every other message. Help and version
    /// text is printed whole on standard output: the commands' texts are in the run's language already
    /// (`helpText`), and the parser's own words of the help are said in it too (`ArgumentParserText.spokenHelp`).
    /// `depot help X --lang da` asks for the help in Danish as `depot X --help --lang da` does: the parser's `help`
    /// takes no options, so the `--lang` is taken out before it parses (`withoutHelpLanguage`).
    static func main() {
        do {
            let arguments = try withoutHelpLanguage(Array(CommandLine.arguments.dropFirst()))
            var command = try parseAsRoot(arguments)
            try command.run()
        } catch {
            let code = exitCode(for: error)
            if code == .success {
                guard commandLanguage != .english else { exit(withError: error) }
                let help = ArgumentParserText.spokenHelp(fullMessage(for: error), in: commandLanguage)
                if !help.isEmpty { print(help) }
                Foundation.exit(code.rawValue)
            }
            let message = ArgumentParserText.spoken(fullMessage(for: error), in: commandLanguage)
            if !message.isEmpty { printError(message) }
            Foundation.exit(code.rawValue)
        }
    }
}

/// The `--data` option every command that reads a library shares.
struct LibraryOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(helpText(.depotLibraryData), valueName: "DIR"))
    var data: String?

    @Option(
        name: .customLong("as"),
        help: ArgumentHelp(
            helpText(.depotLibraryStaff),
            valueName: "STAFF"))
    var staff: String?

    var folder: String { LibraryLocation.resolve(explicit: data, environment: ProcessInfo.processInfo.environment) }
}

/// Opens the library in `folder`; when opened for writing, says on standard error what the store tidied up
/// (leftovers of a crashed save, files readable by others), and while a change waits for another desk's.
func openLibrary(_ folder: String, forWriting: Bool) throws -> LibraryStore {
    let store = try LibraryStore(folder: folder, forWriting: forWriting)
    for notice in store.notices { printError("depot: \(notice.text(in: commandLanguage))") }
    store.onWait = { holder in
        printError(words.format(.waitingForSave, holder.isEmpty ? words[.anotherDepot] : holder))
    }
    return store
}

/// Names the staff member at the desk as the author of `store`'s changes: `--as`, else `$DEPOT_STAFF`, else the one
/// remembered on this machine for this library. A name given is checked against `staff.json` and remembered.
func identify(_ store: LibraryStore, in data: LibraryData, _ options: LibraryOptions, today: Day) throws {
    let given = options.staff ?? ProcessInfo.processInfo.environment["DEPOT_STAFF"].flatMap { $0.isEmpty ? nil : $0 }
    guard let given else {
        store.author = DeskIdentity.remembered(for: store.folder).flatMap { id in
            data.staff.contains { $0.id == id } ? id : nil
        }
        return
    }
    switch DeskIdentity.staff(named: given, in: data, today: today) {
    case .success(let member):
        store.author = member.id
        if options.staff != nil { DeskIdentity.remember(member.id, for: store.folder) }
    case .failure(let refusal):
        throw failure(words.format(.asNothingWasSaved, spoken(refusal)))
    }
}

/// Writes a message to standard error: control characters shown escaped, cut to a readable length
/// (`TerminalSafe.message`), so that a damaged file cannot flood or drive the terminal.
func printError(_ text: String) {
    FileHandle.standardError.write(Data((TerminalSafe.message(text) + "\n").utf8))
}

extension ParsableCommand {
    /// Runs `body`, turning a `StoreError` into its sentence on standard error and exit code 1.
    func explainingErrors<T>(_ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let error as StoreError {
            printError("depot: \(spoken(error))")
            throw ExitCode.failure
        } catch let error as CustomStringConvertible {
            printError("depot: \(spoken(error))")
            throw ExitCode.failure
        }
    }
}
