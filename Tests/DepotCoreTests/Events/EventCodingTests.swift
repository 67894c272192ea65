import Foundation
import Testing

@testable import DepotCore

@Suite struct EventsCodingTests {
    /// An event and a team as the first cut of Depot wrote them.
    static let oldEvents = """
        [{"id": "E2027-01", "kind": "readingCompetition", "partnerIDs": ["P025"], "startsOn": "2027-03-18",
          "teamID": "skofo", "title": "Syddjursmesterskaberne i oplæsning 2027", "venue": "Rønde Bibliotek"}]
        """
    static let oldTeams = """
        [{"aims": [], "coordinatorID": "S01", "id": "skofo", "memberIDs": ["S01"], "name": "SKOFO",
          "targets": [{"description": "7 skoler deltager", "target": 7}]}]
        """

    @Test func oldFilesWithoutTheNewFieldsStillLoad() throws {
        let events = try JSONFileDecoding.decode([Event].self, from: Array(Self.oldEvents.utf8))
        #expect(events.count == 1)
        #expect(events[0].tasks.isEmpty && events[0].log.isEmpty && events[0].competition == nil)
        #expect(events[0].actual == nil && events[0].startsAt == nil)
        let teams = try JSONFileDecoding.decode([PartnershipTeam].self, from: Array(Self.oldTeams.utf8))
        #expect(teams[0].tasks.isEmpty && teams[0].log.isEmpty && teams[0].targets[0].measure == nil)
        let viaFoundation = try JSONDecoder().decode([Event].self, from: Data(Self.oldEvents.utf8))
        #expect(viaFoundation == events)
    }

    @Test func oldSettingsGetTheDefaultRetention() throws {
        let settings = LibrarySettings(name: "X", address: Address(street: "", postalCode: "", city: ""))
        #expect(settings.readerRetention == 12)
        let json = try JSONEncoder().encode(settings)
        #expect(!String(decoding: json, as: UTF8.self).contains("readerRetentionMonths"))
    }

    @Test func aFullEventRoundTripsAndLeavesEmptyListsOut() throws {
        var competition = CompetitionSamples.heatAndFinal()
        try CompetitionSamples.score(&competition, "R1", 4)
        try competition.enter(
            2, reader: "R1", criterion: "technique", judge: "J1", round: 0, by: "S02", on: CompetitionSamples.day)
        let event = Event(
            id: "E1", kind: .readingCompetition, title: "Finale", startsOn: CompetitionSamples.day, startsAt: "9.30",
            expected: Attendance(children: 250, adults: 20), actual: Attendance(children: 290, adults: 31),
            outcomeNotes: "Fuldt hus",
            tasks: [EventTask(title: "Book salen", ownerID: "S01", dueOn: CompetitionSamples.day.adding(days: -30))],
            log: [LogNote(on: CompetitionSamples.day, authorID: "S02", text: "Juryen er på plads")],
            competition: competition)
        let bytes = try JSONEncoder().encode(event)
        #expect(try JSONFileDecoding.decode(Event.self, from: Array(bytes)) == event)
        let plain = Event(id: "E2", kind: .other, title: "Møde", startsOn: CompetitionSamples.day)
        let text = String(decoding: try JSONEncoder().encode(plain), as: UTF8.self)
        #expect(!text.contains("tasks") && !text.contains("log") && text.contains("partnerIDs"))
    }
}
