import ArgumentParser
import DepotCore

struct OverdueCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "overdue",
        abstract: helpText(.overdueAbstract),
        discussion: helpText(.overdueDiscussion)
    )

    @OptionGroup var library: LibraryOptions
    @OptionGroup var output: ListOutputOptions
    @OptionGroup var lang: LanguageOption

    func run() throws {
        let data = try loadLibraryWithoutCatalogue(library)
        let today = Day.today()
        let lines = DueList.overdue(data: data, today: today)
        let words = lang.words
        let text = output.render(Export.overdue(lines)) {
            guard !lines.isEmpty else {
                return words.format(.noDepositsAreOverdueOn, today)
                    + "\n"
            }
            let table = TextTable(
                columns: [
                    .init("Partner"), .init(words[.route]), .init(words[.crates]),
                    .init(words[.due]), .init(words[.columnOverdue], .right),
                ],
                rows: lines.map { line in
                    [
                        line.partnerName, line.routeName ?? "-",
                        line.crateText(in: words.language),
                        line.deposit.dueOn.description, words.days(line.days),
                    ]
                })
            let count = words.count(lines.count, .nounDeposit)
            return words.format(.depositsOverdueOn, count, today) + "\n\n" + table.text()
        }
        try emit(text, to: nil)
    }
}
