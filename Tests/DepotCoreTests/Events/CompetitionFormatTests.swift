import Testing

@testable import DepotCore

@Suite struct EventsCompetitionFormatTests {
    @Test(arguments: CompetitionFormat.readyMade)
    func everyReadyMadeFormatIsValid(_ format: CompetitionFormat) {
        #expect(format.problems == [])
        #expect(format.rounds.last?.stage == .final)
        #expect(format.rounds.allSatisfy { $0.criteria.count == 3 && $0.maximumPerJudge == 15 })
    }

    @Test func theSyddjursFormatFollowsTheRules() {
        let format = CompetitionFormat.syddjurs
        #expect(format.rounds.map(\.stage) == [.schoolHeat, .final])
        #expect(format.rounds[0].advancing == 1 && format.rounds[0].perSchool)
        let prepared = format.rounds[1].readings[0]
        #expect(prepared.kind == .prepared && prepared.limitSeconds == 180 && prepared.introductionSeconds == 60)
        #expect(format.rounds[1].readings[1] == Reading(kind: .unseen, limitSeconds: 120))
        #expect(format.tieRule == .readOff)
    }

    @Test func anEditedFormatIsCheckedAgain() {
        var format = CompetitionFormat.vorlesewettbewerb
        format.rounds[1].advancing = nil
        format.rounds[2].criteria[0].maxPoints = 0
        format.rounds[3].advancing = 2
        format.rounds[0].readings[0].introductionSeconds = 200
        #expect(format.problems.count == 4)
        #expect(CompetitionFormat(name: " ", rounds: []).problems.count == 2)
    }
}
