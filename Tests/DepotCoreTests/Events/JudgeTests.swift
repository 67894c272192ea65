import Foundation
import Testing

@testable import DepotCore

/// Judges as records: where they come from, own-school conflicts, absences and the average over those present.
struct JudgeTests {
    /// The sample heat with schools as records and a third judge from Rønde Skole.
    static func heatWithOwnSchoolJudge() throws -> Competition {
        var competition = CompetitionSamples.heatAndFinal()
        for name in ["Rønde Skole", "Hornslet Skole", "Kolind Centralskole", "Ebeltoft Skole"] {
            competition.addSchool(named: name)
        }
        try competition.addJudge(name: "Birthe Lund", role: .librarian, round: 0, school: "rønde skole")
        return competition
    }

    @Test func aJudgeFromAReadersSchoolIsFlaggedUntilTheChairAcceptsIt() throws {
        var competition = try Self.heatWithOwnSchoolJudge()
        let judge = try #require(competition.round(0).judges.last)
        #expect(judge.id == "J3" && judge.schoolID == competition.school(named: "Rønde Skole")?.id)
        #expect(competition.ownSchoolReaders(of: "J3", round: 0).map(\.id) == ["R1"])
        #expect(competition.ownSchoolReaders(of: "J1", round: 0).isEmpty)
        #expect(competition.hasOpenConflict("J3", round: 0))
        #expect(throws: JudgeError.emptyNote) {
            try competition.acceptConflict("J3", round: 0, note: "  ", by: "S01", on: CompetitionSamples.day)
        }
        #expect(throws: JudgeError.noConflict(judge: "Karen Fortæller")) {
            try competition.acceptConflict("J1", round: 0, note: "ok", by: "S01", on: CompetitionSamples.day)
        }
        try competition.acceptConflict(
            "J3", round: 0, note: "Agreed with both schools", by: "S01", on: .init(year: 2027, month: 3, day: 1)!)
        #expect(!competition.hasOpenConflict("J3", round: 0))
        #expect(competition.round(0).judges.last?.acceptedConflict?.note == "Agreed with both schools")
        // The sheets flag the judge and mark the reader; the note follows.
        let event = Event(id: "E2027-01", kind: .readingCompetition, title: "Test", startsOn: CompetitionSamples.day)
        let sheets = CompetitionSheets.text(event: event, competition: competition, round: 0, language: .danish)
        let page = try #require(sheets.components(separatedBy: "\u{0C}").last)
        #expect(page.contains("! Egen skole: Birthe Lund er fra Rønde Skole ligesom Ida (5.a)."))
        #expect(page.contains("Godkendt af juryformanden 1. marts 2027: Agreed with both schools"))
        #expect(page.contains("Rønde Skole (egen skole)"))
        #expect(!sheets.components(separatedBy: "\u{0C}")[0].contains("egen skole"))
    }

    @Test func aSchoolThatIsNoneOfTheCompetitionsIsRefused() {
        var competition = CompetitionSamples.heatAndFinal()
        competition.addSchool(named: "Rønde Skole")
        #expect(throws: JudgeError.unknownSchool(name: "Mols Skole", known: ["Rønde Skole"])) {
            try competition.addJudge(name: "Bo", role: .teacher, round: 0, school: "Mols Skole")
        }
        #expect(throws: JudgeError.emptyName) { try competition.addJudge(name: " ", role: .teacher, round: 0) }
        #expect(competition.round(0).judges.count == 2)
        #expect(
            Judge.Role.named("Fortæller") == .storyteller && Judge.Role.named("schoolconsultant") == .schoolConsultant)
        #expect(Judge.Role.named("juror") == nil)
    }

    @Test func anAbsentJudgesSheetIsLeftOutAndTotalsAreTheAverageOverThosePresent() throws {
        var competition = try Self.heatWithOwnSchoolJudge()
        let day = CompetitionSamples.day
        // J1 and J2 give every criterion 4, 3, 5, 2 to R1–R4; J3 gives 1 to everyone, and then is absent.
        for (reader, points) in [("R1", 4), ("R2", 3), ("R3", 5), ("R4", 2)] {
            for judge: Judge.ID in ["J1", "J2"] {
                for criterion in ["technique", "interpretation"] {
                    try competition.enter(
                        points, reader: Reader.ID(reader), criterion: criterion, judge: judge, round: 0, by: nil,
                        on: day)
                }
            }
        }
        try competition.enter(1, reader: "R1", criterion: "technique", judge: "J3", round: 0, by: nil, on: day)
        // J3's sheet is incomplete: nothing is complete and the sum counts J3.
        #expect(!competition.isComplete("R1", round: 0))
        #expect(competition.total(of: "R1", round: 0) == 17)
        #expect(throws: AdvanceError.self) { _ = try competition.advancers(round: 0) }
        try competition.markAbsent("J3", round: 0, on: day)
        #expect(throws: JudgeError.alreadyAbsent(judge: "Birthe Lund")) {
            try competition.markAbsent("J3", round: 0, on: day)
        }
        #expect(competition.isAveraged(round: 0))
        let ranking = competition.ranking(round: 0)
        #expect(ranking.map(\.readerID) == ["R3", "R1", "R2", "R4"])
        #expect(ranking.allSatisfy { $0.isComplete })
        // The average over J1 and J2: two criteria each, so 2 × points.
        #expect(ranking.map(\.score.value) == [10, 8, 6, 4])
        #expect(ranking.map { $0.score.text(in: .danish) } == ["10,00", "8,00", "6,00", "4,00"])
        #expect(try competition.advancers(round: 0) == ["R1", "R3"])
        #expect(throws: ScoreError.judgeAbsent(judge: "Birthe Lund", round: "Semifinale")) {
            try competition.enter(2, reader: "R2", criterion: "technique", judge: "J3", round: 0, by: nil, on: day)
        }
        let event = Event(id: "E2027-01", kind: .readingCompetition, title: "Test", startsOn: day)
        let results = CompetitionResults.text(event: event, competition: competition, round: 0, language: .english)
            .split(whereSeparator: \.isWhitespace).joined(separator: " ")
        #expect(results.contains("Birthe Lund (librarian, Rønde Skole, absent)"))
        #expect(results.contains("Points are the average over the 2 judges present (absent: Birthe Lund)."))
        let sheets = CompetitionSheets.text(event: event, competition: competition, round: 0, language: .english)
        #expect(sheets.components(separatedBy: "\u{0C}").count == 2 && !sheets.contains("Birthe Lund"))
    }

    @Test func averagesOfUnequalJuriesCompareExactly() {
        let twoJudges = ReaderScore(points: 25, judges: 2, averaged: true)
        let threeJudges = ReaderScore(points: 37, judges: 3, averaged: true)
        #expect(twoJudges.beats(threeJudges))  // 12.5 > 12.33
        #expect(
            ReaderScore(points: 24, judges: 2, averaged: true).ties(ReaderScore(points: 36, judges: 3, averaged: true)))
        #expect(ReaderScore(points: 38, judges: 3).text(in: .english) == "38")
        #expect(ReaderScore(points: 38, judges: 3, averaged: true).text(in: .english) == "12.67")
    }

    @Test func whileEveryJudgeIsPresentTheTotalIsTheSumAsBefore() throws {
        var competition = CompetitionSamples.heatAndFinal()
        try CompetitionSamples.score(&competition, "R1", 3)
        try CompetitionSamples.score(&competition, "R2", 5)
        try CompetitionSamples.score(&competition, "R3", 4)
        try CompetitionSamples.score(&competition, "R4", 2)
        #expect(!competition.isAveraged(round: 0))
        #expect(competition.ranking(round: 0).map { $0.score.text(in: .english) } == ["20", "16", "12", "8"])
    }

    @Test func aJudgeWrittenBeforeJudgesWereRecordsStillLoads() throws {
        let old = Data(#"{"id": "J1", "name": "Heidi", "role": "storyteller"}"#.utf8)
        let judge = try JSONDecoder().decode(Judge.self, from: old)
        #expect(judge == Judge(id: "J1", name: "Heidi", role: .storyteller))
        let written = String(decoding: try JSONEncoder().encode(judge), as: UTF8.self)
        #expect(!written.contains("absentOn") && !written.contains("schoolID"))
    }
}

/// Ties that decide nothing are shared places; only a tie across the cut needs a read-off.
struct TieAtTheCutTests {
    @Test func aTieBelowTheCutIsASharedPlace() throws {
        var competition = CompetitionSamples.heatAndFinal(advancing: 1)
        try CompetitionSamples.score(&competition, "R1", 5)
        try CompetitionSamples.score(&competition, "R2", 3)
        try CompetitionSamples.score(&competition, "R3", 3)
        try CompetitionSamples.score(&competition, "R4", 1)
        let ranking = competition.ranking(round: 0)
        #expect(ranking.map(\.place) == [1, 2, 2, 4])
        #expect(ranking[1].tie == .shared(with: ["R3"]) && ranking[2].tie == .shared(with: ["R2"]))
        #expect(try competition.advancers(round: 0) == ["R1"])
        let event = Event(id: "E2027-01", kind: .readingCompetition, title: "Test", startsOn: CompetitionSamples.day)
        let html = CompetitionCertificates.html(event: event, competition: competition, round: 0, language: .danish)
        #expect(html.components(separatedBy: "delt 2. plads").count - 1 == 2)
        #expect(html.contains("1. plads") && html.contains("4. plads") && !html.contains("for deltagelse"))
        let english = CompetitionCertificates.html(
            event: event, competition: competition, round: 0, language: .english)
        #expect(english.components(separatedBy: "joint 2nd place").count - 1 == 2)
    }

    @Test func noReadOffWhenEveryoneAdvances() throws {
        var competition = CompetitionSamples.heatAndFinal(advancing: 4)
        for reader: Reader.ID in ["R1", "R2", "R3", "R4"] { try CompetitionSamples.score(&competition, reader, 4) }
        #expect(competition.ranking(round: 0).allSatisfy { !$0.needsReadOff && $0.sharesPlace && $0.place == 1 })
        #expect(try competition.advancers(round: 0) == ["R1", "R2", "R3", "R4"])
    }

    @Test func aTieAboveTheCutNeedsNoReadOffButOneAcrossItDoes() throws {
        var competition = CompetitionSamples.heatAndFinal(advancing: 3)
        try CompetitionSamples.score(&competition, "R1", 5)
        try CompetitionSamples.score(&competition, "R2", 5)
        try CompetitionSamples.score(&competition, "R3", 4)
        try CompetitionSamples.score(&competition, "R4", 4)
        let ranking = competition.ranking(round: 0)
        #expect(ranking[0].sharesPlace && ranking[1].sharesPlace)
        #expect(ranking[2].needsReadOff && ranking[3].needsReadOff)
        #expect(throws: AdvanceError.self) { _ = try competition.advancers(round: 0) }
    }

    @Test func inTheLastRoundOnlyATieForTheWinnerNeedsAReadOff() throws {
        var competition = CompetitionSamples.heatAndFinal()
        competition.rounds[1].readerIDs = ["R1", "R2", "R3"]
        try CompetitionSamples.score(&competition, "R1", 5, round: 1)
        try CompetitionSamples.score(&competition, "R2", 3, round: 1)
        try CompetitionSamples.score(&competition, "R3", 3, round: 1)
        #expect(competition.ranking(round: 1).map(\.tie) == [.none, .shared(with: ["R3"]), .shared(with: ["R2"])])
        try CompetitionSamples.score(&competition, "R2", 5, round: 1)
        #expect(competition.ranking(round: 1).filter(\.needsReadOff).map(\.readerID) == ["R1", "R2"])
    }
}
