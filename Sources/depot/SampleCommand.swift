import ArgumentParser
import DepotCore
import Foundation

struct SampleCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sample",
        abstract: "Write a generated library, for trying Depot out and for benchmarks.",
        discussion: """
            town: Syddjurs-sized (about 30 kindergartens, 60 crates, 2,000 items, 3 seasons of history).
            city: a large city (300 kindergartens, 1,500 crates, 60,000 items, 5 years of history).
            sample: the size of the sample library shipped with Depot.
            The same seed always gives the same library.
            """
    )

    @Option(help: "How large a library: sample, town or city.")
    var scale: LibraryScale = .town

    @Option(help: ArgumentHelp("The folder to write the library to; it must not hold a library.", valueName: "DIR"))
    var out: String

    @Option(help: "The seed for the generator.")
    var seed: UInt64 = 2026

    @Option(help: ArgumentHelp("The day the library's history ends, as YYYY-MM-DD.", valueName: "DAY"))
    var today: String?

    @Option(
        help: ArgumentHelp(
            "How many times the scale's partners, crates and items: 4 with --scale city for a benchmark (1 to 8).",
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
