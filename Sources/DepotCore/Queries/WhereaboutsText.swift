/// Where a crate or an item is, in words for the desk: "hos Børnehaven Violen, K007, 27 dage over". The screen, the
/// `depot item` and `depot crate` commands say it the same way.
public struct WhereaboutsText: Sendable {
    public let language: Language
    private let days: DayText

    public init(_ language: Language) {
        self.language = language
        self.days = DayText(language)
    }

    private var danish: Bool { language == .danish }

    /// The item's place in a sentence.
    public func describe(_ place: Whereabouts.ItemPlace, data: LibraryData, today: Day) -> String {
        switch place {
        case .shelf: return danish ? "på hylden" : "on the shelf"
        case .inCrate(let crate): return danish ? "i \(crate), hjemme" : "in \(crate), at the library"
        case .packed(let crate, let partner, _):
            return danish
                ? "pakket i \(crate) til \(name(partner, data))" : "packed in \(crate) for \(name(partner, data))"
        case .atPartner(let partner, _, let crate, _, let due):
            let what = crate.map { ", \($0)" } ?? (danish ? " (holdt tilbage)" : " (kept back)")
            return (danish ? "hos " : "at ") + name(partner, data) + what + ", " + dueText(due, today)
        case .lost(let deposit):
            let on = deposit.map { danish ? " på \($0)" : " on \($0)" } ?? ""
            return (danish ? "tabt" : "lost") + on
        case .damaged: return danish ? "beskadiget" : "damaged"
        case .withdrawn: return danish ? "udgået" : "withdrawn"
        }
    }

    /// The item's place in a word or two, for a list column: "hos partner", "over tid".
    public func short(_ place: Whereabouts.ItemPlace, today: Day) -> String {
        switch place {
        case .shelf: return danish ? "på hylden" : "on shelf"
        case .inCrate: return danish ? "i kasse" : "in crate"
        case .packed: return danish ? "pakket" : "packed"
        case .atPartner(_, _, _, _, let due):
            if due < today { return danish ? "over tid" : "overdue" }
            return danish ? "hos partner" : "at partner"
        case .lost: return danish ? "tabt" : "lost"
        case .damaged: return danish ? "beskadiget" : "damaged"
        case .withdrawn: return danish ? "udgået" : "withdrawn"
        }
    }

    /// The crate's place in a sentence.
    public func describe(_ place: Whereabouts.CratePlace, data: LibraryData, today: Day) -> String {
        switch place {
        case .home: return danish ? "hjemme" : "at the library"
        case .inRepair: return danish ? "til reparation" : "in repair"
        case .packed(let partner, _, let visit):
            let base = (danish ? "pakket til " : "packed for ") + name(partner, data)
            guard let visit else { return base }
            return base + (danish ? ", besøget \(days.short(visit))" : ", for the visit on \(days.short(visit))")
        case .out(let partner, _, let since, let due):
            let sent = danish ? "siden \(days.short(since))" : "since \(days.short(since))"
            return (danish ? "hos " : "at ") + name(partner, data) + " " + sent + ", " + dueText(due, today)
        }
    }

    /// "27 dage over" when past due, else "til man 23.11." / "due Mon 23/11".
    private func dueText(_ due: Day, _ today: Day) -> String {
        let late = due.days(until: today)
        if late > 0 {
            if danish { return late == 1 ? "1 dag over" : "\(late) dage over" }
            return late == 1 ? "1 day overdue" : "\(late) days overdue"
        }
        return danish ? "til \(days.short(due))" : "due \(days.short(due))"
    }

    private func name(_ partner: Partner.ID, _ data: LibraryData) -> String {
        data.partners.first { $0.id == partner }?.name ?? partner.rawValue
    }
}
