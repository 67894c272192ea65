/// How a librarian names a record on the command line or in a form: by id (`P005`, `S03`), by full name, or by a
/// part of the name that only one record has ("solsik", "lene e"). Case, accents and the two spellings of æ, ø, å do
/// not matter. Where `isCurrent` tells records apart (a colleague who has not left), the one current candidate wins
/// over ended ones. `PartnerLookup` and `StaffLookup` put their own words on the outcome.
enum NamedRecordSearch {
    enum Outcome<Found> {
        case found(Found)
        case none
        case ambiguous([Found])
    }

    static func find<Found>(
        _ wanted: String, in records: [Found], id: (Found) -> String, name: (Found) -> String,
        isCurrent: (Found) -> Bool
    ) -> Outcome<Found> {
        if let record = records.first(where: { id($0).lowercased() == wanted.lowercased() }) { return .found(record) }
        let needle = SearchText(wanted)
        let exact = records.filter { SearchText(name($0)) == needle }
        if exact.count == 1 { return .found(exact[0]) }
        let candidates = exact.isEmpty ? records.filter { SearchText(name($0)).contains(needle) } : exact
        let current = candidates.filter(isCurrent)
        let found = current.count == 1 ? current : candidates
        switch found.count {
        case 0: return .none
        case 1: return .found(found[0])
        default: return .ambiguous(found)
        }
    }
}
