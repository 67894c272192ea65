import Testing

@testable import DepotCore

@Suite struct EventsOutcomeReportTests {
    static let season = Season(startYear: 2026)

    static func library() -> LibraryData {
        var data = Fixtures.library()
        let member = data.staff[0].id
        data.teams = [
            PartnershipTeam(
                id: "skofo", name: "SKOFO", memberIDs: [member], coordinatorID: member,
                targets: [
                    .init(description: "3 skoler deltager", target: 3, measure: .schoolsTakingPart),
                    .init(description: "250 elever i publikum", target: 250, measure: .childrenReached),
                    .init(description: "2 fælles møder", target: 2, achieved: 2),
                    .init(description: "Presseomtale", target: 1),
                ],
                tasks: [
                    EventTask(
                        title: "Book salen", ownerID: member, dueOn: Fixtures.day("2026-09-01"),
                        doneOn: Fixtures.day("2026-08-30")),
                    EventTask(
                        title: "Inviter skoler", ownerID: member, dueOn: Fixtures.day("2026-10-01"),
                        doneOn: Fixtures.day("2026-10-05")),
                    EventTask(title: "Bestil kage", ownerID: member, dueOn: Fixtures.day("2026-11-01")),
                    EventTask(title: "Skriv til pressen", ownerID: member, dueOn: Fixtures.day("2027-03-01")),
                ])
        ]
        var competition = CompetitionSamples.heatAndFinal()
        competition.readers[3].school = "Rønde Skole"
        data.events = [
            Event(
                id: "E1", kind: .readingCompetition, title: "Finale", startsOn: Fixtures.day("2026-11-10"),
                teamID: "skofo", expected: Attendance(children: 250, adults: 20),
                actual: Attendance(children: 180, adults: 25), competition: competition),
            Event(
                id: "E2", kind: .authorVisit, title: "Forfatter", startsOn: Fixtures.day("2026-10-01"),
                teamID: "skofo", partnerIDs: ["P002"], actual: Attendance(children: 90, adults: 4)),
            Event(
                id: "E3", kind: .bookTalk, title: "Senere", startsOn: Fixtures.day("2027-02-01"), teamID: "skofo",
                expected: Attendance(children: 40)),
            Event(id: "E4", kind: .other, title: "Sidste år", startsOn: Fixtures.day("2026-05-01"), teamID: "skofo"),
        ]
        return data
    }

    @Test func figuresAreCountedAgainstTheTargets() throws {
        let report = try #require(
            OutcomeReport.build(Self.library(), team: "skofo", season: Self.season, today: Fixtures.today))
        #expect(report.events.map(\.id) == ["E2", "E1", "E3"])
        #expect(report.eventsHeld == 2)
        #expect(report.schoolsReached == ["Hornslet Skole", "Kolind Centralskole", "Kolind Skole", "Rønde Skole"])
        #expect(report.childrenReached == 270)
        #expect(report.adultsReached == 29)
        #expect(report.targets.map(\.achieved) == [4, 270, 2, nil])
        #expect(report.targets.map(\.isMet) == [true, true, true, nil])
        #expect(report.tasksDue == 4)
        #expect(report.tasksDoneOnTime == 1)
        #expect(report.tasksDoneLate == 1)
        #expect(report.tasksOverdue == 1)
    }

    @Test func theTeamsMeetingsAreCountedApartFromItsEvents() throws {
        var data = Self.library()
        data.events += [
            Event(
                id: "M1", kind: .meeting, title: "Planlægningsmøde", startsOn: Fixtures.day("2026-09-15"),
                teamID: "skofo"),
            Event(id: "M2", kind: .meeting, title: "Evaluering", startsOn: Fixtures.day("2027-01-20"), teamID: "skofo"),
        ]
        data.teams[0].targets[2] = .init(description: "2 fælles møder", target: 2, measure: .meetingsHeld)
        let report = try #require(OutcomeReport.build(data, team: "skofo", season: Self.season, today: Fixtures.today))
        // A meeting is neither an event for children nor one held "for" the schools.
        #expect(report.events.map(\.id) == ["E2", "E1", "E3"])
        #expect(report.eventsHeld == 2)
        #expect(report.meetingsHeld == 1)
        #expect(report.targets[2].achieved == 1)
        #expect(report.targets[2].isMet == false)
        #expect(report.text(.danish).contains("Holdets møder: 1"))
    }

    @Test func aMissedTargetIsNotMet() throws {
        var data = Self.library()
        data.teams[0].targets[1].target = 300
        let report = try #require(OutcomeReport.build(data, team: "skofo", season: Self.season, today: Fixtures.today))
        #expect(report.targets[1].isMet == false)
    }

    @Test func overdueTasksAreListedFromTeamsAndEvents() {
        var data = Self.library()
        data.events[2].tasks = [EventTask(title: "Find bøger", ownerID: "S01", dueOn: Fixtures.day("2026-11-20"))]
        let overdue = overdueTasks(data, Fixtures.today)
        #expect(overdue.map(\.task.title) == ["Bestil kage", "Find bøger"])
        #expect(overdue.map(\.daysOverdue) == [22, 3])
        #expect(overdue[1].place == .event("E3"))
        #expect(overdue[0].place == .team("skofo"))
    }
}
