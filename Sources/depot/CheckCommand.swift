import ArgumentParser
import DepotCore

struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check a library: every file readable, every reference pointing at a record that exists.",
        discussion: """
            Prints every problem found, one per line, and exits with status 1 when there is any. When the records \
            are sound it also prints warnings, each beginning "warning:": things to do that do not make the library \
            wrong, such as readers' names kept past their retention date (run `depot purge`). Warnings alone leave \
            the exit status 0 (DEPOT_TODAY sets today).
            """
    )

    @OptionGroup var library: LibraryOptions
    @OptionGroup var lang: LanguageOption

    func run() throws {
        let folder = library.folder
        let store = try explainingErrors { try LibraryStore(folder: folder, forWriting: false) }
        var (problems, warnings) = store.check(today: Day.today())
        warnings += store.leftoverWarnings(in: lang.language)
        let words = lang.words
        for warning in warnings { print("\(words[.warning]): \(spoken(warning))") }
        if problems.isEmpty {
            let count = words.count(warnings.count, .nounWarning)
            let noted = warnings.isEmpty ? "" : "; \(count)"
            print(words.format(.noProblemsFound, folder, noted))
            return
        }
        for problem in problems { print(spoken(problem)) }
        let count = words.count(problems.count, .nounProblem)
        printError(words.format(.depotFoundIn, count, folder))
        throw ExitCode.failure
    }
}
