import ArgumentParser
import DepotCore
import Foundation

/// `depot closures`: the closures that come back every year, a partner's own and the library's closed weeks,
/// listed, added and removed without editing JSON.
struct ClosuresCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "closures",
        abstract: helpText(.closuresAbstract),
        discussion: helpText(.closuresDiscussion),
        subcommands: [ClosuresListCommand.self, ClosuresAddCommand.self, ClosuresRemoveCommand.self],
        defaultSubcommand: ClosuresListCommand.self)
}

/// Whose closures: one partner's, or the library's.
struct ClosureOwnerOptions: ParsableArguments {
    @Option(help: ArgumentHelp(helpText(.closureOwnerPartner), valueName: "PARTNER"))
    var partner: String?

    @Flag(help: ArgumentHelp(helpText(.closureOwnerLibrary)))
    var library = false

    @Option(help: ArgumentHelp(helpText(.closureOwnerLang), valueName: "LANG"))
    var lang: String?

    func validate() throws {
        if partner != nil && library { throw ValidationError(words[.closuresPartnerOrLibraryNotBoth]) }
        if let lang, Language(code: lang) == nil {
            throw ValidationError(words.format(.langMustBeDaOr, Language.codes.joined(separator: ", ")))
        }
    }

    var language: Language { Language.resolve(explicit: lang, environment: ProcessInfo.processInfo.environment) }

    /// The partner named, or a failing exit naming the problem.
    func findPartner(in data: LibraryData) throws -> Partner? {
        guard let partner else { return nil }
        switch PartnerLookup.find(partner, in: data.partners) {
        case .success(let found): return found
        case .failure(let refusal): throw failure("--partner: \(spoken(refusal)).")
        }
    }
}

struct ClosuresListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list", abstract: helpText(.closuresListAbstract))

    @OptionGroup var libraryOptions: LibraryOptions
    @OptionGroup var owner: ClosureOwnerOptions

    func run() throws {
        let data = try explainingErrors { try LibraryStore(folder: libraryOptions.folder, forWriting: false).load() }
        let words = Words(owner.language)
        func block(_ title: String, _ closures: [RecurringClosure]) -> String {
            let lines =
                closures.isEmpty
                ? ["  " + words[.closuresNone]]
                : closures.enumerated().map {
                    "  \($0.offset + 1). " + RecurringClosureText.text($0.element, language: owner.language)
                }
            return ([title + ":"] + lines).joined(separator: "\n")
        }
        var blocks: [String] = []
        if let partner = try owner.findPartner(in: data) {
            blocks.append(block("\(partner.name) (\(partner.id))", partner.recurringClosures ?? []))
        } else {
            blocks.append(
                block(
                    words[.closuresLibraryHeading],
                    data.settings.recurringClosures ?? []))
            if !owner.library {
                for partner in data.partners where !(partner.recurringClosures ?? []).isEmpty {
                    blocks.append(block("\(partner.name) (\(partner.id))", partner.recurringClosures ?? []))
                }
            }
        }
        print(TerminalSafe.lines(blocks.joined(separator: "\n") + "\n"), terminator: "")
    }
}

struct ClosuresAddCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add", abstract: helpText(.closuresAddAbstract))

    @OptionGroup var libraryOptions: LibraryOptions
    @OptionGroup var owner: ClosureOwnerOptions

    @Argument(help: ArgumentHelp(helpText(.closuresAddSpan), valueName: "SPAN"))
    var span: String

    @Option(help: ArgumentHelp(helpText(.closuresAddReason), valueName: "TEXT"))
    var reason: String?

    func validate() throws {
        if owner.partner == nil && !owner.library {
            throw ValidationError(words[.closuresPartnerOrLibraryNeeded])
        }
    }

    func run() throws {
        let store = try explainingErrors { try openLibrary(libraryOptions.folder, forWriting: true) }
        defer { store.close() }
        var data = try explainingErrors { try store.load() }
        let today = Day.today()
        try identify(store, in: data, libraryOptions, today: today)
        let closure: RecurringClosure
        switch RecurringClosureText.parse(span, reason: reason, today: today, language: owner.language) {
        case .success(let found): closure = found
        case .failure(let refusal):
            // A refusal that asks ("… did you mean week 28-30?") ends there.
            throw failure("SPAN: \(refusal.message)" + (refusal.message.hasSuffix("?") ? "" : "."))
        }
        let words = Words(owner.language)
        let text = RecurringClosureText.text(closure, language: owner.language)
        if let partner = try owner.findPartner(in: data) {
            guard let index = data.partners.firstIndex(where: { $0.id == partner.id }) else { return }
            guard !(partner.recurringClosures ?? []).contains(closure) else {
                throw failure(
                    words.format(.closuresPartnerHasAlready, partner.name, text))
            }
            data.partners[index].recurringClosures = (partner.recurringClosures ?? []) + [closure]
            try explainingErrors { try store.save(data, files: [.partners]) }
            printError(
                words.format(.closuresPartnerAdded, partner.name, text))
        } else {
            guard !(data.settings.recurringClosures ?? []).contains(closure) else {
                throw failure(words.format(.closuresLibraryHasAlready, text))
            }
            data.settings.recurringClosures = (data.settings.recurringClosures ?? []) + [closure]
            try explainingErrors { try store.save(data, files: [.settings]) }
            printError(
                words.format(.closuresLibraryAdded, text))
        }
    }
}

struct ClosuresRemoveCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "remove", abstract: helpText(.closuresRemoveAbstract))

    @OptionGroup var libraryOptions: LibraryOptions
    @OptionGroup var owner: ClosureOwnerOptions

    @Argument(help: ArgumentHelp(helpText(.closuresRemoveNumber), valueName: "N"))
    var number: Int

    func validate() throws {
        if owner.partner == nil && !owner.library {
            throw ValidationError(words[.closuresPartnerOrLibraryNeeded])
        }
    }

    func run() throws {
        let store = try explainingErrors { try openLibrary(libraryOptions.folder, forWriting: true) }
        defer { store.close() }
        var data = try explainingErrors { try store.load() }
        try identify(store, in: data, libraryOptions, today: Day.today())
        let words = Words(owner.language)
        let partner = try owner.findPartner(in: data)
        let closures = partner.map { $0.recurringClosures ?? [] } ?? data.settings.recurringClosures ?? []
        guard closures.indices.contains(number - 1) else {
            let owner = partner?.name ?? words[.closuresTheLibrary]
            throw failure(
                closures.isEmpty
                    ? words.format(.closuresNoneToRemove, owner)
                    : words.format(.closuresNotOneOf, number, owner, closures.count))
        }
        var rest = closures
        let removed = rest.remove(at: number - 1)
        let text = RecurringClosureText.text(removed, language: owner.language)
        if let partner, let index = data.partners.firstIndex(where: { $0.id == partner.id }) {
            data.partners[index].recurringClosures = rest.isEmpty ? nil : rest
            try explainingErrors { try store.save(data, files: [.partners]) }
            printError(
                words.format(.closuresPartnerRemoved, partner.name, text))
        } else {
            data.settings.recurringClosures = rest.isEmpty ? nil : rest
            try explainingErrors { try store.save(data, files: [.settings]) }
            printError(words.format(.closuresLibraryRemoved, text))
        }
    }
}
