import ArgumentParser
import DepotCore

struct DueCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "due",
        abstract: helpText(.dueAbstract),
        discussion: helpText(.dueDiscussion)
    )

    @OptionGroup var library: LibraryOptions

    @Option(
        help: ArgumentHelp(
            helpText(.dueWithin), valueName: "PERIOD"))
    var within: String?

    @OptionGroup var output: ListOutputOptions
    @OptionGroup var lang: LanguageOption

    func validate() throws {
        if let within, case .failure(let refusal) = OptionValues.dueWithin(within) {
            throw ValidationError(spoken(refusal) + ".")
        }
    }

    func run() throws {
        let data = try loadLibraryWithoutCatalogue(library)
        let today = Day.today()
        let period = within.flatMap { try? OptionValues.dueWithin($0).get() } ?? .days(data.settings.dueSoonDays)
        let lines = DueList.due(data: data, today: today, within: period)
        let last = period.after(today)
        let words = lang.words
        let text = output.render(Export.due(lines)) {
            guard !lines.isEmpty else {
                return words.format(.noDepositsAreDueFrom, today, last) + "\n"
            }
            let table = TextTable(
                columns: [
                    .init("Partner"), .init(words[.route]), .init(words[.crates]),
                    .init(words[.due]), .init(words[.left], .right),
                ],
                rows: lines.map { line in
                    [
                        line.partnerName, line.routeName ?? "-",
                        line.crateText(in: words.language),
                        line.deposit.dueOn.description,
                        line.days == 0 ? words[.today] : words.days(line.days),
                    ]
                })
            let count = words.count(lines.count, .nounDeposit)
            return words.format(.dueFromTo, count, today, last)
                + "\n\n" + table.text()
        }
        try emit(text, to: nil)
    }
}
