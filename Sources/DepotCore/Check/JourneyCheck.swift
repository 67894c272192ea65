/// Whether what the desk recorded on crates and items agrees with where the deposits say they are
/// (`Whereabouts`): a crate marked at home while a deposit has it out, an item marked lost while it is at a
/// partner. Such a library still opens (the team must be able to mend it), but `depot check` reports each one.
public enum JourneyCheck {
    /// One problem per crate or item whose recorded state or status disagrees with the deposits.
    public static func problems(in data: LibraryData) -> [Problem] {
        let whereabouts = Whereabouts(data: data)
        var problems: [Problem] = []
        for crate in data.crates {
            let place = whereabouts.place(ofCrate: crate.id)
            guard !Whereabouts.expectedStates(at: place).contains(crate.state) else { continue }
            problems.append(
                Problem(
                    file: StoreFile.crates.relativePath, recordID: crate.id.rawValue,
                    message: "marked \(crate.state.rawValue), but \(describe(place))"))
        }
        for item in data.items {
            let place = whereabouts.place(ofItem: item.id)
            guard let expected = Whereabouts.expectedStatus(at: place), expected != item.status else { continue }
            problems.append(
                Problem(
                    file: StoreFile.items(of: item.id).relativePath, recordID: item.id.rawValue,
                    message: "marked \(item.status.rawValue), but \(describe(place))"))
        }
        return problems
    }

    private static func describe(_ place: Whereabouts.CratePlace) -> String {
        switch place {
        case .home, .inRepair: return "no deposit has it out or packed"
        case .packed(let partner, let deposit, _): return "deposit \(deposit) has it packed for partner \(partner)"
        case .out(let partner, let deposit, _, _): return "deposit \(deposit) has it out at partner \(partner)"
        }
    }

    private static func describe(_ place: Whereabouts.ItemPlace) -> String {
        switch place {
        case .atPartner(let partner, let deposit, _, _, _): return "deposit \(deposit) has it at partner \(partner)"
        case .packed(let crate, _, let deposit): return "it is packed in \(crate) on deposit \(deposit)"
        case .lost(let deposit): return "deposit \(deposit.map(\.rawValue) ?? "?") records it lost"
        case .shelf, .inCrate, .damaged, .withdrawn: return "it is at the library"
        }
    }
}
