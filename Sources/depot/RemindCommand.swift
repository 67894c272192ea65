import ArgumentParser
import DepotCore
import Foundation

struct RemindCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "remind",
        abstract: helpText(.remindAbstract),
        discussion: helpText(.remindDiscussion)
    )

    @OptionGroup var library: LibraryOptions

    @Option(help: ArgumentHelp(helpText(.ledgerPartner), valueName: "PARTNER"))
    var partner: String?

    @Option(help: ArgumentHelp(helpText(.remindLang), valueName: "LANG"))
    var lang: String?

    @Option(help: ArgumentHelp(helpText(.remindOutput), valueName: "FILE"))
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
