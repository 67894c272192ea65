import Foundation
import Testing

@testable import DepotCore

@Suite("The outcome report: units, verdicts after the review day, aims, review day and outcome notes")
struct OutcomeTargetsTests {
    static let season = Season(startYear: 2026)

    /// SKOFO with ten tasks due in the season, `onTime` of them done on time, and a target of 90 % of them.
    static func library(onTime: Int, reviewOn: Day? = Fixtures.day("2027-05-31")) -> LibraryData {
        var data = Fixtures.library()
        data.teams[0].aims = ["Glidende overgang fra skolebibliotek til folkebibliotek", "Vi deler viden"]
        data.teams[0].reviewOn = reviewOn
        data.teams[0].targets = [
            .init(
                description: "90 % af opgaverne løst til tiden", target: 90, measure: .tasksDoneOnTime, unit: .percent),
            .init(description: "9 opgaver løst til tiden", target: 9, measure: .tasksDoneOnTime),
        ]
        data.teams[0].tasks = (1...10).map { number in
            let due = Fixtures.day("2026-09-01").adding(days: number)
            return EventTask(
                title: "Opgave \(number)", ownerID: "S01", dueOn: due, doneOn: number <= onTime ? due : nil)
        }
        data.events[0].startsOn = Fixtures.day("2026-11-10")
        data.events[0].endsOn = nil
        data.events[0].outcomeNotes = "Skolerne vil gerne igen.\nRønde Skole stiller med to hold."
        return data
    }

    static func report(_ data: LibraryData, on today: Day) throws -> OutcomeReport {
        try #require(OutcomeReport.build(data, team: "skofo", season: season, today: today))
    }

    @Test func aPercentageOfTasksIsTheShareDoneOnTimeNotACountOfTasks() throws {
        let report = try Self.report(Self.library(onTime: 9), on: Fixtures.today)
        #expect(report.targets.map(\.achieved) == [90, 9])
        #expect(report.targets.map(\.unit) == [.percent, .count])
        #expect(report.targets.map { report.verdict($0) } == [.met, .met])
        let text = report.text(.danish)
        let line = try #require(text.split(separator: "\n").first { $0.hasPrefix("90 % af opgaverne") })
        #expect(
            line.split(separator: " ", omittingEmptySubsequences: true).suffix(5) == ["90", "%", "90", "%", "nået"])
        #expect(report.text(.english).contains("90%"))
        // Eight of ten on time is 80 %, short of 90 %, though 8 would be far above a count of 0.9.
        let short = try Self.report(Self.library(onTime: 8), on: Fixtures.today)
        #expect(short.targets[0].achieved == 80 && short.targets[0].isMet == false)
    }

    @Test func aTargetNotReachedIsNotMetOnceTheReviewDayHasPassed() throws {
        let data = Self.library(onTime: 8)
        let before = try Self.report(data, on: Fixtures.day("2027-05-31"))
        #expect(before.verdict(before.targets[0]) == .notYet)
        #expect(before.text(.danish).contains("endnu ikke"))
        let after = try Self.report(data, on: Fixtures.day("2027-06-01"))
        #expect(after.verdict(after.targets[0]) == .notMet)
        let text = after.text(.danish)
        #expect(text.contains("ikke nået") && !text.contains("endnu ikke"))
        #expect(after.text(.english).contains("not met"))
        // Without a review day the season's end decides.
        let open = Self.library(onTime: 8, reviewOn: nil)
        #expect(try Self.report(open, on: Fixtures.day("2027-06-01")).verdict(after.targets[0]) == .notYet)
        let past = try Self.report(open, on: Fixtures.day("2027-08-01"))
        #expect(past.verdict(past.targets[0]) == .notMet)
    }

    @Test func theReportGivesTheAimsTheReviewDayAndTheOutcomeNotes() throws {
        let report = try Self.report(Self.library(onTime: 9), on: Fixtures.today)
        let text = report.text(.danish)
        #expect(
            text.contains("Fælles mål\n  • Glidende overgang fra skolebibliotek til folkebibliotek\n  • Vi deler viden")
        )
        #expect(text.contains("Evaluering: 31. maj 2027 (om 189 dage)"))
        #expect(text.contains("Udbytte af arrangementerne\n  2026-11-10 Syddjursmesterskaberne i oplæsning:"))
        #expect(text.contains("    Skolerne vil gerne igen.\n    Rønde Skole stiller med to hold."))
        #expect(text.split(separator: "\n").allSatisfy { $0.count <= 80 })
        let english = report.text(.english)
        #expect(english.contains("Shared aims") && english.contains("Review: 31 May 2027 (in 189 days)"))
        #expect(english.contains("Outcome of the events"))
        let html = report.html(.danish)
        #expect(html.contains("<li>Vi deler viden</li>"))
        #expect(html.contains("Skolerne vil gerne igen.<br>\nRønde Skole stiller med to hold."))
        #expect(html.contains("<td class=\"number\">90 %</td>"))
        #expect(html.contains("Evaluering: 31. maj 2027"))
    }

    @Test func aPercentageIsKeptInTheFileAndReadFromOldTargetsThatSayIt() throws {
        let target = PartnershipTeam.OutcomeTarget(
            description: "90 % af opgaverne", target: 90, measure: .tasksDoneOnTime, unit: .percent)
        let back = try JSONDecoder().decode(
            PartnershipTeam.OutcomeTarget.self, from: try JSONEncoder().encode(target))
        #expect(back == target)
        let count = try JSONEncoder().encode(PartnershipTeam.OutcomeTarget(description: "7 skoler", target: 7))
        #expect(!String(decoding: count, as: UTF8.self).contains("unit"))
        let old = #"{"description": "90% af opgaverne løst til tiden", "target": 90, "measure": "tasksDoneOnTime"}"#
        let read = try JSONDecoder().decode(PartnershipTeam.OutcomeTarget.self, from: Data(old.utf8))
        #expect(read.unit == .percent)
        let notPercent = #"{"description": "90 elever", "target": 90}"#
        #expect(
            try JSONDecoder().decode(PartnershipTeam.OutcomeTarget.self, from: Data(notPercent.utf8)).unit == .count)
        // A percentage of children has nothing to be a share of: not counted.
        var data = Self.library(onTime: 9)
        data.teams[0].targets = [.init(description: "50 % børn", target: 50, measure: .childrenReached, unit: .percent)]
        let report = try Self.report(data, on: Fixtures.today)
        #expect(report.targets[0].achieved == nil && report.verdict(report.targets[0]) == .notCounted)
    }
}
