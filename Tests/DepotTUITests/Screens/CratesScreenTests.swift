import Testing

@testable import DepotCore
@testable import DepotTUI

@Suite("Crates tab")
struct CratesScreenTests {
    @Test("a new crate is proposed the next free number, refused a taken one, and saved once corrected")
    func createCrate() throws {
        let persistence = RecordingPersistence()
        var state = ScreenTest.app(persistence: persistence)
        let next = CrateForm.nextID(ScreenTest.sample)
        let taken = ScreenTest.sample.crates[0].id
        state.press(.character("3"), .character("n"))
        var form = try #require(state.form)
        #expect(form.fields[0].text == next.rawValue)

        state.press(.control("u"))
        state.type(taken.rawValue)
        state.press(.tab)
        state.type("Bondegården")
        state.press(.control("s"))
        form = try #require(state.form, "a taken number keeps the form open")
        #expect(form.focus == 0)
        #expect(form.fields[0].error == state.strings.format(.fieldUnique, taken))
        #expect(persistence.savedFiles.isEmpty)

        state.press(.control("u"))
        state.type(next.rawValue.lowercased())
        state.press(.control("s"))
        #expect(state.form == nil)
        #expect(persistence.savedFiles == [[.crates]])
        let saved = try #require(state.context.data.crates.first { $0.id == next })
        #expect(saved.theme == "Bondegården")
        #expect(saved.state == .home)
        #expect(saved.itemBarcodes.isEmpty)
        #expect(state.activeTab == 2)
        #expect(state.cratesScreen?.selected(state.context)?.id == next)
        #expect(state.message == state.strings.format(.formSaved, "\(next) Bondegården"))
    }

    @Test("a failed save keeps the form open with what was typed and says why")
    func failedSave() throws {
        let persistence = RecordingPersistence()
        persistence.failure = RecordingPersistence.DiskFull()
        var state = ScreenTest.app(persistence: persistence)
        state.press(.character("3"), .character("n"), .tab)
        state.type("Kroppen")
        state.press(.control("s"))
        let form = try #require(state.form)
        #expect(form.fields[1].text == "Kroppen")
        #expect(form.message == state.strings.format(.saveFailed, "the disk is full"))
        #expect(state.message == state.strings.format(.saveFailed, "the disk is full"))
        #expect(state.context.data.crates == ScreenTest.sample.crates)
        let lines = ScreenTest.screen(&state)
        #expect(lines.contains { $0.contains("Kunne ikke gemme: the disk is full") })
    }

    @Test("a crate with a deposit history is not deleted, and the message says why")
    func deleteRefused() throws {
        let persistence = RecordingPersistence()
        var state = ScreenTest.app(persistence: persistence)
        let index = LibraryIndex(ScreenTest.sample)
        let crate = try #require(ScreenTest.sample.crates.first { index.depositsOfCrate[$0.id] != nil })
        state.press(.character("3"))
        state.show(.crate(crate.id))
        state.press(.character("d"))
        #expect(state.confirmation == nil)
        let trips = index.depositsOfCrate[crate.id]?.count ?? 0
        #expect(trips > 1)
        #expect(
            state.message == "Kasse \(crate.id) har været på \(trips) depoter og kan ikke slettes: historikken bevares")
        #expect(persistence.savedFiles.isEmpty)
    }

    @Test("an empty crate that never travelled is deleted after a yes")
    func deleteEmptyCrate() throws {
        var data = ScreenTest.sample
        data.crates.append(Crate(id: "K999", theme: "Fejl", ageBand: .toddlers))
        let persistence = RecordingPersistence()
        var state = ScreenTest.app(data: data, persistence: persistence)
        state.press(.character("3"))
        state.show(.crate("K999"))
        state.press(.character("d"))
        let question = try #require(state.confirmation?.question)
        #expect(question == state.strings.format(.confirmDeleteCrate, "K999"))
        state.press(.character("j"))
        #expect(persistence.savedFiles == [[.crates]])
        #expect(!state.context.data.crates.contains { $0.id == "K999" })
    }

    @Test("a crate's state is offered as home or in repair only while it is home")
    func editState() throws {
        var state = ScreenTest.app()
        let out = try #require(ScreenTest.sample.crates.first { $0.state == .out })
        let home = try #require(ScreenTest.sample.crates.first { $0.state == .home })
        state.press(.character("3"))
        state.show(.crate(out.id))
        state.press(.character("e"))
        #expect(state.form?.fields.map(\.label) == ["Tema", "Alder", "Noter"])
        state.press(.escape)
        state.show(.crate(home.id))
        state.press(.enter)
        let stateField = try #require(state.form?.fields[2])
        guard case .choice(let options) = stateField.kind else {
            Issue.record("the state is not a choice")
            return
        }
        #expect(options == ["hjemme", "til reparation"])
    }

    @Test("where a crate is: the partner's name while it is on an open deposit, else home")
    func whereColumn() throws {
        var state = ScreenTest.app()
        let context = state.context
        let out = try #require(context.data.crates.first { context.index.openDepositOfCrate[$0.id] != nil })
        let position = try #require(context.index.openDepositOfCrate[out.id])
        let partner = try #require(context.data.partner(context.data.deposits[position].partnerID, in: context.index))
        state.press(.character("3"))
        state.show(.crate(out.id))
        let lines = ScreenTest.screen(&state, width: 200, height: 40)
        #expect(lines.contains { $0.contains("Hvor") && $0.contains(partner.name) })
    }
}
