import ArgumentParser
import DepotCore
import DepotTUI
import Foundation

/// `--format text|json` and `--lang` of the "where is it" commands.
struct WhereOptions: ParsableArguments {
    enum Format: String, ExpressibleByArgument, CaseIterable { case text, json }

    @Option(help: ArgumentHelp(helpText(.whereFormatFormat)))
    var format: Format = .text

    @Option(help: ArgumentHelp(helpText(.commandLanguageLanguageLang), valueName: "LANG"))
    var lang: String?

    func validate() throws {
        if let lang, Language(code: lang) == nil {
            throw ValidationError(words.format(.langMustBeDaOr, Language.codes.joined(separator: ", ")))
        }
    }

    var language: Language { Language.resolve(explicit: lang, environment: ProcessInfo.processInfo.environment) }
}

/// Pretty-printed JSON with sorted keys and `null` for what is not there, as every JSON printout of Depot.
private func json(_ object: [String: Any?]) throws -> String { try JSONOutput.text(object: object) }

struct ItemCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "item",
        abstract: helpText(.whereItemAbstract),
        discussion: helpText(.whereItemDiscussion)
    )

    @OptionGroup var library: LibraryOptions
    @OptionGroup var options: WhereOptions

    @Argument(help: ArgumentHelp(helpText(.writeOffBarcode)))
    var barcode: String

    func run() throws {
        let data = try loadLibrary(library)
        let today = Day.today()
        guard let item = data.items.first(where: { $0.barcode.rawValue == barcode }) else {
            throw failure(words.format(.noItemHasTheBarcode, TerminalSafe.quote(barcode)))
        }
        let place = Whereabouts(data: data).place(ofItem: item.id)
        let whereabouts = WhereaboutsText(options.language)
        let placeText = whereabouts.describe(place, data: data, today: today)
        var crate: Crate.ID? = data.crates.first { $0.itemBarcodes.contains(item.id) }?.id
        var partner: Partner.ID?
        var deposit: Deposit.ID?
        var since: Day?
        var due: Day?
        let kind: String
        switch place {
        case .shelf: kind = "shelf"
        case .inCrate: kind = "inCrate"
        case .packed(let packedIn, let to, let on):
            (kind, crate, partner, deposit) = ("packed", packedIn, to, on)
        case .atPartner(let at, let on, let with, let sent, let dueOn):
            (kind, crate, partner, deposit, since, due) = ("atPartner", with, at, on, sent, dueOn)
        case .lost(let on): (kind, deposit) = ("lost", on)
        case .damaged: kind = "damaged"
        case .withdrawn: kind = "withdrawn"
        }
        let partnerName = partner.flatMap { id in data.partners.first { $0.id == id }?.name }
        if options.format == .json {
            let late = due.map { max(0, $0.days(until: today)) }
            try emit(
                json([
                    "barcode": item.barcode.rawValue, "title": item.title, "status": item.status.rawValue,
                    "place": kind, "crate": crate?.rawValue, "partnerID": partner?.rawValue, "partner": partnerName,
                    "deposit": deposit?.rawValue, "since": since?.description, "due": due?.description,
                    "daysOverdue": late, "text": placeText,
                ]), to: nil)
            return
        }
        let words = Words(options.language)
        var lines = ["\(item.barcode)  \(TerminalSafe.field(item.title, limit: 200))"]
        lines.append(words[.labelWhere] + TerminalSafe.field(placeText, limit: 200))
        lines.append(words[.crate] + (crate?.rawValue ?? "–"))
        if let deposit { lines.append(words[.deposit] + deposit.rawValue) }
        lines.append(
            "Status:  "
                + (options.language == .english ? item.status.rawValue : Strings(options.language).label(item.status)))
        try emit(lines.joined(separator: "\n") + "\n", to: nil)
    }
}

struct CrateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "crate",
        abstract: helpText(.whereCrateAbstract),
        discussion: helpText(.whereCrateDiscussion)
    )

    @OptionGroup var library: LibraryOptions
    @OptionGroup var options: WhereOptions

    @Argument(help: ArgumentHelp(helpText(.whereCrateNumber)))
    var number: String

    func run() throws {
        let data = try loadLibrary(library)
        let today = Day.today()
        guard let crate = data.crates.first(where: { $0.id.rawValue.caseInsensitiveCompare(number) == .orderedSame })
        else {
            throw failure(words.format(.noCrateIsNumbered, TerminalSafe.quote(number)))
        }
        let place = Whereabouts(data: data).place(ofCrate: crate.id)
        let whereabouts = WhereaboutsText(options.language)
        let placeText = whereabouts.describe(place, data: data, today: today)
        var partner: Partner.ID?
        var deposit: Deposit.ID?
        var visit: Day?
        var since: Day?
        var due: Day?
        let kind: String
        switch place {
        case .home: kind = "home"
        case .inRepair: kind = "inRepair"
        case .packed(let to, let on, let day): (kind, partner, deposit, visit) = ("packed", to, on, day)
        case .out(let at, let on, let sent, let dueOn):
            (kind, partner, deposit, since, due) = ("out", at, on, sent, dueOn)
        }
        let partnerName = partner.flatMap { id in data.partners.first { $0.id == id }?.name }
        if options.format == .json {
            let late = due.map { max(0, $0.days(until: today)) }
            try emit(
                json([
                    "crate": crate.id.rawValue, "theme": crate.theme, "ageBand": crate.ageBand.rawValue,
                    "items": crate.itemBarcodes.count, "state": crate.state.rawValue, "place": kind,
                    "partnerID": partner?.rawValue, "partner": partnerName, "deposit": deposit?.rawValue,
                    "visit": visit?.description, "since": since?.description, "due": due?.description,
                    "daysOverdue": late, "text": placeText,
                ]), to: nil)
            return
        }
        let words = Words(options.language)
        var lines = ["\(crate.id)  \(TerminalSafe.field(crate.theme, limit: 200)) · \(crate.ageBand.rawValue)"]
        lines.append(words[.labelWhere] + TerminalSafe.field(placeText, limit: 200))
        if let deposit { lines.append(words[.deposit] + deposit.rawValue) }
        lines.append(words[.items] + "\(crate.itemBarcodes.count)")
        try emit(lines.joined(separator: "\n") + "\n", to: nil)
    }
}
