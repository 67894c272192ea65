import Foundation
import Testing

@testable import DepotCore

@Suite("Where every crate and item is, from the deposits")
struct WhereaboutsTests {
    @Test func cratesArePackedOutOrHomeAsTheirNewestDepositSays() throws {
        let data = try sampleLibrary()
        let whereabouts = Whereabouts(data: data)
        let violen = try #require(data.partners.first { $0.name == "Børnehaven Violen" })
        guard case .out(let partner, let deposit, _, let due) = whereabouts.place(ofCrate: "K007") else {
            Issue.record("K007 is not out: \(whereabouts.place(ofCrate: "K007"))")
            return
        }
        #expect(partner == violen.id && deposit == "D2026-0027" && due == Fixtures.day("2026-11-04"))
        #expect(whereabouts.place(ofCrate: "K040") == .packed(partner: "P002", deposit: "D2026-0055", visit: nil))
        #expect(whereabouts.place(ofCrate: "K018") == .inRepair)
        let home = try #require(data.crates.first { $0.state == .home })
        #expect(whereabouts.place(ofCrate: home.id) == .home)
    }

    @Test func anItemOutIsAtItsPartnerNotAvailable() throws {
        let data = try sampleLibrary()
        let whereabouts = Whereabouts(data: data)
        // The issue's example: 5000100002352, in K007 at Violen.
        guard case .atPartner(let partner, let deposit, let crate, _, _) = whereabouts.place(ofItem: "5000100002352")
        else {
            Issue.record("not at a partner: \(whereabouts.place(ofItem: "5000100002352"))")
            return
        }
        #expect(partner == "P018" && deposit == "D2026-0027" && crate == "K007")
    }

    /// Every book's place as the newest deposit that names it says, each book's state worked out one by one: the
    /// quick way for deposits without exceptions must agree, on a generated town with years of returned deposits,
    /// books lost and kept back, and a few of them lent again afterwards.
    @Test func everyBookIsWhereItsNewestDepositSaysBookByBook() {
        var data = LibraryGenerator(scale: .town, seed: 17, today: Day(year: 2026, month: 11, day: 23)!).generate()
        // Books lost or kept back on an old deposit, then lent again on a later one that is out or came home.
        let returned = data.deposits.indices.filter { data.deposits[$0].returnedOn != nil }
        for (number, index) in returned.prefix(40).enumerated() {
            let barcode = data.deposits[index].itemBarcodes[0]
            let kind: Deposit.Exception.Kind = number % 2 == 0 ? .lost : .stillAtPartner
            data.deposits[index].exceptions.append(
                Deposit.Exception(barcode: barcode, kind: kind, recordedOn: data.deposits[index].returnedOn!))
        }
        var expected: [Item.ID: Whereabouts.ItemPlace] = [:]
        for deposit in data.deposits {
            for (barcode, state) in deposit.itemStates {
                switch state {
                case .atPartner:
                    let packedIn = data.crates.first { $0.itemBarcodes.contains(barcode) }?.id
                    let crate = packedIn.flatMap { deposit.crateIDs.contains($0) ? $0 : nil } ?? deposit.crateIDs.first
                    expected[barcode] = .atPartner(
                        partner: deposit.partnerID, deposit: deposit.id, crate: deposit.returnedOn == nil ? crate : nil,
                        since: deposit.dispatchedOn ?? deposit.createdOn, due: deposit.dueOn)
                case .lost: expected[barcode] = .lost(deposit: deposit.id)
                case .notSent, .returned: expected[barcode] = nil
                }
            }
        }
        let whereabouts = Whereabouts(data: data)
        var lentCount = 0
        for item in data.items {
            let place = whereabouts.place(ofItem: item.barcode)
            if let lent = expected[item.barcode] {
                lentCount += 1
                #expect(place == lent, "\(item.barcode)")
            } else {
                switch place {
                case .atPartner, .lost(deposit: _?): Issue.record("\(item.barcode) is \(place), no deposit has it")
                default: break
                }
            }
        }
        #expect(lentCount > 100)
    }

    @Test func aBookKeptBackIsAtThePartnerWithoutItsCrateUntilFound() throws {
        var data = try sampleLibrary()
        let index = try #require(data.deposits.firstIndex { $0.id == "D2026-0027" })
        let kept = data.deposits[index].itemBarcodes[0]
        data.deposits[index].returnedOn = Fixtures.day("2026-12-02")
        data.deposits[index].exceptions.append(
            .init(barcode: kept, kind: .stillAtPartner, recordedOn: Fixtures.day("2026-12-02")))
        var whereabouts = Whereabouts(data: data)
        #expect(whereabouts.place(ofCrate: "K007") == .home)
        #expect(whereabouts.partlyReturned == ["D2026-0027"])
        guard case .atPartner(_, _, let crate, _, _) = whereabouts.place(ofItem: kept) else {
            Issue.record("not at the partner")
            return
        }
        #expect(crate == nil)
        data.deposits[index].exceptions.append(
            .init(barcode: kept, kind: .lost, recordedOn: Fixtures.day("2026-12-20")))
        whereabouts = Whereabouts(data: data)
        #expect(whereabouts.place(ofItem: kept) == .lost(deposit: "D2026-0027"))
        #expect(whereabouts.partlyReturned.isEmpty)
    }

    @Test func checkReportsACrateAndAnItemThatDisagreeWithTheDeposits() throws {
        var data = try sampleLibrary()
        #expect(JourneyCheck.problems(in: data).isEmpty)
        let crate = try #require(data.crates.firstIndex { $0.id == "K007" })
        data.crates[crate].state = .home
        let item = try #require(data.items.firstIndex { $0.id == "5000100002352" })
        data.items[item].status = .lost
        let problems = JourneyCheck.problems(in: data)
        #expect(problems.map(\.recordID) == ["K007", "5000100002352"])
        #expect(problems[0].description.contains("crates.json, record K007: marked home, but deposit D2026-0027"))
        #expect(problems[1].description.hasPrefix("items/"))
    }
}

@Suite("The index after a change to deposits only")
struct IndexUpdateTests {
    @Test func updatingTheDepositsGivesTheSameLookUpsAsBuildingAnew() throws {
        var data = try sampleLibrary()
        var index = LibraryIndex(data)
        let position = try #require(data.deposits.firstIndex { $0.id == "D2026-0027" })
        data.deposits[position].returnedOn = Fixtures.day("2026-12-02")
        index.updateDeposits(of: data)
        let fresh = LibraryIndex(data)
        #expect(index.openDepositOfCrate == fresh.openDepositOfCrate)
        #expect(index.depositsOfPartner == fresh.depositsOfPartner)
        #expect(index.depositsOfCrate == fresh.depositsOfCrate)
        #expect(index.openDepositOfCrate["K007"] == nil)
        #expect(index.itemPosition == fresh.itemPosition)
    }
}
