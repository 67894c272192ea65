import ArgumentParser
import DepotCore
import Foundation
import ZIPFoundation

struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: helpText(.importAbstract),
        subcommands: [ImportItemsCommand.self]
    )
}

struct ImportItemsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "items",
        abstract: helpText(.importItemsAbstract),
        discussion: helpText(.importItemsDiscussion)
    )

    @OptionGroup var library: LibraryOptions
    @OptionGroup var lang: LanguageOption

    @Argument(help: ArgumentHelp(helpText(.importItemsFile), valueName: "FILE.csv|FILE.xlsx"))
    var file: String

    @Option(
        help: ArgumentHelp(
            helpText(.importItemsMap),
            valueName: "field=Column,..."))
    var map: String?

    @Flag(help: ArgumentHelp(helpText(.importItemsDryRun)))
    var dryRun = false

    @Option(
        help: ArgumentHelp(helpText(.importItemsSeparator), valueName: "SEP"))
    var separator: String?

    @Flag(help: ArgumentHelp(helpText(.importItemsSkipBad)))
    var skipBad = false

    @Option(help: ArgumentHelp(helpText(.importItemsShow), valueName: "N"))
    var show = 10

    func validate() throws {
        if let separator, CSVFormat.separator(named: separator) == nil {
            throw ValidationError(words[.separatorMustBeTabOr])
        }
        if let map {
            do {
                _ = try ItemColumns(parsing: map)
            } catch {
                throw ValidationError(words.format(.optionRefused, "--map", spoken(error)))
            }
        }
        if show < 0 { throw ValidationError(words[.showMustBeOrMore]) }
    }

    func run() throws {
        let columns = try map.map { try ItemColumns(parsing: $0) } ?? ItemColumns()
        let bytes: [UInt8]
        do {
            bytes = Array(try Data(contentsOf: URL(fileURLWithPath: file)))
        } catch {
            throw failure(
                words.format(.cannotBeRead, file, FileProblemText.reason(reading: error, at: file, in: words.language)))
        }
        let table: CSVTable
        let isWorkbook = Workbook.isWorkbook(bytes, name: file)
        if isWorkbook {
            if separator != nil { throw failure(words.format(.separatorIsForCsvFiles, file)) }
            table = try Workbook.table(bytes, name: file)
        } else {
            do throws(LineProblem) {
                table = try CSVTable.read(bytes, separator: separator.flatMap(CSVFormat.separator(named:)))
            } catch {
                throw failure(
                    words.format(.line, file, error.line, CSVProblemText.spoken(error.message, in: words.language)))
            }
        }
        let line = words.book[isWorkbook ? ImportText.row : .line]

        let folder = library.folder
        let store = try explainingErrors { try openLibrary(folder, forWriting: !dryRun) }
        defer { store.close() }
        if !dryRun, let reason = store.readOnlyReason {
            throw failure(
                words.format(.readOnlyNothingImported, reason.text(in: words.language)))
        }
        // A few rows need only the catalogue's shards their barcodes are in (and the staff, for the change log).
        let shards: Set<ItemShard>?
        do throws(ItemImport.Failure) {
            shards = try ItemImport.shards(of: table, columns: columns)
        } catch {
            throw failure("\(file): \(spoken(error)).")
        }
        var data = try explainingErrors { try store.load(shards.map { .items(in: $0) } ?? .whole) }
        if !dryRun { try identify(store, in: data, library, today: Day.today()) }
        let plan: ItemImport.Plan
        do throws(ItemImport.Failure) {
            plan = try ItemImport.plan(table, columns: columns, items: data.items, language: words.language)
        } catch {
            throw failure("\(file): \(spoken(error)).")
        }
        print(report(plan, table: table, line: line, isWorkbook: isWorkbook))

        let refused = plan.problemCount > 0 && !skipBad
        var problemParts: [String] = []
        if !plan.badRows.isEmpty { problemParts.append(words.count(plan.badRows.count, .nounBadRow)) }
        let conflicts = plan.conflictingDuplicates.count
        if conflicts > 0 { problemParts.append(words.format(.onLinesThatDiffer, words.count(conflicts, .nounBarcode))) }
        let problems = problemParts.joined(separator: words.book[ImportText.and])
        if dryRun {
            print(words[.dryRunNothingWrittenAfterList])
            if refused {
                print(words.format(.aRealRunWouldStop, problems))
                print(words.format(.withSkipBadItWould, changeSummary(plan)))
                throw ExitCode.failure
            }
            if plan.hasChanges {
                print(words.format(.aRealRunWouldSave, changeSummary(plan)))
            } else {
                print(words[.aRealRunWouldChange])
            }
            return
        }
        if refused {
            throw failure(
                words.format(.hasListedAboveNothingWas, file, problems))
        }
        guard plan.hasChanges else {
            print(words[.nothingToChangeTheCatalogue])
            return
        }
        try explainingErrors {
            try plan.apply(to: &data)
            let touched = plan.new.map(\.item.id) + plan.changed.map(\.after.id)
            try store.save(data, files: Set(touched.map { StoreFile.items(of: $0) }))
        }
        let skipped = plan.problemCount > 0 ? words.format(.skipped, problems) : ""
        print(words.format(.savedToTheCatalogueIn, changeSummary(plan), folder, skipped))
    }

    private func changeSummary(_ plan: ItemImport.Plan) -> String {
        words.format(.and, words.count(plan.new.count, .nounNewItem), words.count(plan.changed.count, .nounChangedItem))
    }

    private func report(_ plan: ItemImport.Plan, table: CSVTable, line: String, isWorkbook: Bool) -> String {
        let source =
            isWorkbook
            ? words.format(.firstWorksheetColumnNamesIn, table.headerLine)
            : words.format(.separator, CSVFormat.name(of: table.separator))
        var lines = [
            "\(file): \(words.count(plan.rowCount, .nounRow)), \(source).",
            "  \(words.count(plan.new.count, .nounNewItem))",
            "  \(words.count(plan.changed.count, .nounChangedItem))",
            words.format(.unchanged, plan.unchanged.count),
            words.format(.onMoreThanOneLine, words.count(plan.duplicates.count, .nounBarcode)),
            "  \(words.count(plan.badRows.count, .nounBadRow))",
        ]
        if !plan.warnings.isEmpty { lines.append("  \(words.count(plan.warnings.count, .nounWarning))") }
        if !plan.new.isEmpty {
            lines.append(words[.newItems])
            for addition in plan.new.prefix(show) {
                let item = addition.item
                let details = [
                    item.ageBand.name(in: words.book), item.format.name(in: words.book), words.amount(item.price),
                ]
                lines.append(
                    "  \(line) \(addition.line): \(item.barcode)  \(item.title) (\(details.joined(separator: ", ")))")
            }
            if plan.new.count > show { lines.append(words.format(.andMore, plan.new.count - show)) }
        }
        if !plan.changed.isEmpty {
            lines.append(words[.changedItems])
            for change in plan.changed.prefix(show) {
                let fields = change.changes.map { $0.text(in: words.language) }.joined(separator: "; ")
                lines.append("  \(line) \(change.line): \(change.before.barcode)  \(fields)")
            }
            if plan.changed.count > show { lines.append(words.format(.andMore, plan.changed.count - show)) }
        }
        if !plan.duplicates.isEmpty {
            lines.append(words.book[ImportText.duplicatesHeading])
            for duplicate in plan.duplicates { lines.append("  \(file): \(duplicate.text(in: words.language))") }
        }
        if !plan.badRows.isEmpty {
            lines.append(words.book[ImportText.badRowsHeading])
            for problem in plan.badRows {
                lines.append(
                    "  \(file) \(line) \(problem.line): \(CSVProblemText.spoken(problem.message, in: words.language))")
            }
        }
        if !plan.warnings.isEmpty {
            lines.append(words.book[ImportText.warningsHeading])
            for warning in plan.warnings { lines.append("  \(file) \(line) \(warning.line): \(warning.message)") }
        }
        // Titles and messages come from the file: each stays on its line, with control characters shown.
        return lines.map { line in
            let start = line.prefix(while: { $0 == "\n" })
            return start + TerminalSafe.escape(String(line.dropFirst(start.count)))
        }.joined(separator: "\n")
    }
}

/// An xlsx workbook's container, opened with ZIPFoundation; `SpreadsheetReader` reads the parts.
enum Workbook {
    /// The most a part may hold once unpacked: far more than any catalogue, far less than a ZIP bomb.
    static let partLimit: UInt64 = 512 << 20

    struct TooLarge: Error, CustomStringConvertible {
        var description: String { "it unpacks to more than 512 MiB" }
    }

    /// Whether `bytes` are a ZIP container (as every xlsx is), or the file is named as a workbook.
    static func isWorkbook(_ bytes: [UInt8], name: String) -> Bool {
        let lower = name.lowercased()
        return bytes.starts(with: [0x50, 0x4B, 0x03, 0x04]) || lower.hasSuffix(".xlsx") || lower.hasSuffix(".xlsm")
            || lower.hasSuffix(".xls")
    }

    static func table(_ bytes: [UInt8], name: String) throws -> CSVTable {
        if bytes.starts(with: [0xD0, 0xCF, 0x11, 0xE0]) {
            throw failure(
                words.format(.isAnOldExcelWorkbook, name))
        }
        let archive: Archive
        do {
            archive = try Archive(data: Data(bytes), accessMode: .read)
        } catch {
            throw failure(words.format(.isNotAnXlsxWorkbook, name))
        }
        func part(_ path: String) throws -> [UInt8]? {
            guard let entry = archive[path] else { return nil }
            guard entry.uncompressedSize <= partLimit else { throw TooLarge() }
            var data = Data()
            _ = try archive.extract(entry, skipCRC32: false) { chunk in
                data.append(chunk)
                if UInt64(data.count) > partLimit { throw TooLarge() }
            }
            return Array(data)
        }
        let table: CSVTable
        do throws(SpreadsheetReader.Failure) {
            table = try SpreadsheetReader.table(part: part)
        } catch {
            throw failure("\(name): \(spoken(error)).")
        }
        guard !table.header.isEmpty else {
            throw failure(words.format(.theFirstWorksheetIsEmpty, name))
        }
        return table
    }
}
