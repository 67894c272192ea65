import Testing

@testable import DepotCore
@testable import DepotTUI

@Suite("Partnership states in the Partners tab")
struct PartnerStateFilterTests {
    /// The sample with two prospects added and one partner paused.
    private func library() throws -> LibraryData {
        var data = ScreenTest.sample
        let today = ScreenTest.today
        for name in ["Børnehuset Regnbuen", "Dagplejen Feldballe"] {
            try Outreach.addProspect(
                Outreach.NewProspect(
                    name: name, kind: .kindergarten, street: "Lyngvej 3", postcode: "8410", town: "Rønde", children: 30),
                today: today, in: &data)
        }
        try Outreach.setState(data.partners[0].id, to: .paused, on: today, today: today, in: &data)
        return data
    }

    @Test("t shows only the prospects, then the paused, the ended and all again; a prospect says its state")
    func stateFilter() throws {
        let data = try library()
        var state = ScreenTest.app(data: data)
        state.press(.character("2"))
        var lines = ScreenTest.screen(&state)
        #expect(lines[2].contains("Partnere (\(data.partners.count))"))
        state.press(.character("t"))
        #expect(state.partnersScreen?.stateFilter == .active)
        lines = ScreenTest.screen(&state)
        #expect(!lines.contains { $0.contains("Regnbuen") })
        state.press(.character("t"))
        lines = ScreenTest.screen(&state)
        #expect(lines[2].contains("Partnere · mulige partnere (2)"))
        #expect(lines.contains { $0.contains("Dagplejen Feldballe (mulig partner)") })
        #expect(lines.contains { $0.contains("Børnehuset Regnbuen (mulig partner)") })
        #expect(ScreenTest.garbage(in: lines, width: 80) == [])
        state.press(.character("t"))
        lines = ScreenTest.screen(&state)
        #expect(lines[2].contains("(1)") && lines.contains { $0.contains("(på pause)") })
        state.press(.character("t"), .character("t"))
        #expect(state.partnersScreen?.stateFilter == .all)
    }
}
