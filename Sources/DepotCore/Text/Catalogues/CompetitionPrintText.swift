/// The words of the competition's printouts (score sheets, running order, results, certificates) and its judges'
/// roles, kept apart from `CompetitionText`'s sentences.
public enum CompetitionPrintText: String, TextCatalogue {
    case storyteller
    case schoolConsultant
    case librarian
    case teacher
    case judge
    case preparedText
    case unseenText
    case readOffNeeded
    case decidedByReadOff
    case decidedByLot
    case advancesReadOff
    case advancesLot
    case scoresMissing
    case advances
    case judgesLabel
    case noScoresYet
    case place
    case reader
    case school
    case points
    case note
    case forTakingPart
    case certificate
    case certificatesHeading
    case runningOrderHeading
    case book
    case scoreSheetHeading
    case judgeLabel
    case total
    case noReadersYet
    case criteriaLabel
    case signatureLabel
    case signature
    case introductionAtMost
    case minutes
    case minutesAndSeconds
    case pointRange

    public static let placeholders: [CompetitionPrintText: [String]] = [
        .introductionAtMost: ["duration"], .minutes: ["minutes"], .minutesAndSeconds: ["minutes", "seconds"],
        .pointRange: ["low", "high"],
    ]
}
