import ArgumentParser
import DepotCore
import Foundation

struct RemindCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "remind",
        abstract: "Write reminder letters to partners whose crates are overdue or due soon.",
        discussion: """
            One letter per partner with deposits overdue or due within the library's "due soon" days, as plain \
            text of at most 80 columns, ready to print or paste into an e-mail. Several letters are separated by a \
            form feed, so that each prints on its own page. A file written with --output is readable by its owner \
            only: letters name the partners' contact people. It reads every file but the item catalogue, of which only the books kept back at \
            partners that the letters name, and checks the references between them; `depot check` checks the whole \
            library. The teams' tasks overdue or due within 7 days, and partnership reviews due, are named on \
            standard error.
            """
    )

    @OptionGroup var library: LibraryOptions

    @Option(help: ArgumentHelp("Only this partner: its id, its name or a part of the name.", valueName: "PARTNER"))
    var partner: String?

    @Option(help: ArgumentHelp("The language of the letters: da or en (default: from LANG).", valueName: "LANG"))
    var lang: String?

    @Option(help: ArgumentHelp("Write the letters to this file instead of standard output.", valueName: "FILE"))
    var output: String?

    func validate() throws {
        if let lang, Language(code: lang) == nil {
            throw ValidationError(words.format(.langMustBeDaOr, Language.codes.joined(separator: ", ")))
        }
    }

    func run() throws {
        // The letters name only the books kept back at partners: they alone are read from the catalogue.
        let data = try loadLibraryWithoutCatalogue(library) { $0.booksKeptAtPartners }
        let today = Day.today()
        let language = Language.resolve(explicit: lang, environment: ProcessInfo.processInfo.environment)
        // The partnership reviews due are named too: the same morning routine.
        defer {
            let due = Outreach.reviewsDue(until: today, in: data).count
            if partner == nil && due > 0 {
                printError(words.book.format(OutreachText.reviewsDueReminder, count: due, due))
            }
            // And the team's tasks overdue or due within the week, which the Overview lists too.
            let tasks = tasksToRemind(data, today)
            if partner == nil && !tasks.isEmpty {
                let book = TextBook(language)
                let staff = Dictionary(data.staff.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
                var text = book.format(TeamText.remindTasks, taskReminderDays, today)
                for item in tasks {
                    let owner = staff[item.task.ownerID] ?? item.task.ownerID.rawValue
                    text +=
                        "\n  \(item.task.dueOn)  \(item.task.title) (\(item.placeName)), \(owner), \(item.whenText(book))"
                }
                FileHandle.standardError.write(Data((TerminalSafe.lines(text) + "\n").utf8))
            }
        }
        var partners = ReminderLetter.partnersToRemind(data: data, today: today)
        if let partner {
            switch PartnerLookup.find(partner, in: data.partners) {
            case .success(let found):
                guard partners.contains(where: { $0.id == found.id }) else {
                    printError(words.format(.hasNoCratesOverdueOr, found.name, today))
                    return
                }
                partners = [found]
            case .failure(let error):
                throw failure("--partner: \(spoken(error)).")
            }
        }
        let letters = ReminderLetter.letters(for: partners, data: data, today: today, language: language)
            .filter { !$0.isEmpty }
        guard !letters.isEmpty else {
            printError(words.format(.noPartnerHasCratesOverdue, today))
            return
        }
        try emitText(letters.joined(separator: "\u{0C}"), to: output)
        if let output { print(words.format(.wroteLettersTo, words.count(letters.count, .nounLetter), output)) }
    }
}
