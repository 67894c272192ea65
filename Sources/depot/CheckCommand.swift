import ArgumentParser
import DepotCore

struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: helpText(.checkAbstract),
        discussion: helpText(.checkDiscussion)
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
