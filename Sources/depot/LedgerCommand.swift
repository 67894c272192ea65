import ArgumentParser
import DepotCore

struct LedgerCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ledger",
        abstract: helpText(.ledgerAbstract),
        discussion: helpText(.ledgerDiscussion)
    )

    @OptionGroup var library: LibraryOptions

    @Option(help: ArgumentHelp(helpText(.ledgerSeason), valueName: "SEASON"))
    var season: String?

    @Option(help: ArgumentHelp(helpText(.ledgerPartner), valueName: "PARTNER"))
    var partner: String?

    @OptionGroup var output: ListOutputOptions
    @OptionGroup var lang: LanguageOption

    func validate() throws {
        if let season, Season(season) == nil {
            throw ValidationError(words.format(.seasonFormatLedger, season))
        }
    }

    func run() throws {
        // Of the catalogue, only the books lost on the season's deposits are read: their prices are the replacement
        // values. A season that cannot be read is refused below, with the library read.
        let season = season
        let data = try loadLibraryWithoutCatalogue(library) { data in
            let settings = data.settings
            guard
                let chosen = season.map({ Season($0, startMonth: settings.seasonStartMonth) })
                    ?? settings.season(containing: Day.today())
            else { return [] }
            return data.booksLost(in: chosen)
        }
        let today = Day.today()
        let chosen = try parseSeason(season, settings: data.settings, today: today)
        var partnerID: Partner.ID?
        if let partner {
            switch PartnerLookup.find(partner, in: data.partners) {
            case .success(let found): partnerID = found.id
            case .failure(let error): throw failure("--partner: \(spoken(error)).")
            }
        }
        let rows = Ledger.build(data: data, season: chosen, partner: partnerID, today: today)
        let currency = data.settings.currency
        let words = lang.words
        let text = output.render(Export.ledger(rows, season: chosen)) {
            let heading = words.format(.ledgerAsOfAmountsIn, chosen, today, currency)
            guard rows.count > 1 else {
                return heading
                    + words[.noDepositsWereSentIn]
                    + "\n"
            }
            let numbers: [CommandText] = [
                .ledgerDeposits, .ledgerLent, .ledgerReturned, .ledgerLost, .ledgerDamaged, .ledgerAtPartner,
                .ledgerWaived, .ledgerCharged,
            ]
            let table = TextTable(
                columns: [.init("Partner")] + numbers.map { .init(words[$0], .right) },
                rows: rows.map { row in
                    [
                        row.isTotal ? words[.total] : row.partnerName, words.number(row.deposits),
                        words.number(row.itemsLent), words.number(row.returned), words.number(row.lost),
                        words.number(row.damaged), words.number(row.stillAtPartner),
                        words.amount(row.waived), words.amount(row.charged),
                    ]
                })
            return "\(heading):\n\n" + table.text(ruleBeforeLast: true)
        }
        try emit(text, to: nil)
    }
}
