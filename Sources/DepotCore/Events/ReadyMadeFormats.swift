extension Criterion {
    /// *Læseteknik*: fluent, clear, at a good pace.
    public static let technique = Criterion(id: "technique", name: "Læseteknik")
    /// *Fortolkning*: bringing the text alive.
    public static let interpretation = Criterion(id: "interpretation", name: "Fortolkning")
    /// *Tekstvalg og forståelse*: the choice of the passage and understanding of it.
    public static let passage = Criterion(id: "passage", name: "Tekstvalg og forståelse")
}

extension CompetitionFormat {
    /// The Syddjurs championship: 5th grade, a heat at each school picks one reader, who reads in the final at the
    /// library: a prepared text of 3 minutes including at most 1 minute of book introduction, and 2 minutes unseen.
    public static let syddjurs = CompetitionFormat(
        name: "Syddjursmesterskaberne i oplæsning", grade: "5. klasse",
        rounds: [
            RoundFormat(
                name: "Skolerunde", stage: .schoolHeat,
                readings: [Reading(kind: .prepared, limitSeconds: 180, introductionSeconds: 60)],
                criteria: [.technique, .interpretation, .passage], advancing: 1, perSchool: true),
            RoundFormat(
                name: "Finale", stage: .final,
                readings: [
                    Reading(kind: .prepared, limitSeconds: 180, introductionSeconds: 60),
                    Reading(kind: .unseen, limitSeconds: 120),
                ],
                criteria: [.technique, .interpretation, .passage]),
        ],
        tieRule: .readOff)

    /// After the German *Vorlesewettbewerb*: school heat, district heat, semi-final and final; a chosen text of
    /// about 3 minutes and an unseen one of about 2; ties decided by a read-off with an unseen text.
    public static let vorlesewettbewerb = CompetitionFormat(
        name: "Vorlesewettbewerb", grade: "6. klasse",
        rounds: [
            RoundFormat(
                name: "Skolerunde", stage: .schoolHeat, readings: chosenAndUnseen,
                criteria: [.technique, .interpretation, .passage], advancing: 1, perSchool: true),
            RoundFormat(
                name: "Kredsrunde", stage: .districtHeat, readings: chosenAndUnseen,
                criteria: [.technique, .interpretation, .passage], advancing: 4),
            RoundFormat(
                name: "Semifinale", stage: .semiFinal, readings: chosenAndUnseen,
                criteria: [.technique, .interpretation, .passage], advancing: 2),
            RoundFormat(
                name: "Finale", stage: .final, readings: chosenAndUnseen,
                criteria: [.technique, .interpretation, .passage]),
        ],
        tieRule: .readOff)

    private static let chosenAndUnseen = [
        Reading(kind: .prepared, limitSeconds: 180), Reading(kind: .unseen, limitSeconds: 120),
    ]

    /// The formats a new competition can start from.
    public static let readyMade: [CompetitionFormat] = [.syddjurs, .vorlesewettbewerb]
}
