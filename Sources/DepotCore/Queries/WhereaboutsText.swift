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
        case .shelf: return said(.onTheShelf)
        case .inCrate(let crate): return said(.inAtTheLibrary, crate)
        case .packed(let crate, let partner, _):
            return said(.packedInFor, crate, name(partner, data))
        case .atPartner(let partner, _, let crate, _, let due):
            let what = crate.map { ", \($0)" } ?? (said(.keptBack))
            return (said(.at)) + name(partner, data) + what + ", " + dueText(due, today)
        case .lost(let deposit):
            let on = deposit.map { said(.on, $0) } ?? ""
            return (said(.lost)) + on
        case .damaged: return said(.damaged)
        case .withdrawn: return said(.withdrawn)
        }
    }

    /// The item's place in a word or two, for a list column: "hos partner", "over tid".
    public func short(_ place: Whereabouts.ItemPlace, today: Day) -> String {
        switch place {
        case .shelf: return said(.onShelf)
        case .inCrate: return said(.inCrate)
        case .packed: return said(.packed)
        case .atPartner(_, _, _, _, let due):
            if due < today { return said(.overdue) }
            return said(.atPartner)
        case .lost: return said(.lost)
        case .damaged: return said(.damaged)
        case .withdrawn: return said(.withdrawn)
        }
    }

    /// The crate's place in a sentence.
    public func describe(_ place: Whereabouts.CratePlace, data: LibraryData, today: Day) -> String {
        switch place {
        case .home: return said(.atTheLibrary)
        case .inRepair: return said(.inRepair)
        case .packed(let partner, _, let visit):
            let base = (said(.packedFor)) + name(partner, data)
            guard let visit else { return base }
            return base + (said(.forTheVisitOn, days.short(visit)))
        case .out(let partner, _, let since, let due):
            let sent = said(.since, days.short(since))
            return (said(.at)) + name(partner, data) + " " + sent + ", " + dueText(due, today)
        }
    }

    /// "27 dage over" when past due, else "til man 23.11." / "due Mon 23/11".
    private func dueText(_ due: Day, _ today: Day) -> String {
        let late = due.days(until: today)
        if late > 0 {
            if danish { return late == 1 ? "1 dag over" : "\(late) dage over" }
            return late == 1 ? "1 day overdue" : "\(late) days overdue"
        }
        return said(.due, days.short(due))
    }

    private func name(_ partner: Partner.ID, _ data: LibraryData) -> String {
        data.partners.first { $0.id == partner }?.name ?? partner.rawValue
    }
}

/// The texts of `WhereaboutsText` in the language files.
public enum WhereaboutsWords: String, TextCatalogue {
    case onTheShelf
    case inAtTheLibrary
    case packedInFor
    case keptBack
    case at
    case on
    case lost
    case damaged
    case withdrawn
    case onShelf
    case inCrate
    case packed
    case overdue
    case atPartner
    case atTheLibrary
    case inRepair
    case packedFor
    case forTheVisitOn
    case since
    case due

    public static let placeholders: [WhereaboutsWords: [String]] = [
        .inAtTheLibrary: ["crate"],
        .packedInFor: ["crate", "name"],
        .on: ["value"],
        .forTheVisitOn: ["short"],
        .since: ["short"],
        .due: ["short"],
    ]
}

extension WhereaboutsText {
    fileprivate func said(_ key: WhereaboutsWords, _ arguments: CustomStringConvertible...) -> String {
        TextBook(language).filled(key, arguments)
    }
}
