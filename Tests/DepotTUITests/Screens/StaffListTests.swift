import Testing

@testable import DepotCore
@testable import DepotTUI

@Suite("Staff in the Partners tab")
struct StaffListTests {
    @Test("s switches the Partners tab to the staff and back")
    func toggle() {
        var state = ScreenTest.app()
        state.press(.character("2"), .character("s"))
        #expect(state.partnersScreen?.isShowingStaff == true)
        var lines = ScreenTest.screen(&state)
        #expect(lines[2].contains("Medarbejdere (\(ScreenTest.sample.staff.count))"))
        #expect(ScreenTest.garbage(in: lines, width: 80) == [])
        #expect(lines.contains { $0.contains(ScreenTest.sample.staff[0].name) })
        lines = ScreenTest.screen(&state, width: 120, height: 40)
        #expect(ScreenTest.garbage(in: lines, width: 120) == [])
        state.press(.character("s"))
        #expect(state.partnersScreen?.isShowingStaff == false)
        #expect(ScreenTest.screen(&state)[2].contains("Partnere ("))
    }

    @Test("a new staff member is saved to the staff file and selected")
    func createStaff() throws {
        let persistence = RecordingPersistence()
        var state = ScreenTest.app(persistence: persistence)
        state.press(.character("2"), .character("s"), .character("n"))
        state.type("Mette Holm")
        state.press(.tab, .right, .tab)
        state.type("Marienhøj Skole")
        state.press(.tab)
        state.type("skolebibliotekar")
        state.press(.tab)
        state.type("mette holm")
        state.press(.control("s"))
        #expect(state.form?.fields[4].error == state.strings[.fieldEmailFormat])
        state.press(.control("u"))
        state.type("mette@marienhoej.dk")
        state.press(.control("s"))
        #expect(state.form == nil)
        #expect(persistence.savedFiles == [[.staff]])
        let member = try #require(state.context.data.staff.first { $0.name == "Mette Holm" })
        #expect(member.affiliation == .init(kind: .school, institution: "Marienhøj Skole"))
        #expect(member.id == StaffForm.nextID(ScreenTest.sample))
        let lines = ScreenTest.screen(&state)
        #expect(lines.contains { $0.contains("─ Mette Holm ─") })
    }

    @Test("d marks a staff member as stopped today, after a yes")
    func endStaff() throws {
        let persistence = RecordingPersistence()
        var state = ScreenTest.app(persistence: persistence)
        let member = ScreenTest.sample.staff[0]
        state.press(.character("2"), .character("s"), .character("d"))
        #expect(state.confirmation?.question == state.strings.format(.confirmEndStaff, member.name))
        state.press(.character("j"))
        #expect(persistence.savedFiles == [[.staff]])
        #expect(state.context.data.staff[0].endedOn == ScreenTest.today)
        state.press(.character("d"))
        #expect(state.confirmation == nil)
        #expect(state.message == state.strings.format(.alreadyEnded, member.name))
    }
}
