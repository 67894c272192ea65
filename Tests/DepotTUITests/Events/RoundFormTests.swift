import Testing

@testable import DepotCore
@testable import DepotTUI

@Suite("Editing a round of the championship")
struct RoundFormTests {
    static let championship = EventsScreenTests.championship

    static func field(_ label: String, in state: AppState) throws -> Int {
        try #require(state.form?.fields.firstIndex { $0.label == label })
    }

    /// Moves the form's focus to `field` and replaces its text with `text`.
    static func retype(_ text: String, field: Int, _ state: inout AppState) {
        while let focus = state.form?.focus, focus != field { state.press(.tab) }
        state.press(.control("u"))
        state.type(text)
    }

    @Test("E shows the round as the organisers write it, and saves readings, criteria, day and venue")
    func editsTheRound() throws {
        let persistence = RecordingPersistence()
        var state = EventsScreenTests.onChampionship(persistence: persistence)
        state.press(.character("E"))
        let form = try #require(state.form)
        #expect(form.fields[try Self.field("Oplæsning", in: state)].text == "forberedt 3:00 intro 1:00")
        #expect(
            form.fields[try Self.field("Kriterier", in: state)].text
                == "Læseteknik 5; Fortolkning 5; Tekstvalg og forståelse 5")
        Self.retype("forberedt 3:00 intro 1:00; ukendt 2:30", field: try Self.field("Oplæsning", in: state), &state)
        Self.retype(
            "Læseteknik 5; Fortolkning 5; Tekstvalg og forståelse 5; Indlevelse 3",
            field: try Self.field("Kriterier", in: state), &state)
        Self.retype("12/2", field: try Self.field("Dato", in: state), &state)
        state.press(.control("s"))
        #expect(state.form == nil)
        #expect(persistence.savedFiles.last == [.events])
        let competition = try #require(
            persistence.lastSaved?.events.first { $0.id == Self.championship }?.competition)
        let round = competition.format.rounds[0]
        #expect(round.readings.last == Reading(kind: .unseen, limitSeconds: 150))
        // Kept names keep their ids (the points refer to them); a new one gets an id from its name.
        #expect(round.criteria.map(\.id) == ["technique", "interpretation", "passage", "indlevelse"])
        #expect(round.criteria.last?.maxPoints == 3)
        #expect(competition.rounds[0].day == Day(year: 2027, month: 2, day: 12))
        #expect(state.message == "Runde gemt: Skolerunde")
    }

    @Test("readings or criteria that cannot be read are refused next to the field")
    func refusesWhatItCannotRead() throws {
        let persistence = RecordingPersistence()
        var state = EventsScreenTests.onChampionship(persistence: persistence)
        state.press(.character("E"))
        let readings = try Self.field("Oplæsning", in: state)
        Self.retype("højt i tre minutter", field: readings, &state)
        state.press(.control("s"))
        #expect(state.form?.fields[readings].error?.hasPrefix("Forstår ikke „højt i tre minutter“") == true)
        Self.retype("forberedt 3:00 intro 1:00", field: readings, &state)
        let criteria = try Self.field("Kriterier", in: state)
        Self.retype("Læseteknik", field: criteria, &state)
        state.press(.control("s"))
        #expect(state.form?.fields[criteria].error?.hasPrefix("Forstår ikke „Læseteknik“") == true)
        #expect(persistence.savedFiles.isEmpty)
    }

    @Test("once a judge has given points, the round's criteria cannot change")
    func criteriaAreFixedOnceScored() throws {
        var data = ScreenTest.sample
        let index = try #require(data.events.firstIndex { $0.id == Self.championship })
        var competition = try #require(data.events[index].competition)
        let judge = try #require(competition.rounds[0].judges.first)
        let reader = try #require(competition.rounds[0].readerIDs.first)
        try competition.enter(
            4, reader: reader, criterion: "technique", judge: judge.id, round: 0, by: nil, on: ScreenTest.today)
        data.events[index].competition = competition
        let persistence = RecordingPersistence()
        var state = EventsScreenTests.onChampionship(data: data, persistence: persistence)
        state.press(.character("E"))
        let criteria = try Self.field("Kriterier", in: state)
        Self.retype("Læseteknik 10; Fortolkning 5; Tekstvalg og forståelse 5", field: criteria, &state)
        state.press(.control("s"))
        #expect(
            state.form?.fields[criteria].error == "Dommerne har givet point i runden; kriterierne kan ikke ændres nu")
        #expect(persistence.savedFiles.isEmpty)
        // The day and venue can still be set.
        Self.retype("Læseteknik 5; Fortolkning 5; Tekstvalg og forståelse 5", field: criteria, &state)
        Self.retype("Rønde Skole, aulaen", field: try Self.field("Sted", in: state), &state)
        state.press(.control("s"))
        #expect(state.form == nil)
        #expect(persistence.lastSaved?.events[index].competition?.rounds[0].venue == "Rønde Skole, aulaen")
    }
}
