import ArgumentParser
import DepotCore
import Foundation

#if canImport(Glibc)
    import Glibc
#endif

// The desk from the command line: the same rules (`Desk`, `ScanIn`) and the same sentences (`DeskError`) as the
// screen, for scripts and for a second way to check every rule. Each command opens the library for writing, makes
// its change on a copy, saves the files it touched in one all-or-nothing save, and prints its line only after the
// save succeeded.

/// `--data` and `--lang`, shared by the desk commands.
struct DeskOptions: ParsableArguments {
    @OptionGroup var library: LibraryOptions

    @Option(help: ArgumentHelp(helpText(.deskLang), valueName: "LANG"))
    var lang: String?

    func validate() throws {
        if let lang, Language(code: lang) == nil {
            throw ValidationError(words.format(.langMustBeDaOr, Language.codes.joined(separator: ", ")))
        }
    }

    /// `--lang`, else the locale, as `depot open` chooses.
    var language: Language { Language.resolve(explicit: lang, environment: ProcessInfo.processInfo.environment) }

    func long(_ day: Day) -> String { DayText(language).long(day) }

    var words: Words { Words(language) }

    subscript(_ key: CommandText) -> String { words[key] }

    func format(_ key: CommandText, _ arguments: CustomStringConvertible...) -> String {
        words.book.filled(key, arguments)
    }
}

/// `--missing`: what becomes of the books of a returning deposit that were not scanned.
struct MissingOption: ExpressibleByArgument {
    var decision: MissingDecision

    init?(argument: String) {
        guard let decision = MissingDecision(commandLine: argument) else { return nil }
        self.decision = decision
    }

    static var allValueStrings: [String] { ["lost", "at-partner"] }
}

extension ParsableCommand {
    /// Opens the library for writing, lets `change` alter a copy of it and saves exactly the files the change
    /// touched; then, and only when the save succeeded, prints the lines `change` returned. A desk rule's refusal
    /// prints its sentence on standard error, a refused save says why; either way nothing is saved and the exit
    /// status is 1.
    func deskChange(
        _ options: DeskOptions,
        _ change: @escaping (inout LibraryData, Day) throws -> (change: DeskChange, done: [String])
    ) throws {
        let folder = options.library.folder
        let store = try explainingErrors { try openLibrary(folder, forWriting: true) }
        defer { store.close() }
        if let reason = store.readOnlyReason {
            // Before any scan is read: nothing typed is lost to a library that cannot be written.
            throw failure(StoreError.readOnly(reason: reason).text(in: options.language))
        }
        var data = try explainingErrors { try store.load() }
        let today = Day.today()
        try identify(store, in: data, options.library, today: today)
        // What the change said it did, from its last run: it runs again when another desk changed the library since
        // it was read, on the library as it is, and the desk's rules decide anew.
        let said = Said()
        do {
            let first = try change(&data, today)
            said.lines = first.done
            _ = try store.commit(data, files: first.change.touched, summary: first.done.first ?? "") { fresh in
                let again = try change(&fresh, today)
                said.lines = again.done
                return again.change.touched
            }
        } catch let error as DeskError {
            throw failure(error.localizedDescription(options.language))
        } catch let error as StoreError {
            throw failure(spoken(error))
        }
        for line in said.lines { print(TerminalSafe.escape(line)) }
    }
}

/// The lines a desk change returned on its latest run.
private final class Said {
    var lines: [String] = []
}

/// The partner `text` names (an id, a name or a part of one only one partner has), or a sentence naming `what`.
private func findPartner(_ text: String, in data: LibraryData, what: String) throws -> Partner {
    switch PartnerLookup.find(text, in: data.partners) {
    case .success(let partner): return partner
    case .failure(let problem): throw failure("\(what): \(spoken(problem)).")
    }
}

/// `text` as a day (`DayInput`), or a sentence naming `option`.
private func parseDay(_ text: String?, option: String, today: Day) throws -> Day? {
    guard let text else { return nil }
    switch DayInput.parse(text, today: today) {
    case .success(let day): return day
    case .failure:
        throw failure(
            words.format(.isNotADayWrite, option, TerminalSafe.quote(text))
        )
    }
}

/// The scanned barcodes from standard input; a hint on standard error when a person types them.
private func readScans() -> String {
    if isatty(STDIN_FILENO) != 0 { printError(words[.scanTheBarcodesOnePer]) }
    return String(decoding: FileHandle.standardInput.readDataToEndOfFile(), as: UTF8.self)
}

/// Says on standard error what the scans that did not count were (unknown, another deposit's, twice).
private func report(_ notes: [ScannedReturn.Note]) {
    for note in notes {
        switch note.result {
        case .lateReturn: continue
        case .returned, .alreadyScanned, .foreign, .unknown:
            printError(words.format(.depotStandardInputLine, note.line, note.message))
        }
    }
}

/// The decisions for the books not scanned; without `--missing`, refuses and lists them.
private func decisions(_ scanned: ScannedReturn, _ option: MissingOption?, _ options: DeskOptions) throws {
    guard option == nil, !scanned.missing.isEmpty else { return }
    let refusal = DeskError.missingNotDecided(count: scanned.missing.count).localizedDescription(options.language)
    fflush(nil)
    printError("depot: \(refusal)")
    for item in scanned.missing { printError("  \(item.id)  \(item.title)") }
    printError(
        options[.giveMissingLostOrMissing])
    throw ExitCode.failure
}

/// "28 of 30 back, 2 written off as lost".
private func returnSummary(_ scanned: ScannedReturn, _ decision: MissingDecision?, _ options: DeskOptions) -> String {
    var text = options.format(.ofBack, scanned.returnedCount, scanned.expectedCount)
    let missing = scanned.missing.count
    if missing > 0, let decision {
        switch decision {
        case .lost: text += options.format(.writtenOffAsLost, missing)
        case .stillAtPartner:
            text += options.format(.stillAtThePartner, missing)
        case .returned: break
        }
    }
    let late = scanned.lateReturns.count
    if late > 0 {
        text += options.format(.lateReturnsRecorded, options.words.count(late, .nounLateReturn))
    }
    return text
}

private func crateNames(_ crates: [Crate.ID]) -> String { crates.map(\.rawValue).joined(separator: ", ") }

/// "Sent K040 to Børnehaven Bikuben on deposit D2026-0055, due 2 March 2027." for each deposit sent.
private func sentLines(_ change: DeskChange, in data: LibraryData, _ options: DeskOptions) -> [String] {
    change.deposits.compactMap { id in
        guard let deposit = data.deposits.first(where: { $0.id == id }), deposit.isOut else { return nil }
        let name = data.partners.first { $0.id == deposit.partnerID }?.name ?? deposit.partnerID.rawValue
        return options.format(
            .sentToOnDepositDue, crateNames(deposit.crateIDs), name, deposit.id, options.long(deposit.dueOn))
    }
}

struct PackCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "pack",
        abstract: helpText(.deskPackAbstract),
        discussion: helpText(.deskPackDiscussion)
    )

    @OptionGroup var desk: DeskOptions

    @Argument(help: ArgumentHelp(helpText(.deskPackCrates), valueName: "CRATE"))
    var crates: [String]

    @Option(
        name: .customLong("for"),
        help: ArgumentHelp(helpText(.deskPackPartner), valueName: "PARTNER"))
    var partner: String

    @Option(help: ArgumentHelp(helpText(.deskPackVisit), valueName: "DAY"))
    var visit: String?

    @Flag(help: ArgumentHelp(helpText(.deskPackSpecialDelivery)))
    var specialDelivery = false

    func run() throws {
        try deskChange(desk) { data, today in
            let partner = try findPartner(self.partner, in: data, what: "--for")
            if specialDelivery, self.visit == nil {
                throw failure(words[.specialDeliveryNeedsVisitThe])
            }
            let visit = try parseDay(self.visit, option: "--visit", today: today)
            let crates = Desk.crateList(self.crates.joined(separator: " "))
            let change = try Desk.packForPartner(
                crates: crates, partner: partner.id, on: today, visit: visit, specialDelivery: specialDelivery,
                in: &data)
            let deposit = change.deposits.last.map(\.rawValue) ?? ""
            var done = desk.format(.packedForOnDeposit, crateNames(crates), partner.name, partner.id, deposit)
            if let visit {
                let weekday = DayText(desk.language).weekdayName(visit.weekday)
                done += desk.format(.forTheVisitOn, weekday, desk.long(visit))
            }
            return (change, [done + desk[.sendItWithDepotSend]])
        }
    }
}

struct SendCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "send",
        abstract: helpText(.deskSendAbstract),
        discussion: helpText(.deskSendDiscussion)
    )

    @OptionGroup var desk: DeskOptions

    @Argument(help: ArgumentHelp(helpText(.deskPackPartner), valueName: "PARTNER"))
    var partner: String

    @Option(
        help: ArgumentHelp(helpText(.deskSendCrates), valueName: "CRATES"))
    var crates: String?

    @Option(help: ArgumentHelp(helpText(.deskSendDue), valueName: "DAY"))
    var due: String?

    @Flag(help: ArgumentHelp(helpText(.deskSendSpecialDelivery)))
    var specialDelivery = false

    func run() throws {
        try deskChange(desk) { data, today in
            let partner = try findPartner(self.partner, in: data, what: "PARTNER")
            let due = try parseDay(self.due, option: "--due", today: today)
            let change: DeskChange
            if let crates {
                change = try Desk.dispatch(
                    crates: Desk.crateList(crates), to: partner.id, on: today, dueOn: due, in: &data)
            } else if !Desk.packedDeposits(for: partner.id, in: data).isEmpty {
                change = try Desk.sendPacked(to: partner.id, on: today, dueOn: due, in: &data)
            } else {
                // Nothing packed: the crates that fit the partner, as the send form proposes them.
                let proposed = CrateChoice.proposed(for: partner, data: data, today: today)
                guard !proposed.isEmpty else { throw DeskError.nothingPacked(partner: partner.name) }
                change = try Desk.dispatch(crates: proposed, to: partner.id, on: today, dueOn: due, in: &data)
            }
            // The van leaving is the dispatch: a send on a day the route does not run would invent a stop.
            if !specialDelivery, !DueDates.isDeliveryDay(today, for: partner, settings: data.settings) {
                let next = DueDates.nextDeliveryDay(for: partner, onOrAfter: today, settings: data.settings)
                let refusal = DeskError.notAVisitDay(today, partner: partner.name, next: next)
                let hint = words[.sendWithTheVanThat]
                throw failure(refusal.localizedDescription(desk.language) + hint)
            }
            return (change, sentLines(change, in: data, desk))
        }
    }
}

struct ReturnCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "return",
        abstract: helpText(.deskReturnAbstract),
        discussion: helpText(.deskReturnDiscussion)
    )

    @OptionGroup var desk: DeskOptions

    @Argument(help: ArgumentHelp(helpText(.deskReturnTarget), valueName: "DEPOSIT|CRATE"))
    var target: String

    @Option(help: ArgumentHelp(helpText(.deskReturnMissing), valueName: "WHAT"))
    var missing: MissingOption?

    func run() throws {
        try deskChange(desk) { data, today in
            let deposit = try Desk.depositToReturn(target, in: data)
            var scanned = ScannedReturn(deposits: [deposit], data: data, language: desk.language)
            scanned.scan(lines: readScans())
            report(scanned.notes)
            try decisions(scanned, missing, desk)
            let change = try scanned.finishReturn(missing: missing?.decision, on: today, in: &data)
            let name = data.partners.first { $0.id == deposit.partnerID }?.name ?? deposit.partnerID.rawValue
            let done = desk.format(.depositFromIsHomeOn, deposit.id, name, desk.long(today))
            return (change, [done + returnSummary(scanned, missing?.decision, desk) + "."])
        }
    }
}

struct ExchangeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "exchange",
        abstract: helpText(.deskExchangeAbstract),
        discussion: helpText(.deskExchangeDiscussion)
    )

    @OptionGroup var desk: DeskOptions

    @Argument(help: ArgumentHelp(helpText(.deskPackPartner), valueName: "PARTNER"))
    var partner: String

    @Option(
        help: ArgumentHelp(helpText(.deskSendCrates), valueName: "CRATES"))
    var crates: String?

    @Option(help: ArgumentHelp(helpText(.deskReturnMissing), valueName: "WHAT"))
    var missing: MissingOption?

    @Option(help: ArgumentHelp(helpText(.deskExchangeDue), valueName: "DAY"))
    var due: String?

    func run() throws {
        try deskChange(desk) { data, today in
            let partner = try findPartner(self.partner, in: data, what: "PARTNER")
            let due = try parseDay(self.due, option: "--due", today: today)
            let out = data.deposits.filter { $0.partnerID == partner.id && $0.isOut }
            guard !out.isEmpty else { throw DeskError.noDepositOut(partner: partner.name) }
            var scanned = ScannedReturn(deposits: out, data: data, language: desk.language)
            scanned.scan(lines: readScans())
            report(scanned.notes)
            try decisions(scanned, missing, desk)
            let change = try scanned.finishExchange(
                partner: partner.id, newCrates: crates.map(Desk.crateList), on: today, dueOn: due,
                missing: missing?.decision, in: &data)
            let home = desk.format(.homeFrom, partner.name, out.map(\.id.rawValue).joined(separator: ", "))
            let lines =
                [home + returnSummary(scanned, missing?.decision, desk) + "."] + sentLines(change, in: data, desk)
            return (change, lines)
        }
    }
}

struct RenewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "renew",
        abstract: helpText(.deskRenewAbstract),
        discussion: helpText(.deskRenewDiscussion)
    )

    @OptionGroup var desk: DeskOptions

    @Argument(help: ArgumentHelp(helpText(.deskRenewTarget), valueName: "DEPOSIT|PARTNER"))
    var target: String

    @Option(help: ArgumentHelp(helpText(.deskRenewDue), valueName: "DAY"))
    var due: String?

    func run() throws {
        try deskChange(desk) { data, today in
            let due = try parseDay(self.due, option: "--due", today: today)
            let wanted = Deposit.ID(target.trimmingCharacters(in: .whitespaces).uppercased())
            let change: DeskChange
            if data.deposits.contains(where: { $0.id == wanted }) {
                change = try Desk.renew(deposit: wanted, to: due, in: &data)
            } else {
                let partner = try findPartner(target, in: data, what: "DEPOSIT|PARTNER")
                change = try Desk.renewAll(of: partner.id, to: due, in: &data)
            }
            let limit = data.settings.renewalLimit
            let lines = change.deposits.compactMap { id -> String? in
                guard let deposit = data.deposits.first(where: { $0.id == id }) else { return nil }
                let name = data.partners.first { $0.id == deposit.partnerID }?.name ?? deposit.partnerID.rawValue
                return desk.format(
                    .renewedAtUntilRenewalOf, deposit.id, name, desk.long(deposit.dueOn), deposit.renewals, limit)
            }
            return (change, lines)
        }
    }
}

struct WriteOffCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "writeoff",
        abstract: helpText(.writeOffAbstract),
        discussion: helpText(.writeOffDiscussion)
    )

    @OptionGroup var desk: DeskOptions

    @Argument(help: ArgumentHelp(helpText(.writeOffBarcode), valueName: "BARCODE"))
    var barcode: String

    @Option(help: ArgumentHelp(helpText(.writeOffNote), valueName: "TEXT"))
    var note: String?

    func run() throws {
        try deskChange(desk) { data, today in
            let item = Item.ID(barcode.trimmingCharacters(in: .whitespaces))
            let deposit = try Desk.depositHolding(item, in: data)
            let change = try Desk.writeOff(
                item: item, on: deposit, on: today, note: note?.trimmingCharacters(in: .whitespaces), in: &data)
            let title = data.items.first { $0.id == item }?.title ?? ""
            return (
                change,
                [
                    desk.format(.wroteOffAsLostOn, item, title, deposit)
                ]
            )
        }
    }
}

struct FoundCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "found",
        abstract: helpText(.deskFoundAbstract),
        discussion: helpText(.deskFoundDiscussion)
    )

    @OptionGroup var desk: DeskOptions

    @Argument(help: ArgumentHelp(helpText(.writeOffBarcode), valueName: "BARCODE"))
    var barcode: String

    @Option(help: ArgumentHelp(helpText(.deskFoundNote), valueName: "TEXT"))
    var note: String?

    func run() throws {
        try deskChange(desk) { data, today in
            let item = Item.ID(barcode.trimmingCharacters(in: .whitespaces))
            let change = try Desk.recordFound(
                item: item, on: today, note: note?.trimmingCharacters(in: .whitespaces), in: &data)
            let title = data.items.first { $0.id == item }?.title ?? ""
            let deposits = change.deposits.map(\.rawValue).joined(separator: ", ")
            let on =
                deposits.isEmpty
                ? "" : desk.format(.recordedOnDeposit, deposits)
            return (
                change,
                [
                    desk.format(.foundAvailableAgain, item, title, on)
                ]
            )
        }
    }
}
