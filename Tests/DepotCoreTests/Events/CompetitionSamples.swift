@testable import DepotCore

/// Small competitions for the events tests.
enum CompetitionSamples {
    static let day = Day(year: 2027, month: 3, day: 18)!

    /// A heat of four readers from which two advance, then a final; two criteria of 0–5 and two judges.
    static func heatAndFinal(advancing: Int = 2) -> Competition {
        let criteria = [Criterion.technique, Criterion.interpretation]
        let format = CompetitionFormat(
            name: "Test",
            rounds: [
                RoundFormat(
                    name: "Semifinale", stage: .semiFinal, readings: [Reading(kind: .prepared, limitSeconds: 180)],
                    criteria: criteria, advancing: advancing),
                RoundFormat(
                    name: "Finale", stage: .final, readings: [Reading(kind: .unseen, limitSeconds: 120)],
                    criteria: criteria),
            ])
        let readers = [
            Reader(id: "R1", firstName: "Ida", className: "5.a", school: "Rønde Skole"),
            Reader(id: "R2", firstName: "Noah", className: "5.b", school: "Hornslet Skole"),
            Reader(id: "R3", firstName: "Freja", className: "5.a", school: "Kolind Centralskole"),
            Reader(id: "R4", firstName: "Oscar", className: "5.c", school: "Ebeltoft Skole"),
        ]
        var competition = Competition(format: format, readers: readers)
        let judges = [
            Judge(id: "J1", name: "Karen Fortæller", role: .storyteller),
            Judge(id: "J2", name: "Per Konsulent", role: .schoolConsultant),
        ]
        competition.rounds[0].judges = judges
        competition.rounds[1].judges = judges
        return competition
    }

    /// Enters the same `points` from both judges for both criteria, so the reader's total is 4 × points.
    static func score(_ competition: inout Competition, _ reader: Reader.ID, _ points: Int, round: Int = 0) throws {
        for judge: Judge.ID in ["J1", "J2"] {
            for criterion in ["technique", "interpretation"] {
                try competition.enter(
                    points, reader: reader, criterion: criterion, judge: judge, round: round, by: "S01", on: day)
            }
        }
    }
}
