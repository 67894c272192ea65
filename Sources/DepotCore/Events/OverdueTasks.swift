/// A task still open after its due day, with where it belongs.
public struct OverdueTask: Hashable, Sendable {
    /// Where a task is kept.
    public enum Place: Hashable, Sendable {
        case event(Event.ID)
        case team(PartnershipTeam.ID)
    }

    public var task: EventTask
    public var place: Place
    /// The event's title or the team's name.
    public var placeName: String
    public var daysOverdue: Int
}

/// Every open task past its due day on `today`, in the teams and the events, the longest overdue first.
public func overdueTasks(_ data: LibraryData, _ today: Day) -> [OverdueTask] {
    var found: [OverdueTask] = []
    for team in data.teams {
        for task in team.tasks where task.isOverdue(on: today) {
            found.append(
                OverdueTask(
                    task: task, place: .team(team.id), placeName: team.name,
                    daysOverdue: task.dueOn.days(until: today)))
        }
    }
    for event in data.events {
        for task in event.tasks where task.isOverdue(on: today) {
            found.append(
                OverdueTask(
                    task: task, place: .event(event.id), placeName: event.title,
                    daysOverdue: task.dueOn.days(until: today)))
        }
    }
    return found.sorted {
        ($0.task.dueOn, $0.placeName, $0.task.title) < ($1.task.dueOn, $1.placeName, $1.task.title)
    }
}
