import ArgumentParser
import DepotCore
import Foundation
import ZIPFoundation

struct ExportCommand: ParsableCommand {
    enum What: String, ExpressibleByArgument, CaseIterable {
        case items, deposits, ledger

        /// What the table holds, in this run's language.
        var name: String {
            switch self {
            case .items: words[.exportItems]
            case .deposits: words[.exportDeposits]
            case .ledger: words[.exportLedger]
            }
        }
    }

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case csv, json, xlsx
    }

    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: helpText(.exportFormatAbstract),
        discussion: helpText(.exportFormatDiscussion)
    )

    @OptionGroup var library: LibraryOptions
    @OptionGroup var lang: LanguageOption

    @Argument(help: ArgumentHelp(helpText(.exportFormatWhat)))
    var what: What

    @Option(help: ArgumentHelp(helpText(.exportFormatFormat)))
    var format: Format = .csv

    @Flag(help: ArgumentHelp(helpText(.exportFormatExcel)))
    var excel = false

    @Option(help: ArgumentHelp(helpText(.exportFormatSeason), valueName: "SEASON"))
    var season: String?

    @Option(help: ArgumentHelp(helpText(.competitionOptionsOutput), valueName: "FILE"))
    var output: String?

    func validate() throws {
        if excel && format != .csv { throw ValidationError(words[.excelGoesWithFormatCsv]) }
        if format == .xlsx && output == nil {
            throw ValidationError(words[.formatXlsxWritesAFile])
        }
        if season != nil && what == .items { throw ValidationError(words[.seasonGoesWithDepositsAnd]) }
        if let season, Season(season) == nil {
            throw ValidationError(words.format(.seasonFormat, TerminalSafe.quote(season)))
        }
    }

    func run() throws {
        let data = try loadLibrary(library)
        let today = Day.today()
        let table: ExportTable
        switch what {
        case .items:
            table = Export.items(data)
        case .deposits:
            let chosen = try season.map { try parseSeason($0, settings: data.settings, today: today) }
            table = Export.deposits(data, season: chosen, today: today)
        case .ledger:
            let chosen = try parseSeason(season, settings: data.settings, today: today)
            table = Export.ledger(Ledger.build(data: data, season: chosen, today: today), season: chosen)
        }
        switch format {
        case .json: try emit(table.json(), to: output)
        case .csv: try emit(table.csv(format: excel ? .excel : .standard), to: output)
        case .xlsx:
            guard let output else { return }
            let bytes: [UInt8]
            do {
                bytes = try workbook(table)
            } catch {
                throw failure(words.format(.theSpreadsheetCouldNotBe, output, "\(error)"))
            }
            do {
                try ExportFile.write(bytes: bytes, to: output)
            } catch {
                throw failure(spoken(error))
            }
        }
        if let output {
            print(words.format(.wroteOfTo, words.count(table.rows.count, .nounRow), what.name, output))
        }
    }

    /// The workbook's parts (`SpreadsheetXML`) in a ZIP container, made in memory.
    private func workbook(_ table: ExportTable) throws -> [UInt8] {
        let archive = try Archive(data: Data(), accessMode: .create)
        for part in SpreadsheetXML.parts(table, sheetName: what.rawValue) {
            let bytes = Data(part.bytes)
            try archive.addEntry(
                with: part.path, type: .file, uncompressedSize: Int64(bytes.count),
                modificationDate: Date(timeIntervalSince1970: 1_577_836_800), compressionMethod: .deflate
            ) { position, size in
                bytes.subdata(in: Int(position)..<Int(position) + size)
            }
        }
        guard let data = archive.data else { throw CocoaError(.fileWriteUnknown) }
        return Array(data)
    }
}
