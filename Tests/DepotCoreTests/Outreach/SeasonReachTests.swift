import Foundation
import Testing

@testable import DepotCore

/// The rules of a season's reach, on a library small enough to count on paper.
///
/// Season 2025/26 (1 August 2025 – 31 July 2026). Partners (children): P001 Solsikken (64, mols), P002 Kolind Skole
/// (no count, nord), P003 Dagplejen Rønde (12, no route), P004 Andebyen (30, mols, ended 30 June 2025, before the
/// season), P005 a prospect (40).
@Suite struct SeasonReachTests {
    private func day(_ text: String) -> Day { Day(text)! }
    private let season = Season(startYear: 2025)

    private func deposit(
        _ id: String, _ partner: Partner.ID, created: String, sent: String?, due: String, back: String?, books: Int
    ) -> Deposit {
        Deposit(
            id: Deposit.ID(id), partnerID: partner, kind: .deposit, crateIDs: ["K001"],
            itemBarcodes: (0..<books).map { Item.ID("B\(id)-\($0)") }, createdOn: day(created),
            dispatchedOn: sent.map(day), dueOn: day(due), returnedOn: back.map(day))
    }

    private func library() -> LibraryData {
        var data = DeskFixtures.library()
        data.partners[0].childCount = 64
        data.partners[2].childCount = 12
        data.partners[3].childCount = 30
        data.partners[3].endedOn = day("2025-06-30")
        data.partners.append(
            Partner(
                id: "P005", name: "Børnehuset Regnbuen", kind: .kindergarten,
                address: Address(street: "Lyngvej 3", postalCode: "8410", city: "Rønde"), contact: Contact(name: ""),
                ageGroups: [.preschool], childCount: 40, partnership: Partnership(state: .prospect)))
        data.deposits = [
            // Over the season's start: sent in June 2025 (season 2024/25), home in September. Reaches Solsikken in
            // both seasons; its books belong to 2024/25.
            deposit(
                "D2025-0001", "P001", created: "2025-06-02", sent: "2025-06-04", due: "2025-09-03",
                back: "2025-09-03", books: 30),
            // An exchange made on its due date.
            deposit(
                "D2025-0002", "P001", created: "2025-09-03", sent: "2025-09-03", due: "2025-12-03",
                back: "2025-12-03", books: 30),
            // Home 20 days after its due date: missed (margin 14).
            deposit(
                "D2025-0003", "P002", created: "2025-10-07", sent: "2025-10-07", due: "2026-01-06",
                back: "2026-01-26", books: 20),
            // Packed, never sent: reaches nobody and lends nothing.
            deposit("D2025-0004", "P003", created: "2026-03-01", sent: nil, due: "2026-06-01", back: nil, books: 10),
            // The ended partner's crates came home before the season.
            deposit(
                "D2025-0005", "P004", created: "2025-03-01", sent: "2025-03-05", due: "2025-06-04",
                back: "2025-06-04", books: 30),
            // Over the season's end: sent in July 2026 (season 2025/26), still out.
            deposit(
                "D2025-0006", "P001", created: "2026-07-01", sent: "2026-07-01", due: "2026-10-01", back: nil,
                books: 25),
        ]
        return data
    }

    @Test func aPartnerCountsWhenACrateWasAtItDuringTheSeason() {
        let reach = SeasonReach.build(library(), season: season, today: day("2026-11-23"))
        #expect(reach.asOf == day("2026-07-31"))
        #expect(reach.partners.filter(\.isReached).map(\.partnerID) == ["P001", "P002"])
        #expect(reach.partnersReached == 2)
        // Kolind Skole has no count: its children are unknown, not zero children reached.
        #expect(reach.childrenReached == 64 && reach.partnersWithoutChildCount == 1)
        // The ended partner is not known in the season; the prospect is known and not reached.
        #expect(reach.partners.map(\.partnerID) == ["P001", "P002", "P003", "P005"])
        #expect(reach.knownInstitutions == 4 && reach.knownChildren == 64 + 12 + 40)
        #expect(reach.notReached.map(\.partnerID) == ["P003", "P005"])
        #expect(reach.institutionShare == 0.5)
    }

    @Test func booksBelongToTheSeasonTheDepositWasMadeIn() {
        let reach = SeasonReach.build(library(), season: season, today: day("2026-11-23"))
        // D2025-0002, -0003 and -0006; not the one from June 2025, not the one never sent.
        #expect(reach.booksLent == 30 + 20 + 25)
        // Books per child: Solsikken's 55 books over its 64 children (Kolind Skole has no count).
        #expect(reach.booksPerChild == 55.0 / 64.0)
        let ledger = Ledger.build(data: library(), season: season, today: day("2026-11-23"))
        #expect(ledger.last?.itemsLent == reach.booksLent)
    }

    @Test func aDepositOverTheBoundaryReachesItsPartnerInBothSeasons() {
        let data = library()
        let before = SeasonReach.build(data, season: season.previous, today: day("2026-11-23"))
        #expect(before.partners.first { $0.partnerID == "P001" }?.isReached == true)
        #expect(before.booksLent == 30 + 30)
        let after = SeasonReach.build(data, season: season.next, today: day("2026-11-23"))
        // Still out in the next season: reached there too.
        #expect(after.partners.first { $0.partnerID == "P001" }?.isReached == true)
        #expect(after.booksLent == 0)
        // The ended partner reached in 2024/25, not since.
        #expect(before.partners.first { $0.partnerID == "P004" }?.isReached == true)
        #expect(!after.partners.contains { $0.partnerID == "P004" })
    }

    @Test func exchangesAreMadeByTheDueDatePlusTheMargin() {
        let data = library()
        let reach = SeasonReach.build(data, season: season, today: day("2026-11-23"))
        // Due in the season: D2025-0001 (3 Sep, made), -0002 (3 Dec, made), -0003 (6 Jan, home 26 Jan: missed).
        #expect(reach.exchangesMade == 2 && reach.exchangesMissed == 1 && reach.exchangesDue == 3)
        let wider = SeasonReach.build(data, season: season, today: day("2026-11-23"), marginDays: 20)
        #expect(wider.exchangesMade == 3 && wider.exchangesMissed == 0)
        // A deposit still out within the margin is neither made nor missed yet.
        let next = SeasonReach.build(data, season: season.next, today: day("2026-10-10"))
        #expect(next.exchangesDue == 0)
        let later = SeasonReach.build(data, season: season.next, today: day("2026-10-20"))
        #expect(later.exchangesMissed == 1)
    }

    @Test func activePartnersLeftWithoutAnExchangeAreNamed() {
        let data = library()
        let next = SeasonReach.build(data, season: season.next, today: day("2026-11-23"))
        // Solsikken's crates were due on 1 October 2026, 53 days ago: not collected.
        #expect(next.noExchange.map(\.partnerID) == ["P001", "P002"])
        let solsikken = next.noExchange[0]
        #expect(solsikken.reason == .notCollected && solsikken.since == day("2026-10-01") && solsikken.daysLate == 53)
        // Kolind Skole has had no crate since 26 January 2026: its loan period (3 months) and 14 days are long over.
        let kolind = next.noExchange[1]
        #expect(kolind.reason == .noCrate && kolind.since == day("2026-01-26"))
        #expect(kolind.daysLate == day("2026-11-23").ordinal - day("2026-05-10").ordinal)
        // Not the prospect, the partner with no deposit ever, or the ended partner.
        var paused = data
        paused.partners[1].partnership = Partnership(state: .paused)
        #expect(
            SeasonReach.build(paused, season: season.next, today: day("2026-11-23")).noExchange.map(\.partnerID) == [
                "P001"
            ])
    }

    @Test func childrenAtEventsAreTheHeldEventsCounts() {
        var data = library()
        data.events = [
            Event(
                id: "E1", kind: .authorVisit, title: "Forfatterbesøg", startsOn: day("2025-10-01"),
                actual: Attendance(children: 40, adults: 3)),
            Event(
                id: "E2", kind: .meeting, title: "Planlægning", startsOn: day("2025-10-02"),
                actual: Attendance(children: 0, adults: 4)),
            Event(id: "E3", kind: .readingCompetition, title: "Finale", startsOn: day("2026-03-01")),
            Event(
                id: "E4", kind: .bookTalk, title: "Næste sæson", startsOn: day("2026-09-01"),
                actual: Attendance(children: 25)),
        ]
        let reach = SeasonReach.build(data, season: season, today: day("2026-11-23"))
        #expect(reach.childrenAtEvents == 40 && reach.eventsHeld == 2 && reach.eventsWithoutCount == 1)
    }

    @Test func routesAndTownsSplitTheKnownInstitutions() {
        let reach = SeasonReach.build(library(), season: season, today: day("2026-11-23"))
        #expect(reach.byRoute.map(\.name) == ["Mols", "Nord", ""])
        #expect(reach.byRoute.map(\.known) == [1, 1, 2] && reach.byRoute.map(\.reached) == [1, 1, 0])
        #expect(reach.byRoute.map(\.booksLent) == [55, 20, 0])
        #expect(reach.byTown.map(\.name) == ["Ebeltoft", "Kolind", "Rønde"])
        #expect(reach.byTown.map(\.knownChildren) == [64, 0, 52])
    }

    @Test func earlierSeasonsAreComparedOldestFirst() {
        let reach = SeasonReach.build(library(), season: season.next, today: day("2026-11-23"))
        #expect(reach.seasons.map(\.season) == [season.previous, season, season.next])
        #expect(reach.seasons.map(\.partnersReached) == [2, 2, 1])
    }

    @Test func theReportSaysItInEitherLanguageAndTheHTMLDrawsBars() throws {
        let reach = SeasonReach.build(library(), season: season, today: day("2026-11-23"))
        let danish = reach.text(.danish, library: "Syddjurs")
        #expect(danish.contains("Partnere nået: 2 af 4 kendte institutioner (50 %)"))
        #expect(danish.contains("P005 Børnehuset Regnbuen (Rønde, 40 børn, mulig partner)"))
        #expect(reach.text(.english, library: "Syddjurs").contains("Exchanges: 2 made, 1 missed (of 3)"))
        #expect(danish.split(separator: "\n").allSatisfy { $0.count <= 80 })
        let html = reach.html(.danish, library: "Syddjurs")
        #expect(html.components(separatedBy: "<svg").count == 4 && !html.contains("<script"))
        let json = try JSONSerialization.jsonObject(with: Data(try reach.json().utf8)) as? [String: Any]
        #expect(json?["booksLent"] as? Int == 75 && json?["notReached"] as? [String] == ["P003", "P005"])
        #expect(json?["booksPerChild"] as? Double == 0.8594)
    }
}
