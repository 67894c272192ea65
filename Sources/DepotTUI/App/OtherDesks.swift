import DepotCore

/// Says in one line what another desk changed: who and what, from the library's change log where it has the change
/// ("Lone Kjær (skranke-1): Pakket K042 til Solsikken"), else the records by kind ("kasse K042, partner P003").
enum OtherDesks {
    static func describe(_ refresh: Refresh, data: LibraryData, folder: String?, desk: String?, strings: Strings)
        -> String
    {
        let changed = Set(refresh.changes.map { "\($0.file.relativePath) \($0.recordID)" })
        if let folder {
            let entries = ChangeLog.recentEntries(folder: folder).reversed().filter { entry in
                entry.desk != desk && entry.records.contains { changed.contains("\($0.file) \($0.id)") }
            }
            if let entry = entries.first, !entry.summary.isEmpty {
                let who =
                    entry.by.flatMap { id in data.staff.first { $0.id.rawValue == id }?.name }
                    ?? strings[DesksText.anotherDesk]
                let machine = entry.desk.split(separator: "/").first.map(String.init) ?? entry.desk
                return strings.format(DesksText.changedElsewhereBy, who, machine, entry.summary)
            }
        }
        return strings.format(DesksText.changedElsewhere, records(refresh, strings))
    }

    /// "kasse K042, partner P003 og 2 mere".
    static func records(_ refresh: Refresh, _ strings: Strings) -> String {
        let named = refresh.changes.prefix(3).map { change in
            "\(strings[kind(of: change.file)]) \(change.recordID)"
        }
        let more = refresh.changes.count - named.count
        let list = named.joined(separator: ", ")
        if refresh.changes.isEmpty { return refresh.files.map(\.relativePath).joined(separator: ", ") }
        return more > 0 ? strings.format(DesksText.andMore, list, more) : list
    }

    private static func kind(of file: StoreFile) -> DesksText {
        switch file {
        case .settings: return .kindSettings
        case .partners: return .kindPartner
        case .staff: return .kindStaff
        case .items, .catalogue: return .kindItem
        case .crates: return .kindCrate
        case .teams: return .kindTeam
        case .events: return .kindEvent
        case .deposits: return .kindDeposit
        case .plan: return .kindPlan
        }
    }
}
