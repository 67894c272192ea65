import Foundation
import Testing

@testable import DepotCore

/// Schools as records of the competition, readers registered and withdrawn.
struct SchoolReaderTests {
    @Test func anUnknownSchoolIsRefusedUnlessMadeNew() throws {
        var competition = CompetitionSamples.heatAndFinal()
        competition.padRounds()
        competition.rounds[0].sheets = []
        #expect(throws: ReaderError.unknownSchool(name: "Thorsager Skole", known: [])) {
            try competition.addReader(firstName: "Alma", className: "5.b", school: "Thorsager Skole", round: 0)
        }
        #expect(competition.readers.count == 4)
        let reader = try competition.addReader(
            firstName: "Alma", className: "5.b", school: "Thorsager Skole", round: 0, newSchool: true)
        #expect(competition.schools.map(\.name) == ["Thorsager Skole"])
        #expect(competition.schools[0].classes == ["5.b"])
        #expect(competition.round(0).readerIDs.last == reader.id)
        let again = try competition.addReader(firstName: "Bo", className: "5.b", school: " thorsager skole", round: 0)
        #expect(again.school == "Thorsager Skole")
        #expect(competition.schools.count == 1)
        #expect(again.id != reader.id)
    }

    @Test func anEmptyFieldIsNamed() {
        var competition = CompetitionSamples.heatAndFinal()
        competition.rounds[0].sheets = []
        #expect(throws: ReaderError.emptyField("class")) {
            try competition.addReader(firstName: "Alma", className: " ", school: "X", round: 0, newSchool: true)
        }
        #expect(throws: ReaderError.emptyField("name")) {
            try competition.addReader(firstName: "", className: "5.a", school: "X", round: 0, newSchool: true)
        }
    }

    @Test func aWithdrawnReaderLeavesTheRankingButStaysOnRecord() throws {
        var competition = CompetitionSamples.heatAndFinal()
        let before = competition.ranking(round: 0).map(\.readerID)
        #expect(before.contains("R2"))
        try competition.withdraw("R2", on: CompetitionSamples.day)
        let after = competition.ranking(round: 0).map(\.readerID)
        #expect(!after.contains("R2"))
        #expect(after.count == before.count - 1)
        #expect(competition.reader("R2")?.withdrawnOn == CompetitionSamples.day)
        #expect(throws: ReaderError.self) { try competition.withdraw("R2", on: CompetitionSamples.day) }
    }

    @Test func aCompetitionWrittenBeforeSchoolsStillLoads() throws {
        let competition = CompetitionSamples.heatAndFinal()
        var object =
            try JSONSerialization.jsonObject(with: JSONEncoder().encode(competition)) as! [String: Any]
        object.removeValue(forKey: "schools")
        let old = try JSONSerialization.data(withJSONObject: object)
        let decoded = try JSONDecoder().decode(Competition.self, from: old)
        #expect(decoded.schools.isEmpty)
        #expect(decoded.readers == competition.readers)
    }
}
