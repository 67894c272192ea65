import Testing

@testable import DepotCore
@testable import DepotTUI

@Suite("Partnership teams in the Events tab")
struct TeamFormTests {
    /// The Events tab showing the teams, with SKOFO selected.
    static func onTeams(persistence: RecordingPersistence) -> AppState {
        var state = ScreenTest.app(persistence: persistence)
        state.press(.character("8"), .character("t"))
        return state
    }

    @Test("e edits a team's targets as typed, keeping the result the team recorded for an unchanged one")
    func editTargets() throws {
        let persistence = RecordingPersistence()
        var state = Self.onTeams(persistence: persistence)
        let before = try #require(ScreenTest.sample.teams.first)
        state.press(.character("e"))
        let form = try #require(state.form)
        let targetsField = try #require(form.fields.firstIndex { $0.label.hasPrefix("Mål") })
        // The targets are shown as they are typed: number, text, [what Depot counts].
        #expect(form.fields[targetsField].text.hasPrefix("7 skoler deltager [skoler]; 250 elever i publikum [børn]"))
        for _ in 0..<targetsField { state.press(.tab) }
        state.press(.end)
        state.type("; 300 børn til finalen [børn]; 4 møder i året [møder]")
        state.press(.control("s"))
        #expect(state.form == nil)
        #expect(persistence.savedFiles.last == [.teams])
        let team = try #require(persistence.lastSaved?.teams.first { $0.id == before.id })
        #expect(team.targets.count == before.targets.count + 2)
        #expect(
            Array(team.targets.suffix(2)) == [
                PartnershipTeam.OutcomeTarget(
                    description: "300 børn til finalen", target: 300, measure: .childrenReached),
                PartnershipTeam.OutcomeTarget(description: "4 møder i året", target: 4, measure: .meetingsHeld),
            ])
        // Targets not retyped keep what the team recorded itself.
        #expect(Array(team.targets.dropLast(2)) == before.targets)
        #expect(team.tasks == before.tasks && team.log == before.log)
    }

    @Test("a target without a number, or with an unknown count, is refused next to the field")
    func badTargets() throws {
        let persistence = RecordingPersistence()
        var state = Self.onTeams(persistence: persistence)
        state.press(.character("e"))
        let targetsField = try #require(state.form?.fields.firstIndex { $0.label.hasPrefix("Mål") })
        for _ in 0..<targetsField { state.press(.tab) }
        state.press(.control("u"))
        state.type("mange børn")
        state.press(.control("s"))
        #expect(state.form?.fields[targetsField].error == "Et mål begynder med et tal: „mange børn“")
        state.press(.control("u"))
        state.type("7 skoler [klasser]")
        state.press(.control("s"))
        #expect(state.form?.fields[targetsField].error?.hasPrefix("[klasser]: skriv [børn]") == true)
        #expect(persistence.savedFiles.isEmpty)
    }

    @Test("n makes a new team; its coordinator is always one of its members")
    func newTeam() throws {
        let persistence = RecordingPersistence()
        var state = Self.onTeams(persistence: persistence)
        state.press(.character("n"))
        state.type("Læselyst i Rønde")
        state.press(.tab)
        state.type("Lene Ebbesen")
        state.press(.control("s"))
        #expect(state.form == nil)
        let team = try #require(persistence.lastSaved?.teams.first { $0.name == "Læselyst i Rønde" })
        #expect(team.id == PartnershipTeam.ID("laeselyst-i-roende"))
        #expect(team.memberIDs.contains(team.coordinatorID))
        #expect(team.memberIDs.count == 2)
        #expect(persistence.savedFiles.last == [.teams])
    }
}

@Suite("Percentages among a team's targets")
struct TeamTargetPercentTests {
    @Test("a target typed as \"90 % …\" is a percentage; of the children it is refused at the field")
    func percentTargets() throws {
        let strings = Strings(.danish)
        let parsed = TeamForm.targets(
            "90 % af opgaverne løst til tiden [opgaver]; 7 skoler [skoler]", keeping: [], strings)
        let targets = try parsed.get()
        #expect(targets.map(\.unit) == [.percent, .count])
        #expect(targets[0].target == 90 && targets[0].measure == .tasksDoneOnTime)
        guard case .failure(let problem) = TeamForm.targets("50 % af børnene [børn]", keeping: [], strings) else {
            Issue.record("a percentage of the children was taken")
            return
        }
        #expect(
            problem.message.contains("En procent kan kun tælles af opgaverne")
                && problem.message.contains("„50 % af børnene [børn]“"))
    }
}
