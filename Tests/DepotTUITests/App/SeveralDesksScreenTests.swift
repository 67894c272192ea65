import Foundation
import Testing

@testable import DepotCore
@testable import DepotTUI

/// Two screens on one library folder, each with its own store, as two desks are.
@Suite struct SeveralDesksScreenTests {
    final class Library {
        let path = NSTemporaryDirectory() + "depot-desks-\(UUID().uuidString.prefix(8))"

        init() throws {
            try LibraryStore.create(folder: path, with: ScreenTest.sample).close()
        }

        func desk() throws -> (AppState, LibraryStore) {
            let store = try LibraryStore(folder: path)
            let data = try store.load()
            let state = AppState(
                context: AppContext(data: data, today: ScreenTest.today, strings: Strings(.danish)),
                persistence: store)
            return (state, store)
        }

        deinit { try? FileManager.default.removeItem(atPath: path) }
    }

    @Test func aChangeAtOneDeskIsSeenAtTheOtherWithWhoDidIt() throws {
        let library = try Library()
        var (front, frontStore) = try library.desk()
        var (back, _) = try library.desk()
        frontStore.author = ScreenTest.sample.staff[0].id
        back.press(.character("3"))
        let crate = back.context.data.crates[0]

        front.press(.character("3"), .character("e"), .tab, .tab)
        front.type(" ny elastik")
        front.press(.control("s"))
        #expect(front.form == nil)

        back.pollLibrary()
        #expect(back.context.data.crates[0].notes?.hasSuffix("ny elastik") == true)
        #expect(back.message.contains(ScreenTest.sample.staff[0].name))
        #expect(back.message.contains(crate.id.rawValue))
        // The back office stays on its tab.
        #expect(back.activeTab == 2)

        // H shows who changed the selected crate.
        back.press(.character("H"))
        #expect(back.overlay is HistoryOverlay)
        let screen = ScreenTest.screen(&back).joined(separator: "\n")
        #expect(screen.contains(ScreenTest.sample.staff[0].name))
        #expect(screen.contains("Historik: \(crate.id)"))
    }

    @Test func aFileDamagedWhileTheScreenIsOpenIsNamedInTheScreensLanguage() throws {
        let library = try Library()
        var (back, _) = try library.desk()
        try Data(#"{"x": }"#.utf8).write(to: URL(fileURLWithPath: library.path + "/partners.json"))
        back.pollLibrary()
        #expect(back.message.contains("partners.json linje 1, kolonne 7: der skulle komme en værdi, men der står '}'"))
        #expect(!back.message.contains("expected a value"))
    }

    @Test func anOpenFormIsKeptAndWarnedAndTheSameRecordBecomesAChoice() throws {
        let library = try Library()
        var (front, _) = try library.desk()
        var (back, _) = try library.desk()
        back.press(.character("2"), .character("e"), .tab, .tab, .tab, .tab, .tab)
        back.type(" B")
        let typed = back.form?.fields.map(\.text)

        front.press(.character("2"), .character("e"), .tab, .tab, .tab, .tab, .tab)
        front.type(" A")
        front.press(.control("s"))
        #expect(front.form == nil)
        let edited = try #require(front.context.data.partners.firstIndex { $0.contact.name.hasSuffix(" A") })
        let partner = back.context.data.partners[edited]

        // The back office's form stays as typed, and says the record changed.
        back.pollLibrary()
        #expect(back.form?.fields.map(\.text) == typed)
        #expect(back.form?.message?.contains(partner.id.rawValue) == true)

        // Saving it does not overwrite the front desk's change: both versions are offered.
        back.press(.control("s"))
        #expect(back.form == nil)
        #expect(back.overlay is ConflictOverlay)
        let screen = ScreenTest.screen(&back).joined(separator: "\n")
        #expect(screen.contains("contact.name"))
        #expect(screen.contains("\(partner.contact.name) B"))
        #expect(screen.contains("\(partner.contact.name) A"))
        #expect(
            try LibraryStore(folder: library.path).load().partners[edited].contact.name == "\(partner.contact.name) A")

        // Choosing the back office's version of that field saves it.
        back.press(.left, .enter)
        #expect(back.overlay == nil)
        let saved = try LibraryStore(folder: library.path).load().partners[edited]
        #expect(saved.contact.name == "\(partner.contact.name) B")
        #expect(saved.name == partner.name)
    }

    @Test func escapeInTheChooserKeepsTheOtherDesksVersion() throws {
        let library = try Library()
        var (front, _) = try library.desk()
        var (back, _) = try library.desk()
        back.press(.character("2"), .character("e"), .tab, .tab, .tab, .tab, .tab)
        back.type(" B")
        front.press(.character("2"), .character("e"), .tab, .tab, .tab, .tab, .tab)
        front.type(" A")
        front.press(.control("s"))
        let edited = try #require(front.context.data.partners.firstIndex { $0.contact.name.hasSuffix(" A") })
        let partner = back.context.data.partners[edited]
        back.press(.control("s"))
        #expect(back.overlay is ConflictOverlay)
        back.press(.escape)
        #expect(back.overlay == nil)
        #expect(
            try LibraryStore(folder: library.path).load().partners[edited].contact.name == "\(partner.contact.name) A")
        #expect(back.context.data.partners[edited].contact.name == "\(partner.contact.name) A")
    }

    @Test func ctrlZAsksAndUndoesThisDesksLastChangeUnlessAnotherDeskChangedItSince() throws {
        let library = try Library()
        var (front, _) = try library.desk()
        var (back, _) = try library.desk()
        let original = front.context.data.crates[0]
        front.press(.character("3"), .character("e"), .tab, .tab)
        front.type(" ny elastik")
        front.press(.control("s"))
        #expect(front.context.data.crates[0] != original)

        front.press(.control("z"))
        let question = try #require(front.confirmation?.question)
        #expect(question.hasPrefix("Fortryd din sidste ændring: "))
        #expect(!question.contains("j = ja"), "the dialog says the keys once, under the question")
        #expect(MessagesFitTests.missingWords(question, on: ScreenTest.screen(&front)) == [], "shown whole at 80×24")
        front.press(.character("j"))
        #expect(front.context.data.crates[0] == original)
        #expect(try LibraryStore(folder: library.path).load().crates[0] == original)

        // Changed again here, then by the other desk: the undo would throw the other desk's change away.
        front.press(.character("e"), .tab, .tab)
        front.type(" igen")
        front.press(.control("s"))
        back.pollLibrary()
        back.press(.character("3"), .character("e"), .tab, .tab)
        back.type(" og bagfra")
        back.press(.control("s"))
        front.pollLibrary()
        front.press(.control("z"))
        #expect(front.confirmation == nil)
        #expect(front.message.contains("Kan ikke fortrydes"))
        #expect(try LibraryStore(folder: library.path).load().crates[0].notes?.hasSuffix("igen og bagfra") == true)
    }
}
