import ArgumentParser
import DepotCore
import Foundation

struct SampleCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sample",
        abstract: helpText(.sampleAbstract),
        discussion: helpText(.sampleDiscussion)
    )

    @Option(help: ArgumentHelp(helpText(.sampleScale)))
    var scale: LibraryScale = .town

    @Option(help: ArgumentHelp(helpText(.sampleOut), valueName: "DIR"))
    var out: String

    @Option(help: ArgumentHelp(helpText(.sampleSeed)))
    var seed: UInt64 = 2026

    @Option(help: ArgumentHelp(helpText(.sampleToday), valueName: "DAY"))
    var today: String?

    @Option(
        help: ArgumentHelp(
            helpText(.sampleTimes),
            valueName: "N"))
    var times: Int = 1

    @OptionGroup var lang: LanguageOption

    func validate() throws {
        let multipliers = LibraryGenerator.multipliers
        if let refusal = OptionValues.number(times, option: "--times", within: NumberLimit(multipliers)) {
            throw ValidationError(spoken(refusal) + ".")
        }
        if let today,
            case .failure(let refusal) = OptionValues.isoDay(today, option: "--today", range: OptionValues.sampleToday)
        {
            throw ValidationError(spoken(refusal) + ".")
        }
    }

    func run() throws {
        let generator = LibraryGenerator(
            scale: scale, seed: seed, today: today.flatMap { Day($0) } ?? .today(), multiplier: times)
        let data = generator.generate()
        try explainingErrors { try LibraryStore.create(folder: out, with: data).close() }
        print(
            words.format(
                .wroteALibraryToPartners, scale.rawValue, times > 1 ? " ×\(times)" : "", out, data.partners.count,
                data.crates.count, data.items.count, data.deposits.count)
        )
    }
}

extension LibraryScale: ExpressibleByArgument {}
