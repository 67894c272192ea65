import DepotCore

/// The texts of scanning a deposit home (`ScanInOverlay`) beyond the scan lines themselves, and of a return in
/// progress where the tabs show it.
enum ReturnText: String, TextCatalogue {
    case startQuestion, resumeQuestion, answerFirst, resumed, left
    case decideQuestion, undecided, notDecided, backOnList, allBack
    case inProgress, inProgressSince, keyFinish, keyDecideAll, keyDecideOne

    static let danish: [ReturnText: String] = [
        .startQuestion: "Start hjemscanning af {0} ({1}, {2})? Enter = start · Esc = nej",
        .resumeQuestion: "Fortsæt hjemscanningen af {0} ({1}, {2}), {3} af {4} skannet? Enter = fortsæt · Esc = nej",
        .answerFirst: "{0} · svar først: Enter = start, Esc = nej",
        .resumed: "Fortsætter hjemscanningen fra {0}: {1} af {2} var skannet",
        .left: "Hjemscanningen af {0} er gemt ({1} af {2}); skan en bog fra depotet for at fortsætte",
        .decideQuestion:
            "Hvad er der sket med det, der mangler? t tabt · b stadig hos partneren · f fundet alligevel · T/B alle"
            + " · Enter gemmer · Esc tilbage til skanningen",
        .undecided: "ikke afgjort",
        .notDecided:
            "! {0} ikke afgjort: t tabt, b stadig hos partneren, f fundet alligevel (T/B for alle); så Enter",
        .backOnList: "✓ {0} {1} kom alligevel: taget af listen",
        .allBack: "Alt er tilbage: Enter gemmer",
        .inProgress: "hjemscanning i gang: {0} af {1}",
        .inProgressSince: "Hjemscanning i gang: {0} af {1} skannet (siden {2}); r fortsætter",
        .keyFinish: "afslut",
        .keyDecideAll: "alle",
        .keyDecideOne: "tabt/hos partneren/fundet",
    ]

    static let english: [ReturnText: String] = [
        .startQuestion: "Start scanning {0} home ({1}, {2})? Enter = start · Esc = no",
        .resumeQuestion: "Go on scanning {0} home ({1}, {2}), {3} of {4} scanned? Enter = go on · Esc = no",
        .answerFirst: "{0} · answer first: Enter = start, Esc = no",
        .resumed: "Going on with the return saved on {0}: {1} of {2} were scanned",
        .left: "The return of {0} is saved ({1} of {2}); scan a book of the deposit to go on",
        .decideQuestion:
            "What became of the missing items? t lost · b still at the partner · f back after all · T/B all"
            + " · Enter saves · Esc back to scanning",
        .undecided: "not decided",
        .notDecided: "! {0} not decided: t lost, b still at the partner, f back after all (T/B for all); then Enter",
        .backOnList: "✓ {0} {1} turned up: taken off the list",
        .allBack: "Everything is back: Enter saves",
        .inProgress: "return in progress: {0} of {1}",
        .inProgressSince: "Return in progress: {0} of {1} scanned (since {2}); r goes on",
        .keyFinish: "finish",
        .keyDecideAll: "all",
        .keyDecideOne: "lost/at partner/found",
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
            date(progress.startedOn))
    }
}
