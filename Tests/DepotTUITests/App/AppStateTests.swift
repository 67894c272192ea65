import DepotCore
import Testing

@testable import DepotTUI

@Suite("Main screen")
struct AppStateTests {
    @Test func digitsSwitchTabsAndQQuits() {
        var state = AppFixtures.state()
        state.press(.character("2"))
        #expect(state.activeTab == 1)
        state.press(.character("5"), .character("9"))
        #expect(state.activeTab == 4)
        state.press(.character("q"))
        #expect(state.shouldQuit)
    }

    @Test func theTopBarShowsLibraryDateAndWeek() {
        var state = AppFixtures.state()
        let lines = AppFixtures.render(&state).lines()
        #expect(lines[0].hasPrefix("Syddjurs Bibliotekerne"))
        #expect(lines[0].hasSuffix("mandag 23. november 2026 · uge 48"))
        #expect(lines[1].hasPrefix(" 1 Overblik 2 Partnere 3 Kasser"))
    }

    @Test func englishIsAvailable() {
        var state = AppFixtures.state(language: .english)
        let lines = AppFixtures.render(&state).lines()
        #expect(lines[0].hasSuffix("Monday 23 November 2026 · week 48"))
        #expect(lines[1].hasPrefix(" 1 Overview 2 Partners"))
    }

    @Test func helpListsTheKeysOfTheScreen() {
        var state = AppFixtures.state()
        state.press(.character("2"), .character("?"))
        let text = AppFixtures.render(&state).lines().joined(separator: "\n")
        #expect(text.contains("Taster: Partnere"))
        #expect(text.contains("søg"))
        state.press(.escape)
        #expect(!state.isShowingHelp)
    }

    @Test func aTooSmallWindowAsksToBeMadeLarger() {
        var state = AppFixtures.state()
        let text = AppFixtures.render(&state, columns: 50, rows: 12).lines().joined(separator: "\n")
        #expect(text.contains("Gør vinduet større (mindst 60×16)"))
    }

    @Test func creatingAPartnerCorrectsAnInvalidFieldAndSaves() throws {
        let persistence = RecordingPersistence()
        var state = AppFixtures.state(persistence: persistence)
        state.press(.character("2"), .character("n"))
        state.type("Børnehuset Mælkebøtten")
        state.press(.tab, .tab)
        state.type("Skolevej 4")
        state.press(.tab)
        state.type("84x0")
        state.press(.tab)
        #expect(state.form?.fields[3].error == "skriv et helt tal, fx 45 (4)")
        state.press(.backTab, .backspace, .backspace, .backspace, .backspace)
        state.type("8400")
        state.press(.tab)
        state.type("Ebeltoft")
        state.press(.tab)
        state.type("Mette Holm")
        state.press(.control("s"))
        #expect(state.form == nil)
        #expect(persistence.savedFiles == [[.partners]])
        let saved = try #require(persistence.lastSaved?.partners.first { $0.name == "Børnehuset Mælkebøtten" })
        #expect(saved.address == Address(street: "Skolevej 4", postalCode: "8400", city: "Ebeltoft"))
        #expect(saved.contact.name == "Mette Holm")
        #expect(state.context.data.partners.contains(saved))
        #expect(state.message == "Gemt: Børnehuset Mælkebøtten")
    }

    @Test func aFailedSaveKeepsTheFormAndWhatWasTyped() {
        let persistence = RecordingPersistence()
        persistence.failure = StoreError.changedOnDisk(file: "partners.json")
        var state = AppFixtures.state(persistence: persistence)
        state.press(.character("2"), .character("e"))
        let name = state.form?.fields[0].text
        state.type(" Nord")
        state.press(.control("s"))
        #expect(state.form?.fields[0].text == "\(name ?? "") Nord")
        #expect(state.form?.message?.hasPrefix("Kunne ikke gemme: partners.json blev ændret") == true)
        #expect(state.context.data == AppFixtures.sample)
    }

    @Test func escapeAsksBeforeThrowingAwayTypedText() {
        var state = AppFixtures.state()
        state.press(.character("2"), .character("n"))
        state.type("Ny")
        state.press(.escape)
        #expect(state.form?.isAskingToDiscard == true)
        state.press(.character("n"))
        #expect(state.form?.fields[0].text == "Ny")
        state.press(.escape, .character("j"))
        #expect(state.form == nil)
    }

    @Test func endingAPartnerAsksFirst() {
        let persistence = RecordingPersistence()
        var state = AppFixtures.state(persistence: persistence)
        state.press(.character("2"), .character("d"))
        #expect(state.confirmation != nil)
        state.press(.character("n"))
        #expect(persistence.savedFiles.isEmpty)
        state.press(.character("d"), .character("j"))
        #expect(persistence.savedFiles == [[.partners]])
        #expect(state.context.data.partners.contains { $0.endedOn == AppFixtures.today })
    }

    @Test func aReadOnlyLibraryRefusesForms() {
        var state = AppFixtures.state(readOnlyReason: "Depot is already open on this library")
        state.press(.character("2"), .character("n"))
        #expect(state.form == nil)
        #expect(state.message == "Depot is already open on this library")
        #expect(AppFixtures.render(&state).lines()[0].contains("KUN LÆSNING"))
    }

    @Test func filteringPartnersMatchesDanishLettersAndIgnoresCase() {
        var state = AppFixtures.state()
        state.press(.character("2"), .character("/"))
        state.type("BØRNEHUSET")
        let lines = AppFixtures.render(&state).lines()
        let expected = AppFixtures.sample.partners.filter { $0.name.localizedCaseInsensitiveContains("børnehuset") }
        #expect(!expected.isEmpty)
        #expect(lines[2].contains("Partnere (\(expected.count) af \(AppFixtures.sample.partners.count))"))
        #expect(lines[4].contains("Børnehuset"))
        #expect(lines.contains { $0.contains("Søg: BØRNEHUSET") })
        state.press(.escape)
        #expect(AppFixtures.render(&state).lines()[2].contains("Partnere (\(AppFixtures.sample.partners.count))"))
    }

    @Test func theFilterFoldsDanishLettersBothWays() {
        #expect(SearchText("Århus Børnehus").contains(SearchText("aarhus boernehus")))
        #expect(SearchText("Soeren").contains(SearchText("SØREN")))
        #expect(SearchText("Café Ærø").contains(SearchText("cafe aeroe")))
        #expect(!SearchText("Bamse").contains(SearchText("bamsé og")))
    }

    @Test func unknownTextKeysDoNotExist() {
        for language in Language.allCases {
            let missing = Strings.missingTexts(in: language)
            #expect(missing.isEmpty, "\(language): \(missing)")
        }
    }

    @Test(arguments: [(80, 24), (120, 40), (140, 45)])
    func everyTabMatchesItsSnapshot(columns: Int, rows: Int) {
        var state = AppFixtures.state()
        for (number, name) in ["overview", "partners", "crates", "items", "deposits"].enumerated() {
            state.press(.character(Character(String(number + 1))))
            expectSnapshot(
                AppFixtures.render(&state, columns: columns, rows: rows), named: "\(name)-\(columns)x\(rows)")
        }
    }

    @Test func aFormTakesADateAsTyped() throws {
        let persistence = RecordingPersistence()
        var state = AppFixtures.state(persistence: persistence)
        state.press(.character("2"), .character("e"))
        let endedField = try #require(state.form?.fields.firstIndex { $0.label == "Ophørt" })
        for _ in 0..<endedField { state.press(.tab) }
        state.type("snart")
        state.press(.tab)
        #expect(state.form?.fields[endedField].error == "skriv en dato: 2026-12-01, 1/12, +3m eller uge 49")
        state.press(.backTab)
        for _ in 0..<5 { state.press(.backspace) }
        state.type("uge 49")
        state.press(.control("s"))
        #expect(state.form == nil)
        #expect(persistence.lastSaved?.partners.contains { $0.endedOn == Day(year: 2026, month: 11, day: 30) } == true)
    }
}

@Suite("Overview")
struct OverviewTests {
    @Test func overdueTasksOfTheTeamShowOnTheOverview() throws {
        let overdue = overdueTasks(AppFixtures.sample, AppFixtures.today)
        let first = try #require(overdue.first)
        var state = AppFixtures.state()
        let text = AppFixtures.render(&state, columns: 120, rows: 40).lines().joined(separator: "\n")
        #expect(text.contains("Opgaver over fristen eller med frist inden for 7 dage"))
        #expect(text.contains(String(first.task.title.prefix(20))))
    }

    @Test func tasksDueWithinTheWeekShowOnTheOverviewToo() throws {
        var data = AppFixtures.sample
        let team = try #require(data.teams.first)
        data.teams[0].tasks.append(
            EventTask(
                title: "Ring til Rønde Skole", ownerID: team.coordinatorID, dueOn: AppFixtures.today.adding(days: 3)))
        data.teams[0].tasks.append(
            EventTask(title: "Bestil præmier", ownerID: team.coordinatorID, dueOn: AppFixtures.today.adding(days: 8)))
        var state = AppState(
            context: AppContext(data: data, today: AppFixtures.today, strings: Strings(.danish)),
            persistence: RecordingPersistence())
        let text = AppFixtures.render(&state, columns: 120, rows: 40).lines().joined(separator: "\n")
        let line = try #require(text.split(separator: "\n").first { $0.contains("Ring til Rønde Skole") })
        #expect(line.contains("om 3 dage"))
        #expect(!text.contains("Bestil præmier"))
    }
}
