import DepotCore
import Testing

@testable import DepotTUI

/// After a saved change the screen works out again only what the changed files feed (the look-ups, where
/// things are, the filter's texts). Each test checks that the result is what building everything afresh gives.
@Suite("Refreshing after a change updates only what the change touched")
struct IncrementalRefreshTests {
    private func expectSameLookUps(
        _ context: AppContext, _ step: String, sourceLocation: SourceLocation = #_sourceLocation
    ) {
        let data = context.data
        let fresh = LibraryIndex(data)
        let index = context.index
        #expect(index.itemPosition == fresh.itemPosition, "\(step): items", sourceLocation: sourceLocation)
        #expect(index.cratePosition == fresh.cratePosition, "\(step): crates", sourceLocation: sourceLocation)
        #expect(index.partnerPosition == fresh.partnerPosition, "\(step): partners", sourceLocation: sourceLocation)
        #expect(index.staffPosition == fresh.staffPosition, "\(step): staff", sourceLocation: sourceLocation)
        #expect(index.crateOfItem == fresh.crateOfItem, "\(step): crate of item", sourceLocation: sourceLocation)
        #expect(
            index.openDepositOfCrate == fresh.openDepositOfCrate, "\(step): deposits", sourceLocation: sourceLocation)
        #expect(index.depositsOfPartner == fresh.depositsOfPartner, "\(step): deposits", sourceLocation: sourceLocation)
        #expect(index.depositsOfCrate == fresh.depositsOfCrate, "\(step): deposits", sourceLocation: sourceLocation)
        let whereabouts = Whereabouts(data: data)
        let wrong = data.items.filter { context.whereabouts.place(ofItem: $0.id) != whereabouts.place(ofItem: $0.id) }
        #expect(wrong.isEmpty, "\(step): \(wrong.count) items misplaced", sourceLocation: sourceLocation)
        let crates = data.crates.filter {
            context.whereabouts.place(ofCrate: $0.id) != whereabouts.place(ofCrate: $0.id)
        }
        #expect(crates.isEmpty, "\(step): \(crates.count) crates misplaced", sourceLocation: sourceLocation)
    }

    /// The screen opens on the library without its catalogue but for a few books, works out the whereabouts while
    /// the catalogue is read, and keeps them when the whole library comes in: the books' statuses must then be the
    /// whole catalogue's (written off, damaged, withdrawn), not the few books'.
    @Test func whereaboutsWorkedOutBeforeTheCatalogueHoldForTheWholeLibrary() throws {
        var whole = ScreenTest.sample
        let available = whole.items.indices.filter { whole.items[$0].status == .available }
        whole.items[available[0]].status = .lost
        whole.items[available[1]].status = .damaged
        whole.items[available[2]].status = .withdrawn
        var part = whole
        part.items = ItemCatalogue(whole.items.prefix(5))
        var context = AppContext(data: part, today: ScreenTest.today, strings: Strings(.danish))
        context.prepareWhereabouts()
        context.replaceData(whole)
        expectSameLookUps(context, "the whole library taken in")
        #expect(context.whereabouts.place(ofItem: whole.items[available[1]].id) == .damaged)
        // Deposits changed meanwhile (another desk): worked out again from the whole library.
        var changed = whole
        let open = try #require(changed.deposits.indices.last { changed.deposits[$0].returnedOn == nil })
        changed.deposits[open].returnedOn = ScreenTest.today
        var other = AppContext(data: part, today: ScreenTest.today, strings: Strings(.danish))
        other.prepareWhereabouts()
        other.replaceData(changed)
        expectSameLookUps(other, "deposits changed while the catalogue was read")
    }

    @Test func lookUpsAfterChangesToSomeFilesAreThoseOfTheWholeLibrary() throws {
        var context = AppContext(data: ScreenTest.sample, today: ScreenTest.today, strings: Strings(.danish))
        _ = context.whereabouts.place(ofItem: context.data.items[0].id)

        // Items of one shard written off and withdrawn, with the whereabouts already built.
        var data = context.data
        let available = data.items.indices.filter { data.items[$0].status == .available }
        data.items[available[0]].status = .lost
        data.items[available[1]].status = .withdrawn
        let lostAgain = try #require(data.items.indices.first { data.items[$0].status == .lost && $0 != available[0] })
        data.items[lostAgain].status = .available
        context.replaceData(
            data,
            touched: [
                .items(of: data.items[available[0]].id), .items(of: data.items[available[1]].id),
                .items(of: data.items[lostAgain].id),
            ])
        expectSameLookUps(context, "statuses changed")
        #expect(context.whereabouts.place(ofItem: data.items[available[0]].id) == .lost(deposit: nil))

        // An item added: every position after it moves.
        data = context.data
        data.items.upsert(Item(barcode: "0000000000017", title: "Først", ageBand: .toddlers, price: .zero))
        context.replaceData(data, touched: [.items(of: "0000000000017")])
        expectSameLookUps(context, "an item added")

        // A crate repacked, a deposit returned, a partner renamed, a staff member added.
        data = context.data
        let crate = try #require(data.crates.indices.first { !data.crates[$0].itemBarcodes.isEmpty })
        data.crates[crate].itemBarcodes.removeFirst()
        context.replaceData(data, touched: [.crates])
        expectSameLookUps(context, "a crate repacked")

        // Deposits renewed or moved: nothing moves, the crates' and items' days change.
        data = context.data
        let out = try #require(
            data.deposits.indices.last { data.deposits[$0].dispatchedOn != nil && data.deposits[$0].returnedOn == nil })
        data.deposits[out].dueOn = data.deposits[out].dueOn.adding(days: 28)
        data.deposits[out].renewals += 1
        var touched: Set<StoreFile> = [.deposits(data.season(of: data.deposits[out]))]
        if let packed = data.deposits.indices.last(where: { data.deposits[$0].dispatchedOn == nil }) {
            data.deposits[packed].visitOn = ScreenTest.today.adding(days: 3)
            touched.insert(.deposits(data.season(of: data.deposits[packed])))
        }
        context.replaceData(data, touched: touched)
        expectSameLookUps(context, "a deposit renewed")
        let crateOut = try #require(data.deposits[out].crateIDs.first)
        guard case .out(_, _, _, let due) = context.whereabouts.place(ofCrate: crateOut) else {
            Issue.record("the renewed deposit's crate is not out")
            return
        }
        #expect(due == data.deposits[out].dueOn)

        data = context.data
        let open = try #require(data.deposits.indices.last { data.deposits[$0].returnedOn == nil })
        data.deposits[open].returnedOn = ScreenTest.today
        context.replaceData(data, touched: [.deposits(data.season(of: data.deposits[open]))])
        expectSameLookUps(context, "a deposit returned")

        data = context.data
        data.partners[0].name += " (ny)"
        data.partners.remove(at: 1)
        context.replaceData(data, touched: [.partners])
        expectSameLookUps(context, "partners changed")
    }

    @Test func theFilterTextsOfUnchangedItemsAreReusedAndChangedOnesFoldedAgain() {
        func fresh(_ items: ItemCatalogue) -> [SearchText] {
            items.map { SearchText("\($0.barcode) \($0.title) \($0.author ?? "")") }
        }
        func texts(of items: ItemCatalogue, reusing previous: (items: ItemCatalogue, corpus: SearchCorpus))
            -> SearchCorpus
        {
            ItemsScreen.searchCorpus(of: items, reusing: previous)
        }
        func each(_ corpus: SearchCorpus) -> [SearchText] { (0..<corpus.count).map(corpus.text(at:)) }
        // More than one chunk of 1,024 items, so that some chunks are copied and others folded again.
        var items = ScreenTest.sample.items
        for number in 0..<2_500 {
            items.upsert(
                Item(
                    barcode: Item.ID(String(7_000_100_000_000 + number)), title: "Æblet \(number)",
                    author: number % 4 == 0 ? nil : "Søren \(number % 9)", ageBand: .preschool, price: .zero))
        }
        let first = texts(of: items, reusing: ([], SearchCorpus([])))
        #expect(each(first) == fresh(items))
        // Edited in place: only the changed chunks are folded again, the others copied.
        var edited = items
        edited[5].title = "Cykelmyggen Egon"
        edited[edited.count - 1].author = "Ny Forfatter"
        edited[7].price = Money(kroner: 1)
        #expect(each(texts(of: edited, reusing: (items, first))) == fresh(edited))
        var changed = items
        changed[3].title = "Bamse og Kylling"
        changed[9].author = nil
        changed.remove(at: 12)
        changed.upsert(Item(barcode: "0000000000017", title: "Først", ageBand: .toddlers, price: .zero))
        #expect(each(texts(of: changed, reusing: (items, first))) == fresh(changed))
        // Out of order, nothing is mixed up either.
        items.reverse()
        #expect(each(texts(of: items, reusing: (changed, SearchCorpus(fresh(changed))))) == fresh(items))
    }

    /// A first fold of many chunks of items, shared out among the cores, gives each item its own text, in order.
    @Test func theFirstFoldOfAManyItemCatalogueIsFoldedOnAllCoresInOrder() {
        let titles = ["Æblet", "Bamse på ferie", "Søren og Mette", "Café Élan", "Dino"]
        let items = ItemCatalogue(
            (0..<10_001).map { number in
                Item(
                    barcode: Item.ID(String(5_000_100_000_000 + number * 7)), title: "\(titles[number % 5]) \(number)",
                    author: number % 3 == 0 ? nil : "Forfatter \(number % 11)", ageBand: .preschool, price: .zero)
            })
        let corpus = ItemsScreen.searchCorpus(of: items, reusing: ([], SearchCorpus([])))
        #expect(
            (0..<corpus.count).map(corpus.text(at:))
                == items.map { SearchText("\($0.barcode) \($0.title) \($0.author ?? "")") })
    }

    @Test func theDepositsFilterTextsFollowAPartnerRenamedAndADepositChanged() {
        let context = AppContext(data: ScreenTest.sample, today: ScreenTest.today, strings: Strings(.danish))
        func fresh(_ data: LibraryData) -> [SearchText] {
            let index = LibraryIndex(data)
            return data.deposits.map { deposit in
                let partner = data.partner(deposit.partnerID, in: index)?.name ?? ""
                return SearchText("\(partner) \(deposit.id) \(deposit.crateIDs.map(\.rawValue).joined(separator: " "))")
            }
        }
        var data = context.data
        let first = DepositsScreen.searchTexts(of: data, LibraryIndex(data), reusing: ([], [], []))
        #expect(first == fresh(data))
        let before = data
        data.deposits[2].crateIDs.removeLast()
        #expect(
            DepositsScreen.searchTexts(of: data, LibraryIndex(data), reusing: (before.deposits, before.partners, first))
                == fresh(data))
        let renamed = data
        data.partners[0].name = "Et nyt navn"
        #expect(
            DepositsScreen.searchTexts(
                of: data, LibraryIndex(data), reusing: (renamed.deposits, renamed.partners, fresh(renamed)))
                == fresh(data))
    }
}
