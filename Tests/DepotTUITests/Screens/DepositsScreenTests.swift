import Testing

@testable import DepotCore
@testable import DepotTUI

@Suite("Deposits tab")
struct DepositsScreenTests {
    static func status(_ deposit: Deposit) -> DepositStatus {
        deposit.status(on: ScreenTest.today, dueSoonDays: ScreenTest.sample.settings.dueSoonDays)
    }

    @Test("s steps through the statuses; on overdue only overdue deposits are listed")
    func statusFilter() throws {
        var state = ScreenTest.app()
        state.press(.character("5"))
        var seen: [DepositStatus?] = [state.depositsScreen?.statusFilter]
        for _ in 0..<6 {
            state.press(.character("s"))
            seen.append(state.depositsScreen?.statusFilter)
        }
        #expect(seen == [nil, .out, .dueSoon, .overdue, .returned, .packed, nil])

        state.press(.character("s"), .character("s"), .character("s"))
        #expect(state.depositsScreen?.statusFilter == .overdue)
        let overdue = ScreenTest.sample.deposits.filter { Self.status($0) == .overdue }
        #expect(!overdue.isEmpty)
        let lines = ScreenTest.screen(&state, width: 120, height: 40)
        #expect(lines[2].contains("Depoter: over tid (\(overdue.count))"))
        let listed = lines.filter { line in ScreenTest.sample.deposits.contains { line.hasPrefix("│\($0.id) ") } }
        #expect(listed.count == overdue.count)
        for line in listed {
            #expect(line.contains("over tid"))
            #expect(overdue.contains { line.hasPrefix("│\($0.id) ") })
        }
    }

    @Test("the detail of an overdue deposit says how many days it is over")
    func overdueDetail() throws {
        let deposit = try #require(ScreenTest.sample.deposits.first { Self.status($0) == .overdue })
        var state = ScreenTest.app()
        state.press(.character("5"))
        state.show(.deposit(deposit.id))
        state.press(.enter)
        let lines = ScreenTest.screen(&state, width: 140, height: 45)
        let days = deposit.dueOn.days(until: ScreenTest.today)
        let over = days == 1 ? "1 dag over" : "\(days) dage over"
        #expect(
            lines.contains {
                $0.contains("Skal hjem") && $0.contains("\(DayText(.danish).long(deposit.dueOn)) (\(over))")
            })
    }

    @Test("revealing a deposit the status filter hides switches the filter to all")
    func revealSwitchesFilter() throws {
        let returned = try #require(ScreenTest.sample.deposits.first { Self.status($0) == .returned })
        var state = ScreenTest.app()
        state.press(.character("5"), .character("s"))
        #expect(state.depositsScreen?.statusFilter == .out)
        state.show(.deposit(returned.id))
        #expect(state.activeTab == 4)
        #expect(state.depositsScreen?.statusFilter == nil)
        #expect(state.depositsScreen?.selected(state.context)?.id == returned.id)
    }

    @Test("Enter on a visit in the Overview opens its partner; on a deposit, the Deposits tab")
    func overviewEnter() throws {
        var state = ScreenTest.app()
        let overview = { (state: AppState) in state.tabs[0] as? OverviewScreen }
        // The first row is one of this week's visits.
        guard case .partner(let partnerID) = overview(state)?.selectedJump(state.context) else {
            Issue.record("the first row of the Overview is not a visit")
            return
        }
        state.press(.enter)
        #expect(state.activeTab == 1)
        #expect(state.partnersScreen?.selectedPartner(state.context)?.id == partnerID)
        state.press(.character("1"))
        for _ in 0..<40 {
            if case .deposit = overview(state)?.selectedJump(state.context) { break }
            state.press(.down)
        }
        state.press(.enter)
        #expect(state.activeTab == 4)
        let deposit = try #require(state.depositsScreen?.selected(state.context))
        #expect(deposit.returnedOn == nil)
    }

    @Test("/ filters by partner name, deposit id or crate number")
    func textFilter() throws {
        let deposit = try #require(ScreenTest.sample.deposits.first { $0.crateIDs.count == 1 })
        var state = ScreenTest.app()
        state.press(.character("5"), .character("/"))
        state.type(deposit.id.rawValue)
        state.press(.enter)
        #expect(state.depositsScreen?.selected(state.context)?.id == deposit.id)
        let lines = ScreenTest.screen(&state)
        #expect(lines[2].contains("(1 af \(ScreenTest.sample.deposits.count))"))
    }

    @Test("p jumps to the deposit's partner")
    func jumpToPartner() throws {
        let deposit = try #require(ScreenTest.sample.deposits.last)
        let partner = try #require(ScreenTest.sample.partners.first { $0.id == deposit.partnerID })
        var state = ScreenTest.app()
        state.press(.character("5"))
        state.show(.deposit(deposit.id))
        state.press(.character("p"))
        #expect(state.activeTab == 1)
        let lines = ScreenTest.screen(&state, width: 120, height: 40)
        #expect(lines.contains { $0.contains("─ \(partner.name) ─") })
    }
}
