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
                    CheckSentence(.crateMarkedBut, [crate.state.rawValue], inner: describe(place))))
        }
        for item in data.items {
            let place = whereabouts.place(ofItem: item.id)
            guard let expected = Whereabouts.expectedStatus(at: place), expected != item.status else { continue }
            problems.append(
                Problem(
                    file: StoreFile.items(of: item.id).relativePath, recordID: item.id.rawValue,
                    CheckSentence(.crateMarkedBut, [item.status.rawValue], inner: describe(place))))
        }
        return problems
    }

    private static func describe(_ place: Whereabouts.CratePlace) -> CheckSentence {
        switch place {
        case .home, .inRepair: return CheckSentence(.crateNotOut, [])
        case .packed(let partner, let deposit, _): return CheckSentence(.cratePackedFor, [deposit, partner])
        case .out(let partner, let deposit, _, _): return CheckSentence(.crateOutAt, [deposit, partner])
        }
    }

    private static func describe(_ place: Whereabouts.ItemPlace) -> CheckSentence {
        switch place {
        case .atPartner(let partner, let deposit, _, _, _): return CheckSentence(.itemAtPartner, [deposit, partner])
        case .packed(let crate, _, let deposit): return CheckSentence(.itemPackedIn, [crate, deposit])
        case .lost(let deposit): return CheckSentence(.itemLostOn, [deposit.map(\.rawValue) ?? "?"])
        case .shelf, .inCrate, .damaged, .withdrawn: return CheckSentence(.itemAtLibrary, [])
        }
    }
}
