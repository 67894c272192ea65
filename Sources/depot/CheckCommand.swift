import ArgumentParser
import DepotCore

struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check a library: every file readable, every reference pointing at a record that exists.",
        discussion: "Prints every problem found, one per line, and exits with status 1 when there is any."
    )

    @OptionGroup var library: LibraryOptions

    func run() throws {
        let folder = library.folder
        let store = try explainingErrors { try LibraryStore(folder: folder, forWriting: false) }
        let problems = store.check()
        for leftover in store.leftoverTemporaryFiles() {
            print(
                "\(TerminalSafe.escape(leftover.name)): a temporary file left by a save that did not finish "
                    + "(\(leftover.size) bytes); the library's files are whole, and Depot removes it when it next "
                    + "opens the library for writing.")
        }
        if problems.isEmpty {
            print("\(folder): no problems found.")
            return
        }
        for problem in problems { print(problem.description) }
        printError("depot: \(problems.count) problem\(problems.count == 1 ? "" : "s") found in \(folder).")
        throw ExitCode.failure
    }
}
