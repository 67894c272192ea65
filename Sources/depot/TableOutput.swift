import ArgumentParser
import DepotCore
import Foundation

/// How a list is printed: a table for the terminal, or CSV or JSON for other tools.
enum ListFormat: String, ExpressibleByArgument, CaseIterable {
    case text, csv, json
}

/// `--format` and `--excel`, shared by the commands that print lists.
struct ListOutputOptions: ParsableArguments {
    @Option(help: ArgumentHelp(helpText(.listOutputFormat)))
    var format: ListFormat = .text

    @Flag(help: ArgumentHelp(helpText(.exportFormatExcel)))
    var excel = false

    func validate() throws {
        if excel && format != .csv { throw ValidationError(words[.excelGoesWithFormatCsv]) }
    }

    var csvFormat: CSVFormat { excel ? .excel : .standard }

    /// The table as CSV or JSON, or `text()` for the terminal.
    func render(_ table: ExportTable, text: () -> String) -> String {
        switch format {
        case .text: return TerminalSafe.lines(text())
        case .csv: return table.csv(format: csvFormat)
        case .json: return table.json()
        }
    }
}

extension ParsableCommand {
    /// Reads the library named by `options` (read-only), explaining a failure on standard error.
    func loadLibrary(_ options: LibraryOptions) throws -> LibraryData {
        let folder = options.folder
        return try explainingErrors { try LibraryStore(folder: folder, forWriting: false).load() }
    }

    /// Reads the library named by `options` without its catalogue (`LoadScope.withoutCatalogue`), for work on
    /// partners, crates, deposits and plans; `books` are then read from the shards that hold them.
    func loadLibraryWithoutCatalogue(
        _ options: LibraryOptions, books: (LibraryData) -> Set<Item.ID> = { _ in [] }
    ) throws -> LibraryData {
        let folder = options.folder
        return try explainingErrors {
            let store = try LibraryStore(folder: folder, forWriting: false)
            var data = try store.load(.withoutCatalogue)
            try store.loadItems(books(data), into: &data)
            return data
        }
    }
}

/// Writes `message` to standard error with Depot's prefix and returns the failure exit code to throw.
func failure(_ message: String) -> ExitCode {
    // What went to standard output first stays first when both go to one file.
    fflush(nil)
    printError("depot: \(message)")
    return ExitCode.failure
}

/// Prints `text` to standard output, or writes it to `path` atomically (readable by the owner only).
func emit(_ text: String, to path: String?) throws {
    guard let path else {
        FileHandle.standardOutput.write(Data(text.utf8))
        return
    }
    do {
        try ExportFile.write(text, to: path)
    } catch {
        throw failure(spoken(error))
    }
}

/// Prints a plain-text printout, or writes it to `path`: control characters from the library in it are shown escaped
/// (`TerminalSafe.lines`), line and page breaks are kept. CSV, JSON, HTML and iCalendar go through `emit` as they are.
func emitText(_ text: String, to path: String?) throws {
    try emit(TerminalSafe.lines(text), to: path)
}

/// Reads `--season` after the library is loaded, with the library's own season start; the season containing
/// `today` when not given.
func parseSeason(_ text: String?, settings: LibrarySettings, today: Day) throws -> Season {
    guard let text else { return settings.season(containing: today) }
    guard let season = Season(text, startMonth: settings.seasonStartMonth) else {
        throw failure(words.format(.seasonFormatOption, TerminalSafe.quote(text)))
    }
    return season
}
