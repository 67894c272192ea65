import ArgumentParser
import DepotCore
import DepotTUI
import Foundation

#if canImport(Glibc)
    import Glibc
#endif

struct OpenCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "open",
        abstract: helpText(.openAbstract)
    )

    @OptionGroup var library: LibraryOptions

    @Option(help: ArgumentHelp(helpText(.openLang), valueName: "LANG"))
    var lang: String?

    func validate() throws {
        if let lang, Language(code: lang) == nil {
            throw ValidationError(words.format(.langMustBeDaOr, Language.codes.joined(separator: ", ")))
        }
    }

    func run() throws {
        let folder = library.folder
        let created = try explainingErrors { try LibraryLocation.ensureLibrary(at: folder) }
        let language = Language.resolve(explicit: lang, environment: ProcessInfo.processInfo.environment)
        if let problem = LanguageTexts.problem(for: language) {
            printError(words.format(.depotTheScreenSTexts, problem))
            throw ExitCode(70)
        }
        guard isatty(STDIN_FILENO) != 0, isatty(STDOUT_FILENO) != 0 else {
            if created { print(Strings(language).format(.firstRun, folder)) }
            printError(Words(language).format(.screenNeedsTerminal, folder))
            throw ExitCode(2)
        }
        // Said inside the screen as it opens, and again after quitting, where the shell keeps it.
        defer { if created { print(Strings(language).format(.firstRun, folder)) } }
        let staff =
            library.staff ?? ProcessInfo.processInfo.environment["DEPOT_STAFF"].flatMap { $0.isEmpty ? nil : $0 }
        let interrupted = try explainingErrors {
            try DepotApp.run(
                folder: folder, language: language, today: .today(), createdFromSample: created, staff: staff,
                syncDriver: SyncCommand.driverCommand())
        }
        if interrupted { throw ExitCode(130) }
    }
}
