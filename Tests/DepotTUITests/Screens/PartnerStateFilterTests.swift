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
        // The sample's institutions not partners yet, and the two added here.
        let prospective = data.partners.filter { $0.partnershipState.isProspective }.count
        #expect(prospective == ScreenTest.sample.partners.filter { $0.partnershipState.isProspective }.count + 2)
        #expect(lines[2].contains("Partnere · mulige partnere (\(prospective))"))
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

@Suite("The Reach view")
struct ReachOverlayTests {
    @Test("r on the Partners tab shows the season's reach with bars drawn in cells; a new prospect is not reached")
    func reachView() throws {
        var data = ScreenTest.sample
        try Outreach.addProspect(
            Outreach.NewProspect(
                name: "Børnehuset Regnbuen", kind: .kindergarten, street: "Lyngvej 3", postcode: "8410", town: "Rønde",
                children: 42),
            today: ScreenTest.today, in: &data)
        var state = ScreenTest.app(data: data)
        state.press(.character("2"), .character("r"))
        var lines = ScreenTest.screen(&state, width: 80, height: 40)
        let reach = SeasonReach.build(data, season: Season(startYear: 2026), today: ScreenTest.today)
        #expect(lines.contains { $0.contains("Rækkevidde 2026/27") })
        #expect(lines.contains { $0.contains("Partnere nået: \(reach.partnersReached) af \(reach.knownInstitutions)") })
        #expect(lines.contains { $0.contains("2026/27") && $0.contains("█") })
        #expect(lines.contains { $0.contains("Rønde") && $0.contains("░") })
        #expect(ScreenTest.garbage(in: lines, width: 80) == [])
        // Scroll down to the institutions not reached.
        for _ in 0..<40 { state.press(.down) }
        lines = ScreenTest.screen(&state, width: 80, height: 40)
        #expect(lines.contains { $0.contains("Børnehuset Regnbuen (Rønde, 42 børn, mulig partner)") })
        state.press(.left)
        lines = ScreenTest.screen(&state, width: 80, height: 40)
        #expect(lines.contains { $0.contains("Rækkevidde 2025/26") })
        state.press(.escape)
        #expect(ScreenTest.screen(&state)[2].contains("Partnere ("))
    }
}

@Suite("Reviews due on the Overview")
struct ReviewsDueOverviewTests {
    @Test("a review due is listed on the Overview, and Enter opens its partner; without one the section is not there")
    func reviewsDue() throws {
        var state = ScreenTest.app()
        #expect(!ScreenTest.screen(&state, width: 80, height: 60).contains { $0.contains("Evalueringer") })
        var data = ScreenTest.sample
        let partner = data.partners[3]
        try Outreach.agree(
            partner.id,
            PartnershipAgreement(agreedOn: Day("2025-08-01")!, reviewOn: Day("2026-11-20")!), today: ScreenTest.today,
            in: &data)
        state = ScreenTest.app(data: data)
        let lines = ScreenTest.screen(&state, width: 80, height: 60)
        let heading = try #require(lines.firstIndex { $0.contains("Evalueringer af samarbejder, der forfalder") })
        #expect(lines[heading + 1].contains(partner.name))
        #expect(ScreenTest.garbage(in: lines, width: 80) == [])
        state.press(.end)
        for _ in 0..<80 {
            if case .partner(partner.id)? = (state.tabs[0] as? OverviewScreen)?.selectedJump(state.context) { break }
            state.press(.up)
        }
        state.press(.enter)
        #expect(state.partnersScreen?.selectedPartner(state.context)?.id == partner.id)
    }
}
