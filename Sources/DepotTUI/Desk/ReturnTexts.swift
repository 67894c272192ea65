import DepotCore

/// The texts of scanning a deposit home (`ScanInOverlay`) beyond the scan lines themselves, and of a return in
/// progress where the tabs show it.
enum ReturnText: String, TextCatalogue {
    case startQuestion, resumeQuestion, answerFirst, resumed, left
    case decideQuestion, undecided, notDecided, backOnList, allBack
    case inProgress, inProgressSince, keyFinish, keyDecideAll, keyDecideOne

    /// The names of the placeholders in each text (`{name}` in the language files), in the order `format` is
    /// given them.
    static let placeholders: [ReturnText: [String]] = [
        .startQuestion: ["deposit", "crates", "partner"],
        .resumeQuestion: ["deposit", "crates", "partner", "scanned", "total"],
        .answerFirst: ["question"],
        .resumed: ["day", "scanned", "total"],
        .left: ["deposit", "scanned", "total"],
        .notDecided: ["count"],
        .backOnList: ["item", "title"],
        .inProgress: ["scanned", "total"],
        .inProgressSince: ["scanned", "total", "since"],
    ]
}

extension Strings {
    /// "hjemscanning i gang: 5 af 30" for a deposit with a return begun and not finished; nil otherwise.
    func returnInProgress(_ deposit: Deposit) -> String? {
        guard let progress = deposit.returnInProgress else { return nil }
        return format(
            ReturnText.inProgress, progress.count(on: deposit), deposit.barcodes(in: .atPartner).count)
    }

    /// The same as a line of the deposit's details, with the day it began.
    func returnInProgressDetail(_ deposit: Deposit) -> String? {
        guard let progress = deposit.returnInProgress else { return nil }
        return format(
            ReturnText.inProgressSince, progress.count(on: deposit), deposit.barcodes(in: .atPartner).count,
            longDate(progress.startedOn))
    }
}
