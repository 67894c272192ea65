import Foundation
import Testing

@testable import DepotCore
@testable import DepotTUI

@Suite("Items tab")
struct ItemsScreenTests {
    /// A word with æ, ø or å from a title in the sample, and how many items its filter should match.
    static func danishWord() throws -> (word: String, matches: Int) {
        let items = ScreenTest.sample.items
        let word = try #require(
            items.lazy.flatMap { $0.title.split(separator: " ") }
                .first { $0.count >= 4 && $0.contains(where: { "æøåÆØÅ".contains($0) }) }
                .map(String.init))
        let folded = SearchText(word)
        let matches = items.filter { SearchText("\($0.barcode) \($0.title) \($0.author ?? "")").contains(folded) }
        return (word, matches.count)
    }

    @Test("filtering by a Danish title narrows the list, whether typed with ø or oe")
    func filterByTitle() throws {
        let (word, expected) = try Self.danishWord()
        let total = ScreenTest.sample.items.count
        #expect(expected > 0 && expected < total)
        var state = ScreenTest.app()
        state.press(.character("4"), .character("/"))
        #expect(state.tabs[3].isCapturingText)
        state.type(word)
        var lines = ScreenTest.screen(&state)
        #expect(lines[2].contains("Materialer (\(expected) af \(total))"))
        #expect(lines.contains { $0.contains("Søg: \(word)") })
        let selected = try #require(state.itemsScreen?.selected(state.context))
        #expect(SearchText("\(selected.title) \(selected.author ?? "")").contains(SearchText(word)))

        state.press(.enter)
        #expect(!state.tabs[3].isCapturingText)
        state.press(.character("/"), .control("u"))
        let ascii = word.replacingOccurrences(of: "ø", with: "oe").replacingOccurrences(of: "æ", with: "ae")
            .replacingOccurrences(of: "å", with: "aa")
        state.type(ascii)
        lines = ScreenTest.screen(&state)
        #expect(lines[2].contains("Materialer (\(expected) af \(total))"))

        state.press(.escape)
        lines = ScreenTest.screen(&state)
        #expect(lines[2].contains("Materialer (\(total))"))
    }

    @Test("withdrawing an item asks first, then saves the catalogue with the item withdrawn")
    func withdrawAsksFirst() throws {
        let persistence = RecordingPersistence()
        var state = ScreenTest.app(persistence: persistence)
        let whereabouts = state.context.whereabouts
        let item = try #require(
            ScreenTest.sample.items.first { item in
                guard item.status == .available else { return false }
                if case .shelf = whereabouts.place(ofItem: item.barcode) { return true }
                return false
            })
        state.press(.character("4"))
        state.show(.item(item.barcode))
        state.press(.character("d"))
        let question = try #require(state.confirmation?.question)
        #expect(question == state.strings.format(.confirmWithdrawItem, item.barcode, item.title))
        #expect(persistence.savedFiles.isEmpty)

        state.press(.character("n"))
        #expect(state.confirmation == nil)
        #expect(persistence.savedFiles.isEmpty)

        state.press(.character("d"), .character("j"))
        #expect(persistence.savedFiles == [[.items(of: item.barcode)]])
        #expect(state.context.data.item(item.barcode, in: state.context.index)?.status == .withdrawn)
        #expect(state.context.data.items.count == ScreenTest.sample.items.count)
        #expect(state.itemsScreen?.selected(state.context)?.barcode == item.barcode)

        state.press(.character("d"))
        #expect(state.confirmation == nil)
        #expect(state.message == state.strings.format(.alreadyWithdrawn, item.title))
    }

    @Test("a book a deposit has out, or packed for one, is not withdrawn: the message says where it is")
    func withdrawRefusedWhileOnADeposit() throws {
        let persistence = RecordingPersistence()
        var state = ScreenTest.app(persistence: persistence)
        let whereabouts = state.context.whereabouts
        state.press(.character("4"))
        var refused = 0
        for item in ScreenTest.sample.items where item.status == .available {
            let expected: String
            switch whereabouts.place(ofItem: item.barcode) {
            case .atPartner(let partner, let deposit, _, _, _):
                let name = try #require(state.context.data.partners.first { $0.id == partner }?.name)
                expected = state.strings.format(.cannotWithdrawAtPartner, item.title, name, deposit)
                #expect(expected.contains(name) && !expected.contains(partner.rawValue))
            case .packed(let crate, _, let deposit):
                expected = state.strings.format(.cannotWithdrawPacked, item.title, crate, deposit)
            default: continue
            }
            state.show(.item(item.barcode))
            state.press(.character("d"))
            #expect(state.confirmation == nil, "\(item.barcode)")
            #expect(state.message == expected)
            refused += 1
            if refused == 3 { break }
        }
        #expect(refused > 0)
        #expect(persistence.savedFiles.isEmpty)
    }

    @Test("a new item takes a unique barcode, a title and a price written with a comma")
    func createItem() throws {
        let persistence = RecordingPersistence()
        var state = ScreenTest.app(persistence: persistence)
        let taken = ScreenTest.sample.items[0].barcode
        state.press(.character("4"), .character("n"))
        state.type(taken.rawValue)
        state.press(.tab)
        state.type("Ællingen på ålejagt")
        state.press(.tab, .tab, .right, .tab, .tab, .tab)
        state.type("249,95")
        state.press(.control("s"))
        #expect(state.form?.fields[0].error == state.strings.format(.fieldUnique, taken))

        state.press(.control("u"))
        state.type("9788700000017")
        state.press(.control("s"))
        #expect(state.form == nil)
        #expect(persistence.savedFiles == [[.items(of: "9788700000017")]])
        let item = try #require(state.context.data.item("9788700000017", in: state.context.index))
        #expect(item.title == "Ællingen på ålejagt")
        #expect(item.price == Money(minorUnits: 24_995))
        #expect(item.ageBand == .school)
        #expect(item.status == .available)
        #expect(state.itemsScreen?.selected(state.context)?.barcode == "9788700000017")
        let ids = state.context.data.items.map(\.id)
        #expect(ids == ids.sorted())
    }

    @Test("the edit form has no barcode field and keeps the status")
    func editItem() throws {
        let persistence = RecordingPersistence()
        var state = ScreenTest.app(.english, persistence: persistence)
        let item = try #require(ScreenTest.sample.items.first { $0.status == .lost })
        state.press(.character("4"))
        state.show(.item(item.barcode))
        state.press(.character("e"))
        let form = try #require(state.form)
        #expect(form.title.contains(item.barcode.rawValue))
        #expect(!form.fields.contains { $0.label == state.strings[.fieldBarcode] })
        #expect(form.fields.last?.text == item.price.description)
        state.press(.control("u"))
        state.type("Ny titel")
        state.press(.control("s"))
        #expect(persistence.savedFiles == [[.items(of: item.barcode)]])
        let saved = try #require(state.context.data.item(item.barcode, in: state.context.index))
        #expect(saved.title == "Ny titel")
        #expect(saved.status == .lost)
    }

    @Test("the detail lists the deposits the selected item was on")
    func itemDeposits() throws {
        let data = ScreenTest.sample
        let deposit = try #require(data.deposits.first { $0.returnedOn != nil && !$0.itemBarcodes.isEmpty })
        let partner = try #require(data.partners.first { $0.id == deposit.partnerID })
        var state = ScreenTest.app()
        state.press(.character("4"))
        state.show(.item(deposit.itemBarcodes[0]))
        let lines = ScreenTest.screen(&state, width: 200, height: 60)
        let returned = try #require(deposit.returnedOn)
        #expect(lines.contains { $0.contains("→ \(DayText(.danish).numeric(returned))  \(partner.name)") })
    }

    @Test("the selected item's deposit history follows a change to the deposits, and survives one to the items")
    func historyFollowsDeposits() throws {
        let data = ScreenTest.sample
        let position = try #require(data.deposits.indices.last { !data.deposits[$0].itemBarcodes.isEmpty })
        let barcode = data.deposits[position].itemBarcodes[0]
        let other = try #require(data.partners.first { $0.id != data.deposits[position].partnerID })
        var state = ScreenTest.app()
        state.press(.character("4"))
        state.show(.item(barcode))
        // The history's lines, "20.09.2026 → 1.11.2026  Børnehaven …": the only ones with an arrow.
        func history(_ state: inout AppState) -> String {
            ScreenTest.screen(&state, width: 160, height: 60).filter { $0.contains("→") }.joined(separator: "\n")
        }
        let before = history(&state)
        #expect(before.contains(data.partners.first { $0.id == data.deposits[position].partnerID }!.name), "\(before)")
        #expect(!before.contains(other.name))

        // Another item's title changes (the deposits are the same): the history is shown as it was.
        var retitled = state.context.data
        let elsewhere = try #require(retitled.items.indices.first { retitled.items[$0].barcode != barcode })
        retitled.items[elsewhere].title = "Ny titel"
        state.takeWholeLibrary(retitled)
        #expect(state.itemsScreen?.selected(state.context)?.barcode == barcode)
        #expect(!history(&state).contains(other.name))

        // Another partner had it on a new deposit: the history says so.
        var moved = state.context.data
        var again = moved.deposits[position]
        again.id = "D2099-0001"
        again.partnerID = other.id
        moved.deposits.append(again)
        state.takeWholeLibrary(moved)
        state.show(.item(barcode))
        #expect(history(&state).contains(other.name))
    }
}
