import ArgumentParser
import DepotCore
import Foundation

/// Text for the terminal or JSON for other tools.
enum TextOrJSON: String, ExpressibleByArgument, CaseIterable {
    case text, json
}

struct EventsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "events",
        abstract: "List the events: day, kind, title, team, venue, readers and open tasks.",
        discussion: "Overdue tasks of the teams and events follow the list."
    )

    @OptionGroup var library: LibraryOptions

    @Option(help: "text (a table for the terminal) or json.")
    var format: TextOrJSON = .text

    struct Row: Encodable {
        var id: String
        var day: String
        var kind: String
        var title: String
        var team: String?
        var venue: String?
        var partners: Int
        var readers: Int
        var openTasks: Int
        var overdueTasks: Int
    }

    func run() throws {
        let data = try loadLibrary(library)
        let today = Day.today()
        let teams = Dictionary(uniqueKeysWithValues: data.teams.map { ($0.id, $0.name) })
        let events = data.events.sorted { ($0.startsOn, $0.id) < ($1.startsOn, $1.id) }
        let rows = events.map { event in
            Row(
                id: event.id.rawValue, day: event.startsOn.description, kind: event.kind.rawValue, title: event.title,
                team: event.teamID.flatMap { teams[$0] }, venue: event.venue, partners: event.partnerIDs.count,
                readers: event.competition?.readers.count ?? 0, openTasks: event.tasks.filter { !$0.isDone }.count,
                overdueTasks: event.tasks.filter { $0.isOverdue(on: today) }.count)
        }
        switch format {
        case .json:
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .withoutEscapingSlashes]
            try emit(String(decoding: try encoder.encode(rows), as: UTF8.self) + "\n", to: nil)
        case .text:
            guard !rows.isEmpty else { return try emit("No events.\n", to: nil) }
            let table = TextTable(
                columns: [
                    .init("Event"), .init("Day"), .init("Kind"), .init("Title"), .init("Venue"),
                    .init("Readers", .right), .init("Open tasks", .right),
                ],
                rows: rows.map {
                    [
                        $0.id, $0.day, $0.kind, String($0.title.prefix(44)), $0.venue ?? "", String($0.readers),
                        String($0.openTasks),
                    ]
                })
            var text = "\(counted(rows.count, "event")):\n\n" + table.text()
            let overdue = overdueTasks(data, today)
            if !overdue.isEmpty {
                let staff = Dictionary(uniqueKeysWithValues: data.staff.map { ($0.id, $0.name) })
                text += "\n\(counted(overdue.count, "task")) overdue on \(today):\n"
                for item in overdue {
                    text +=
                        "  \(item.task.dueOn)  \(item.task.title) (\(item.placeName)), "
                        + "\(staff[item.task.ownerID] ?? item.task.ownerID.rawValue), \(days(item.daysOverdue))\n"
                }
            }
            try emit(text, to: nil)
        }
    }
}

/// The event named by `text`: its id, or a part of its title. Fails with a sentence.
func findEvent(_ text: String, in data: LibraryData) throws -> Event {
    if let event = data.events.first(where: { $0.id.rawValue.lowercased() == text.lowercased() }) { return event }
    let matches = data.events.filter { $0.title.lowercased().contains(text.lowercased()) }
    if matches.count == 1 { return matches[0] }
    if matches.isEmpty { throw failure("no event is called \"\(text)\"; `depot events` lists them.") }
    throw failure(
        "\"\(text)\" fits \(matches.count) events (\(matches.map(\.id.rawValue).joined(separator: ", "))); give the id."
    )
}
