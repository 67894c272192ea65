import DepotCore
import Testing

@testable import DepotTUI

@Suite("A book kept back at a partner on the Overview")
struct KeptBackOverviewTests {
    @Test func aPartlyReturnedDepositStaysOnTheOverviewWithItsBooks() throws {
        var data = ScreenTest.sample
        // Due before the screen's today (23 November), brought home without one book.
        let index = try #require(
            data.deposits.firstIndex { $0.isOut && $0.dueOn < ScreenTest.today && $0.itemBarcodes.count > 2 })
        let partner = try #require(data.partners.first { $0.id == data.deposits[index].partnerID })
        data.deposits[index].returnedOn = ScreenTest.today.adding(days: -1)
        data.deposits[index].exceptions.append(
            .init(
                barcode: data.deposits[index].itemBarcodes[0], kind: .stillAtPartner,
                recordedOn: ScreenTest.today.adding(days: -1)))
        var state = ScreenTest.app(data: data)
        let screen = ScreenTest.screen(&state, width: 120, height: 40)
        let overdue = try #require(screen.firstIndex { $0.contains("Depoter over tid") })
        let row = try #require(screen[overdue...].first { $0.contains(partner.name) && $0.contains("1 bog") })
        #expect(row.contains("dage over") || row.contains("dag over"))
    }
}
