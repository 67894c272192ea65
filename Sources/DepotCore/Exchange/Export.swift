/// The tables Depot exports for spreadsheets and other tools. Column names are Depot's field names, so an item
/// export reads back with `depot import items` unchanged; lists inside a cell (a deposit's crates) are separated by
/// spaces.
public enum Export {
    /// The item catalogue: every item with its status and the crate it is packed in, if any.
    public static func items(_ data: LibraryData) -> ExportTable {
        // Only the crates are needed, not the whole index (a pass over the catalogue and every deposit).
        let crateOfItem = LibraryIndex.crateOfItem(in: data.crates, items: data.items.count)
        let columns = ItemColumns.Field.allCases.map(\.rawValue) + ["status", "crate"]
        let rows: [[ExportValue]] = data.items.map { item in
            [
                .text(item.barcode.rawValue), .text(item.title), .text(item.author), .text(item.ageBand.rawValue),
                .text(item.theme), .text(item.format.rawValue), .amount(item.price), .text(item.status.rawValue),
                .text(crateOfItem[item.id]?.rawValue),
            ]
        }
        return ExportTable(columns: columns, rows: rows)
    }

    /// Deposits (of one season, or all), with their status, days overdue and item counts on `today`.
    public static func deposits(_ data: LibraryData, season: Season? = nil, today: Day) -> ExportTable {
        let index = LibraryIndex(data)
        let columns = [
            "id", "season", "partnerID", "partner", "kind", "crates", "items", "createdOn", "dispatchedOn", "dueOn",
            "returnedOn", "renewals", "status", "daysOverdue", "lost", "damaged", "atPartner",
        ]
        var rows: [[ExportValue]] = []
        for deposit in data.deposits {
            let depositSeason = data.season(of: deposit)
            if let season, depositSeason != season { continue }
            let states = deposit.itemStates
            rows.append([
                .text(deposit.id.rawValue), .text(depositSeason.description), .text(deposit.partnerID.rawValue),
                .text(data.partner(deposit.partnerID, in: index)?.name), .text(deposit.kind.rawValue),
                .text(deposit.crateIDs.map(\.rawValue).joined(separator: " ")), .number(deposit.itemBarcodes.count),
                .day(deposit.createdOn), .day(deposit.dispatchedOn), .day(deposit.dueOn), .day(deposit.returnedOn),
                .number(deposit.renewals),
                .text(deposit.status(on: today, dueSoonDays: data.settings.dueSoonDays).rawValue),
                .number(deposit.daysOverdue(on: today)), .number(states.filter { $0.state == .lost }.count),
                .number(deposit.damagedBarcodes.count), .number(states.filter { $0.state == .atPartner }.count),
            ])
        }
        return ExportTable(columns: columns, rows: rows)
    }

    /// The season ledger (`Ledger.build`): a row per partner, and the totals apart (no partner id, the name
    /// "Total"; in CSV the last line).
    public static func ledger(_ rows: [LedgerRow], season: Season) -> ExportTable {
        let columns = [
            "season", "partnerID", "partner", "deposits", "itemsLent", "returned", "lost", "damaged",
            "stillAtPartner", "waived", "charged",
        ]
        func values(_ row: LedgerRow) -> [ExportValue] {
            [
                .text(season.description), .text(row.partnerID?.rawValue),
                .text(row.isTotal ? "Total" : row.partnerName), .number(row.deposits), .number(row.itemsLent),
                .number(row.returned), .number(row.lost), .number(row.damaged), .number(row.stillAtPartner),
                .amount(row.waived), .amount(row.charged),
            ]
        }
        let partners = rows.filter { !$0.isTotal }
        var total = LedgerRow(partnerID: nil, partnerName: "")
        for row in partners { total.add(row) }
        return ExportTable(columns: columns, rows: partners.map(values), totals: values(total))
    }

    /// The overdue list (`DueList.overdue`).
    public static func overdue(_ lines: [DueDeposit]) -> ExportTable {
        dueTable(lines, daysColumn: "daysOverdue")
    }

    /// The due list (`DueList.due`).
    public static func due(_ lines: [DueDeposit]) -> ExportTable {
        dueTable(lines, daysColumn: "daysLeft")
    }

    private static func dueTable(_ lines: [DueDeposit], daysColumn: String) -> ExportTable {
        ExportTable(
            columns: ["deposit", "partnerID", "partner", "route", "crates", "keptBack", "dueOn", daysColumn],
            rows: lines.map { line in
                [
                    .text(line.deposit.id.rawValue), .text(line.deposit.partnerID.rawValue), .text(line.partnerName),
                    .text(line.routeName),
                    .text(line.keptBack.isEmpty ? line.deposit.crateIDs.map(\.rawValue).joined(separator: " ") : ""),
                    .text(line.keptBack.map(\.rawValue).joined(separator: " ")),
                    .day(line.deposit.dueOn), .number(line.days),
                ]
            })
    }
}
