import ArgumentParser
import DepotCore
import Foundation

struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Bring records in from CSV files, such as an export of the circulation system.",
        subcommands: [ImportItemsCommand.self]
    )
}

struct ImportItemsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "items",
        abstract: "Add and correct items from a CSV file.",
        discussion: """
            Prints what the file would change: new items, changed items field by field, unchanged items, barcodes \
            that occur on more than one line, and bad rows with their line numbers. Then saves the new and changed \
            items to the catalogue in one step, or nothing at all.

            When any row is bad, nothing is saved unless --skip-bad is given: then the bad rows are listed and \
            skipped and the others are saved. A barcode on several lines is imported once when the rows are the \
            same, and not at all when they differ. --dry-run prints exactly what a run with the same options would \
            do, and writes nothing; its exit status is the one that run would have.

            Columns are found by name (case does not matter); by default Depot's own names, as `depot export items` \
            writes them: barcode, title, author, ageBand, theme, format, price. Columns the file lacks leave those \
            fields as they are; other columns are ignored. An item's status is never changed, and items missing from \
            the file are kept.

            Accepted values: age bands 0-3, 3-6, skole/school, and text such as "Børn 0-3 år" or "børnehave"; \
            formats billedbog, papbog, bog, lydbog, spil, andet (or Depot's names); prices 249,95 or 249.95, with \
            or without "kr.". The separator (; or ,) is found from the header line; UTF-8 (with or without a byte \
            order mark) and Excel's Windows-1252 are read.

            Example: depot import items udtraek.csv --map barcode=Stregkode,title=Titel,author=Forfatter,\
            price=Pris,ageBand=Alder,theme=Emne,format=Materialetype --dry-run
            """
    )

    @OptionGroup var library: LibraryOptions

    @Argument(help: ArgumentHelp("The CSV file to import.", valueName: "FILE.csv"))
    var file: String

    @Option(
        help: ArgumentHelp(
            "Which column holds which field, e.g. barcode=Stregkode,title=Titel,price=Pris. Fields not named keep "
                + "Depot's column name.", valueName: "field=Column,..."))
    var map: String?

    @Flag(help: "Print what would change and write nothing.")
    var dryRun = false

    @Option(
        help: ArgumentHelp("The separator between fields: ';', ',', tab or '|' (default: found).", valueName: "SEP"))
    var separator: String?

    @Flag(help: "Save the good rows even when some rows are bad; the bad rows are listed and skipped.")
    var skipBad = false

    @Option(help: ArgumentHelp("How many new and changed items to list.", valueName: "N"))
    var show = 10

    func validate() throws {
        if let separator, CSVFormat.separator(named: separator) == nil {
            throw ValidationError("--separator must be ';', ',', tab or '|'.")
        }
        if let map {
            do {
                _ = try ItemColumns(parsing: map)
            } catch {
                throw ValidationError("--map: \(error.description).")
            }
        }
        if show < 0 { throw ValidationError("--show must be 0 or more.") }
    }

    func run() throws {
        let columns = try map.map { try ItemColumns(parsing: $0) } ?? ItemColumns()
        let bytes: [UInt8]
        do {
            bytes = Array(try Data(contentsOf: URL(fileURLWithPath: file)))
        } catch {
            throw failure("\(file): cannot be read (\((error as NSError).localizedDescription)).")
        }
        let table: CSVTable
        do throws(LineProblem) {
            table = try CSVTable.read(bytes, separator: separator.flatMap(CSVFormat.separator(named:)))
        } catch {
            throw failure("\(file) line \(error.line): \(error.message).")
        }

        let folder = library.folder
        let store = try explainingErrors { try openLibrary(folder, forWriting: !dryRun) }
        defer { store.close() }
        if !dryRun, let reason = store.readOnlyReason {
            throw failure(
                "The library is open read-only: \(reason). Nothing was imported; --dry-run still shows the plan.")
        }
        var data = try explainingErrors { try store.load() }
        if !dryRun { try identify(store, in: data, library, today: Day.today()) }
        let plan: ItemImport.Plan
        do throws(ItemImport.Failure) {
            plan = try ItemImport.plan(table, columns: columns, items: data.items)
        } catch {
            throw failure("\(file): \(error.description).")
        }
        print(report(plan, table: table))

        let refused = plan.problemCount > 0 && !skipBad
        var problemParts: [String] = []
        if !plan.badRows.isEmpty { problemParts.append(counted(plan.badRows.count, "bad row")) }
        let conflicts = plan.conflictingDuplicates.count
        if conflicts > 0 { problemParts.append("\(counted(conflicts, "barcode")) on lines that differ") }
        let problems = problemParts.joined(separator: " and ")
        if dryRun {
            print("\nDry run; nothing was written.")
            if refused {
                print("A real run would stop because of \(problems), and write nothing.")
                print("With --skip-bad it would save \(changeSummary(plan)) and skip the rest.")
                throw ExitCode.failure
            }
            if plan.hasChanges {
                print("A real run would save \(changeSummary(plan)) to the catalogue (items/).")
            } else {
                print("A real run would change nothing.")
            }
            return
        }
        if refused {
            throw failure(
                "\(file) has \(problems) (listed above); nothing was written. Fix the file, or add --skip-bad to "
                    + "save the other rows.")
        }
        guard plan.hasChanges else {
            print("\nNothing to change; the catalogue was not written.")
            return
        }
        try explainingErrors {
            try plan.apply(to: &data)
            let touched = plan.new.map(\.item.id) + plan.changed.map(\.after.id)
            try store.save(data, files: Set(touched.map { StoreFile.items(of: $0) }))
        }
        let skipped = plan.problemCount > 0 ? "; skipped \(problems)" : ""
        print("\nSaved \(changeSummary(plan)) to the catalogue in \(folder)/items/\(skipped).")
    }

    private func changeSummary(_ plan: ItemImport.Plan) -> String {
        "\(counted(plan.new.count, "new item")) and \(counted(plan.changed.count, "changed item"))"
    }

    private func report(_ plan: ItemImport.Plan, table: CSVTable) -> String {
        var lines = [
            "\(file): \(counted(plan.rowCount, "row")), separator \(CSVFormat.name(of: table.separator)).",
            "  \(counted(plan.new.count, "new item"))",
            "  \(counted(plan.changed.count, "changed item"))",
            "  \(plan.unchanged.count) unchanged",
            "  \(counted(plan.duplicates.count, "barcode")) on more than one line",
            "  \(counted(plan.badRows.count, "bad row"))",
        ]
        if !plan.new.isEmpty {
            lines.append("\nNew items:")
            for addition in plan.new.prefix(show) {
                let item = addition.item
                let details = [item.ageBand.rawValue, item.format.rawValue, item.price.description]
                lines.append(
                    "  line \(addition.line): \(item.barcode)  \(item.title) (\(details.joined(separator: ", ")))")
            }
            if plan.new.count > show { lines.append("  ... and \(plan.new.count - show) more") }
        }
        if !plan.changed.isEmpty {
            lines.append("\nChanged items:")
            for change in plan.changed.prefix(show) {
                let fields = change.changes.map(\.description).joined(separator: "; ")
                lines.append("  line \(change.line): \(change.before.barcode)  \(fields)")
            }
            if plan.changed.count > show { lines.append("  ... and \(plan.changed.count - show) more") }
        }
        if !plan.duplicates.isEmpty {
            lines.append("\nBarcodes on more than one line:")
            for duplicate in plan.duplicates { lines.append("  \(file): \(duplicate.description)") }
        }
        if !plan.badRows.isEmpty {
            lines.append("\nBad rows:")
            for problem in plan.badRows { lines.append("  \(file) line \(problem.line): \(problem.message)") }
        }
        // Titles and messages come from the file: each stays on its line, with control characters shown.
        return lines.map { line in
            let start = line.prefix(while: { $0 == "\n" })
            return start + TerminalSafe.escape(String(line.dropFirst(start.count)))
        }.joined(separator: "\n")
    }
}
